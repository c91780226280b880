"""Per-day tally counters, kept in step with every change to a crossing.

Each crossing contributes a handful of (dimension, value) keys on its day; creating it adds one
to each, voiding it takes one away, correcting it moves its keys. Because the counters change in
the same transaction as the crossing, they are exactly as durable and exactly as correct as the
records themselves, and a tally over a month reads a few thousand counter rows instead of
millions of crossings. ``recount`` computes the same numbers the slow way, from the crossings,
so the two can be checked against each other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Protocol

from sqlalchemy import and_, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlmodel import Session, col

from checkpoint.models import Crossing, DayCount, DocumentCheck, Household

TOTAL = "total"
HOUSEHOLDS = "households"
UNKNOWN = "unknown"
NO_DOCUMENT = "none"
AGE_BANDS = ("0-17", "18-59", "60+", UNKNOWN)

Key = tuple[str, str]


class CountedCrossing(Protocol):
    """What the counters read from a crossing: the model, or a view of a row not yet inserted."""

    @property
    def origin_province(self) -> str: ...
    @property
    def sex(self) -> str | None: ...
    @property
    def age_years(self) -> int | None: ...
    @property
    def birth_date(self) -> date | None: ...
    @property
    def local_day(self) -> date: ...
    @property
    def return_type(self) -> str | None: ...
    @property
    def vulnerabilities(self) -> frozenset[str]: ...


class CountedCheck(Protocol):
    """What the counters read from a document check (the model, or a view of its row)."""

    @property
    def document_type(self) -> str: ...
    @property
    def result(self) -> str | None: ...


def age_band(age_years: int | None, birth_date: date | None, on: date) -> str:
    """The tally's age band for a person on the day they crossed."""
    if age_years is None and birth_date is not None:
        age_years = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month,
                                                                       birth_date.day))
    if age_years is None or age_years < 0:
        return UNKNOWN
    if age_years < 18:
        return "0-17"
    return "18-59" if age_years < 60 else "60+"


def crossing_keys(crossing: CountedCrossing, checks: Sequence[CountedCheck]) -> list[Key]:
    """The counter keys one (not voided) crossing adds to its day."""
    keys: list[Key] = [(TOTAL, ""), ("origin_province", crossing.origin_province or UNKNOWN),
                       ("sex", crossing.sex or UNKNOWN),
                       ("age_band", age_band(crossing.age_years, crossing.birth_date,
                                             crossing.local_day))]
    document_types = sorted({check.document_type for check in checks}) or [NO_DOCUMENT]
    keys += [("document_type", kind) for kind in document_types]
    keys += [("check_result", check.result) for check in checks if check.result]
    keys.append(("return_type", crossing.return_type or UNKNOWN))
    keys += [("vulnerability", flag) for flag in crossing.vulnerabilities]
    return keys


class CountChanges:
    """Counter deltas gathered during one transaction, written together at the end."""

    def __init__(self) -> None:
        self.deltas: Counter[tuple[date, str, str]] = Counter()
        self.household_deltas: Counter[str] = Counter()

    def add(self, day: date, keys: Iterable[Key], sign: int) -> None:
        """Count (sign=+1) or uncount (sign=-1) one crossing's keys on ``day``."""
        for dimension, value in keys:
            self.deltas[(day, dimension, value)] += sign

    def member(self, household_uuid: str, sign: int) -> None:
        """A living (not voided) member joined (+1) or left (-1) a household."""
        self.household_deltas[household_uuid] += sign

    def write(self, session: Session, household_days: dict[str, date]) -> None:
        """Apply the deltas; ``household_days`` gives the day of any new household."""
        self._move_households(session, household_days)
        rows = [{"day": day, "dimension": dim, "value": value, "n": n}
                for (day, dim, value), n in self.deltas.items() if n]
        if rows:
            statement = insert(DayCount)
            session.execute(statement.on_conflict_do_update(
                index_elements=["day", "dimension", "value"],
                set_={"n": col(DayCount.n) + statement.excluded.n}), rows)
        self.deltas.clear()
        self.household_deltas.clear()

    def _move_households(self, session: Session, household_days: dict[str, date]) -> None:
        moved = {uuid: delta for uuid, delta in self.household_deltas.items() if delta}
        known: dict[str, Household] = {}
        ids = list(moved)
        for start in range(0, len(ids), 500):
            known.update((row.uuid, row) for row in session.execute(
                select(Household).where(col(Household.uuid).in_(ids[start:start + 500]))).scalars())
        new_rows = []
        for uuid, delta in moved.items():
            row = known.get(uuid)
            before = row.live_members if row else 0
            day = row.local_day if row else household_days[uuid]
            # A household counts once, on its first day, while it has anyone not voided.
            if before <= 0 < before + delta:
                self.deltas[(day, HOUSEHOLDS, "")] += 1
            elif before + delta <= 0 < before:
                self.deltas[(day, HOUSEHOLDS, "")] -= 1
            if row:
                row.live_members = before + delta
            else:
                new_rows.append({"uuid": uuid, "local_day": day, "live_members": delta})
        if new_rows:
            session.execute(insert(Household), new_rows)
        session.flush()


def read_counts(session: Session, start: date, end: date) -> dict[Key, int]:
    """Summed counters for the days ``start``..``end`` inclusive (zeros left out)."""
    rows = session.execute(
        select(col(DayCount.dimension), col(DayCount.value), func.sum(col(DayCount.n)))
        .where(col(DayCount.day) >= start, col(DayCount.day) <= end)
        .group_by(col(DayCount.dimension), col(DayCount.value)))
    return {(dim, value): int(n) for dim, value, n in rows if n}


def recount(session: Session, start: date, end: date) -> dict[Key, int]:
    """The same numbers as ``read_counts``, counted from the crossings themselves (slow)."""
    counts: Counter[Key] = Counter()
    crossings = session.execute(
        select(Crossing).where(col(Crossing.local_day) >= start, col(Crossing.local_day) <= end,
                               col(Crossing.voided).is_(False))).scalars()
    for crossing in crossings:
        checks = session.execute(select(DocumentCheck).where(
            col(DocumentCheck.crossing_uuid) == crossing.uuid)).scalars().all()
        counts.update(crossing_keys(crossing, checks))
    live = (select(col(Crossing.household_uuid)).where(col(Crossing.voided).is_(False))
            .group_by(col(Crossing.household_uuid)))
    households = session.execute(select(func.count()).select_from(Household).where(
        and_(col(Household.local_day) >= start, col(Household.local_day) <= end,
             col(Household.uuid).in_(live)))).scalar_one()
    if households:
        counts[(HOUSEHOLDS, "")] = households
    return {key: n for key, n in counts.items() if n}
