"""One writer per record (DESIGN §5, issue 9 item 5): HQ binds each record to the device that
created it; another laptop of the same checkpoint cannot rewrite or void it, and the owner's
later corrections still apply. Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from sync.server.database import MIGRATIONS, make_engine
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

# The HQ schema revision before records had owners (0004_record_owner's down_revision).
BEFORE_OWNERS = "0003"


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


def test_records_held_before_the_upgrade_belong_to_the_device_that_created_them(
        hq_db_url: str) -> None:
    with ControlRoom(hq_db_url) as hq:
        owner, colleague = hq.enroll(), hq.enroll()
        mine = crossing(sex="M")
        statuses(post_batch(hq, owner, batch(owner, [record(mine)])))
    # The database as the build before one writer per record left it, after a colleague's
    # laptop had rewritten the record (revision 2).
    engine = make_engine(hq_db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    hijack = record({**mine, "sex": "F"}, revision=2)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, BEFORE_OWNERS)
            connection.execute(text(
                "INSERT INTO hq_record_revision (kind, uuid, revision, hash, data, device_id, "
                "checkpoint, batch_id, updated_at, received_at) VALUES ('crossing', :uuid, 2, "
                ":hash, '{}', :device, 'TORKHAM', :batch, :now, :now)"),
                {"uuid": mine["uuid"], "hash": hijack["hash"], "device": colleague.device_id,
                 "batch": str(uuid.uuid4()), "now": datetime.now(UTC)})
            connection.execute(text("UPDATE hq_crossing SET revision = 2 WHERE uuid = :uuid"),
                               {"uuid": mine["uuid"]})
    finally:
        engine.dispose()

    with ControlRoom(hq_db_url) as hq:  # migrates to this build's schema as it starts
        [refused] = _send(hq, colleague, record({**mine, "voided": True,
                                                 "void_reason": "entered twice"}, revision=3))
        [corrected] = _send(hq, owner, record({**mine, "remarks": "checked"}, revision=3))

    assert _refused(refused) == ("rejected", "not_record_owner", "uuid")
    assert corrected["status"] == "accepted"
