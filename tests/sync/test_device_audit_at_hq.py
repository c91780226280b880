"""A real device and the real control room (issue 9, item 3): what an insider does to the
device's audit log after or before it synced is flagged at HQ, a restore is reported as a
restore, and a normal day stays intact on both ends."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from checkpoint.audit import ChainBreak
from checkpoint.audit_anchor import check_audit, hq_head, read_anchors
from checkpoint.backup import backup, restore
from checkpoint.database import make_engine
from checkpoint.entries import PersonEntry
from checkpoint.keyslots import KeySlots, keyfile_path
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.records import correct_crossing, record_household
from contract.errors import ErrorCode
from sync.client import SyncClient
from tests.checkpoint_admin.test_verify_audit_anchors import recompute_rows
from tests.support.controlroom import ControlRoom
from tests.support.devices import PASSWORD, enrolled, until_done
from tests.support.insider import run_as_insider
from tests.sync.payloads import device_health


def person(name: str) -> PersonEntry:
    return PersonEntry(full_name=name, sex="M", age_years=25, origin_province="PK-KP")


def signing(device: Ledger) -> None:
    """The admin signs with their own key, as sign-in took it from their slot."""
    assert device.signer is not None


def sql(path: Path, *statements: str) -> None:
    """The insider: the data key from a password and the key file, SQL straight in."""
    run_as_insider(path, "admin", PASSWORD, *statements)


def local_problem(ledger: Ledger) -> ChainBreak | None:
    with ledger.reading() as session:
        return check_audit(session, read_anchors(ledger.keyfile))[1]


def audit_state(hq: ControlRoom, ledger: Ledger) -> tuple[str, str]:
    health = device_health(hq, ledger.settings.database_id)
    return health["audit_status"], health["audit_problem"]


def test_a_normal_day_stays_intact_on_the_device_and_at_hq(device: Ledger,
                                                          controlroom: ControlRoom) -> None:
    signing(device)
    client = enrolled(device, controlroom)
    until_done(client)
    saved = record_household(device, [person("Day Person")])
    correct_crossing(device, saved[0], {"age_years": 26}, reason="misread")
    until_done(client)
    device.close()  # sign out: the admin's anchor is left
    again = open_ledger(device.path, "admin", PASSWORD)
    try:
        until_done(SyncClient(again))
        assert local_problem(again) is None
        with again.reading() as session:
            assert hq_head(session) is not None
        assert audit_state(controlroom, again) == ("intact", "")
    finally:
        again.close()


def test_a_chain_cut_short_after_it_synced_is_flagged(device: Ledger,
                                                       controlroom: ControlRoom) -> None:
    signing(device)
    until_done(enrolled(device, controlroom))
    device.close()
    sql(device.path, "DELETE FROM audit_entry WHERE seq > (SELECT max(seq) - 3 "
                     "FROM audit_entry)")
    # A thorough insider also drops every anchor from the key file: only HQ is left.
    with KeySlots.changing(keyfile_path(device.path)) as slots:
        slots.anchors.clear()
    again = open_ledger(device.path, "admin", PASSWORD)
    try:
        broken = local_problem(again)
        assert broken is not None and broken.code == ErrorCode.AUDIT_BEHIND_HQ
        SyncClient(again).sync_once()
        status, problem = audit_state(controlroom, again)
    finally:
        again.close()
    assert status == "rewritten"
    assert "its log was rolled back or rewritten after it was sent" in problem


def test_a_chain_rewritten_after_it_synced_and_hidden_is_flagged(
        device: Ledger, controlroom: ControlRoom) -> None:
    until_done(enrolled(device, controlroom))
    device.close()
    # Entry 5 edited and every hash after it recomputed (the ones HQ holds stay marked as
    # sent, so they are not sent again), anchors dropped.
    engine = make_engine(device.path, KeySlots.load(keyfile_path(device.path))
                         .unlock("admin", PASSWORD))
    try:
        with engine.begin() as connection:
            recompute_rows(connection, 5)
    finally:
        engine.dispose()
    with KeySlots.changing(keyfile_path(device.path)) as slots:
        slots.anchors.clear()
    again = open_ledger(device.path, "admin", PASSWORD)
    try:
        SyncClient(again).sync_once()
        status, problem = audit_state(controlroom, again)
        broken = local_problem(again)  # HQ's acknowledged entry is told back to the device
    finally:
        again.close()
    assert status == "rewritten"
    assert problem.endswith("HQ holds: the device's log was rewritten after it was sent")
    # Locally the recomputed entries' signatures fail first (the admin signed them); with
    # those forged too, HQ's acknowledged entry would still not match.
    assert broken is not None and broken.code in (ErrorCode.AUDIT_BAD_SIGNATURE,
                                                  ErrorCode.AUDIT_DIFFERS_FROM_HQ)


def test_entries_deleted_before_they_synced_are_flagged_through_the_anchor(
        device: Ledger, controlroom: ControlRoom) -> None:
    signing(device)
    until_done(enrolled(device, controlroom))
    for name in ("First Late", "Second Late", "Third Late"):
        record_household(device, [person(name)])
    device.close()  # the admin's anchor names the last of them; none was sent
    anchored = KeySlots.load(keyfile_path(device.path)).anchors["admin"]["seq"]
    sql(device.path, f"DELETE FROM audit_entry WHERE seq > {anchored - 3}")
    again = open_ledger(device.path, "admin", PASSWORD)
    try:
        broken = local_problem(again)
        until_done(SyncClient(again))
        status, problem = audit_state(controlroom, again)
    finally:
        again.close()
    assert broken is not None and broken.code == ErrorCode.AUDIT_TRUNCATED
    assert status == "rolled_back"
    assert problem.startswith(f"admin's anchor names audit entry {anchored}, but the device's "
                              "log now ends at entry")
    assert problem.endswith("entries were deleted before they were sent")


def test_a_restore_is_reported_as_a_restore_not_as_tampering(
        device: Ledger, controlroom: ControlRoom, tmp_path: Path) -> None:
    signing(device)
    client = enrolled(device, controlroom)
    until_done(client)
    saved = tmp_path / "saved.db"
    backup(device, saved)
    with device.reading() as session:
        restored_to = int(session.execute(text("SELECT max(seq) FROM audit_entry"))
                          .scalar_one()) - 1  # the backup's own entry came after the copy
    record_household(device, [person("After Backup")])
    until_done(client)
    device.close()

    restore(saved, device.path, "admin", PASSWORD)
    again = open_ledger(device.path, "admin", PASSWORD)
    try:
        until_done(SyncClient(again))
        status, problem = audit_state(controlroom, again)
        broken = local_problem(again)
    finally:
        again.close()
    assert (status, problem) == (
        "restored", f"restored from a backup at audit entry {restored_to}; the entries HQ "
        "held after it are kept apart for IT to check")
    assert broken is None
