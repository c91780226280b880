"""The daily tally screen (shift lead): a day, a range or a shift as tables and a bar chart,
closing a day, and the printed sheet (preview, print, PDF)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
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

from checkpoint.closeout import HqVerdict, close_day
from checkpoint.models import DayCloseout
from checkpoint.permissions import Action
from checkpoint.sheet import TallySheet, gather_sheet
from checkpoint.tally import Period, tally
from contract import codes
from contract.bidi import fill, isolate
from contract.bidi import shown as without_marks
from contract.sheetwords import BREAKDOWN_LISTS, SheetLabels, breakdown_rows
from ui.amendments_model import AmendmentsModel, VoidsModel
from ui.bar_chart import BarChart
from ui.breakdown_model import BreakdownModel
from ui.close_day_dialog import CloseDayDialog
from ui.context import AppContext
from ui.display import date_text, date_time_text, digits_text, number_text
from ui.entry.date_input import DayInput
from ui.messages import code_label, error_text
from ui.operations import CollectionOp, QueryOp
from ui.scaled import scaled
from ui.sheet_jobs import SheetJobs
from ui.sheet_labels import sheet_labels
from ui.tables import list_view

DAY, RANGE, SHIFT = "day", "range", "shift"
SHIFTS = ((time(6), time(14)), (time(14), time(22)), (time(22), time(6)))
# Breakdown tables in the grid: (row, column, columns spanned) per tally key; sex and return
# type share a cell; the warnings' long names get the whole width, so no column grows past a
# 1024-pixel screen.
GRID = {"by_origin_province": (0, 0, 1), "by_document_type": (0, 1, 1),
        "by_check_result": (0, 2, 1), "by_vulnerability": (1, 0, 1), "by_sex": (1, 1, 1),
        "by_return_type": (1, 1, 1), "by_age_band": (1, 2, 1),
        "by_warning_overridden": (2, 0, 3)}
REFRESH_DELAY_MS = 150


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
        labels = sheet_labels()
        numbers = QHBoxLayout()
        numbers.addWidget(self._build_breakdowns(labels), 3)
        self.chart_box = QGroupBox(self.tr("Departures by origin province"))
        self.chart = BarChart()
        self.chart.setObjectName("province_chart")
        self.chart.setAccessibleName(self.chart_box.title())
        chart_layout = QVBoxLayout(self.chart_box)
        chart_layout.addWidget(self.chart)
        chart_layout.addStretch(1)
        numbers.addWidget(self.chart_box, 2)
        # The numbers, then (full width: their effects are long) what changed them.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(numbers)
        column.addWidget(self._build_changes(labels))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(scroll, 1)
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
        today = self.context.ledger.today
        self.from_date = DayInput("day", day=today(), today=today)
        self.to_date = DayInput("to", day=today(), today=today)
        self.from_date.setObjectName("tally_from")
        self.to_date.setObjectName("tally_to")
        self.from_label = self._labelled(row, self.tr("&Day:"), self.from_date)
        self.to_label = self._labelled(row, self.tr("&To:"), self.to_date)
        self.shift = QComboBox()
        self.shift.setObjectName("tally_shift")
        for start, end in SHIFTS:
            # An isolate keeps "06:00–14:00" in that order inside a right-to-left combo box.
            self.shift.addItem(digits_text(f"\u2066{start:%H:%M}–{end:%H:%M}\u2069"),
                               (start, end))
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
        # The period in the user's calendar ("16 Qaws 1405"): the title of the numbers below.
        self.period_label = QLabel()
        self.period_label.setObjectName("tally_period")
        font = self.period_label.font()
        font.setBold(True)
        self.period_label.setFont(font)
        row.addSpacing(12)
        row.addWidget(self.period_label)
        row.addStretch(1)
        self.kind.currentIndexChanged.connect(self._show_kind)
        self.from_date.sig_day_changed.connect(self._from_changed)
        self.to_date.sig_day_changed.connect(self._to_changed)
        self.shift.currentIndexChanged.connect(self._shift_chosen)
        self.start_time.timeChanged.connect(self._times_changed)
        self.end_time.timeChanged.connect(self._times_changed)
        return row

    def _button(self, text: str, name: str, keys: QKeySequence | None = None) -> QPushButton:
        button = QPushButton(isolate(text))  # "Print…" keeps its ellipsis at its end
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
        # Whether these are the frozen numbers, and what changed them since or in the period.
        self.amendments_label = QLabel()
        self.amendments_label.setObjectName("tally_amendments")
        self.amendments_label.setWordWrap(True)
        font = self.amendments_label.font()
        font.setBold(True)
        self.amendments_label.setFont(font)
        words = QVBoxLayout()
        words.addWidget(self.closed_label)
        words.addWidget(self.amendments_label)
        row.addLayout(words, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("tally_progress")
        self.progress.setMaximumWidth(scaled(220))
        self.progress.hide()
        self.cancel_button = self._button(self.tr("Ca&ncel"), "tally_cancel")
        self.cancel_button.clicked.connect(self.printing.cancel)
        self.cancel_button.hide()
        self.close_button = self._button(self.tr("&Close day…"), "close_day")
        self.close_button.clicked.connect(self.ask_close_day)
        for widget in (self.progress, self.cancel_button, self.close_button):
            row.addWidget(widget)
        return row

    def _build_breakdowns(self, labels: SheetLabels) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        self.models: dict[str, BreakdownModel] = {}
        self.tables: dict[str, QTableView] = {}
        cells: dict[tuple[int, int, int], QVBoxLayout] = {}
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
                row, column, span = place
                grid.addLayout(cells[place], row, column, 1, span)
            cells[place].addWidget(box)
            self.models[key] = model
            self.tables[key] = view
        for column_cells in cells.values():
            column_cells.addStretch(1)
        grid.setRowStretch(3, 1)
        return holder

    def _build_changes(self, labels: SheetLabels) -> QWidget:
        # What moved the numbers away from (or out of) the tally: amendments and voids.
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.since_close = AmendmentsModel(labels, self)
        self.made_here = AmendmentsModel(labels, self)
        self.voids = VoidsModel(labels, self)
        self.change_boxes: dict[str, QGroupBox] = {}
        self.change_tables: dict[str, QTableView] = {}
        for name, title, model in (
                ("since_close", labels.amendments_since, self.since_close),
                ("amendments", labels.amendments, self.made_here),
                ("voids", labels.voids, self.voids)):
            box = QGroupBox(title)
            box.setObjectName(f"box_{name}")
            view = list_view(model, f"table_{name}")
            view.setWordWrap(True)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            # The long column (effect, reason) takes the room left and wraps; rows grow.
            header.setSectionResizeMode(model.WIDE, QHeaderView.ResizeMode.Stretch)
            # Rows as tall as their wrapped text, the table as tall as its rows, again
            # whenever a column's width changes (the window was resized).
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.sectionResized.connect(
                lambda *_, view=view: QTimer.singleShot(0, view, lambda: self._fit_rows(view)))
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            QVBoxLayout(box).addWidget(view)
            column.addWidget(box)
            self.change_boxes[name] = box
            self.change_tables[name] = view
        return holder

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.kind, self.from_date, self.to_date, self.shift,
                                self.start_time, self.end_time, self.preview_button,
                                self.print_button, self.pdf_button, self.close_button,
                                *self.tables.values(), *self.change_tables.values()]
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
        start = self._from_day()
        kind = self.kind.currentData()
        if kind == RANGE:
            return Period.between(start, self._to_day())
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

    def _from_changed(self, day: date) -> None:
        # A range cannot run backwards: "to" follows "from" forward.
        if self._to_day() < day:
            self.to_date.set_day(day)
        self.schedule_refresh()

    def _to_changed(self, day: date) -> None:
        if day < self._from_day():  # not before "from": it stops there
            self.to_date.set_day(self._from_day())
        self.schedule_refresh()

    def _from_day(self) -> date:
        return self.from_date.day() or self.context.ledger.today()  # never empty: see DayInput

    def _to_day(self) -> date:
        return self.to_date.day() or self.context.ledger.today()

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
        # %n is always Latin digits: the sentence is put in the user's digits (it holds no data).
        self.total_label.setText(digits_text(self.tr("Departures: %n", "", numbers["total"])))
        self.households_label.setText(
            digits_text(self.tr("Households: %n", "", numbers["households"])))
        self.amendments_label.setText(self._amendments_text(sheet))
        for key, model in self.models.items():
            model.set_rows(breakdown_rows(numbers, key, labels, code_label))
            self._fit_height(self.tables[key])
            self._fit_width(self.tables[key])
        self.since_close.set_amendments(sheet.amendments_since)
        self.made_here.set_amendments(sheet.amendments)
        self.voids.set_voids(sheet.voids)
        for name, view in self.change_tables.items():
            # An empty list is not shown: the line above the numbers already says "0".
            self.change_boxes[name].setVisible(view.model().rowCount() > 0)
            self._fit_rows(view)
        provinces = [(row.label, row.count) for row in
                     breakdown_rows(numbers, "by_origin_province", labels, code_label)]
        self.chart.set_bars(sorted(provinces, key=lambda bar: -bar[1]),
                            empty_text=self.tr("No departures in this period."))
        self.closed_label.setText(self._closed_text(sheet))
        title = self._period_text(sheet.period)
        self.period_label.setText(title)
        # Said only when it adds to the day field: "16 Qaws 1405" beside 1405/09/16, a range,
        # a shift; not 2026-12-07 twice.
        self.period_label.setVisible(without_marks(title) != self.from_date.text())
        self._update_close_button(sheet)

    def _period_text(self, period: Period) -> str:
        if period.is_shift and period.shift_start is not None and period.shift_end is not None:
            return fill(self.tr("%1, shift %2 to %3"), date_text(period.start),
                        digits_text(f"{period.shift_start:%H:%M}"),
                        digits_text(f"{period.shift_end:%H:%M}"))
        if period.start == period.end:
            return isolate(date_text(period.start))
        return fill(self.tr("%1 to %2"), date_text(period.start),
                    date_text(period.end))

    def _fit_rows(self, view: QTableView) -> None:
        view.resizeRowsToContents()
        self._fit_height(view)

    def _fit_height(self, view: QTableView) -> None:
        header = view.horizontalHeader().sizeHint().height()
        rows = view.verticalHeader().length()
        view.setFixedHeight(header + rows + 2 * view.frameWidth())

    def _fit_width(self, view: QTableView) -> None:
        # A breakdown is as wide as its longest row label: at 1024 x 600 the chart beside it
        # (the same numbers again) gave up its room while "Proof of Registration card" and
        # "60 years and over" were cut to "Proof of ...".
        header = view.horizontalHeader()
        width = sum(max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
                    for column in range(header.count()))
        view.setMinimumWidth(width + 2 * view.frameWidth())

    def _amendments_text(self, sheet: TallySheet) -> str:
        # Said as "label: count": %n then needs no plural form in the English source.
        parts = []
        if sheet.frozen:
            parts.append(fill(self.tr("Frozen numbers, as signed at the close-out. "
                                      "Departures now, with the changes since: %1."),
                              sheet.live_total))
        if sheet.closeouts:
            parts.append(self.tr("Late amendments since the close-out: %n.", "",
                                 len(sheet.amendments_since)))
        parts.append(self.tr("Late amendments to other days made in this period: %n.", "",
                             len(sheet.amendments)))
        parts.append(self.tr("Voided records: %n.", "", len(sheet.voids)))
        return digits_text(" ".join(parts))

    def _closed_text(self, sheet: TallySheet) -> str:
        if len(sheet.covered_days) > 1:
            return digits_text(fill(self.tr("Days closed in this period: %n of %1.", "",
                                            len(sheet.closed_days)), len(sheet.covered_days)))
        if not sheet.closeouts:
            return self.tr("This day is not closed: its numbers may still change.")
        line = sheet.closeouts[0]
        closed = fill(self.tr("Closed by %1 (signed “%2”) at %3. Departures when closed: %4. "
                              "Tally hash: %5"), line.closed_by, line.signed_name,
                      date_time_text(line.closed_at), number_text(line.frozen_total),
                      line.tally_hash)  # the hash is data: compared digit for digit with HQ's
        # One sentence of two: each keeps its own reading order in a right-to-left screen.
        return fill(self.tr("%1 %2"), closed, self._hq_text(line.hq))

    def _hq_text(self, verdict: HqVerdict) -> str:
        if verdict.state == "reconciled":
            return self.tr("HQ: reconciled.")
        if verdict.state == "tally_hash_wrong":
            return self.tr("HQ: not reconciled: the frozen tally does not match its hash at HQ "
                           "(changed after closing, or damaged on the way).")
        if verdict.state == "missing_records":
            return digits_text(self.tr("HQ: not reconciled: records of this day not yet at "
                                       "HQ: %n.", "", verdict.missing))
        return self.tr("HQ has not compared this close-out yet.")

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
        place = code_label(codes.crossing_points(), self.context.ledger.settings.checkpoint)
        ledger = self.context.ledger
        dialog = CloseDayDialog(day, place, frozen, sheet_labels(), ledger.actor.username,
                                datetime.now(ledger.settings.zone), self)
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
        self.context.sig_status.emit(fill(self.tr("%1 is closed."), date_text(closeout.day)))
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
