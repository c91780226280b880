"""``POST /batches`` (DESIGN §5): per-record answers, idempotent resends, whole-batch refusals."""

from __future__ import annotations

import gzip
import json
import sqlite3
import zlib
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from contextlib import contextmanager

import requests
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from contract.wire import MAX_DECOMPRESSED_BYTES
from tests.support.controlroom import ControlRoom
from tests.sync.payloads import (
    DAY,
    batch,
    complaint,
    crossing,
    device_health,
    national_tally,
    post_batch,
    record,
    statuses,
)


def test_a_batch_is_accepted_and_counted(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    household = crossing()["household_uuid"]
    records = [record(crossing(household=household)), record(crossing(household=household)),
               record(complaint(), kind="complaint")]

    answer = post_batch(controlroom, device, batch(device, records))

    assert statuses(answer) == ["accepted"] * 3
    assert [(r["kind"], r["uuid"], r["revision"]) for r in answer.json()["results"]] == [
        (r["kind"], r["uuid"], r["revision"]) for r in records]
    tally = national_tally(controlroom, DAY)
    assert (tally["total"], tally["households"], tally["by_checkpoint"]) == (
        2, 1, {"TORKHAM": 2})
    assert device_health(controlroom, device.device_id)["records_held"] == 3


def test_the_same_batch_again_gets_the_same_answer_and_changes_nothing(
        controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    body = batch(device, [record(crossing()) for _ in range(3)])
    first = post_batch(controlroom, device, body)
    before = device_health(controlroom, device.device_id)

    again = post_batch(controlroom, device, body)

    assert again.status_code == 200
    assert again.content == first.content
    assert statuses(again) == ["accepted"] * 3  # the stored answer, not "duplicate"
    after = device_health(controlroom, device.device_id)
    assert (after["records_held"], after["batches_received"]) == (
        before["records_held"], before["batches_received"]) == (3, 1)
    assert national_tally(controlroom, DAY)["total"] == 3


def test_the_same_batch_twice_at_once_is_applied_once(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    body = batch(device, [record(crossing()) for _ in range(20)])

    with ThreadPoolExecutor(max_workers=2) as pool:
        answers = list(pool.map(lambda _: post_batch(controlroom, device, body), range(2)))

    # The second copy either came after the first was applied (the same answer) or while it
    # was (one batch slot per device: 429, sent again later, the same answer then).
    assert sorted(a.status_code for a in answers) in ([200, 200], [200, 429])
    first = next(a for a in answers if a.status_code == 200)
    assert post_batch(controlroom, device, body).content == first.content
    assert device_health(controlroom, device.device_id)["records_held"] == 20
    assert national_tally(controlroom, DAY)["total"] == 20


def test_duplicate_stale_and_conflict(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    first = crossing(sex="M")
    second = {**first, "sex": "F"}
    third = {**first, "sex": "F", "voided": True, "void_reason": "entered twice"}
    statuses(post_batch(controlroom, device, batch(device, [
        record(first, revision=1), record(third, revision=3)])))

    answer = post_batch(controlroom, device, batch(device, [
        record(first, revision=1),       # held with this hash
        record(second, revision=2),      # new to HQ, but HQ holds revision 3
        record(second, revision=1)]))    # revision 1 held with other contents

    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["duplicate", "stale", "rejected"]
    assert (results[2]["code"], results[2]["field"]) == ("conflict", "hash")
    assert "different contents" in results[2]["reason"]
    assert national_tally(controlroom, DAY)["total"] == 0  # current is revision 3: voided
    assert device_health(controlroom, device.device_id)["records_held"] == 3  # 1, 2 and 3 kept


def test_vulnerabilities_and_complaint_categories_are_checked_against_their_lists(
        controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    flagged = {**crossing(), "vulnerabilities": ["disability", "homesick"]}
    grumble = {**complaint(), "category": "weather"}

    answer = post_batch(controlroom, device, batch(device, [
        record(flagged), record(grumble, kind="complaint"), record(complaint(), kind="complaint"),
        record(crossing(vulnerabilities=["pregnant_or_lactating"]))]))

    results = answer.json()["results"]
    assert [(r["status"], r["code"], r["field"]) for r in results] == [
        ("rejected", "unknown_vulnerability", "vulnerabilities.1"),
        ("rejected", "unknown_complaint_category", "category"),
        ("accepted", None, None), ("accepted", None, None)]


def test_one_bad_record_in_the_middle_spoils_nothing_else(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    good = [crossing() for _ in range(4)]
    bad = crossing()
    bad["origin_province"] = "PK-XX"
    wrong_hash = record(crossing())
    wrong_hash["hash"] = "0" * 64
    elsewhere = crossing(checkpoint="CHAMAN")
    bad_document = crossing()
    bad_document["documents"][0]["result"] = "looked fine"

    answer = post_batch(controlroom, device, batch(device, [
        record(good[0]), record(good[1]), record(bad), wrong_hash, record(elsewhere),
        record(bad_document), record(good[2]), record(good[3])]))

    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["accepted", "accepted", "rejected", "rejected",
                                              "rejected", "rejected", "accepted", "accepted"]
    assert [(r["code"], r["field"]) for r in results if r["status"] == "rejected"] == [
        ("unknown_pk_province", "origin_province"), ("hash_mismatch", "hash"),
        ("checkpoint_mismatch", "checkpoint"), ("unknown_check_result", "documents.0.result")]
    assert all(r["reason"] for r in results if r["status"] == "rejected")
    assert results[2]["reason"] == "'PK-XX' is not a Pakistan province code"
    assert national_tally(controlroom, DAY)["total"] == 4

    bad["origin_province"] = "PK-KP"  # corrected on the device, sent again
    assert statuses(post_batch(controlroom, device, batch(device, [record(bad)]))) == [
        "accepted"]


def test_a_gzip_bomb_is_stopped_at_the_cap_with_413(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    bomb = b"".join(packer.compress(zeros) for _ in range(16)) + packer.flush()  # 16 MiB
    assert len(bomb) < 20_000

    answer = requests.post(controlroom.url("/batches"), data=bomb, timeout=30, headers={
        **device.headers, "Content-Type": "application/json", "Content-Encoding": "gzip"})

    assert answer.status_code == 413
    assert answer.json()["code"] == "too_large"
    too_big = json.dumps(batch(device, [record(crossing())])).encode() + b" " * (
        MAX_DECOMPRESSED_BYTES)
    plain = post_batch(controlroom, device, too_big, compress=False)
    assert plain.status_code == 413


def test_malformed_bodies_get_400(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    missing_records = batch(device)
    missing_records["records"] = "none"
    bodies = {
        "not gzip": (b"this is not gzip", {"Content-Encoding": "gzip"}),
        "cut short": (gzip.compress(json.dumps(batch(device)).encode())[:-12],
                      {"Content-Encoding": "gzip"}),
        "not json": (gzip.compress(b"<html>captive portal</html>"),
                     {"Content-Encoding": "gzip"}),
        "wrong shape": (gzip.compress(json.dumps(missing_records).encode()),
                        {"Content-Encoding": "gzip"}),
        "brotli": (b"{}", {"Content-Encoding": "br"}),
    }

    answers = {name: requests.post(controlroom.url("/batches"), data=raw, timeout=10,
                                   headers={**device.headers, **headers})
               for name, (raw, headers) in bodies.items()}

    assert {name: a.status_code for name, a in answers.items()} == dict.fromkeys(bodies, 400)
    assert all(set(a.json()) == {"code", "detail"} for a in answers.values())
    assert "records" in answers["wrong shape"].json()["detail"]


def test_another_protocol_version_gets_409(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()

    answer = post_batch(controlroom, device, batch(device, [record(crossing())], protocol=2))

    assert answer.status_code == 409
    assert answer.json()["code"] == "protocol_version"


def test_a_batch_for_another_checkpoint_is_refused_whole(controlroom: ControlRoom) -> None:
    device = controlroom.enroll("TORKHAM")
    data = crossing("CHAMAN")

    answer = post_batch(controlroom, device, batch(device, [record(data)], checkpoint="CHAMAN"))

    assert answer.status_code == 403
    assert answer.json()["code"] == "checkpoint_mismatch"
    assert national_tally(controlroom, DAY)["total"] == 0


def test_a_plain_json_body_is_taken_too(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    data = crossing()

    answer = post_batch(controlroom, device, batch(device, [record(data)]), compress=False)

    assert statuses(answer) == ["accepted"]
    assert answer.json()["results"][0]["uuid"] == data["uuid"]


@contextmanager
def _database_write_lock(db_url: str) -> Iterator[None]:
    """Hold HQ's database so a batch being applied waits (a real lock, taken from outside)."""
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        connection = sqlite3.connect(url.database or "", isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
    else:
        engine = create_engine(db_url)
        held = engine.connect()
        held.exec_driver_sql("SELECT * FROM hq_device FOR UPDATE")
    try:
        yield
    finally:
        if url.get_backend_name() == "sqlite":
            connection.rollback()
            connection.close()
        else:
            held.rollback()
            held.close()
            engine.dispose()


def test_a_full_worker_answers_503_with_retry_after(hq_db_url: str) -> None:
    with ControlRoom(hq_db_url, max_concurrent_batches=1) as hq:
        devices = [hq.enroll(), hq.enroll()]
        with ThreadPoolExecutor(max_workers=2) as pool:
            with _database_write_lock(hq.db_url):
                # Whichever batch takes the worker's only slot waits on the lock; the other
                # is turned away at once.
                sent = [pool.submit(post_batch, hq, device, batch(device, [record(crossing())]))
                        for device in devices]
                done, _ = wait(sent, timeout=20, return_when=FIRST_COMPLETED)
            answers = sorted((future.result(timeout=30) for future in sent),
                             key=lambda answer: answer.status_code)

    assert len(done) == 1
    waited, busy = answers
    assert statuses(waited) == ["accepted"]
    assert (busy.status_code, busy.headers["Retry-After"]) == (503, "5")
    assert busy.json()["code"] == "busy"


def test_a_record_the_database_refuses_spoils_nothing_else(controlroom: ControlRoom) -> None:
    # The database itself refuses one record (a constraint added for the test): HQ falls back
    # from writing the batch at once to one savepoint per record.
    engine = create_engine(controlroom.db_url)
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql(
                "CREATE TRIGGER refuse BEFORE INSERT ON hq_record_revision "
                "WHEN instr(NEW.data, 'REFUSE-ME') > 0 BEGIN SELECT RAISE(ABORT, 'refused'); END")
        else:
            connection.exec_driver_sql(
                "ALTER TABLE hq_record_revision ADD CONSTRAINT refuse "
                "CHECK (strpos(data, 'REFUSE-ME') = 0)")
    engine.dispose()
    device = controlroom.enroll()
    good = [crossing() for _ in range(3)]
    refused = crossing(remarks="REFUSE-ME")

    answer = post_batch(controlroom, device, batch(device, [
        record(good[0]), record(refused), record(good[1]), record(good[1], revision=2),
        record(good[2])]))

    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["accepted", "rejected", "accepted", "accepted",
                                              "accepted"]
    assert results[1]["code"] == "not_stored"
    assert national_tally(controlroom, DAY)["total"] == 3
    assert device_health(controlroom, device.device_id)["records_held"] == 4


def test_text_with_a_nul_character_is_rejected_with_its_field(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    data = crossing(remarks="bad\x00byte")

    answer = post_batch(controlroom, device, batch(device, [record(data), record(crossing())]))

    results = answer.json()["results"]
    assert [(r["status"], r["field"]) for r in results] == [("rejected", "remarks"),
                                                            ("accepted", None)]


def test_one_device_holds_one_batch_slot_and_cannot_starve_another(hq_db_url: str) -> None:
    with ControlRoom(hq_db_url, max_concurrent_batches=3) as hq:
        greedy, other = hq.enroll(), hq.enroll()
        with ThreadPoolExecutor(max_workers=3) as pool:
            with _database_write_lock(hq.db_url):
                # Two batches of one device at once: one takes a slot and waits on the lock,
                # the other is turned away at once; the other device still gets a slot.
                mine = [pool.submit(post_batch, hq, greedy, batch(greedy, [record(crossing())]))
                        for _ in range(2)]
                done, _ = wait(mine, timeout=20, return_when=FIRST_COMPLETED)
                theirs = pool.submit(post_batch, hq, other, batch(other, [record(crossing())]))
            answers = sorted((future.result(timeout=30) for future in mine),
                             key=lambda answer: answer.status_code)
            their_answer = theirs.result(timeout=30)

    assert len(done) == 1
    applied, refused = answers
    assert statuses(applied) == ["accepted"] and statuses(their_answer) == ["accepted"]
    assert (refused.status_code, refused.headers["Retry-After"]) == (429, "2")
    assert refused.json()["code"] == "device_busy"
