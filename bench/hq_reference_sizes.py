"""HQ's reference data at scale: ``python -m bench.hq_reference_sizes [--cards N] [--db URL]``.

Imports N cancelled cards from a CSV file (as ``controlroom card import`` does), then measures
what a fresh device downloads (the snapshot, gzipped as HQ sends it) and a day's delta of
10,000 changes (8,000 cards listed, 1,000 listed again with another reason, 1,000 lifted).
Targets (issue 11): a million cards <= 12 MB on the wire, a day's delta <= 200 KB. Wall and CPU
times are printed apart: on a shared machine the wall time is an upper bound.
"""

from __future__ import annotations

import argparse
import gzip
import random
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from sync.server import reference
from sync.server.cards import CardEntry, list_cards
from sync.server.database import make_engine, migrate, reading, transaction
from sync.server.models import CancelledCard
from sync.server.reference_wire import reference_since
from sync.server.staff.roles import OPERATOR

REASONS = ("cancelled", "reported_lost", "reported_stolen", "taken_into_custody",
           "holder_deceased", "replaced")
GZIP_LEVEL = 6  # the app's GZipMiddleware


def write_cards(path: Path, count: int, seed: int = 7) -> None:
    """A CSV of ``count`` cards: 60 % ten-digit PoR numbers, 40 % ACC numbers."""
    chooser = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write("document_type,number,reason,since\n")
        for _ in range(count):
            if chooser.random() < 0.6:
                kind, number = "por", str(chooser.randrange(10**9, 10**10))
            else:
                kind, number = "acc", f"ACC{chooser.randrange(10**7, 10**8)}"
            since = f"2025-0{chooser.randrange(1, 10)}-{chooser.randrange(10, 29)}"
            out.write(f"{kind},{number},{chooser.choice(REASONS)},{since}\n")


def _timed(label: str, started: tuple[float, float]) -> None:
    wall, cpu = time.perf_counter() - started[0], time.process_time() - started[1]
    print(f"  {label}: {wall:.1f} s wall, {cpu:.1f} s CPU")


def _now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def run(db_url: str, cards: int) -> None:
    """Import, snapshot and delta on ``db_url`` (an empty database)."""
    engine = make_engine(db_url)
    migrate(engine)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "cancelled.csv"
        write_cards(source, cards)
        started = _now()
        with transaction(engine) as session, source.open("rb") as rows:
            done = reference.import_cards(session, OPERATOR, rows)
        _timed(f"import of {cards:,} rows ({done.accepted:,} listed)", started)
    now = datetime.now(UTC)
    started = _now()
    with reading(engine) as session:
        snapshot = reference_since(session, 0, now)
    body = snapshot.model_dump_json().encode()
    _timed("snapshot read and written as JSON", started)
    started = _now()
    wire = gzip.compress(body, GZIP_LEVEL)
    _timed("snapshot gzipped", started)
    print(f"  snapshot: {len(body) / 1e6:.1f} MB JSON, {len(wire) / 1e6:.2f} MB on the wire "
          "(target <= 12 MB for 1,000,000 cards)")

    chooser = random.Random(3)
    with reading(engine) as session:
        held = session.execute(select(CancelledCard.document_type, CancelledCard.number_key)
                               .limit(2000)).all()
    with transaction(engine) as session:
        list_cards(session, [CardEntry("por", str(chooser.randrange(10**9, 10**10)),
                                       "reported_lost", date(2025, 10, 1))
                             for _ in range(8000)], "bench", now)
        list_cards(session, [CardEntry(kind, number, "replaced", date(2025, 10, 2))
                             for kind, number in held[:1000]], "bench", now)
        for kind, number in held[1000:]:
            reference.lift_card(session, OPERATOR, kind, number, now=now)
    with reading(engine) as session:
        delta = reference_since(session, snapshot.version, now)
    body = delta.model_dump_json().encode()
    print(f"  a day's delta ({delta.version - snapshot.version:,} changes): "
          f"{len(body) / 1e3:.0f} KB JSON, {len(gzip.compress(body, GZIP_LEVEL)) / 1e3:.0f} KB "
          "on the wire (target <= 200 KB)")
    engine.dispose()


def main() -> None:
    """Parse the options and run once."""
    parser = argparse.ArgumentParser(prog="python -m bench.hq_reference_sizes")
    parser.add_argument("--cards", type=int, default=1_000_000)
    parser.add_argument("--db", default=None, metavar="URL",
                        help="an empty HQ database (default: a SQLite file in a temporary "
                             "folder)")
    args = parser.parse_args()
    if args.db:
        run(args.db, args.cards)
        return
    with tempfile.TemporaryDirectory() as folder:
        run(f"sqlite:///{Path(folder) / 'hq.db'}", args.cards)


if __name__ == "__main__":
    main()
