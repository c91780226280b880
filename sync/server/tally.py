"""The national tally (DESIGN §7): the device's tally object, summed over checkpoints.

Each current, not voided crossing keeps its tally keys in ``hq_crossing_count`` (written with the
crossing, by :func:`counted_keys`); ingest sums them per checkpoint and day in ``hq_day_tally``
and keeps each household's first day in ``hq_household`` (``daytally``), so a tally is one
indexed GROUP BY over a few thousand rows per month asked for, at any national scale.
The keys and the object are the contract's (``contract.tallyrules``), the same as the device's.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from contract.errors import ErrorCode
from contract.tallyrules import HOUSEHOLDS, TOTAL, Key, build_tally, crossing_keys
from contract.wire import CrossingData
from sync.server.errors import Malformed
from sync.server.models import Crossing, DayTally, Household


def counted_keys(crossing: CrossingData) -> Counter[Key]:
    """The tally keys one crossing adds to its day, with their counts (none when voided)."""
    if crossing.voided:
        return Counter()
    return Counter(crossing_keys(crossing, crossing.documents, crossing.vulnerabilities))


def _households(session: Session, start: date, end: date, checkpoint: str | None) -> int:
    """Households counted once, on their first day, while anyone in them is not voided (the
    first day over every checkpoint; with one checkpoint, those that crossed there too)."""
    query = select(func.count()).select_from(Household).where(
        col(Household.first_day) >= start, col(Household.first_day) <= end,
        col(Household.living).is_(True))
    if checkpoint:
        there = select(col(Crossing.household_uuid)).where(
            col(Crossing.checkpoint) == checkpoint, col(Crossing.local_day) >= start,
            col(Crossing.local_day) <= end)
        query = query.where(col(Household.household_uuid).in_(there))
    return int(session.execute(query).scalar_one())


def national_tally(session: Session, start: date, end: date | None = None,
                   checkpoint: str | None = None) -> dict[str, Any]:
    """The DESIGN §7 tally over every checkpoint (or one), plus ``by_checkpoint`` totals."""
    end = end or start
    if end < start:
        raise Malformed(f"the range ends ({end}) before it starts ({start})",
                        code=ErrorCode.RANGE_REVERSED)
    query = (select(col(DayTally.checkpoint), col(DayTally.dimension), col(DayTally.value),
                    func.sum(col(DayTally.n)))
             .where(col(DayTally.local_day) >= start, col(DayTally.local_day) <= end)
             .group_by(col(DayTally.checkpoint), col(DayTally.dimension), col(DayTally.value)))
    if checkpoint:
        query = query.where(col(DayTally.checkpoint) == checkpoint)
    counts: Counter[Key] = Counter()
    by_checkpoint: Counter[str] = Counter()
    for where, dimension, value, n in session.execute(query):
        counts[(dimension, value)] += int(n)
        if dimension == TOTAL:
            by_checkpoint[where] += int(n)
    counts[(HOUSEHOLDS, "")] = _households(session, start, end, checkpoint)
    result = build_tally(checkpoint or "ALL", start, end, counts)
    result["by_checkpoint"] = {where: n for where, n in sorted(by_checkpoint.items()) if n}
    return result
