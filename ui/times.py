"""Moments shown to people: always in the checkpoint's time zone, never the computer's or UTC.

The database stores UTC (naive from SQLite); a desk in Torkham reads Asia/Karachi whatever
zone the computer itself was set to.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo


def local_time(at: datetime, zone: ZoneInfo) -> datetime:
    """A stored moment (naive means UTC) in the checkpoint's zone."""
    return (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).astimezone(zone)


def minute_text(at: datetime, zone: ZoneInfo) -> str:
    """``2026-12-07 14:05`` at the checkpoint."""
    return local_time(at, zone).strftime("%Y-%m-%d %H:%M")


def day_text(at: datetime, zone: ZoneInfo) -> str:
    """``2026-12-07``: the checkpoint's date of a moment."""
    return local_time(at, zone).date().isoformat()


def recent_text(at: datetime, zone: ZoneInfo, today: date) -> str:
    """``14:05`` when the moment fell on ``today`` at the checkpoint, else the date too."""
    local = local_time(at, zone)
    return local.strftime("%H:%M") if local.date() == today else minute_text(at, zone)
