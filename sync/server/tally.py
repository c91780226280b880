"""The national tally (DESIGN §7): the device's tally object, summed over checkpoints.

Each current, not voided crossing keeps its tally keys in ``hq_crossing_count`` (written with the
crossing, by :func:`counted_keys`), and ingest keeps them summed per checkpoint and day, with the
households counted on their first day (``daycounts``), so a tally is one GROUP BY over a few
thousand rows for the days asked for.
The keys and the object are the contract's (``contract.tallyrules``), the same as the device's.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from contract.errors import ErrorCode
from contract.tallyrules import TOTAL, Key, build_tally, crossing_keys
from contract.wire import CrossingData
from sync.server.errors import Malformed
from sync.server.models import DayCount


def counted_keys(crossing: CrossingData) -> Counter[Key]:
    """The tally keys one crossing adds to its day, with their counts (none when voided)."""
    if crossing.voided:
        return Counter()
    return Counter(crossing_keys(crossing, crossing.documents, crossing.vulnerabilities))


def national_tally(session: Session, start: date, end: date | None = None,
                   checkpoint: str | None = None) -> dict[str, Any]:
    """The DESIGN §7 tally over every checkpoint (or one), plus ``by_checkpoint`` totals."""
    end = end or start
    if end < start:
        raise Malformed(f"the range ends ({end}) before it starts ({start})",
                        code=ErrorCode.RANGE_REVERSED)
    query = (select(col(DayCount.checkpoint), col(DayCount.dimension), col(DayCount.value),
                    func.sum(col(DayCount.n)))
             .where(col(DayCount.local_day) >= start, col(DayCount.local_day) <= end)
             .group_by(col(DayCount.checkpoint), col(DayCount.dimension),
                       col(DayCount.value)))
    if checkpoint:
        query = query.where(col(DayCount.checkpoint) == checkpoint)
    counts: Counter[Key] = Counter()
    by_checkpoint: Counter[str] = Counter()
    for where, dimension, value, n in session.execute(query):
        counts[(dimension, value)] += int(n)
        if dimension == TOTAL:
            by_checkpoint[where] += int(n)
    result = build_tally(checkpoint or "ALL", start, end, counts)
    result["by_checkpoint"] = {where: n for where, n in sorted(by_checkpoint.items()) if n}
    return result
