"""The last households saved at this desk, read from the database (so they are there again
after a restart and a household saved just before a crash is not typed twice)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from checkpoint.households import RecentHousehold, recent_households
from checkpoint.ledger import Ledger
from contract.bidi import fill
from ui.context import AppContext
from ui.display import digits_text, number_text, time_text
from ui.operations import QueryOp
from ui.tables import list_view

_Index = QModelIndex | QPersistentModelIndex


class RecentSavesModel(QAbstractTableModel):
    """Time, name and household size of the last households saved (15 rows at most)."""

    VoidedRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, ledger: Ledger, parent: Any = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._rows: list[RecentHousehold] = []

    def set_households(self, rows: list[RecentHousehold]) -> None:
        """Show ``rows`` (read off the GUI thread by the panel)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def household(self, row: int) -> RecentHousehold:
        """The household shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("Name"), self.tr("People"))[section] \
            if 0 <= section < 3 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        household = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._time(household.crossed_at)
            if column == 1:
                return household.name + (self.tr(" (void)") if household.voided else "")
            return number_text(household.people)
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(digits_text(self.tr("%1 — people: %n", "", household.people)),
                        household.name)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and household.voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == self.VoidedRole:
            return household.voided
        return None

    def _time(self, at: datetime) -> str:
        local = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(
            self._ledger.settings.zone)
        if local.date() == self._ledger.today():
            return time_text(local)
        return fill(self.tr("yesterday %1"), time_text(local))


class RecentSavesPanel(QWidget):
    """The narrow list beside the form: what this desk saved last; Enter (or a double click)
    on a household opens its head's record."""

    sig_open = Signal(str)
    """A household was chosen; carries its head's crossing UUID."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecentSavesModel(context.ledger, self)
        self.table = list_view(self.model, "recent_saves")
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        title = QLabel(self.tr("Re&cently saved at this desk"))
        title.setProperty("role", "heading")
        title.setBuddy(self.table)
        self.table.setToolTip(self.tr("The last households saved here, newest first. Check "
                                      "here before typing a household again; Enter opens "
                                      "one."))
        self.table.activated.connect(
            lambda index: self.sig_open.emit(self.model.household(index.row()).head_uuid))
        self.empty = QLabel(self.tr("Nothing saved here since yesterday."))
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.model.modelReset.connect(lambda: self.empty.setVisible(not self.model.rowCount()))
        self.context = context
        context.sig_records_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Read the list again on the reader (after a save, a correction or a void)."""
        QueryOp(self, self.context, recent_households).success(self.model.set_households) \
            .run_in_background()
