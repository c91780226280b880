"""The IT officer's sync panel: enroll with HQ, sync now, what is pending or rejected and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
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
from contract.bidi import isolate
from contract.errors import ErrorCode
from sync.client import SyncClient
from ui.context import AppContext
from ui.display import digits_text, number_text
from ui.messages import field_label, sync_error_text
from ui.operations import QueryOp, TaskOp
from ui.record_dialog import RecordDialog
from ui.reference_age import lists_text, warning_style
from ui.sync_worker import SyncStatus
from ui.tables import IsolatingDelegate
from ui.times import minute_text


def state_text(status: SyncStatus) -> str:
    """The sync state in a few words (status bar and panel)."""
    words = {
        "syncing": QCoreApplication.translate("sync", "syncing…"),
        "online": QCoreApplication.translate("sync", "online"),
        "offline": QCoreApplication.translate("sync", "offline"),
        "stopped": QCoreApplication.translate("sync", "stopped"),
        "not_enrolled": QCoreApplication.translate("sync", "not set up"),
    }
    return words.get(status.state, status.state)


MAX_PROBLEMS = 10


@dataclass
class Problem:
    """One kind of sync problem as the panel lists it: repeats of it are counted, not listed."""

    code: str
    first_at: datetime
    last_at: datetime
    count: int = 1


def enrollment_failed_text(code: str | None) -> str:
    """Why an enrollment failed, and what to check: the device is not enrolled, so nothing will
    be sent until it is (never the sync loop's "will be sent when the link is back")."""
    checks: dict[str, str] = {
        ErrorCode.OFFLINE: QCoreApplication.translate(
            "sync",
            "HQ could not be reached: check HQ's address and this "
            "computer's network, then enroll again.",
        ),
        ErrorCode.TIMEOUT: QCoreApplication.translate(
            "sync", "HQ did not answer in time: check the network, then enroll again."
        ),
        ErrorCode.NOT_HQ: QCoreApplication.translate(
            "sync",
            "Something other than HQ answered at this address (a "
            "Wi-Fi login page or a proxy?): check the address.",
        ),
        ErrorCode.TLS: QCoreApplication.translate(
            "sync", "HQ's certificate was not accepted: check the address and the certificate pin."
        ),
        ErrorCode.SERVER_ERROR: QCoreApplication.translate(
            "sync", "HQ had an internal problem: try again later or call HQ."
        ),
        ErrorCode.BUSY: QCoreApplication.translate(
            "sync", "HQ is busy: try again in a few minutes."
        ),
    }
    reason = checks.get(code) if code else None  # a StrEnum key matches its plain value
    if reason is None:
        reason = (
            sync_error_text(code)
            if code
            else QCoreApplication.translate("sync", "Enrollment failed.")
        )
    return QCoreApplication.translate(
        "sync", "Not enrolled: nothing will be sent to HQ until enrollment succeeds. %1"
    ).replace("%1", reason)


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
        context.sync.sig_not_enrolled.connect(self.explain_not_enrolled)
        status_row = QHBoxLayout()
        status_row.addWidget(self.state, 1)
        status_row.addWidget(self.sync_button)
        # The version and age of HQ's lists the desk checks documents against.
        self.lists = QLabel()
        self.lists.setObjectName("reference_lists")
        self.lists.setWordWrap(True)
        self.lists.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejected = QTableWidget(0, 3)
        self.rejected.setObjectName("rejected")
        self.rejected.setItemDelegate(IsolatingDelegate(self.rejected))
        self.rejected.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"),
                                                 self.tr("HQ's reason")])
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.rejected.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # A list like every other: whole rows, Tab leaves it, Enter opens the record to fix.
        self.rejected.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.rejected.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.rejected.setTabKeyNavigation(False)
        self.rejected.verticalHeader().hide()
        self.rejected.setToolTip(self.tr("Enter or double-click opens a rejected record"))
        self.rejected.activated.connect(self._open_rejected)
        self.record_dialog: RecordDialog | None = None
        self.errors = QListWidget()
        self.errors.setObjectName("recent_errors")
        self.errors.setItemDelegate(IsolatingDelegate(self.errors))
        self.errors.setMaximumHeight(110)
        self.errors.setWordWrap(True)
        self.problems: list[Problem] = []  # newest first, as listed

        layout = QVBoxLayout(self)
        layout.addWidget(enrollment)
        layout.addLayout(status_row)
        layout.addWidget(self.lists)
        rejected_label = QLabel(self.tr("Re&jected by HQ (corrected records are sent again):"))
        rejected_label.setBuddy(self.rejected)
        layout.addWidget(rejected_label)
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

    def _local(self, moment: datetime) -> str:
        """A stored UTC moment in the checkpoint's time, as the rest of the app shows it."""
        return minute_text(moment, self.context.ledger.settings.zone)

    def show_status(self, status: SyncStatus) -> None:
        """Fill the panel from the latest status."""
        last = self._local(status.last_success) if status.last_success else self.tr("never")
        if status.state == "syncing":
            progress = self.tr("Sync: sending · %1 sent · %2 pending · %3 rejected") \
                .replace("%1", number_text(status.sent)) \
                .replace("%2", number_text(status.pending)) \
                .replace("%3", number_text(status.rejected))
            self.state.setText(progress)
        else:
            self.state.setText(self.tr("Sync: %1 · %2 pending · %3 rejected · last success %4")
                               .replace("%1", state_text(status))
                               .replace("%2", number_text(status.pending))
                               .replace("%3", number_text(status.rejected))
                               .replace("%4", isolate(last)))
        if status.lists is not None:
            self.lists.setText(lists_text(status.lists))
            self.lists.setStyleSheet(warning_style() if status.lists.stale else "")
        if status.error_code and status.error_at and status.state != "syncing":
            self._note_problem(status.error_code, status.error_at)
        if status.state != "syncing":
            self._fill_rejected()

    def _note_problem(self, code: str, at: datetime) -> None:
        """One line per problem: the same problem again counts up on its line; the same round
        reported twice (a status re-read after a save) changes nothing."""
        top = self.problems[0] if self.problems else None
        if top is not None and top.code == code:
            if at <= top.last_at:
                return
            top.count += 1
            top.last_at = at
        else:
            self.problems.insert(0, Problem(code, at, at))
            del self.problems[MAX_PROBLEMS:]
        self._list_problems()

    def _list_problems(self) -> None:
        self.errors.clear()
        for problem in self.problems:
            when = self._local(problem.last_at)
            text = self.tr("%1  %2").replace("%1", isolate(when)).replace(
                "%2", sync_error_text(problem.code))
            if problem.count > 1:
                times = digits_text(self.tr("(%n times since %1)", "", problem.count))
                text += " " + times.replace("%1", isolate(self._local(problem.first_at)))
            self.errors.addItem(text)

    def explain_not_enrolled(self) -> None:
        """"Sync now" on a device not enrolled: say so, and where to start."""
        self.message.setText(self.tr("This device is not enrolled with HQ yet, so nothing can "
                                     "be sent. Type HQ's address and the one-time code HQ "
                                     "gave you, then press Enroll with HQ."))
        if self.context.may(Action.ENROLL):
            self.hq_url.setFocus()

    def _fill_rejected(self) -> None:
        QueryOp(self, self.context, rejected_records).success(self._show_rejected) \
            .run_in_background()

    def _show_rejected(self, named: list[tuple[outbox.Rejection, str]]) -> None:
        self.rejected.setRowCount(len(named))
        for row, (item, name) in enumerate(named):
            for column, text in enumerate((name, field_label(item.field) if item.field else "",
                                           item.reason)):
                cell = QTableWidgetItem(text)
                # Only a crossing opens in a record window (a complaint or a close-out has none).
                cell.setData(Qt.ItemDataRole.UserRole,
                             item.uuid if item.kind == "crossing" else "")
                self.rejected.setItem(row, column, cell)

    def _open_rejected(self, index: QModelIndex) -> None:
        cell = self.rejected.item(index.row(), 0)
        crossing_uuid = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else ""
        if not crossing_uuid:
            return
        if self.record_dialog is not None:
            self.record_dialog.close()
        dialog = RecordDialog(self.context, crossing_uuid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self.record_dialog = dialog
        dialog.open()

    def _forget(self, dialog: RecordDialog) -> None:
        if self.record_dialog is dialog:
            self.record_dialog = None

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
            # A fact, not a promise: whether records get through shows on the state line.
            self.message.setText(self.tr("Enrolled with HQ at %1.").replace(
                "%1", self._local(datetime.now(UTC))))
            self.context.sync.sync_now()

        def failed(error: Exception) -> None:
            self.enroll_button.setEnabled(True)
            self.message.setText(enrollment_failed_text(getattr(error, "code", None)))

        TaskOp(self, self.context, self.context.tasks, call).success(done).failure(failed) \
            .run_in_background()
