"""The audit log for the IT officer: read-only, newest first, filtered by action, user and
days, with what the hash chain's verification says above it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkpoint.audit_log import AuditFilter, AuditLine, AuditLog, read_audit_log
from checkpoint.errors import ValidationError
from checkpoint.hijri import parse_document_date
from checkpoint.permissions import Action
from ui.context import AppContext
from ui.messages import audit_problem_text
from ui.operations import QueryOp
from ui.tables import list_view

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
"""The entry's number in the chain."""
ERROR_STYLE = "color: #b00020; font-weight: bold;"
GOOD_STYLE = "color: #1b5e20;"


class AuditLogModel(QAbstractTableModel):
    """The entries as read by ``read_audit_log``: number, time, user, action, target, details."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[AuditLine] = []

    def set_lines(self, lines: Sequence[AuditLine]) -> None:
        """Show these entries (newest first, as read)."""
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> AuditLine | None:
        """The entry on ``row``, or None."""
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def headers(self) -> list[str]:
        """The column titles."""
        return [
            QCoreApplication.translate("audit", "No."),
            QCoreApplication.translate("audit", "Time"),
            QCoreApplication.translate("audit", "User"),
            QCoreApplication.translate("audit", "Action"),
            QCoreApplication.translate("audit", "Concerns"),
            QCoreApplication.translate("audit", "Details"),
        ]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            details = "" if line.details == "{}" else line.details
            values = (str(line.seq), f"{line.at:%Y-%m-%d %H:%M:%S}", line.actor, line.action,
                      line.target, details)
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == SEQ_ROLE:
            return line.seq
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = self.headers()
        return titles[section] if 0 <= section < len(titles) else None


class AuditPanel(QWidget):
    """The audit log, read-only, for IT admins (the core checks the permission too)."""

    sig_loaded = Signal(object)
    """The log was read; carries the ``AuditLog``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_panel")
        self.context = context
        self.chain = QLabel()
        self.chain.setObjectName("audit_chain")
        self.chain.setWordWrap(True)
        self.action = QComboBox()
        self.action.setObjectName("audit_action")
        self.actor = QComboBox()
        self.actor.setObjectName("audit_actor")
        for combo in (self.action, self.actor):
            combo.addItem(self.tr("all"), None)
            combo.currentIndexChanged.connect(self.reload)
        self.date_from = QLineEdit()
        self.date_from.setObjectName("audit_from")
        self.date_to = QLineEdit()
        self.date_to.setObjectName("audit_to")
        for box in (self.date_from, self.date_to):
            box.setPlaceholderText(self.tr("YYYY-MM-DD or 1403/09/01"))
            box.setClearButtonEnabled(True)
            box.editingFinished.connect(self.reload)
        self.model = AuditLogModel(self)
        self.table = list_view(self.model, "audit_table")
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.note = QLabel()
        self.note.setObjectName("audit_note")
        self.note.setWordWrap(True)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Action"), self.action), (self.tr("User"), self.actor),
                             (self.tr("From"), self.date_from), (self.tr("To"), self.date_to)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.setTabOrder(self.action, self.actor)
        self.setTabOrder(self.actor, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.table)
        if not context.may(Action.READ_AUDIT):
            self.setEnabled(False)
            self.chain.setText(self.tr("Only an IT admin reads the audit log."))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # entries are added all the time: read them again when shown

    def _day(self, box: QLineEdit) -> date | None:
        text = box.text().strip()
        if not text:
            box.setStyleSheet("")
            return None
        try:
            # Read as every other date at the desk is (Solar Hijri 1403/09/01 too), so one text
            # never means two days on two screens.
            day = parse_document_date(text)
        except ValidationError:
            box.setStyleSheet(ERROR_STYLE)
            raise
        box.setStyleSheet("")
        return day

    def wanted(self) -> AuditFilter | None:
        """The filter as chosen, or None (and the date marked) when a date cannot be read."""
        try:
            start, end = self._day(self.date_from), self._day(self.date_to)
        except ValidationError:
            self.note.setText(self.tr("Type dates as YYYY-MM-DD, e.g. 2026-12-01."))
            return None
        return AuditFilter(action=self.action.currentData(), actor=self.actor.currentData(),
                           date_from=start, date_to=end)

    def reload(self) -> None:
        """Read the log again with the chosen filter (on the reader)."""
        if not self.context.may(Action.READ_AUDIT):
            return
        wanted = self.wanted()
        if wanted is None:
            return
        QueryOp(self, self.context, lambda ledger: read_audit_log(ledger, wanted)) \
            .success(self._show).run_in_background()

    def _show(self, log: AuditLog) -> None:
        self.model.set_lines(log.lines)
        self._offer(self.action, log.actions)
        self._offer(self.actor, log.actors)
        if log.broken is None:
            self.chain.setStyleSheet(GOOD_STYLE)
            self.chain.setText(self.tr("Audit log verified: all %n entries are intact, and "
                                       "every user's anchor and the entry HQ last acknowledged "
                                       "agree with it.", "", log.checked))
        else:
            self.chain.setStyleSheet(ERROR_STYLE)
            self.chain.setText(self.tr("Audit log broken: %1 The %n entries of the chain "
                                       "before it verify. Call IT security; change nothing.",
                                       "", log.checked)
                               .replace("%1", audit_problem_text(log.broken)))
        self.note.setText(self.tr("Showing the newest %n entries; narrow the filter to see "
                                  "older ones.", "", len(log.lines)) if log.more else "")
        self.sig_loaded.emit(log)

    @staticmethod
    def _offer(combo: QComboBox, values: list[str]) -> None:
        """Add values not yet offered, keeping the choice (and firing no reload)."""
        known = {combo.itemData(i) for i in range(combo.count())}
        combo.blockSignals(True)
        for value in values:
            if value not in known:
                combo.addItem(value, value)
        combo.blockSignals(False)
