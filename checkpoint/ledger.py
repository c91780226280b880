"""The ledger: one open, unlocked database and the user signed in to it.

Every core function takes a ``Ledger`` first. It knows the checkpoint's settings, who is acting
(for permissions and the audit log) and how to open read and write transactions. It is built in
one place per face: ``ui/app.py`` for the desktop, ``checkpoint_admin`` for the command line.
"""

from __future__ import annotations

import time as clock
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Protocol, TypeVar

from sqlalchemy import Engine
from sqlmodel import Session

from checkpoint import audit, audit_anchor
from checkpoint.database import check_key, make_engine, rekey, upgrade
from checkpoint.entries import clean_text
from checkpoint.errors import (
    DatabaseExists,
    DatabaseMissing,
    DatabaseUnreadable,
    GrantInvalid,
    GrantKeyMissing,
    ValidationError,
)
from checkpoint.grants import GrantKey, sign_grant
from checkpoint.keyslots import KeySlots, UserKeys, keyfile_path, new_data_key
from checkpoint.models import User
from checkpoint.permissions import Actor, Role
from checkpoint.preferences import Preferences, read_preferences, write_preferences
from checkpoint.private_files import reserve_private
from checkpoint.settings import (
    DEFAULT_TIMEZONE,
    CheckpointSettings,
    sign_security_settings,
    timezone_or_error,
    write_values,
)
from checkpoint.sign_in import SignIn
from checkpoint.signing import UserSigner
from contract import codes
from contract.errors import ErrorCode
from contract.usernames import USERNAME, USERNAME_RULE

MIN_PASSWORD_LENGTH = 8
MAX_FULL_NAME_LENGTH = 100


def normalise_username(text: str) -> str:
    """User names are lower-case letters, digits, dot, dash and underscore."""
    name = text.strip().lower()
    if not USERNAME.match(name):
        raise ValidationError(
            f"user name {text!r} is not valid: {USERNAME_RULE}",
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
                 data_key: bytes, *, keys: UserKeys, grant_key: GrantKey | None = None,
                 must_change_password: bool = False, signer: UserSigner | None = None,
                 settings_verified: bool = True, unverified_users: tuple[str, ...] = ()):
        self.path = path
        self.actor = actor
        self.settings = settings
        self.keyfile = keyfile_path(path)
        self.must_change_password = must_change_password
        # The signed-in user's keys (re-sealed when they change their password) and, for an IT
        # admin, the device's grant key: what user rows and security settings are signed with.
        self.keys = keys
        self.grant_key = grant_key
        # False when the security settings did not verify at sign-in (sync then refuses).
        self.settings_verified = settings_verified
        # Users whose rows did not verify at this sign-in (changed outside Checkpoint).
        self.unverified_users = unverified_users
        # The signed-in user's own key: every write transaction hands it to the audit log
        # (``session.info["signer"]``) so the entries it appends are signed by who made them.
        self.signer = signer
        # When this user last left an audit anchor (``audit_anchor``); the first write leaves one.
        self._anchored_at: float | None = None
        self._use(engine, data_key)

    def _use(self, engine: Engine, data_key: bytes) -> None:
        self.engine = engine
        self._data_key = data_key
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

    # -- keys and grants --------------------------------------------------------------------

    @property
    def trusted_grant_public(self) -> str | None:
        """The grant public key the signed-in user trusts (None: the device has none yet)."""
        return self.keys.trusted_grant_public

    def granting(self) -> GrantKey | None:
        """The grant key to sign a changed user row or security setting with.

        None while the device has no grant key yet (rows are trusted as stored until the first
        IT admin signs in); ``GrantKeyMissing`` for an IT admin whose slot does not hold it yet.
        """
        if self.grant_key is None and self.trusted_grant_public is not None:
            raise GrantKeyMissing(
                "This IT admin account does not hold the device's grant key yet: another IT "
                "admin must sign in once first.")
        return self.grant_key

    def give_slot(self, username: str, password: str, keys: UserKeys, *,
                  it_admin: bool) -> None:
        """Give ``username`` a key slot under ``password`` holding ``keys``, the data key and,
        for an IT admin, the grant key (caller checks permissions)."""
        with KeySlots.changing(self.keyfile) as slots:
            slots.set_slot(username, password, keys, self._data_key,
                           self.grant_key if it_admin else None)

    def rekey(self, keeping: Iterable[str]) -> list[str]:
        """Put the database under a new data key that only the users in ``keeping`` receive
        (disabling a user). Returns those who lose their slot all the same (version 1 slots:
        they need a new password from an IT admin).

        Ordered so that a crash at any point leaves a database that opens: the new key is
        first wrapped beside the old one; the database is re-keyed in one transaction; only
        then is the old key dropped. A sign-in finds either key working and finishes the job
        (``sign_in``).
        """
        new_key = new_data_key()
        with KeySlots.changing(self.keyfile) as slots:
            lost = slots.stage_data_key(new_key, keeping)
        rekey(self.engine, new_key)
        self._use(make_engine(self.path, new_key), new_key)
        with KeySlots.changing(self.keyfile) as slots:
            slots.finish_rekey()
        return lost

    # -- the signed-in user's preferences ----------------------------------------------------

    def preferences(self) -> Preferences:
        """The signed-in user's own preferences (the defaults until they choose)."""
        with self.reading() as session:
            return read_preferences(session, self.actor.username)

    def set_preferences(self, preferences: Preferences) -> None:
        """Store the signed-in user's own preferences; ``ValidationError`` naming the field if
        one cannot be accepted (nothing is stored then). No one sets another user's."""
        with self.writing() as session:
            write_preferences(session, self.actor.username, preferences)

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

    The device's grant key is made here, wrapped to the admin, and grants the admin's row and
    the security settings. Refuses to touch an existing database or key file.
    """
    path = Path(path)
    keys_path = keyfile_path(path)
    if path.exists() or keys_path.exists():
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
    grant_key = GrantKey.generate()
    keys = UserKeys.generate(admin, grant_key.public_key)
    reserve_private(path)  # SQLite keeps this mode, and gives it to the WAL
    engine = make_engine(path, data_key)
    try:
        upgrade(engine)
        now = datetime.now(UTC)
        settings = CheckpointSettings(checkpoint=code, timezone=zone_name,
                                      database_id=database_id)
        with Session(engine.execution_options(immediate=True),
                     info={"signer": keys.signer}) as session, session.begin():
            write_values(session, settings.rows())
            sign_security_settings(session, grant_key)
            user = User(username=admin, full_name=admin_full_name, role=Role.IT_ADMIN.value,
                        created_at=now, created_by=admin, sign_public=keys.signer.public_key,
                        box_public=keys.box_public)
            sign_grant(grant_key, database_id, user)
            session.add(user)
            audit.append(session, admin, "init", details={"checkpoint": code,
                                                          "timezone": zone_name,
                                                          audit.SIGN_PUBLIC: user.sign_public})
        slots = KeySlots.create(keys_path, database_id)
        slots.grant_public = grant_key.public_key
        slots.set_slot(admin, password, keys, data_key, grant_key)
        slots.save()
    except BaseException:
        engine.dispose()
        _remove_quietly(path, keys_path)
        raise
    return Ledger(path, engine, Actor(admin, Role.IT_ADMIN), settings, data_key, keys=keys,
                  grant_key=grant_key, signer=keys.signer)


def open_ledger(path: Path, username: str, password: str) -> Ledger:
    """Unlock the database at ``path`` as ``username``; never creates anything.

    The user's own signing key comes out of their key slot: the sign-in's entries and every
    later one are signed with it, once their granted row names it.

    Wrong passwords raise ``WrongPassword`` (and are counted, then slowed: ``LoginThrottled``);
    a missing file raises ``DatabaseMissing``. Older schemas and version 1 key slots are
    upgraded on the way in. Every user row's grant is checked: the user's own row must verify
    (``GrantInvalid`` otherwise, unless they are an IT admin holding the grant key, who may
    sign in to repair it), and rows that do not are audited. The sign-in, and failed sign-ins
    since the last one, are written to the audit log.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseMissing(f"There is no database at {path}.")
    username = username.strip().lower()
    slots = KeySlots.load(keyfile_path(path))
    unlocked = slots.open_slot(username, password)
    engine, data_key = open_engine(path, unlocked.data_keys)
    try:
        upgrade(engine)
        keys = _upgraded_keys(slots.path, username, password, unlocked.keys, data_key)
        sign_in = SignIn(engine, KeySlots.load(slots.path), username, keys, unlocked.grant_key)
        sign_in.run()
        sign_in.save_key_changes(password)
        if sign_in.refused:
            raise GrantInvalid("This account's role could not be verified: it was changed "
                               "outside Checkpoint. Ask an IT admin.")
    except BaseException:
        engine.dispose()
        raise
    return Ledger(path, engine, sign_in.actor, sign_in.settings, data_key, keys=sign_in.keys,
                  grant_key=sign_in.grant_key, must_change_password=sign_in.must_change,
                  signer=sign_in.signer, settings_verified=sign_in.settings_verified,
                  unverified_users=tuple(sign_in.unverified_users))


def open_engine(path: Path, data_keys: tuple[bytes, ...]) -> tuple[Engine, bytes]:
    """An engine on the database under whichever of a slot's data keys opens it, and that key.

    Two keys mean a re-key was cut short (``Ledger.rekey``): it is finished here, whichever
    step it stopped at, so the key it was meant to retire stops opening the database.
    """
    engine = make_engine(path, data_keys[0])
    try:
        check_key(engine, path)
    except DatabaseUnreadable:
        engine.dispose()
        if len(data_keys) < 2:
            raise
        # The database was re-keyed; only the key file's last step is missing.
        engine = make_engine(path, data_keys[1])
        try:
            check_key(engine, path)
        except BaseException:
            engine.dispose()
            raise
    else:
        if len(data_keys) < 2:
            return engine, data_keys[0]
        # Stopped before the database was re-keyed: the old key still opens it. Re-key now.
        rekey(engine, data_keys[1])
        engine = make_engine(path, data_keys[1])
    with KeySlots.changing(keyfile_path(path)) as slots:
        slots.finish_rekey()
    return engine, data_keys[1]


def _upgraded_keys(keyfile: Path, username: str, password: str, keys: UserKeys | None,
                   data_key: bytes) -> UserKeys:
    """The user's keys, upgrading a version 1 slot (possible only now, with the password) and
    trusting the device's grant key for the first time if they trust none yet (trust on first
    use: the key file's copy is taken as it stands)."""
    if keys is not None and keys.trusted_grant_public is not None:
        return keys
    with KeySlots.changing(keyfile) as slots:
        if keys is None:
            keys = UserKeys.generate(username, slots.grant_public)
            slots.set_slot(username, password, keys, data_key)
        elif slots.grant_public is not None:
            keys = keys.trusting(slots.grant_public)
            slots.reseal(username, password, keys)
    return keys


def utc_now() -> datetime:
    """Now, as an aware UTC datetime (what every stored time is)."""
    return datetime.now(UTC)


def days(start: date, end: date) -> Iterator[date]:
    """Every date from ``start`` to ``end`` inclusive."""
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)
