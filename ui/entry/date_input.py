"""The app's one date field: typed as written, or chosen on a calendar.

``2024-04-03``, ``20240403``, ``03/04/2024`` and ``1403/01/15`` are all read by
:func:`checkpoint.hijri.parse_document_date`. Alt+Down (or F4, or the calendar button) opens a
calendar at the date shown, or today when there is none. A date is shown in the user's calendar
and digits (``ui.display``), in a form that reads back as the same day.

Two kinds, one behaviour for each everywhere:

- ``DateInput``, a date from a document (birth date, expiry): what the clerk typed stays as
  typed, the Gregorian date it means is shown beside it (``= 2024-04-03``) so a slip is seen at
  once, and Up/Down do nothing to it (a stray arrow never changes what a document says).
- ``DayInput``, a day chosen for a screen (the records filter, the tally, an export): Up and
  Down step one day, and the text is shown as ``YYYY-MM-DD`` once typed, so the day the screen
  uses is the day on it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QWidget

from checkpoint.errors import ValidationError
from checkpoint.hijri import parse_document_date
from contract.bidi import fill
from ui.display import date_text, field_date_text

_ALT = Qt.KeyboardModifier.AltModifier


def _calendar_icon() -> QIcon:
    """A small page of a calendar, drawn (the app ships no icon files)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(1, 2, 14, 4), QColor("#555555"))
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRect(3 + 4 * column, 8 + 3 * row, 2, 2), QColor("#555555"))
    painter.end()
    return QIcon(pixmap)


class DateInput(QLineEdit):
    """One date from a document; ``date_value()`` is the Gregorian date or None (empty)."""

    sig_date_changed = Signal(object)
    """The typed text now means another date; carries the date or None (empty or unreadable)."""

    def __init__(self, field: str, *, placeholder: str = "",
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.today = today
        self.calendar: QCalendarWidget | None = None
        self.setPlaceholderText(placeholder or self.tr("YYYY-MM-DD"))
        self.setToolTip(self.tr("A Gregorian date (2024-04-03, 20240403 or 03/04/2024) or a "
                                "Solar Hijri date (1403/01/15), as written on the document. "
                                "Alt+Down opens a calendar."))
        # Owned by the field and hidden until a form places it (``placed_hint``): a label that
        # no layout takes would otherwise live on as a top-level window.
        self.hint = QLabel(self)
        self.hint.setProperty("role", "hint")
        self.hint.hide()
        self.calendar_button = QAction(_calendar_icon(), self.tr("Calendar (Alt+Down)"), self)
        self.calendar_button.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_button, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(self._text_changed)

    def placed_hint(self) -> QLabel:
        """The label that says what the typed date means, for a form to put beside the field."""
        self.hint.show()
        return self.hint

    def date_value(self) -> date | None:
        """The Gregorian date typed, None if empty; ``ValidationError`` naming this field if
        the text is not a date."""
        text = self.text().strip()
        if not text:
            return None
        return parse_document_date(text, field=self.field)

    def readable_date(self) -> date | None:
        """The date typed, or None when the field is empty or the text is not a date."""
        try:
            return self.date_value()
        except ValidationError:
            return None

    def set_date(self, value: date | None) -> None:
        """Show ``value`` in the user's calendar and digits, in a form that reads back as the
        same day (or clear the field)."""
        self.setText(field_date_text(value) if value else "")

    # -- the calendar -----------------------------------------------------------------------

    def open_calendar(self) -> QCalendarWidget:
        """A calendar under the field, on the date shown or today; Enter or a click takes the
        day, Esc leaves the field as it was."""
        if self.calendar is not None:
            self.calendar.close()
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName(f"{self.objectName() or self.field}_calendar")
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setGridVisible(True)
        shown = self.readable_date() or self.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.activated.connect(self._picked)
        calendar.clicked.connect(self._picked)
        calendar.destroyed.connect(lambda _obj=None, c=calendar: self._forget(c))
        below = self.mapToGlobal(QPoint(0, self.height()))
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            below.setX(below.x() + self.width() - calendar.sizeHint().width())
        calendar.move(below)
        self.calendar = calendar
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return calendar

    def _picked(self, chosen: QDate) -> None:
        self.set_date(date(chosen.year(), chosen.month(), chosen.day()))
        if self.calendar is not None:
            self.calendar.close()
        # Back to typing in the field, whatever window the popup left active.
        self.activateWindow()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()

    def _forget(self, calendar: QCalendarWidget) -> None:
        if self.calendar is calendar:
            self.calendar = None

    # -- keys and text ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and event.modifiers() & _ALT):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def _text_changed(self, text: str) -> None:
        value = self.readable_date()
        # Only worth a word when the text is not already the form the field shows the date in:
        # then it says the day in the user's calendar ("= 2024-04-03" for 1403/01/15).
        shown = value is not None and text.strip() != field_date_text(value)
        self.hint.setText(fill(self.tr("= %1"), date_text(value)) if shown and value else "")
        self.sig_date_changed.emit(value)


class DayInput(DateInput):
    """A day chosen for a screen: Up/Down step one day, and the day is shown as YYYY-MM-DD.

    ``day()`` is the day in force: the last readable one typed or chosen (None when the field
    may be empty and is). Text that is not a date is marked and changes nothing; leaving the
    field puts back the day in force."""

    sig_day_changed = Signal(object)
    """Another day is in force; carries the date, or None when the field was emptied."""

    def __init__(self, field: str, *, day: date | None = None, empty_means: str = "",
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        self.may_be_empty = bool(empty_means)
        self._day = day
        super().__init__(field, placeholder=empty_means, today=today, parent=parent)
        self.setToolTip(self.tr("A day: 2026-12-01, 20261201 or 01/12/2026 (or Solar Hijri "
                                "1405/09/10). Up and Down change the day; Alt+Down opens a "
                                "calendar."))
        # Wide enough for a day and the calendar button, no wider: filter bars stay on one line.
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") * 2)
        self.set_date(day)
        self.editingFinished.connect(self._show_day)

    def day(self) -> date | None:
        """The day in force."""
        return self._day

    def set_day(self, value: date | None) -> None:
        """Put ``value`` in force and show it (in force even while signals are blocked)."""
        self.set_date(value)
        self._day = value

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is not None and not event.modifiers() & _ALT:
            current = self.readable_date() or self._day
            self.set_date((current or self.today()) + timedelta(days=step))
            return
        super().keyPressEvent(event)

    def _text_changed(self, text: str) -> None:
        super()._text_changed(text)
        try:
            value = self.date_value()
        except ValidationError:
            self.setProperty("unreadable", True)
            self.setStyleSheet("border: 1px solid #b00020;")
            return
        self.setProperty("unreadable", False)
        self.setStyleSheet("")
        if value is None and not self.may_be_empty:
            return
        if value != self._day:
            self._day = value
            self.sig_day_changed.emit(value)

    def _show_day(self) -> None:
        if self.text() != (field_date_text(self._day) if self._day else ""):
            self.set_date(self._day)
