"""Backups and restores: a consistent copy of the open database, still encrypted, with its key
file; and putting such a copy back only once it is proven to be a good one of this database."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import exc, select
from sqlmodel import Session, col

from checkpoint import audit
from checkpoint.database import check_key, make_engine
from checkpoint.errors import (
    CheckpointError,
    DatabaseExists,
    DatabaseMissing,
    DatabaseUnreadable,
    DiskFull,
    PermissionDenied,
    disk_full,
)
from checkpoint.grants import invalid_grants
from checkpoint.keyslots import KeySlots, keyfile_path
from checkpoint.ledger import Ledger
from checkpoint.models import User
from checkpoint.permissions import Action, Actor, Role
from checkpoint.private_files import copy_private, private_temp, tighten_database
from checkpoint.settings import read_settings
from contract.errors import ErrorCode


class RestoreRefused(CheckpointError):
    """A backup that cannot be restored (missing key file, foreign, damaged); ``code`` says
    which. The live database was not touched."""

    code = ErrorCode.NOT_A_BACKUP


def backup(ledger: Ledger, target: Path) -> Path:
    """Write a backup of the database to ``target`` (and its key file beside it).

    ``VACUUM INTO`` reads one consistent snapshot while clerks keep recording, and writes it
    under the same SQLCipher key: the copy is as encrypted as the original, and opens with the
    same users' passwords through the copied key file. Returns the key file's path.

    Both files are written under temporary names beside their targets, synced, checked, and
    only then renamed into place (the key file first, so a backup never lies without its
    keys). A failure — a full disk above all — leaves neither file, and the same command works
    again once there is space.
    """
    ledger.actor.require(Action.BACKUP)
    target = Path(target)
    target_keys = keyfile_path(target)
    if target.exists() or target_keys.exists():
        raise DatabaseExists(f"{target} already exists; choose a new file name for the backup.")
    target.parent.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    try:
        descriptor, staged = private_temp(target)
        os.close(descriptor)  # VACUUM INTO writes into an empty file and keeps its mode
        made += [staged, _sibling(staged, "-wal"), _sibling(staged, "-shm")]
        _copy_database(ledger, staged)
        descriptor, staged_keys = private_temp(target_keys)
        made.append(staged_keys)
        with open(keyfile_path(ledger.path), "rb") as keys, os.fdopen(descriptor, "wb") as out:
            shutil.copyfileobj(keys, out)
            os.fsync(out.fileno())
        os.replace(staged_keys, target_keys)
        made.append(target_keys)
        os.replace(staged, target)
        made.append(target)
        _sync_folder(target.parent)
        # An unaccountable backup is not kept: if its audit entry cannot be written, it goes.
        with ledger.writing() as session:
            audit.append(session, ledger.actor.username, "backup", details={"file": target.name})
    except BaseException as error:
        for path in made:
            path.unlink(missing_ok=True)
        full = disk_full(error) if isinstance(error, Exception) else None
        if full is not None:
            raise DiskFull(f"The disk is full: the backup {target.name} was not written (no "
                           "file was left behind). Free some space and try again.") from None
        raise
    return target_keys


def _copy_database(ledger: Ledger, staged: Path) -> None:
    """``VACUUM INTO`` the empty ``staged`` file, synced, then read back whole under the
    database's own key (an attached database without a KEY clause uses the main one's)."""
    raw = ledger.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None  # None only once the connection is closed
        # Outside any transaction: VACUUM cannot run inside one.
        driver.execute("VACUUM INTO ?", (str(staged),))
        # SQLite does not sync what VACUUM INTO wrote: a power cut must not leave a backup
        # that was announced but never reached the disk.
        with open(staged, "rb+") as written:
            os.fsync(written.fileno())
        driver.execute("ATTACH DATABASE ? AS backup_copy", (str(staged),))
        try:
            verdict = [row[0] for row in driver.execute("PRAGMA backup_copy.quick_check")]
        finally:
            driver.execute("DETACH DATABASE backup_copy")
    finally:
        raw.close()
    if verdict != ["ok"]:
        raise CheckpointError("The backup copy did not read back whole; it was removed. Try "
                              "again; if it happens again, call IT.")


def _sync_folder(folder: Path) -> None:
    # The renames reach the disk with the folder's entry (POSIX; Windows has no folder fsync).
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@dataclass(frozen=True)
class CheckedBackup:
    """A backup copied beside the live database and proven good, ready to take its place."""

    staging: Path
    target: Path
    audit_entries: int

    def put_in_place(self, *, now: datetime | None = None) -> Restored:
        """Swap the checked copy in; the database it replaces is kept as a dated copy.

        Nothing may have the live database open (the desktop signs out first). Each file moves
        by rename, so the live name always holds a whole database: the old one or the backup.
        """
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
        previous = self.target.with_name(f"{self.target.name}.before-restore-{stamp}")
        kept: Path | None = None
        if self.target.exists():
            # The live WAL may hold committed pages the main file lacks: it goes with its
            # database, and must never be read against the restored file.
            for suffix in ("-wal", "-shm"):
                _move_if_present(_sibling(self.target, suffix), _sibling(previous, suffix))
            _keep_copy(self.target, previous)
            _keep_copy(keyfile_path(self.target), keyfile_path(previous))
            kept = previous
        os.replace(keyfile_path(self.staging), keyfile_path(self.target))
        os.replace(self.staging, self.target)
        _lockfile(self.staging).unlink(missing_ok=True)
        return Restored(self.target, kept, self.audit_entries)

    def discard(self) -> None:
        """Remove the checked copy (the restore was cancelled)."""
        _remove_staging(self.staging)


@dataclass(frozen=True)
class Restored:
    """What a restore did."""

    database: Path
    previous: Path | None  # the replaced database, kept as a dated copy (None: there was none)
    audit_entries: int


def check_backup(backup_file: Path, target_db: Path, username: str,
                 password: str) -> CheckedBackup:
    """Copy ``backup_file`` (and its key file) beside ``target_db`` and prove the copy good:
    a Checkpoint database of this very checkpoint database (same database id), opened with the
    password of an IT admin it knows, with an intact audit chain. The live database is not
    touched; anything wrong raises one clear sentence and leaves no copy behind."""
    backup_file, target_db = Path(backup_file), Path(target_db)
    if not backup_file.is_file():
        raise DatabaseMissing(f"There is no backup at {backup_file}; nothing was changed.")
    backup_keys = keyfile_path(backup_file)
    if not backup_keys.is_file():
        raise RestoreRefused(
            f"The backup's key file {backup_keys.name} is missing: a backup cannot be opened "
            "without it; nothing was changed.", code=ErrorCode.BACKUP_KEYFILE_MISSING)
    slots = KeySlots.load(backup_keys)
    live_keys = keyfile_path(target_db)
    if live_keys.is_file() and KeySlots.load(live_keys).database_id != slots.database_id:
        raise RestoreRefused(f"{backup_file.name} is a backup of another checkpoint database; "
                             "nothing was changed.", code=ErrorCode.BACKUP_FOREIGN)
    staging = target_db.with_name(f".{target_db.name}.restoring")
    _remove_staging(staging)
    target_db.parent.mkdir(parents=True, exist_ok=True)
    copy_private(backup_file, staging)
    copy_private(backup_keys, keyfile_path(staging))
    try:
        checked = _verify(staging, backup_file.name, username, password)
    except BaseException:
        _remove_staging(staging)
        raise
    return CheckedBackup(staging, target_db, checked)


def restore(backup_file: Path, target_db: Path, username: str, password: str) -> Restored:
    """Restore ``backup_file`` over ``target_db`` (IT admin): checked first, then swapped in,
    keeping the replaced database as a dated copy. ``checkpoint-admin restore`` runs this;
    the desktop runs its two halves around signing out."""
    return check_backup(backup_file, target_db, username, password).put_in_place()


def _verify(staging: Path, backup_name: str, username: str, password: str) -> int:
    slots = KeySlots.load(keyfile_path(staging))
    unlocked = slots.open_slot(username.strip().lower(), password)
    engine = make_engine(staging, unlocked.data_keys[0])
    try:
        try:
            check_key(engine, staging)
            with Session(engine) as session:
                settings = read_settings(session)
                user = session.execute(select(User).where(
                    col(User.username) == username.strip().lower())).scalar_one_or_none()
                checked, broken = audit.verify(session)
        except (DatabaseUnreadable, exc.DatabaseError):
            raise RestoreRefused(f"{backup_name} is not a Checkpoint backup, or it is damaged; "
                                 "nothing was changed.", code=ErrorCode.NOT_A_BACKUP) from None
        if settings.database_id != slots.database_id:
            raise RestoreRefused(f"The key file beside {backup_name} belongs to another "
                                 "database; nothing was changed.",
                                 code=ErrorCode.BACKUP_KEYS_MISMATCH)
        # The role as the backup's grants say it, checked with the key this user trusts.
        trusted = unlocked.keys.trusted_grant_public if unlocked.keys else None
        if user is None or not user.active or not Actor(user.username, Role(user.role)) \
                .may(Action.RESTORE) or invalid_grants(trusted, settings.database_id, [user]):
            raise PermissionDenied("Only an IT admin of the backup may restore it; nothing was "
                                   "changed.", action=Action.RESTORE.value)
        if broken is not None:
            raise RestoreRefused(f"The backup's audit log does not verify ({broken}); nothing "
                                 "was changed.", code=ErrorCode.AUDIT_BROKEN)
        # The restoring admin signs the ``restore`` entry (with the key their row grants);
        # HQ reads a fork right after it as a restore.
        signer = unlocked.keys.signer if unlocked.keys is not None \
            and unlocked.keys.signer.public_key == user.sign_public else None
        with Session(engine.execution_options(immediate=True),
                     info={"signer": signer}) as session, session.begin():
            audit.append(session, user.username, "restore", details={"file": backup_name})
    finally:
        engine.dispose()
    return checked + 1


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _lockfile(database: Path) -> Path:
    return _sibling(keyfile_path(database), ".lock")


def _move_if_present(source: Path, destination: Path) -> None:
    if source.exists():
        os.replace(source, destination)


def _keep_copy(source: Path, destination: Path) -> None:
    # A hard link keeps the old file under its dated name while the live name is replaced;
    # a copy where the file system has no links.
    if not source.exists():
        return
    try:
        os.link(source, destination)
    except OSError:
        copy_private(source, destination)
        return
    tighten_database(destination)  # the link shares the live file's mode


def _remove_staging(staging: Path) -> None:
    for path in (staging, keyfile_path(staging), _lockfile(staging),
                 _sibling(staging, "-wal"), _sibling(staging, "-shm")):
        path.unlink(missing_ok=True)
