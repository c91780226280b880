"""Warnings the clerk saved anyway reach HQ inside the crossings' data and are counted there as
on the device: ``tally --json`` and ``controlroom tally --json`` both say how many of each were
overridden, and HQ keeps nothing new (they travel in the data it already stores)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
import requests

from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.ledger import Ledger
from checkpoint.records import correct_crossing, get_crossing, record_household
from checkpoint.tally import tally
from checkpoint_admin.main import main as checkpoint_admin
from contract.tallyrules import BREAKDOWN_NAMES
from sync.server.cli import main as controlroom_cli
from tests.support.controlroom import ControlRoom
from tests.support.devices import FIRST_DAY, PASSWORD, assert_in_step, enrolled, until_done

AT = datetime(2025, 4, 1, 8, 0, tzinfo=UTC)  # the device's first (closed) day is 2025-04-01


def _json(capsys: pytest.CaptureFixture[str], status: int) -> dict[str, object]:
    out = capsys.readouterr().out
    assert status == 0, out
    answer = json.loads(out)
    assert isinstance(answer, dict)
    return answer


def test_overridden_warnings_are_counted_alike_on_the_device_and_at_hq(
        device: Ledger, controlroom: ControlRoom, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    day = FIRST_DAY + timedelta(days=1)
    at = AT + timedelta(days=1)
    warned = [
        PersonEntry("Sher Khan", "M", "KP", documents=(
            DocumentEntry("por", "PK-778899", warnings=frozenset({"cancelled", "duplicate"}),
                          reference_version=4),
            DocumentEntry("passport", "P7654321",
                          warnings=frozenset({"departed_elsewhere"}), reference_version=4))),
        PersonEntry("Gul Agha", "M", "KP", documents=(
            DocumentEntry("acc", "ACC-55", result="expired",
                          warnings=frozenset({"policy_expired"}), reference_version=4),))]
    uuids = record_household(device, warned, crossed_at=at)
    # A correction moves a warning with its document: HQ counts the newest revision only.
    gul = get_crossing(device, uuids[1]).record.entry()
    correct_crossing(device, uuids[1], {"documents": (
        *gul.documents, DocumentEntry("tazkira", "T-1", warnings=frozenset({"cancelled"})))},
        reason="tazkira shown later")
    mine = tally(device, day)
    assert mine["by_warning_overridden"] == {"cancelled": 2, "departed_elsewhere": 1,
                                             "duplicate": 1, "policy_expired": 1}

    until_done(enrolled(device, controlroom))
    assert_in_step(device, controlroom)
    asked = {"from": day.isoformat(), "to": day.isoformat()}
    national = requests.get(controlroom.url("/control/tally"), params=asked, timeout=10,
                            headers=controlroom.admin_headers).json()
    capsys.readouterr()
    from_cli = _json(capsys, controlroom_cli(["tally", "--from", asked["from"], "--json",
                                              "--db", controlroom.db_url]))
    monkeypatch.setenv("CHECKPOINT_DB", str(device.path))
    monkeypatch.setenv("CHECKPOINT_USER", "admin")
    monkeypatch.setenv("CHECKPOINT_PASSWORD", PASSWORD)
    on_device = _json(capsys, checkpoint_admin(["tally", "--from", asked["from"], "--json"]))
    assert on_device == mine
    for answer in (national, from_cli):
        for key in ("total", "households", *BREAKDOWN_NAMES):
            assert answer[key] == mine[key], key
