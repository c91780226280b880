"""Restoring a backup: a good one replaces the database and keeps the old one; a corrupt,
foreign or keyless one is refused with one sentence and the live database is untouched."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from checkpoint.backup import backup, restore
from checkpoint.demo import make_demo_data
from checkpoint.errors import CheckpointError, PermissionDenied, WrongPassword
from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import Ledger, create_ledger, open_ledger
from checkpoint.tally import tally
from contract.errors import ErrorCode
from tests.support.sites import ADMIN_PASSWORD, PASSWORDS

DAY = date(2025, 4, 1)


def _files(path: Path) -> bytes:
    return path.read_bytes() + keyfile_path(path).read_bytes()


def test_a_good_backup_is_restored_and_the_old_database_kept(
        admin: Ledger, db_path: Path, tmp_path: Path) -> None:
    make_demo_data(admin, DAY, 1, 12)
    saved = tmp_path / "saved.db"
    backup(admin, saved)
    make_demo_data(admin, DAY, 1, 8, seed=2)  # recorded after the backup: the restore drops it
    assert tally(admin, DAY)["total"] == 20
    admin.close()

    restored = restore(saved, db_path, "admin", ADMIN_PASSWORD)

    assert restored.previous is not None and restored.previous.exists()
    assert keyfile_path(restored.previous).exists()
    ledger = open_ledger(db_path, "admin", ADMIN_PASSWORD)
    assert tally(ledger, DAY)["total"] == 12
    ledger.close()
    kept = open_ledger(restored.previous, "admin", ADMIN_PASSWORD)
    assert tally(kept, DAY)["total"] == 20
    kept.close()
    assert not list(tmp_path.glob(".*restoring*"))


def test_a_foreign_backup_is_refused_and_nothing_changes(
        admin: Ledger, db_path: Path, tmp_path: Path) -> None:
    other = create_ledger(tmp_path / "other" / "other.db", checkpoint="TORKHAM", admin="admin",
                          password=ADMIN_PASSWORD)
    backup(other, tmp_path / "other-backup.db")
    other.close()
    admin.close()
    before = _files(db_path)
    with pytest.raises(CheckpointError) as refused:
        restore(tmp_path / "other-backup.db", db_path, "admin", ADMIN_PASSWORD)
    assert refused.value.code == ErrorCode.BACKUP_FOREIGN
    assert "another checkpoint database" in str(refused.value)
    assert _files(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir() if "restor" in p.name) == []


def test_a_backup_without_its_key_file_is_refused(admin: Ledger, db_path: Path,
                                                  tmp_path: Path) -> None:
    saved = tmp_path / "saved.db"
    backup(admin, saved)
    admin.close()
    keyfile_path(saved).unlink()
    before = _files(db_path)
    with pytest.raises(CheckpointError) as refused:
        restore(saved, db_path, "admin", ADMIN_PASSWORD)
    assert refused.value.code == ErrorCode.BACKUP_KEYFILE_MISSING
    assert _files(db_path) == before


def test_a_damaged_backup_is_refused(admin: Ledger, db_path: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.db"
    backup(admin, saved)
    admin.close()
    raw = bytearray(saved.read_bytes())
    raw[:4096] = bytes(4096)  # the first page, where the schema starts, is wiped
    saved.write_bytes(bytes(raw))
    before = _files(db_path)
    with pytest.raises(CheckpointError) as refused:
        restore(saved, db_path, "admin", ADMIN_PASSWORD)
    assert refused.value.code == ErrorCode.NOT_A_BACKUP
    assert _files(db_path) == before


def test_a_key_file_of_another_database_is_refused(admin: Ledger, db_path: Path,
                                                   tmp_path: Path) -> None:
    saved = tmp_path / "saved.db"
    backup(admin, saved)
    other = create_ledger(tmp_path / "other.db", checkpoint="TORKHAM", admin="admin",
                          password=ADMIN_PASSWORD)
    other.close()
    admin.close()
    # Both the live database and the backup are this database's; the key file is not.
    shutil.copyfile(keyfile_path(tmp_path / "other.db"), keyfile_path(saved))
    before = _files(db_path)
    with pytest.raises(CheckpointError) as refused:
        restore(saved, db_path, "admin", ADMIN_PASSWORD)
    assert refused.value.code in (ErrorCode.BACKUP_FOREIGN, ErrorCode.NOT_A_BACKUP)
    assert _files(db_path) == before


def test_only_an_it_admin_with_the_right_password_restores(
        staff: dict[str, Ledger], db_path: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.db"
    backup(staff["admin"], saved)
    for ledger in staff.values():
        ledger.close()
    before = _files(db_path)
    with pytest.raises(WrongPassword):
        restore(saved, db_path, "admin", "not-the-password")
    with pytest.raises(PermissionDenied):
        restore(saved, db_path, "lead", PASSWORDS["lead"])
    assert _files(db_path) == before
