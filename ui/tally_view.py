"""The daily tally screen (shift lead): a day, a range or a shift as tables and a bar chart,
closing a day, and the printed sheet (preview, print, PDF)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from checkpoint import codelists
from checkpoint.closeout import close_day
from checkpoint.models import DayCloseout
from checkpoint.permissions import Action
from checkpoint.sheet import (
    BREAKDOWN_LISTS,
    TallySheet,
    breakdown_rows,
    fill,
    gather_sheet,
)
from checkpoint.tally import Period, tally
from ui.bar_chart import BarChart
from ui.breakdown_model import BreakdownModel
from ui.close_day_dialog import CloseDayDialog
from ui.context import AppContext
from ui.messages import code_label, error_text
from ui.operations import CollectionOp, QueryOp
from ui.sheet_jobs import SheetJobs
from ui.sheet_labels import sheet_labels
from ui.tables import list_view

DAY, RANGE, SHIFT = "day", "range", "shift"
SHIFTS = ((time(6), time(14)), (time(14), time(22)), (time(22), time(6)))
# Breakdown tables in the grid: (row, column) per tally key; sex and return type share a cell.
GRID = {"by_origin_province": (0, 0), "by_document_type": (0, 1), "by_check_result": (0, 2),
        "by_vulnerability": (1, 0), "by_sex": (1, 1), "by_return_type": (1, 1),
        "by_age_band": (1, 2)}
REFRESH_DELAY_MS = 150


def _day(edit: QDateEdit) -> date:
    shown = edit.date()
    return date(shown.year(), shown.month(), shown.day())


def _time(edit: QTimeEdit) -> time:
    shown = edit.time()
    return time(shown.hour(), shown.minute())


class TallyView(QWidget):
    """Tallies of a day, a range or a shift; close a day; print and export the sheet."""

    sig_day_closed = Signal(object)
    """A day was closed out; carries its date."""
    sig_refreshed = Signal(object)
    """The chosen period's tally was read again and is showing; carries its ``TallySheet``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tally")
        self.context = context
        self.sheet: TallySheet | None = None
        self.close_dialog: CloseDayDialog | None = None
        self._refresh_failed = False
        self.printing = SheetJobs(context, self)
        self.printing.sig_busy.connect(self._busy)
        self.printing.sig_progress.connect(self._progress)
        self.printing.sig_failed.connect(self._say)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        context.sig_records_changed.connect(self.schedule_refresh)
        self._show_kind()
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_period_row())
        layout.addLayout(self._build_summary_row())
        layout.addLayout(self._build_closed_row())
        self.message = QLabel()
        self.message.setObjectName("tally_message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        body = QHBoxLayout()
        body.addWidget(self._build_breakdowns(), 3)
        self.chart_box = QGroupBox(self.tr("Departures by origin province"))
        self.chart = BarChart()
        self.chart.setObjectName("province_chart")
        self.chart.setAccessibleName(self.chart_box.title())
        chart_layout = QVBoxLayout(self.chart_box)
        chart_layout.addWidget(self.chart)
        chart_layout.addStretch(1)
        body.addWidget(self.chart_box, 2)
        layout.addLayout(body, 1)
        self._set_tab_order()
        self._apply_permissions()

    def _labelled(self, row: QHBoxLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        row.addWidget(label)
        row.addWidget(field)
        return label

    def _build_period_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("tally_kind")
        for text, kind in ((self.tr("One day"), DAY), (self.tr("Range of days"), RANGE),
                           (self.tr("Shift"), SHIFT)):
            self.kind.addItem(text, kind)
        self._labelled(row, self.tr("Ta&lly of:"), self.kind)
        day = self.context.ledger.today()
        today = QDate(day.year, day.month, day.day)
        self.from_date = QDateEdit(today)
        self.to_date = QDateEdit(today)
        for edit in (self.from_date, self.to_date):
            # Digits read left to right in every language; a right-to-left edit would turn
            # the format round ("dd-MM-yyyy"), so the direction is set before the format.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.from_date.setObjectName("tally_from")
        self.to_date.setObjectName("tally_to")
        self.from_label = self._labelled(row, self.tr("&Day:"), self.from_date)
        self.to_label = self._labelled(row, self.tr("&To:"), self.to_date)
        self.shift = QComboBox()
        self.shift.setObjectName("tally_shift")
        for start, end in SHIFTS:
            # An isolate keeps "06:00–14:00" in that order inside a right-to-left combo box.
            self.shift.addItem(f"\u2066{start:%H:%M}–{end:%H:%M}\u2069", (start, end))
        self.shift.addItem(self.tr("Other times"), None)
        self.shift_label = self._labelled(row, self.tr("Sh&ift:"), self.shift)
        self.start_time = QTimeEdit(QTime(6, 0))
        self.end_time = QTimeEdit(QTime(14, 0))
        for clock in (self.start_time, self.end_time):
            clock.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # as for the dates
            clock.setDisplayFormat("HH:mm")
        self.start_time.setObjectName("tally_start")
        self.end_time.setObjectName("tally_end")
        self.start_time.setToolTip(self.tr("When the shift starts, checkpoint time"))
        self.end_time.setToolTip(self.tr("When the shift ends; a time not after the start "
                                         "is on the next day (22:00–06:00)"))
        self.start_label = self._labelled(row, self.tr("St&art:"), self.start_time)
        self.end_label = self._labelled(row, self.tr("&End:"), self.end_time)
        row.addStretch(1)
        self.kind.currentIndexChanged.connect(self._show_kind)
        self.from_date.dateChanged.connect(self._from_changed)
        self.to_date.dateChanged.connect(self.schedule_refresh)
        self.shift.currentIndexChanged.connect(self._shift_chosen)
        self.start_time.timeChanged.connect(self._times_changed)
        self.end_time.timeChanged.connect(self._times_changed)
        return row

    def _button(self, text: str, name: str, keys: QKeySequence | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if keys is not None:
            # A second key of its own: setShortcut() would replace the underlined Alt letter.
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(text.replace("&", "").rstrip("…"))
            shortcut.activated.connect(button.animateClick)
            shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text.replace('&', '')} ({shown})")
        return button

    def _build_summary_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.total_label = QLabel()
        self.total_label.setObjectName("tally_total")
        self.households_label = QLabel()
        self.households_label.setObjectName("tally_households")
        for label in (self.total_label, self.households_label):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            label.setFont(font)
            row.addWidget(label)
            row.addSpacing(16)
        self.amendments_label = QLabel()
        self.amendments_label.setObjectName("tally_amendments")
        row.addWidget(self.amendments_label)
        row.addStretch(1)
        self.preview_button = self._button(self.tr("Print pre&view…"), "tally_preview",
                                           QKeySequence("Ctrl+Shift+P"))
        self.print_button = self._button(self.tr("&Print…"), "tally_print",
                                         QKeySequence("Ctrl+P"))
        self.pdf_button = self._button(self.tr("E&xport PDF…"), "tally_pdf",
                                       QKeySequence("Ctrl+Shift+E"))
        self.preview_button.clicked.connect(self.print_preview)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(self.export_pdf)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            row.addWidget(button)
        return row

    def _build_closed_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.closed_label = QLabel()
        self.closed_label.setObjectName("tally_closed")
        self.closed_label.setWordWrap(True)
        self.closed_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.closed_label, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("tally_progress")
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = self._button(self.tr("Ca&ncel"), "tally_cancel")
        self.cancel_button.clicked.connect(self.printing.cancel)
        self.cancel_button.hide()
        self.close_button = self._button(self.tr("&Close day…"), "close_day")
        self.close_button.clicked.connect(self.ask_close_day)
        for widget in (self.progress, self.cancel_button, self.close_button):
            row.addWidget(widget)
        return row

    def _build_breakdowns(self) -> QScrollArea:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        labels = sheet_labels()
        self.models: dict[str, BreakdownModel] = {}
        self.tables: dict[str, QTableView] = {}
        cells: dict[tuple[int, int], QVBoxLayout] = {}
        for key, place in GRID.items():
            box = QGroupBox(getattr(labels, key))
            model = BreakdownModel(getattr(labels, BREAKDOWN_LISTS[key][0]), self)
            view = list_view(model, f"table_{key}")
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.horizontalHeader().setSectionResizeMode(
                1, QHeaderView.ResizeMode.ResizeToContents)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            QVBoxLayout(box).addWidget(view)
            if place not in cells:
                cells[place] = QVBoxLayout()
                grid.addLayout(cells[place], *place)
            cells[place].addWidget(box)
            self.models[key] = model
            self.tables[key] = view
        for column_cells in cells.values():
            column_cells.addStretch(1)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.kind, self.from_date, self.to_date, self.shift,
                                self.start_time, self.end_time, self.preview_button,
                                self.print_button, self.pdf_button, self.close_button,
                                *self.tables.values()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _apply_permissions(self) -> None:
        if not self.context.may(Action.CLOSE_DAY):
            self.close_button.setEnabled(False)
            self.close_button.setToolTip(self.tr("Your role does not allow closing a day."))
        may_print = self.context.may(Action.PRINT)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(may_print)
            if not may_print:
                button.setToolTip(self.tr("Your role does not allow printing tally sheets."))
        if not self.context.may(Action.TALLY):
            for widget in (self.kind, self.from_date, self.to_date, self.shift,
                           self.start_time, self.end_time):
                widget.setEnabled(False)
            self._say(self.tr("Your role does not allow tallies. Ask a shift lead."))

    # -- the period ----------------------------------------------------------------------------

    def period(self) -> Period:
        """What the screen shows: the chosen day, range or shift."""
        start = _day(self.from_date)
        kind = self.kind.currentData()
        if kind == RANGE:
            return Period.between(start, _day(self.to_date))
        if kind == SHIFT:
            return Period.shift(start, _time(self.start_time), _time(self.end_time))
        return Period.day(start)

    def _show_kind(self) -> None:
        kind = self.kind.currentData()
        self.from_label.setText(self.tr("&From:") if kind == RANGE else self.tr("&Day:"))
        ranged: tuple[QWidget, ...] = (self.to_label, self.to_date)
        for widget in ranged:
            widget.setVisible(kind == RANGE)
        shifted: tuple[QWidget, ...] = (self.shift_label, self.shift, self.start_label,
                                        self.start_time, self.end_label, self.end_time)
        for widget in shifted:
            widget.setVisible(kind == SHIFT)
        self.schedule_refresh()

    def _from_changed(self, day: QDate) -> None:
        # A range cannot run backwards: "to" follows "from" forward.
        self.to_date.setMinimumDate(day)
        self.schedule_refresh()

    def _shift_chosen(self, index: int) -> None:
        times = self.shift.itemData(index)
        if times is None:
            return
        start, end = times
        for edit, value in ((self.start_time, start), (self.end_time, end)):
            edit.blockSignals(True)
            edit.setTime(QTime(value.hour, value.minute))
            edit.blockSignals(False)
        self.schedule_refresh()

    def _times_changed(self) -> None:
        chosen = (_time(self.start_time), _time(self.end_time))
        index = next((i for i, times in enumerate(SHIFTS) if times == chosen), len(SHIFTS))
        self.shift.blockSignals(True)
        self.shift.setCurrentIndex(index)
        self.shift.blockSignals(False)
        self.schedule_refresh()

    # -- showing the tally -----------------------------------------------------------------

    def schedule_refresh(self) -> None:
        """Refresh shortly (typing a date changes it several times in a row)."""
        self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.schedule_refresh()  # another desk may have closed the day meanwhile

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the period's tally, amendments and close-outs again on the reader, show them,
        then run ``then``."""
        self._refresh_timer.stop()
        if not self.context.may(Action.TALLY) or not self.context.is_open:
            return
        period = self.period()
        QueryOp(self, self.context, lambda ledger: gather_sheet(ledger, period)) \
            .success(lambda sheet: self._refreshed(sheet, then)) \
            .failure(self._refresh_failed_with).run_in_background()

    def _refreshed(self, sheet: TallySheet, then: Callable[[], None] | None) -> None:
        if sheet.period != self.period():
            return  # the period changed while it was read; its own refresh is queued
        if self._refresh_failed:  # only its own message: a failed export's stays up
            self._say("")
            self._refresh_failed = False
        self.sheet = sheet
        self._show_sheet(sheet)
        self.sig_refreshed.emit(sheet)
        if then is not None:
            then()

    def _refresh_failed_with(self, error: Exception) -> None:
        self._say(error_text(error))
        self._refresh_failed = True

    def _show_sheet(self, sheet: TallySheet) -> None:
        labels = sheet_labels()
        numbers = sheet.tally
        self.total_label.setText(self.tr("Departures: %1").replace("%1", str(numbers["total"])))
        self.households_label.setText(
            self.tr("Households: %1").replace("%1", str(numbers["households"])))
        self.amendments_label.setText(self.tr("%n late amendment(s) made in this period", "",
                                              len(sheet.amendments)))
        for key, model in self.models.items():
            model.set_rows(breakdown_rows(numbers, key, labels, code_label))
            self._fit_height(self.tables[key])
        provinces = [(row.label, row.count) for row in
                     breakdown_rows(numbers, "by_origin_province", labels, code_label)]
        self.chart.set_bars(sorted(provinces, key=lambda bar: -bar[1]),
                            empty_text=self.tr("No departures in this period."))
        self.closed_label.setText(self._closed_text(sheet))
        self._update_close_button(sheet)

    def _fit_height(self, view: QTableView) -> None:
        header = view.horizontalHeader().sizeHint().height()
        rows = view.verticalHeader().length()
        view.setFixedHeight(header + rows + 2 * view.frameWidth())

    def _closed_text(self, sheet: TallySheet) -> str:
        if len(sheet.covered_days) > 1:
            return self.tr("%1 of %2 days in this period are closed.").replace(
                "%1", str(len(sheet.closed_days))).replace("%2", str(len(sheet.covered_days)))
        if not sheet.closeouts:
            return self.tr("This day is not closed: its numbers may still change.")
        line = sheet.closeouts[0]
        return fill(self.tr("Closed by %1 (signed “%2”) at %3 with %4 departures. "
                            "Tally hash: %5"), line.closed_by, line.signed_name,
                    f"{line.closed_at:%Y-%m-%d %H:%M}", line.frozen_total, line.tally_hash,
                    isolated=True)

    def _update_close_button(self, sheet: TallySheet) -> None:
        reason = ""
        if not self.context.may(Action.CLOSE_DAY):
            reason = self.tr("Your role does not allow closing a day.")
        elif self.kind.currentData() != DAY:
            reason = self.tr("Choose one day to close it.")
        elif sheet.closeouts:
            reason = self.tr("This day is already closed.")
        elif sheet.period.start > self.context.ledger.today():
            reason = self.tr("This day has not begun yet.")
        self.close_button.setEnabled(not reason)
        self.close_button.setToolTip(reason or self.tr(
            "Freeze this day's tally, hash it and sign it with your name."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- closing a day -----------------------------------------------------------------------

    def ask_close_day(self) -> None:
        """Read the numbers about to be frozen, then ask to confirm (not blocking)."""
        day = self.period().start
        QueryOp(self, self.context, lambda ledger: tally(ledger, day)) \
            .success(lambda frozen: self._confirm_close(day, frozen)) \
            .failure(lambda error: self._say(error_text(error))).run_in_background()

    def _confirm_close(self, day: date, frozen: dict[str, Any]) -> None:
        place = code_label(codelists.crossing_points(), self.context.ledger.settings.checkpoint)
        dialog = CloseDayDialog(day, place, frozen, sheet_labels(),
                                self.context.ledger.actor.username, self)
        dialog.accepted.connect(self._confirmed_close)
        self.close_dialog = dialog
        dialog.open()

    def _confirmed_close(self) -> None:
        dialog = self.close_dialog
        if dialog is None:
            return
        day, name = self.period().start, dialog.signed_name()
        self.close_button.setEnabled(False)
        CollectionOp(self, self.context, lambda ledger: close_day(ledger, day, name),
                     records_changed=False) \
            .success(self._day_closed).failure(self._failed).run_in_background()

    def _day_closed(self, closeout: DayCloseout) -> None:
        self.context.sig_status.emit(self.tr("%1 is closed.").replace(
            "%1", closeout.day.isoformat()))
        self.refresh(then=lambda: self.sig_day_closed.emit(closeout.day))

    # -- printing (the work is in ui/sheet_jobs.py) ---------------------------------------------

    def print_preview(self) -> None:
        """Prepare the shown period's sheet, then show it as it will print."""
        self._say("")
        self.printing.preview(self.period())

    def print_sheet(self) -> None:
        """Prepare the shown period's sheet, then ask which printer."""
        self._say("")
        self.printing.print(self.period())

    def export_pdf(self) -> None:
        """Ask where to save the shown period's sheet as a PDF, then write it."""
        self._say("")
        self.printing.ask_pdf(self.period())

    def export_pdf_to(self, path: str) -> None:
        """Write the shown period's sheet to ``path`` as a PDF (a long task)."""
        self._say("")
        self.printing.export_pdf(self.period(), Path(path))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setRange(0, 3)
        self.progress.setValue(0)
        may_print = self.context.may(Action.PRINT)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(may_print and not busy)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _failed(self, error: Exception) -> None:
        self._say(error_text(error))
        if self.sheet is not None:
            self._update_close_button(self.sheet)
