"""A checkpoint device syncing with the test control room: a device database with records,
an enrolled sync client, and the DESIGN §5 check that device and HQ hold the same records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text

from checkpoint import outbox
from checkpoint.closeout import close_day
from checkpoint.complaints import take_complaint
from checkpoint.demo import make_demo_data
from checkpoint.ledger import Ledger, create_ledger
from sync.client import SyncClient, SyncReport
from tests.support.controlroom import ControlRoom

PASSWORD = "device-pass-1"
FIRST_DAY = date(2025, 4, 1)


def make_device(path: Path) -> Path:
    """Torkham with 60 crossings over two days, the first day closed, and a complaint; its IT
    admin ``admin`` signs in with ``PASSWORD``."""
    ledger = create_ledger(path, checkpoint="TORKHAM", admin="admin", password=PASSWORD)
    make_demo_data(ledger, FIRST_DAY, 2, 30, seed=3)
    close_day(ledger, FIRST_DAY, "Shift Lead")
    take_complaint(ledger, "delay", "Waited two days at the gate", urgency="urgent")
    ledger.close()
    return path


def enrolled(ledger: Ledger, hq: ControlRoom, url: str | None = None, **timeouts: float
             ) -> SyncClient:
    """A sync client for ``ledger``, enrolled with ``hq`` (reached at ``url``)."""
    client = SyncClient(ledger, **timeouts)
    client.enroll(url or hq.base_url, hq.enrollment_code("TORKHAM"))
    return client


def until_done(client: SyncClient, rounds: int = 20) -> SyncReport:
    """Sync rounds until one finishes cleanly (the test drives rounds; no backoff sleeps)."""
    report = SyncReport()
    for _ in range(rounds):
        report = client.sync_once()
        if report.ok:
            return report
    raise AssertionError(f"sync did not finish: {report.error and report.error.code}")


def device_records(ledger: Ledger) -> dict[tuple[str, str], int]:
    """Every aggregate the device holds that HQ did not reject, at its revision."""
    rejected = {(r.kind, r.uuid) for r in outbox.rejections(ledger)}
    held = {}
    with ledger.reading() as session:
        for kind, table in (("crossing", "crossing"), ("complaint", "complaint"),
                            ("closeout", "day_closeout")):
            for uuid, revision in session.execute(text(f"SELECT uuid, revision FROM {table}")):
                if (kind, uuid) not in rejected:
                    held[(kind, uuid)] = revision
    return held


def hq_records(hq: ControlRoom) -> dict[tuple[str, str], int]:
    """The highest revision HQ holds of every aggregate (and that none is held twice)."""
    engine = create_engine(hq.db_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT kind, uuid, revision FROM hq_record_revision")).all()
    finally:
        engine.dispose()
    assert len(rows) == len({(k, u, r) for k, u, r in rows})  # no revision twice
    latest: dict[tuple[str, str], int] = {}
    for kind, uuid, revision in rows:
        latest[(kind, uuid)] = max(revision, latest.get((kind, uuid), 0))
    return latest


def hq_revisions(hq: ControlRoom, uuid: str) -> list[int]:
    """Every revision of one record HQ holds."""
    engine = create_engine(hq.db_url)
    try:
        with engine.connect() as connection:
            return sorted(connection.execute(text(
                "SELECT revision FROM hq_record_revision WHERE uuid = :u"), {"u": uuid})
                .scalars())
    finally:
        engine.dispose()


def assert_in_step(ledger: Ledger, hq: ControlRoom) -> None:
    """DESIGN §5's rule: HQ holds exactly the device's records, the device has none pending."""
    assert hq_records(hq) == device_records(ledger)
    assert sum(outbox.pending_counts(ledger).values()) == 0
