"""Roles are bound by grants (issue 9, item 2): a user row edited behind the app's back, through
SQLCipher with the editor's own slot, is refused at sign-in and audited, even when the editor
signs it again with a key of their own making; old databases and version 1 key files still open
and their users get version 2 slots."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from checkpoint.errors import GrantInvalid, GrantKeyMissing
from checkpoint.grants import GrantKey, sign_grant
from checkpoint.keyslots import KeySlots, keyfile_path
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.models import AuditEntry, User
from checkpoint.permissions import Action, Role
from checkpoint.settings import (
    DEFAULT_IDLE_LOCK_MINUTES,
    DEFAULT_RETENTION_DAYS,
    SettingKey,
    sync_settings,
)
from checkpoint.users import add_user, list_users
from contract.errors import ErrorCode
from tests.checkpoint.test_migrations import DATA, PASSWORD
from tests.support.insider import insider_engine
from tests.support.sites import PASSWORDS, copy_database


def as_insider(db_path: Path, username: str, statement: str, *params: object) -> None:
    """One statement (``?`` parameters) run by ``username`` straight into the database."""
    with insider_engine(db_path, username, PASSWORDS[username]) as engine, \
            engine.begin() as connection:
        connection.exec_driver_sql(statement, params)


def audit_actions(ledger: Ledger, action: str) -> list[str]:
    with ledger.reading() as session:
        return list(session.execute(select(AuditEntry.target).where(
            AuditEntry.action == action).order_by(AuditEntry.seq)).scalars())


def test_a_clerk_who_promotes_themself_is_refused_and_audited(staff: dict[str, Ledger],
                                                              db_path: Path) -> None:
    as_insider(db_path, "clerk", "UPDATE user SET role = 'it_admin' WHERE username = 'clerk'")

    with pytest.raises(GrantInvalid) as refused:
        open_ledger(db_path, "clerk", PASSWORDS["clerk"])
    assert "could not be verified" in str(refused.value)

    admin = staff["admin"]
    assert audit_actions(admin, "grant_invalid") == ["clerk"]  # once, naming only the user
    shown = {user.username: user for user in list_users(admin)}
    assert not shown["clerk"].role_verified
    assert shown["lead"].role_verified and shown["admin"].role_verified


def test_a_row_signed_again_with_a_key_of_ones_own_is_caught_by_everyone_else(
        staff: dict[str, Ledger], db_path: Path) -> None:
    # The clerk makes a grant key, trusts it in their own slot (they know their password),
    # writes it into the key file and grants themself IT admin with it.
    forged = GrantKey.generate()
    keys = KeySlots.load(keyfile_path(db_path)).open_slot("clerk", PASSWORDS["clerk"]).keys
    assert keys is not None
    with KeySlots.changing(keyfile_path(db_path)) as slots:
        slots.reseal("clerk", PASSWORDS["clerk"], keys.trusting(forged.public_key))
        slots.grant_public = forged.public_key
        database_id = slots.database_id
    row = User(username="clerk", role=Role.IT_ADMIN.value, active=True,
               sign_public=keys.signer.public_key, box_public=keys.box_public)
    sign_grant(forged, database_id, row)
    as_insider(db_path, "clerk", "UPDATE user SET role = 'it_admin', grant_signature = ? "
               "WHERE username = 'clerk'", row.grant_signature)

    lead = staff["lead"]  # anyone else: their slot trusts the real grant key
    assert audit_actions(lead, "grant_invalid")[-1] == "clerk"
    assert lead.actor.role is Role.SHIFT_LEAD
    shown = {user.username: user.role_verified for user in list_users(staff["admin"])}
    assert shown == {"admin": True, "clerk": False, "clerk2": True, "lead": True}


def test_an_it_admin_whose_own_row_was_tampered_with_may_still_sign_in_to_repair(
        staff: dict[str, Ledger], db_path: Path) -> None:
    as_insider(db_path, "lead", "UPDATE user SET role = 'clerk' WHERE username = 'admin'")
    admin = staff["admin"]
    assert admin.actor.may(Action.MANAGE_USERS)  # by the grant key their slot holds
    assert audit_actions(admin, "grant_invalid") == ["admin"]


def test_hq_settings_changed_behind_the_app_stop_sync_until_an_admin_saves_them(
        staff: dict[str, Ledger], db_path: Path) -> None:
    as_insider(db_path, "clerk", "INSERT INTO setting (key, value) VALUES (?, ?)",
               SettingKey.HQ_URL.value, "https://elsewhere.example")
    lead = staff["lead"]
    assert not lead.settings_verified
    assert not sync_settings(lead).verified
    assert audit_actions(lead, "settings_invalid") == [""]


def test_a_lock_switched_off_or_a_longer_retention_written_outside_does_not_apply(
        staff: dict[str, Ledger], db_path: Path) -> None:
    for key, value in ((SettingKey.IDLE_LOCK_MINUTES, "0"), (SettingKey.RETENTION_DAYS, "3650")):
        as_insider(db_path, "clerk", "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                   key.value, value)
    lead = staff["lead"]
    assert not lead.settings_verified
    assert lead.settings.idle_lock_minutes == DEFAULT_IDLE_LOCK_MINUTES
    assert lead.settings.retention_days == DEFAULT_RETENTION_DAYS


def test_old_databases_open_and_their_users_get_version_2_slots(tmp_path: Path) -> None:
    old = DATA / "schema-0007.db"
    copy = tmp_path / "old.db"
    copy_database(old, copy)
    assert KeySlots.load(keyfile_path(copy)).public_keys("clerk") is None  # version 1

    clerk = open_ledger(copy, "clerk", PASSWORD)  # before any grant key: trusted as stored
    assert clerk.actor.role is Role.CLERK
    clerk.close()
    admin = open_ledger(copy, "admin", PASSWORD)  # the first IT admin makes the grant key
    assert admin.grant_key is not None
    assert all(user.role_verified for user in list_users(admin))
    admin.close()
    clerk = open_ledger(copy, "clerk", PASSWORD)
    assert clerk.trusted_grant_public == admin.grant_key.public_key
    assert clerk.signer is not None
    clerk.close()

    slots = KeySlots.load(keyfile_path(copy))
    assert slots.public_keys("clerk") is not None and slots.public_keys("admin") is not None
    assert slots.has_grant_key("admin") and not slots.has_grant_key("clerk")
    admin = open_ledger(copy, "admin", PASSWORD)
    with admin.reading() as session:
        keyed = session.execute(text("SELECT count(*) FROM user WHERE grant_signature "
                                     "IS NOT NULL AND sign_public IS NOT NULL")).scalar_one()
    admin.close()
    assert keyed == 2


def test_an_it_admin_without_the_grant_key_gets_it_at_another_admins_sign_in(
        staff: dict[str, Ledger], db_path: Path) -> None:
    add_user(staff["admin"], "admin2", "it_admin", "admin2-pass-1")
    # As an IT admin upgraded after the grant key was made has it: a slot without it.
    with KeySlots.changing(keyfile_path(db_path)) as slots:
        del slots.slots["admin2"]["grant_key"]
    admin2 = open_ledger(db_path, "admin2", "admin2-pass-1")
    with pytest.raises(GrantKeyMissing) as refused:
        add_user(admin2, "clerk3", "clerk", "clerk3-pass-1")
    assert refused.value.code == ErrorCode.GRANT_KEY_MISSING
    admin2.close()

    open_ledger(db_path, "admin", PASSWORDS["admin"]).close()  # holds it, shares it

    assert KeySlots.load(keyfile_path(db_path)).has_grant_key("admin2")
    admin2 = open_ledger(db_path, "admin2", "admin2-pass-1")
    add_user(admin2, "clerk3", "clerk", "clerk3-pass-1")
    assert {u.username: u.role_verified for u in list_users(admin2)}["clerk3"]
    admin2.close()
