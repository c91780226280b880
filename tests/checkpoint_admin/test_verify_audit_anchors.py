"""``checkpoint-admin verify-audit`` against an insider with the data key (issue 9, item 3):
cutting the log short, wiping it, or editing an entry and recomputing every hash after it all
exit 1 with a sentence naming the entry and the anchor that shows it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from checkpoint.entries import PersonEntry
from checkpoint.keyslots import KeySlots, keyfile_path
from checkpoint.ledger import open_ledger
from checkpoint.records import record_household
from contract.auditrule import entry_hash
from tests.checkpoint_admin.test_cli import AdminCommand
from tests.support.insider import insider_engine, run_as_insider
from tests.support.sites import ADMIN_PASSWORD, PASSWORDS, copy_database


@pytest.fixture
def admin_cmd(monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> AdminCommand:
    """Run ``checkpoint-admin`` in this process."""
    return AdminCommand(monkeypatch, capsys)


@pytest.fixture
def worked(tmp_path: Path, site_template: Path) -> tuple[Path, int]:
    """A clerk's shift: three households recorded, then signed out, leaving the clerk's anchor
    at the chain's end (returned with the database)."""
    path = tmp_path / "checkpoint.db"
    copy_database(site_template, path)
    clerk = open_ledger(path, "clerk", PASSWORDS["clerk"])
    for name in ("First Person", "Second Person", "Third Person"):
        record_household(clerk, [PersonEntry(full_name=name, sex="F", age_years=40,
                                             origin_province="PK-KP")])
    assert clerk.signer is not None  # signs the anchor left as the clerk signs out
    clerk.close()
    anchored = KeySlots.load(keyfile_path(path)).anchors["clerk"]["seq"]
    return path, anchored


PASSWORD_CLERK = PASSWORDS["clerk"]


def tamper(path: Path, *statements: str) -> None:
    """What the issue's clerk did: the data key from their own password, SQL straight in."""
    run_as_insider(path, "clerk", PASSWORD_CLERK, *statements)


def recompute_rows(connection: Connection, edited: int) -> None:
    """Edit entry ``edited`` and recompute every hash from it to the end (the signatures,
    which only their signers can make, are left as they were)."""
    rows = connection.execute(text("SELECT * FROM audit_entry ORDER BY seq")).all()
    prev_hash = rows[edited - 1].prev_hash
    for row in rows[edited - 1:]:
        details = '{"count":0}' if row.seq == edited else row.details
        hashed = entry_hash(prev_hash, row.seq, datetime.fromisoformat(str(row.at)),
                            row.actor, row.action, row.target, details)
        connection.execute(text(
            "UPDATE audit_entry SET details = :d, prev_hash = :p, hash = :h "
            "WHERE seq = :s"), {"d": details, "p": prev_hash, "h": hashed, "s": row.seq})
        prev_hash = hashed


def recompute_after_first_create(path: Path) -> None:
    """Edit the first ``create`` entry and recompute every hash from it to the end."""
    with insider_engine(path, "clerk", PASSWORD_CLERK) as engine, \
            engine.begin() as connection:
        edited = connection.execute(text(
            "SELECT min(seq) FROM audit_entry WHERE action = 'create'")).scalar_one()
        recompute_rows(connection, edited)


def test_the_untouched_log_verifies(admin_cmd: AdminCommand, worked: tuple[Path, int]) -> None:
    path, _ = worked
    done = admin_cmd("verify-audit", db=path, user="admin", password=ADMIN_PASSWORD)
    assert done.status == 0, done
    assert "intact" in done.out and "anchor" in done.out


@pytest.mark.parametrize("how", ["last_entries_deleted", "all_entries_deleted",
                                 "edited_and_recomputed"])
def test_verify_audit_names_what_the_insider_did(admin_cmd: AdminCommand,
                                                 worked: tuple[Path, int], how: str) -> None:
    path, anchored = worked
    if how == "last_entries_deleted":
        tamper(path, f"DELETE FROM audit_entry WHERE seq > {anchored - 3}")
    elif how == "all_entries_deleted":
        tamper(path, "DELETE FROM audit_entry")
    else:
        recompute_after_first_create(path)

    done = admin_cmd("verify-audit", db=path, user="admin", password=ADMIN_PASSWORD)

    assert done.status == 1, done
    assert "Traceback" not in done.err
    said = done.out.strip()
    assert said.startswith("Audit log broken: audit entry ")
    if how == "edited_and_recomputed":
        # The clerk signed the entries after the edit: recomputed, their signatures fail.
        assert "is not signed by clerk (it was rewritten and signed again" in said
    elif how == "last_entries_deleted":
        # The admin's own sign-in to check took the next free number, below the anchor.
        assert f"audit entry {anchored}: missing, but clerk's anchor of" in said
        assert "(entries were deleted)" in said
    else:  # every user's anchor names an entry that is gone; the earliest is named
        assert "'s anchor of" in said and "(entries were deleted)" in said
