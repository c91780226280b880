"""Correcting a recorded crossing: the entry screen's person editor, filled with the record, saved
through ``correct_crossing`` on the database worker.

The same fields, checks and keys as when the person was entered: Ctrl+S, Ctrl+Enter or the Save
button saves, Enter moves to the next field (so a habit never saves half a correction), Ctrl+D
adds a document, Ctrl+Shift+D removes the one under the cursor. Expiry is checked against the
crossing's own day, as the core checks it. Only what differs from the record is sent, with the
reason the core requires, and the core decides whether it may be changed. A document whose
type or number changed is checked as at entry (``checkpoint.warnings``, the crossing itself left
out): the clerk sees the warnings and goes back or saves anyway, which keeps them with the
check. The fields scroll and reflow like the entry screen's, so the dialog fits a 1024 x 600
screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checkpoint.entries import CORRECTABLE_FIELDS, DocumentEntry
from checkpoint.errors import ValidationError
from checkpoint.policies import document_policies
from checkpoint.records import CrossingDetail, correct_crossing
from checkpoint.warnings import DocumentWarning, document_warnings, with_warnings
from contract.documents import document_number_key
from ui.context import AppContext
from ui.entry.crossing_form import PersonForm, keep_in_sight
from ui.entry.document_rows import DocumentPolicy
from ui.entry.finding_lookup import FindingLookup
from ui.entry.marks import marks_style
from ui.entry.warning_dialog import WarningDialog
from ui.messages import error_text
from ui.operations import CollectionOp, QueryOp

# The size the dialog opens at, made smaller to fit what the screen leaves (a 1024 x 600
# desk); the fields scroll and reflow within it.
_PREFERRED = (1000, 680)
_MARGIN = (24, 48)  # the window frame and the taskbar


class CorrectionDialog(QDialog):
    """Edit a crossing's person and documents; closes only after the correction committed."""

    def __init__(self, context: AppContext, detail: CrossingDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correction_dialog")
        self.setStyleSheet(marks_style())
        self.context = context
        record = detail.record
        self.crossing_uuid = record.uuid
        self.setWindowTitle(self.tr("Correct: %1").replace("%1", record.full_name))
        self.original = record.entry()
        self.person = PersonForm()
        self.person.heading.hide()
        # Expiry against the crossing's day (the core's rule at save), not today's.
        day = record.local_day
        self.day = day
        self.person.documents.set_policy(DocumentPolicy(day))
        self.warning_dialog: WarningDialog | None = None
        FindingLookup(context, lambda: day, exclude=[record.uuid], parent=self) \
            .watch(self.person.documents)
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
        self._fit_screen()
        QueryOp(self, context, lambda ledger: document_policies(ledger, day)) \
            .success(lambda valid_until: self._policy_read(day, valid_until)) \
            .run_in_background()

    def _policy_read(self, day: date, valid_until: dict[str, date]) -> None:
        self.person.documents.set_policy(DocumentPolicy(day, valid_until))

    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(_PREFERRED[0], screen.width() - _MARGIN[0]),
                    min(_PREFERRED[1], screen.height() - _MARGIN[1]))

    def _build(self) -> None:
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save correction"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save the correction (Ctrl+S or Ctrl+Enter). Enter "
                                            "moves to the next field."))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # No default button: Enter presses only the button that has the cursor.
        for button in (self.save_button, self.cancel_button, self.person.add_document_button):
            button.setDefault(False)
            button.setAutoDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.form_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.person)
        scroll.viewport().installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)
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
            ("Ctrl+S", self.save), ("Ctrl+Return", self.save), ("Ctrl+Enter", self.save),
            ("Ctrl+D", self.person.add_document),
            ("Ctrl+Shift+D", lambda: self.person.remove_document(QApplication.focusWidget()))]
        for sequence, slot in keys:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(slot)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field moves to the next one, as Tab does; it never saves (a focused
        # button takes its own Enter before it comes here).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            focus = QApplication.focusWidget()
            if focus is not None and (self.person.isAncestorOf(focus) or focus is self.reason):
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The button box makes Save the default each time it is shown; Enter must not save.
        for button in self.findChildren(QPushButton):
            button.setDefault(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form_area.viewport() and event.type() == QEvent.Type.Resize:
            self.person.reflow(self.form_area.viewport().width())
        return super().eventFilter(watched, event)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Whatever moved the cursor (Tab, Enter, Alt+letter, a problem shown), the field
        # with it is in sight.
        if new is not None and self.person.isAncestorOf(new):
            keep_in_sight(self.form_area, new)

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
        if self.save_button.isEnabled() and self.warning_dialog is None:
            self._after_save = None  # refused before anything was sent: the problem shows

    # -- saving -----------------------------------------------------------------------------

    def accept(self) -> None:  # closes only through save(), never unsaved
        self.save()

    def save(self) -> None:
        """Send the changes to the core (after the warnings about a changed document, if any);
        close only after the commit returned."""
        if not self.save_button.isEnabled() or self.warning_dialog is not None:
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
        new = self._new_documents(changes)
        self._busy(True)
        if not new:
            self._correct(changes)
            return
        self.message.setText(self.tr("Checking the documents…"))
        day, exclude = self.day, [self.crossing_uuid]
        QueryOp(self, self.context,
                lambda ledger: document_warnings(ledger, new, day, exclude=exclude)) \
            .success(lambda found: self._checked_documents(changes, found)) \
            .failure(self._failed).run_in_background()

    def _new_documents(self, changes: dict[str, Any]) -> list[DocumentEntry]:
        """The documents whose type or number the correction changes (or adds)."""
        def key(document: DocumentEntry) -> tuple[str, str]:
            return document.document_type, document_number_key(document.number)
        recorded = {key(document) for document in self.original.documents}
        return [document for document in changes.get("documents", ())
                if key(document) not in recorded]

    def _checked_documents(self, changes: dict[str, Any],
                           found: list[DocumentWarning]) -> None:
        if not found:
            self._correct(changes)
            return
        self._busy(False)
        self.message.setText("")
        dialog = WarningDialog(found, self.context.ledger.settings.zone, self)
        self.warning_dialog = dialog
        dialog.accepted.connect(lambda: self._correct({**changes, "documents": tuple(
            with_warnings(document, found) for document in changes["documents"])}))
        dialog.rejected.connect(self._went_back)
        focus = QApplication.focusWidget()
        dialog.finished.connect(lambda _result: self._back_from_warnings(focus))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _back_from_warnings(self, focus: QWidget | None) -> None:
        self.warning_dialog = None
        self.activateWindow()  # the keys (Ctrl+S, Esc) are this dialog's again
        if focus is not None and self.isAncestorOf(focus):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _went_back(self) -> None:
        self._after_save = None  # leaving the session waits for the clerk's own Save
        self.message.setText(self.tr("Not saved: look at the documents the desk warned about "
                                     "first."))

    def _correct(self, changes: dict[str, Any]) -> None:
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
