"""The national tally (DESIGN §7): the device's tally object, summed over checkpoints.

Each current, not voided crossing keeps its tally keys in ``hq_crossing_count`` (written with the
crossing, by ``crossing_keys``), so a tally is one indexed GROUP BY over the days asked for. The
rules are the device's (``checkpoint.daycounts``), restated here because HQ may not import the
device's core; the tests hold the two to the same numbers.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlmodel import Session, col

from contract.errors import ErrorCode
from sync.protocol import CrossingData
from sync.server.errors import Malformed
from sync.server.models import Crossing, CrossingCount

TOTAL = "total"
UNKNOWN = "unknown"
NO_DOCUMENT = "none"
AGE_BANDS = ("0-17", "18-59", "60+", UNKNOWN)
# Tally key -> counter dimension, in the order the object is printed (as on the device).
BREAKDOWNS = (("by_origin_province", "origin_province"), ("by_document_type", "document_type"),
              ("by_check_result", "check_result"), ("by_sex", "sex"),
              ("by_age_band", "age_band"), ("by_return_type", "return_type"),
              ("by_vulnerability", "vulnerability"))

Key = tuple[str, str]


def age_band(age_years: int | None, birth_date: date | None, on: date) -> str:
    """The tally's age band for a person on the (checkpoint-local) day they crossed."""
    if age_years is None and birth_date is not None:
        age_years = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month,
                                                                       birth_date.day))
    if age_years is None or age_years < 0:
        return UNKNOWN
    if age_years < 18:
        return "0-17"
    return "18-59" if age_years < 60 else "60+"


def crossing_keys(crossing: CrossingData) -> Counter[Key]:
    """The tally keys one crossing adds to its day (none when it is voided)."""
    keys: Counter[Key] = Counter()
    if crossing.voided:
        return keys
    keys.update([(TOTAL, ""), ("origin_province", crossing.origin_province or UNKNOWN),
                 ("sex", crossing.sex or UNKNOWN),
                 ("age_band", age_band(crossing.age_years, crossing.birth_date,
                                       crossing.local_day))])
    document_types: list[str] = sorted({check.document_type for check in crossing.documents})
    document_types = document_types or [NO_DOCUMENT]
    keys.update(("document_type", kind) for kind in document_types)
    keys.update(("check_result", check.result) for check in crossing.documents if check.result)
    keys[("return_type", crossing.return_type or UNKNOWN)] += 1
    keys.update(("vulnerability", flag) for flag in crossing.vulnerabilities if flag)
    return keys


def _households(session: Session, start: date, end: date, checkpoint: str | None) -> int:
    """Households counted once, on their first day, while anyone in them is not voided."""
    touching = select(col(Crossing.household_uuid)).where(
        col(Crossing.local_day) >= start, col(Crossing.local_day) <= end)
    if checkpoint:
        touching = touching.where(col(Crossing.checkpoint) == checkpoint)
    first_day = func.min(col(Crossing.local_day)).label("first_day")
    living = func.max(case((col(Crossing.voided).is_(False), 1), else_=0)).label("living")
    per_household = (select(col(Crossing.household_uuid), first_day, living)
                     .where(col(Crossing.household_uuid).in_(touching))
                     .group_by(col(Crossing.household_uuid)).subquery())
    query = select(func.count()).select_from(per_household).where(
        and_(per_household.c.first_day >= start, per_household.c.first_day <= end,
             per_household.c.living == 1))
    return int(session.execute(query).scalar_one())


def national_tally(session: Session, start: date, end: date | None = None,
                   checkpoint: str | None = None) -> dict[str, Any]:
    """The DESIGN §7 tally over every checkpoint (or one), plus ``by_checkpoint`` totals."""
    end = end or start
    if end < start:
        raise Malformed(f"the range ends ({end}) before it starts ({start})",
                        code=ErrorCode.RANGE_REVERSED)
    query = (select(col(CrossingCount.checkpoint), col(CrossingCount.dimension),
                    col(CrossingCount.value), func.sum(col(CrossingCount.n)))
             .where(col(CrossingCount.local_day) >= start, col(CrossingCount.local_day) <= end)
             .group_by(col(CrossingCount.checkpoint), col(CrossingCount.dimension),
                       col(CrossingCount.value)))
    if checkpoint:
        query = query.where(col(CrossingCount.checkpoint) == checkpoint)
    counts: Counter[Key] = Counter()
    by_checkpoint: Counter[str] = Counter()
    for where, dimension, value, n in session.execute(query):
        counts[(dimension, value)] += int(n)
        if dimension == TOTAL:
            by_checkpoint[where] += int(n)
    result: dict[str, Any] = {"checkpoint": checkpoint or "ALL", "from": start.isoformat(),
                              "to": end.isoformat(), "total": counts[(TOTAL, "")],
                              "households": _households(session, start, end, checkpoint)}
    for name, dimension in BREAKDOWNS:
        breakdown = {value: n for (dim, value), n in sorted(counts.items())
                     if dim == dimension and n}
        if dimension == "age_band":
            breakdown = {band: breakdown.get(band, 0) for band in AGE_BANDS}
        result[name] = breakdown
    result["by_checkpoint"] = {where: n for where, n in sorted(by_checkpoint.items()) if n}
    return result
