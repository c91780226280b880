"""The national tally (DESIGN §7) and close-out reconciliation (DESIGN §4)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import select

from checkpoint.crossing import CrossingRecord
from checkpoint.demo import make_demo_data
from checkpoint.ledger import create_ledger
from checkpoint.models import Crossing as LedgerCrossing
from checkpoint.models import DocumentCheck
from checkpoint.records import void_crossing
from checkpoint.tally import tally
from contract.canonical import canonical_json
from tests.support.controlroom import ControlRoom
from tests.sync.payloads import (
    DAY,
    batch,
    closeout,
    crossing,
    device_health,
    national_tally,
    new_uuid,
    post_batch,
    record,
    statuses,
)


def _varied(checkpoint: str, day: date) -> list[dict[str, Any]]:
    """Crossings that exercise every breakdown: ages and birth dates, several documents or
    none, vulnerabilities, no return type, a voided one, households of several people."""
    family = new_uuid()
    return [
        crossing(checkpoint, day=day, household=family, age=41, vulnerabilities=[
            "female_headed_household"]),
        crossing(checkpoint, day=day, household=family, sex="F", age=None,
                 birth_date=date(2015, day.month, day.day), documents=[]),
        crossing(checkpoint, day=day, household=family, sex="F", age=None,
                 birth_date=date(1960, 1, 1), vulnerabilities=["older_person_at_risk",
                                                               "disability"]),
        crossing(checkpoint, day=day, age=None, return_type=None, province="PK-BA",
                 documents=[{"document_type": "acc", "result": "expired"},
                            {"document_type": "passport", "result": "verified"},
                            {"document_type": "acc", "result": "mismatch"}]),
        crossing(checkpoint, day=day, age=17, return_type="deported", province="PK-SD",
                 documents=[{"document_type": "tazkira", "result": None}]),
        crossing(checkpoint, day=day, voided=True),
    ]


def test_hq_counts_a_checkpoint_by_the_tally_rules(controlroom: ControlRoom) -> None:
    device = controlroom.enroll("TORKHAM")
    crossings = _varied("TORKHAM", DAY)

    statuses(post_batch(controlroom, device, batch(device, [record(c) for c in crossings])))

    hq = national_tally(controlroom, DAY, checkpoint="TORKHAM")
    assert hq == {
        "checkpoint": "TORKHAM", "from": DAY.isoformat(), "to": DAY.isoformat(), "total": 5,
        "households": 3, "by_checkpoint": {"TORKHAM": 5},
        "by_origin_province": {"PK-BA": 1, "PK-KP": 3, "PK-SD": 1},
        "by_document_type": {"acc": 1, "none": 1, "passport": 1, "por": 2, "tazkira": 1},
        "by_check_result": {"expired": 1, "mismatch": 1, "verified": 3},
        "by_sex": {"F": 2, "M": 3},
        "by_age_band": {"0-17": 2, "18-59": 1, "60+": 1, "unknown": 1},
        "by_return_type": {"deported": 1, "unknown": 1, "voluntary": 3},
        "by_vulnerability": {"disability": 1, "female_headed_household": 1,
                             "older_person_at_risk": 1},
        "by_warning_overridden": {}}
    for key in ("by_origin_province", "by_sex", "by_age_band", "by_return_type"):
        assert sum(hq[key].values()) == hq["total"], key


def test_hq_tallies_a_real_ledgers_records_as_the_ledger_does(
        controlroom: ControlRoom, tmp_path: Path) -> None:
    ledger = create_ledger(tmp_path / "torkham.db", checkpoint="TORKHAM", admin="admin",
                           password="admin-pass-1")
    try:
        make_demo_data(ledger, DAY, 2, 60)
        with ledger.reading() as session:
            first_two = session.execute(select(LedgerCrossing.uuid).limit(2)).scalars().all()
        for uuid in first_two:  # a voided household member changes the counts
            void_crossing(ledger, uuid, "entered twice")
        with ledger.reading() as session:
            sent = []
            for person in session.execute(select(LedgerCrossing)).scalars():
                checks = session.execute(select(DocumentCheck).where(
                    DocumentCheck.crossing_uuid == person.uuid)).scalars().all()
                data = {"local_day": person.local_day, **CrossingRecord.of(person, checks).data()}
                sent.append(record(json.loads(canonical_json(data)), revision=person.revision))
        device = controlroom.enroll()
        assert set(statuses(post_batch(controlroom, device, batch(device, sent)))) == {
            "accepted"}

        for start, end in ((DAY, DAY), (DAY, DAY + timedelta(days=1))):
            at_hq = national_tally(controlroom, start, end, checkpoint="TORKHAM")
            at_hq.pop("by_checkpoint")
            assert at_hq == tally(ledger, start, end)
    finally:
        ledger.close()


def test_the_national_tally_is_the_sum_of_the_checkpoints(controlroom: ControlRoom) -> None:
    torkham, chaman = controlroom.enroll("TORKHAM"), controlroom.enroll("CHAMAN")
    next_day = DAY + timedelta(days=1)
    for device in (torkham, chaman):
        records = [record(c) for c in _varied(device.checkpoint, DAY)
                   + _varied(device.checkpoint, next_day)]
        statuses(post_batch(controlroom, device, batch(device, records)))
    moved = crossing("CHAMAN", day=DAY)  # corrected on the device: it crossed the next day
    post_batch(controlroom, chaman, batch(chaman, [record(moved)]))
    post_batch(controlroom, chaman, batch(chaman, [
        record({**moved, "local_day": next_day.isoformat()}, revision=2)]))

    national = national_tally(controlroom, DAY, next_day)
    parts = [national_tally(controlroom, DAY, next_day, checkpoint=code)
             for code in ("TORKHAM", "CHAMAN")]

    assert national["checkpoint"] == "ALL"
    assert national["by_checkpoint"] == {"CHAMAN": 11, "TORKHAM": 10}
    assert national["total"] == sum(part["total"] for part in parts) == 21
    assert national["households"] == sum(part["households"] for part in parts) == 13
    for key in ("by_origin_province", "by_document_type", "by_check_result", "by_sex",
                "by_age_band", "by_return_type", "by_vulnerability"):
        summed: Counter[str] = Counter()
        for part in parts:
            summed.update(part[key])
        assert national[key] == {name: n for name, n in sorted(summed.items())
                                 if n or key == "by_age_band"}, key
    assert national_tally(controlroom, DAY)["by_checkpoint"] == {"CHAMAN": 5, "TORKHAM": 5}
    assert national_tally(controlroom, next_day)["by_checkpoint"] == {"CHAMAN": 6,
                                                                      "TORKHAM": 5}


def test_a_close_out_reconciles_once_hq_holds_every_record(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    crossings = [crossing(day=DAY) for _ in range(5)]
    day_closed = closeout("TORKHAM", DAY, total=5)

    statuses(post_batch(controlroom, device, batch(device, [
        record(c) for c in crossings[:3]] + [record(day_closed, kind="closeout")])))

    (missing,) = device_health(controlroom, device.device_id)["closeouts"]
    assert (missing["day"], missing["frozen_total"], missing["held"], missing["missing"],
            missing["reconciled"]) == (DAY.isoformat(), 5, 3, 2, False)

    statuses(post_batch(controlroom, device, batch(device, [record(c) for c in crossings[3:]])))

    (reconciled,) = device_health(controlroom, device.device_id)["closeouts"]
    assert (reconciled["held"], reconciled["missing"], reconciled["reconciled"],
            reconciled["tally_hash_matches"]) == (5, 0, True, True)


def test_the_staff_api_needs_a_staff_token_and_refuses_the_shared_one_once_unset(
        controlroom: ControlRoom) -> None:
    wrong = requests.get(controlroom.url("/control/devices"), timeout=10,
                         headers={"Authorization": "Bearer guess"})
    device = controlroom.enroll()
    as_device = requests.get(controlroom.url("/control/devices"), headers=device.headers,
                             timeout=10)
    reversed_range = requests.get(controlroom.url("/control/tally"), headers=(
        controlroom.admin_headers), params={"from": "2025-04-02", "to": "2025-04-01"},
        timeout=10)
    shared = controlroom.admin_headers
    controlroom.settings.admin_token = None  # the same server, restarted without the shared one
    controlroom.restart()
    off = requests.get(controlroom.url("/control/devices"), headers=shared, timeout=10)
    staff = requests.get(controlroom.url("/control/devices"), timeout=10,
                         headers=controlroom.staff_headers("viewer"))

    assert (wrong.status_code, as_device.status_code) == (401, 401)
    assert (reversed_range.status_code, reversed_range.json()["code"]) == (400,
                                                                           "range_reversed")
    assert (off.status_code, off.json()["code"]) == (401, "bad_staff_token")
    assert staff.status_code == 200  # staff accounts need no shared token
