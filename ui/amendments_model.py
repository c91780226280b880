"""Thin table models over the tally's late amendments and voids (rows handed over whole; a
period has a handful, and the models never read the database)."""

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

from checkpoint.amendments import Amendment, VoidLine
from checkpoint.sheet import changed_text, effect_text
from contract.sheetwords import SheetLabels
from ui.display import date_text, date_time_text, digits_text
from ui.messages import code_label

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The UUID of the crossing a row is about."""

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class _RowsModel(QAbstractTableModel):
    """Rows of text under fixed headings (``list_view`` keeps each in its reading order)."""

    WIDE = 0
    """The column that takes the width left over (and wraps)."""

    def __init__(self, headings: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headings = list(headings)
        self.texts: list[list[str]] = []
        self.uuids: list[str] = []

    def _show(self, texts: Sequence[Sequence[str]], uuids: Sequence[str]) -> None:
        self.beginResetModel()
        self.texts = [list(row) for row in texts]
        self.uuids = list(uuids)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.texts)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.texts):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts[index.row()][index.column()]
        if role == UUID_ROLE:
            return self.uuids[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headings)):
            return self.headings[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def column_texts(self, column: int) -> list[str]:
        """One column's texts, top to bottom."""
        return [row[column] for row in self.texts]


class AmendmentsModel(_RowsModel):
    """Late amendments: the day amended, the change, whose record, which fields, the effect on
    the day's counts, by whom and when."""

    EFFECT = WIDE = 4

    def __init__(self, labels: SheetLabels, parent: QObject | None = None) -> None:
        super().__init__((labels.day, labels.change, labels.person, labels.what_changed,
                          labels.effect, labels.changed_by, labels.changed_at), parent)
        self.labels = labels

    def set_amendments(self, amendments: Sequence[Amendment]) -> None:
        """Show these amendments instead of the ones before."""
        labels = self.labels
        actions = {"create": labels.recorded_late, "correct": labels.corrected,
                   "void": labels.voided}
        self._show([(date_text(a.day), actions.get(a.action, a.action), a.full_name,
                     changed_text(a, labels), digits_text(effect_text(a, labels, code_label)),
                     a.changed_by, date_time_text(a.changed_at)) for a in amendments],
                   [a.crossing_uuid for a in amendments])


class VoidsModel(_RowsModel):
    """The period's voided records: the day, whose record, who voided it, when and why."""

    REASON = WIDE = 4

    def __init__(self, labels: SheetLabels, parent: QObject | None = None) -> None:
        super().__init__((labels.day, labels.person, labels.voided_by, labels.changed_at,
                          labels.reason), parent)

    def set_voids(self, voids: Sequence[VoidLine]) -> None:
        """Show these voids instead of the ones before."""
        self._show([(date_text(v.day), v.full_name, v.voided_by, date_time_text(v.voided_at),
                     v.reason) for v in voids], [v.crossing_uuid for v in voids])
