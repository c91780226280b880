"""Run the benchmarks: ``python -m bench [--quick] [--records N] [--only NAME ...]``.

Each benchmark measures Checkpoint next to a baseline taken in the same run on the same data
and reports both absolute times and their ratio. Results go to ``bench/results.json``; with
``--only``, the other benchmarks' last results there are kept.
"""

from __future__ import annotations

import argparse
import json
import platform
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import (
    complaints_bench,
    console_bench,
    picture_bench,
    records_view_bench,
    reference_bench,
    sync_bench,
    tally_bench,
)

RESULTS = Path(__file__).with_name("results.json")
NAMES = ("tally", "records_view", "sync", "picture", "complaints", "console", "reference")


def main() -> None:
    """Parse the options, run every benchmark, print and save the results."""
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--records", type=int, default=2_000_000,
                        help="records in the tally and records-view database "
                             "(default 2,000,000)")
    parser.add_argument("--sync-records", type=int, default=100_000,
                        help="pending records the sync benchmark sends (default 100,000)")
    parser.add_argument("--sync-hq-db", default=None, metavar="URL",
                        help="run the sync benchmark's control room on this PostgreSQL "
                             "database (a fresh schema, dropped after) instead of SQLite")
    parser.add_argument("--picture-crossings", type=int, default=5_000_000,
                        help="crossings in the national picture's control room "
                             "(default 5,000,000)")
    parser.add_argument("--picture-hq-db", default=None, metavar="URL",
                        help="run the picture benchmark on this PostgreSQL database (a fresh "
                             "schema, dropped after) instead of SQLite")
    parser.add_argument("--complaints", type=int, default=300_000,
                        help="complaints HQ holds in the complaints-queue benchmark "
                             "(default 300,000)")
    parser.add_argument("--complaints-hq-db", default=None, metavar="URL",
                        help="run the complaints-queue benchmark on this PostgreSQL database "
                             "(a fresh schema, dropped after) instead of SQLite")
    parser.add_argument("--console-crossings", type=int, default=5_000_000,
                        help="crossings held by the console benchmark's control room "
                             "(default 5,000,000)")
    parser.add_argument("--console-hq-db", default=None, metavar="URL",
                        help="run the console benchmark on this PostgreSQL database (a fresh "
                             "schema, dropped after) instead of a SQLite file")
    parser.add_argument("--reference-cards", type=int, default=1_000_000,
                        help="cancelled cards HQ lists, and departures the device holds, in "
                             "the reference-data benchmark (default 1,000,000)")
    parser.add_argument("--quick", action="store_true",
                        help="100,000 records (5,000 for sync, 100,000 crossings for the "
                             "picture and the console, 50,000 cards for reference data), for "
                             "a smoke run")
    parser.add_argument("--only", nargs="+", choices=NAMES, default=list(NAMES),
                        metavar="NAME", help=f"run only these ({', '.join(NAMES)})")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="keep the generated databases here and reuse them next time")
    args = parser.parse_args()
    records = 100_000 if args.quick else args.records
    sync_records = 5_000 if args.quick else args.sync_records
    picture_crossings = 100_000 if args.quick else args.picture_crossings
    complaints = 20_000 if args.quick else args.complaints
    console_crossings = 100_000 if args.quick else args.console_crossings
    reference_cards = 50_000 if args.quick else args.reference_cards
    benchmarks: dict[str, Callable[[], dict[str, Any]]] = {
        "tally": lambda: tally_bench.run(records, args.workdir),
        "records_view": lambda: records_view_bench.run(records, args.workdir),
        "sync": lambda: sync_bench.run(sync_records, args.workdir, args.sync_hq_db),
        "picture": lambda: picture_bench.run(picture_crossings, args.workdir,
                                             args.picture_hq_db),
        "complaints": lambda: complaints_bench.run(complaints, args.workdir,
                                                   args.complaints_hq_db),
        "console": lambda: console_bench.run(console_crossings, args.workdir,
                                             args.console_hq_db),
        "reference": lambda: reference_bench.run(reference_cards, args.workdir)}
    ran = []
    for name in NAMES:
        if name in args.only:
            print(name)
            result = benchmarks[name]()
            result.setdefault("run_at", datetime.now(UTC).isoformat(timespec="seconds"))
            ran.append(result)
    kept = []
    if set(args.only) != set(NAMES) and RESULTS.exists():
        previous = json.loads(RESULTS.read_text(encoding="utf-8")).get("benchmarks", [])
        done = {result["name"] for result in ran}
        kept = [result for result in previous if result.get("name") not in done]
    results = {"machine": platform.platform(), "python": platform.python_version(),
               "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
               "benchmarks": kept + ran}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written {RESULTS}")


if __name__ == "__main__":
    main()
