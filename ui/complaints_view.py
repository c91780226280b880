"""The complaints screen: take a returnee's complaint, and see those taken with HQ's status.

A complaint may be linked to the crossing it concerns: search the recent records by name,
father's name or document number, or paste a record id.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkpoint.complaints import URGENCIES, list_complaints, take_complaint
from checkpoint.errors import CheckpointError
from checkpoint.ledger import Ledger
from checkpoint.models import Complaint
from checkpoint.permissions import Action
from checkpoint.records import CrossingName, crossing_names
from checkpoint.search import CrossingFilter, search_crossings
from contract import codes
from contract.bidi import fill
from ui.complaints_model import ComplaintsModel, local_time, urgency_label
from ui.context import AppContext
from ui.messages import code_label, error_text
from ui.operations import CollectionOp, QueryOp
from ui.tables import lead_into, list_view

ERROR_STYLE = "color: #b00020;"
SEARCH_DAYS = 30  # complaints are taken at the crossing: recent records are the ones wanted
SEARCH_LIMIT = 20
_RECORD_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def complaints_with_names(ledger: Ledger) -> tuple[Sequence[Complaint], dict[str, str]]:
    """The complaints, newest first, and the name on each linked crossing."""
    complaints = list_complaints(ledger)
    linked = crossing_names(ledger, {c.crossing_uuid for c in complaints if c.crossing_uuid})
    return complaints, {uuid: crossing.full_name for uuid, crossing in linked.items()}


def records_to_link(ledger: Ledger, text: str) -> list[CrossingName] | None:
    """The record whose id is ``text`` (None when there is none), or the recent records
    matching it (at most ``SEARCH_LIMIT``)."""
    if _RECORD_ID.fullmatch(text.lower()):
        found = crossing_names(ledger, [text.lower()]).get(text.lower())
        return [found] if found else None
    since = ledger.today() - timedelta(days=SEARCH_DAYS)
    rows = search_crossings(ledger, CrossingFilter(text=text, date_from=since),
                            limit=SEARCH_LIMIT)
    return [CrossingName(row.uuid, row.full_name, row.father_name, row.crossed_at)
            for row in rows]


class ComplaintsView(QWidget):
    """Take complaints (shift lead) and list them, newest first."""

    sig_complaint_saved = Signal(str)
    """A complaint was committed; carries its UUID."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaints")
        self.context = context
        self.allowed = context.may(Action.COMPLAINTS)
        # Run once the complaint is committed (leaving the session chose "Save").
        self._after_save: Callable[[], None] | None = None
        self.model = ComplaintsModel(context.ledger.settings.zone, self)
        self._build_form()
        self._build_list()
        self._lay_out()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(400)
        self._search_timer.timeout.connect(self.find_records)
        self.record_search.textEdited.connect(lambda _text: self._search_timer.start())
        context.sig_settings_changed.connect(self.refresh)
        if not self.allowed:
            why = self.tr("Only a shift lead takes complaints.")
            for widget in (self.category, self.description, self.record_search, self.record,
                           self.contact, self.urgency, self.save_button, self.clear_button):
                widget.setEnabled(False)
                widget.setToolTip(why)
            self.message.setText(why)
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _build_form(self) -> None:
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.category.addItem(self.tr("— choose —"), None)
        categories = codes.complaint_categories()
        for code in categories.codes:
            self.category.addItem(code_label(categories, code), code)
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What happened, in the person's words"))
        self.description.setMinimumHeight(90)
        self.record_search = QLineEdit()
        self.record_search.setObjectName("find_record")
        self.record_search.setPlaceholderText(self.tr(
            "name, father's name, document number or record id"))
        self.record_search.setToolTip(self.tr(
            "Searches recent records (days back: %n); a pasted record id finds any record "
            "(Enter searches now and goes to the linked record, Down goes there too)", "",
            SEARCH_DAYS))
        self.record = QComboBox()
        self.record.setObjectName("linked_record")
        lead_into(self.record_search, self.record, self.find_records)
        self._reset_records()
        self.contact = QLineEdit()
        self.contact.setObjectName("contact")
        self.contact.setPlaceholderText(self.tr("optional: a phone number or how to reach them"))
        self.contact.returnPressed.connect(self.save)
        self.urgency = QComboBox()
        self.urgency.setObjectName("urgency")
        for urgency in URGENCIES:
            self.urgency.addItem(urgency_label(urgency), urgency)
        keys = QKeySequence("Ctrl+Return")
        self.save_button = QPushButton(self.tr("Sa&ve complaint"))
        self.save_button.setObjectName("save_complaint")
        self.save_button.setToolTip(self.tr("Save the complaint (%1)").replace(
            "%1", keys.toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_button.clicked.connect(self.save)
        for sequence in (keys, QKeySequence("Ctrl+Enter")):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if sequence == keys:  # listed in Help → Keyboard shortcuts (once)
                shortcut.setWhatsThis(self.tr("Save the complaint"))
            shortcut.activated.connect(self.save)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.setToolTip(self.tr("Empty the form"))
        self.clear_button.clicked.connect(self.clear)
        self.message = QLabel()
        self.message.setObjectName("complaint_message")
        self.message.setWordWrap(True)

    def _build_list(self) -> None:
        self.table = list_view(self.model, "complaints_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.count.setObjectName("complaints_count")

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Find a record"), self.record_search)
        form.addRow(self.tr("Linked &record"), self.record)
        form.addRow(self.tr("C&ontact"), self.contact)
        form.addRow(self.tr("&Urgency"), self.urgency)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        take = QGroupBox(self.tr("Take a complaint"))
        column = QVBoxLayout(take)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addStretch()
        heading = QLabel(self.tr("Com&plaints taken here"))
        heading.setBuddy(self.table)
        listed = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(self.count)
        listed.addLayout(top)
        listed.addWidget(self.table, 1)
        outer = QHBoxLayout(self)
        outer.addWidget(take, 2)
        outer.addLayout(listed, 3)
        order: list[QWidget] = [self.category, self.description, self.record_search,
                                self.record, self.contact, self.urgency, self.save_button,
                                self.clear_button, self.table]
        for before, after in itertools.pairwise(order):
            self.setTabOrder(before, after)

    # -- the list ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # statuses may have come from HQ meanwhile

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the complaints again on the reader (with the status HQ last sent), then run
        ``then``."""
        if not self.allowed:
            self.model.set_complaints([])
            self.count.clear()
            return
        QueryOp(self, self.context, complaints_with_names) \
            .success(lambda read: self._show_complaints(*read, then)).run_in_background()

    def _show_complaints(self, complaints: Sequence[Complaint], names: dict[str, str],
                         then: Callable[[], None] | None) -> None:
        self.model.set_complaints(complaints, zone=self.context.ledger.settings.zone,
                                  linked_names=names)
        urgent = sum(1 for c in complaints if c.urgency == "urgent")
        text = self.tr("Complaints: %n", "", len(complaints))
        if urgent:
            text += " · " + self.tr("%n urgent", "", urgent)
        self.count.setText(text)
        if then is not None:
            then()

    # -- linking a record -------------------------------------------------------------------

    def _reset_records(self) -> None:
        self.record.clear()
        self.record.addItem(self.tr("No linked record"), None)

    def _describe(self, full_name: str, father_name: str, crossed_at: datetime) -> str:
        when = local_time(crossed_at, self.context.ledger.settings.zone)
        if father_name:
            return fill(self.tr("%1, father %2 — %3"), full_name, father_name, when)
        return fill(self.tr("%1 — %2"), full_name, when)

    def find_records(self) -> None:
        """Fill the linked-record list from the search field (a record id links at once)."""
        self._search_timer.stop()
        if not self.allowed:
            return
        text = self.record_search.text().strip()
        self._reset_records()
        self.message.setStyleSheet("")
        if not text:
            self.message.clear()
            return
        QueryOp(self, self.context, lambda ledger: records_to_link(ledger, text)) \
            .success(lambda found: self._show_found(text, found)).run_in_background()

    def _show_found(self, text: str, found: list[CrossingName] | None) -> None:
        if text != self.record_search.text().strip():
            return  # typed on meanwhile: the newer search fills the list
        if found is None:
            self.message.setText(self.tr("No record has this id."))
            return
        for record in found:
            self.record.addItem(self._describe(record.full_name, record.father_name,
                                               record.crossed_at), record.uuid)
        if _RECORD_ID.fullmatch(text.lower()):
            self.record.setCurrentIndex(1)
            self.message.setText(self.tr("The record is linked."))
        elif len(found) == 1:
            self.record.setCurrentIndex(1)
            self.message.setText(self.tr("One record found; it is linked."))
        elif len(found) == SEARCH_LIMIT:
            self.message.setText(self.tr("The first %n records found: choose one under Linked "
                                         "record, or type more to narrow the search.", "",
                                         len(found)))
        elif found:
            self.message.setText(self.tr("Records found: %n. Choose one under Linked record.",
                                         "", len(found)))
        else:
            self.message.setText(self.tr("No recent record matches (days back: %n).", "",
                                         SEARCH_DAYS))

    # -- taking a complaint -----------------------------------------------------------------

    def clear(self) -> None:
        """Empty the form for the next complaint."""
        self.category.setCurrentIndex(0)
        self.description.clear()
        self.record_search.clear()
        self._reset_records()
        self.contact.clear()
        self.urgency.setCurrentIndex(0)
        self.category.setFocus()

    # -- leaving the session (``ui.unsaved.UnsavedWork``) -----------------------------------

    def unsaved_work(self) -> str:
        """"a complaint being typed" while its description or contact holds text."""
        typed = self.description.toPlainText().strip() or self.contact.text().strip()
        return self.tr("a complaint being typed") if typed and self.allowed else ""

    def save_unsaved(self, on_saved: Callable[[], None]) -> None:
        """Save the complaint as its button does; ``on_saved`` once it is committed."""
        self._after_save = on_saved
        self.save()

    def save(self) -> None:
        """Save the complaint in the form (shift lead; the core checks it all)."""
        if not self.save_button.isEnabled() and self.allowed:
            return  # a save is already running
        category = self.category.currentData() or ""
        description = self.description.toPlainText()
        crossing = self.record.currentData()
        contact = self.contact.text()
        urgency = str(self.urgency.currentData())
        self.save_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saving…"))

        def done(uuid: str) -> None:
            self.save_button.setEnabled(self.allowed)
            self.clear()
            after, self._after_save = self._after_save, None
            if after is not None:
                after()
            self.message.setText(self.tr("Complaint saved. It goes to the control room with "
                                         "the next sync; its status shows in the list."))
            self.context.sig_status.emit(self.tr("Complaint saved."))

            def listed() -> None:
                row = self.model.row_of(uuid)
                if row >= 0:
                    self.table.selectRow(row)
                self.sig_complaint_saved.emit(uuid)

            self.refresh(then=listed)

        def failed(error: Exception) -> None:
            self._after_save = None
            self.save_button.setEnabled(self.allowed)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(error))
            field = error.field if isinstance(error, CheckpointError) else None
            widget: QWidget | None = {"category": self.category, "description": self.description,
                      "crossing_uuid": self.record_search, "contact": self.contact,
                      "urgency": self.urgency}.get(field or "")
            if widget is not None:
                widget.setFocus()

        CollectionOp(self, self.context, lambda ledger: take_complaint(
            ledger, category, description, crossing_uuid=crossing, contact=contact,
            urgency=urgency), records_changed=False).success(done).failure(failed) \
            .run_in_background()
