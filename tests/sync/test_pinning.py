"""A control room with a self-signed certificate, trusted through a SHA-256 pin (issue 9 item
14): with a pin, HQ's certificate is accepted if and only if its fingerprint is the pin, on the
very connection that carries the records; without one, a CA must vouch for it as before.

HQ serves real TLS on loopback (uvicorn with a certificate made here, for a host name that is
not 127.0.0.1); the last test puts a TLS front in the middle that changes certificate once the
health check has passed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from checkpoint import outbox
from checkpoint.ledger import Ledger
from checkpoint.settings import sync_settings
from sync.client import SyncClient, SyncError
from sync.server.database import make_engine
from sync.server.models import Device, RecordRevision
from tests.support.controlroom import ControlRoom
from tests.support.tls import Certificate, TlsFront, self_signed


@pytest.fixture
def certificate(tmp_path: Path) -> Certificate:
    return self_signed(tmp_path / "hq-certificate")


@pytest.fixture
def hq_on_tls(tmp_path: Path, certificate: Certificate) -> Iterator[ControlRoom]:
    """HQ on https with a self-signed certificate (SQLite behind it)."""
    with ControlRoom(f"sqlite:///{tmp_path / 'controlroom.db'}", tls=certificate) as hq:
        yield hq


def held_at_hq(hq: ControlRoom) -> tuple[int, int]:
    """Devices enrolled and record revisions held at HQ."""
    engine = make_engine(hq.db_url)
    try:
        with Session(engine) as session:
            return (session.execute(select(func.count()).select_from(Device)).scalar_one(),
                    session.execute(select(func.count()).select_from(RecordRevision))
                    .scalar_one())
    finally:
        engine.dispose()


def test_a_self_signed_hq_is_trusted_through_its_pin(device: Ledger, hq_on_tls: ControlRoom,
                                                     certificate: Certificate) -> None:
    assert hq_on_tls.base_url.startswith("https://127.0.0.1:")  # the certificate names another
    pin = ":".join(certificate.fingerprint[i:i + 2] for i in range(0, 64, 2)).upper()
    client = SyncClient(device)
    client.enroll(hq_on_tls.base_url, hq_on_tls.enrollment_code(), pin=pin)
    assert sync_settings(device).pin == certificate.fingerprint

    report = client.sync_once()
    assert report.ok, report.error
    pending = sum(outbox.pending_counts(device).values())
    assert pending == 0 and report.counts["accepted"] > 0
    assert held_at_hq(hq_on_tls) == (1, report.counts["accepted"])


def test_without_a_pin_a_self_signed_hq_is_refused(device: Ledger,
                                                   hq_on_tls: ControlRoom) -> None:
    with pytest.raises(SyncError) as refused:
        SyncClient(device).enroll(hq_on_tls.base_url, hq_on_tls.enrollment_code())
    assert refused.value.code == "tls"
    assert held_at_hq(hq_on_tls) == (0, 0)


def test_a_certificate_that_is_not_the_pinned_one_is_refused(
        device: Ledger, hq_on_tls: ControlRoom, tmp_path: Path) -> None:
    other = self_signed(tmp_path / "other", "controlroom.invalid")
    with pytest.raises(SyncError) as refused:
        SyncClient(device).enroll(hq_on_tls.base_url, hq_on_tls.enrollment_code(),
                                  pin=other.fingerprint)
    assert refused.value.code == "pin_mismatch"
    assert held_at_hq(hq_on_tls) == (0, 0)
    assert not sync_settings(device).enrolled


def test_the_pin_is_checked_on_the_connection_that_carries_the_records(
        device: Ledger, tmp_path: Path, certificate: Certificate) -> None:
    """A man in the middle who shows HQ's certificate to the health check and his own to the
    batch gets nothing: the batch's own connection is refused before a byte is sent."""
    with ControlRoom(f"sqlite:///{tmp_path / 'controlroom.db'}") as hq:
        front = TlsFront(("127.0.0.1", hq.port), certificate)
        try:
            client = SyncClient(device)
            client.enroll(front.base_url, hq.enrollment_code(), pin=certificate.fingerprint)
            front.then_present(self_signed(tmp_path / "intruder"), after=1)
            reached = len(front.requests)

            report = client.sync_once()

            assert report.error is not None and report.error.code == "pin_mismatch"
            assert front.requests[reached:] == ["GET /api/v1/health"]  # no batch got through
            assert held_at_hq(hq) == (1, 0)
            assert sum(outbox.pending_counts(device).values()) > 0  # still waiting to be sent
        finally:
            front.close()
