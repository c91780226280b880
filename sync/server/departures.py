"""Departure marks: which documents were recorded departing where and when, as keyed hashes.

Ingest calls :func:`crossings_changed` in the batch's transaction whenever crossings' current
revisions change, and :func:`log_mark_changes` with what it returned at the batch's end. Each
current, not voided crossing adds one to the mark of every numbered document it carries
(``hq_crossing_digest`` remembers which, so a correction or a void takes exactly those back,
even once retention has emptied the old revision). A mark that appears or goes is a reference
change the desks get in their next delta; a count moving between 1 and 2 is not. Nothing here
holds a number or a name: only the digest, the checkpoint and the day.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import CursorResult
from sqlmodel import Session

from contract.documents import departure_digest, document_number_key, listed_types
from contract.wire import CrossingData
from sync.server.models import CrossingDigest, DepartureMark, table
from sync.server.reference_log import departure_key, log_changes

MarkKey = tuple[bytes, str, date]  # digest, checkpoint, day
MarkChange = tuple[str, MarkKey]  # "add" | "remove", the mark
_CHUNK = 500


def crossing_digests(key: bytes, crossing: CrossingData) -> set[bytes]:
    """The digests a crossing's revision marks: none when voided, one per numbered document."""
    if crossing.voided:
        return set()
    return {departure_digest(key, document.document_type, number)
            for document in crossing.documents
            if document.document_type in listed_types()
            and (number := document_number_key(document.number))}


def crossings_changed(session: Session, replaced: Sequence[str],
                      crossings: Sequence[CrossingData]) -> list[MarkChange]:
    """Move the departure marks from what the ``replaced`` crossings' old revisions carried to
    what ``crossings`` (their new revisions, and new crossings) carry; returns the marks that
    appeared ("add") or went ("remove"), for :func:`log_mark_changes`."""
    digests = table(CrossingDigest)
    change: Tally[MarkKey] = Tally()
    for chunk in _chunks(list(replaced)):
        for digest, checkpoint, day in session.execute(
                select(digests.c.digest, digests.c.checkpoint, digests.c.day)
                .where(digests.c.crossing_uuid.in_(chunk))):
            change[(bytes(digest), str(checkpoint), day)] -= 1
        session.execute(delete(digests).where(digests.c.crossing_uuid.in_(chunk)))
    key = departure_key(session) if crossings else b""
    marked = [(data.uuid, (digest, data.checkpoint, data.local_day))
              for data in crossings for digest in sorted(crossing_digests(key, data))]
    if marked:
        session.execute(insert(digests), [
            {"crossing_uuid": uuid, "digest": digest, "checkpoint": checkpoint, "day": day}
            for uuid, (digest, checkpoint, day) in marked])
    change.update(mark for _, mark in marked)
    appeared = _add(session, {mark: n for mark, n in change.items() if n > 0})
    gone = _take(session, {mark: n for mark, n in change.items() if n < 0})
    return [("add", mark) for mark in appeared] + [("remove", mark) for mark in gone]


def log_mark_changes(session: Session, changes: Sequence[MarkChange], now: datetime) -> None:
    """Log the marks that appeared or went as reference changes (a batch's, at its end). A mark
    that appeared and went within the one batch is logged both ways: the delta keeps the last."""
    log_changes(session, [
        {"kind": "departure", "op": op, "digest": digest, "checkpoint": checkpoint, "day": day,
         "changed_at": now} for op, (digest, checkpoint, day) in changes])


def _add(session: Session, added: dict[MarkKey, int]) -> list[MarkKey]:
    """Count ``added`` crossings onto their marks; the marks that were not held before."""
    marks = table(DepartureMark)
    dialect_insert = pg_insert if session.get_bind().dialect.name == "postgresql" else (
        sqlite_insert)
    appeared: list[MarkKey] = []
    items = sorted(added.items(), key=lambda item: (item[0][2], item[0][1], item[0][0]))
    for start in range(0, len(items), _CHUNK):
        chunk = items[start:start + _CHUNK]
        statement = dialect_insert(marks).values([
            {"digest": digest, "checkpoint": checkpoint, "day": day, "crossings": n}
            for (digest, checkpoint, day), n in chunk])
        statement = statement.on_conflict_do_update(
            index_elements=["digest", "checkpoint", "day"],
            set_={"crossings": marks.c.crossings + statement.excluded.crossings})
        held = {(row.digest, row.checkpoint, row.day): row.crossings for row in session.execute(
            statement.returning(marks.c.digest, marks.c.checkpoint, marks.c.day,
                                marks.c.crossings))}
        appeared.extend(mark for mark, n in chunk if held.get(mark) == n)
    return appeared


def _take(session: Session, taken: dict[MarkKey, int]) -> list[MarkKey]:
    """Take ``taken`` crossings off their marks (a void or a correction: a few at a time); the
    marks that no crossing carries any more, which go."""
    marks = table(DepartureMark)
    gone: list[MarkKey] = []
    for (digest, checkpoint, day), n in sorted(taken.items()):
        where = (marks.c.digest == digest, marks.c.checkpoint == checkpoint, marks.c.day == day)
        left = session.execute(update(marks).where(*where)
                               .values(crossings=marks.c.crossings + n)
                               .returning(marks.c.crossings)).scalar_one_or_none()
        if left is not None and left <= 0:  # None: the mark was already forgotten (too old)
            session.execute(delete(marks).where(*where))
            gone.append((digest, checkpoint, day))
    return gone


def forget_before(session: Session, day: date) -> int:
    """Forget the marks (and crossing digests) of days before ``day``, past the window desks
    are sent; returns how many marks went. No change rows: every answer's ``departures_from``
    tells the desks to forget them too."""
    session.execute(delete(table(CrossingDigest)).where(table(CrossingDigest).c.day < day))
    marks = table(DepartureMark)
    gone = session.execute(delete(marks).where(marks.c.day < day))
    return int(cast(CursorResult[Any], gone).rowcount or 0)


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]

