"""Backups and restores: a consistent copy of the open database, still encrypted, with its key
file; and putting such a copy back only once it is proven to be a good one of this database."""

from __future__ import annotations

import os
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
    PermissionDenied,
)
from checkpoint.keyslots import KeySlots, keyfile_path
from checkpoint.ledger import Ledger
from checkpoint.models import User
from checkpoint.permissions import Action, Actor, Role
from checkpoint.private_files import copy_private, reserve_private, tighten_database
from checkpoint.settings import read_settings
from checkpoint.signing import UserSigner
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
    """
    ledger.actor.require(Action.BACKUP)
    target = Path(target)
    target_keys = keyfile_path(target)
    if target.exists() or target_keys.exists():
        raise DatabaseExists(f"{target} already exists; choose a new file name for the backup.")
    target.parent.mkdir(parents=True, exist_ok=True)
    reserve_private(target)  # VACUUM INTO writes into an empty file and keeps its mode
    try:
        raw = ledger.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None  # None only once the connection is closed
            # Outside any transaction: VACUUM cannot run inside one.
            driver.execute("VACUUM INTO ?", (str(target),))
        finally:
            raw.close()
        copy_private(keyfile_path(ledger.path), target_keys)
    except BaseException:
        # Nothing half-made may block the retry under the same name.
        target.unlink(missing_ok=True)
        target_keys.unlink(missing_ok=True)
        raise
    with ledger.writing() as session:
        audit.append(session, ledger.actor.username, "backup", details={"file": target.name})
    return target_keys


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
                 password: str, *, signer: UserSigner | None = None) -> CheckedBackup:
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
        checked = _verify(staging, backup_file.name, username, password, signer)
    except BaseException:
        _remove_staging(staging)
        raise
    return CheckedBackup(staging, target_db, checked)


def restore(backup_file: Path, target_db: Path, username: str, password: str, *,
            signer: UserSigner | None = None) -> Restored:
    """Restore ``backup_file`` over ``target_db`` (IT admin): checked first, then swapped in,
    keeping the replaced database as a dated copy. ``checkpoint-admin restore`` runs this;
    the desktop runs its two halves around signing out."""
    return check_backup(backup_file, target_db, username, password,
                        signer=signer).put_in_place()


def _verify(staging: Path, backup_name: str, username: str, password: str,
            signer: UserSigner | None) -> int:
    slots = KeySlots.load(keyfile_path(staging))
    data_key = slots.unlock(username.strip().lower(), password)
    engine = make_engine(staging, data_key)
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
        if user is None or not user.active or not Actor(user.username, Role(user.role)) \
                .may(Action.RESTORE):
            raise PermissionDenied("Only an IT admin of the backup may restore it; nothing was "
                                   "changed.", action=Action.RESTORE.value)
        if broken is not None:
            raise RestoreRefused(f"The backup's audit log does not verify ({broken}); nothing "
                                 "was changed.", code=ErrorCode.AUDIT_BROKEN)
        # The restoring admin signs the ``restore`` entry (``signer``: a hook until key slots
        # hand each user's key over); HQ reads a fork right after it as a restore.
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
