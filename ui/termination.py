"""SIGTERM ends the app as a sign-out would: a checkpoint laptop being shut down sends it.

Python runs a signal handler only when the interpreter next gets control, and under Qt's event
loop that may be never (C++ waits in poll). ``signal.set_wakeup_fd`` makes the signal write a
byte to a socket that a QSocketNotifier watches, so the loop wakes, Python runs the handler,
and the handler asks the loop to quit; ``main`` then ends the session (the window closes
without saving half-typed forms, the database is closed) and the process exits 0.
"""

from __future__ import annotations

import logging
import signal
import socket
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)


class TerminationWatch(QObject):
    """While alive, SIGTERM quits the application's event loop with status 0."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_wakeup = signal.set_wakeup_fd(self._writer.fileno())
        self._previous_handler = signal.signal(signal.SIGTERM, self._on_signal)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        # The bytes only woke the loop; the handler itself runs as this slot returns to Python.
        try:
            while self._reader.recv(64):
                pass
        except BlockingIOError:
            pass

    def _on_signal(self, number: int, _frame: FrameType | None) -> None:
        log.info("ending on signal %s", signal.Signals(number).name)
        # Queued, not called: a signal that comes while the demo database is being made, before
        # the loop runs, must still end it as soon as it starts.
        QTimer.singleShot(0, lambda: QCoreApplication.exit(0))

    def close(self) -> None:
        """Give SIGTERM and the wakeup descriptor back to what they were."""
        self._notifier.setEnabled(False)
        signal.signal(signal.SIGTERM, self._previous_handler)
        signal.set_wakeup_fd(self._previous_wakeup)
        self._reader.close()
        self._writer.close()
