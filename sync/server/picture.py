"""The national picture: the tally of a range, its days one by one, and what is not settled.

The numbers are the national tally's (``tally.national_tally``, the same as
``controlroom tally --json``); next to them the picture reads, each in one query:

- departures per day and checkpoint, from the same per-day sums (the ``total`` key), so the
  days of the chart add up to the tally's total;
- late amendments: current crossings marked ``late`` (created, corrected or voided after their
  day was closed; DESIGN §4), per checkpoint and day;
- unsettled days: a close-out HQ could not reconcile (records missing, or a tally hash that
  does not match its numbers), and a day with departures but no close-out at all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlmodel import Session, col

from contract import codes
from contract.errors import ErrorCode
from contract.failure import InvalidValue
from contract.tallyrules import TOTAL
from sync.server.errors import Malformed
from sync.server.models import Closeout, Crossing, DayTally
from sync.server.tally import national_tally

# A range longer than this is refused: the chart and the day list are read one day a line.
LONGEST_RANGE_DAYS = 366


@dataclass(frozen=True)
class DayCount:
    """Departures on one day (every checkpoint asked for), zero when none were counted."""

    day: date
    departures: int


@dataclass(frozen=True)
class LateDay:
    """Crossings of one checkpoint's day that changed after the day was closed."""

    checkpoint: str
    day: date
    crossings: int


@dataclass(frozen=True)
class UnsettledDay:
    """A checkpoint's day HQ cannot vouch for yet.

    ``closed`` is False for a day with departures and no close-out; otherwise ``missing``
    records are not yet at HQ and/or ``hash_matches`` is False (the close-out's numbers do not
    hash to what it says)."""

    checkpoint: str
    day: date
    departures: int
    closed: bool
    frozen_total: int = 0
    missing: int = 0
    hash_matches: bool = True


@dataclass(frozen=True)
class NationalPicture:
    """What the national picture page shows for one range (and perhaps one checkpoint)."""

    start: date
    end: date
    checkpoint: str | None
    tally: dict[str, Any]
    days: list[DayCount]
    late: list[LateDay]
    unsettled: list[UnsettledDay]

    @property
    def late_crossings(self) -> int:
        """How many crossings of the range were changed after their day was closed."""
        return sum(line.crossings for line in self.late)


def picture_zone() -> str:
    """The time zone the crossing points count their days in (the list gives each its own;
    today they share Asia/Karachi, and with several the latest "today" is taken)."""
    zones = {codes.crossing_point_timezone(code) for code in codes.crossing_points().codes}
    return max(sorted(zones), key=lambda zone: datetime.now(ZoneInfo(zone)).replace(tzinfo=None))


def now_at_the_crossing_points() -> datetime:
    """The time now where the crossing points count their days."""
    return datetime.now(ZoneInfo(picture_zone()))


def today() -> date:
    """Today at the crossing points."""
    return now_at_the_crossing_points().date()


def day_at_the_crossing_points(moment: datetime) -> date:
    """The day ``moment`` falls on where the crossing points count their days."""
    return moment.astimezone(ZoneInfo(picture_zone())).date()


def checkpoint_code(text: str | None) -> str | None:
    """The crossing point a filter names (its code, name or an alias), None for all of them."""
    if text is None or not text.strip():
        return None
    try:
        return codes.crossing_points().resolve(text)
    except InvalidValue as unknown:  # its sentence names the text and the crossing points
        raise Malformed(str(unknown), code=ErrorCode.UNKNOWN_CROSSING_POINT) from None


def check_range(start: date, end: date) -> None:
    """Refuse a range that ends before it starts or is longer than the picture shows."""
    if end < start:
        raise Malformed(f"the range ends ({end}) before it starts ({start})",
                        code=ErrorCode.RANGE_REVERSED)
    if (end - start).days + 1 > LONGEST_RANGE_DAYS:
        raise Malformed(f"the range from {start} to {end} is longer than "
                        f"{LONGEST_RANGE_DAYS} days; ask for a year or less",
                        code=ErrorCode.OUT_OF_RANGE)


def national_picture(session: Session, start: date, end: date,
                     checkpoint: str | None = None) -> NationalPicture:
    """The picture of ``start``..``end`` (inclusive), all checkpoints or one."""
    check_range(start, end)
    tally = national_tally(session, start, end, checkpoint)
    per_day = _departures_per_day(session, start, end, checkpoint)
    totals: dict[date, int] = defaultdict(int)
    for (_, day), n in per_day.items():
        totals[day] += n
    days = [DayCount(start + timedelta(days=i), totals.get(start + timedelta(days=i), 0))
            for i in range((end - start).days + 1)]
    return NationalPicture(start, end, checkpoint, tally, days,
                           _late(session, start, end, checkpoint),
                           _unsettled(session, start, end, checkpoint, per_day))


def _departures_per_day(session: Session, start: date, end: date,
                        checkpoint: str | None) -> dict[tuple[str, date], int]:
    """Departures per (checkpoint, day): the tally's ``total`` key, summed per day."""
    query = (select(col(DayTally.checkpoint), col(DayTally.local_day),
                    func.sum(col(DayTally.n)))
             .where(col(DayTally.dimension) == TOTAL,
                    col(DayTally.local_day) >= start, col(DayTally.local_day) <= end)
             .group_by(col(DayTally.checkpoint), col(DayTally.local_day)))
    if checkpoint:
        query = query.where(col(DayTally.checkpoint) == checkpoint)
    return {(where, day): int(n) for where, day, n in session.execute(query) if n}


def _late(session: Session, start: date, end: date, checkpoint: str | None) -> list[LateDay]:
    query = (select(col(Crossing.checkpoint), col(Crossing.local_day), func.count())
             .where(col(Crossing.late).is_(True), col(Crossing.local_day) >= start,
                    col(Crossing.local_day) <= end)
             .group_by(col(Crossing.checkpoint), col(Crossing.local_day))
             .order_by(col(Crossing.local_day), col(Crossing.checkpoint)))
    if checkpoint:
        query = query.where(col(Crossing.checkpoint) == checkpoint)
    return [LateDay(where, day, int(n)) for where, day, n in session.execute(query)]


def _unsettled(session: Session, start: date, end: date, checkpoint: str | None,
               per_day: dict[tuple[str, date], int]) -> list[UnsettledDay]:
    query = select(Closeout).where(col(Closeout.day) >= start, col(Closeout.day) <= end)
    if checkpoint:
        query = query.where(col(Closeout.checkpoint) == checkpoint)
    closed: set[tuple[str, date]] = set()
    found: list[UnsettledDay] = []
    for row in session.execute(query).scalars():
        closed.add((row.checkpoint, row.day))
        if not row.reconciled or not row.tally_hash_matches:
            found.append(UnsettledDay(row.checkpoint, row.day,
                                      per_day.get((row.checkpoint, row.day), 0), True,
                                      row.frozen_total, row.missing, row.tally_hash_matches))
    found += [UnsettledDay(where, day, n, closed=False)
              for (where, day), n in per_day.items() if (where, day) not in closed]
    return sorted(found, key=lambda line: (line.day, line.checkpoint))
