"""Times are shown in the checkpoint's zone (Torkham: Asia/Karachi, UTC+5) on the status bar,
the sync panel and the users list, whatever zone the computer itself is set to."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkpoint.permissions import Role
from checkpoint.users import UserInfo
from contract.bidi import shown
from ui.admin.models import UsersModel
from ui.admin.sync_panel import SyncPanel
from ui.app import screens
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.sync_worker import SyncStatus

SYNCED_AT = datetime(2025, 3, 1, 21, 30, tzinfo=UTC)  # 02:30 on the 2nd in Torkham


@pytest.fixture
def computer_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's own clock set to another zone than the checkpoint's."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _status(last: datetime) -> SyncStatus:
    return SyncStatus("online", 0, 0, last, None, {})


@pytest.mark.usefixtures("computer_in_new_york")
def test_last_sync_on_the_status_bar_and_the_sync_panel_is_checkpoint_time(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("admin")
    assert context.ledger.settings.timezone == "Asia/Karachi"
    window = MainWindow(context, screens())
    qtbot.addWidget(window)
    panel = window.findChild(SyncPanel)
    assert panel is not None
    context.sync.sig_status.emit(_status(SYNCED_AT))
    assert "2025-03-02 02:30" in window.sync_label.text()
    assert "2025-03-02 02:30" in panel.state.text()
    # Today's last sync shows as a time of day, still the checkpoint's.
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    context.sync.sig_status.emit(_status(now))
    local = now.astimezone(context.ledger.settings.zone)
    if local.date() == context.ledger.today():
        assert f"last {local:%H:%M}" in shown(window.sync_label.text())


@pytest.mark.usefixtures("computer_in_new_york")
def test_the_users_list_says_the_day_a_user_was_added_at_the_checkpoint(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("admin")
    model = UsersModel(context.ledger.settings.zone)
    stored = SYNCED_AT.replace(tzinfo=None)  # SQLite gives back naive UTC
    model.set_users([UserInfo("gul", "", Role.CLERK, True, False, stored, "admin", True)])
    added = model.index(0, 6).data(Qt.ItemDataRole.DisplayRole)  # after the full name
    assert shown(added).startswith("2025-03-02")
