"""The device's sync client against the real control room, through a faulty link.

After every fault the rule of DESIGN §5 must hold: HQ holds exactly the device's non-rejected
records at their latest revisions, none twice, none missing, and the device has nothing
pending. The fault tests run on PostgreSQL (as HQ runs in production); the plain round runs on
SQLite too.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta

import pytest
import requests
from sqlalchemy import text

from checkpoint import outbox
from checkpoint.complaints import list_complaints
from checkpoint.demo import make_demo_data
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.records import correct_crossing, get_crossing
from checkpoint.search import CrossingFilter, SyncState, search_crossings
from checkpoint.settings import sync_settings
from checkpoint.tally import tally
from sync.client import SyncClient, SyncReport, backoff
from sync.server.cli import main as controlroom
from tests.support.controlroom import ControlRoom
from tests.support.devices import (
    FIRST_DAY,
    PASSWORD,
    assert_in_step,
    enrolled,
    hq_records,
    hq_revisions,
    until_done,
)
from tests.support.faultproxy import CAPTIVE_PORTAL, FaultProxy, Rule, canned

# -- the plain round, on SQLite and PostgreSQL ---------------------------------------------

def test_everything_reaches_hq_once_and_the_tally_matches(device: Ledger,
                                                          controlroom: ControlRoom) -> None:
    client = enrolled(device, controlroom)
    report = until_done(client)
    assert report.counts["accepted"] == 62  # 60 crossings, a complaint, a close-out
    assert_in_step(device, controlroom)
    again = client.sync_once()
    assert again.ok and not again.counts  # nothing sent twice
    national = requests.get(controlroom.url("/control/tally"), timeout=10,
                            headers=controlroom.admin_headers,
                            params={"from": "2025-04-01", "to": "2025-04-02"}).json()
    mine = tally(device, FIRST_DAY, FIRST_DAY + timedelta(days=1))
    for key in ("total", "households", "by_origin_province", "by_sex", "by_age_band",
                "by_document_type", "by_check_result", "by_return_type", "by_vulnerability"):
        assert national[key] == mine[key], key
    assert national["by_checkpoint"] == {"TORKHAM": mine["total"]}
    with device.reading() as session:
        assert session.execute(text("SELECT count(*) FROM audit_entry WHERE NOT synced")
                               ).scalar() <= 1  # only this round's own "sync" entry


# -- faults on the link --------------------------------------------------------------------

def test_hq_down_then_up(device: Ledger, controlroom_pg: ControlRoom, link: FaultProxy) -> None:
    client = enrolled(device, controlroom_pg, link.url, connect_timeout=2)
    link.down()
    report = client.sync_once()
    assert report.error is not None and report.error.code == "offline"
    assert sum(outbox.pending_counts(device).values()) == 62
    link.up()
    until_done(client)
    assert_in_step(device, controlroom_pg)


@pytest.mark.parametrize("fault", ["reset_request", "reset_after_upstream", "cut_response"])
def test_connection_lost_mid_batch(device: Ledger, controlroom_pg: ControlRoom,
                                   link: FaultProxy, fault: str) -> None:
    client = enrolled(device, controlroom_pg, link.url)
    link.add(Rule(fault))
    report = client.sync_once()
    assert report.error is not None and report.error.code in ("offline", "not_hq")
    # After HQ committed but before the answer arrived: the device marked nothing...
    assert sum(outbox.pending_counts(device).values()) == 62
    final = until_done(client)
    if fault != "reset_request":
        assert final.counts["duplicate"] > 0  # ...and HQ recognised what it already held
    assert_in_step(device, controlroom_pg)


def test_slow_link_times_out_and_smaller_batches_get_through(
        device: Ledger, controlroom_pg: ControlRoom, link: FaultProxy) -> None:
    client = enrolled(device, controlroom_pg, link.url, read_timeout=1.0, total_timeout=2.0)
    link.add(Rule("slow", bytes_per_second=300, times=2))
    report = client.sync_once()
    assert report.error is not None and report.error.code in ("timeout", "offline")
    assert client.max_records < 200  # halved
    until_done(client)
    assert_in_step(device, controlroom_pg)


def test_busy_hq_is_waited_for_as_it_asks(device: Ledger, controlroom_pg: ControlRoom,
                                         link: FaultProxy) -> None:
    client = enrolled(device, controlroom_pg, link.url)
    link.add(Rule("answer", answer=canned(503, "Service Unavailable",
                                          headers={"Retry-After": "7"})))
    report = client.sync_once()
    assert report.error is not None and report.error.retry_after == 7
    assert backoff(1, report.error.retry_after) >= 7
    until_done(client)
    assert_in_step(device, controlroom_pg)


def test_too_large_batch_is_split(device: Ledger, controlroom_pg: ControlRoom,
                                  link: FaultProxy) -> None:
    client = enrolled(device, controlroom_pg, link.url)
    link.add(Rule("answer", answer=canned(413, "Payload Too Large"), times=2))
    report = until_done(client)
    assert report.batches >= 2 and client.max_records >= 1
    assert_in_step(device, controlroom_pg)


@pytest.mark.parametrize("where", [("GET", "/api/v1/health"), ("POST", "/api/v1/batches")])
def test_captive_portal_marks_nothing_synced(device: Ledger, controlroom_pg: ControlRoom,
                                             link: FaultProxy, where: tuple[str, str]) -> None:
    client = enrolled(device, controlroom_pg, link.url)
    link.add(Rule("answer", method=where[0], path=where[1], answer=CAPTIVE_PORTAL, times=None))
    report = client.sync_once()
    assert report.error is not None and report.error.code == "not_hq"
    assert sum(outbox.pending_counts(device).values()) == 62
    link.clear()
    until_done(client)
    assert_in_step(device, controlroom_pg)


def test_hq_restarted_in_the_middle_of_a_long_sync(device: Ledger,
                                                   controlroom_pg: ControlRoom) -> None:
    make_demo_data(device, FIRST_DAY + timedelta(days=2), 1, 400, seed=9)
    client = enrolled(device, controlroom_pg, connect_timeout=2)
    client.max_records, client.max_bytes = 25, 64 * 1024
    done = threading.Event()
    result: list[SyncReport] = []

    def round_in_background() -> None:
        result.append(client.sync_once())
        done.set()

    worker = threading.Thread(target=round_in_background)
    worker.start()
    while len(hq_records(controlroom_pg)) < 50 and not done.is_set():
        done.wait(0.05)
    controlroom_pg.restart()
    worker.join(timeout=60)
    until_done(client)
    assert_in_step(device, controlroom_pg)


def test_two_sync_loops_at_once(device: Ledger, controlroom_pg: ControlRoom) -> None:
    enrolled(device, controlroom_pg)
    second = open_ledger(device.path, "admin", PASSWORD)
    clients = [SyncClient(device), SyncClient(second)]
    reports: list[SyncReport] = []
    threads = [threading.Thread(target=lambda c=c: reports.append(c.sync_once()))
               for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    until_done(clients[0])
    second.close()
    assert_in_step(device, controlroom_pg)
    assert sum(r.counts["accepted"] for r in reports) == 62  # accepted once, whoever sent it


def test_rejected_record_stays_rejected_until_corrected(device: Ledger,
                                                         controlroom_pg: ControlRoom) -> None:
    client = enrolled(device, controlroom_pg)
    with device.writing() as session:  # a value HQ's checks refuse, as a buggy old build made
        bad = session.execute(text("SELECT uuid FROM crossing ORDER BY updated_at LIMIT 1 "
                                   "OFFSET 10")).scalar_one()
        session.execute(text("UPDATE crossing SET origin_province = 'PK-XX' WHERE uuid = :u"),
                        {"u": bad})
    report = until_done(client)
    assert report.counts["rejected"] == 1 and report.counts["accepted"] == 61
    [rejection] = outbox.rejections(device)
    assert (rejection.uuid, rejection.field) == (bad, "origin_province")
    [shown] = search_crossings(device, CrossingFilter(sync_state=SyncState.REJECTED))
    assert shown.uuid == bad and shown.sync_state == SyncState.REJECTED
    assert shown.rejected_reason == rejection.reason != ""
    assert bad not in {r.uuid for r in search_crossings(
        device, CrossingFilter(sync_state=SyncState.PENDING))}
    assert client.sync_once().counts == {}  # not retried by itself
    correct_crossing(device, bad, {"origin_province": "KP"}, reason="rejected by HQ")
    report = until_done(client)
    assert report.counts["accepted"] == 1 and outbox.rejections(device) == []
    assert_in_step(device, controlroom_pg)


def test_record_corrected_while_its_batch_is_in_flight_stays_pending(
        device: Ledger, controlroom_pg: ControlRoom, link: FaultProxy) -> None:
    client = enrolled(device, controlroom_pg, link.url)
    target = outbox.next_batch(device, max_records=1, max_bytes=1 << 20).records[0].uuid
    link.add(Rule("slow", bytes_per_second=4000))
    worker = threading.Thread(target=client.sync_once)
    worker.start()
    while not any(path.startswith("/api/v1/batches") for _m, path in link.seen):
        threading.Event().wait(0.02)
    correct_crossing(device, target, {"remarks": "corrected during sync"},
                     reason="while syncing")
    worker.join(timeout=60)
    # The answer for revision 1 did not mark revision 2 as sent: it stayed pending and went
    # in a later batch, so HQ holds both revisions, the corrected one as current.
    assert hq_revisions(controlroom_pg, target) == [1, 2]
    link.clear()
    until_done(client)
    assert get_crossing(device, target).crossing.synced_revision == 2
    assert_in_step(device, controlroom_pg)


def test_revoked_device_stops_and_loses_nothing(device: Ledger,
                                                controlroom_pg: ControlRoom) -> None:
    client = enrolled(device, controlroom_pg)
    assert controlroom(["revoke", outbox.device_id(device), "--db", controlroom_pg.db_url]) == 0
    stop = threading.Event()
    reports: list[SyncReport] = []
    client.run(stop, on_report=reports.append, interval=0.1)  # returns by itself: final
    assert [r.error.code for r in reports if r.error] == ["unauthorized"]
    assert sum(outbox.pending_counts(device).values()) == 62
    assert sync_settings(device).last_error == "unauthorized"


def test_complaint_status_set_at_hq_reaches_the_device(device: Ledger,
                                                       controlroom_pg: ControlRoom) -> None:
    client = enrolled(device, controlroom_pg)
    until_done(client)
    [complaint] = list_complaints(device)
    assert controlroom(["complaint-status", complaint.uuid, "resolved",
                        "--db", controlroom_pg.db_url]) == 0
    report = until_done(client)
    assert report.updates_applied >= 1
    assert list_complaints(device)[0].status == "resolved"


def test_device_killed_mid_sync_and_restarted(device: Ledger, controlroom_pg: ControlRoom,
                                              link: FaultProxy) -> None:
    make_demo_data(device, FIRST_DAY + timedelta(days=2), 1, 400, seed=11)
    enrolled(device, controlroom_pg, link.url)
    link.add(Rule("slow", bytes_per_second=5_000, times=None))  # an answer takes a second
    env = {**os.environ, "CHECKPOINT_DB": str(device.path), "CHECKPOINT_USER": "admin",
           "CHECKPOINT_PASSWORD": PASSWORD}
    process = subprocess.Popen([sys.executable, "-m", "checkpoint_admin", "sync"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(hq_records(controlroom_pg)) < 40 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    held = len(hq_records(controlroom_pg))
    assert 0 < held < 462  # killed part-way
    link.clear()
    until_done(SyncClient(device))
    assert_in_step(device, controlroom_pg)


def test_command_line_enroll_sync_and_status(device: Ledger, controlroom: ControlRoom,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from checkpoint_admin.main import main as admin

    for name, value in (("CHECKPOINT_DB", str(device.path)), ("CHECKPOINT_USER", "admin"),
                        ("CHECKPOINT_PASSWORD", PASSWORD)):
        monkeypatch.setenv(name, value)
    assert admin(["sync-status", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert before == {"pending": 62, "rejected": 0, "last_sync": None, "last_error": None,
                      "hq_reachable": False, "reference_version": 0, "reference_as_of": None}
    code = controlroom.enrollment_code("TORKHAM")
    assert admin(["enroll", "--hq", controlroom.base_url, "--code", code]) == 0
    assert admin(["sync", "--once"]) == 0
    assert "62 accepted" in capsys.readouterr().out
    assert admin(["sync-status", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert (after["pending"], after["rejected"], after["last_error"], after["hq_reachable"]) \
        == (0, 0, None, True)
    assert after["last_sync"] is not None
    assert admin(["enroll", "--hq", "http://192.0.2.1:8470", "--code", code]) == 1
    assert "https" in capsys.readouterr().err  # plain http refused except to this machine
