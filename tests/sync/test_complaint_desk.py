"""The complaints desk's service and API (issue 10): the queue's order, filters, paging and
24-hour flag, a complaint's history, assignment and internal notes — on the real server on
loopback, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import insert

from sync.server.complaints import QueueFilter, complaints_queue
from sync.server.database import make_engine, migrate, reading, transaction
from sync.server.models import Complaint, table
from sync.server.retention import purge
from sync.server.schemas import ComplaintQueue
from sync.server.staff import accounts
from sync.server.staff.roles import OPERATOR
from tests.support.controlroom import ControlRoom, Enrolled
from tests.support.logcheck import note_secret
from tests.sync import payloads

NOTE = "Called the family: Bibi Gul says the guard at gate 2 took 5,000 rupees."


def _taken(hq: ControlRoom, device: Enrolled, *, hours_ago: float, urgency: str = "normal",
           category: str = "extortion_or_bribe") -> str:
    """A complaint ``device`` took ``hours_ago`` and synced; its uuid."""
    data = payloads.complaint(device.checkpoint, urgency=urgency)
    taken = datetime.now(UTC) - timedelta(hours=hours_ago)
    data["taken_at"] = taken.isoformat().replace("+00:00", "Z")
    data["category"] = category
    data["contact"] = "+93 700 111 222"
    sent = payloads.batch(device, [payloads.record(data, kind="complaint")])
    assert payloads.statuses(payloads.post_batch(hq, device, sent)) == ["accepted"]
    return str(data["uuid"])


def _officer(hq: ControlRoom) -> dict[str, Any]:
    return {"headers": hq.staff_headers("complaints"), "timeout": 10}


def _queue(hq: ControlRoom, **filters: Any) -> dict[str, Any]:
    answer = requests.get(hq.url("/control/complaints"), params=filters, **_officer(hq))
    assert answer.status_code == 200, answer.text
    page: dict[str, Any] = answer.json()
    return page


def _uuids(page: dict[str, Any]) -> list[str]:
    return [c["uuid"] for c in page["complaints"]]


def _set_status(hq: ControlRoom, uuid: str, status: str) -> None:
    answer = requests.put(hq.url(f"/control/complaints/{uuid}/status"),
                          json={"status": status}, **_officer(hq))
    assert answer.status_code == 200, answer.text


def _assign(hq: ControlRoom, uuid: str, officer: str | None,
            headers: dict[str, str] | None = None) -> requests.Response:
    return requests.put(hq.url(f"/control/complaints/{uuid}/assignee"),
                        json={"officer": officer}, timeout=10,
                        headers=headers or hq.staff_headers("complaints"))


def _note(hq: ControlRoom, uuid: str, text: str,
          headers: dict[str, str] | None = None) -> requests.Response:
    return requests.post(hq.url(f"/control/complaints/{uuid}/notes"), json={"text": text},
                         timeout=10, headers=headers or hq.staff_headers("complaints"))


def _detail(hq: ControlRoom, uuid: str) -> dict[str, Any]:
    answer = requests.get(hq.url(f"/control/complaints/{uuid}"), **_officer(hq))
    assert answer.status_code == 200, answer.text
    detail: dict[str, Any] = answer.json()
    return detail


def _audit(hq: ControlRoom) -> list[dict[str, Any]]:
    answer = requests.get(hq.url("/control/audit"), headers=hq.staff_headers("supervisor"),
                          params={"limit": 1000}, timeout=10)
    assert answer.status_code == 200, answer.text
    entries: list[dict[str, Any]] = answer.json()["entries"]
    return entries


def test_the_queue_shows_urgent_first_then_oldest_and_flags_what_waited_past_a_day(
        controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    normal_30h = _taken(controlroom, device, hours_ago=30)
    urgent_2h = _taken(controlroom, device, hours_ago=2, urgency="urgent")
    normal_2h = _taken(controlroom, device, hours_ago=2.5)
    urgent_50h = _taken(controlroom, device, hours_ago=50, urgency="urgent")
    _set_status(controlroom, urgent_50h, "resolved")  # answered: old, but no longer waiting

    page = _queue(controlroom)

    assert page["total"] == 4
    assert _uuids(page) == [urgent_50h, urgent_2h, normal_30h, normal_2h]
    shown = {c["uuid"]: c for c in page["complaints"]}
    assert [shown[u]["overdue"] for u in _uuids(page)] == [False, False, True, False]
    assert 29 * 60 < shown[normal_30h]["age_minutes"] < 31 * 60  # "waiting 30 h"
    assert 119 <= shown[urgent_2h]["age_minutes"] <= 125
    assert all(c["contact"] == "" for c in page["complaints"])  # revealed one at a time


def test_the_queue_filters_by_status_checkpoint_category_age_and_assignee(
        controlroom: ControlRoom) -> None:
    torkham, chaman = controlroom.enroll("TORKHAM"), controlroom.enroll("CHAMAN")
    old_bribe = _taken(controlroom, torkham, hours_ago=40)
    new_delay = _taken(controlroom, torkham, hours_ago=1, category="delay")
    at_chaman = _taken(controlroom, chaman, hours_ago=5)
    closed = _taken(controlroom, chaman, hours_ago=60, category="delay")
    _set_status(controlroom, closed, "closed")
    controlroom.staff_headers("complaints")  # the officer exists
    assert _assign(controlroom, at_chaman, "test-complaints").status_code == 200

    assert set(_uuids(_queue(controlroom, status="open"))) == {old_bribe, new_delay, at_chaman}
    assert _uuids(_queue(controlroom, status="closed")) == [closed]
    assert _uuids(_queue(controlroom, status="In progress")) == []  # a status, none in it
    assert set(_uuids(_queue(controlroom, checkpoint="CHAMAN"))) == {at_chaman, closed}
    assert set(_uuids(_queue(controlroom, category="delay"))) == {new_delay, closed}
    assert set(_uuids(_queue(controlroom, older_than_hours=24))) == {old_bribe, closed}
    assert _uuids(_queue(controlroom, assignee="test-complaints")) == [at_chaman]
    assert set(_uuids(_queue(controlroom, assignee="-"))) == {old_bribe, new_delay, closed}
    both = _queue(controlroom, status="open", checkpoint="TORKHAM", older_than_hours=24)
    assert (_uuids(both), both["total"]) == ([old_bribe], 1)


@pytest.mark.parametrize(("filters", "words"), [
    ({"status": "lost"}, "'lost' is not a complaint status"),
    ({"category": "theft"}, "'theft' is not a complaint category"),
    ({"older_than_hours": -1}, "older_than_hours"),
    ({"limit": 0}, "limit"),
])
def test_a_filter_that_cannot_match_is_refused_in_a_sentence(
        controlroom: ControlRoom, filters: dict[str, Any], words: str) -> None:
    answer = requests.get(controlroom.url("/control/complaints"), params=filters,
                          **_officer(controlroom))

    assert answer.status_code == 400
    assert words in answer.json()["detail"]


def test_the_queue_pages_in_order_with_the_total_across_urgencies(
        controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    taken = [_taken(controlroom, device, hours_ago=hours, urgency=urgency)
             for hours, urgency in [(9, "normal"), (8, "urgent"), (7, "normal"), (6, "urgent"),
                                    (5, "normal"), (4, "urgent"), (3, "normal")]]
    whole = _uuids(_queue(controlroom, limit=200))

    pages = [_queue(controlroom, limit=3, offset=offset) for offset in (0, 3, 6, 9)]

    assert whole == [taken[1], taken[3], taken[5], taken[0], taken[2], taken[4], taken[6]]
    assert [page["total"] for page in pages] == [7, 7, 7, 7]
    assert [_uuids(page) for page in pages] == [whole[0:3], whole[3:6], whole[6:], []]


def test_a_complaints_history_shows_statuses_assignments_and_notes_in_time_order(
        controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    uuid = _taken(controlroom, device, hours_ago=3)
    controlroom.staff_headers("supervisor")

    _set_status(controlroom, uuid, "in_progress")
    assert _assign(controlroom, uuid, "test-supervisor").status_code == 200
    assert _note(controlroom, uuid, NOTE).status_code == 200
    assert _assign(controlroom, uuid, None).status_code == 200
    _set_status(controlroom, uuid, "resolved")
    detail = _detail(controlroom, uuid)

    steps = [(e["kind"], e["by"], e["text"]) for e in detail["history"]]
    assert steps == [("taken", "lead1", "TORKHAM"),
                     ("received", device.device_id, "TORKHAM"),
                     ("status", "test-complaints", "in_progress"),
                     ("assigned", "test-complaints", "test-supervisor"),
                     ("note", "test-complaints", NOTE),
                     ("assigned", "test-complaints", ""),
                     ("status", "test-complaints", "resolved")]
    times = [e["at"] for e in detail["history"]]
    assert times == sorted(times, key=datetime.fromisoformat)
    shown = detail["complaint"]
    assert (shown["status"], shown["assigned_to"], shown["contact"]) == ("resolved", None, "")
    assert shown["description"] == "asked for money at the gate"
    down = requests.get(controlroom.url("/updates"), headers=device.headers, timeout=10).json()
    assert [s["status"] for s in down["complaint_statuses"]] == ["resolved"]  # as before


def test_a_complaint_is_assigned_only_to_an_active_complaints_officer_or_above(
        controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    uuid = _taken(controlroom, device, hours_ago=1)
    controlroom.staff_headers("viewer")
    controlroom.add_staff("gone-officer", "complaints")
    controlroom.staff_headers("admin")
    engine = make_engine(controlroom.db_url)
    try:
        with transaction(engine) as session:
            accounts.disable_user(session, OPERATOR, "gone-officer")
    finally:
        engine.dispose()

    to_viewer = _assign(controlroom, uuid, "test-viewer")
    to_disabled = _assign(controlroom, uuid, "gone-officer")
    to_nobody_known = _assign(controlroom, uuid, "no-such-person")
    to_admin = _assign(controlroom, uuid, "Test-Admin")  # as typed

    assert to_viewer.status_code == 400
    assert to_viewer.json()["detail"] == ("test-viewer is a viewer and may not read complaints; "
                                          "assign it to a complaints officer or above.")
    assert (to_disabled.status_code, to_disabled.json()["code"]) == (400, "account_disabled")
    assert (to_nobody_known.status_code, to_nobody_known.json()["code"]) == (404, "no_user")
    assert (to_admin.status_code, to_admin.json()["assigned_to"]) == (200, "test-admin")
    assert _detail(controlroom, uuid)["complaint"]["assigned_to"] == "test-admin"
    assigned = [e for e in _audit(controlroom) if e["action"] == "complaint_assign"]
    assert [(e["actor"], e["target"], json.loads(e["details"])["assigned_to"])
            for e in assigned] == [("test-complaints", uuid, "test-admin")]  # refusals: none


def test_a_viewer_can_neither_read_nor_work_the_desk(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    uuid = _taken(controlroom, device, hours_ago=1)
    viewer = controlroom.staff_headers("viewer")

    answers = [requests.get(controlroom.url(f"/control/complaints/{uuid}"), headers=viewer,
                            timeout=10),
               requests.get(controlroom.url("/control/complaints"), headers=viewer,
                            params={"status": "open"}, timeout=10),
               _assign(controlroom, uuid, "test-complaints", headers=viewer),
               _note(controlroom, uuid, NOTE, headers=viewer)]

    for answer in answers:
        assert (answer.status_code, answer.json()["code"]) == (403, "permission_denied")
        assert "needs complaints or above" in answer.json()["detail"]
        assert "asked for money" not in answer.text
    detail = _detail(controlroom, uuid)
    assert [e["kind"] for e in detail["history"]] == ["taken", "received"]  # nothing changed


def test_a_note_is_audited_without_its_words(controlroom: ControlRoom) -> None:
    note_secret(NOTE)  # nor in any log
    device = controlroom.enroll()
    uuid = _taken(controlroom, device, hours_ago=1)

    added = _note(controlroom, uuid, f"  {NOTE}\n")
    empty = _note(controlroom, uuid, "   ")
    too_long = _note(controlroom, uuid, "x" * 4001)
    unknown = _note(controlroom, uuid.replace(uuid[:8], "00000000"), NOTE)

    assert added.status_code == 200
    assert (added.json()["text"], added.json()["author"]) == (NOTE, "test-complaints")
    assert (empty.status_code, empty.json()["detail"]) == (
        400, "The note is empty; write what was done or found.")
    assert (too_long.status_code, too_long.json()["detail"]) == (
        400, "A note holds at most 4000 characters; this one has 4001.")
    assert (unknown.status_code, unknown.json()["code"]) == (404, "unknown_complaint")
    notes = [e for e in _audit(controlroom) if e["action"] == "complaint_note"]
    assert [(e["actor"], e["target"]) for e in notes] == [("test-complaints", uuid)]
    assert json.loads(notes[0]["details"]) == {"note_id": added.json()["id"],
                                               "chars": len(NOTE), "checkpoint": "TORKHAM"}
    assert "Bibi Gul" not in json.dumps(_audit(controlroom))
    assert [e["text"] for e in _detail(controlroom, uuid)["history"]
            if e["kind"] == "note"] == [NOTE]


def test_retention_empties_the_notes_of_a_complaint_it_purges(
        controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    old = _taken(controlroom, device, hours_ago=24 * 40)
    recent = _taken(controlroom, device, hours_ago=2)
    for uuid in (old, recent):
        assert _note(controlroom, uuid, NOTE).status_code == 200

    engine = make_engine(controlroom.db_url)
    try:
        purge(engine, 30, today=date.today())
    finally:
        engine.dispose()

    old_notes = [e for e in _detail(controlroom, old)["history"] if e["kind"] == "note"]
    recent_notes = [e for e in _detail(controlroom, recent)["history"] if e["kind"] == "note"]
    assert [(e["by"], e["text"]) for e in old_notes] == [("test-complaints", "")]
    assert [e["text"] for e in recent_notes] == [NOTE]
    assert _detail(controlroom, old)["complaint"]["description"] == ""


def test_past_a_thousand_the_count_stops_but_every_page_stays_in_order(
        tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'hq.db'}")
    migrate(engine)
    now = datetime.now(UTC)
    taken = {f"{urgency}-{n:05d}": (urgency, now - timedelta(minutes=5000 - n))
             for urgency in ("urgent", "normal") for n in range(1100)}
    with transaction(engine) as session:
        session.execute(insert(table(Complaint)), [
            {"uuid": uuid, "revision": 1, "owner_device_id": "d", "checkpoint": "TORKHAM",
             "category": "delay", "description": "", "urgency": urgency, "taken_by": "lead1",
             "taken_at": at, "received_at": at, "status": "received"}
            for uuid, (urgency, at) in taken.items()])
    in_order = sorted(taken, key=lambda uuid: (uuid.startswith("normal"), taken[uuid][1]))

    def page(offset: int) -> ComplaintQueue:
        with reading(engine) as session:
            return complaints_queue(session, QueueFilter(limit=200, offset=offset))

    try:
        first, across, last = page(0), page(1000), page(2100)
    finally:
        engine.dispose()

    assert (first.total, first.total_capped) == (2000, True)  # "2,000 or more"
    assert [c.uuid for c in first.complaints] == in_order[:200]
    assert [c.uuid for c in across.complaints] == in_order[1000:1200]  # past the count
    assert [c.uuid for c in last.complaints] == in_order[2100:2200]
