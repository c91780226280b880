"""The real ``checkpoint`` program, signed in and then left one way, for ``test_leaving``.

Run as ``python quitting_desk.py DB USER WAY`` with the password in env
``CHECKPOINT_PASSWORD`` and ``QT_QPA_PLATFORM=offscreen``. It starts ``ui.app.main`` and, from
a timer in the app's own event loop, signs in like a user and leaves by ``WAY``:

* ``quit``: Ctrl+Q in the main window;
* ``close``: the window's close button (a close request from the desktop);
* ``sign-out``: Ctrl+Shift+Q, then closing the sign-in dialog that comes back;
* ``sigterm``: a name typed in the entry form and not saved, then SIGTERM to itself (what a
  laptop shutting down sends).

Any message box shown on the way (the app's error box) is printed to stderr and ends the run
with status 3; not being done in 60 seconds ends it with status 4. Otherwise the status is the
one ``main`` returned.
"""

from __future__ import annotations

import os
import signal
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.app import main
from ui.entry import HouseholdView
from ui.main_window import MainWindow
from ui.sign_in import SignInDialog

DEADLINE_S = 60.0


class Driver:
    """Signs in once, leaves once, watches for error boxes."""

    def __init__(self, user: str, password: str, way: str) -> None:
        self.user, self.password, self.way = user, password, way
        self.signed_in = False
        self.left = False
        self.started = time.monotonic()

    def step(self) -> None:
        if time.monotonic() - self.started > DEADLINE_S:
            os._exit(4)
        for window in self._visible():
            if isinstance(window, QMessageBox):
                print(f"message box: {window.text()}", file=sys.stderr, flush=True)
                os._exit(3)
        for window in self._visible():
            if isinstance(window, SignInDialog) and not self.signed_in:
                self.signed_in = True
                QTest.keyClicks(window.user, self.user)
                QTest.keyClicks(window.password, self.password)
                QTest.keyClick(window.password, Qt.Key.Key_Return)
            elif isinstance(window, SignInDialog) and self.left:
                window.reject()  # the second sign-in, after signing out: nobody signs in
            elif isinstance(window, MainWindow) and not self.left \
                    and QApplication.activeWindow() is window:  # keys go to the active one
                self.left = True
                self._leave(window)

    def _leave(self, window: MainWindow) -> None:
        if self.way == "quit":
            QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        elif self.way == "close":
            window.close()
        elif self.way == "sigterm":
            household = window.screens["new_crossing"]
            assert isinstance(household, HouseholdView)
            QTest.keyClicks(household.forms[0].full_name, "Gul Agha")
            os.kill(os.getpid(), signal.SIGTERM)
        else:
            QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                           | Qt.KeyboardModifier.ShiftModifier)

    @staticmethod
    def _visible() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def run(database: str, user: str, way: str) -> int:
    """``main`` on ``database``, driven by the timer."""
    app = QApplication(sys.argv[:1])
    driver = Driver(user, os.environ["CHECKPOINT_PASSWORD"], way)
    timer = QTimer(app)
    timer.timeout.connect(driver.step)
    timer.start(50)
    return main(["--db", database])


if __name__ == "__main__":
    sys.exit(run(*sys.argv[1:4]))
