"""Creating, unlocking and protecting the encrypted database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from checkpoint import audit, keyslots
from checkpoint.errors import (
    AccountDisabled,
    DatabaseExists,
    DatabaseMissing,
    DatabaseUnreadable,
    LoginThrottled,
    PermissionDenied,
    ValidationError,
    WrongPassword,
)
from checkpoint.keyslots import KeySlots, keyfile_path
from checkpoint.ledger import Ledger, create_ledger, open_ledger
from checkpoint.users import (
    add_user,
    change_own_password,
    disable_user,
    list_users,
    reset_password,
)
from contract.errors import ErrorCode
from tests.support.sites import ADMIN_PASSWORD, PASSWORDS


def test_new_database_is_encrypted_and_reopens(admin: Ledger, db_path: Path) -> None:
    admin.close()
    assert db_path.read_bytes()[:16] != b"SQLite format 3\x00"
    again = open_ledger(db_path, "admin", ADMIN_PASSWORD)
    assert again.settings.checkpoint == "TORKHAM"
    assert again.settings.timezone == "Asia/Karachi"
    assert again.actor.role == "it_admin"
    with again.reading() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    again.close()


def test_wrong_password_is_refused_and_counted(admin: Ledger, db_path: Path) -> None:
    with pytest.raises(WrongPassword) as refused:
        open_ledger(db_path, "admin", "not-the-password")
    assert "password" in str(refused.value).lower()
    assert "not-the-password" not in str(refused.value)
    # The failure is kept until the next sign-in, which writes it to the audit log.
    ledger = open_ledger(db_path, "admin", ADMIN_PASSWORD)
    with ledger.reading() as session:
        actions = session.execute(text("SELECT actor, action FROM audit_entry ORDER BY seq")).all()
    assert ("admin", "login_failed") in actions
    assert actions[-1] == ("admin", "login")
    ledger.close()


def test_repeated_failures_slow_down_sign_in(admin: Ledger, db_path: Path) -> None:
    for _ in range(keyslots.FREE_ATTEMPTS):
        with pytest.raises(WrongPassword):
            open_ledger(db_path, "admin", "guess-guess")
    with pytest.raises(LoginThrottled) as throttled:
        open_ledger(db_path, "admin", ADMIN_PASSWORD)  # even the right password must wait
    assert throttled.value.params["retry_after"] > 0
    slots = KeySlots.load(keyfile_path(db_path))
    later = datetime.now(UTC) + timedelta(seconds=keyslots.FIRST_WAIT_SECONDS + 1)
    assert slots.seconds_to_wait("admin", later) == 0
    assert slots.unlock("admin", ADMIN_PASSWORD, now=later)


def test_unknown_user_gets_the_same_answer_as_a_wrong_password(admin: Ledger,
                                                                db_path: Path) -> None:
    with pytest.raises(WrongPassword) as refused:
        open_ledger(db_path, "my-secret-typed-here", ADMIN_PASSWORD)
    assert str(refused.value) == "User name or password not accepted."
    # What was typed as a user name may be a password: it is not written down.
    assert b"my-secret-typed-here" not in keyfile_path(db_path).read_bytes()


def test_missing_database_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here.db"
    with pytest.raises(DatabaseMissing):
        open_ledger(missing, "admin", ADMIN_PASSWORD)
    assert not missing.exists()
    assert not keyfile_path(missing).exists()


def test_init_refuses_to_overwrite(admin: Ledger, db_path: Path) -> None:
    admin.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseExists):
        create_ledger(db_path, checkpoint="CHAMAN", admin="other", password="other-pass-1")
    assert db_path.read_bytes() == before


def test_missing_or_foreign_key_file_is_a_clear_error(admin: Ledger, db_path: Path,
                                                      tmp_path: Path) -> None:
    admin.close()
    other = create_ledger(tmp_path / "other.db", checkpoint="CHAMAN", admin="admin",
                          password=ADMIN_PASSWORD)
    other.close()
    keys = keyfile_path(db_path)
    keys.rename(tmp_path / "saved.keys")
    with pytest.raises(DatabaseUnreadable, match="key file"):
        open_ledger(db_path, "admin", ADMIN_PASSWORD)
    # Another database's key file: the slot's binding refuses it before SQLCipher is tried.
    keys.write_bytes(keyfile_path(tmp_path / "other.db").read_bytes())
    with pytest.raises((DatabaseUnreadable, WrongPassword)):
        open_ledger(db_path, "admin", ADMIN_PASSWORD)


def test_damaged_database_file_is_reported_not_replaced(admin: Ledger, db_path: Path) -> None:
    admin.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db_path.write_bytes(b"\x00" * 8192)
    with pytest.raises(DatabaseUnreadable):
        open_ledger(db_path, "admin", ADMIN_PASSWORD)
    assert db_path.read_bytes() == b"\x00" * 8192


def test_weak_password_and_bad_user_names_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as short:
        create_ledger(tmp_path / "a.db", checkpoint="TORKHAM", admin="admin", password="short")
    assert short.value.field == "password"
    with pytest.raises(ValidationError) as name:
        create_ledger(tmp_path / "b.db", checkpoint="TORKHAM", admin="bad name!",
                      password=ADMIN_PASSWORD)
    assert name.value.field == "username"
    with pytest.raises(ValidationError) as place:
        create_ledger(tmp_path / "c.db", checkpoint="Atlantis", admin="admin",
                      password=ADMIN_PASSWORD)
    assert "Atlantis" in str(place.value)
    assert not list(tmp_path.iterdir())


def test_users_change_their_first_password(staff: dict[str, Ledger], db_path: Path) -> None:
    admin = staff["admin"]
    add_user(admin, "newclerk", "clerk", "temporary-1")
    first = open_ledger(db_path, "newclerk", "temporary-1")
    assert first.must_change_password
    first.close()
    listed = {u.username: u for u in list_users(admin)}
    assert listed["lead"].role == "shift_lead" and not listed["lead"].must_change_password
    reset_password(admin, "clerk", "temporary-2")
    with pytest.raises(WrongPassword):
        open_ledger(db_path, "clerk", PASSWORDS["clerk"])
    assert open_ledger(db_path, "clerk", "temporary-2").must_change_password


def test_the_password_it_gave_out_cannot_be_kept(staff: dict[str, Ledger],
                                                  db_path: Path) -> None:
    reset_password(staff["admin"], "clerk", "temporary-2")
    clerk = open_ledger(db_path, "clerk", "temporary-2")
    with pytest.raises(ValidationError) as refused:
        change_own_password(clerk, "temporary-2")
    assert refused.value.code == ErrorCode.PASSWORD_UNCHANGED
    assert clerk.must_change_password
    change_own_password(clerk, "clerks-own-pass")
    clerk.close()
    # Comparing was not a failed sign-in: nothing counted, no wait.
    assert KeySlots.load(keyfile_path(db_path)).seconds_to_wait("clerk", datetime.now(UTC)) == 0
    again = open_ledger(db_path, "clerk", "clerks-own-pass")
    assert not again.must_change_password
    again.close()


def test_disabled_user_cannot_sign_in(staff: dict[str, Ledger], db_path: Path) -> None:
    disable_user(staff["admin"], "clerk2")
    with pytest.raises((WrongPassword, AccountDisabled)):
        open_ledger(db_path, "clerk2", PASSWORDS["clerk2"])
    listed = {u.username: u for u in list_users(staff["admin"])}
    assert not listed["clerk2"].active and not listed["clerk2"].can_sign_in


def test_only_it_admins_manage_users(staff: dict[str, Ledger]) -> None:
    for name in ("lead", "clerk"):
        with pytest.raises(PermissionDenied):
            add_user(staff[name], "sneaky", "it_admin", "sneaky-pass-1")


def test_audit_records_user_changes_without_passwords(staff: dict[str, Ledger],
                                                      db_path: Path) -> None:
    with staff["admin"].reading() as session:
        checked, broken = audit.verify(session)
        rows = session.execute(text("SELECT action, target, details FROM audit_entry")).all()
    assert broken is None and checked == len(rows)
    assert ("user_add", "clerk") in [(r.action, r.target) for r in rows]
    assert not any("pass" in r.details for r in rows)


def test_key_file_changes_from_two_sessions_are_both_kept(admin: Ledger, db_path: Path) -> None:
    # The app (lead changing a password) and checkpoint-admin (adding a user) write the same
    # key file; neither may undo the other.
    add_user(admin, "lead", "shift_lead", "first-pass-1")
    lead = open_ledger(db_path, "lead", "first-pass-1")
    change_own_password(lead, "leads-own-pass")
    add_user(admin, "clerk", "clerk", "first-pass-2")  # admin opened the file long before
    lead.close()
    again = open_ledger(db_path, "lead", "leads-own-pass")
    assert not again.must_change_password
    again.close()
    open_ledger(db_path, "clerk", "first-pass-2").close()


def test_database_errors_do_not_carry_recorded_values(admin: Ledger) -> None:
    # An unexpected error is logged for IT; it must not hold a person's details.
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as failed, admin.writing() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES ('checkpoint', "
                             ":secret)"), {"secret": "Gulalai Ahmadzai"})
    assert "Gulalai" not in str(failed.value)
