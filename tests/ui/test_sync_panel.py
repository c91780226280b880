"""The app's sync: the IT officer enrolls in the panel, the loop runs on its own thread, the
status bar follows, and a revoked device stops with a plain reason."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkpoint import outbox
from checkpoint.demo import make_demo_data
from checkpoint.permissions import Action
from sync.server.cli import main as controlroom
from tests.support.controlroom import ControlRoom
from ui.admin.admin_view import AdminView
from ui.context import AppContext
from ui.main_window import MainWindow, ScreenSpec


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
    from ui.admin.sync_panel import SyncPanel

    panel = SyncPanel(sign_in("clerk"))
    qtbot.addWidget(panel)
    assert not panel.enroll_button.isEnabled()
    assert "IT admin" in panel.enroll_button.toolTip()
