"""``checkpoint-admin check-document`` and ``sync-status``'s lists, run as a desk or IT would.

HQ's lists are put on the device as HQ's answer brings them (``contract.wire``, applied by the
core: the contract, not a mock); the end-to-end path from a real HQ is in
tests/sync/test_reference_sync.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from checkpoint import outbox
from checkpoint.ledger import open_ledger
from checkpoint_admin.main import main
from contract.wire import CardGroup, Reference, Updates
from tests.support.sites import ADMIN_PASSWORD, PASSWORDS, Site

AS_OF = datetime(2025, 4, 2, 6, 0, tzinfo=UTC)


@pytest.fixture
def listed(site: Site) -> Path:
    """The site with HQ's version 7: PoR 12345-678 cancelled (reported stolen)."""
    ledger = open_ledger(site.path, "admin", ADMIN_PASSWORD)
    try:
        outbox.apply_updates(ledger, Updates(cursor="40.7", reference=Reference(
            version=7, as_of=AS_OF, snapshot=True, departures_from=date(2024, 10, 1),
            digest_key="A" * 43 + "=",
            cards=[CardGroup(document_type="por", reason="reported_stolen",
                             since=date(2025, 3, 9), numbers=["12345678"])])))
    finally:
        ledger.close()
    return site.path


def run(db: Path, user: str, *argv: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    monkeypatch.setenv("CHECKPOINT_DB", str(db))
    monkeypatch.setenv("CHECKPOINT_USER", user)
    monkeypatch.setenv("CHECKPOINT_PASSWORD", PASSWORDS[user])
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_clerk_checks_a_cancelled_card_and_a_clear_one(listed: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    status, out, _ = run(listed, "clerk", "check-document", "--type", "PoR card", "--number",
                         "12345 678", "--json", monkeypatch=monkeypatch, capsys=capsys)
    assert status == 1
    assert json.loads(out) == {
        "document_type": "por", "number": "12345 678", "status": "cancelled",
        "detail": "On HQ's cancelled-cards list since 2025-03-09: Reported stolen.",
        "list_version": 7, "as_of": "2025-04-02T06:00:00+00:00"}

    status, out, _ = run(listed, "clerk", "check-document", "--type", "tazkera", "--number",
                         "12345678", monkeypatch=monkeypatch, capsys=capsys)
    assert status == 0
    assert out.splitlines() == [
        "Tazkira 12345678: clear",
        "Not on HQ's lists (version 7, current at HQ 2025-04-02 06:00 UTC)."]


def test_sync_status_says_which_lists_the_device_holds(listed: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    status, out, _ = run(listed, "admin", "sync-status", "--json", monkeypatch=monkeypatch,
                         capsys=capsys)
    shown = json.loads(out)
    assert status == 0
    assert (shown["reference_version"], shown["reference_as_of"]) == (
        7, "2025-04-02T06:00:00+00:00")
    status, out, _ = run(listed, "admin", "sync-status", monkeypatch=monkeypatch,
                         capsys=capsys)
    assert "HQ's lists:    version 7, current at HQ 2025-04-02T06:00+00:00; OUT OF DATE" in out


def test_never_synced_lists_are_version_0_and_clear_says_so(site: Site,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]
                                                            ) -> None:
    status, out, _ = run(site.path, "lead", "check-document", "--type", "acc", "--number",
                         "A-1", "--json", monkeypatch=monkeypatch, capsys=capsys)
    shown = json.loads(out)
    assert (status, shown["status"], shown["list_version"], shown["as_of"]) == (
        0, "clear", 0, None)
    assert "never reached this device" in shown["detail"]
    status, out, _ = run(site.path, "admin", "sync-status", "--json", monkeypatch=monkeypatch,
                         capsys=capsys)
    shown = json.loads(out)
    assert (shown["reference_version"], shown["reference_as_of"]) == (0, None)


def test_an_unknown_type_or_no_number_exits_2_before_any_password(tmp_path: Path) -> None:
    # A real process: the exit status and stderr as a script sees them; no database, no
    # password: the typo is said before either is needed.
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKPOINT_")}
    env["CHECKPOINT_DB"] = str(tmp_path / "none.db")
    for argv, said in ((["--type", "library card", "--number", "1"],
                        "unknown document type 'library card'; expected one of: PoR, ACC, "
                        "passport, Tazkira, visa, other, none (--type)"),
                       (["--type", "por", "--number", " -/ "],
                        "a document number is required (--number)")):
        done = subprocess.run([sys.executable, "-m", "checkpoint_admin", "check-document",
                               *argv], capture_output=True, text=True, env=env, timeout=60)
        assert (done.returncode, done.stdout) == (2, "")
        assert done.stderr == f"checkpoint-admin: {said}\n"
