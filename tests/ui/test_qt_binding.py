"""The Qt binding must not leak references to None (PySide6 6.12.0 did, and a day's use of
the app, or a long test run, then aborted Python with "deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    app = QApplication.instance()
    assert app is not None
    before = sys.getrefcount(None)
    for index in range(2_000):
        field.setText(str(index))
        app.processEvents()
    # Other code may take or drop a few references meanwhile; a leak is thousands.
    assert sys.getrefcount(None) - before > -100
