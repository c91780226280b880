"""What every screen is given: the signed-in ledger, the workers, and app-wide signals.

Built once by the composition root (``ui/app.py``) after sign-in and passed to each screen's
constructor; no module keeps a global. Tests build the same object on a temporary database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from checkpoint.ledger import Ledger
from checkpoint.permissions import Action
from ui.sync_worker import SyncWorker
from ui.workers import Job, SerialWorker


class AppContext(QObject):
    """The ledger, its two workers and the signals that keep screens in step."""

    sig_records_changed = Signal()
    """A crossing was recorded, corrected or voided (views refresh, the count updates)."""
    sig_settings_changed = Signal()
    """Checkpoint settings changed (time zone, idle lock, retention)."""
    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, ledger: Ledger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.writer = SerialWorker("database-writer", self)
        self.tasks = SerialWorker("long-tasks", self)
        # Password checks (Argon2id, ~0.3 s) never wait behind an import or a save.
        self.passwords = SerialWorker("password-checks", self)
        # Started by the main window once it shows; idle (not enrolled) in most tests.
        self.sync = SyncWorker(ledger, parent=self)
        self.sig_records_changed.connect(self.sync.refresh)

    def may(self, action: Action) -> bool:
        """Whether the signed-in user's role allows ``action`` (for enabling buttons only:
        the core checks again)."""
        return self.ledger.actor.may(action)

    def write(self, call: Callable[[Ledger], Any], *,
              on_done: Callable[[Any], None] | None = None,
              on_failed: Callable[[Exception], None] | None = None,
              records_changed: bool = True) -> Job:
        """Run a core write on the database worker; ``on_done`` runs after the commit."""
        def done(result: Any) -> None:
            if records_changed:
                self.sig_records_changed.emit()
            if on_done:
                on_done(result)
        return self.writer.submit(lambda _job: call(self.ledger), on_done=done,
                                  on_failed=on_failed)

    def long_task(self, call: Callable[[Ledger, Job], Any], *,
                  on_done: Callable[[Any], None] | None = None,
                  on_failed: Callable[[Exception], None] | None = None,
                  on_progress: Callable[[int, int], None] | None = None) -> Job:
        """Run a slow task (import, export, backup, printing) with progress and cancel."""
        return self.tasks.submit(lambda job: call(self.ledger, job), on_done=on_done,
                                 on_failed=on_failed, on_progress=on_progress)

    @property
    def is_open(self) -> bool:
        """False once ``shut_down`` ran."""
        return self.writer.running()

    def shut_down(self) -> None:
        """Finish queued saves, stop long tasks, join the threads, close the database."""
        if not self.is_open:
            return
        self.sync.stop()
        self.tasks.stop(cancel=True)
        self.passwords.stop()
        self.writer.stop()
        self.ledger.close()
