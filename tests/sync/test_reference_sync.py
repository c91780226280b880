"""HQ's reference data reaching desks through the real control room on loopback (SQLite and
PostgreSQL): a card cancelled at HQ is flagged after one sync and clear once lifted; a
document recorded at one checkpoint is flagged at another; a device offline across many
deltas ends up holding exactly HQ's lists; a download broken mid-way leaves the device's
lists at the version it held, and the next sync completes.

HQ's lists are changed through its own service (``sync.server.reference``, as the console and
``controlroom card`` do); the desk's answers are read through ``check_document`` and the real
``checkpoint-admin check-document``."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session

from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.ledger import Ledger, create_ledger
from checkpoint.records import record_household, void_crossing
from checkpoint.reference import check_document, reference_state
from checkpoint.settings import sync_settings
from checkpoint_admin.main import main as checkpoint_admin
from sync.client import SyncClient
from sync.server import reference, reference_wire
from sync.server.database import make_engine, transaction
from sync.server.staff.roles import StaffActor, StaffRole
from tests.support.controlroom import ControlRoom
from tests.support.devices import PASSWORD, until_done
from tests.support.faultproxy import CAPTIVE_PORTAL, FaultProxy, Rule

SUPERVISOR = StaffActor("sup1", StaffRole.SUPERVISOR)
UPDATES = "/api/v1/updates"


def at_hq(hq: ControlRoom, change: Callable[[Session], Any]) -> None:
    """One change to HQ's lists in one transaction, as a supervisor makes it."""
    engine = make_engine(hq.db_url)
    try:
        with transaction(engine) as session:
            change(session)
    finally:
        engine.dispose()


def hq_cards(hq: ControlRoom) -> set[tuple[str, str, str, date]]:
    """Every card on HQ's cancelled list, as HQ stores it."""
    engine = make_engine(hq.db_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT document_type, number_key, reason, since FROM hq_cancelled_card"))
            return {(kind, key, reason, since if isinstance(since, date)
                     else date.fromisoformat(since)) for kind, key, reason, since in rows}
    finally:
        engine.dispose()


def device_cards(ledger: Ledger) -> set[tuple[str, str, str, date]]:
    with ledger.reading() as session:
        rows = session.execute(text(
            "SELECT document_type, number_key, reason, since FROM reference_card"))
        return {(kind, key, reason, date.fromisoformat(since))
                for kind, key, reason, since in rows}


@pytest.fixture
def desk(tmp_path: Path) -> Callable[[str], Ledger]:
    """A new device at a checkpoint, its IT admin signed in (closed after the test)."""
    opened: list[Ledger] = []

    def make(checkpoint: str) -> Ledger:
        ledger = create_ledger(tmp_path / f"{checkpoint.lower()}-{len(opened)}.db",
                               checkpoint=checkpoint, admin="admin", password=PASSWORD)
        opened.append(ledger)
        return ledger

    yield make
    for ledger in opened:
        ledger.close()


def enrolled_at(ledger: Ledger, hq: ControlRoom, url: str | None = None) -> SyncClient:
    client = SyncClient(ledger)
    client.enroll(url or hq.base_url, hq.enrollment_code(ledger.settings.checkpoint))
    return client


def test_a_card_cancelled_at_hq_is_flagged_after_one_sync_and_clear_once_lifted(
        controlroom: ControlRoom, desk: Callable[[str], Ledger],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    torkham = desk("TORKHAM")
    client = enrolled_at(torkham, controlroom)
    at_hq(controlroom, lambda s: reference.cancel_card(
        s, SUPERVISOR, "PoR", "por-4081 7325", reason="taken_into_custody",
        since=date(2026, 11, 2)))

    assert client.sync_once().ok
    outcome = check_document(torkham, "por", "POR40817325")
    assert (outcome.status, outcome.finding and outcome.finding.reason) == (
        "cancelled", "taken_into_custody")
    state = reference_state(torkham)
    assert outcome.list_version == state.version > 0 and not state.stale
    # The same answer from the command line a script would run.
    for name, value in (("CHECKPOINT_DB", str(torkham.path)), ("CHECKPOINT_USER", "admin"),
                        ("CHECKPOINT_PASSWORD", PASSWORD)):
        monkeypatch.setenv(name, value)
    capsys.readouterr()
    assert checkpoint_admin(["check-document", "--type", "PoR", "--number", "POR 40817325",
                             "--json"]) == 1
    shown = json.loads(capsys.readouterr().out)
    assert (shown["status"], shown["list_version"]) == ("cancelled", state.version)
    assert checkpoint_admin(["sync-status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reference_version"] == state.version

    at_hq(controlroom, lambda s: reference.lift_card(s, SUPERVISOR, "por", "POR40817325"))
    assert client.sync_once().ok
    assert check_document(torkham, "por", "POR40817325").status == "clear"
    assert reference_state(torkham).version > state.version


def _cross_today(ledger: Ledger, number: str) -> str:
    return record_household(ledger, [PersonEntry(
        "Gul Agha", "M", "KP", age_years=40, documents=(DocumentEntry("acc", number),))],
        crossed_at=datetime.now(UTC))[0]


def test_a_document_recorded_at_one_checkpoint_is_flagged_at_another(
        controlroom: ControlRoom, desk: Callable[[str], Ledger]) -> None:
    torkham, chaman = desk("TORKHAM"), desk("CHAMAN")
    first, second = enrolled_at(torkham, controlroom), enrolled_at(chaman, controlroom)
    recorded = _cross_today(torkham, "ACC-771 023")
    until_done(first)
    assert second.sync_once().ok

    outcome = check_document(chaman, "ACC", "acc771023")
    assert outcome.status == "departed_elsewhere"
    assert outcome.finding is not None and outcome.finding.checkpoint == "TORKHAM"
    assert outcome.finding.since == torkham.today()
    assert outcome.detail.startswith("Recorded departing at Torkham on ")
    # At the desk that recorded it, HQ's mark is its own record, not a departure elsewhere.
    assert first.sync_once().ok
    assert check_document(torkham, "acc", "ACC771023").status == "clear"

    void_crossing(torkham, recorded, "wrong person")  # the mark goes with the crossing
    until_done(first)
    assert second.sync_once().ok
    assert check_document(chaman, "acc", "ACC771023").status == "clear"


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """HQ's delta page cap lowered to 7 changes, so a few dozen changes take several answers.
    (HQ runs in this process; the cap is the module's constant until it is a setting.)"""
    monkeypatch.setattr(reference_wire, "DELTA_PAGE", 7)
    yield 7


def _churn(session: Session) -> None:
    """A month of HQ's work in miniature: cards listed, re-listed with another reason,
    lifted, a policy changed."""
    for n in range(30):
        reference.cancel_card(session, SUPERVISOR, "acc", f"A{n:04}", since=date(2026, 10, 1))
    for n in range(0, 30, 3):
        reference.lift_card(session, SUPERVISOR, "acc", f"A{n:04}")
    for n in range(1, 30, 5):
        reference.cancel_card(session, SUPERVISOR, "acc", f"A{n:04}", reason="reported_lost",
                              since=date(2026, 11, 1))
    reference.set_policy(session, SUPERVISOR, "acc_valid_until", date(2026, 3, 31),
                         effective_from=date(2026, 1, 1), note="ACC holders to leave")


def test_a_device_offline_across_many_deltas_ends_up_holding_exactly_hqs_lists(
        controlroom: ControlRoom, desk: Callable[[str], Ledger], small_pages: int) -> None:
    torkham = desk("TORKHAM")
    link = FaultProxy(("127.0.0.1", controlroom.port))
    try:
        client = enrolled_at(torkham, controlroom, link.url)
        at_hq(controlroom, lambda s: reference.cancel_card(s, SUPERVISOR, "por", "P1"))
        assert client.sync_once().ok  # a snapshot: the device's lists start at HQ's
        held = reference_state(torkham).version
        for _ in range(3):  # offline while HQ changes its lists, many times over
            at_hq(controlroom, _churn)
        link.seen.clear()
        assert client.sync_once().ok  # one round: page after page until HQ has no more
        pages = sum(1 for method, path in link.seen if path.startswith(UPDATES))
    finally:
        link.close()
    assert pages > 3
    assert device_cards(torkham) == hq_cards(controlroom) and len(hq_cards(controlroom)) > 20
    assert reference_state(torkham).version > held
    assert check_document(torkham, "acc", "A0003", date(2026, 3, 1)).status == "clear"  # lifted
    assert check_document(torkham, "acc", "A0001", date(2026, 3, 1)).status == "cancelled"
    assert check_document(torkham, "acc", "A9999", date(2026, 4, 1)).status == \
        "policy_expired"


def test_a_download_broken_mid_way_keeps_the_previous_lists_and_the_next_sync_completes(
        controlroom: ControlRoom, desk: Callable[[str], Ledger]) -> None:
    torkham = desk("TORKHAM")
    link = FaultProxy(("127.0.0.1", controlroom.port))
    try:
        client = enrolled_at(torkham, controlroom, link.url)
        at_hq(controlroom, lambda s: reference.cancel_card(s, SUPERVISOR, "por", "P1"))
        assert client.sync_once().ok
        before = (reference_state(torkham).version, sync_settings(torkham).cursor)
        at_hq(controlroom, lambda s: (
            reference.lift_card(s, SUPERVISOR, "por", "P1"),
            [reference.cancel_card(s, SUPERVISOR, "por", f"Q{n}") for n in range(50)]))

        link.add(Rule("cut_response", method="GET", path=UPDATES))
        broken = client.sync_once()
        assert broken.error is not None and broken.error.code == "offline"
        # Nothing of the cut answer was applied: the lists and the cursor are as they were.
        assert (reference_state(torkham).version, sync_settings(torkham).cursor) == before
        assert [check_document(torkham, "por", n).status for n in ("P1", "Q7")] == [
            "cancelled", "clear"]
        # Something else answering in HQ's place (a captive portal's page) applies nothing.
        link.add(Rule("answer", method="GET", path=UPDATES, answer=CAPTIVE_PORTAL))
        garbled = client.sync_once()
        assert garbled.error is not None and garbled.error.code == "not_hq"
        assert (reference_state(torkham).version, sync_settings(torkham).cursor) == before

        assert client.sync_once().ok
    finally:
        link.close()
    assert [check_document(torkham, "por", n).status for n in ("P1", "Q7")] == [
        "clear", "cancelled"]
    assert device_cards(torkham) == hq_cards(controlroom)


def test_a_first_download_may_take_longer_than_a_batch_on_a_slow_link(
        controlroom: ControlRoom, desk: Callable[[str], Ledger]) -> None:
    # A batch must be answered within its deadline; the lists' first download has its own,
    # longer one (sync.client.UPDATES_TOTAL_TIMEOUT): a slow link that keeps moving gets it.
    torkham = desk("TORKHAM")
    at_hq(controlroom, lambda s: [reference.cancel_card(s, SUPERVISOR, "acc", f"{n:09}")
                                  for n in range(0, 600_000, 997)])
    link = FaultProxy(("127.0.0.1", controlroom.port))
    try:
        SyncClient(torkham).enroll(link.url, controlroom.enrollment_code("TORKHAM"))
        link.add(Rule("slow", method="GET", path=UPDATES, bytes_per_second=1_000, times=None))
        impatient = SyncClient(torkham, total_timeout=1, updates_timeout=1).sync_once()
        assert impatient.error is not None and impatient.error.code == "timeout"
        assert reference_state(torkham).version == 0
        patient = SyncClient(torkham, total_timeout=1, updates_timeout=60)
        started = time.monotonic()
        assert patient.sync_once().ok
        assert time.monotonic() - started > 1  # longer than any batch may take
    finally:
        link.close()
    assert check_document(torkham, "acc", "000000997").status == "cancelled"
