"""Five checkpoints syncing at once to one HQ on PostgreSQL (issue 4, "many checkpoints").

Five device databases (Torkham, Chaman, Ghulam Khan, Angoor Adda, Kharlachi), each with its
own demo crossings over the same three days and its first day closed out, enrol with one
control room and sync at the same time, each from its own thread with its own client. Then
the national tally must be exactly the sum of the five device tallies, every device must have
nothing pending, and every close-out must come back reconciled (on the device, through
``/updates``, and in HQ's sync-health view).
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from checkpoint import outbox
from checkpoint.closeout import close_day, closeout_for
from checkpoint.demo import make_demo_data
from checkpoint.ledger import Ledger, create_ledger
from checkpoint.tally import tally
from contract.tallyrules import BREAKDOWN_NAMES
from sync.client import SyncClient, SyncReport
from sync.server.cli import main as controlroom
from tests.support.controlroom import ControlRoom

PASSWORD = "device-pass-1"
FIRST_DAY = date(2025, 4, 1)
DAYS = 3
LAST_DAY = FIRST_DAY + timedelta(days=DAYS - 1)
# Checkpoint, demo seed, people a day: different data everywhere, the same days.
DEVICES = [("TORKHAM", 101, 80), ("CHAMAN", 202, 70), ("GHULAM_KHAN", 303, 55),
           ("ANGOOR_ADDA", 404, 45), ("KHARLACHI", 505, 40)]
# Smaller batches than the default 200, so the five devices' batches interleave at HQ.
BATCH_RECORDS = 40
ROUNDS = 20


def _device(folder: Path, checkpoint: str, seed: int, per_day: int) -> Ledger:
    ledger = create_ledger(folder / f"{checkpoint.lower()}.db", checkpoint=checkpoint,
                           admin="admin", password=PASSWORD)
    make_demo_data(ledger, FIRST_DAY, DAYS, per_day, seed=seed)
    close_day(ledger, FIRST_DAY, "Shift Lead")
    return ledger


def _sync_until_done(client: SyncClient) -> SyncReport:
    """Rounds until one finishes cleanly; a busy HQ (503) is waited for briefly."""
    report = SyncReport()
    for _ in range(ROUNDS):
        report = client.sync_once()
        if report.ok:
            return report
        assert report.error is not None and not report.error.final, report.error
        time.sleep(min(report.error.retry_after or 0.05, 0.5))
    raise AssertionError(f"sync did not finish: {report.error and report.error.code}")


def _all_at_once(clients: list[SyncClient]) -> tuple[list[SyncReport], list[tuple[float, float]]]:
    """One thread per device, released together; each syncs until done. Returns the final
    reports and each thread's (start, end) on the monotonic clock."""
    gate = threading.Barrier(len(clients))
    reports: list[SyncReport | None] = [None] * len(clients)
    spans: list[tuple[float, float]] = [(0.0, 0.0)] * len(clients)
    failures: list[BaseException] = []

    def work(index: int, client: SyncClient) -> None:
        try:
            gate.wait(timeout=30)
            started = time.monotonic()
            reports[index] = _sync_until_done(client)
            spans[index] = (started, time.monotonic())
        except BaseException as error:  # handed to the test's thread below
            failures.append(error)

    threads = [threading.Thread(target=work, args=(i, client),
                                name=f"sync:{client.ledger.settings.checkpoint}")
               for i, client in enumerate(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a sync thread hung"
    if failures:
        raise failures[0]
    assert all(report is not None for report in reports)
    return [r for r in reports if r is not None], spans


def _summed(tallies: list[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {"total": sum(t["total"] for t in tallies),
                             "households": sum(t["households"] for t in tallies)}
    for key in BREAKDOWN_NAMES:
        summed: Counter[str] = Counter()
        for one in tallies:
            summed.update(one[key])
        total[key] = dict(summed)
    return total


def _cli_json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> Any:
    capsys.readouterr()
    assert controlroom(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_five_checkpoints_sync_at_once_and_the_national_tally_adds_up(
        tmp_path: Path, controlroom_pg: ControlRoom,
        capsys: pytest.CaptureFixture[str]) -> None:
    hq = controlroom_pg
    ledgers: list[Ledger] = []
    try:
        for code, seed, per_day in DEVICES:
            ledgers.append(_device(tmp_path, code, seed, per_day))
        clients = []
        for ledger in ledgers:
            client = SyncClient(ledger)
            client.enroll(hq.base_url, hq.enrollment_code(ledger.settings.checkpoint))
            client.max_records = BATCH_RECORDS
            clients.append(client)
        held = {ledger.settings.checkpoint: sum(outbox.pending_counts(ledger).values())
                for ledger in ledgers}
        assert all(held.values())

        reports, spans = _all_at_once(clients)

        # They really overlapped: every thread started before any of them finished.
        assert max(start for start, _ in spans) < min(end for _, end in spans)
        for ledger, report in zip(ledgers, reports, strict=True):
            assert report.ok
            assert sum(outbox.pending_counts(ledger).values()) == 0, ledger.settings.checkpoint
            assert outbox.rejections(ledger) == []

        # A further round each (still all at once): nothing left to send, updates fetched.
        again, _ = _all_at_once(clients)
        assert all(not report.counts for report in again)

        mine = [tally(ledger, FIRST_DAY, LAST_DAY) for ledger in ledgers]
        expected = _summed(mine)
        params = {"from": FIRST_DAY.isoformat(), "to": LAST_DAY.isoformat()}
        national = requests.get(hq.url("/control/tally"), params=params,
                                headers=hq.admin_headers, timeout=30).json()
        from_cli = _cli_json(capsys, ["tally", "--from", params["from"], "--to", params["to"],
                                      "--json", "--db", hq.db_url])
        for answer in (national, from_cli):
            assert answer["checkpoint"] == "ALL"
            for key, value in expected.items():
                assert answer[key] == value, key
            assert answer["by_checkpoint"] == {
                ledger.settings.checkpoint: one["total"]
                for ledger, one in zip(ledgers, mine, strict=True)}
        assert national["total"] == sum(per_day * DAYS for _, _, per_day in DEVICES)

        # Day by day too: each day's national total is the five devices' totals that day.
        for offset in range(DAYS):
            day = FIRST_DAY + timedelta(days=offset)
            one_day = requests.get(hq.url("/control/tally"), headers=hq.admin_headers,
                                   params={"from": day.isoformat(), "to": day.isoformat()},
                                   timeout=30).json()
            assert one_day["by_checkpoint"] == {
                ledger.settings.checkpoint: tally(ledger, day)["total"] for ledger in ledgers}

        # Every close-out reconciled, as the device sees it (through /updates)...
        for ledger in ledgers:
            closed = closeout_for(ledger, FIRST_DAY)
            assert closed is not None
            assert (closed.hq_reconciled, closed.hq_missing) == (True, 0), \
                ledger.settings.checkpoint
        # ...and as HQ's sync-health view shows it (over HTTP and on the command line).
        health = requests.get(hq.url("/control/devices"), headers=hq.admin_headers,
                              timeout=30).json()
        from_cli = _cli_json(capsys, ["devices", "--json", "--db", hq.db_url])
        for view in (health, from_cli):
            assert sorted(d["checkpoint"] for d in view) == sorted(code for code, *_ in DEVICES)
            by_checkpoint = {d["checkpoint"]: d for d in view}
            for ledger, one in zip(ledgers, mine, strict=True):
                device = by_checkpoint[ledger.settings.checkpoint]
                assert device["device_id"] == outbox.device_id(ledger)
                assert device["audit_status"] == "intact", device["audit_problem"]
                assert device["records_held"] == one["total"] + 1  # crossings + the close-out
                [closeout] = device["closeouts"]
                assert closeout["day"] == FIRST_DAY.isoformat()
                assert (closeout["reconciled"], closeout["missing"],
                        closeout["tally_hash_matches"]) == (True, 0, True)
                assert closeout["frozen_total"] == closeout["held"] == tally(
                    ledger, FIRST_DAY)["total"]
    finally:
        for ledger in ledgers:
            ledger.close()
