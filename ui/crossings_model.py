"""The records list as a Qt model: thin, lazy and read-only (STYLE §5-7).

Rows come from ``checkpoint.search.search_crossings`` a page at a time: the first page when the
filter or the order is set, the next one whenever the view scrolls near the end
(``canFetchMore``/``fetchMore``). Each page continues after the last row loaded (keyset
paging), so the page a million rows deep costs what the first did, and a crossing recorded
while the list is open never shifts a page onto rows already shown. The model runs no SQL of
its own and never writes.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from checkpoint.ledger import Ledger
from checkpoint.search import CrossingFilter, CrossingRow, SyncState, search_crossings
from contract import codes
from contract.bidi import fill
from ui.display import date_time_text, number_text
from ui.messages import code_label

log = logging.getLogger(__name__)

PAGE_SIZE = 200
# A refresh (after a save) reloads at most this many rows, so the list keeps its place unless
# the user had scrolled very deep.
RELOAD_LIMIT = 2_000

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The crossing's UUID (None on a placeholder row)."""
VOIDED_ROLE = Qt.ItemDataRole.UserRole + 2
"""True when the crossing is void."""
SYNC_ROLE = Qt.ItemDataRole.UserRole + 3
"""``SyncState`` of the crossing: pending, synced, or rejected by HQ."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 4
"""The ``CrossingRow`` itself."""
LOADED_ROLE = Qt.ItemDataRole.UserRole + 5
"""False on the placeholder of rows that could not be read."""

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Column(IntEnum):
    """The records list's columns, in order."""

    CROSSED = 0
    FULL_NAME = 1
    FATHER_NAME = 2
    SEX = 3
    AGE = 4
    ORIGIN = 5
    DESTINATION = 6
    DOCUMENTS = 7
    RESULT = 8
    RECORDED_BY = 9
    SYNC = 10


# The columns the core can sort by (each has an index); the others keep the current order.
SORT_KEYS: dict[Column, str] = {
    Column.CROSSED: "crossed_at", Column.FULL_NAME: "full_name",
    Column.FATHER_NAME: "father_name", Column.ORIGIN: "origin_province",
    Column.RECORDED_BY: "recorded_by",
}


def age_on(row: CrossingRow) -> int | None:
    """Age in years on the day of crossing: as recorded, or from the birth date."""
    if row.age_years is not None:
        return row.age_years
    born, day = row.birth_date, row.local_day
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def document_label(code: str) -> str:
    """A document type's short form (``PoR``, ``ACC``), translatable."""
    types = codes.document_types()
    if code not in types:
        return code
    entry = types.entry(code)
    if code == "none":
        return code_label(types, code)
    return QCoreApplication.translate("codelists", entry.short or entry.name)


class CrossingsModel(QAbstractTableModel):
    """Crossings matching a filter, in the core's order, read a page at a time."""

    sig_load_failed = Signal(object)
    """Reading a page failed; carries the exception. A placeholder row stands for the rest."""

    def __init__(self, ledger: Ledger, *, page_size: int = PAGE_SIZE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._page_size = page_size
        self._filter = CrossingFilter()
        self._sort_column = Column.CROSSED
        self._descending = True
        # None stands for rows that could not be read (shown as one disabled placeholder).
        self._rows: list[CrossingRow | None] = []
        self._more = False
        self._zone = ledger.settings.zone
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self.reload()

    # -- what is shown ----------------------------------------------------------------------

    @property
    def crossing_filter(self) -> CrossingFilter:
        """The filter the rows match."""
        return self._filter

    @property
    def sort_column(self) -> Column:
        """The column the rows are sorted by."""
        return self._sort_column

    @property
    def descending(self) -> bool:
        """Whether the order is descending (newest, or Z, first)."""
        return self._descending

    def set_filter(self, wanted: CrossingFilter) -> None:
        """Show the crossings matching ``wanted``, from the first page."""
        if wanted != self._filter:
            self._filter = wanted
            self.reload(keep_place=False)

    def reload(self, *, keep_place: bool = False) -> None:
        """Read the rows again from the first; ``keep_place`` reads as many as were loaded
        (up to ``RELOAD_LIMIT``) so that the view can stay where it was."""
        loaded = sum(1 for row in self._rows if row is not None)
        wanted = min(max(loaded, self._page_size), RELOAD_LIMIT) if keep_place \
            else self._page_size
        self.beginResetModel()
        rows = self._read(limit=wanted, after=None)
        self._rows = list(rows) if rows is not None else [None]
        self._more = rows is not None and len(rows) == wanted
        self.endResetModel()

    def _read(self, *, limit: int, after: CrossingRow | None) -> list[CrossingRow] | None:
        try:
            return search_crossings(self._ledger, self._filter, limit=limit,
                                    order_by=SORT_KEYS[self._sort_column],
                                    descending=self._descending, after=after)
        except Exception as error:  # shown as a placeholder row; never crashes the view
            log.exception("reading crossings failed: %s", type(error).__name__)
            self.sig_load_failed.emit(error)
            return None

    # -- lazy loading -----------------------------------------------------------------------

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or not self._more:
            return
        rows = self._read(limit=self._page_size, after=self._rows[-1] if self._rows else None)
        first = len(self._rows)
        if rows is None:
            self._more = False
            self.beginInsertRows(QModelIndex(), first, first)
            self._rows.append(None)
            self.endInsertRows()
            return
        self._more = len(rows) == self._page_size
        if rows:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def row_at(self, row: int) -> CrossingRow | None:
        """The crossing shown on ``row`` (None for a placeholder or out of range)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, crossing_uuid: str) -> int | None:
        """Where a crossing is among the rows loaded, if it is."""
        for number, row in enumerate(self._rows):
            if row is not None and row.uuid == crossing_uuid:
                return number
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.row_at(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
            | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        try:
            row = self._rows[index.row()]
            if row is None:
                return self._placeholder(index, role)
            return self._value(row, Column(index.column()), role)
        except Exception as error:  # data() never raises: a cell it cannot show stays empty
            log.warning("cannot show a crossing cell: %s", type(error).__name__)
            return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click to sort by this column") if column in SORT_KEYS \
                else self.tr("This column cannot be sorted")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in set(SORT_KEYS):
            return  # the core has no index for it: keep the current order
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = Column(column), descending
        self.reload()

    # -- cells ------------------------------------------------------------------------------

    def _titles(self) -> dict[Column, str]:
        return {
            Column.CROSSED: self.tr("Crossed"), Column.FULL_NAME: self.tr("Full name"),
            Column.FATHER_NAME: self.tr("Father's name"), Column.SEX: self.tr("Sex"),
            Column.AGE: self.tr("Age"), Column.ORIGIN: self.tr("Origin"),
            Column.DESTINATION: self.tr("Destination"), Column.DOCUMENTS: self.tr("Documents"),
            Column.RESULT: self.tr("Result"), Column.RECORDED_BY: self.tr("Recorded by"),
            Column.SYNC: self.tr("Sync"),
        }

    def _placeholder(self, index: Index, role: int) -> Any:
        if role == LOADED_ROLE:
            return False
        if index.column() == 0 and role in (Qt.ItemDataRole.DisplayRole,
                                            Qt.ItemDataRole.ToolTipRole):
            return self.tr("These records could not be read. Refresh to try again.")
        return None

    def _value(self, row: CrossingRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._struck if row.voided else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.voided:
                return None
            palette = QGuiApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled,
                                        QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AGE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return {UUID_ROLE: row.uuid, VOIDED_ROLE: row.voided, ROW_ROLE: row, LOADED_ROLE: True,
                SYNC_ROLE: row.sync_state}.get(role)

    def local_time(self, at: datetime) -> datetime:
        """A stored (UTC) time in the checkpoint's time zone."""
        return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(self._zone)

    def _text(self, row: CrossingRow, column: Column) -> str:
        if column == Column.CROSSED:
            return date_time_text(self.local_time(row.crossed_at))
        if column == Column.FULL_NAME:
            # Retention removed the name; say so rather than show an empty cell.
            return self.tr("(purged)") if row.purged_at else row.full_name
        if column == Column.FATHER_NAME:
            return row.father_name
        if column == Column.SEX:
            return code_label(codes.sexes(), row.sex)
        if column == Column.AGE:
            age = age_on(row)
            return "" if age is None else number_text(age)
        if column == Column.ORIGIN:
            return code_label(codes.pk_provinces(), row.origin_province)
        if column == Column.DESTINATION:
            return code_label(codes.af_provinces(), row.destination_province)
        if column == Column.DOCUMENTS:
            return "; ".join(" ".join(filter(None, (document_label(c.document_type), c.number)))
                             for c in row.checks)
        if column == Column.RESULT:
            results = dict.fromkeys(c.result for c in row.checks if c.result)
            return ", ".join(code_label(codes.check_results(), r) for r in results)
        if column == Column.RECORDED_BY:
            return row.recorded_by
        return {SyncState.REJECTED: self.tr("Rejected"), SyncState.PENDING: self.tr("Pending")
                }.get(row.sync_state, self.tr("Synced"))

    def _tooltip(self, row: CrossingRow, column: Column) -> str | None:
        if row.purged_at and column in (Column.FULL_NAME, Column.FATHER_NAME,
                                        Column.DOCUMENTS):
            return self.tr("Personal details were removed after the retention period; the "
                           "record still counts in every tally.")
        if row.voided:
            return fill(self.tr("Void: %1"), row.void_reason)
        if column in (Column.DOCUMENTS, Column.RESULT) and row.checks:
            return "\n".join(
                f"{document_label(c.document_type)} {c.number}: "
                f"{code_label(codes.check_results(), c.result)}" for c in row.checks)
        if column == Column.ORIGIN:
            return row.origin_province
        if column == Column.SYNC:
            if row.rejected_reason is not None:
                return fill(self.tr("The control room refused this version: %1. Correct the record "
                               "to send it again."), row.rejected_reason)
            return self.tr("Waiting to be sent to the control room") if row.pending \
                else self.tr("The control room holds this version")
        return None
