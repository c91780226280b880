"""HQ's reference data through the real server (SQLite and PostgreSQL): supervisors keep the
policy dates and the cancelled-cards list over the staff API, departures are marked as
crossings arrive, and every device gets them through ``GET /updates``: a snapshot from
nothing, then deltas holding exactly what changed."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from contract.documents import departure_digest
from sync.server import reference, reference_wire
from sync.server.database import make_engine, transaction
from sync.server.errors import Forbidden
from sync.server.picture import today
from sync.server.staff.roles import OPERATOR, StaffActor, StaffRole
from tests.support.controlroom import ControlRoom, Enrolled
from tests.sync.payloads import batch, crossing, post_batch, record, statuses
from tests.sync.reference_mirror import Mirror, updates

TODAY = today()  # at the crossing points, as HQ counts days
RECENT = TODAY - timedelta(days=2)


def _post(hq: ControlRoom, path: str, body: Any, role: str = "supervisor") -> requests.Response:
    return requests.post(hq.url(path), json=body, headers=hq.staff_headers(role), timeout=30)


def _cancel(hq: ControlRoom, kind: str, number: str, reason: str = "cancelled",
            since: str | None = None) -> dict[str, Any]:
    answer = _post(hq, "/control/cards", {"document_type": kind, "number": number,
                                          "reason": reason, "since": since})
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


def _import(hq: ControlRoom, text: str) -> requests.Response:
    return requests.post(hq.url("/control/cards/import"), data=text.encode(), timeout=30,
                         headers={**hq.staff_headers("supervisor"),
                                  "Content-Type": "text/csv"})


def _audit(hq: ControlRoom, action: str) -> list[dict[str, Any]]:
    answer = requests.get(hq.url("/control/audit"), params={"action": action},
                          headers=hq.admin_headers, timeout=10)
    assert answer.status_code == 200, answer.text
    return [{**entry, "details": json.loads(entry["details"])}
            for entry in answer.json()["entries"]]


def _send(hq: ControlRoom, device: Enrolled, *records: dict[str, Any]) -> None:
    assert set(statuses(post_batch(hq, device, batch(device, records)))) == {"accepted"}


def test_policy_dates_set_by_a_supervisor_are_listed_and_sent_whole(
        controlroom: ControlRoom) -> None:
    device, desk = controlroom.enroll("CHAMAN"), Mirror()
    _post(controlroom, "/control/policies", {"key": "acc_valid_until", "value": "2025-03-31",
                                             "effective_from": "2025-01-01"})
    desk.sync(controlroom, device)

    first = _post(controlroom, "/control/policies", {
        "key": "por_valid_until", "value": "2025-06-30", "effective_from": "2025-04-01",
        "note": "Notification 12"})
    again = _post(controlroom, "/control/policies", {
        "key": "por_valid_until", "value": "2025-12-31", "effective_from": "2025-04-01",
        "note": "extended"})
    listed = requests.get(controlroom.url("/control/policies"), timeout=10,
                          headers=controlroom.staff_headers("supervisor")).json()
    delta = desk.sync(controlroom, device)

    assert first.status_code == again.status_code == 200
    assert [(p["key"], p["value"], p["effective_from"], p["note"], p["set_by"])
            for p in listed] == [
        ("acc_valid_until", "2025-03-31", "2025-01-01", "", "test-supervisor"),
        ("por_valid_until", "2025-12-31", "2025-04-01", "extended", "test-supervisor")]
    assert not delta["reference"]["snapshot"]
    assert desk.policies == [{k: p[k] for k in ("key", "value", "effective_from", "note")}
                             for p in listed]
    assert [(e["target"], e["details"]["value"]) for e in _audit(controlroom, "policy_set")
            ] == [("acc_valid_until", "2025-03-31"), ("por_valid_until", "2025-06-30"),
                  ("por_valid_until", "2025-12-31")]
    unknown = _post(controlroom, "/control/policies", {
        "key": "ration_valid_until", "value": "2025-06-30", "effective_from": "2025-04-01"})
    assert (unknown.status_code, unknown.json()["code"]) == (400, "malformed")


def test_a_card_cancelled_lifted_and_listed_again_reaches_a_device_as_exactly_that(
        controlroom: ControlRoom) -> None:
    device, desk = controlroom.enroll(), Mirror()
    _post(controlroom, "/control/policies", {"key": "por_valid_until", "value": "2025-06-30",
                                             "effective_from": "2025-04-01"})
    fresh = desk.sync(controlroom, device)["reference"]

    listed = _cancel(controlroom, "por", "ab-12 345", "reported_lost", "2025-03-01")
    _cancel(controlroom, "acc", "X9", "taken_into_custody", "2025-03-02")
    after_listing = desk.sync(controlroom, device)["reference"]
    lifted = _post(controlroom, "/control/cards/lift", {"document_type": "por",
                                                        "number": "AB12345"})
    after_lifting = desk.sync(controlroom, device)["reference"]
    _cancel(controlroom, "por", "AB12345", "replaced", "2025-05-01")
    _cancel(controlroom, "acc", "x9", "taken_into_custody", "2025-03-02")  # the same again
    after_relisting = desk.sync(controlroom, device)["reference"]
    not_listed = _post(controlroom, "/control/cards/lift", {"document_type": "visa",
                                                            "number": "AB12345"})

    assert (fresh["snapshot"], fresh["cards"], len(desk.digest_key)) == (True, [], 32)
    assert (listed["document_type"], listed["number"], listed["reason"]) == (
        "por", "AB12345", "reported_lost")
    assert not after_listing["snapshot"]
    assert after_listing["cards"] == [
        {"document_type": "acc", "reason": "taken_into_custody", "since": "2025-03-02",
         "numbers": ["X9"]},
        {"document_type": "por", "reason": "reported_lost", "since": "2025-03-01",
         "numbers": ["AB12345"]}]
    assert lifted.status_code == 204
    assert (after_lifting["cards"], after_lifting["cards_lifted"]) == (
        [], [{"document_type": "por", "numbers": ["AB12345"]}])
    assert after_relisting["cards"] == [{"document_type": "por", "reason": "replaced",
                                         "since": "2025-05-01", "numbers": ["AB12345"]}]
    assert after_relisting["version"] == after_lifting["version"] + 1  # x9: nothing new
    assert desk.cards == {("por", "AB12345"): ("replaced", "2025-05-01"),
                          ("acc", "X9"): ("taken_into_custody", "2025-03-02")}
    assert (not_listed.status_code, not_listed.json()["code"]) == (404, "not_found")
    audited = _audit(controlroom, "card_cancel") + _audit(controlroom, "card_lift")
    assert {e["target"] for e in audited} == {"por", "acc"}
    assert "AB12345" not in json.dumps(audited) and "X9" not in json.dumps(audited)
    found = requests.get(controlroom.url("/control/cards"), params={"number": "ab-1"},
                         headers=controlroom.staff_headers("supervisor"), timeout=10).json()
    assert (found["total"], [c["number"] for c in found["cards"]]) == (1, ["AB12345"])


def test_a_csv_import_lists_good_rows_rejects_bad_ones_and_adds_nothing_twice(
        controlroom: ControlRoom) -> None:
    device, desk = controlroom.enroll(), Mirror()
    desk.sync(controlroom, device)
    text = ("Document_Type,Number,Reason,Since\n"
            "PoR,111-222,lost,2025-03-01\n"
            "acc,A1,,\n"
            "none,5,,\n"
            "por,,,\n"
            "por,333,eaten,\n"
            "por,444,stolen,31/12/2025\n"
            "por,555,,2025-13-01\n")

    first, second = _import(controlroom, text), _import(controlroom, text)
    desk.sync(controlroom, device)

    assert first.status_code == 200, first.text
    assert first.json()["accepted"] == 3
    assert first.json()["already_listed"] == 0
    assert [(r["line"], r["reason"].split(" ")[0]) for r in first.json()["rejected"]] == [
        (4, "'none'"), (5, "Give"), (6, "unknown"), (8, "since")]
    assert (second.json()["accepted"], second.json()["already_listed"]) == (0, 3)
    assert desk.cards == {("por", "111222"): ("reported_lost", "2025-03-01"),
                          ("acc", "A1"): ("cancelled", TODAY.isoformat()),
                          ("por", "444"): ("reported_stolen", "2025-12-31")}
    imported = _audit(controlroom, "card_import")[-1]["details"]
    assert imported == {"accepted": 0, "already_listed": 3, "rejected": 4, "by_type": {
        "acc": 1, "por": 2}}
    no_header = _import(controlroom, "type,num\n")
    assert (no_header.status_code, no_header.json()["code"]) == (400, "missing_columns")


def test_a_device_far_behind_catches_up_page_by_page_to_exactly_hq_s_lists(
        controlroom: ControlRoom, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reference_wire, "DELTA_PAGE", 3)
    device, behind, fresh = controlroom.enroll(), Mirror(), Mirror()
    _cancel(controlroom, "acc", "A0")
    behind.sync(controlroom, device)
    _import(controlroom, "document_type,number\n" + "".join(f"por,{n}\n" for n in range(7)))
    for number in ("2", "4"):
        _post(controlroom, "/control/cards/lift", {"document_type": "por", "number": number})
    _cancel(controlroom, "por", "4", "replaced")

    behind.sync(controlroom, device)
    fresh.sync(controlroom, device)

    pages = behind.answers[1:]
    assert [page["reference"]["more"] for page in pages] == [True, True, True, False]
    assert [page["reference"]["version"] for page in pages] == [4, 7, 10, 11]
    assert behind.cards == fresh.cards
    assert sorted(behind.cards) == [("acc", "A0")] + [("por", n) for n in "013456"]
    assert fresh.answers[0]["reference"]["snapshot"]


def test_a_document_recorded_at_one_checkpoint_is_a_departure_every_desk_gets_until_voided(
        controlroom: ControlRoom) -> None:
    torkham, chaman, desk = controlroom.enroll("TORKHAM"), controlroom.enroll("CHAMAN"), Mirror()
    desk.sync(controlroom, chaman)
    document = {"document_type": "por", "number": "pk-123 456", "result": "verified"}
    first = crossing("TORKHAM", day=RECENT, documents=[document])
    second = crossing("TORKHAM", day=RECENT, documents=[document])
    _send(controlroom, torkham, record(first), record(second),
          record(crossing("TORKHAM", day=RECENT, documents=[
              {"document_type": "none", "result": "not_presented"}])))
    after_two = desk.sync(controlroom, chaman)["reference"]
    _send(controlroom, torkham, record({**first, "voided": True, "void_reason": "twice"},
                                       revision=2))
    after_one_void = desk.sync(controlroom, chaman)["reference"]
    _send(controlroom, torkham, record({**second, "documents": [
        {**document, "number": "PK123457"}]}, revision=2))
    after_correction = desk.sync(controlroom, chaman)["reference"]

    mark = departure_digest(desk.digest_key, "por", "PK123456")
    corrected = departure_digest(desk.digest_key, "por", "PK123457")
    assert [(g["checkpoint"], g["day"]) for g in after_two["departures"]] == [
        ("TORKHAM", RECENT.isoformat())]
    assert (after_one_void["departures"], after_one_void["departures_removed"]) == ([], [])
    assert after_one_void["version"] == after_two["version"]  # still one crossing: no change
    assert desk.marks == {("TORKHAM", RECENT.isoformat(), corrected)}
    assert {len(after_correction["departures"]), len(after_correction["departures_removed"])
            } == {1}
    assert mark != corrected
    fresh = Mirror()
    fresh.sync(controlroom, torkham)  # a desk at the same checkpoint gets its own marks too
    assert fresh.marks == desk.marks


def test_departures_older_than_the_window_are_not_held_or_sent(hq_db_url: str) -> None:
    with ControlRoom(hq_db_url, departure_days=30) as hq:
        torkham, desk = hq.enroll("TORKHAM"), Mirror()
        _send(hq, torkham, record(crossing("TORKHAM", day=TODAY - timedelta(days=40), documents=[
            {"document_type": "acc", "number": "OLD1", "result": "verified"}])),
              record(crossing("TORKHAM", day=TODAY - timedelta(days=10), documents=[
                  {"document_type": "acc", "number": "NEW1", "result": "verified"}])))
        answer = desk.sync(hq, hq.enroll("CHAMAN"))["reference"]

    assert answer["departures_from"] == (TODAY - timedelta(days=30)).isoformat()
    assert desk.marks == {("TORKHAM", (TODAY - timedelta(days=10)).isoformat(),
                           departure_digest(desk.digest_key, "acc", "NEW1"))}


def test_a_digits_only_cursor_from_an_older_app_gets_a_snapshot_and_a_composite_cursor(
        controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    _cancel(controlroom, "por", "77")
    start = updates(controlroom, device)
    legacy = updates(controlroom, device, start["cursor"].split(".")[0])

    assert legacy["reference"]["snapshot"] is True
    assert legacy["cursor"] == start["cursor"] == f"0.{start['reference']['version']}"
    bad = requests.get(controlroom.url("/updates"), params={"since": "0.x"},
                       headers=device.headers, timeout=10)
    assert (bad.status_code, bad.json()["code"]) == (400, "bad_cursor")


def test_updates_travel_gzipped_when_the_device_accepts_it(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    _import(controlroom, "document_type,number\n" + "".join(f"acc,{n}\n" for n in range(500)))
    answer = requests.get(controlroom.url("/updates"), headers={
        **device.headers, "Accept-Encoding": "gzip"}, timeout=10, stream=True)
    raw = answer.raw.read(decode_content=False)

    assert answer.headers["Content-Encoding"] == "gzip"
    assert len(json.loads(gzip.decompress(raw))["reference"]["cards"][0]["numbers"]) == 500


@pytest.mark.parametrize("role", ["viewer", "complaints"])
def test_below_a_supervisor_nobody_reads_or_changes_the_reference_data(
        controlroom: ControlRoom, role: str) -> None:
    headers = controlroom.staff_headers(role)
    answers = [
        requests.get(controlroom.url("/control/policies"), headers=headers, timeout=10),
        requests.get(controlroom.url("/control/cards"), headers=headers, timeout=10),
        _post(controlroom, "/control/policies", {"key": "por_valid_until", "value":
              "2025-06-30", "effective_from": "2025-04-01"}, role),
        _post(controlroom, "/control/cards", {"document_type": "por", "number": "1"}, role),
        _post(controlroom, "/control/cards/lift", {"document_type": "por", "number": "1"},
              role),
        requests.post(controlroom.url("/control/cards/import"), data=b"document_type,number\n"
                      b"por,1\n", headers=headers, timeout=10)]

    assert [(a.status_code, a.json()["code"]) for a in answers] == [
        (403, "permission_denied")] * 6
    assert requests.get(controlroom.url("/control/cards"), timeout=10,
                        headers=controlroom.staff_headers("supervisor")).json()["total"] == 0


def test_a_card_import_past_its_cap_is_refused_before_it_is_read(
        controlroom: ControlRoom) -> None:
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", controlroom.port, timeout=10)
    connection.putrequest("POST", "/api/v1/control/cards/import")
    for name, value in {**controlroom.staff_headers("supervisor"), "Content-Type": "text/csv",
                        "Content-Length": str(65 * 1024 * 1024)}.items():
        connection.putheader(name, value)
    connection.endheaders()
    answer = connection.getresponse()

    assert (answer.status, json.loads(answer.read())["code"]) == (413, "too_large")
    connection.close()
    small = _import(controlroom, "document_type,number\n" + "por,1\n" * 20_000)  # > 64 KB
    assert small.status_code == 200, small.text


def test_housekeeping_forgets_old_marks_and_a_device_behind_the_kept_log_gets_a_snapshot(
        controlroom: ControlRoom) -> None:
    torkham, behind, current = controlroom.enroll("TORKHAM"), Mirror(), Mirror()
    _cancel(controlroom, "por", "1")
    behind.sync(controlroom, torkham)
    _send(controlroom, torkham, record(crossing("TORKHAM", day=RECENT)))
    _cancel(controlroom, "por", "2")
    current.sync(controlroom, torkham)
    engine = make_engine(controlroom.db_url)
    try:
        with transaction(engine) as session:  # as the daily purge would, 100 days from now
            forgotten = reference.forget_old(session, now=datetime.now(UTC) + timedelta(
                days=100), departure_days=30)
    finally:
        engine.dispose()

    caught_up = behind.sync(controlroom, torkham)["reference"]
    in_step = current.sync(controlroom, torkham)["reference"]

    assert forgotten == 1
    assert (caught_up["snapshot"], in_step["snapshot"]) == (True, False)
    assert behind.cards == current.cards == {("por", "1"): ("cancelled", TODAY.isoformat()),
                                             ("por", "2"): ("cancelled", TODAY.isoformat())}
    assert behind.marks == set() and caught_up["version"] == in_step["version"]


def test_the_summary_says_what_hq_s_lists_hold_and_the_search_finds_by_number_start(
        controlroom: ControlRoom) -> None:
    torkham = controlroom.enroll("TORKHAM")
    _post(controlroom, "/control/policies", {"key": "por_valid_until", "value": "2025-06-30",
                                             "effective_from": "2025-04-01"})
    _post(controlroom, "/control/policies", {"key": "por_valid_until", "value": "2025-12-31",
                                             "effective_from": TODAY.isoformat()})
    _post(controlroom, "/control/policies", {"key": "acc_valid_until", "value": "2026-03-31",
                                             "effective_from": (TODAY + timedelta(days=1)
                                                                ).isoformat()})
    _import(controlroom, "document_type,number\npor,PK100\npor,PK101\npor,PK2\nacc,PK100\n")
    _send(controlroom, torkham, record(crossing("TORKHAM", day=RECENT)))
    engine = make_engine(controlroom.db_url)
    try:
        with transaction(engine) as session:
            summary = reference.reference_summary(session, OPERATOR)
            found = reference.find_cards(session, OPERATOR, number="pk-10", limit=2)
            acc = reference.find_cards(session, OPERATOR, number="pk10", document_type="ACC")
            viewer = StaffActor("someone", StaffRole.VIEWER)
            with pytest.raises(Forbidden):
                reference.reference_summary(session, viewer)
    finally:
        engine.dispose()

    assert summary.cards_by_type == {"acc": 1, "por": 3}
    assert summary.cards_by_reason == {"acc": {"cancelled": 1}, "por": {"cancelled": 3}}
    assert (summary.departures_held, summary.version) == (1, 8)
    assert summary.departures_from == TODAY - timedelta(days=180)
    assert [(p.key, p.value.isoformat()) for p in summary.policies_in_force] == [
        ("por_valid_until", "2025-12-31")]
    assert summary.changed_at is not None
    assert (found.total, [(c.document_type, c.number) for c in found.rows]) == (
        3, [("acc", "PK100"), ("por", "PK100")])
    assert [(c.document_type, c.number) for c in acc.rows] == [("acc", "PK100")]
