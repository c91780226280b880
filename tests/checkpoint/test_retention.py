"""Retention on the device (DESIGN §2.5; issue 9 "Not built yet: retention").

A real device database syncs with the real control room on loopback (SQLite); then the purge
runs and the test reads the whole database back with plain SQL, the way someone holding the
key would, looking for any personal value that should be gone.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from checkpoint import audit, outbox
from checkpoint.complaints import take_complaint
from checkpoint.csv_export import export_crossings
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.errors import PermissionDenied, ValidationError
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.records import correct_crossing, get_crossing, record_household, void_crossing
from checkpoint.retention import PurgeReport, last_purge, purge, purge_when_due
from checkpoint.search import CrossingFilter, search_crossings
from checkpoint.tally import tally
from checkpoint.users import add_user
from contract.errors import ErrorCode
from tests.support.controlroom import ControlRoom
from tests.support.devices import FIRST_DAY, enrolled, until_done

# Recorded on the device before it syncs, so HQ holds them: old enough for any retention.
OLD_NAME, OLD_FATHER, OLD_NUMBER = "Gulalai Wardaki", "Sher Wardaki", "AB1234567"
OLD_BIRTH = date(1990, 6, 15)
OLD_AT = datetime(2025, 4, 3, 8, tzinfo=UTC)
# Old as well, but recorded after the last sync: HQ does not hold it.
UNSYNCED_NAME = "Zarmina Unsent"


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[ControlRoom]:
    with ControlRoom(f"sqlite:///{tmp_path / 'hq.db'}") as room:
        yield room


def _person(name: str, father: str, number: str, *, birth: date | None = None) -> PersonEntry:
    return PersonEntry(full_name=name, father_name=father, full_name_native="گلالۍ",
                       sex="F", origin_province="PK-KP", origin_district="Peshawar",
                       birth_date=birth, age_years=None if birth else 30,
                       vrf_number="VRF-77812", remarks="travels with her mother",
                       documents=[DocumentEntry("por", number, expiry=date(2026, 12, 31),
                                                result="verified")])


@pytest.fixture
def synced(device: Ledger, hq: ControlRoom) -> Ledger:
    """The device with an old crossing (birth date, document, remarks) corrected once and an
    old complaint about it, all synced to HQ."""
    [uuid] = record_household(device, [_person(OLD_NAME, OLD_FATHER, OLD_NUMBER,
                                                birth=OLD_BIRTH)], crossed_at=OLD_AT)
    correct_crossing(device, uuid, {"remarks": "travels with her mother and son"},
                     reason="Gulalai said her son travels too")
    complaint = take_complaint(device, "delay", "Gulalai was kept waiting two days",
                               contact="+92 333 7654321", crossing_uuid=uuid)
    with device.writing() as session:  # taken long ago (the core stamps it now)
        session.execute(text("UPDATE complaint SET taken_at = :at WHERE uuid = :uuid"),
                        {"at": OLD_AT.replace(tzinfo=None), "uuid": complaint})
    until_done(enrolled(device, hq))
    return device


def _everything(ledger: Ledger) -> str:
    """Every value of every table, as text: what someone with the key could read."""
    with ledger.reading() as session:
        tables = session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
        return "\n".join(repr(tuple(row)) for table in tables
                         for row in session.execute(text(f'SELECT * FROM "{table}"')))


def _closeout_hashes(ledger: Ledger) -> list[tuple[str, str]]:
    with ledger.reading() as session:
        return [tuple(row) for row in session.execute(text(
            "SELECT day, tally_hash FROM day_closeout ORDER BY day"))]


def _old_crossing(ledger: Ledger, name: str) -> str:
    [row] = search_crossings(ledger, CrossingFilter(text=name))
    return row.uuid


def test_purge_removes_personal_fields_hq_holds_and_keeps_every_count(synced: Ledger) -> None:
    ledger = synced
    old = _old_crossing(ledger, OLD_NAME)
    record_household(ledger, [PersonEntry(full_name=UNSYNCED_NAME, sex="F",
                                          origin_province="PK-BA", age_years=40)],
                     crossed_at=OLD_AT)
    days = (FIRST_DAY, OLD_AT.date())
    tally_before = tally(ledger, *days)
    closeouts_before = _closeout_hashes(ledger)
    pending_before = outbox.pending_counts(ledger)
    before = _everything(ledger)
    assert OLD_NAME in before and OLD_NUMBER in before and "Peshawar" in before

    report = purge(ledger)

    # 60 demo crossings, the corrected one and the old complaint (the demo's is from today).
    assert report.as_json() == {"purged": 62, "kept_unsynced": 1}
    after = _everything(ledger)
    for gone in (OLD_NAME, OLD_FATHER, "gulalai", "wardaki", "گلالۍ", OLD_NUMBER,
                 "Peshawar", "VRF-77812", "travels with her mother", "her son travels too",
                 OLD_BIRTH.isoformat(), "2026-12-31", "kept waiting", "+92 333 7654321"):
        assert gone not in after, gone
    assert UNSYNCED_NAME in after  # HQ does not hold it yet
    assert "Waited two days at the gate" in after  # the demo's complaint, taken today
    assert tally(ledger, *days) == tally_before
    assert _closeout_hashes(ledger) == closeouts_before
    assert outbox.pending_counts(ledger) == pending_before  # nothing new to send
    with ledger.reading() as session:
        checked, broken = audit.verify(session)
        entry = session.execute(text("SELECT actor, action, details FROM audit_entry "
                                     "ORDER BY seq DESC LIMIT 1")).one()
    assert broken is None and checked > 0
    assert (entry.actor, entry.action) == ("admin", "purge")
    assert json.loads(entry.details) == {"complaints": 1, "crossings": 61, "kept_unsynced": 1,
                                         "older_than_days": 365, "scheduled": False}
    # The age band held because the birth date became the age on the day of crossing.
    detail = get_crossing(ledger, old)
    assert detail.crossing.birth_date is None and detail.crossing.age_years == 34
    assert detail.crossing.purged_at is not None


def test_purged_records_show_in_search_history_and_export(synced: Ledger,
                                                          tmp_path: Path) -> None:
    ledger = synced
    old = _old_crossing(ledger, OLD_NAME)
    purge(ledger)

    assert search_crossings(ledger, CrossingFilter(text=OLD_NAME)) == []
    assert search_crossings(ledger, CrossingFilter(text=OLD_NUMBER)) == []
    [row] = [r for r in search_crossings(ledger, CrossingFilter(date_from=OLD_AT.date(),
                                                                date_to=OLD_AT.date()))
             if r.uuid == old]
    assert row.purged_at is not None and row.full_name == "" and row.checks[0].number == ""
    history = get_crossing(ledger, old).entries
    assert [entry.action for entry in history] == ["create", "correct"]
    assert all(entry.reason == "" for entry in history)
    assert [change.field for change in history[1].changes] == []  # both remarks are gone
    exported = tmp_path / "export.csv"
    export_crossings(ledger, OLD_AT.date(), OLD_AT.date(), exported)
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and "(purged)" in lines[1] and OLD_NAME not in lines[1]


def test_a_purged_record_cannot_be_corrected_or_voided(synced: Ledger) -> None:
    ledger = synced
    old = _old_crossing(ledger, OLD_NAME)
    purge(ledger)
    for change in (lambda: correct_crossing(ledger, old, {"remarks": "x"}, reason="typo"),
                   lambda: void_crossing(ledger, old, "duplicate")):
        with pytest.raises(ValidationError) as refused:
            change()
        assert refused.value.code == ErrorCode.PURGED
    assert get_crossing(ledger, old).crossing.revision == 2


def test_the_daily_purge_runs_whoever_is_signed_in_once_a_day(synced: Ledger) -> None:
    add_user(synced, "clerk", "clerk", password="clerk-pass-1")
    clerk = open_ledger(synced.path, "clerk", "clerk-pass-1")
    try:
        with pytest.raises(PermissionDenied):
            purge(clerk)  # choosing what and when to purge is the IT admin's
        first = purge_when_due(clerk)
        assert first is not None and first.purged == 62
        assert purge_when_due(clerk) is None  # ran less than a day ago
        last = last_purge(clerk)
        assert last is not None and last.report == first and last.older_than_days == 365
        assert datetime.now(UTC) - last.at < timedelta(minutes=5)
        with clerk.reading() as session:
            actor, details = session.execute(text(
                "SELECT actor, details FROM audit_entry WHERE action = 'purge'")).one()
        assert actor == "clerk" and json.loads(details)["scheduled"] is True
        with clerk.writing() as session:  # a last run dated ahead cannot put it off
            session.execute(text("UPDATE setting SET value = '2999-01-01T00:00:00+00:00' "
                                 "WHERE key = 'retention.last_run'"))
        assert purge_when_due(clerk) == PurgeReport(0, 0)
    finally:
        clerk.close()


def test_older_than_is_the_it_admins_choice_within_bounds(synced: Ledger) -> None:
    with pytest.raises(ValidationError) as refused:
        purge(synced, -1)
    assert refused.value.code == ErrorCode.OUT_OF_RANGE
    # Far back: nothing is that old, so nothing is purged.
    assert purge(synced, 3650).as_json() == {"purged": 0, "kept_unsynced": 0}
    assert OLD_NAME in _everything(synced)


def test_after_the_purge_sync_sends_no_record_again(synced: Ledger, hq: ControlRoom) -> None:
    purge(synced)
    batch = outbox.next_batch(synced, max_records=200, max_bytes=1 << 20)
    assert batch.records == []
