"""Write ``schema-<revision>.db`` (+ ``.keys``): a small database at any schema revision.

``test_migrations.py`` opens every ``schema-*.db`` in this folder with the current build and
checks that it upgrades with its records, counts and users; the test fails while a revision
has no database here. So after adding a migration, run this once and commit what it writes:

    python tests/checkpoint/data/make_old_database.py            # at the (new) head
    python tests/checkpoint/data/make_old_database.py 0002       # at an earlier revision

The database is made by this build at head and then migrated down to the revision asked for
(every migration has a downgrade); ``schema-0001.db`` was made by the first build itself.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from alembic import command

from checkpoint.database import alembic_config, head_revision
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.ledger import create_ledger
from checkpoint.records import record_household, void_crossing
from checkpoint.users import add_user

PASSWORD = "old-build-pass"


def make(revision: str, folder: Path) -> Path:
    """A database at ``revision`` in ``folder``: three people of one household on 2025-04-01,
    a fourth voided, an IT admin and a clerk (both with ``PASSWORD``)."""
    path = folder / f"schema-{revision}.db"
    ledger = create_ledger(path, checkpoint="TORKHAM", admin="admin", password=PASSWORD)
    add_user(ledger, "clerk", "clerk", PASSWORD)
    at = datetime(2025, 4, 1, 6, 0, tzinfo=UTC)
    record_household(ledger, [
        PersonEntry("Gul Agha", "M", "KP", father_name="Wali", age_years=44,
                    documents=(DocumentEntry("por", "PoR-0001"),)),
        PersonEntry("Zarghona", "F", "KP", father_name="Sher Khan", age_years=39),
        PersonEntry("Samiullah", "M", "KP", father_name="Gul Agha", age_years=9)], crossed_at=at)
    mistaken = record_household(ledger, [PersonEntry("Typed Twice", "M", "Punjab")],
                                crossed_at=at)[0]
    void_crossing(ledger, mistaken, "typed twice")
    if revision != head_revision():
        config = alembic_config()
        with ledger.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    ledger.close()
    for leftover in ("-wal", "-shm", ".keys.lock"):
        Path(f"{path}{leftover}").unlink(missing_ok=True)
    return path


def main() -> None:
    """Create the database beside this script, at the revision given (default: head)."""
    revision = sys.argv[1] if len(sys.argv) > 1 else head_revision()
    print(f"wrote {make(revision, Path(__file__).parent)}")


if __name__ == "__main__":
    main()
