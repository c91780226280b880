"""The IT officer's sync panel: enroll with HQ, sync now, what is pending or rejected and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkpoint import outbox
from checkpoint.ledger import Ledger
from checkpoint.permissions import Action
from checkpoint.records import crossing_names
from checkpoint.settings import SyncSettings, sync_settings
from sync.client import SyncClient
from ui.context import AppContext
from ui.messages import field_label, sync_error_text
from ui.operations import QueryOp, TaskOp
from ui.sync_worker import SyncStatus
from ui.times import minute_text


def state_text(status: SyncStatus) -> str:
    """The sync state in a few words (status bar and panel)."""
    tr = QCoreApplication.translate
    words = {"syncing": tr("sync", "syncing…"), "online": tr("sync", "online"),
             "offline": tr("sync", "offline"), "stopped": tr("sync", "stopped"),
             "not_enrolled": tr("sync", "not set up")}
    return words.get(status.state, status.state)


def rejected_records(ledger: Ledger) -> list[tuple[outbox.Rejection, str]]:
    """HQ's rejections, each with the person's name (complaints, close-outs and a vanished
    record show their id)."""
    items = outbox.rejections(ledger)
    names = crossing_names(ledger, [item.uuid for item in items if item.kind == "crossing"])
    return [(item, names[item.uuid].full_name if item.uuid in names else item.uuid)
            for item in items]


class SyncPanel(QWidget):
    """Enrollment, sync now, pending and rejected records, recent errors in plain words."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_panel")
        self.context = context
        self.hq_url = QLineEdit()
        self.hq_url.setObjectName("hq_url")
        self.hq_url.setPlaceholderText("https://hq.example.org")
        self.code = QLineEdit()
        self.code.setObjectName("enroll_code")
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setPlaceholderText(self.tr("optional: SHA-256 fingerprint of HQ's certificate"))
        self.enroll_button = QPushButton(self.tr("&Enroll with HQ"))
        self.enroll_button.clicked.connect(self.enroll)
        if not context.may(Action.ENROLL):
            self.enroll_button.setEnabled(False)
            self.enroll_button.setToolTip(self.tr("Only an IT admin can enroll the device."))
        form = QFormLayout()
        form.addRow(self.tr("HQ &address"), self.hq_url)
        form.addRow(self.tr("One-time &code"), self.code)
        form.addRow(self.tr("Certificate &pin"), self.pin)
        form.addRow("", self.enroll_button)
        enrollment = QGroupBox(self.tr("Enrollment"))
        enrollment.setLayout(form)

        self.state = QLabel()
        self.state.setObjectName("sync_state")
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.setToolTip(self.tr("Send pending records to HQ now"))
        self.sync_button.clicked.connect(context.sync.sync_now)
        status_row = QHBoxLayout()
        status_row.addWidget(self.state, 1)
        status_row.addWidget(self.sync_button)
        self.rejected = QTableWidget(0, 3)
        self.rejected.setObjectName("rejected")
        self.rejected.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"),
                                                 self.tr("HQ's reason")])
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.rejected.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.errors = QListWidget()
        self.errors.setObjectName("recent_errors")
        self.errors.setMaximumHeight(110)

        layout = QVBoxLayout(self)
        layout.addWidget(enrollment)
        layout.addLayout(status_row)
        layout.addWidget(QLabel(self.tr("Rejected by HQ (corrected records are sent again):")))
        layout.addWidget(self.rejected, 1)
        layout.addWidget(QLabel(self.tr("Recent problems:")))
        layout.addWidget(self.errors)
        self.message = QLabel()
        self.message.setObjectName("sync_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        context.sync.sig_status.connect(self.show_status)
        QueryOp(self, context, sync_settings).success(self._show_settings) \
            .run_in_background()
        if context.sync.last is not None:
            self.show_status(context.sync.last)

    def _show_settings(self, settings: SyncSettings) -> None:
        if not self.hq_url.text():  # never over what the officer began typing
            self.hq_url.setText(settings.hq_url or "")
        if not self.pin.text():
            self.pin.setText(settings.pin or "")

    def show_status(self, status: SyncStatus) -> None:
        """Fill the panel from the latest status."""
        last = minute_text(status.last_success, self.context.ledger.settings.zone) \
            if status.last_success else self.tr("never")
        self.state.setText(self.tr("Sync: %1 · %2 pending · %3 rejected · last success %4")
                           .replace("%1", state_text(status)).replace("%2", str(status.pending))
                           .replace("%3", str(status.rejected)).replace("%4", last))
        if status.error_code and status.state != "syncing":
            self.errors.insertItem(0, sync_error_text(status.error_code))
            while self.errors.count() > 10:
                self.errors.takeItem(self.errors.count() - 1)
        self._fill_rejected()

    def _fill_rejected(self) -> None:
        QueryOp(self, self.context, rejected_records).success(self._show_rejected) \
            .run_in_background()

    def _show_rejected(self, named: list[tuple[outbox.Rejection, str]]) -> None:
        self.rejected.setRowCount(len(named))
        for row, (item, name) in enumerate(named):
            for column, text in enumerate((name, field_label(item.field) if item.field else "",
                                           item.reason)):
                self.rejected.setItem(row, column, QTableWidgetItem(text))

    def enroll(self) -> None:
        """Trade the one-time code for a token on a worker; then start syncing."""
        url, code, pin = self.hq_url.text().strip(), self.code.text().strip(), \
            self.pin.text().strip() or None
        if not url or not code:
            self.message.setText(self.tr("Type HQ's address and the one-time code."))
            return
        self.enroll_button.setEnabled(False)
        self.message.setText(self.tr("Enrolling…"))

        def call(ledger: Ledger, _job: object) -> object:
            # Network work on the long-tasks worker; its one write goes to the writer.
            return SyncClient(ledger, write=self.context.writer.call).enroll(url, code, pin=pin)

        def done(_answer: object) -> None:
            self.enroll_button.setEnabled(True)
            self.code.clear()
            self.message.setText(self.tr("Enrolled. Sync has started."))
            self.context.sync.sync_now()

        def failed(error: Exception) -> None:
            self.enroll_button.setEnabled(True)
            code_word = getattr(error, "code", None)
            self.message.setText(sync_error_text(code_word) if code_word else str(error))

        TaskOp(self, self.context, self.context.tasks, call).success(done).failure(failed) \
            .run_in_background()
