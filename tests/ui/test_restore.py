"""An IT officer restores a backup from the data panel: confirmed with a password, refused
when it is not this database's, and followed by signing in again to the restored data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkpoint.backup import backup
from checkpoint.entries import PersonEntry
from checkpoint.ledger import create_ledger, open_ledger
from checkpoint.records import record_household
from checkpoint.search import count_crossings
from tests.support.sites import Site
from ui.admin.admin_view import AdminView
from ui.app import CheckpointApp
from ui.sign_in import SignInDialog


@pytest.fixture
def app_at() -> Iterator[Callable[[Path], CheckpointApp]]:
    made: list[CheckpointApp] = []

    def make(path: Path) -> CheckpointApp:
        controller = CheckpointApp(path)
        made.append(controller)
        controller.start()
        return controller

    yield make
    for controller in made:
        if controller.dialog is not None and controller.dialog.isVisible():
            controller.dialog.close()
        controller.stop()


def _sign_in(qtbot: QtBot, controller: CheckpointApp, user: str, password: str) -> AdminView:
    dialog = controller.dialog
    assert isinstance(dialog, SignInDialog)
    dialog.user.clear()
    qtbot.keyClicks(dialog.user, user)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                    timeout=10_000)
    assert controller.window is not None
    admin = controller.window.screens["admin"]
    assert isinstance(admin, AdminView)
    controller.window.tabs.setCurrentWidget(admin)
    admin.sections.setCurrentWidget(admin.data)
    return admin


def _people(path: Path, password: str) -> int:
    ledger = open_ledger(path, "admin", password)
    try:
        return count_crossings(ledger)
    finally:
        ledger.close()


def test_restore_confirmed_with_the_password_then_sign_in_to_the_backup(
        qtbot: QtBot, site: Site, tmp_path: Path,
        app_at: Callable[[Path], CheckpointApp]) -> None:
    password = site.passwords["admin"]
    ledger = open_ledger(site.path, "admin", password)
    record_household(ledger, [PersonEntry("Gul Agha", "M", "KP")])
    saved = tmp_path / "usb" / "saved.db"
    saved.parent.mkdir()
    backup(ledger, saved)
    record_household(ledger, [PersonEntry("Bibi Hawa", "F", "KP")])  # after the backup
    ledger.close()

    controller = app_at(site.path)
    box = _sign_in(qtbot, controller, "admin", password).data.restore_box
    box.path.setFocus()
    qtbot.keyClicks(box.path, str(saved))
    qtbot.keyClick(box.path, Qt.Key.Key_Return)
    dialog = box.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    # Enter alone is Cancel: nothing is restored by a stray key.
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert box.dialog is None and _people(site.path, password) == 2

    qtbot.keyClick(box.path, Qt.Key.Key_Return)
    dialog = box.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.password, password)
    with qtbot.waitSignal(box.sig_finished, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert finished.args == [True]
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog), timeout=10_000)
    assert controller.window is None
    assert _people(site.path, password) == 1  # the backup's one person
    assert list(site.path.parent.glob("checkpoint.db.before-restore-*Z"))
    _sign_in(qtbot, controller, "admin", password)  # the restored database opens as before


def test_a_backup_of_another_database_is_refused_and_the_session_goes_on(
        qtbot: QtBot, site: Site, tmp_path: Path,
        app_at: Callable[[Path], CheckpointApp]) -> None:
    password = site.passwords["admin"]
    other = create_ledger(tmp_path / "other" / "other.db", checkpoint="TORKHAM",
                          admin="admin", password=password)
    backup(other, tmp_path / "foreign.db")
    other.close()
    controller = app_at(site.path)
    box = _sign_in(qtbot, controller, "admin", password).data.restore_box
    box.path.setFocus()
    qtbot.keyClicks(box.path, str(tmp_path / "foreign.db"))
    qtbot.keyClick(box.path, Qt.Key.Key_Return)
    dialog = box.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.password, password)
    with qtbot.waitSignal(box.sig_finished, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert finished.args == [False]
    assert "another checkpoint's database" in box.status.text()
    assert "Nothing was changed" in box.status.text()
    assert controller.window is not None and controller.window.isVisible()
    assert not list(site.path.parent.glob("*before-restore*"))
