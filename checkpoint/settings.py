"""The device's settings in one place: every ``Setting`` row's key, how rows are read and
written, and the IT admin's changes to them (DESIGN §4).

Settings are key/value text rows inside the encrypted database. ``SettingKey`` names every row;
no other module spells a key. The checkpoint's own settings are read once when the ledger opens
(``CheckpointSettings``); the sync settings are read afresh each round (``SyncSettings``),
because the sync loop writes them as it goes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlmodel import Session, col

from checkpoint import audit
from checkpoint.errors import DatabaseUnreadable, ValidationError
from checkpoint.grants import GrantKey
from checkpoint.models import Setting
from checkpoint.permissions import Action
from checkpoint.signing import verify
from contract.canonical import canonical_json
from contract.errors import ErrorCode

if TYPE_CHECKING:  # the ledger holds these settings; only its type is needed here
    from checkpoint.ledger import Ledger

DEFAULT_TIMEZONE = "Asia/Karachi"
DEFAULT_RETENTION_DAYS = 365
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_RANGE = (0, 240)  # minutes; 0 never locks
RETENTION_RANGE = (30, 3650)  # days
# HQ's lists older than this many days are shown as out of date (warnings may be missing).
DEFAULT_REFERENCE_STALE_DAYS = 7
REFERENCE_STALE_RANGE = (1, 365)  # days


class SettingKey(StrEnum):
    """Every settings row, by the key it is stored under."""

    CHECKPOINT = "checkpoint"
    TIMEZONE = "timezone"
    # Fixed at ``init``: the key file names it, and it is the device id HQ knows this device by.
    DATABASE_ID = "database_id"
    RETENTION_DAYS = "retention_days"
    IDLE_LOCK_MINUTES = "idle_lock_minutes"
    HQ_URL = "sync.hq_url"
    HQ_ID = "sync.hq_id"
    TOKEN = "sync.token"
    PIN = "sync.pin"
    CURSOR = "sync.cursor"
    LAST_SUCCESS = "sync.last_success"
    LAST_ERROR = "sync.last_error"
    LAST_ATTEMPT = "sync.last_attempt"
    # The last retention purge (``checkpoint.retention``): when, and its counts as JSON.
    PURGE_LAST_RUN = "retention.last_run"
    PURGE_LAST_RESULT = "retention.last_result"
    # The grant key's signature over the security settings (``sign_security_settings``).
    SECURITY_SIGNATURE = "security_settings_signature"
    # The last audit entry HQ said it holds for this device, as "seq:hash" (``audit_anchor``).
    HQ_AUDIT_HEAD = "sync.hq_audit_head"
    # HQ's reference data as last applied (``checkpoint.reference``): its version, HQ's clock
    # when it was current (ISO), and the key departures are hashed with (base64).
    REFERENCE_VERSION = "reference.version"
    REFERENCE_AS_OF = "reference.as_of"
    REFERENCE_DIGEST_KEY = "reference.digest_key"
    # After how many days the lists count as out of date (an IT admin's setting).
    REFERENCE_STALE_DAYS = "reference_stale_days"


# The settings an insider could abuse (send the data to another HQ, stop purging, never lock):
# an IT admin's grant key signs them together, so a change behind the app's back is detected.
# The reference lists' stale days are not among them: they hide nothing (the age is always
# shown), and adding a key here would void every signature already made.
SECURITY_KEYS = (SettingKey.CHECKPOINT, SettingKey.TIMEZONE, SettingKey.RETENTION_DAYS,
                 SettingKey.IDLE_LOCK_MINUTES, SettingKey.HQ_URL, SettingKey.PIN,
                 SettingKey.DATABASE_ID)


# Rows that older versions wrote and nothing reads any more; removed when a ledger opens.
# "sync.device_id" was a copy of "database_id", written at enrollment.
_RETIRED = ("sync.device_id",)


def read_values(session: Session) -> dict[SettingKey, str]:
    """Every settings row that is stored, by key."""
    rows = session.execute(select(col(Setting.key), col(Setting.value)).where(
        col(Setting.key).in_(list(SettingKey))))
    return {SettingKey(key): value for key, value in rows}


def write_values(session: Session, values: Mapping[SettingKey, str | int | None]) -> None:
    """Store these rows in the caller's transaction; None removes a row."""
    for key, value in values.items():
        if value is None:
            session.execute(delete(Setting).where(col(Setting.key) == key.value))
            continue
        statement = insert(Setting).values(key=key.value, value=str(value))
        session.execute(statement.on_conflict_do_update(
            index_elements=["key"], set_={"value": statement.excluded.value}))


def forget_retired(session: Session) -> None:
    """Remove rows older versions wrote that nothing reads, so each fact is stored once."""
    session.execute(delete(Setting).where(col(Setting.key).in_(_RETIRED)))


def timezone_or_error(name: str) -> ZoneInfo:
    """A time zone by its IANA name, or a clear ``ValidationError``."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"unknown time zone {name!r} (expected a name like Asia/Karachi)",
                              code=ErrorCode.UNKNOWN_TIMEZONE, field="timezone") from None


# -- the security settings' signature ----------------------------------------------------------

def _security_message(session: Session) -> bytes:
    values = read_values(session)
    return canonical_json({key.value: values.get(key) for key in SECURITY_KEYS}).encode()


def sign_security_settings(session: Session, grant_key: GrantKey | None) -> None:
    """Sign the security settings as they now stand in the caller's transaction (an IT admin
    changed one); no-op while the device has no grant key yet (``grant_key`` None)."""
    if grant_key is not None:
        write_values(session, {SettingKey.SECURITY_SIGNATURE:
                               grant_key.sign(_security_message(session))})


def security_settings_verify(session: Session, trusted: str | None) -> bool:
    """Whether the security settings carry the trusted grant key's signature (always, while the
    device has no grant key yet: they are trusted as stored until the first IT admin signs)."""
    if trusted is None:
        return True
    signature = read_values(session).get(SettingKey.SECURITY_SIGNATURE)
    return signature is not None and verify(trusted, _security_message(session), signature)


def security_settings_fingerprint(session: Session) -> str:
    """A short hash of the security settings as stored (not their values): tells one
    unverified state from another in the audit log."""
    return hashlib.sha256(_security_message(session)).hexdigest()[:16]


# -- the checkpoint's own settings --------------------------------------------------------------

@dataclass(frozen=True)
class CheckpointSettings:
    """The checkpoint's settings, read once when the ledger opens."""

    checkpoint: str
    timezone: str
    database_id: str
    retention_days: int = DEFAULT_RETENTION_DAYS
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    reference_stale_days: int = DEFAULT_REFERENCE_STALE_DAYS

    @cached_property
    def zone(self) -> ZoneInfo:
        """The checkpoint's time zone: days are counted in it."""
        return ZoneInfo(self.timezone)

    def no_laxer_than_defaults(self) -> CheckpointSettings:
        """These settings with the idle lock and retention no laxer than the defaults: what
        applies while the security settings do not verify (edited outside Checkpoint), so an
        edit cannot switch the lock off or keep personal data longer."""
        lock = self.idle_lock_minutes
        return replace(self,
                       idle_lock_minutes=min(lock, DEFAULT_IDLE_LOCK_MINUTES) if lock
                       else DEFAULT_IDLE_LOCK_MINUTES,
                       retention_days=min(self.retention_days, DEFAULT_RETENTION_DAYS))

    def rows(self) -> dict[SettingKey, str | int | None]:
        """These settings as the rows that store them."""
        return {SettingKey.CHECKPOINT: self.checkpoint, SettingKey.TIMEZONE: self.timezone,
                SettingKey.DATABASE_ID: self.database_id,
                SettingKey.RETENTION_DAYS: self.retention_days,
                SettingKey.IDLE_LOCK_MINUTES: self.idle_lock_minutes,
                SettingKey.REFERENCE_STALE_DAYS: self.reference_stale_days}


def read_settings(session: Session) -> CheckpointSettings:
    """The checkpoint's settings from their rows."""
    values = read_values(session)
    try:
        return CheckpointSettings(
            checkpoint=values[SettingKey.CHECKPOINT], timezone=values[SettingKey.TIMEZONE],
            database_id=values[SettingKey.DATABASE_ID],
            retention_days=int(values.get(SettingKey.RETENTION_DAYS, DEFAULT_RETENTION_DAYS)),
            idle_lock_minutes=int(values.get(SettingKey.IDLE_LOCK_MINUTES,
                                             DEFAULT_IDLE_LOCK_MINUTES)),
            reference_stale_days=int(values.get(SettingKey.REFERENCE_STALE_DAYS,
                                                DEFAULT_REFERENCE_STALE_DAYS)))
    except KeyError:
        raise DatabaseUnreadable("The database has no checkpoint settings; it was never "
                                 "initialised completely.",
                                 code=ErrorCode.NOT_INITIALISED) from None


def _in_range(value: int, limits: tuple[int, int], field: str, words: str) -> int:
    low, high = limits
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"{words} must be a whole number from {low} to {high}",
                              code=ErrorCode.OUT_OF_RANGE, field=field, minimum=low,
                              maximum=high, value=value)
    return value


def update_settings(ledger: Ledger, *, timezone: str | None = None,
                    idle_lock_minutes: int | None = None,
                    retention_days: int | None = None,
                    reference_stale_days: int | None = None) -> list[str]:
    """Change the settings given (None leaves one as it is); returns the keys that changed.

    Every value is checked before anything is written: an IANA time zone name, idle lock
    minutes from 0 (never lock) to 240, retention days from 30 to 3650, the days after which
    HQ's lists count as out of date from 1 to 365. The change is one
    transaction with its audit entry (the keys changed, not their values), and ``ledger.settings``
    is replaced so the running app sees the new values at once.

    A time-zone change only affects records saved afterwards: each crossing's local day is fixed
    when it is written, so days already recorded, tallied or closed keep the day they counted on.
    """
    ledger.actor.require(Action.SETTINGS)
    current = ledger.settings
    wanted: dict[SettingKey, str | int] = {}
    if timezone is not None:
        name = timezone.strip()
        if not name:
            raise ValidationError("a time zone is required", code=ErrorCode.REQUIRED,
                                  field="timezone")
        timezone_or_error(name)
        wanted[SettingKey.TIMEZONE] = name
    if idle_lock_minutes is not None:
        wanted[SettingKey.IDLE_LOCK_MINUTES] = _in_range(
            idle_lock_minutes, IDLE_LOCK_RANGE, "idle_lock_minutes", "idle lock minutes")
    if retention_days is not None:
        ledger.actor.require(Action.RETENTION)
        wanted[SettingKey.RETENTION_DAYS] = _in_range(retention_days, RETENTION_RANGE,
                                                      "retention_days", "retention days")
    if reference_stale_days is not None:
        wanted[SettingKey.REFERENCE_STALE_DAYS] = _in_range(
            reference_stale_days, REFERENCE_STALE_RANGE, "reference_stale_days",
            "days before HQ's lists count as out of date")
    changed = {key: value for key, value in wanted.items()
               if getattr(current, key.value) != value}
    grant_key = ledger.granting()
    # Saving unchanged settings still signs them again: how an IT admin vouches for settings
    # that no longer verify.
    if not changed and ledger.settings_verified:
        return []
    with ledger.writing() as session:
        write_values(session, changed)
        sign_security_settings(session, grant_key)
        audit.append(session, ledger.actor.username, "settings",
                     details={"changed": sorted(key.value for key in changed)})
    ledger.settings_verified = True
    # A new object: the settings are frozen, and the old one's cached zone must not linger.
    ledger.settings = replace(
        current, timezone=str(changed.get(SettingKey.TIMEZONE, current.timezone)),
        idle_lock_minutes=int(changed.get(SettingKey.IDLE_LOCK_MINUTES,
                                          current.idle_lock_minutes)),
        retention_days=int(changed.get(SettingKey.RETENTION_DAYS, current.retention_days)),
        reference_stale_days=int(changed.get(SettingKey.REFERENCE_STALE_DAYS,
                                             current.reference_stale_days)))
    return sorted(key.value for key in changed)


# -- the sync settings ------------------------------------------------------------------------

@dataclass(frozen=True)
class SyncSettings:
    """Where HQ is and who this device is to it; all inside the encrypted database."""

    hq_url: str | None
    hq_id: str | None
    device_id: str
    token: str | None
    pin: str | None
    cursor: str
    last_success: str | None
    last_error: str | None
    last_attempt: str | None
    # Whether the HQ address and pin (with the other security settings) carry an IT admin's
    # grant signature: sync refuses to run against unverified ones.
    verified: bool = True

    @property
    def enrolled(self) -> bool:
        """Whether sync can run."""
        return bool(self.hq_url and self.token)


def sync_settings(ledger: Ledger) -> SyncSettings:
    """The stored sync settings and the outcome of the last attempt."""
    with ledger.reading() as session:
        values = read_values(session)
        verified = security_settings_verify(session, ledger.trusted_grant_public)
    return SyncSettings(
        hq_url=values.get(SettingKey.HQ_URL), hq_id=values.get(SettingKey.HQ_ID),
        device_id=ledger.settings.database_id, token=values.get(SettingKey.TOKEN),
        pin=values.get(SettingKey.PIN), cursor=values.get(SettingKey.CURSOR, ""),
        last_success=values.get(SettingKey.LAST_SUCCESS),
        last_error=values.get(SettingKey.LAST_ERROR),
        last_attempt=values.get(SettingKey.LAST_ATTEMPT), verified=verified)
