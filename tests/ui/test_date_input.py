"""The app's one date field, typed or chosen on a calendar, on every screen with a date: the
records filter, the tally, the export range and the entry form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from checkpoint.entries import PersonEntry
from checkpoint.records import record_household
from contract.bidi import shown as bidi_shown
from ui.context import AppContext
from ui.entry.date_input import DateInput, DayInput
from ui.records_view import RecordsView
from ui.tally_view import TallyView

ALT = Qt.KeyboardModifier.AltModifier
TODAY = date(2026, 12, 7)


def shown(qtbot: QtBot, field: DateInput) -> DateInput:
    qtbot.addWidget(field)
    field.show()
    with qtbot.waitActive(field):
        field.activateWindow()
    field.setFocus()
    return field


def retype(qtbot: QtBot, field: DateInput, text: str) -> None:
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # through a Dari keyboard layout (the test keyboard types Latin keys only)
        field.insert(text)


def test_a_document_date_is_typed_as_written_and_arrows_leave_it_alone(qtbot: QtBot) -> None:
    field = shown(qtbot, DateInput("birth_date"))
    for text in ("2026-12-01", "20261201", "01/12/2026", "1405/09/10", "۱۴۰۵/۰۹/۱۰"):
        retype(qtbot, field, text)
        assert field.date_value() == date(2026, 12, 1), text
        assert field.text() == text  # as written on the document
    assert bidi_shown(field.hint.text()) == "= 2026-12-01"
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.date_value() == date(2026, 12, 1)  # a stray arrow changes no document date


def test_the_calendar_opens_at_the_date_shown_or_today_and_takes_a_day(qtbot: QtBot) -> None:
    field = shown(qtbot, DateInput("expiry", today=lambda: TODAY))
    qtbot.keyClick(field, Qt.Key.Key_Down, ALT)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 12, 7)  # empty: today, not January 2000
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: field.calendar is None)
    assert field.text() == ""

    qtbot.keyClicks(field, "20240403")
    qtbot.keyClick(field, Qt.Key.Key_F4)
    calendar = field.calendar
    assert calendar is not None and calendar.selectedDate() == QDate(2024, 4, 3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.calendar is None)
    assert field.date_value() == date(2024, 4, 4)
    qtbot.waitUntil(field.hasFocus)  # back in the field, typing on


def test_a_day_for_a_screen_steps_by_day_and_shows_the_day_in_force(qtbot: QtBot) -> None:
    field = shown(qtbot, DayInput("day", day=TODAY, today=lambda: TODAY))
    with qtbot.waitSignal(field.sig_day_changed) as changed:
        qtbot.keyClick(field, Qt.Key.Key_Down)
    assert changed.args == [date(2026, 12, 6)] and field.text() == "2026-12-06"  # not 2025
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.day() == date(2026, 12, 8)
    retype(qtbot, field, "1405/09/10")
    assert field.day() == date(2026, 12, 1)
    retype(qtbot, field, "2026-13-01")  # not a date: marked, and the day in force stays
    assert field.property("unreadable") is True and field.day() == date(2026, 12, 1)
    field.clearFocus()  # leaving the field shows the day in force again
    assert field.text() == "2026-12-01" and field.property("unreadable") is False


def test_the_records_filter_takes_typed_days(qtbot: QtBot,
                                             sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("lead")
    at = datetime(2025, 4, 2, 5, 0, tzinfo=UTC)
    for days, name in enumerate(["Gul Agha", "Karim Khan", "Zainab"]):
        record_household(context.ledger, [PersonEntry(name, "M", "KP", age_years=30)],
                         crossed_at=at + timedelta(days=days))
    view = RecordsView(context)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    view.date_from.setFocus()
    qtbot.keyClicks(view.date_from, "20250403")
    qtbot.keyClick(view.date_from, Qt.Key.Key_Tab)
    assert view.date_to.hasFocus()
    qtbot.keyClicks(view.date_to, "03/04/2025")
    qtbot.keyClick(view.date_to, Qt.Key.Key_Tab)
    assert [view.model.data(view.model.index(row, 1)) for row in
            range(view.model.rowCount())] == ["Karim Khan"]
    assert (view.date_from.text(), view.date_to.text()) == ("2025-04-03", "2025-04-03")
    # The calendar of a filled filter opens at its day, not at January 2000.
    view.date_from.setFocus()
    qtbot.keyClick(view.date_from, Qt.Key.Key_Down, ALT)
    assert view.date_from.calendar is not None
    assert view.date_from.calendar.selectedDate() == QDate(2025, 4, 3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.date_from.calendar is None)
    view.clear_filters()
    assert view.date_from.text() == "" and view.model.rowCount() == 3


def test_on_the_tally_down_is_the_day_before_not_the_year_before(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("lead")
    today = context.ledger.today()
    view = TallyView(context)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    view.from_date.setFocus()
    with qtbot.waitSignal(view.sig_refreshed, timeout=10_000):
        qtbot.keyClick(view.from_date, Qt.Key.Key_Down)
    assert view.period().start == today - timedelta(days=1)
    view.from_date.selectAll()
    with qtbot.waitSignal(view.sig_refreshed, timeout=10_000):
        qtbot.keyClicks(view.from_date, (today - timedelta(days=3)).strftime("%Y%m%d"))
    assert view.period().start == today - timedelta(days=3)
