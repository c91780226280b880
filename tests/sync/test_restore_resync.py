"""A restored backup syncs again without doubling anything (issue 9 "Not built yet: restore").

Back up an enrolled device, record more, sync, restore the backup, sync again: the records the
restored device sends again are each answered ``duplicate``, and HQ's records, counts and tally
are what they were. The real server on loopback, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checkpoint import outbox
from checkpoint.backup import backup, restore
from checkpoint.demo import make_demo_data
from checkpoint.ledger import Ledger, open_ledger
from sync.client import SyncClient
from sync.server import service
from sync.server.database import make_engine, reading
from tests.support.controlroom import ControlRoom
from tests.support.devices import FIRST_DAY, PASSWORD, enrolled, hq_records, until_done

LATER_DAY = date(2025, 4, 5)


def _national(hq: ControlRoom) -> dict:
    engine = make_engine(hq.db_url)
    try:
        with reading(engine) as session:
            return service.national_tally(session, FIRST_DAY, LATER_DAY)
    finally:
        engine.dispose()


def test_a_restored_device_resends_only_duplicates(device: Ledger, controlroom: ControlRoom,
                                                   tmp_path: Path) -> None:
    enrolled(device, controlroom)
    saved = tmp_path / "before-sync.db"
    backup(device, saved)  # enrolled, with 60 crossings, a close-out and a complaint pending
    make_demo_data(device, LATER_DAY, 1, 7, seed=9)  # recorded after the backup
    until_done(SyncClient(device))
    held_before = hq_records(controlroom)
    tally_before = _national(controlroom)
    assert tally_before["total"] == 67
    path = device.path
    device.close()

    restore(saved, path, "admin", PASSWORD)
    restored = open_ledger(path, "admin", PASSWORD)
    try:
        resent = sum(outbox.pending_counts(restored).values())
        assert resent == 62  # 60 crossings, the close-out and the complaint
        report = until_done(SyncClient(restored))

        assert report.counts == {"duplicate": resent}
        assert sum(outbox.pending_counts(restored).values()) == 0
        assert hq_records(controlroom) == held_before  # no record, no revision twice
        assert _national(controlroom) == tally_before
    finally:
        restored.close()
