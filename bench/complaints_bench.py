"""Complaints queue speed: a page of the desk's queue with hundreds of thousands held.

HQ's schema is built by its own migrations on a fresh SQLite file (or a fresh schema of a
PostgreSQL database, dropped after), then filled with complaints as a national HQ would hold
them after a few years: most answered, a few percent urgent, spread over the crossing points,
the categories and a dozen officers. Each of the desk's usual views is timed through the same
service call the API and the console make (``complaints.complaints_queue``: the page and its
total), as the median of repeated runs; the baseline is the same page fetched with one plain
``ORDER BY`` over both urgencies, which sorts every match first.
"""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select, text
from sqlmodel import col

from bench.hq import fresh_hq_database
from bench.timing import median_ms
from contract.codes import complaint_categories, crossing_points
from sync.server.complaints import QueueFilter, complaints_queue
from sync.server.database import make_engine, migrate, reading
from sync.server.models import Complaint, table

OFFICERS = tuple(f"officer{n}" for n in range(12))
CHUNK = 20_000
VIEWS: dict[str, QueueFilter] = {
    "open (the desk's default)": QueueFilter(status="open"),
    "everything": QueueFilter(),
    "one checkpoint": QueueFilter(checkpoint="CHAMAN"),
    "one category, open": QueueFilter(status="open", category="delay"),
    "open, older than 24 h": QueueFilter(status="open", older_than_hours=24),
    "one officer's": QueueFilter(assignee="officer3"),
    "page 40 of everything": QueueFilter(offset=50 * 39),
}


def _rows(count: int, now: datetime, seed: int) -> Iterator[list[dict[str, Any]]]:
    randomness = random.Random(seed)
    categories, checkpoints = complaint_categories().codes, crossing_points().codes
    span = timedelta(days=3 * 365).total_seconds()
    chunk: list[dict[str, Any]] = []
    for _ in range(count):
        taken = now - timedelta(seconds=randomness.random() ** 2 * span)  # more of late
        fresh = now - taken < timedelta(days=14)
        status = (randomness.choice(("received", "in_progress", "referred")) if fresh
                  and randomness.random() < 0.6 else randomness.choice(("resolved", "closed")))
        assigned = randomness.choice(OFFICERS) if randomness.random() < 0.7 else None
        chunk.append({
            "uuid": str(uuid.UUID(int=randomness.getrandbits(128), version=4)), "revision": 1,
            "owner_device_id": "bench-device", "checkpoint": randomness.choice(checkpoints),
            "category": randomness.choice(categories),
            "description": "waited at the gate for two days", "crossing_uuid": None,
            "contact": "", "urgency": "urgent" if randomness.random() < 0.04 else "normal",
            "taken_by": "lead1", "taken_at": taken, "received_at": taken, "status": status,
            "status_updated_at": None, "purged_at": None, "assigned_to": assigned,
            "assigned_at": taken if assigned else None})
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@contextmanager
def _database(hq_db: str | None, folder: Path) -> Iterator[tuple[str, bool]]:
    """A database URL for HQ (SQLite file kept in ``folder``, or a fresh PostgreSQL schema
    dropped after) and whether it still has to be filled."""
    filename = "complaints-bench.db"
    unfilled = hq_db is not None or not (folder / filename).exists()
    with fresh_hq_database(hq_db, folder, prefix="complaints_bench",
                           filename=filename) as (url, _):
        yield url, unfilled


def _fill(engine: Engine, count: int, now: datetime) -> None:
    migrate(engine)
    started = time.perf_counter()
    for done, chunk in enumerate(_rows(count, now, seed=11), start=1):
        with engine.begin() as connection:
            connection.execute(insert(table(Complaint)), chunk)
        print(f"\r  {min(done * CHUNK, count)}/{count} complaints", end="", flush=True)
    # What autovacuum does to a table that has grown (SQLite has only the statistics): a
    # server that has been up holds its tables so, and a page is timed as it would be there.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE" if engine.dialect.name == "postgresql"
                                else "ANALYZE"))
    print(f"  in {time.perf_counter() - started:.0f} s")



def _one_order_by(engine: Engine, wanted: QueueFilter) -> None:
    """The baseline: the page with one ORDER BY over both urgencies, and its count."""
    where = [col(Complaint.status).not_in(("resolved", "closed"))] \
        if wanted.status == "open" else []
    with reading(engine) as session:
        session.execute(select(func.count()).select_from(Complaint).where(*where)).scalar_one()
        session.execute(select(Complaint).where(*where).order_by(
            (col(Complaint.urgency) == "urgent").desc(), col(Complaint.taken_at))
            .offset(wanted.offset).limit(wanted.limit)).all()


def run(complaints: int, workdir: Path | None, hq_db: str | None = None) -> dict[str, Any]:
    """Time a page of each of the desk's usual views of the queue."""
    folder = workdir or Path(tempfile.mkdtemp(prefix="checkpoint-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    results: dict[str, Any] = {"name": "complaints", "complaints": complaints,
                               "hq": "postgresql" if hq_db else "sqlite", "views": {}}
    with _database(hq_db, folder) as (url, empty):
        engine = make_engine(url)
        try:
            if empty:
                _fill(engine, complaints, now)
            else:
                migrate(engine)
            for label, wanted in VIEWS.items():
                def page(wanted: QueueFilter = wanted) -> None:
                    with reading(engine) as session:
                        complaints_queue(session, wanted)

                page()  # a warm cache, as on a server that has been up
                took = median_ms(page, 21)
                results["views"][label] = {"page_ms": round(took, 2)}
                print(f"  {label:<28} {took:8.2f} ms")
            for label in ("open (the desk's default)", "everything"):
                baseline = median_ms(lambda w=VIEWS[label]: _one_order_by(engine, w), 5)
                view = results["views"][label]
                view["one_order_by_ms"] = round(baseline, 2)
                view["ratio"] = round(view["page_ms"] / baseline, 4)
                print(f"  baseline, {label:<18} {baseline:8.2f} ms (one ORDER BY)   "
                      f"ratio {view['ratio']:.4f}")
        finally:
            engine.dispose()
    return results
