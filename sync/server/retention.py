"""HQ retention (DESIGN §6): personal fields of old records leave HQ too; counts stay.

A crossing whose day is older than the retention period, and a complaint taken before it,
lose their personal fields in every stored revision (HQ keeps every revision it accepted, so
each is rewritten) by the contract's rule (``contract.retention``), the same the device applies;
the control room's internal notes on such a complaint lose their text. What the national tally
reads (``hq_crossing``, ``hq_crossing_count``), close-outs, device audit chains and complaint
statuses are not touched.

Each purged revision keeps its ``hash``: the same revision sent again by a device (after a
restore, a lost answer) is still recognised as a ``duplicate`` and changes nothing, so the
personal data does not come back. Its ``data`` then no longer hashes to ``hash``; nothing at
HQ re-checks that, and ``purged_at`` says why.

``controlroom purge`` runs it once; ``controlroom serve`` runs it at start and then daily
(``DailyPurge``), on ``CONTROLROOM_RETENTION_DAYS``. Both also forget the departure marks
older than ``CONTROLROOM_DEPARTURE_DAYS`` (``forget_departures``).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, and_, bindparam, or_, select, update

from contract.canonical import canonical_json
from contract.retention import PURGED_COMPLAINT, purged_complaint_data, purged_crossing_data
from sync.server import reference
from sync.server.database import make_engine, transaction
from sync.server.models import Complaint, ComplaintNote, Crossing, RecordRevision, table
from sync.server.reference_wire import DEFAULT_DEPARTURE_DAYS

log = logging.getLogger(__name__)

# An explicit run may keep fewer days than the setting allows (0: everything before today).
OLDER_THAN_RANGE = (0, 3650)
PURGE_EVERY = timedelta(days=1)
# Revisions rewritten per transaction: a first run over years of data commits as it goes.
CHUNK = 2000
_PURGERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "crossing": purged_crossing_data, "complaint": purged_complaint_data}


@dataclass(frozen=True)
class HQPurge:
    """What one purge did: records whose personal fields went, and their stored revisions."""

    purged: int
    revisions: int

    def as_json(self) -> dict[str, int]:
        """What ``controlroom purge --json`` prints."""
        return {"purged": self.purged, "revisions": self.revisions}


def purge(engine: Engine, older_than_days: int, *, today: date | None = None) -> HQPurge:
    """Remove the personal fields of every record older than ``older_than_days`` (a crossing
    by its day, a complaint by when it was taken), in every revision HQ stores."""
    low, high = OLDER_THAN_RANGE
    if not low <= older_than_days <= high:
        raise ValueError(f"older-than days must be a whole number from {low} to {high}")
    cutoff = (today or datetime.now(UTC).date()) - timedelta(days=older_than_days)
    taken_before = datetime.combine(cutoff, time(0), UTC)
    revisions = table(RecordRevision)
    crossings, complaints, notes = table(Crossing), table(Complaint), table(ComplaintNote)
    old_complaints = select(complaints.c.uuid).where(complaints.c.taken_at < taken_before)
    old = or_(
        and_(revisions.c.kind == "crossing", revisions.c.uuid.in_(
            select(crossings.c.uuid).where(crossings.c.local_day < cutoff))),
        and_(revisions.c.kind == "complaint", revisions.c.uuid.in_(old_complaints)))
    rewrite = (update(revisions).where(revisions.c.kind == bindparam("k"),
                                       revisions.c.uuid == bindparam("u"),
                                       revisions.c.revision == bindparam("r"))
               .values(data=bindparam("purged_data"), purged_at=bindparam("now")))
    records: set[tuple[str, str]] = set()
    rewritten = 0
    while True:
        with transaction(engine) as session:
            now = datetime.now(UTC)
            rows = session.execute(
                select(revisions.c.kind, revisions.c.uuid, revisions.c.revision,
                       revisions.c.data)
                .where(old, revisions.c.purged_at.is_(None)).limit(CHUNK)).all()
            if rows:
                session.execute(rewrite, [
                    {"k": kind, "u": uuid, "r": revision, "now": now,
                     "purged_data": canonical_json(_PURGERS[kind](json.loads(data)))}
                    for kind, uuid, revision, data in rows])
            session.execute(update(complaints).where(
                complaints.c.taken_at < taken_before, complaints.c.purged_at.is_(None))
                .values(**PURGED_COMPLAINT, purged_at=now))
            # HQ's notes on such a complaint may repeat its words or name people: they go with
            # it (who wrote one and when stays, in the complaint's history).
            session.execute(update(notes).where(
                notes.c.complaint_uuid.in_(old_complaints), notes.c.text != "")
                .values(text=""))
        records.update((kind, uuid) for kind, uuid, _, _ in rows)
        rewritten += len(rows)
        if len(rows) < CHUNK:
            break
    result = HQPurge(len(records), rewritten)
    # Counts only: never a name or which records.
    log.info("retention purge: %d records, %d revisions, older than %d days",
             result.purged, result.revisions, older_than_days)
    return result


def forget_departures(engine: Engine, departure_days: int) -> int:
    """Forget departure marks past the window desks are sent (and the reference change log
    past what HQ keeps); returns the marks forgotten."""
    with transaction(engine) as session:
        return reference.forget_old(session, departure_days=departure_days)


class DailyPurge(threading.Thread):
    """``serve``'s retention: purge at start, then once a day, until stopped.

    One thread in the serving process (not one per uvicorn worker), with its own engine; a
    failed run is reported and tried again the next day.
    """

    def __init__(self, db_url: str, older_than_days: int,
                 report: Callable[[str], None],
                 departure_days: int = DEFAULT_DEPARTURE_DAYS) -> None:
        super().__init__(name="controlroom-retention", daemon=True)
        self._db_url = db_url
        self._days = older_than_days
        self._departure_days = departure_days
        self._report = report
        self._stopping = threading.Event()

    def run(self) -> None:
        engine = make_engine(self._db_url)
        try:
            while not self._stopping.is_set():
                try:
                    done = purge(engine, self._days)
                    self._report(f"Retention: removed the personal fields of {done.purged} "
                                 f"records ({done.revisions} stored revisions) older than "
                                 f"{self._days} days.")
                    forgotten = forget_departures(engine, self._departure_days)
                    self._report(f"Reference data: forgot {forgotten} departure marks older "
                                 f"than {self._departure_days} days.")
                except Exception as error:  # the service keeps serving; tried again tomorrow
                    self._report(f"Retention: the daily purge failed "
                                 f"({type(error).__name__}); it runs again in a day.")
                self._stopping.wait(PURGE_EVERY.total_seconds())
        finally:
            engine.dispose()

    def stop(self) -> None:
        """Stop after the run in progress, and wait for it."""
        self._stopping.set()
        self.join()
