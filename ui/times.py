"""Moments shown to people: always in the checkpoint's time zone, never the computer's or UTC.

The database stores UTC (naive from SQLite); a desk in Torkham reads Asia/Karachi whatever
zone the computer itself was set to. The digits and calendar are the user's (``ui.display``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from ui.display import date_text, date_time_text, time_text


def local_time(at: datetime, zone: ZoneInfo) -> datetime:
    """A stored moment (naive means UTC) in the checkpoint's zone."""
    return (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).astimezone(zone)


def minute_text(at: datetime, zone: ZoneInfo) -> str:
    """``2026-12-07 14:05`` at the checkpoint."""
    return date_time_text(local_time(at, zone))


def day_text(at: datetime, zone: ZoneInfo) -> str:
    """``2026-12-07``: the checkpoint's date of a moment."""
    return date_text(local_time(at, zone).date())


def recent_text(at: datetime, zone: ZoneInfo, today: date) -> str:
    """``14:05`` when the moment fell on ``today`` at the checkpoint, else the date too."""
    local = local_time(at, zone)
    return time_text(local) if local.date() == today else minute_text(at, zone)
