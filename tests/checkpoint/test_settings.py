"""Changing the checkpoint's settings (IT admin): checked, stored, audited, seen at once."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from checkpoint import outbox
from checkpoint.entries import PersonEntry
from checkpoint.errors import PermissionDenied, ValidationError
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.models import AuditEntry, Crossing
from checkpoint.records import record_household
from checkpoint.settings import sync_settings, update_settings
from checkpoint.users import add_user
from tests.support.sites import ADMIN_PASSWORD


def _last_audit(ledger: Ledger) -> tuple[int, str, dict]:
    with ledger.reading() as session:
        entry = session.execute(
            select(AuditEntry).order_by(AuditEntry.seq.desc())).scalars().first()
        return entry.seq, entry.action, json.loads(entry.details)


def test_settings_change_is_stored_audited_and_seen_at_once(admin: Ledger,
                                                           db_path: Path) -> None:
    changed = update_settings(admin, timezone=" Asia/Kabul ", idle_lock_minutes=0,
                              retention_days=90)
    assert changed == ["idle_lock_minutes", "retention_days", "timezone"]
    assert (admin.settings.timezone, admin.settings.idle_lock_minutes,
            admin.settings.retention_days) == ("Asia/Kabul", 0, 90)
    assert str(admin.settings.zone) == "Asia/Kabul"
    seq, action, details = _last_audit(admin)
    assert action == "settings"
    assert details == {"changed": changed}  # which keys, never the values
    # Setting the same values again changes (and audits) nothing.
    assert update_settings(admin, idle_lock_minutes=0, timezone="Asia/Kabul") == []
    assert _last_audit(admin)[0] == seq
    reopened = open_ledger(db_path, "admin", ADMIN_PASSWORD)
    try:
        assert (reopened.settings.timezone, reopened.settings.idle_lock_minutes,
                reopened.settings.retention_days) == ("Asia/Kabul", 0, 90)
    finally:
        reopened.close()


@pytest.mark.parametrize(("values", "field", "code"), [
    ({"timezone": "Asia/Peshawar"}, "timezone", "unknown_timezone"),
    ({"timezone": "  "}, "timezone", "required"),
    ({"idle_lock_minutes": -1}, "idle_lock_minutes", "out_of_range"),
    ({"idle_lock_minutes": 241}, "idle_lock_minutes", "out_of_range"),
    ({"retention_days": 29}, "retention_days", "out_of_range"),
    ({"retention_days": 3651}, "retention_days", "out_of_range"),
])
def test_bad_values_change_nothing(admin: Ledger, values: dict, field: str, code: str) -> None:
    before = admin.settings
    with pytest.raises(ValidationError) as refused:
        # A good value beside the bad one is not written either.
        update_settings(admin, **{"retention_days": 400, "idle_lock_minutes": 30, **values})
    assert (refused.value.field, refused.value.code) == (field, code)
    assert admin.settings is before
    assert _last_audit(admin)[1] != "settings"


def test_limits_are_accepted(admin: Ledger) -> None:
    update_settings(admin, idle_lock_minutes=240, retention_days=30)
    assert (admin.settings.idle_lock_minutes, admin.settings.retention_days) == (240, 30)
    update_settings(admin, retention_days=3650)
    assert admin.settings.retention_days == 3650


def test_only_an_it_admin_changes_settings(admin: Ledger, db_path: Path) -> None:
    add_user(admin, "lead", "shift_lead", "first-pass-1")
    lead = open_ledger(db_path, "lead", "first-pass-1")
    try:
        with pytest.raises(PermissionDenied):
            update_settings(lead, idle_lock_minutes=5)
    finally:
        lead.close()
    assert admin.settings.idle_lock_minutes == 10


def test_a_time_zone_change_affects_only_records_saved_afterwards(admin: Ledger) -> None:
    # 21:30 UTC is the next day in Karachi (UTC+5) but still the same day in UTC.
    moment = datetime(2025, 3, 1, 21, 30, tzinfo=UTC)
    before = record_household(admin, [PersonEntry("Gul", "M", "KP")], crossed_at=moment)[0]
    update_settings(admin, timezone="UTC")
    after = record_household(admin, [PersonEntry("Wali", "M", "KP")], crossed_at=moment)[0]
    with admin.reading() as session:
        days = {uuid: session.get(Crossing, uuid).local_day for uuid in (before, after)}
    assert days[before].isoformat() == "2025-03-02"
    assert days[after].isoformat() == "2025-03-01"


def _rows(ledger: Ledger) -> dict[str, str]:
    with ledger.reading() as session:
        rows = session.execute(text("SELECT key, value FROM setting"))
        return {key: value for key, value in rows}


def test_enrollment_stores_the_device_id_once(admin: Ledger) -> None:
    outbox.save_enrollment(admin, hq_url="https://hq.example", hq_id="hq-1", token="t0ken",
                           pin=None)
    rows = _rows(admin)
    assert list(rows.values()).count(admin.settings.database_id) == 1
    settings = sync_settings(admin)
    assert settings.enrolled and settings.device_id == admin.settings.database_id
    assert (settings.hq_url, settings.token, settings.cursor) == ("https://hq.example", "t0ken",
                                                                  "")


def test_an_old_database_with_the_device_id_twice_keeps_one_after_opening(
        admin: Ledger, db_path: Path) -> None:
    # What enrollment wrote before the device id was stored once.
    outbox.save_enrollment(admin, hq_url="https://hq.example", hq_id="hq-1", token="t0ken",
                           pin=None)
    with admin.writing() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES ('sync.device_id', :id)"),
                        {"id": admin.settings.database_id})
    database_id = admin.settings.database_id
    admin.close()

    reopened = open_ledger(db_path, "admin", ADMIN_PASSWORD)
    try:
        assert "sync.device_id" not in _rows(reopened)
        assert sync_settings(reopened).device_id == database_id == outbox.device_id(reopened)
        assert sync_settings(reopened).enrolled
    finally:
        reopened.close()
