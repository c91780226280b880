"""Leaving a session: quitting, closing the window and signing out end cleanly, and ask first
when a form holds typing not saved yet (Save, Discard or Cancel from the keyboard)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.app import CheckpointApp
from ui.sign_in import SignInDialog

from .conftest import Site

DESK = Path(__file__).with_name("quitting_desk.py")
ROOT = Path(__file__).parents[2]


@pytest.fixture
def signed_in_app(qtbot: QtBot, site: Site) -> Iterator[Callable[[str], CheckpointApp]]:
    """The app on the site, signed in through its own sign-in dialog."""
    made: list[CheckpointApp] = []

    def start(user: str) -> CheckpointApp:
        controller = CheckpointApp(site.path)
        made.append(controller)
        controller.start()
        dialog = controller.dialog
        assert isinstance(dialog, SignInDialog)
        qtbot.keyClicks(dialog.user, user)
        qtbot.keyClicks(dialog.password, site.passwords[user])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        return controller

    yield start
    for controller in made:
        if controller.dialog is not None:
            controller.dialog.close()
        controller.stop()


def _delete_closed_windows() -> None:
    # What the event loop does before app.exec() returns in the real program.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _error_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.parametrize("way", ["ctrl+q", "close button"])
def test_quitting_ends_the_app_without_an_error(
        qtbot: QtBot, signed_in_app: Callable[[str], CheckpointApp], way: str) -> None:
    controller = signed_in_app("clerk")
    window = controller.window
    assert window is not None
    context = window.context
    if way == "ctrl+q":
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    else:
        window.close()
    _delete_closed_windows()
    assert not shiboken6.isValid(window)  # it deletes itself on close, as after app.exec()
    controller.stop()  # what main() does once the event loop is over: must not raise
    assert not context.is_open and not _error_boxes()


def test_signing_out_then_closing_the_sign_in_ends_cleanly(
        qtbot: QtBot, signed_in_app: Callable[[str], CheckpointApp]) -> None:
    controller = signed_in_app("lead")
    window = controller.window
    assert window is not None
    qtbot.keyClick(window, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog), timeout=5_000)
    _delete_closed_windows()
    assert not shiboken6.isValid(window)
    dialog = controller.dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _delete_closed_windows()
    assert not shiboken6.isValid(dialog)
    controller.stop()
    assert controller.dialog is None and not _error_boxes()


@pytest.mark.slow
@pytest.mark.parametrize("way", ["quit", "close", "sign-out"])
def test_the_real_program_exits_with_status_0(site: Site, tmp_path: Path, way: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_STATE_HOME": str(tmp_path / "state"),
           "CHECKPOINT_PASSWORD": site.passwords["clerk"]}
    done = subprocess.run([sys.executable, str(DESK), str(site.path), "clerk", way],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "already deleted" not in done.stderr
