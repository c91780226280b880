"""The tally's summaries, kept in step with the per-crossing counts as crossings arrive.

``hq_crossing_count`` holds each current crossing's tally keys, so a corrected crossing's old
keys can be taken back exactly. Summing those rows for a month at national scale is millions
of rows; so ingest also keeps, in the same transaction:

- ``hq_day_tally``: the keys summed per day and checkpoint (what a crossing adds, less what its
  replaced revision had added);
- ``hq_household``: each household's checkpoint, first day and whether anyone in it is not
  voided, taken
  again from its crossings whenever one of them arrives.

``tally.national_tally`` reads these; the migration that made them (0008) filled them from the
per-crossing rows, so both always give the same numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import Table, case, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from sync.server.models import Crossing, CrossingCount, DayTally, Household, table

DayKey = tuple[date, str, str, str]  # day, checkpoint, dimension, value
_CHUNK = 500


def _chunks(items: Iterable[str]) -> Iterator[list[str]]:
    ordered = sorted(set(items))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start:start + _CHUNK]


def _upsert(session: Session, target: Table) -> Any:
    """An INSERT ... ON CONFLICT for this session's database (SQLite or PostgreSQL)."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(target)


def taken_back(session: Session, crossing_uuids: Iterable[str]) -> Counter[DayKey]:
    """What these crossings' current revisions added to their days, negated: read before
    they are replaced, to be added to the days with what the new revisions add."""
    counts = table(CrossingCount)
    found: Counter[DayKey] = Counter()
    for chunk in _chunks(crossing_uuids):
        for day, where, dimension, value, n in session.execute(
                select(counts.c.local_day, counts.c.checkpoint, counts.c.dimension,
                       counts.c.value, counts.c.n).where(counts.c.crossing_uuid.in_(chunk))):
            found[(day, where, dimension, value)] -= n
    return found


def add_to_days(session: Session, change: Counter[DayKey]) -> None:
    """Add ``change`` (negative where keys were taken back) to the days' sums. Rows go in key
    order, so two batches of one checkpoint lock the rows they share in the same order."""
    rows = [{"local_day": day, "checkpoint": where, "dimension": dimension, "value": value,
             "n": n} for (day, where, dimension, value), n in sorted(change.items()) if n]
    if not rows:
        return
    days = table(DayTally)
    statement = _upsert(session, days)
    session.execute(statement.on_conflict_do_update(
        index_elements=[days.c.local_day, days.c.checkpoint, days.c.dimension, days.c.value],
        set_={"n": days.c.n + statement.excluded.n}), rows)


def households_of(session: Session, crossing_uuids: Iterable[str]) -> set[str]:
    """The households these crossings are in now (before a correction may move them)."""
    crossings = table(Crossing)
    found: set[str] = set()
    for chunk in _chunks(crossing_uuids):
        found.update(session.execute(select(crossings.c.household_uuid)
                                     .where(crossings.c.uuid.in_(chunk))).scalars())
    return found


def refresh_households(session: Session, households: Iterable[str]) -> None:
    """Take these households' first day and liveliness again from their current crossings."""
    crossings, kept = table(Crossing), table(Household)
    for chunk in _chunks(households):
        fresh = session.execute(
            select(crossings.c.household_uuid, func.min(crossings.c.checkpoint),
                   func.min(crossings.c.local_day),
                   func.max(case((crossings.c.voided.is_(False), 1), else_=0)))
            .where(crossings.c.household_uuid.in_(chunk))
            .group_by(crossings.c.household_uuid)).all()
        # A household whose last crossing moved to another one is gone: counted no more.
        emptied = set(chunk) - {household for household, *_ in fresh}
        if emptied:
            session.execute(delete(kept).where(kept.c.household_uuid.in_(sorted(emptied))))
        if not fresh:
            continue
        statement = _upsert(session, kept)
        session.execute(statement.on_conflict_do_update(
            index_elements=[kept.c.household_uuid],
            set_={"checkpoint": statement.excluded.checkpoint,
                  "first_day": statement.excluded.first_day,
                  "living": statement.excluded.living}),
            [{"household_uuid": household, "checkpoint": where, "first_day": first_day,
              "living": bool(living)} for household, where, first_day, living in fresh])
