"""The national tally's per-day sums as HQ keeps them, and as they follow from its rows.

``kept(engine)`` reads ``hq_day_count`` (sums left at zero dropped); ``recomputed(engine)``
sums every crossing's keys (``hq_crossing_count``) per checkpoint and day, and counts each
household on its first day while anyone in it is not voided, straight from ``hq_crossing``
(the rule the tally used before the sums were kept). The two must always be equal.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import Engine, text

Sums = Counter[tuple[date, str, str, str]]


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def kept(engine: Engine) -> Sums:
    """``hq_day_count`` as held."""
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT local_day, checkpoint, dimension, value, n FROM hq_day_count WHERE n <> 0"))
        return Counter({(_day(day), cp, dim, value): n for day, cp, dim, value, n in rows})


def recomputed(engine: Engine) -> Sums:
    """The sums from the rows themselves."""
    sums: Sums = Counter()
    with engine.connect() as connection:
        for day, cp, dim, value, n in connection.execute(text(
                "SELECT local_day, checkpoint, dimension, value, sum(n) FROM hq_crossing_count "
                "GROUP BY local_day, checkpoint, dimension, value")):
            sums[(_day(day), cp, dim, value)] += int(n)
        for day, cp, n in connection.execute(text(
                "SELECT first_day, checkpoint, count(*) FROM (SELECT household_uuid, "
                "min(local_day) AS first_day, min(checkpoint) AS checkpoint, "
                "max(CASE WHEN voided THEN 0 ELSE 1 END) AS living FROM hq_crossing "
                "GROUP BY household_uuid) AS households WHERE living = 1 "
                "GROUP BY first_day, checkpoint")):
            sums[(_day(day), cp, "households", "")] += int(n)
    return Counter({key: n for key, n in sums.items() if n})
