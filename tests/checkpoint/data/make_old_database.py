"""Write ``schema-<head>.db`` (+ ``.keys``): a small database as this build makes it.

Run once whenever a migration is added, *before* adding it, and commit the file, so that
``test_migrations.py`` keeps proving that a database made by every earlier build still opens
and upgrades:  python tests/checkpoint/data/make_old_database.py
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from checkpoint.database import head_revision
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.ledger import create_ledger
from checkpoint.records import record_household, void_crossing

PASSWORD = "old-build-pass"


def main() -> None:
    """Create the database beside this script."""
    path = Path(__file__).with_name(f"schema-{head_revision()}.db")
    ledger = create_ledger(path, checkpoint="TORKHAM", admin="admin", password=PASSWORD)
    at = datetime(2025, 4, 1, 6, 0, tzinfo=UTC)
    record_household(ledger, [
        PersonEntry("Gul Agha", "M", "KP", father_name="Wali", age_years=44,
                    documents=(DocumentEntry("por", "PoR-0001"),)),
        PersonEntry("Zarghona", "F", "KP", father_name="Sher Khan", age_years=39),
        PersonEntry("Samiullah", "M", "KP", father_name="Gul Agha", age_years=9)], crossed_at=at)
    mistaken = record_household(ledger, [PersonEntry("Typed Twice", "M", "Punjab")],
                                crossed_at=at)[0]
    void_crossing(ledger, mistaken, "typed twice")
    ledger.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
