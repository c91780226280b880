"""Run the benchmarks: ``python -m bench [--quick] [--records N]``.

Each benchmark measures Checkpoint next to a baseline taken in the same run on the same data
and reports both absolute times and their ratio. Results go to ``bench/results.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
from datetime import UTC, datetime
from pathlib import Path

from bench import records_view_bench, tally_bench

RESULTS = Path(__file__).with_name("results.json")


def main() -> None:
    """Parse the options, run every benchmark, print and save the results."""
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--records", type=int, default=2_000_000,
                        help="records in the benchmark database (default 2,000,000)")
    parser.add_argument("--quick", action="store_true", help="100,000 records, for a smoke run")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="keep the generated database here and reuse it next time")
    args = parser.parse_args()
    records = 100_000 if args.quick else args.records
    results = {"machine": platform.platform(), "python": platform.python_version(),
               "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
               "benchmarks": [tally_bench.run(records, args.workdir),
                              records_view_bench.run(records, args.workdir)]}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written {RESULTS}")


if __name__ == "__main__":
    main()
