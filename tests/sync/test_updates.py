"""What flows down (``GET /updates?since=``): complaint statuses HQ set, close-out
reconciliation, in order, from an opaque cursor."""

from __future__ import annotations

from typing import Any

import requests

from contract.wire import Updates
from tests.support.controlroom import ControlRoom, Enrolled
from tests.sync.payloads import (
    DAY,
    batch,
    closeout,
    complaint,
    crossing,
    post_batch,
    record,
    statuses,
)


def _updates(hq: ControlRoom, device: Enrolled, since: str | None = None) -> dict[str, Any]:
    params = {"since": since} if since is not None else {}
    answer = requests.get(hq.url("/updates"), params=params, headers=device.headers,
                          timeout=10)
    assert answer.status_code == 200, answer.text
    Updates.model_validate(answer.json())
    result: dict[str, Any] = answer.json()
    return result


def _set_status(hq: ControlRoom, uuid: str, status: str) -> requests.Response:
    return requests.put(hq.url(f"/control/complaints/{uuid}/status"), json={"status": status},
                        headers=hq.admin_headers, timeout=10)


def test_a_status_set_at_hq_reaches_the_checkpoint_and_the_cursor_moves_on(
        controlroom: ControlRoom) -> None:
    torkham, chaman = controlroom.enroll("TORKHAM"), controlroom.enroll("CHAMAN")
    taken = complaint("TORKHAM", urgency="urgent")
    elsewhere = complaint("CHAMAN")
    statuses(post_batch(controlroom, torkham, batch(torkham, [record(taken, "complaint")])))
    statuses(post_batch(controlroom, chaman, batch(chaman, [record(elsewhere, "complaint")])))
    start = _updates(controlroom, torkham)
    assert start["complaint_statuses"] == []

    queue = requests.get(controlroom.url("/control/complaints"), headers=(
        controlroom.admin_headers), timeout=10).json()["complaints"]
    assert [(c["uuid"], c["status"]) for c in queue] == [(taken["uuid"], "received"),
                                                         (elsewhere["uuid"], "received")]
    assert _set_status(controlroom, taken["uuid"], "in progress").json()["status"] == (
        "in_progress")
    assert _set_status(controlroom, elsewhere["uuid"], "referred").status_code == 200

    first = _updates(controlroom, torkham, start["cursor"])
    assert [(s["uuid"], s["status"]) for s in first["complaint_statuses"]] == [
        (taken["uuid"], "in_progress")]
    assert first["cursor"] != start["cursor"]

    assert _updates(controlroom, torkham, first["cursor"])["complaint_statuses"] == []
    assert _set_status(controlroom, taken["uuid"], "resolved").status_code == 200
    later = _updates(controlroom, torkham, first["cursor"])
    assert [s["status"] for s in later["complaint_statuses"]] == ["resolved"]
    assert [s["status"] for s in _updates(controlroom, torkham)["complaint_statuses"]] == [
        "resolved"]  # from the start: the latest status once


def test_a_new_revision_from_the_device_leaves_hqs_status_alone(
        controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    taken = complaint()
    post_batch(controlroom, device, batch(device, [record(taken, "complaint")]))
    _set_status(controlroom, taken["uuid"], "resolved")

    edited = {**taken, "description": "asked for money twice"}
    assert statuses(post_batch(controlroom, device, batch(device, [
        record(edited, "complaint", revision=2)]))) == ["accepted"]

    (held,) = requests.get(controlroom.url("/control/complaints"), timeout=10,
                           headers=controlroom.admin_headers).json()["complaints"]
    assert (held["status"], held["description"]) == ("resolved", "asked for money twice")


def test_close_out_reconciliation_flows_down(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    crossings = [crossing() for _ in range(3)]
    post_batch(controlroom, device, batch(device, [record(crossings[0]), record(
        closeout("TORKHAM", DAY, 3), "closeout")]))

    first = _updates(controlroom, device)
    post_batch(controlroom, device, batch(device, [record(c) for c in crossings[1:]]))
    second = _updates(controlroom, device, first["cursor"])

    assert first["closeouts"] == [{"day": DAY.isoformat(), "reconciled": False, "missing": 2,
                                   "tally_hash_matches": True}]
    assert second["closeouts"] == [{"day": DAY.isoformat(), "reconciled": True, "missing": 0,
                                    "tally_hash_matches": True}]
    assert _updates(controlroom, device, second["cursor"])["closeouts"] == []


def test_unknown_statuses_complaints_and_cursors_are_refused(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    taken = complaint()
    post_batch(controlroom, device, batch(device, [record(taken, "complaint")]))

    bad_status = _set_status(controlroom, taken["uuid"], "lost")
    unknown = _set_status(controlroom, crossing()["uuid"], "resolved")
    bad_cursor = requests.get(controlroom.url("/updates"), params={"since": "yesterday"},
                              headers=device.headers, timeout=10)

    assert (bad_status.status_code, bad_status.json()["code"]) == (400, "invalid_status")
    assert (unknown.status_code, unknown.json()["code"]) == (404, "unknown_complaint")
    assert (bad_cursor.status_code, bad_cursor.json()["code"]) == (400, "bad_cursor")
