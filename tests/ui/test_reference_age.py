"""How old HQ's lists are, as the status bar and the IT sync panel say it: a few words in the bar
(which must read whole at 1024 pixels), the version and age in the panel, and plainly "out of
date" past the IT admin's days, which the admin sets with the other settings.

HQ's lists are put on the device as HQ's answer brings them (``contract.wire``, applied by the
core); the screenshots are kept (``CHECKPOINT_SCREENSHOTS``) to be looked at."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from checkpoint import outbox
from checkpoint.permissions import Action
from contract.wire import Reference, Updates
from ui.admin.admin_view import AdminView
from ui.admin.sync_panel import SyncPanel
from ui.context import AppContext
from ui.main_window import MainWindow, ScreenSpec
from ui.reference_age import warning_style

from .test_entry_layout import shot


@pytest.fixture(params=[Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft],
                ids=["ltr", "rtl"])
def direction(request: pytest.FixtureRequest) -> Iterator[Qt.LayoutDirection]:
    """The whole application laid out in one direction for the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(request.param)
    yield request.param
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def receive(context: AppContext, version: int, age: timedelta) -> None:
    """HQ's lists at ``version``, current ``age`` ago, applied as a sync applies them; the
    status is read again as after a round."""
    outbox.apply_updates(context.ledger, Updates(cursor=f"1.{version}", reference=Reference(
        version=version, as_of=datetime.now(UTC) - age, snapshot=True,
        digest_key="A" * 43 + "=", departures_from=date(2024, 10, 1))))
    context.sync.refresh()


def admin_window(qtbot: QtBot, context: AppContext, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(context, [ScreenSpec(lambda: "Admin", AdminView, Action.MANAGE_USERS)])
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    view = window.screens["admin"]
    assert isinstance(view, AdminView)
    view.sections.setCurrentWidget(view.sync)
    return window


def panel_of(window: MainWindow) -> SyncPanel:
    view = window.screens["admin"]
    assert isinstance(view, AdminView)
    return view.sync


def assert_bar_reads_whole(window: MainWindow) -> None:
    """Every permanent label of the status bar has the room its text needs, inside the bar."""
    bar = window.statusBar()
    for label in (window.user_label, window.place_label, window.count_label,
                  window.sync_label, window.lists_label):
        left = label.mapTo(bar, QPoint(0, 0)).x()
        assert label.width() >= label.sizeHint().width(), label.text()
        assert left >= 0 and left + label.width() <= bar.width(), label.text()


def test_the_bar_and_the_panel_say_the_lists_version_and_age_and_when_they_are_stale(
        qtbot: QtBot, sign_in: Callable[[str], AppContext], tmp_path: Path,
        direction: Qt.LayoutDirection) -> None:
    context = sign_in("admin")
    window = admin_window(qtbot, context, (1024, 600))
    panel = panel_of(window)
    lists, rtl = window.lists_label, direction == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: lists.text() == "Lists: none", timeout=10_000)
    assert panel.lists.text().startswith("Lists from HQ: never received.")
    assert lists.styleSheet() == warning_style() == panel.lists.styleSheet()

    receive(context, 1234, timedelta(hours=3, minutes=5))
    qtbot.waitUntil(lambda: lists.text() == "Lists: 3 h old", timeout=10_000)
    assert panel.lists.text() == "Lists from HQ: version 1234, 3 hours old"
    assert lists.toolTip() == panel.lists.text()
    assert lists.styleSheet() == "" == panel.lists.styleSheet()
    qtbot.waitUntil(lambda: assert_bar_reads_whole(window), timeout=5_000)
    shot(window, f"lists-fresh-1024x600-{'rtl' if rtl else 'ltr'}", tmp_path)

    receive(context, 1301, timedelta(days=9, hours=2))
    qtbot.waitUntil(lambda: lists.text() == "Lists: OUT OF DATE", timeout=10_000)
    assert panel.lists.text() == (
        "Lists from HQ: version 1301, 9 days old. OUT OF DATE (older than 7 days): warnings "
        "about cancelled cards and documents recorded elsewhere may be missing. Sync with HQ.")
    assert lists.styleSheet() == warning_style() == panel.lists.styleSheet()
    qtbot.waitUntil(lambda: assert_bar_reads_whole(window), timeout=5_000)
    shot(window, f"lists-stale-1024x600-{'rtl' if rtl else 'ltr'}", tmp_path)


def test_an_it_admin_sets_after_how_many_days_the_lists_are_out_of_date(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("admin")
    window = admin_window(qtbot, context, (1280, 720))
    view = window.screens["admin"]
    assert isinstance(view, AdminView)
    settings = view.settings
    receive(context, 40, timedelta(days=9, hours=2))
    qtbot.waitUntil(lambda: window.lists_label.text() == "Lists: OUT OF DATE", timeout=10_000)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Se&ttings
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # &out of date
    assert settings.stale_days.hasFocus() and settings.stale_days.text() == "7"
    settings.stale_days.selectAll()
    qtbot.keyClicks(settings.stale_days, "400")
    qtbot.keyClick(settings.stale_days, Qt.Key.Key_Return)
    error = settings.errors["reference_stale_days"]
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert "1" in error.text() and "365" in error.text()
    assert context.ledger.settings.reference_stale_days == 7

    settings.stale_days.selectAll()
    qtbot.keyClicks(settings.stale_days, "30")
    with qtbot.waitSignal(context.sig_settings_changed, timeout=10_000):
        qtbot.keyClick(settings.stale_days, Qt.Key.Key_Return)
    assert context.ledger.settings.reference_stale_days == 30
    context.sync.refresh()
    qtbot.waitUntil(lambda: window.lists_label.text() == "Lists: 9 d old", timeout=10_000)
    assert window.lists_label.styleSheet() == ""


def test_a_clerk_sees_the_lists_age_but_cannot_change_the_days(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    from ui.admin.settings_panel import SettingsPanel

    panel = SettingsPanel(sign_in("clerk"))
    qtbot.addWidget(panel)
    assert not panel.stale_days.isEnabled()
    assert isinstance(panel.errors["reference_stale_days"], QLabel)
