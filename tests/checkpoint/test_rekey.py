"""Disabling a user re-keys the database (issue 9, item 6): a key file saved with an older
backup, with the disabled user's password, no longer opens the live database; everyone else
still signs in and every record is intact, whichever step a re-key was stopped at."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import exc, text

from checkpoint.backup import backup
from checkpoint.database import check_key, make_engine, rekey
from checkpoint.demo import make_demo_data
from checkpoint.errors import DatabaseUnreadable, WrongPassword
from checkpoint.keyslots import KeySlots, keyfile_path, new_data_key
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.users import disable_user, list_users
from tests.support.sites import PASSWORDS


def crossings(ledger: Ledger) -> int:
    with ledger.reading() as session:
        return session.execute(text("SELECT count(*) FROM crossing")).scalar_one()


def opens_with(db_path: Path, keys_file: Path, username: str) -> bool:
    """Whether ``username``'s password and that key file give a key that opens the database."""
    data_key = KeySlots.load(keys_file).unlock(username, PASSWORDS[username])
    engine = make_engine(db_path, data_key)
    try:
        check_key(engine, db_path)
    except DatabaseUnreadable:
        return False
    finally:
        engine.dispose()
    return True


@pytest.fixture
def recorded(staff: dict[str, Ledger]) -> int:
    """The site with demo records; how many."""
    make_demo_data(staff["admin"], date(2025, 4, 1), 2, 30)
    return crossings(staff["admin"])


def test_an_old_key_file_and_the_disabled_users_password_no_longer_open_the_database(
        staff: dict[str, Ledger], db_path: Path, recorded: int, tmp_path: Path) -> None:
    admin = staff["admin"]
    old_keys = backup(admin, tmp_path / "backup.db")
    assert opens_with(db_path, old_keys, "clerk")  # what the issue found

    disable_user(admin, "clerk")

    assert not opens_with(db_path, old_keys, "clerk")
    with pytest.raises(WrongPassword):
        open_ledger(db_path, "clerk", PASSWORDS["clerk"])
    for name in ("lead", "clerk2"):
        assert crossings(staff[name]) == recorded
    assert crossings(admin) == recorded  # the admin's own ledger moved to the new key
    assert not {u.username: u.active for u in list_users(admin)}["clerk"]


def test_a_session_open_elsewhere_cannot_read_after_the_re_key(
        staff: dict[str, Ledger], recorded: int) -> None:
    lead = staff["lead"]
    assert crossings(lead) == recorded
    disable_user(staff["admin"], "clerk")
    with pytest.raises(exc.DatabaseError):
        crossings(lead)


def test_a_re_key_stopped_before_the_database_changed_is_finished_at_the_next_sign_in(
        staff: dict[str, Ledger], db_path: Path, recorded: int, tmp_path: Path) -> None:
    old_keys = backup(staff["admin"], tmp_path / "backup.db")
    for ledger in staff.values():
        ledger.close()
    staff.clear()
    # Step one alone, as a crash right after it leaves the files.
    with KeySlots.changing(keyfile_path(db_path)) as slots:
        slots.stage_data_key(new_data_key(), ["admin", "lead", "clerk2"])

    assert crossings(staff["lead"]) == recorded
    assert not opens_with(db_path, old_keys, "clerk")
    assert not KeySlots.load(keyfile_path(db_path)).rekey_pending
    assert crossings(staff["admin"]) == recorded


def test_a_re_key_stopped_after_the_database_changed_opens_with_the_new_key(
        staff: dict[str, Ledger], db_path: Path, recorded: int) -> None:
    for ledger in staff.values():
        ledger.close()
    staff.clear()
    new_key = new_data_key()
    old_key = KeySlots.load(keyfile_path(db_path)).unlock("admin", PASSWORDS["admin"])
    with KeySlots.changing(keyfile_path(db_path)) as slots:
        slots.stage_data_key(new_key, ["admin", "lead", "clerk2"])
    engine = make_engine(db_path, old_key)
    rekey(engine, new_key)  # and the key file's last step never ran

    assert crossings(staff["clerk2"]) == recorded
    assert not KeySlots.load(keyfile_path(db_path)).rekey_pending
    assert crossings(staff["admin"]) == recorded
