"""Sync on a device whose disk is full (issue 9 item 13): the round stops with ``disk_full``
(not an unexpected error), nothing is marked sent that HQ's answer could not be stored for, and
once there is room the next round completes with nothing counted twice."""

from __future__ import annotations

import threading
from pathlib import Path

from checkpoint import outbox
from checkpoint.ledger import open_ledger
from sync.client import SyncClient, SyncReport
from tests.support.controlroom import ControlRoom
from tests.support.devices import PASSWORD
from tests.support.sites import copy_database
from tests.support.small_disk import SmallDisk


def test_a_full_disk_stops_the_round_in_words_and_the_next_round_completes(
        small_disk: SmallDisk, device_template: Path, tmp_path: Path) -> None:
    db = small_disk.path / "torkham.db"
    copy_database(device_template, db)
    device = open_ledger(db, "admin", PASSWORD)
    try:
        with ControlRoom(f"sqlite:///{tmp_path / 'controlroom.db'}") as hq:
            client = SyncClient(device)
            client.enroll(hq.base_url, hq.enrollment_code())
            pending = sum(outbox.pending_counts(device).values())
            assert pending > 0
            small_disk.fill()

            reports: list[SyncReport] = []
            stop = threading.Event()

            def first_only(report: SyncReport) -> None:
                reports.append(report)
                stop.set()

            client.run(stop, on_report=first_only)
            [report] = reports
            assert report.error is not None and report.error.code == "disk_full"
            assert not report.error.final  # tried again later, like a network fault
            assert sum(outbox.pending_counts(device).values()) == pending

            small_disk.free()
            again = client.sync_once()
            assert again.ok, again.error
            assert sum(outbox.pending_counts(device).values()) == 0
            # What HQ took before the disk filled up comes back as a duplicate, never twice.
            assert again.counts["accepted"] + again.counts["duplicate"] == pending
    finally:
        device.close()
