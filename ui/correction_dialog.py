"""Correcting a recorded crossing: the entry screen's person editor, filled with the record, saved
through ``correct_crossing`` on the database worker.

The same fields, checks and keys as when the person was entered (Enter or Ctrl+S saves, Ctrl+D
adds a document, Ctrl+Shift+D removes the one under the cursor); only what differs from the
record is sent, with the reason the core requires, and the core decides whether it may be
changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checkpoint.entries import CORRECTABLE_FIELDS
from checkpoint.errors import ValidationError
from checkpoint.records import CrossingDetail, correct_crossing
from ui.context import AppContext
from ui.entry.crossing_form import PersonForm
from ui.entry.marks import STYLE
from ui.messages import error_text
from ui.operations import CollectionOp


class CorrectionDialog(QDialog):
    """Edit a crossing's person and documents; closes only after the correction committed."""

    def __init__(self, context: AppContext, detail: CrossingDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correction_dialog")
        self.setStyleSheet(STYLE)
        self.context = context
        record = detail.record
        self.crossing_uuid = record.uuid
        self.setWindowTitle(self.tr("Correct: %1").replace("%1", record.full_name))
        self.original = record.entry()
        self.person = PersonForm()
        self.person.heading.hide()
        self.person.show_entry(self.original)
        self.reason = QLineEdit()
        self.reason.setObjectName("correction_reason")
        self.reason.setPlaceholderText(self.tr("Required, e.g. name misspelled at entry"))
        self.reason.setToolTip(self.tr("Kept with the record's history, beside what changed"))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        # Run once the correction is committed (leaving the session chose "Save").
        self._after_save: Callable[[], None] | None = None
        self._finished = False
        self.finished.connect(lambda _result: setattr(self, "_finished", True))
        self._build()
        self._add_shortcuts()
        self.person.full_name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(1060, 680)

    def _build(self) -> None:
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save correction"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the correction (Enter or Ctrl+S)"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.person.add_document_button.setAutoDefault(False)  # Enter saves, never adds a row
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.person)
        why = QFormLayout()
        why_label = QLabel(self.tr("&Why is it corrected?"))
        why_label.setBuddy(self.reason)
        why.addRow(why_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(why)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _add_shortcuts(self) -> None:
        keys: list[tuple[str, Callable[[], object]]] = [
            ("Ctrl+S", self.save), ("Ctrl+D", self.person.add_document),
            ("Ctrl+Shift+D", lambda: self.person.remove_document(QApplication.focusWidget()))]
        for sequence, slot in keys:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(slot)

    def changes(self) -> dict[str, Any]:
        """What differs from the record, as ``PersonEntry`` field values (raises
        ``ValidationError`` for a date that cannot be read)."""
        entry = self.person.entry()
        return {name: getattr(entry, name) for name in CORRECTABLE_FIELDS
                if getattr(entry, name) != getattr(self.original, name)}

    # -- leaving the session (``ui.unsaved.UnsavedWork``) -----------------------------------

    def unsaved_work(self) -> str:
        """"a correction not saved yet" while the form differs from the record."""
        if self._finished:
            return ""  # saved or cancelled, only waiting to be deleted
        try:
            changed = bool(self.changes())
        except ValidationError:
            changed = True  # a date half typed is typing too
        return self.tr("a correction not saved yet") if changed else ""

    def save_unsaved(self, on_saved: Callable[[], None]) -> None:
        """Save the correction as Ctrl+S does; ``on_saved`` once it is committed."""
        self._after_save = on_saved
        self.save()
        if self.save_button.isEnabled():
            self._after_save = None  # refused before anything was sent: the problem shows

    # -- saving -----------------------------------------------------------------------------

    def accept(self) -> None:  # Enter saves through save(), never closes unsaved
        self.save()

    def save(self) -> None:
        """Send the changes to the core; close only after the commit returned."""
        if not self.save_button.isEnabled():
            return
        self.person.marks.clear_all()
        try:
            changes = self.changes()
        except ValidationError as error:
            self._failed(error)
            return
        if not changes:
            self.message.setText(self.tr("Nothing was changed."))
            return
        crossing_uuid, reason = self.crossing_uuid, self.reason.text()
        self._busy(True)
        self.message.setText(self.tr("Saving…"))
        CollectionOp(self, self.context,
                     lambda ledger: correct_crossing(ledger, crossing_uuid, changes,
                                                     reason=reason)) \
            .success(self._saved).failure(self._failed).run_in_background()

    def _busy(self, busy: bool) -> None:
        for widget in (self.save_button, self.cancel_button):
            widget.setEnabled(not busy)

    def _saved(self, _revision: int) -> None:
        self._busy(False)
        super().accept()
        after, self._after_save = self._after_save, None
        if after is not None:
            after()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self._after_save = None
        text = error_text(error)
        self.message.setText(text)
        if isinstance(error, ValidationError) and error.field == "correction_reason":
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(error, ValidationError):
            widget = self.person.show_problem(error, text)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
