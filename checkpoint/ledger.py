"""The ledger: one open, unlocked database and the user signed in to it.

Every core function takes a ``Ledger`` first. It knows the checkpoint's settings, who is acting
(for permissions and the audit log) and how to open read and write transactions. It is built in
one place per face: ``ui/app.py`` for the desktop, ``checkpoint_admin`` for the command line.
"""

from __future__ import annotations

import re
import time as clock
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Protocol, TypeVar

from sqlalchemy import Engine, select
from sqlmodel import Session, col

from checkpoint import audit, audit_anchor
from checkpoint.database import check_key, make_engine, upgrade
from checkpoint.entries import clean_text
from checkpoint.errors import (
    AccountDisabled,
    DatabaseExists,
    DatabaseMissing,
    DatabaseUnreadable,
    ValidationError,
)
from checkpoint.keyslots import KeySlots, keyfile_path, new_data_key
from checkpoint.models import User
from checkpoint.permissions import Actor, Role
from checkpoint.private_files import reserve_private
from checkpoint.settings import (
    DEFAULT_TIMEZONE,
    CheckpointSettings,
    forget_retired,
    read_settings,
    timezone_or_error,
    write_values,
)
from checkpoint.signing import UserSigner
from contract import codes
from contract.errors import ErrorCode

MIN_PASSWORD_LENGTH = 8
MAX_FULL_NAME_LENGTH = 100
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def normalise_username(text: str) -> str:
    """User names are lower-case letters, digits, dot, dash and underscore."""
    name = text.strip().lower()
    if not _USERNAME.match(name):
        raise ValidationError(
            f"user name {text!r} is not valid: use 1-64 letters, digits, '.', '-' or '_'",
            code=ErrorCode.INVALID_USERNAME, field="username")
    return name


def clean_full_name(full_name: str | None) -> str:
    """A user's full name as they write it (trimmed, single spaces; may be empty)."""
    return clean_text(full_name, "full_name", limit=MAX_FULL_NAME_LENGTH)


def check_password_strength(password: str) -> None:
    """Refuse passwords too short to protect the data key."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"the password must be at least {MIN_PASSWORD_LENGTH} characters",
                              code=ErrorCode.PASSWORD_TOO_SHORT, field="password",
                              minimum=MIN_PASSWORD_LENGTH)


T = TypeVar("T")


class WriteRunner(Protocol):
    """Runs one database write and returns its result: how a use case that also does slow
    work off the database (sync, printing) hands its write to the face's one writer."""

    def __call__(self, write: Callable[[], T], /) -> T: ...


def write_here(write: Callable[[], T]) -> T:
    """Run the write on the calling thread (the command line has no other writer)."""
    return write()


class Ledger:
    """An unlocked database, its settings and the signed-in user."""

    def __init__(self, path: Path, engine: Engine, actor: Actor, settings: CheckpointSettings,
                 data_key: bytes, *, must_change_password: bool = False,
                 signer: UserSigner | None = None):
        self.path = path
        self.engine = engine
        self.actor = actor
        self.settings = settings
        self.keyfile = keyfile_path(path)
        self.must_change_password = must_change_password
        self._data_key = data_key
        # The signed-in user's own key: every write transaction hands it to the audit log
        # (``session.info["signer"]``) so the entries it appends are signed by who made them.
        self.signer = signer
        # When this user last left an audit anchor (``audit_anchor``); the first write leaves one.
        self._anchored_at: float | None = None
        self._writer = engine.execution_options(immediate=True)

    def __repr__(self) -> str:  # never show the key
        return f"<Ledger {self.path.name} {self.settings.checkpoint} as {self.actor.username}>"

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session on one consistent snapshot."""
        with Session(self.engine, autoflush=False) as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction holding the write lock; commits on success (durably, WAL+FULL)."""
        with Session(self._writer, autoflush=False, expire_on_commit=False,
                     info={"signer": self.signer}) as session, session.begin():
            yield session
        self._anchor_now_and_then()

    def _anchor_now_and_then(self) -> None:
        # After a committed write, at most once a minute: the key file is written and fsynced,
        # which no save should pay every time.
        if self.signer is None:
            return
        now = clock.monotonic()
        if self._anchored_at is None or now - self._anchored_at >= audit_anchor.ANCHOR_INTERVAL:
            self._anchored_at = now
            audit_anchor.leave_anchor_quietly(self)

    def close(self) -> None:
        """Leave the signed-in user's audit anchor, then release every connection to the file."""
        try:
            audit_anchor.leave_anchor_quietly(self)
        finally:
            self.engine.dispose()

    def seal_data_key_for(self, username: str, password: str) -> None:
        """Give ``username`` a key slot under ``password`` (caller checks permissions)."""
        with KeySlots.changing(self.keyfile) as slots:
            slots.set_slot(username, password, self._data_key)

    # -- time -------------------------------------------------------------------------------

    def local_day(self, at: datetime) -> date:
        """The checkpoint-local date of a UTC moment: the day a crossing counts on."""
        return at.astimezone(self.settings.zone).date()

    def day_start_utc(self, day: date) -> datetime:
        """The UTC moment the checkpoint-local ``day`` begins."""
        return datetime.combine(day, time(0), self.settings.zone).astimezone(UTC)

    def local_to_utc(self, day: date, at: time | None) -> datetime:
        """A local register date and time (midday if no time was written) as UTC."""
        return datetime.combine(day, at or time(12), self.settings.zone).astimezone(UTC)

    def today(self) -> date:
        """Today at the checkpoint."""
        return self.local_day(datetime.now(UTC))


def _remove_quietly(*paths: Path) -> None:
    for path in paths:
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def create_ledger(path: Path, *, checkpoint: str, admin: str, password: str,
                  timezone: str | None = None, admin_full_name: str = "") -> Ledger:
    """Create a new encrypted database with its first IT admin, signed in as that admin.

    Refuses to touch an existing database or key file.
    """
    path = Path(path)
    keys = keyfile_path(path)
    if path.exists() or keys.exists():
        raise DatabaseExists(f"{path} already exists; it was not changed.")
    code = codes.crossing_points().resolve(checkpoint)
    if code is None:
        raise ValidationError("a checkpoint is required", code=ErrorCode.REQUIRED,
                              field="checkpoint")
    zone_name = timezone or codes.crossing_point_timezone(code) or DEFAULT_TIMEZONE
    timezone_or_error(zone_name)
    admin = normalise_username(admin)
    admin_full_name = clean_full_name(admin_full_name)
    check_password_strength(password)
    path.parent.mkdir(parents=True, exist_ok=True)

    database_id = str(uuid.uuid4())
    data_key = new_data_key()
    reserve_private(path)  # SQLite keeps this mode, and gives it to the WAL
    engine = make_engine(path, data_key)
    try:
        upgrade(engine)
        now = datetime.now(UTC)
        settings = CheckpointSettings(checkpoint=code, timezone=zone_name,
                                      database_id=database_id)
        with Session(engine.execution_options(immediate=True)) as session, session.begin():
            write_values(session, settings.rows())
            session.add(User(username=admin, full_name=admin_full_name,
                             role=Role.IT_ADMIN.value, created_at=now, created_by=admin))
            audit.append(session, admin, "init", details={"checkpoint": code,
                                                          "timezone": zone_name})
        slots = KeySlots.create(keys, database_id)
        slots.set_slot(admin, password, data_key)
        slots.save()
    except BaseException:
        engine.dispose()
        _remove_quietly(path, keys)
        raise
    return Ledger(path, engine, Actor(admin, Role.IT_ADMIN), settings, data_key)


def open_ledger(path: Path, username: str, password: str, *,
                signer: UserSigner | None = None) -> Ledger:
    """Unlock the database at ``path`` as ``username``; never creates anything.

    ``signer`` is the user's own signing key: the sign-in's entries and every later one are
    signed with it. (A hook: until key slots carry each user's key, only tests pass one.)

    Wrong passwords raise ``WrongPassword`` (and are counted, then slowed: ``LoginThrottled``);
    a missing file raises ``DatabaseMissing``. Older schemas are upgraded on the way in. The
    sign-in, and failed sign-ins since the last one, are written to the audit log.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseMissing(f"There is no database at {path}.")
    username = username.strip().lower()
    slots = KeySlots.load(keyfile_path(path))
    data_key = slots.unlock(username, password)
    engine = make_engine(path, data_key)
    try:
        check_key(engine, path)
        upgrade(engine)
        with Session(engine.execution_options(immediate=True),
                     info={"signer": signer}) as session, session.begin():
            settings = read_settings(session)
            forget_retired(session)
            if settings.database_id != slots.database_id:
                raise DatabaseUnreadable(f"The key file does not belong to {path}.")
            user = session.execute(select(User).where(col(User.username) == username)).scalar_one()
            if not user.active:
                raise AccountDisabled("This account has been disabled.")
            audited = list(slots.pending_failed_logins)
            for failure in audited:
                audit.append(session, failure["user"], "login_failed",
                             at=datetime.fromisoformat(failure["at"]))
            audit.append(session, username, "login")
            actor = Actor(username, Role(user.role))
            must_change = user.must_change_password
        if audited:
            with KeySlots.changing(slots.path) as fresh:
                fresh.forget_failed_logins(audited)
    except BaseException:
        engine.dispose()
        raise
    return Ledger(path, engine, actor, settings, data_key,
                  must_change_password=must_change, signer=signer)


def utc_now() -> datetime:
    """Now, as an aware UTC datetime (what every stored time is)."""
    return datetime.now(UTC)


def days(start: date, end: date) -> Iterator[date]:
    """Every date from ``start`` to ``end`` inclusive."""
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)
