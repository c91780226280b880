"""What every screen is given: the signed-in ledger, the workers, and app-wide signals.

Built once by the composition root (``ui/app.py``) after sign-in and passed to each screen's
constructor; no module keeps a global. Tests build the same object on a temporary database.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from checkpoint.errors import DatabaseRekeyed
from checkpoint.ledger import Ledger
from checkpoint.permissions import Action
from ui.messages import error_text
from ui.sync_worker import SyncWorker
from ui.workers import SerialWorker


class AppContext(QObject):
    """The ledger, its workers and the signals that keep screens in step."""

    sig_records_changed = Signal()
    """A crossing was recorded, corrected or voided (views refresh, the count updates)."""
    sig_settings_changed = Signal()
    """Checkpoint settings changed (time zone, idle lock, retention)."""
    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_sign_out = Signal()
    """The session must end (the database was replaced by a restore): sign out."""
    sig_purge_ran = Signal(object)
    """The scheduled retention purge ran; carries its ``PurgeReport``."""
    sig_key_changed = Signal(str)
    """The database was re-keyed elsewhere (a user disabled): carries the sentence to show at
    the next sign-in; the session signs out."""
    sig_preferences_changed = Signal(object)
    """The signed-in user's preferences were stored; carries the new ``Preferences`` (the app
    applies them, then the main window builds its screens again)."""

    def __init__(self, ledger: Ledger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        # The signed-in user's own preferences, as stored (one row, read once at sign-in).
        self.preferences = ledger.preferences()
        self._key_changed = False
        # Every database write of the session runs here (``CollectionOp``), the sync loop's too.
        self.writer = SerialWorker("database-writer", self)
        # Reads that belong to an action (``QueryOp``); WAL lets them run beside a write.
        self.reader = SerialWorker("database-reader", self)
        # Long tasks that only read (the tally sheet, counts) or wait on HQ (enrollment), so
        # they never hold up a save; what they write they hand to the writer.
        self.tasks = SerialWorker("long-tasks", self)
        # Password checks (Argon2id, ~0.3 s) never wait behind an import or a save.
        self.passwords = SerialWorker("password-checks", self)
        # Started by the main window once it shows; idle (not enrolled) in most tests.
        self.sync = SyncWorker(ledger, self.reader, self.writer, parent=self)
        self.sig_records_changed.connect(self.sync.refresh)
        # "Sync now" from any menu on a device not enrolled: say so rather than nothing.
        self.sync.sig_not_enrolled.connect(lambda: self.sig_status.emit(self.tr(
            "Not enrolled with HQ yet: nothing can be sent. An IT admin enrolls this device "
            "under IT admin › Sync with HQ.")))

    def key_changed(self) -> None:
        """This session's key no longer opens the database (another process re-keyed it when
        a user was disabled): say so once and sign out, instead of failing every action."""
        if self._key_changed:
            return
        self._key_changed = True
        self.sig_key_changed.emit(error_text(DatabaseRekeyed(
            "The database's key was changed (a user was disabled); sign in again.")))
        self.sig_sign_out.emit()

    def may(self, action: Action) -> bool:
        """Whether the signed-in user's role allows ``action`` (for enabling buttons only:
        the core checks again)."""
        return self.ledger.actor.may(action)

    @property
    def is_open(self) -> bool:
        """False once ``shut_down`` ran."""
        return self.writer.running()

    def shut_down(self) -> None:
        """Finish queued saves, stop long tasks, join the threads, close the database."""
        if not self.is_open:
            return
        # A running import stops after its chunk, so a sync round's write waiting behind it
        # is not kept long; the loop goes first because that write needs the writer.
        self.writer.cancel_long_tasks()
        self.sync.stop()
        self.tasks.stop(cancel=True)
        self.passwords.stop()
        self.reader.stop()
        self.writer.stop()  # queued saves still reach the disk
        self.ledger.close()
