"""The app's sync: the IT officer enrolls in the panel, the loop runs on its own thread, the
status bar follows, and a revoked device stops with a plain reason."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkpoint import outbox
from checkpoint.demo import make_demo_data
from checkpoint.entries import PersonEntry
from checkpoint.permissions import Action
from checkpoint.records import record_household
from contract.bidi import shown
from contract.wire import RecordResult
from sync.server.cli import main as controlroom
from tests.support.controlroom import ControlRoom
from tests.support.faultproxy import FaultProxy
from ui.admin.admin_view import AdminView
from ui.admin.sync_panel import SyncPanel
from ui.context import AppContext
from ui.main_window import MainWindow, ScreenSpec
from ui.sync_worker import read_status


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[ControlRoom]:
    """The real control room on loopback, on a SQLite file."""
    with ControlRoom(f"sqlite:///{tmp_path / 'hq.db'}") as server:
        yield server


def test_enroll_in_the_panel_then_the_status_bar_follows_sync(
        qtbot: QtBot, hq: ControlRoom, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("admin")
    make_demo_data(context.ledger, date(2025, 4, 1), 1, 30)
    window = MainWindow(context, [ScreenSpec(lambda: "Admin", AdminView,
                                             Action.MANAGE_USERS)])
    qtbot.addWidget(window)
    window.show()
    assert "not set up" in window.sync_label.text()
    panel = window.screens["admin"].sync
    window.screens["admin"].sections.setCurrentWidget(panel)
    qtbot.keyClicks(panel.hq_url, hq.base_url)
    qtbot.keyClicks(panel.code, hq.enrollment_code("TORKHAM"))
    qtbot.mouseClick(panel.enroll_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "online" in window.sync_label.text()
                    and "0 pending" in window.sync_label.text(), timeout=30_000)
    assert "Enrolled" in panel.message.text()
    assert sum(outbox.pending_counts(context.ledger).values()) == 0

    # HQ revokes the device: the loop stops, says why in plain words, loses nothing.
    assert controlroom(["revoke", outbox.device_id(context.ledger), "--db", hq.db_url]) == 0
    make_demo_data(context.ledger, date(2025, 4, 2), 1, 5, seed=2)
    context.sig_records_changed.emit()
    window.context.sync.sync_now()
    qtbot.waitUntil(lambda: "stopped" in window.sync_label.text(), timeout=30_000)
    assert "5 pending" in window.sync_label.text()
    assert "enroll the device again" in window.sync_label.toolTip()
    assert panel.errors.count() >= 1 and "IT must enroll" in panel.errors.item(0).text()


def test_a_clerk_cannot_enroll(qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    panel = SyncPanel(sign_in("clerk"))
    qtbot.addWidget(panel)
    assert not panel.enroll_button.isEnabled()
    assert "IT admin" in panel.enroll_button.toolTip()


def test_a_rejected_record_is_chosen_and_opened_with_the_keyboard(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    from ui.admin.sync_panel import SyncPanel

    context = sign_in("admin")
    uuids = record_household(context.ledger, [PersonEntry("Gul Agha", "M", "KP"),
                                              PersonEntry("Bibi Hawa", "F", "KP")])
    outbox.apply_results(context.ledger, [
        RecordResult(kind="crossing", uuid=uuid, revision=1, status="rejected",
                     code="invalid_code", field="origin_province", reason="unknown province")
        for uuid in uuids], audit_held_through=0)
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitActive(panel):
        panel.activateWindow()
    context.sync.sig_status.emit(read_status(context.ledger, "offline"))  # as after a round
    qtbot.waitUntil(lambda: panel.rejected.rowCount() == 2)
    panel.rejected.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(panel.rejected, Qt.Key.Key_Down)
    # Whole rows move, not cells; the one marked is the one opened.
    chosen = panel.rejected.item(panel.rejected.currentRow(), 0).text()
    assert [i.column() for i in panel.rejected.selectedIndexes()] == [0, 1, 2]
    qtbot.keyClick(panel.rejected, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.record_dialog is not None
                    and panel.record_dialog.detail is not None)
    assert panel.record_dialog.title.text() == chosen
    panel.record_dialog.close()
    panel.rejected.setFocus()
    qtbot.keyClick(panel.rejected, Qt.Key.Key_Tab)  # Tab leaves the list
    assert not panel.rejected.hasFocus()
def _admin_window(qtbot: QtBot, context: AppContext) -> SyncPanel:
    window = MainWindow(context, [ScreenSpec(lambda: "Admin", AdminView, Action.MANAGE_USERS)])
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    panel = window.screens["admin"].sync
    window.screens["admin"].sections.setCurrentWidget(panel)
    return panel


def test_sync_now_before_enrolling_says_what_to_do(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("admin")
    panel = _admin_window(qtbot, context)
    qtbot.waitUntil(lambda: "not set up" in panel.state.text())
    panel.sync_button.setFocus()
    with qtbot.waitSignal(context.sync.sig_not_enrolled, timeout=10_000):
        qtbot.keyClick(panel.sync_button, Qt.Key.Key_Space)
    assert "not enrolled with HQ yet" in panel.message.text()
    assert "one-time code" in panel.message.text()
    assert panel.hq_url.hasFocus()  # where to start
    # The same from the Session menu's shortcut, wherever the officer is: the status bar says.
    with qtbot.waitSignal(context.sig_status, timeout=10_000) as said:
        context.sync.sync_now()
    assert "Not enrolled with HQ" in said.args[0]


def test_a_failed_enrollment_says_the_device_is_not_enrolled(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("admin")
    panel = _admin_window(qtbot, context)
    closed = FaultProxy(("127.0.0.1", 9))
    closed.down()  # nothing listens: HQ unreachable
    try:
        qtbot.keyClicks(panel.hq_url, closed.url)
        qtbot.keyClicks(panel.code, "ABCD-EFGH")
        qtbot.keyClick(panel.enroll_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: panel.enroll_button.isEnabled()
                        and "Enrolling" not in panel.message.text(), timeout=30_000)
    finally:
        closed.close()
    text = panel.message.text()
    assert text.startswith("Not enrolled") and "check HQ's address" in text
    assert "when the link is back" not in text


def test_hq_down_lists_one_line_per_problem_with_its_time_and_a_count(
        qtbot: QtBot, hq: ControlRoom, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("admin")
    proxy = FaultProxy(("127.0.0.1", hq.port))
    try:
        panel = _admin_window(qtbot, context)
        qtbot.keyClicks(panel.hq_url, proxy.url)
        qtbot.keyClicks(panel.code, hq.enrollment_code("TORKHAM"))
        qtbot.keyClick(panel.enroll_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: "online" in panel.state.text(), timeout=30_000)
        assert "Sync has started" not in panel.message.text()
        assert panel.message.text().startswith("Enrolled with HQ at ")

        proxy.down()
        context.sync.sync_now()
        qtbot.waitUntil(lambda: panel.errors.count() == 1, timeout=30_000)
        context.sig_records_changed.emit()  # a save re-reads the status: the same round
        with qtbot.waitSignal(context.sync.sig_status, timeout=10_000):
            pass
        context.sync.sync_now()
        qtbot.waitUntil(lambda: "2 times" in panel.errors.item(0).text(), timeout=30_000)
    finally:
        proxy.close()
    assert panel.errors.count() == 1
    line = shown(panel.errors.item(0).text())
    now = datetime.now(ZoneInfo(context.ledger.settings.timezone))
    assert line.startswith(now.strftime("%Y-%m-%d "))  # its time, in the checkpoint's zone
    assert "HQ cannot be reached" in line
    assert "offline" in panel.state.text()


def test_a_long_first_sync_shows_records_sent_and_pending_as_it_goes(
        qtbot: QtBot, hq: ControlRoom, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("admin")
    make_demo_data(context.ledger, date(2025, 4, 1), 1, 450)  # three batches of at most 200
    panel = _admin_window(qtbot, context)
    seen: list[str] = []
    context.sync.sig_status.connect(lambda _status: seen.append(panel.state.text()))
    qtbot.keyClicks(panel.hq_url, hq.base_url)
    qtbot.keyClicks(panel.code, hq.enrollment_code("TORKHAM"))
    qtbot.keyClick(panel.enroll_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "online" in panel.state.text()
                    and "0 pending" in panel.state.text(), timeout=60_000)
    progress = [text for text in seen if "sent" in text]
    assert "Sync: sending · 0 sent · 450 pending · 0 rejected" in progress
    assert "Sync: sending · 200 sent · 250 pending · 0 rejected" in progress
    assert "Sync: sending · 400 sent · 50 pending · 0 rejected" in progress
