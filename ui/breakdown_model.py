"""A thin table model over one breakdown of the tally (a name and a count per code)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from contract.sheetwords import BreakdownRow
from ui.display import digits_text, number_text

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The stored code of a row (``PK-KP``, ``passport``, ``0-17``...)."""
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's count as an int."""

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class BreakdownModel(QAbstractTableModel):
    """Rows of one breakdown, in code-list order, zeros included (a dozen rows at most: they
    are handed over whole, never fetched, and the model never reads the database)."""

    NAME, COUNT = 0, 1

    def __init__(self, heading: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.heading = heading
        self.rows: list[BreakdownRow] = []

    def set_rows(self, rows: Sequence[BreakdownRow]) -> None:
        """Show these rows instead of the ones before."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # Shown in the user's digits ("0 to 17 years" too); COUNT_ROLE keeps the int.
            return digits_text(row.label) if column == self.NAME else number_text(row.count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COUNT:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.count:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text)
        if role == CODE_ROLE:
            return row.code
        if role == COUNT_ROLE:
            return row.count
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.NAME:
            return self.heading
        if section == self.COUNT:
            return self.tr("Count")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def counts(self) -> dict[str, int]:
        """The non-zero counts by code (what the tally object holds)."""
        return {row.code: row.count for row in self.rows if row.count}
