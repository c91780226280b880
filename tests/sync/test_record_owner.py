"""One writer per record (DESIGN §5, issue 9 item 5): HQ binds each record to the device that
created it; another laptop of the same checkpoint cannot rewrite or void it, and the owner's
later corrections still apply. Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from typing import Any

from tests.support.controlroom import ControlRoom, Enrolled
from tests.sync.payloads import (
    DAY,
    batch,
    closeout,
    complaint,
    crossing,
    national_tally,
    post_batch,
    record,
    statuses,
)


def _send(hq: ControlRoom, device: Enrolled, *records: dict[str, Any]) -> list[dict[str, Any]]:
    answer = post_batch(hq, device, batch(device, records))
    assert answer.status_code == 200, answer.text  # never a whole-batch failure
    results: list[dict[str, Any]] = answer.json()["results"]
    return results


def _refused(result: dict[str, Any]) -> tuple[str, str | None, str | None]:
    return result["status"], result.get("code"), result.get("field")


def test_another_laptop_cannot_void_a_crossing_and_the_owner_can_still_correct_it(
        controlroom: ControlRoom) -> None:
    owner, colleague = controlroom.enroll(), controlroom.enroll()
    mine = crossing(sex="M")
    statuses(post_batch(controlroom, owner, batch(owner, [record(mine)])))
    voided = {**mine, "voided": True, "void_reason": "entered twice"}

    [void] = _send(controlroom, colleague, record(voided, revision=2))
    [rewrite] = _send(controlroom, colleague, record({**mine, "sex": "F"}, revision=9))

    assert _refused(void) == _refused(rewrite) == ("rejected", "not_record_owner", "uuid")
    assert "another device" in void["reason"]
    assert national_tally(controlroom, DAY)["by_sex"] == {"M": 1}  # still counted, as it was
    [correction] = _send(controlroom, owner, record({**mine, "sex": "F"}, revision=2))
    assert correction["status"] == "accepted"
    assert national_tally(controlroom, DAY)["by_sex"] == {"F": 1}


def test_the_same_revision_from_another_laptop_is_not_acknowledged(
        controlroom: ControlRoom) -> None:
    owner, colleague = controlroom.enroll(), controlroom.enroll()
    mine = record(crossing())
    statuses(post_batch(controlroom, owner, batch(owner, [mine])))

    [copy] = _send(controlroom, colleague, mine)

    assert _refused(copy) == ("rejected", "not_record_owner", "uuid")


def test_complaints_and_close_outs_have_one_writer_too(controlroom: ControlRoom) -> None:
    owner, colleague = controlroom.enroll(), controlroom.enroll()
    taken = complaint()
    closed = closeout("TORKHAM", DAY, 0)
    statuses(post_batch(controlroom, owner, batch(owner, [
        record(taken, "complaint"), record(closed, "closeout")])))

    results = _send(controlroom, colleague,
                    record({**taken, "urgency": "urgent"}, "complaint", revision=2),
                    record(closeout("TORKHAM", DAY, 99, uuid_=closed["uuid"]), "closeout",
                           revision=2),
                    record(crossing()))  # the colleague's own record in the same batch

    assert [_refused(r) for r in results] == [("rejected", "not_record_owner", "uuid")] * 2 + [
        ("accepted", None, None)]
    again = _send(controlroom, owner,
                  record({**taken, "urgency": "urgent"}, "complaint", revision=2),
                  record(closeout("TORKHAM", DAY, 1, uuid_=closed["uuid"]), "closeout",
                         revision=2))
    assert [r["status"] for r in again] == ["accepted", "accepted"]
