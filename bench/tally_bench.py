"""Tally speed: the per-day counters against a plain GROUP BY over the same crossings.

The baseline is what a ledger without counters would run: the same breakdowns counted with
GROUP BY over the crossing and document-check tables for the same days, on the same file.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench.timing import median_ms
from checkpoint.demo import make_demo_data
from checkpoint.ledger import Ledger, create_ledger, open_ledger
from checkpoint.tally import tally

FIRST_DAY = date(2025, 1, 1)
PER_DAY = 5_500  # about Torkham's busiest weeks
PASSWORD = "bench-pass-1"
BASELINE_QUERIES = [
    "SELECT origin_province, count(*) FROM crossing WHERE {days} GROUP BY origin_province",
    "SELECT sex, count(*) FROM crossing WHERE {days} GROUP BY sex",
    "SELECT return_type, count(*) FROM crossing WHERE {days} GROUP BY return_type",
    "SELECT CASE WHEN age_years IS NULL THEN 'unknown' WHEN age_years < 18 THEN '0-17' "
    "WHEN age_years < 60 THEN '18-59' ELSE '60+' END, count(*) FROM crossing WHERE {days} "
    "GROUP BY 1",
    "SELECT vulnerabilities, count(*) FROM crossing WHERE {days} GROUP BY vulnerabilities",
    "SELECT count(DISTINCT household_uuid) FROM crossing WHERE {days}",
    "SELECT d.document_type, d.result, count(*) FROM document_check d JOIN crossing c "
    "ON c.uuid = d.crossing_uuid WHERE {days} GROUP BY d.document_type, d.result",
]


def _database(records: int, workdir: Path | None) -> tuple[Ledger, int]:
    folder = workdir or Path(tempfile.mkdtemp(prefix="checkpoint-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"bench-{records}.db"
    days = max(1, records // PER_DAY)
    if path.exists():
        return open_ledger(path, "bench", PASSWORD), days
    ledger = create_ledger(path, checkpoint="TORKHAM", admin="bench", password=PASSWORD)
    started = time.perf_counter()
    made = make_demo_data(ledger, FIRST_DAY, days, records // days, seed=7,
                          progress=lambda done, all_: print(f"\r  generating day {done}/{all_}",
                                                            end="", flush=True))
    print(f"\n  {made} records in {time.perf_counter() - started:.0f} s")
    return ledger, days



def run(records: int, workdir: Path | None) -> dict[str, Any]:
    """Time a day's and a month's tally against the GROUP BY baseline."""
    ledger, days = _database(records, workdir)
    middle = FIRST_DAY + timedelta(days=days // 2)
    month_end = min(middle + timedelta(days=29), FIRST_DAY + timedelta(days=days - 1))
    results: dict[str, Any] = {"name": "tally", "records": records, "days": days}
    for label, start, end in (("day", middle, middle), ("month", middle, month_end)):
        where = f"local_day BETWEEN '{start}' AND '{end}' AND voided = 0"

        def baseline(where: str = where) -> None:
            with ledger.reading() as session:
                for query in BASELINE_QUERIES:
                    session.execute(text(query.format(days=where))).all()

        counters = median_ms(lambda s=start, e=end: tally(ledger, s, e), 21)
        grouped = median_ms(baseline, 5 if label == "month" else 11)
        results[label] = {"counters_ms": round(counters, 2), "group_by_ms": round(grouped, 1),
                          "ratio": round(counters / grouped, 4)}
        print(f"  {label:<5} tally {counters:8.2f} ms   GROUP BY {grouped:9.1f} ms   "
              f"ratio {counters / grouped:.4f}")
    ledger.close()
    return results
