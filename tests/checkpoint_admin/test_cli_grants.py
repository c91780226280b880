"""The command line's face of grants and re-keying (issue 9, items 2 and 6): a clerk who made
themself IT admin through SQLCipher cannot export, and is told so in one sentence; ``user list``
shows the row whose role is not verified; ``user disable`` re-keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkpoint.keyslots import keyfile_path
from tests.checkpoint.test_grants import as_insider
from tests.checkpoint.test_rekey import opens_with
from tests.checkpoint_admin.test_cli import AdminCommand, assert_plain_failure
from tests.support.sites import ADMIN_PASSWORD, PASSWORDS, copy_database


@pytest.fixture
def admin_cmd(monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> AdminCommand:
    """Run ``checkpoint-admin`` in this process."""
    return AdminCommand(monkeypatch, capsys)


@pytest.fixture
def site_db(site_template: Path, tmp_path: Path) -> Path:
    db = tmp_path / "checkpoint.db"
    copy_database(site_template, db)
    return db


def test_a_self_promoted_clerk_cannot_export(admin_cmd: AdminCommand, site_db: Path,
                                             tmp_path: Path) -> None:
    as_insider(site_db, "clerk", "UPDATE user SET role = 'it_admin' WHERE username = 'clerk'")

    done = admin_cmd("export-csv", "--from", "2025-01-01", "--to", "2025-12-31",
                     str(tmp_path / "all.csv"), db=site_db, user="clerk",
                     password=PASSWORDS["clerk"])

    assert_plain_failure(done)
    assert "role could not be verified" in done.err
    assert not (tmp_path / "all.csv").exists()
    listed = admin_cmd("user", "list", db=site_db, user="admin", password=ADMIN_PASSWORD)
    clerk_line = next(line for line in listed.out.splitlines() if line.startswith("clerk "))
    assert "role not verified" in clerk_line


def test_user_disable_re_keys(admin_cmd: AdminCommand, site_db: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.keys"
    saved.write_bytes(keyfile_path(site_db).read_bytes())

    done = admin_cmd("user", "disable", "clerk", db=site_db, user="admin",
                     password=ADMIN_PASSWORD)

    assert done.status == 0, done
    assert "new key" in done.out
    assert not opens_with(site_db, saved, "clerk")
    still = admin_cmd("tally", "--from", "2025-04-01", db=site_db, user="lead",
                      password=PASSWORDS["lead"])
    assert still.status == 0, still
