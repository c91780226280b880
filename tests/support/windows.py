"""The real main window of a signed-in user, shown and active, as the desk tests drive it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.app import screens
from ui.context import AppContext
from ui.main_window import MainWindow


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    """Every screen the user's role has, at 1280×720, with the keyboard."""
    window = MainWindow(context, screens())
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
