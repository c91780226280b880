"""One crossing: everything recorded, its document checks and its history, with Correct and
Void for the roles that may use them.

The buttons are enabled by the same rules the core applies (a clerk corrects only their own
records of the same day, a shift lead any; only a shift lead voids), with a tooltip saying why
when they are not; the core checks again, and its refusal is shown if it refuses anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from checkpoint.errors import PermissionDenied, ValidationError
from checkpoint.history import FieldChange
from checkpoint.models import Crossing, DocumentCheck
from checkpoint.permissions import Action
from checkpoint.records import CrossingDetail, get_crossing, void_crossing
from contract import codes
from contract.bidi import fill, isolate
from contract.errors import ErrorCode
from ui.context import AppContext
from ui.correction_dialog import CorrectionDialog
from ui.crossings_model import document_label
from ui.display import date_text, date_time_text, number_text
from ui.messages import code_label, error_text, field_label
from ui.operations import CollectionOp, QueryOp
from ui.scaled import scaled
from ui.tables import IsolatingDelegate


def correction_refusal(context: AppContext, crossing: Crossing) -> str | None:
    """Why the signed-in user may not correct this crossing, in the core's words; None if
    they may."""
    ledger = context.ledger
    if crossing.voided:
        return error_text(ValidationError("void", code=ErrorCode.VOIDED))
    if crossing.purged_at is not None:
        return error_text(ValidationError("purged", code=ErrorCode.PURGED))
    if context.may(Action.CORRECT_ANY):
        return None
    if not context.may(Action.RECORD):
        return error_text(PermissionDenied("role", code=ErrorCode.PERMISSION_DENIED))
    if crossing.recorded_by != ledger.actor.username:
        return error_text(PermissionDenied("not own", code=ErrorCode.NOT_OWN_RECORD))
    if ledger.local_day(crossing.recorded_at) != ledger.today():
        return error_text(PermissionDenied("not today", code=ErrorCode.NOT_SAME_DAY))
    return None


class VoidDialog(QDialog):
    """Asks for the reason, then voids the crossing through the database worker."""

    def __init__(self, context: AppContext, crossing_uuid: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("void_dialog")
        self.setWindowTitle(self.tr("Void record"))
        self.setMinimumWidth(scaled(440))
        self.context = context
        self.crossing_uuid = crossing_uuid
        self.reason = QLineEdit()
        self.reason.setObjectName("void_reason")
        self.reason.setPlaceholderText(self.tr("e.g. recorded twice"))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        explanation = QLabel(self.tr(
            "A void record stays in the list, greyed out, and leaves the tally. It cannot be "
            "undone."))
        explanation.setWordWrap(True)
        form = QFormLayout()
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        buttons = QDialogButtonBox()
        self.void_button = buttons.addButton(self.tr("&Void record"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.void_button.setObjectName("confirm_void")
        self.void_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.void_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:  # Enter saves through save(), never closes unsaved
        self.save()

    def save(self) -> None:
        """Void through the core; the dialog closes only after the commit returned."""
        if not self.void_button.isEnabled():
            return
        reason, crossing_uuid = self.reason.text(), self.crossing_uuid
        self._busy(True)
        self.message.setText(self.tr("Saving…"))
        CollectionOp(self, self.context,
                     lambda ledger: void_crossing(ledger, crossing_uuid, reason)) \
            .success(self._saved).failure(self._failed).run_in_background()

    def _busy(self, busy: bool) -> None:
        for widget in (self.void_button, self.cancel_button, self.reason):
            widget.setEnabled(not busy)

    def _saved(self, _revision: int) -> None:
        self._busy(False)
        super().accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.message.setText(error_text(error))
        self.reason.setFocus()


class RecordDialog(QDialog):
    """Everything about one crossing; Correct and Void as the role allows."""

    sig_loaded = Signal()
    """The crossing was read (again) and is showing."""

    def __init__(self, context: AppContext, crossing_uuid: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_dialog")
        self.context = context
        self.crossing_uuid = crossing_uuid
        self.detail: CrossingDetail | None = None
        self.correction: CorrectionDialog | None = None
        self.void_dialog: VoidDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.person = QFormLayout()
        self.crossing = QFormLayout()
        self.checks = self._table("checks", [
            self.tr("Document"), self.tr("Number"), self.tr("Issued by"), self.tr("Expiry"),
            self.tr("Result"), self.tr("Method"), self.tr("Custody"), self.tr("Checked by"),
            self.tr("Saved despite")])
        self.history = self._table("history", [
            self.tr("Revision"), self.tr("What"), self.tr("Who"), self.tr("When"),
            self.tr("Why"), self.tr("Changes (old → new)")])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checks, self.tr("&Document checks"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.correct_button = QPushButton(isolate(self.tr("&Correct…")))
        self.correct_button.setObjectName("correct")
        self.void_button = QPushButton(isolate(self.tr("&Void…")))
        self.void_button.setObjectName("void")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.correct_button.clicked.connect(self.open_correction)
        self.void_button.clicked.connect(self.open_void)
        self.close_button.clicked.connect(self.reject)
        self._lay_out()
        self.resize(960, 640)
        self.load()

    def _table(self, name: str, titles: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(titles))
        table.setObjectName(name)
        table.setItemDelegate(IsolatingDelegate(table))  # dates and codes in right to left
        table.setHorizontalHeaderLabels(titles)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _lay_out(self) -> None:
        forms = QHBoxLayout()
        for title, form in ((self.tr("Person"), self.person),
                            (self.tr("Crossing"), self.crossing)):
            column = QVBoxLayout()
            heading = QLabel(f"<b>{title}</b>")
            column.addWidget(heading)
            column.addLayout(form)
            column.addStretch(1)
            forms.addLayout(column, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addLayout(forms)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # -- showing ----------------------------------------------------------------------------

    def load(self, then: Callable[[], None] | None = None) -> None:
        """Read the crossing again on the reader and show it (after a correction or a void
        too), then run ``then``."""
        for button in (self.correct_button, self.void_button):
            button.setEnabled(False)  # until what they act on is showing
        QueryOp(self, self.context, lambda ledger: get_crossing(ledger, self.crossing_uuid)) \
            .success(lambda detail: self._show(detail, then)).failure(self._unreadable) \
            .run_in_background()

    def _unreadable(self, error: Exception) -> None:
        self.detail = None
        self.title.setText(self.tr("Record"))
        self.message.setText(error_text(error))

    def _show(self, detail: CrossingDetail, then: Callable[[], None] | None) -> None:
        self.detail = detail
        crossing = detail.crossing
        name = self.tr("(purged)") if crossing.purged_at else crossing.full_name
        self.setWindowTitle(self.tr("Record: %1").replace("%1", isolate(name)))
        self.title.setText(name)
        self._show_state(crossing)
        self._fill_forms(crossing)
        self._fill_checks()
        self._fill_history()
        self._enable_actions(crossing)
        if then is not None:
            then()
        self.sig_loaded.emit()

    def _local(self, at: datetime) -> str:
        zone = self.context.ledger.settings.zone
        return date_time_text((at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(zone))

    def _show_state(self, crossing: Crossing) -> None:
        parts = []
        if crossing.voided:
            parts.append(fill(self.tr("VOID — reason: %1"), crossing.void_reason))
        if crossing.late:
            parts.append(self.tr("Late amendment to a closed day"))
        if crossing.purged_at:
            parts.append(self.tr("Personal details removed after the retention period"))
        parts.append(self.tr("Waiting to be sent to the control room")
                     if crossing.revision > crossing.synced_revision
                     else self.tr("The control room holds this version"))
        self.state.setText(" · ".join(parts))
        self.state.setStyleSheet("" if not crossing.voided
                                 else "color: #b00020; font-weight: bold;")

    def _fill_forms(self, crossing: Crossing) -> None:
        for form in (self.person, self.crossing):
            while form.rowCount():
                form.removeRow(0)
        age = number_text(crossing.age_years) if crossing.age_years is not None else ""
        if age and crossing.age_estimated:
            age = fill(self.tr("%1 (estimated)"), age)
        flags = [code_label(codes.vulnerabilities(), flag)
                 for flag in sorted(crossing.vulnerabilities)]
        person: list[tuple[str, Any]] = [
            ("full_name", crossing.full_name), ("father_name", crossing.father_name),
            ("full_name_native", crossing.full_name_native),
            ("father_name_native", crossing.father_name_native),
            ("sex", code_label(codes.sexes(), crossing.sex)),
            ("birth_date", _day(crossing.birth_date)), ("age_years", age),
            ("nationality", crossing.nationality or ""),
            ("vulnerabilities", ", ".join(flags)), ("remarks", crossing.remarks)]
        place: list[tuple[str, Any]] = [
            ("crossed_at", self._local(crossing.crossed_at)),
            ("origin_province", code_label(codes.pk_provinces(),
                                           crossing.origin_province)),
            ("origin_district", crossing.origin_district),
            ("destination_province", code_label(codes.af_provinces(),
                                                crossing.destination_province)),
            ("return_type", code_label(codes.return_types(), crossing.return_type)),
            ("vrf_number", crossing.vrf_number),
            ("recorded_by", fill(self.tr("%1 at %2"), crossing.recorded_by,
                                 self._local(crossing.recorded_at))),
            ("revision", number_text(crossing.revision))]
        for form, values in ((self.person, person), (self.crossing, place)):
            for name, value in values:
                shown = QLabel(str(value) if value not in (None, "") else "—")
                shown.setObjectName(f"value_{name}")
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(self._label(name), shown)

    def _label(self, name: str) -> str:
        extra = {"crossed_at": self.tr("Crossed"), "recorded_by": self.tr("Recorded by"),
                 "revision": self.tr("Revision")}
        return extra.get(name) or field_label(name)

    def _fill_checks(self) -> None:
        assert self.detail is not None
        rows = [[document_label(c.document_type), c.number, c.issuing_country,
                 _day(c.expiry), code_label(codes.check_results(), c.result),
                 code_label(codes.methods(), c.method),
                 code_label(codes.custody(), c.custody), c.checked_by, self._warnings_text(c)]
                for c in self.detail.checks]
        _fill(self.checks, rows)
        self.tabs.setTabText(0, isolate(self.tr("&Document checks (%n)", "", len(rows))))

    def _warnings_text(self, check: DocumentCheck) -> str:
        """The warnings the clerk saved this check despite, and the list version they came
        from ("" for none)."""
        names = ", ".join(code_label(codes.document_warnings(), code)
                          for code in codes.document_warnings().codes if code in check.warnings)
        if not names or check.reference_version is None:
            return names
        return self.tr("%1 (HQ's lists, version %2)").replace("%1", names) \
            .replace("%2", number_text(check.reference_version))

    def _fill_history(self) -> None:
        assert self.detail is not None
        actions = {"create": self.tr("Recorded"), "correct": self.tr("Corrected"),
                   "void": self.tr("Voided")}
        rows = [[number_text(entry.revision), actions.get(entry.action, entry.action),
                 entry.changed_by, self._local(entry.changed_at), entry.reason,
                 "\n".join(self._change_text(change) for change in entry.changes)]
                for entry in self.detail.entries]
        _fill(self.history, rows)
        self.history.resizeRowsToContents()

    def _change_text(self, change: FieldChange) -> str:
        # Each value isolated, so a name in Pashto beside one in Latin keeps old before new.
        return self.tr("%1: %2 → %3").replace("%1", self._history_field(change.field)) \
            .replace("%2", isolate(self._history_value(change.field, change.old))) \
            .replace("%3", isolate(self._history_value(change.field, change.new)))

    def _history_field(self, name: str) -> str:
        return {"voided": self.tr("Void"), "documents": self.tr("Documents"),
                "crossed_at": self.tr("Crossed"), "late": self.tr("Late amendment")}.get(name) \
            or field_label(name)

    def _history_value(self, name: str, value: Any) -> str:
        """A stored value of a revision snapshot in the words the record itself uses."""
        lists = {"sex": codes.sexes, "origin_province": codes.pk_provinces,
                 "destination_province": codes.af_provinces,
                 "return_type": codes.return_types}
        if value in (None, "", []):
            return "—"
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if name in lists:
            return code_label(lists[name](), value)
        if name == "vulnerabilities":
            return ", ".join(code_label(codes.vulnerabilities(), flag) for flag in value)
        if name == "documents":
            return "; ".join(self._check_text(check) for check in value)
        if name == "crossed_at":
            return self._local(datetime.fromisoformat(value))
        if name == "birth_date":
            return date_text(date.fromisoformat(value))
        if name == "age_years":
            return number_text(value)
        return str(value)

    def _check_text(self, check: dict[str, Any]) -> str:
        words = [document_label(check["document_type"]), check.get("number") or "",
                 code_label(codes.check_results(), check["result"])]
        return " ".join(word for word in words if word)

    def _enable_actions(self, crossing: Crossing) -> None:
        refusal = correction_refusal(self.context, crossing)
        self.correct_button.setEnabled(refusal is None)
        self.correct_button.setToolTip(refusal or self.tr(
            "Correct what was recorded (Alt+C)"))
        if crossing.voided:
            void_refusal: str | None = error_text(ValidationError("void",
                                                                  code=ErrorCode.ALREADY_VOIDED))
        elif crossing.purged_at is not None:
            void_refusal = error_text(ValidationError("purged", code=ErrorCode.PURGED))
        elif not self.context.may(Action.VOID):
            void_refusal = self.tr("Only a shift lead can void a record.")
        else:
            void_refusal = None
        self.void_button.setEnabled(void_refusal is None)
        self.void_button.setToolTip(void_refusal or self.tr(
            "Void this record with a reason (Alt+V)"))
        (self.correct_button if refusal is None else self.close_button).setFocus()

    # -- acting -----------------------------------------------------------------------------

    def open_correction(self) -> CorrectionDialog | None:
        """The correction form (the core decides again when it is saved)."""
        if self.detail is None:
            return None
        form = CorrectionDialog(self.context, self.detail, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(lambda: self._after_save(self.tr("Correction saved.")))
        self.correction = form
        form.open()
        return form

    def open_void(self) -> VoidDialog:
        """Ask for the reason and void (the core decides again)."""
        dialog = VoidDialog(self.context, self.crossing_uuid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_save(self.tr("Record voided.")))
        self.void_dialog = dialog
        dialog.open()
        return dialog

    def _after_save(self, text: str) -> None:
        def said() -> None:  # once the record shows what was saved
            self.message.setText(text)
            self.context.sig_status.emit(text)

        self.load(then=said)


def _day(value: date | None) -> str:
    return date_text(value) if value else ""


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value or ""))
