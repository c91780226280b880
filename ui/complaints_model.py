"""A thin table model over the complaints taken at this checkpoint, newest first.

The screen reads them through ``checkpoint.complaints.list_complaints`` and hands them over
whole (a checkpoint takes a few a day); the model never runs SQL and never writes. The status
is HQ's: it is shown as HQ last sent it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from checkpoint.models import Complaint
from contract import codes
from ui.messages import code_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The complaint's UUID."""
URGENT_ROLE = Qt.ItemDataRole.UserRole + 2
"""True for an urgent complaint."""
COLUMNS = ("taken_at", "category", "urgency", "status", "description", "crossing", "taken_by")


def status_label(status: str) -> str:
    """HQ's status code in words; a code this build does not know yet is shown as it is."""
    known = {
        "received": QCoreApplication.translate("complaints", "Received"),
        "in_progress": QCoreApplication.translate("complaints", "In progress"),
        "referred": QCoreApplication.translate("complaints", "Referred"),
        "resolved": QCoreApplication.translate("complaints", "Resolved"),
        "closed": QCoreApplication.translate("complaints", "Closed"),
    }
    return known.get(status, status.replace("_", " ").capitalize())


def urgency_label(urgency: str) -> str:
    """``normal`` / ``urgent`` in words."""
    return {
        "normal": QCoreApplication.translate("complaints", "Normal"),
        "urgent": QCoreApplication.translate("complaints", "Urgent"),
    }.get(urgency, urgency)


def local_time(at: datetime, zone: ZoneInfo) -> str:
    """A stored (naive UTC) time as the checkpoint's local date and time."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return aware.astimezone(zone).strftime("%Y-%m-%d %H:%M")


class ComplaintsModel(QAbstractTableModel):
    """Complaints in the order given (the core lists them newest first)."""

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._complaints: list[Complaint] = []
        self._linked_names: dict[str, str] = {}
        self._categories = codes.complaint_categories()

    def set_complaints(self, complaints: Sequence[Complaint], *, zone: ZoneInfo | None = None,
                       linked_names: Mapping[str, str] | None = None) -> None:
        """Show these complaints: times in ``zone`` if given (the checkpoint's may change), and
        the names of the linked records found in ``linked_names`` (record UUID -> name)."""
        self.beginResetModel()
        self._complaints = list(complaints)
        self._linked_names = dict(linked_names or {})
        if zone is not None:
            self.zone = zone
        self.endResetModel()

    def complaint(self, row: int) -> Complaint | None:
        """The complaint on ``row``, or None."""
        return self._complaints[row] if 0 <= row < len(self._complaints) else None

    def row_of(self, uuid: str) -> int:
        """The row of the complaint ``uuid``, or -1."""
        return next((row for row, c in enumerate(self._complaints) if c.uuid == uuid), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._complaints)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        complaint = self.complaint(index.row()) if index.isValid() else None
        if complaint is None or not 0 <= index.column() < len(COLUMNS):
            return None
        try:
            return self._data(complaint, COLUMNS[index.column()], role)
        except Exception:  # a damaged row shows empty; data() never raises
            return None

    def _data(self, complaint: Complaint, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(complaint, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "description":
                contact = complaint.contact
                return complaint.description + (
                    "\n"
                    + QCoreApplication.translate("complaints", "Contact: %1").replace("%1", contact)
                    if contact
                    else ""
                )
            if column == "crossing" and complaint.crossing_uuid:
                return QCoreApplication.translate("complaints", "Linked record %1").replace(
                    "%1", complaint.crossing_uuid
                )
            return None
        if role == UUID_ROLE:
            return complaint.uuid
        if role == URGENT_ROLE:
            return complaint.urgency == "urgent"
        if column == "urgency" and complaint.urgency == "urgent":
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b00020"))
        return None

    def _text(self, complaint: Complaint, column: str) -> str:
        if column == "taken_at":
            return local_time(complaint.taken_at, self.zone)
        if column == "category":
            return code_label(self._categories, complaint.category)
        if column == "urgency":
            return urgency_label(complaint.urgency)
        if column == "status":
            return status_label(complaint.status)
        if column == "description":
            return " ".join(complaint.description.split())  # one line in the table
        if column == "crossing":
            linked = complaint.crossing_uuid
            # The name, or (once retention has removed it) the start of the record id.
            return (self._linked_names.get(linked) or linked[:8]) if linked else ""
        return complaint.taken_by

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            QCoreApplication.translate("complaints", "Taken"),
            QCoreApplication.translate("complaints", "Category"),
            QCoreApplication.translate("complaints", "Urgency"),
            QCoreApplication.translate("complaints", "Status"),
            QCoreApplication.translate("complaints", "Description"),
            QCoreApplication.translate("complaints", "Record"),
            QCoreApplication.translate("complaints", "Taken by"),
        )
        return titles[section] if 0 <= section < len(titles) else None
