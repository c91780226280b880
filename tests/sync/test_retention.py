"""HQ retention (DESIGN §6; issue 9 "Not built yet: retention"), on SQLite and PostgreSQL.

A device syncs to the real control room; ``controlroom purge`` removes the personal fields of
every stored revision older than the period; the test then reads every HQ table with plain SQL
looking for any personal value, compares the national tally, and has the device send the same
revisions again (a restored backup) to show they stay duplicates and the data does not return.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from checkpoint.backup import backup, restore
from checkpoint.complaints import take_complaint
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.records import correct_crossing, record_household
from sync.client import SyncClient
from sync.server import service
from sync.server.cli import main as controlroom_cli
from sync.server.database import make_engine, reading
from tests.support.controlroom import ControlRoom
from tests.support.devices import FIRST_DAY, PASSWORD, enrolled, until_done

NAME, FATHER, NUMBER, DISTRICT = "Palwasha Rahimi", "Abdul Rahimi", "PQ7654321", "Mardan"
OLD_AT = datetime(2025, 4, 3, 8, tzinfo=UTC)
LAST_DAY = date(2025, 4, 3)


def _hq_text(db_url: str) -> str:
    """Every value of every HQ table, as text."""
    engine = create_engine(db_url)
    try:
        names = [name for name in inspect(engine).get_table_names() if name.startswith("hq_")]
        with engine.connect() as connection:
            return "\n".join(repr(tuple(row)) for name in names
                             for row in connection.execute(text(f'SELECT * FROM "{name}"')))
    finally:
        engine.dispose()


def _hq_facts(db_url: str) -> tuple[dict, list]:
    engine = make_engine(db_url)
    try:
        with reading(engine) as session:
            tally = service.national_tally(session, FIRST_DAY, LAST_DAY)
            hashes = session.execute(text(
                "SELECT kind, uuid, revision, hash FROM hq_record_revision "
                "ORDER BY kind, uuid, revision")).all()
        return tally, [tuple(row) for row in hashes]
    finally:
        engine.dispose()


@pytest.fixture
def synced(device: Ledger, controlroom: ControlRoom, tmp_path: Path) -> Iterator[Path]:
    """HQ holding the device's 60 crossings, one with names, a birth date and a document,
    corrected once (two revisions), and an old complaint; returns a backup taken before the
    device synced."""
    [uuid] = record_household(device, [PersonEntry(
        full_name=NAME, father_name=FATHER, sex="F", origin_province="PK-KP",
        origin_district=DISTRICT, birth_date=date(1948, 2, 1), remarks="needs a wheelchair",
        documents=[DocumentEntry("por", NUMBER, result="verified")])], crossed_at=OLD_AT)
    complaint = take_complaint(device, "delay", "Palwasha waited three days",
                               contact="+92 300 1234567")
    with device.writing() as session:  # taken long ago (the core stamps it now)
        session.execute(text("UPDATE complaint SET taken_at = :at WHERE uuid = :uuid"),
                        {"at": OLD_AT.replace(tzinfo=None), "uuid": complaint})
    enrolled(device, controlroom)
    saved = tmp_path / "before-sync.db"
    backup(device, saved)
    until_done(SyncClient(device))
    correct_crossing(device, uuid, {"vrf_number": "VRF-5550001"}, reason="form found")
    until_done(SyncClient(device))  # HQ now holds both revisions
    yield saved


def test_hq_purge_removes_personal_fields_of_every_old_revision(
        synced: Path, controlroom: ControlRoom, capsys: pytest.CaptureFixture[str]) -> None:
    before = _hq_text(controlroom.db_url)
    assert NAME in before and NUMBER in before and "+92 300 1234567" in before
    tally_before, hashes_before = _hq_facts(controlroom.db_url)

    assert controlroom_cli(["purge", "--db", controlroom.db_url, "--older-than", "365",
                        "--json"]) == 0

    # 61 crossings (one with two revisions) and the old complaint.
    assert json.loads(capsys.readouterr().out) == {"purged": 62, "revisions": 63}
    after = _hq_text(controlroom.db_url)
    for gone in (NAME, FATHER, NUMBER, DISTRICT, "1948-02-01", "needs a wheelchair",
                 "VRF-5550001"):
        assert gone not in after, gone
    assert "+92 300 1234567" not in after and "Palwasha waited" not in after
    assert "Waited two days at the gate" in after  # taken today: kept
    tally_after, hashes_after = _hq_facts(controlroom.db_url)
    assert tally_after == tally_before  # the age band (60+) held without the birth date
    assert hashes_after == hashes_before  # every revision kept, with the hash it came with


def test_a_purged_record_sent_again_stays_purged(synced: Path, controlroom: ControlRoom,
                                                 device: Ledger) -> None:
    assert controlroom_cli(["purge", "--db", controlroom.db_url, "--older-than", "0"]) == 0
    tally_before, hashes_before = _hq_facts(controlroom.db_url)
    path = device.path
    device.close()
    restore(synced, path, "admin", PASSWORD)
    restored = open_ledger(path, "admin", PASSWORD)
    try:
        report = until_done(SyncClient(restored))
    finally:
        restored.close()

    assert report.counts == {"duplicate": 64}  # 61 crossings, a close-out, two complaints
    after = _hq_text(controlroom.db_url)
    for gone in (NAME, FATHER, NUMBER, "Palwasha waited three days", "+92 300 1234567"):
        assert gone not in after, gone
    assert _hq_facts(controlroom.db_url) == (tally_before, hashes_before)


def test_retention_days_is_a_setting_with_a_documented_default(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        synced: Path, controlroom: ControlRoom) -> None:
    # The default keeps two years: records of April 2025 are younger than that.
    monkeypatch.delenv("CONTROLROOM_RETENTION_DAYS", raising=False)
    assert controlroom_cli(["purge", "--db", controlroom.db_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"purged": 0, "revisions": 0}
    monkeypatch.setenv("CONTROLROOM_RETENTION_DAYS", "10")
    assert controlroom_cli(["purge", "--db", controlroom.db_url]) == 1
    refused = capsys.readouterr().err
    assert "setting is not valid: retention_days" in refused and "30" in refused
    with pytest.raises(SystemExit):  # said as the device's purge says it
        controlroom_cli(["purge", "--db", controlroom.db_url, "--older-than", "x"])
    assert "'x' is not a whole number of days" in capsys.readouterr().err
    monkeypatch.setenv("CONTROLROOM_RETENTION_DAYS", "365")
    assert controlroom_cli(["purge", "--db", controlroom.db_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["purged"] == 62


def test_serve_purges_at_start(synced: Path, controlroom: ControlRoom) -> None:
    controlroom.stop()
    env = {**os.environ, "CONTROLROOM_RETENTION_DAYS": "365"}
    server = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "serve", "--db", controlroom.db_url,
         "--port", str(controlroom.port)], env=env, stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL, text=True)
    try:
        assert server.stderr is not None
        # The daily run reports each run in one line; the first comes at start.
        line = next(line for line in server.stderr if line.startswith("Retention:"))
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert line.strip() == ("Retention: removed the personal fields of 62 records (63 stored "
                            "revisions) older than 365 days.")
    assert NAME not in _hq_text(controlroom.db_url)
