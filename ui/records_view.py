"""The Records screen: every crossing, filtered and sorted by the core, opened with Enter.

Everyone signed in sees it; what they may do with a record is decided in its dialog (and again
in the core). The table reads lazily (``CrossingsModel``); the count above it stops at
``COUNT_CAP`` so that a vague filter on a million records never holds the screen up.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkpoint.search import CrossingFilter, SyncState, count_crossings
from contract import codes
from ui.context import AppContext
from ui.crossings_model import SORT_KEYS, UUID_ROLE, Column, CrossingsModel
from ui.display import date_time_text, digits_text
from ui.entry.date_input import DayInput
from ui.messages import code_label, error_text
from ui.operations import TaskOp
from ui.record_dialog import RecordDialog
from ui.tables import lead_into, list_view

# Counting stops here: an exact count of a million rows reads every one of them on every
# refresh, and "more than 10,000" tells a clerk as much.
COUNT_CAP = 10_000
SEARCH_DELAY_MS = 300
_WIDTHS = {Column.CROSSED: 120, Column.FULL_NAME: 170, Column.FATHER_NAME: 140,
           Column.SEX: 60, Column.AGE: 40, Column.ORIGIN: 130, Column.DESTINATION: 110,
           Column.DOCUMENTS: 170, Column.RESULT: 90, Column.RECORDED_BY: 90, Column.SYNC: 70}


class RecordsView(QWidget):
    """Filter bar, count and the lazily loaded table of crossings."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("records")
        self.context = context
        self.count_cap = COUNT_CAP
        self.record_dialog: RecordDialog | None = None
        self.model = CrossingsModel(context.ledger, parent=self)
        self._build_filters()
        self._build_table()
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.table, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._connect_filters()
        self._count_generation = 0
        self._stale = False
        # Counted again when the rows are read afresh (filter, order, refresh), not per page.
        self.model.modelReset.connect(self._count)
        self.model.modelReset.connect(self._fit_crossed_column)
        self.model.modelReset.connect(self._select_first)
        self.model.sig_load_failed.connect(
            lambda error: self.context.sig_status.emit(error_text(error)))
        context.sig_records_changed.connect(self.refresh)
        self._count()
        self._fit_crossed_column()

    # -- building ---------------------------------------------------------------------------

    def _combo(self, name: str, everything: str,
               entries: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # "" (not None) for "everything": PySide6 6.12 drops a reference to None each time a
        # None passes through a QVariant, and the interpreter aborts once None runs out.
        combo.addItem(everything, "")
        for text, value in entries:
            combo.addItem(text, value)
        # Sized by a few letters, not by the longest name, and given the line's spare room:
        # at a large text size the filters still fit a 1024-pixel screen (the open list
        # shows every name whole).
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        return combo

    def _code_entries(self, codelist: codes.CodeList) -> list[tuple[str, object]]:
        return [(code_label(codelist, code), code) for code in codelist.codes]

    def _day_input(self, name: str) -> DayInput:
        edit = DayInput(name, empty_means=self.tr("Any day"), today=self.context.ledger.today)
        edit.setObjectName(name)
        return edit

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, father's name or document number"))
        self.search.setToolTip(self.tr(
            "Spelling variants match: Mohammad finds Muhammad and Mohammed. Ctrl+F comes "
            "here; Enter searches now and goes to the list, Down goes to the list; there, "
            "Enter opens the record."))
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self.date_from = self._day_input("date_from")
        self.date_to = self._day_input("date_to")
        self.province = self._combo("province", self.tr("All provinces"),
                                    self._code_entries(codes.pk_provinces()))
        self.document_type = self._combo("document_type", self.tr("All documents"),
                                         self._code_entries(codes.document_types()))
        self.result = self._combo("result", self.tr("All results"),
                                  self._code_entries(codes.check_results()))
        self.sync_state = self._combo("sync_state", self.tr("All"), [
            (self.tr("Pending"), SyncState.PENDING), (self.tr("Synced"), SyncState.SYNCED),
            (self.tr("Rejected"), SyncState.REJECTED)])
        self.show_voided = QCheckBox(self.tr("Show &voided"))
        self.show_voided.setObjectName("show_voided")
        self.show_voided.setChecked(True)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setObjectName("clear_filters")
        self.count_label = QLabel()
        self.count_label.setObjectName("count")

        first, second = QHBoxLayout(), QHBoxLayout()
        rows = [(first, self.tr("Fin&d:"), self.search, 3), (first, self.tr("&From:"),
                                                              self.date_from, 0),
                (first, self.tr("&To:"), self.date_to, 0),
                (second, self.tr("&Province:"), self.province, 3),
                (second, self.tr("Doc&ument:"), self.document_type, 3),
                (second, self.tr("R&esult:"), self.result, 2),
                (second, self.tr("S&ync:"), self.sync_state, 1)]
        for line, text, widget, stretch in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            line.addWidget(label)
            line.addWidget(widget, stretch)
            line.addSpacing(8)
        first.addWidget(self.show_voided)
        first.addWidget(self.clear_button)
        second.addWidget(self.count_label)
        self.filter_bar = QVBoxLayout()
        self.filter_bar.addLayout(first)
        self.filter_bar.addLayout(second)

    def _build_table(self) -> None:
        table = list_view(self.model, "records_table")
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(int(self.model.sort_column), Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _WIDTHS.items():
            table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        table.setToolTip(self.tr("Enter or double-click opens the record"))
        table.activated.connect(self._open_index)
        self.table = table
        self.setFocusProxy(table)

    def _connect_filters(self) -> None:
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        lead_into(self.search, self.table, self.apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.sig_day_changed.connect(lambda _day: self.apply_filters())
        for combo in (self.province, self.document_type, self.result, self.sync_state):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.show_voided.toggled.connect(lambda _on: self.apply_filters())
        self.clear_button.clicked.connect(self.clear_filters)

    def _fit_crossed_column(self) -> None:
        # A Solar Hijri moment ("16 Saratan 1405 09:30", month names translated) is wider than
        # the ISO one the column was sized for; read at each reset, since the user may have
        # chosen another calendar meanwhile. Widened only: a width the user dragged stays.
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(date_time_text(datetime(2026, month, 12, 23, 59)))
                     for month in range(1, 13))  # the 21st or 22nd of each Solar Hijri month
        needed = widest + 16  # the cell's margins
        if self.table.columnWidth(Column.CROSSED) < needed:
            self.table.setColumnWidth(Column.CROSSED, needed)

    # -- filtering, sorting, counting -------------------------------------------------------

    def current_filter(self) -> CrossingFilter:
        """The filter the bar describes."""
        sync = self.sync_state.currentData()
        return CrossingFilter(
            text=self.search.text(), date_from=self.date_from.day(),
            date_to=self.date_to.day(), origin_province=self.province.currentData() or None,
            document_type=self.document_type.currentData() or None,
            check_result=self.result.currentData() or None,
            sync_state=SyncState(sync) if sync else None,
            include_voided=self.show_voided.isChecked())

    def apply_filters(self) -> None:
        """Show the crossings the filter bar describes."""
        self._search_timer.stop()
        # A rare name is looked for in every row (about a second per million on a laptop).
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.model.set_filter(self.current_filter())
        finally:
            QApplication.restoreOverrideCursor()

    def clear_filters(self) -> None:
        """Back to every crossing, newest first."""
        for widget in (self.search, self.date_from, self.date_to, self.province,
                       self.document_type, self.result, self.sync_state, self.show_voided):
            widget.blockSignals(True)
        self.search.clear()
        self.date_from.set_day(None)
        self.date_to.set_day(None)
        for combo in (self.province, self.document_type, self.result, self.sync_state):
            combo.setCurrentIndex(0)
        self.show_voided.setChecked(True)
        for widget in (self.search, self.date_from, self.date_to, self.province,
                       self.document_type, self.result, self.sync_state, self.show_voided):
            widget.blockSignals(False)
        self.apply_filters()

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in set(SORT_KEYS):  # not sortable: put the arrow back where it was
            order = Qt.SortOrder.DescendingOrder if self.model.descending \
                else Qt.SortOrder.AscendingOrder
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(int(self.model.sort_column), order)
            header.blockSignals(False)
            header.viewport().update()

    def _count(self) -> None:
        """Show how many crossings match: exact when every row is loaded, else counted up to
        ``count_cap`` on the long-task worker (a rare filter makes SQLite read every row, and
        that never holds up the screen)."""
        self._count_generation += 1
        model = self.model
        if not model.canFetchMore():
            self._show_count(sum(1 for row in range(model.rowCount())
                                 if model.row_at(row) is not None))
            return
        self.count_label.setText(self.tr("Counting…"))
        generation, wanted, cap = self._count_generation, model.crossing_filter, self.count_cap
        TaskOp(self, self.context, self.context.tasks,
               lambda ledger, _job: (generation, count_crossings(ledger, wanted, up_to=cap + 1))) \
            .success(self._counted).failure(self._count_failed).run_in_background()

    def _counted(self, result: tuple[int, int]) -> None:
        generation, count = result
        if generation == self._count_generation:  # else the filter changed meanwhile
            self._show_count(count)

    def _count_failed(self, error: Exception) -> None:
        self.count_label.setText(error_text(error))

    def _show_count(self, count: int) -> None:
        if count > self.count_cap:
            self.count_label.setText(
                digits_text(self.tr("Records: more than %Ln", "", self.count_cap)))
        else:
            self.count_label.setText(digits_text(self.tr("Records: %Ln", "", count)))

    # -- refreshing and opening -------------------------------------------------------------

    def selected_uuid(self) -> str | None:
        """The crossing of the current row, if any."""
        index = self.table.currentIndex()
        # model.data, not index.data: see _combo (a None through a QVariant).
        return self.model.data(index, UUID_ROLE) if index.isValid() else None

    def refresh(self) -> None:
        """Read the rows again (after a save), keeping the place and the selected crossing.

        While the screen is hidden (a clerk saving on another tab) this waits until it is
        shown, so saves elsewhere never wait for the list."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        chosen = self.selected_uuid()
        scrolled = self.table.verticalScrollBar().value()
        self.model.reload(keep_place=True)
        row = self.model.row_of(chosen) if chosen else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, Column.FULL_NAME))
        self.table.verticalScrollBar().setValue(scrolled)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _select_first(self) -> None:
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, Column.FULL_NAME))

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        crossing_uuid = self.model.data(index, UUID_ROLE)
        if crossing_uuid:
            self.open_record(crossing_uuid)

    def open_record(self, crossing_uuid: str) -> RecordDialog:
        """Show everything about one crossing, with what the user may do with it."""
        dialog = self.record_dialog
        if dialog is not None and dialog.isVisible() and dialog.crossing_uuid == crossing_uuid:
            dialog.raise_()
            return dialog
        if dialog is not None:
            dialog.close()
        dialog = RecordDialog(self.context, crossing_uuid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self.record_dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: RecordDialog) -> None:
        if self.record_dialog is dialog:
            self.record_dialog = None
