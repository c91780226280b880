"""Changing the checkpoint's settings: time zone, idle lock and retention (IT admin)."""

from __future__ import annotations

from dataclasses import replace

from checkpoint import audit
from checkpoint.errors import ValidationError
from checkpoint.ledger import Ledger, timezone_or_error
from checkpoint.models import Setting
from checkpoint.permissions import Action
from contract.errors import ErrorCode

IDLE_LOCK_RANGE = (0, 240)  # minutes; 0 never locks
RETENTION_RANGE = (30, 3650)  # days


def _in_range(value: int, limits: tuple[int, int], field: str, words: str) -> int:
    low, high = limits
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"{words} must be a whole number from {low} to {high}",
                              code=ErrorCode.OUT_OF_RANGE, field=field, minimum=low, maximum=high,
                              value=value)
    return value


def update_settings(ledger: Ledger, *, timezone: str | None = None,
                    idle_lock_minutes: int | None = None,
                    retention_days: int | None = None) -> list[str]:
    """Change the settings given (None leaves one as it is); returns the keys that changed.

    Every value is checked before anything is written: an IANA time zone name, idle lock
    minutes from 0 (never lock) to 240, retention days from 30 to 3650. The change is one
    transaction with its audit entry (the keys changed, not their values), and ``ledger.settings``
    is replaced so the running app sees the new values at once.

    A time-zone change only affects records saved afterwards: each crossing's local day is fixed
    when it is written, so days already recorded, tallied or closed keep the day they counted on.
    """
    ledger.actor.require(Action.SETTINGS)
    current = ledger.settings
    wanted: dict[str, str | int] = {}
    if timezone is not None:
        name = timezone.strip()
        if not name:
            raise ValidationError("a time zone is required",
                                  code=ErrorCode.REQUIRED, field="timezone")
        timezone_or_error(name)
        wanted["timezone"] = name
    if idle_lock_minutes is not None:
        wanted["idle_lock_minutes"] = _in_range(idle_lock_minutes, IDLE_LOCK_RANGE,
                                                "idle_lock_minutes", "idle lock minutes")
    if retention_days is not None:
        ledger.actor.require(Action.RETENTION)
        wanted["retention_days"] = _in_range(retention_days, RETENTION_RANGE, "retention_days",
                                             "retention days")
    changed = {key: value for key, value in wanted.items() if getattr(current, key) != value}
    if not changed:
        return []
    with ledger.writing() as session:
        for key, value in changed.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=str(value)))
            else:
                row.value = str(value)
        audit.append(session, ledger.actor.username, "settings",
                     details={"changed": sorted(changed)})
    # A new object: the settings are frozen, and the old one's cached zone must not linger.
    ledger.settings = replace(
        current, timezone=str(changed.get("timezone", current.timezone)),
        idle_lock_minutes=int(changed.get("idle_lock_minutes", current.idle_lock_minutes)),
        retention_days=int(changed.get("retention_days", current.retention_days)))
    return sorted(changed)
