"""The national tally's sums per checkpoint and day, kept by ingest (DESIGN §7).

``hq_crossing_count`` holds each crossing's tally keys, so a new revision can take its old keys
back exactly; but summing them for a month of a national year (millions of rows) takes
seconds. So ingest also keeps, in the same transaction:

- ``hq_day_count``: every key summed per checkpoint and day (a revision moves its crossing's
  keys from the old sums to the new ones);
- ``hq_household``: each household's first day (over all its crossings, voided ones too) and
  whether anyone in it is not voided; a living household adds one ``households`` key on its
  first day, at its checkpoint. (A household is recorded on one device, so at one
  checkpoint; should one ever hold crossings of two, it counts at the first by name.)

A range's tally then sums a few thousand rows whatever the scale. Sums are changed in one
statement per batch, in key order, so two batches of one checkpoint at once on PostgreSQL
wait for each other's rows instead of deadlocking.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from contract.tallyrules import HOUSEHOLDS
from sync.server.models import Crossing, DayCount, Household, table

DayKey = tuple[date, str, str, str]  # day, checkpoint, dimension, value: the key order
_CHUNK = 500


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def _insert(session: Session) -> Any:
    """The dialect's INSERT, which has ON CONFLICT."""
    return (postgresql.insert if session.get_bind().dialect.name == "postgresql"
            else sqlite.insert)


def household_changes(session: Session, households: Iterable[str]) -> Counter[DayKey]:
    """Bring these households' rows up to date with ``hq_crossing`` (already written); returns
    what their ``households`` keys change by."""
    crossings, held = table(Crossing), table(Household)
    delta: Counter[DayKey] = Counter()
    rows = []
    for chunk in _chunks(sorted(set(households))):
        before = {uuid: (checkpoint, first_day, living)
                  for uuid, checkpoint, first_day, living in session.execute(
                      select(held.c.household_uuid, held.c.checkpoint, held.c.first_day,
                             held.c.living).where(held.c.household_uuid.in_(chunk)))}
        living = func.max(case((crossings.c.voided.is_(False), 1), else_=0))
        for uuid, checkpoint, first_day, alive in session.execute(
                select(crossings.c.household_uuid, func.min(crossings.c.checkpoint),
                       func.min(crossings.c.local_day), living)
                .where(crossings.c.household_uuid.in_(chunk))
                .group_by(crossings.c.household_uuid)):
            now = (checkpoint, first_day, bool(alive))
            old = before.get(uuid)
            if old == now:
                continue
            if old is not None and old[2]:
                delta[(old[1], old[0], HOUSEHOLDS, "")] -= 1
            if now[2]:
                delta[(first_day, checkpoint, HOUSEHOLDS, "")] += 1
            rows.append({"household_uuid": uuid, "checkpoint": checkpoint,
                         "first_day": first_day, "living": now[2]})
    if rows:
        statement = _insert(session)(held)
        session.execute(statement.on_conflict_do_update(
            index_elements=[held.c.household_uuid],
            set_={"checkpoint": statement.excluded.checkpoint,
                  "first_day": statement.excluded.first_day,
                  "living": statement.excluded.living}), rows)
    return delta


def add(session: Session, delta: Counter[DayKey]) -> None:
    """Change the per-day sums by ``delta`` (one statement, in key order)."""
    rows = [{"local_day": day, "checkpoint": checkpoint, "dimension": dimension,
             "value": value, "n": n}
            for (day, checkpoint, dimension, value), n in sorted(delta.items()) if n]
    if not rows:
        return
    sums = table(DayCount)
    statement = _insert(session)(sums)
    session.execute(statement.on_conflict_do_update(
        index_elements=[sums.c.local_day, sums.c.checkpoint, sums.c.dimension, sums.c.value],
        set_={"n": sums.c.n + statement.excluded.n}), rows)
