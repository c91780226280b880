"""Starting the app, signing in and out, first run, first password, and the idle lock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import open_ledger
from checkpoint.users import list_users, reset_password
from tests.support.sites import Site
from ui.app import CheckpointApp, app_for, parse_arguments
from ui.context import AppContext
from ui.main_window import MainWindow, ScreenSpec
from ui.sign_in import FirstRunDialog, NewPasswordDialog, SignInDialog


@pytest.fixture
def app_at() -> Iterator[Callable[[Path], CheckpointApp]]:
    made: list[CheckpointApp] = []

    def make(path: Path, **kwargs: object) -> CheckpointApp:
        controller = CheckpointApp(path, **kwargs)  # type: ignore[arg-type]
        made.append(controller)
        controller.start()
        return controller

    yield make
    for controller in made:
        # Closing a forced password change goes back to the sign-in dialog: close that too.
        for _ in range(2):
            if controller.dialog is not None and controller.dialog.isVisible():
                controller.dialog.close()
        controller.stop()


def _type_sign_in(qtbot: QtBot, dialog: SignInDialog, user: str, password: str) -> None:
    dialog.user.clear()
    qtbot.keyClicks(dialog.user, user)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_first_run_creates_the_database_and_opens_the_window(
        qtbot: QtBot, tmp_path: Path, app_at: Callable[[Path], CheckpointApp]) -> None:
    path = tmp_path / "new" / "checkpoint.db"
    path.parent.mkdir()
    controller = app_at(path)
    dialog = controller.dialog
    assert isinstance(dialog, FirstRunDialog)
    # Where the data will live, and that the key file must be kept with it.
    files = dialog.files.text()
    assert str(path) in files and str(keyfile_path(path)) in files and "back them up" in files
    dialog.checkpoint.setCurrentIndex(dialog.checkpoint.findData("CHAMAN"))
    dialog.admin.setFocus()
    qtbot.keyClicks(dialog.admin, "itofficer")
    qtbot.keyClick(dialog.admin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.admin_full_name  # asked right after the user name
    qtbot.keyClicks(dialog.admin_full_name, "Amina  Durrani")
    qtbot.keyClicks(dialog.password, "a-long-password")
    qtbot.keyClicks(dialog.again, "a-different-one")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "differ" in dialog.message.text() and not path.exists()
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "a-long-password")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                    timeout=10_000)
    window = controller.window
    assert "Chaman" in window.windowTitle() and "Checkpoint" in window.windowTitle()
    assert window.user_label.text().startswith("itofficer")
    assert path.exists() and keyfile_path(path).exists()
    assert [(u.username, u.full_name) for u in list_users(window.context.ledger)] == [
        ("itofficer", "Amina Durrani")]
    # The IT admin is shown what to do next, on the IT admin screen.
    steps = window.findChild(QMessageBox, "next_steps")
    assert steps is not None and steps.isVisible()
    for step in ("Users", "enroll", "backup"):
        assert step in steps.text()
    assert window.tabs.currentWidget() is window.screens["admin"]
    qtbot.keyClick(steps, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not steps.isVisible())


def test_the_app_opens_the_database_named_by_checkpoint_db_like_the_cli(
        qtbot: QtBot, site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKPOINT_DB", str(site.path))
    controller = app_for(parse_arguments([]))
    controller.start()
    try:
        dialog = controller.dialog
        assert isinstance(dialog, SignInDialog)  # an existing database: no first-run dialog
        _type_sign_in(qtbot, dialog, "clerk", site.passwords["clerk"])
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        assert controller.window.context.ledger.path == site.path
    finally:
        controller.stop()
    # --db still wins over the environment, as on the command line.
    elsewhere = tmp_path / "elsewhere" / "checkpoint.db"
    other = app_for(parse_arguments(["--db", str(elsewhere)]))
    other.stop()
    assert other.database == elsewhere


def test_wrong_password_is_said_plainly_then_the_right_one_opens(
        qtbot: QtBot, site: Site, app_at: Callable[[Path], CheckpointApp]) -> None:
    controller = app_at(site.path)
    dialog = controller.dialog
    assert isinstance(dialog, SignInDialog)
    _type_sign_in(qtbot, dialog, "clerk", "not-my-password")
    qtbot.waitUntil(lambda: "not accepted" in dialog.message.text(), timeout=10_000)
    assert dialog.password.text() == ""  # cleared, nothing of it kept on screen
    _type_sign_in(qtbot, dialog, "clerk", site.passwords["clerk"])
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert "clerk" in controller.window.user_label.text()
    assert "Clerk" in controller.window.user_label.text()
    # On a screen no larger than the window's usual 1280×720 it takes the whole screen, so its
    # status bar is never below the screen's edge (the offscreen screen is 800×600).
    screen = controller.window.screen().availableGeometry()
    qtbot.waitUntil(lambda: screen.contains(controller.window.frameGeometry()))
    assert controller.window.isMaximized()


def test_reset_password_must_be_changed_at_sign_in(
        qtbot: QtBot, site: Site, app_at: Callable[[Path], CheckpointApp]) -> None:
    admin = open_ledger(site.path, "admin", site.passwords["admin"])
    reset_password(admin, "clerk", "temporary-9")
    admin.close()
    controller = app_at(site.path)
    _type_sign_in(qtbot, controller.dialog, "clerk", "temporary-9")
    qtbot.waitUntil(lambda: isinstance(controller.dialog, NewPasswordDialog), timeout=10_000)
    change = controller.dialog
    qtbot.keyClicks(change.new, "my-own-secret")
    qtbot.keyClicks(change.again, "my-own-secret")
    qtbot.keyClick(change.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    # The temporary password no longer opens anything; the new one does.
    ledger = open_ledger(site.path, "clerk", "my-own-secret")
    assert not ledger.must_change_password
    ledger.close()


def test_the_password_it_gave_out_is_refused_at_the_forced_change(
        qtbot: QtBot, site: Site, app_at: Callable[[Path], CheckpointApp]) -> None:
    admin = open_ledger(site.path, "admin", site.passwords["admin"])
    reset_password(admin, "clerk", "temporary-9")
    admin.close()
    controller = app_at(site.path)
    _type_sign_in(qtbot, controller.dialog, "clerk", "temporary-9")
    qtbot.waitUntil(lambda: isinstance(controller.dialog, NewPasswordDialog), timeout=10_000)
    change = controller.dialog
    qtbot.keyClicks(change.new, "temporary-9")
    qtbot.keyClicks(change.again, "temporary-9")
    qtbot.keyClick(change.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "of your own" in change.message.text(), timeout=10_000)
    assert controller.window is None and change.isVisible()
    ledger = open_ledger(site.path, "clerk", "temporary-9")
    assert ledger.must_change_password
    ledger.close()


def _form_screen(context: AppContext) -> QWidget:
    # A plain screen with a field, standing in for any form with unsaved typing.
    screen = QLineEdit()
    screen.setObjectName("form")
    return screen


def test_idle_lock_hides_the_screens_and_keeps_what_was_typed(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    window = MainWindow(context, [ScreenSpec(lambda: "Form", _form_screen)])
    qtbot.addWidget(window)
    window.show()
    form = window.screens["form"]
    qtbot.keyClicks(form, "Gul Agha, half typed")
    window.idle.set_interval_ms(200)
    qtbot.waitUntil(window.is_locked, timeout=5_000)
    assert not window.tabs.isVisible() and not window.menuBar().isEnabled()
    qtbot.keyClicks(window.lock_page.password, "wrong-password")
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not accepted" in window.lock_page.message.text(), timeout=10_000)
    assert window.is_locked()
    window.idle.set_interval_ms(60_000)
    qtbot.keyClicks(window.lock_page.password, site.passwords["clerk"])
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=10_000)
    assert form.text() == "Gul Agha, half typed"
    assert window.tabs.isVisible()


def test_sign_out_returns_to_sign_in(qtbot: QtBot, site: Site,
                                     app_at: Callable[[Path], CheckpointApp]) -> None:
    controller = app_at(site.path)
    _type_sign_in(qtbot, controller.dialog, "lead", site.passwords["lead"])
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    context = window.context
    window.sign_out()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog)
                    and controller.dialog.isVisible(), timeout=5_000)
    assert not context.is_open  # threads joined, database closed
