"""``checkpoint-admin restore`` and ``user add --full-name``, run as real processes."""

from __future__ import annotations

import json
from pathlib import Path

from checkpoint.keyslots import keyfile_path
from tests.checkpoint_admin.test_cli import Outcome, assert_plain_failure, run_process
from tests.support.sites import ADMIN_PASSWORD


def _as_admin(db: Path) -> dict[str, str]:
    return {"CHECKPOINT_DB": str(db), "CHECKPOINT_USER": "admin",
            "CHECKPOINT_PASSWORD": ADMIN_PASSWORD}


def _init(db: Path) -> None:
    done = run_process("init", "--checkpoint", "TORKHAM", "--admin", "admin",
                       env={"CHECKPOINT_DB": str(db), "CHECKPOINT_PASSWORD": ADMIN_PASSWORD})
    assert done.status == 0, done


def _total(db: Path) -> int:
    done = run_process("tally", "--from", "2025-04-01", "--json", env=_as_admin(db))
    assert done.status == 0, done
    return int(json.loads(done.out)["total"])


def test_restore_puts_a_backup_back_and_keeps_the_replaced_database(tmp_path: Path) -> None:
    db = tmp_path / "checkpoint.db"
    _init(db)
    env = _as_admin(db)
    assert run_process("demo-data", "--from", "2025-04-01", "--days", "1", "--per-day", "10",
                       env=env).status == 0
    saved = tmp_path / "saved.db"
    assert run_process("backup", str(saved), env=env).status == 0
    assert run_process("demo-data", "--from", "2025-04-01", "--days", "1", "--per-day", "5",
                       "--seed", "2", env=env).status == 0
    assert _total(db) == 15

    done = run_process("restore", str(saved), env=env)

    assert done.status == 0, done
    assert "Restored saved.db" in done.out and "kept as checkpoint.db.before-restore-" in done.out
    assert _total(db) == 10
    kept = next(tmp_path.glob("checkpoint.db.before-restore-*[0-9]Z"))
    assert keyfile_path(kept).exists()
    audit = run_process("verify-audit", env=env)
    assert audit.status == 0, audit


def test_restore_refuses_a_foreign_backup_in_one_sentence(tmp_path: Path) -> None:
    db, other = tmp_path / "checkpoint.db", tmp_path / "elsewhere" / "other.db"
    _init(db)
    _init(other)
    saved = tmp_path / "other-backup.db"
    assert run_process("backup", str(saved), env=_as_admin(other)).status == 0
    before = db.read_bytes()

    refused: Outcome = run_process("restore", str(saved), env=_as_admin(db))

    assert_plain_failure(refused)
    assert "another checkpoint database" in refused.err
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("checkpoint.db.before-restore-*"))


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "checkpoint.db"
    _init(db)
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"not a database" * 500)
    keyfile_path(junk).write_bytes(keyfile_path(db).read_bytes())

    refused = run_process("restore", str(junk), env=_as_admin(db))

    assert_plain_failure(refused)
    assert "is not a Checkpoint backup" in refused.err


def test_user_add_takes_a_full_name_that_the_list_shows(tmp_path: Path) -> None:
    db = tmp_path / "checkpoint.db"
    _init(db)
    env = _as_admin(db)
    added = run_process("user", "add", "zkhan", "--role", "shift_lead", "--full-name",
                        "Zarmina  Khan", env={**env, "CHECKPOINT_NEW_PASSWORD": "first-pass-1"})
    assert added.status == 0, added
    plain = run_process("user", "add", "clerk1", "--role", "clerk",
                        env={**env, "CHECKPOINT_NEW_PASSWORD": "first-pass-1"})
    assert plain.status == 0, plain  # the DESIGN §7 form, without a full name, still works

    listed = {u["username"]: u for u in json.loads(
        run_process("user", "list", "--json", env=env).out)}
    assert listed["zkhan"]["full_name"] == "Zarmina Khan"
    assert listed["clerk1"]["full_name"] == ""
    text = run_process("user", "list", env=env).out
    assert any(line.startswith("zkhan ") and "Zarmina Khan" in line
               for line in text.splitlines())
