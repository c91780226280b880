"""Every file the CLI and the core write with personal data or keys is owner-only (0600), even
under ``umask 000``: the database, its WAL and key file, backups and their key files, rejected
rows, exports, tally PDFs and the copies a restore keeps (issue 9, item 7)."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import open_ledger
from tests.checkpoint_admin.test_cli import ENV_KEYS, Outcome, console_script
from tests.support.sites import ADMIN_PASSWORD

REJECTED_CSV = ("date,full_name,sex,origin_province,document_type,document_number\n"
                "2025-04-01,Gul Bibi,F,PK-KP,tazkira,1234-5678-90123\n"
                "not a date,Zarmina Khan,F,PK-KP,tazkira,9876-5432-10987\n")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _run(*argv: str, db: Path) -> Outcome:
    """The console script as a real process under ``umask 000``."""
    clean = {k: v for k, v in os.environ.items() if k not in ENV_KEYS}
    env = {**clean, "CHECKPOINT_DB": str(db), "CHECKPOINT_USER": "admin",
           "CHECKPOINT_PASSWORD": ADMIN_PASSWORD}
    done = subprocess.run([*console_script(), *argv], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120, umask=0)
    return Outcome(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def no_umask() -> Iterator[None]:
    """``umask 000`` in this process too (for the live database's WAL)."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_every_file_with_personal_data_or_keys_is_owner_only_under_umask_000(
        tmp_path: Path, no_umask: None) -> None:
    db = tmp_path / "checkpoint.db"
    register = tmp_path / "register.csv"
    register.write_text(REJECTED_CSV, encoding="utf-8")
    for argv in (["init", "--checkpoint", "TORKHAM", "--admin", "admin"],
                 ["demo-data", "--from", "2025-04-01", "--days", "1", "--per-day", "10"],
                 ["import-csv", str(register)],
                 ["export-csv", "--from", "2025-04-01", "--to", "2025-04-02",
                  str(tmp_path / "export.csv")],
                 ["tally", "--from", "2025-04-01", "--pdf", str(tmp_path / "sheet.pdf")],
                 ["backup", str(tmp_path / "saved.db")],
                 ["restore", str(tmp_path / "saved.db")]):
        done = _run(*argv, db=db)
        assert done.status in (0, 2) if argv[0] == "import-csv" else done.status == 0, done

    written = {
        "database": db, "key file": keyfile_path(db),
        "rejected rows": tmp_path / "register.csv.rejected.csv",
        "export": tmp_path / "export.csv", "tally PDF": tmp_path / "sheet.pdf",
        "backup": tmp_path / "saved.db", "backup's key file": keyfile_path(tmp_path / "saved.db"),
        "kept before restore": next(tmp_path.glob("checkpoint.db.before-restore-*[0-9]Z")),
    }
    written["its key file"] = keyfile_path(written["kept before restore"])
    ledger = open_ledger(db, "admin", ADMIN_PASSWORD)  # the live WAL, written under umask 000
    try:
        wal = db.with_name(db.name + "-wal")
        assert wal.exists()
        written["WAL"] = wal
        modes = {name: oct(_mode(path)) for name, path in written.items()}
    finally:
        ledger.close()
    assert modes == {name: oct(0o600) for name in written}
    # Nothing else in the folder holding records or keys is readable by others either.
    loose = {path.name: oct(_mode(path)) for path in tmp_path.iterdir()
             if path.is_file() and path != register
             and _mode(path) & 0o077}
    assert loose == {}


def test_an_older_world_readable_database_is_made_owner_only_when_opened(
        tmp_path: Path, no_umask: None) -> None:
    db = tmp_path / "checkpoint.db"
    assert _run("init", "--checkpoint", "TORKHAM", "--admin", "admin", db=db).status == 0
    os.chmod(db, 0o644)  # as databases written before the rule were
    assert _run("tally", "--from", "2025-04-01", "--json", db=db).status == 0
    assert _mode(db) == 0o600
