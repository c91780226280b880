"""The tally (DESIGN §7): departures counted by day, range or shift, voided records left out.

Days and ranges read the per-day counters (``checkpoint.daycounts``). A shift is a window of
local time on one day (06:00-14:00, or 22:00-06:00 running into the next day): the counters
cannot split a day, so a shift is counted from its crossings, the same way the counters are
kept (``crossing_keys``); a shift is at most 24 hours, so that is at most a day's records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from checkpoint.daycounts import crossing_keys, read_counts
from checkpoint.errors import ValidationError
from checkpoint.ledger import Ledger, days
from checkpoint.models import Crossing, DocumentCheck
from checkpoint.permissions import Action
from contract.errors import ErrorCode
from contract.tallyrules import HOUSEHOLDS, Key, build_tally


def check_range(start: date, end: date | None) -> date:
    """The end of the range (``start`` alone is one day); refuses a range that runs backwards."""
    end = end or start
    if end < start:
        raise ValidationError(f"the range ends ({end}) before it starts ({start})",
                              code=ErrorCode.RANGE_REVERSED, field="to")
    return end


def tally_in(session: Session, checkpoint: str, start: date, end: date) -> dict[str, Any]:
    """The tally read inside an open session (for close-outs, in their own transaction)."""
    return build_tally(checkpoint, start, end, read_counts(session, start, end))


def tally(ledger: Ledger, start: date, end: date | None = None) -> dict[str, Any]:
    """The tally for a day (``end`` omitted) or an inclusive range of checkpoint-local days."""
    ledger.actor.require(Action.TALLY)
    end = check_range(start, end)
    with ledger.reading() as session:
        return tally_in(session, ledger.settings.checkpoint, start, end)


# -- shifts and periods -----------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """What a tally covers: checkpoint-local days ``start``..``end``, or one shift.

    A shift starts on ``start`` at ``shift_start`` and ends at ``shift_end`` the same day, or
    the next day when ``shift_end`` is not after ``shift_start`` (22:00-06:00; 00:00-00:00 is
    the whole day).
    """

    start: date
    end: date
    shift_start: time | None = None
    shift_end: time | None = None

    @classmethod
    def day(cls, day: date) -> Period:
        """One whole day."""
        return cls(day, day)

    @classmethod
    def between(cls, start: date, end: date | None = None) -> Period:
        """An inclusive range of days (refused when it runs backwards)."""
        return cls(start, check_range(start, end))

    @classmethod
    def shift(cls, day: date, start: time, end: time) -> Period:
        """The shift from ``start`` on ``day`` to ``end`` (on the next day if not after it)."""
        return cls(day, day + timedelta(days=1) if end <= start else day, start, end)

    @property
    def is_shift(self) -> bool:
        """Whether this is a shift rather than whole days."""
        return self.shift_start is not None and self.shift_end is not None

    def local_window(self, ledger: Ledger) -> tuple[datetime, datetime]:
        """Where the period begins and ends (exclusive), as aware checkpoint-local times."""
        zone = ledger.settings.zone
        if self.shift_start is not None and self.shift_end is not None:
            return (datetime.combine(self.start, self.shift_start, zone),
                    datetime.combine(self.end, self.shift_end, zone))
        return (datetime.combine(self.start, time(0), zone),
                datetime.combine(self.end + timedelta(days=1), time(0), zone))

    def utc_window(self, ledger: Ledger) -> tuple[datetime, datetime]:
        """``local_window`` in UTC, as stored times are compared."""
        since, until = self.local_window(ledger)
        return since.astimezone(UTC), until.astimezone(UTC)

    def covered_days(self) -> list[date]:
        """The checkpoint-local days the period touches (a night shift touches two)."""
        last = self.end
        if self.is_shift and self.shift_end == time(0) and self.end > self.start:
            last = self.end - timedelta(days=1)  # ends at midnight: nothing of the next day
        return list(days(self.start, last))


def shift_tally_in(session: Session, checkpoint: str, since: datetime, until: datetime,
                   local: tuple[datetime, datetime]) -> dict[str, Any]:
    """The tally of crossings made from ``since`` until ``until`` (UTC, end excluded).

    ``local`` is the same window in checkpoint-local time: it names the object's ``from`` and
    ``to`` and bounds the days read (the day index), so the time filter scans only them.
    Plain columns, not model objects: a busy day's shift is thousands of rows.
    """
    in_window = (col(Crossing.local_day) >= local[0].date(),
                 col(Crossing.local_day) <= local[1].date(),
                 col(Crossing.crossed_at) >= since, col(Crossing.crossed_at) < until,
                 col(Crossing.voided).is_(False))
    crossings = session.execute(
        select(col(Crossing.uuid), col(Crossing.household_uuid),
               col(Crossing.origin_province), col(Crossing.sex), col(Crossing.age_years),
               col(Crossing.birth_date), col(Crossing.local_day), col(Crossing.return_type),
               col(Crossing.vulnerabilities)).where(*in_window)).all()
    checks: dict[str, list[Any]] = {}
    for check in session.execute(
            select(col(DocumentCheck.crossing_uuid), col(DocumentCheck.document_type),
                   col(DocumentCheck.result), col(DocumentCheck.warnings))
            .join(Crossing, col(Crossing.uuid) == col(DocumentCheck.crossing_uuid))
            .where(*in_window)):
        checks.setdefault(check.crossing_uuid, []).append(check)
    counts: Counter[Key] = Counter()
    for crossing in crossings:
        counts.update(crossing_keys(crossing, checks.get(crossing.uuid, [])))
    # A household is counted once however many of its people crossed in the window.
    households = len({crossing.household_uuid for crossing in crossings})
    if households:
        counts[(HOUSEHOLDS, "")] = households
    return build_tally(checkpoint, local[0], local[1], dict(counts))


def shift_tally(ledger: Ledger, day: date, start: time, end: time) -> dict[str, Any]:
    """The tally of one shift: ``start`` to ``end`` local time on ``day`` (DESIGN §7 shape).

    ``from`` and ``to`` are the window's local times (ISO, with offset; ``to`` excluded).
    """
    return tally_of(ledger, Period.shift(day, start, end))


def tally_in_period(session: Session, ledger: Ledger, period: Period) -> dict[str, Any]:
    """The tally of a period inside an open session."""
    checkpoint = ledger.settings.checkpoint
    if period.is_shift:
        since, until = period.utc_window(ledger)
        return shift_tally_in(session, checkpoint, since, until, period.local_window(ledger))
    return tally_in(session, checkpoint, period.start, period.end)


def tally_of(ledger: Ledger, period: Period) -> dict[str, Any]:
    """The tally of a day, a range of days or a shift."""
    ledger.actor.require(Action.TALLY)
    with ledger.reading() as session:
        return tally_in_period(session, ledger, period)
