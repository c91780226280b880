"""The app's daily retention purge (DESIGN §2.5): at sign-in, then once a day while it is open.

Whoever is signed in, the purge runs as the system acting on the IT admin's retention setting
(``checkpoint.retention.purge_when_due``; audited under the signed-in user when it purges
anything) on the one database writer, like any save. It shows nothing unless it fails; the IT
admin's data panel says when it last ran and what it did.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from checkpoint.retention import PurgeReport, purge_when_due
from ui.context import AppContext
from ui.messages import error_text
from ui.operations import CollectionOp

# The purge is due a day after the last one; asking every hour keeps it within the hour of
# that on a laptop left open for days (asking costs one settings read on the writer).
CHECK_EVERY_MS = 60 * 60 * 1000


class PurgeSchedule(QObject):
    """Asks the core whether the purge is due, now and every hour, and reports failures."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Check now (sign-in) and then every hour."""
        self.check()
        self.timer.start()

    def check(self) -> None:
        """Run the purge on the writer if a day has passed since the last one."""
        if not self.context.is_open:
            return
        CollectionOp(self, self.context, purge_when_due, records_changed=False) \
            .success(self._ran).failure(self._failed).run_in_background()

    def _ran(self, report: PurgeReport | None) -> None:
        if report is None:
            return
        if report.purged:
            self.context.sig_records_changed.emit()  # names in open lists are gone
        self.context.sig_purge_ran.emit(report)

    def _failed(self, error: Exception) -> None:
        self.context.sig_status.emit(self.tr(
            "Old personal details could not be purged: %1 It is tried again within the hour.")
            .replace("%1", error_text(error)))
