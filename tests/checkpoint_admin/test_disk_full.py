"""A full disk, met by ``checkpoint-admin`` as a real process (issue 9 item 13).

The disk is a real one that fills up (a small tmpfs, ``tests.support.small_disk``): the command
says so in one sentence, keeps nothing half-made, leaves the stored data as it was, and works
again once space is freed.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from checkpoint.audit import verify
from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import open_ledger
from checkpoint.models import Crossing
from tests.support.sites import ADMIN_PASSWORD, PASSWORDS, Site, copy_database
from tests.support.small_disk import SmallDisk

DISK_FULL = "checkpoint-admin: The disk is full"
# A command that cannot even count its sign-in on the full disk stops there, before trying it.
NOT_COUNTED = "checkpoint-admin: The sign-in could not be counted (the disk is full"
REGISTER_ROWS = 3000


def admin(*argv: str, db: Path, user: str = "admin") -> subprocess.CompletedProcess[str]:
    """The installed ``checkpoint-admin`` as a real process."""
    script = Path(sys.executable).with_name("checkpoint-admin")
    env = {key: value for key, value in os.environ.items() if not key.startswith("CHECKPOINT_")}
    env |= {"CHECKPOINT_DB": str(db), "CHECKPOINT_USER": user,
            "CHECKPOINT_PASSWORD": PASSWORDS[user]}
    return subprocess.run([str(script), *argv], capture_output=True, text=True, env=env,
                          timeout=300, check=False)


def assert_one_sentence(done: subprocess.CompletedProcess[str]) -> None:
    """Exit 1, one line on stderr that says the disk is full; no traceback."""
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert done.stderr.startswith((DISK_FULL, NOT_COUNTED)), done.stderr


def stored(db: Path) -> tuple[int, int]:
    """How many crossings the database holds, and how many audit entries verify."""
    ledger = open_ledger(db, "admin", ADMIN_PASSWORD)
    try:
        with ledger.reading() as session:
            crossings = session.execute(select(func.count()).select_from(Crossing)).scalar_one()
            checked, broken = verify(session)
    finally:
        ledger.close()
    assert broken is None, broken
    return crossings, checked


def write_register(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["date", "full_name", "father_name", "sex", "age", "origin_province",
                         "remarks"])
        for row in range(REGISTER_ROWS):
            writer.writerow(["2025-04-01", f"Register Person {row}", f"Father {row}", "M",
                             str(20 + row % 50), "KP", "came with the family"])
    return path


def test_import_on_a_full_disk_is_one_sentence_and_importing_again_completes_it(
        small_disk: SmallDisk, site_template: Path, tmp_path: Path) -> None:
    db = small_disk.path / "checkpoint.db"
    copy_database(site_template, db)
    register = write_register(tmp_path / "register.csv")
    # Room for signing in, far from room for three thousand people.
    small_disk.fill(leave=256 * 1024)

    assert_one_sentence(admin("import-csv", str(register), db=db))

    small_disk.free()
    before, _ = stored(db)
    assert before < REGISTER_ROWS  # the chunks before the full disk are kept, whole
    done = admin("import-csv", str(register), "--json", db=db)
    assert done.returncode == 0, done.stderr
    assert '"rejected": []' in done.stdout
    crossings, _ = stored(db)
    assert crossings == REGISTER_ROWS  # every row once: nothing lost, nothing twice


def test_backup_to_a_full_disk_leaves_no_file_and_the_retry_works(
        small_disk: SmallDisk, site: Site) -> None:
    target = small_disk.path / "backup.db"
    records = stored(site.path)
    small_disk.fill()

    assert_one_sentence(admin("backup", str(target), db=site.path))
    assert small_disk.files() == []  # neither a 0-byte backup nor a key file nor a partial
    assert stored(site.path)[0] == records[0]

    small_disk.free()
    done = admin("backup", str(target), db=site.path)
    assert done.returncode == 0, done.stderr
    assert small_disk.files() == ["backup.db", "backup.db.keys"]
    assert stored(target)[0] == records[0]


def test_commands_that_write_files_on_a_full_disk_leave_nothing_half_written(
        small_disk: SmallDisk, site: Site) -> None:
    small_disk.fill()
    export = admin("export-csv", "--from", "2025-04-01", "--to", "2025-04-30",
                   str(small_disk.path / "export.csv"), db=site.path)
    sheet = admin("tally", "--from", "2025-04-01", "--pdf", str(small_disk.path / "sheet.pdf"),
                  db=site.path)
    assert_one_sentence(export)
    assert_one_sentence(sheet)
    assert small_disk.files() == []


def test_database_on_a_full_disk_keeps_what_it_held(small_disk: SmallDisk,
                                                     site_template: Path) -> None:
    """Close-day with the database itself on the full disk: one sentence, and the database
    opens as before once there is room."""
    db = small_disk.path / "checkpoint.db"
    copy_database(site_template, db)
    before = stored(db)
    small_disk.fill()

    assert_one_sentence(admin("close-day", "2025-04-01", db=db, user="lead"))

    small_disk.free()
    crossings, checked = stored(db)
    assert crossings == before[0]
    assert checked >= before[1]
    assert keyfile_path(db).exists()
