"""Issue 12: numbers and dates shown in the signed-in user's digits and calendar, on screen and
on the printed sheet, isolated inside right-to-left sentences; data (document numbers, the tally
hash) shown as written; Latin digits and Gregorian dates until a user chooses otherwise.

The screenshots (tally and records, Eastern digits and Solar Hijri, right to left, 1024 x 600)
go to ``$CHECKPOINT_SCREENSHOTS`` or the test's temporary folder, to be looked at."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from checkpoint.calendars import eastern_digits
from checkpoint.closeout import close_day
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.errors import ValidationError
from checkpoint.preferences import CalendarKind, Digits, Preferences
from checkpoint.records import record_household
from checkpoint.tally import Period
from contract.bidi import FSI, PDI, isolate, shown
from contract.errors import ErrorCode
from tests.support.pdf_words import pdf_text
from ui.app import screens
from ui.breakdown_model import COUNT_ROLE, BreakdownModel
from ui.context import AppContext
from ui.crossings_model import Column
from ui.display import apply_display, current_calendar, current_digits, date_time_text
from ui.entry.date_input import DateInput, DayInput
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.records_view import RecordsView
from ui.tally_view import TallyView
from ui.times import local_time

DAY = date(2026, 12, 7)  # 16 Qaws 1405
SOLAR_DAY = "16 Qaws 1405"
EASTERN_SOLAR = Preferences(digits=Digits.EASTERN, calendar=CalendarKind.SOLAR_HIJRI)


@pytest.fixture(autouse=True)
def latin_afterwards() -> Iterator[None]:
    """The display setting is process-wide: every test leaves the default behind."""
    yield
    apply_display(Preferences())


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def lead(sign_in: Callable[[str], AppContext]) -> AppContext:
    """A shift lead; a household of two crossed on DAY at 09:30, one of them 34 years old."""
    context = sign_in("lead")
    ledger = context.ledger
    record_household(ledger, [
        PersonEntry(full_name="Amina", sex="F", age_years=34, origin_province="PK-KP",
                    return_type="deported",
                    documents=(DocumentEntry("passport", "P1234567", "AFG",
                                             result="verified"),)),
        PersonEntry(full_name="Zarlasht", sex="F", age_years=9, origin_province="PK-KP",
                    return_type="deported")],
        crossed_at=datetime.combine(DAY, time(9, 30), ledger.settings.zone))
    return context


def screenshot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("CHECKPOINT_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def tally_of(qtbot: QtBot, context: AppContext, day: date) -> TallyView:
    view = TallyView(context)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    view.from_date.set_day(day)
    with qtbot.waitSignal(view.sig_refreshed, timeout=10_000):
        view.refresh()
    return view


def records_of(qtbot: QtBot, context: AppContext) -> RecordsView:
    view = RecordsView(context)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and "2" in shown(
        view.count_label.text()).translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")),
        timeout=10_000)
    return view


def cell(view: RecordsView, row: int, column: Column) -> str:
    return str(view.model.index(row, column).data())


def test_latin_digits_and_gregorian_dates_until_a_user_chooses(
        qtbot: QtBot, lead: AppContext) -> None:
    assert (current_digits(), current_calendar()) == (Digits.LATIN, CalendarKind.GREGORIAN)
    records = records_of(qtbot, lead)
    assert cell(records, 0, Column.CROSSED) == "2026-12-07 09:30"
    assert records.count_label.text() == "Records: 2"
    view = tally_of(qtbot, lead, DAY)
    assert view.total_label.text() == "Departures: 2"
    assert view.from_date.text() == "2026-12-07"
    assert shown(view.period_label.text()) == "2026-12-07"
    assert view.period_label.isHidden()  # it would only say the day field again


def window_of(qtbot: QtBot, context: AppContext) -> MainWindow:
    """The whole window at 1024 x 600, as a small checkpoint laptop shows it."""
    window = MainWindow(context, screens())
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_tally_in_eastern_digits_and_solar_hijri_right_to_left(
        qtbot: QtBot, lead: AppContext, right_to_left: None, tmp_path: Path) -> None:
    apply_display(EASTERN_SOLAR)
    window = window_of(qtbot, lead)
    view = window.screens["tally"]
    assert isinstance(view, TallyView)
    window.tabs.setCurrentWidget(view)
    with qtbot.waitSignal(view.sig_refreshed, timeout=10_000):
        view.from_date.set_day(DAY)
        view.refresh()
    assert view.total_label.text() == "Departures: ۲"
    assert view.households_label.text() == "Households: ۱"
    assert shown(view.period_label.text()) == "۱۶ Qaws ۱۴۰۵"  # the tally's title
    assert view.period_label.isVisible()
    assert view.from_date.text() == "۱۴۰۵/۰۹/۱۶"  # and the day field, which reads it back
    assert view.from_date.day() == DAY
    ages: BreakdownModel = view.models["by_age_band"]
    shown_rows = {shown(ages.index(row, 0).data()): ages.index(row, 1).data()
                  for row in range(ages.rowCount())}
    assert shown_rows["۰ to ۱۷ years"] == "۱" and shown_rows["۱۸ to ۵۹ years"] == "۱"
    assert ages.index(0, 1).data(COUNT_ROLE) == 1  # the number itself stays a number
    assert ages.counts() == {"0-17": 1, "18-59": 1}
    qtbot.waitUntil(lambda: view.period_label.width() >= view.period_label.sizeHint().width())
    screenshot(window, "display-tally-eastern-solar-rtl-1024x600", tmp_path)


def test_the_records_list_in_eastern_digits_and_solar_hijri_keeps_document_numbers(
        qtbot: QtBot, lead: AppContext, right_to_left: None, tmp_path: Path) -> None:
    apply_display(EASTERN_SOLAR)
    window = window_of(qtbot, lead)
    records = window.screens["records"]
    assert isinstance(records, RecordsView)
    window.tabs.setCurrentWidget(records)
    records.refresh()
    qtbot.waitUntil(lambda: records.model.rowCount() == 2
                    and records.count_label.text() == "Records: ۲", timeout=10_000)
    rows = {cell(records, row, Column.FULL_NAME): row for row in range(2)}
    amina = rows["Amina"]
    assert cell(records, amina, Column.CROSSED) == "۱۶ Qaws ۱۴۰۵ ۰۹:۳۰"
    assert cell(records, amina, Column.AGE) == "۳۴"
    # A document number is data: it must match the passport, digit for digit.
    assert "P1234567" in cell(records, amina, Column.DOCUMENTS)
    # The status bar's count too (how many depends on the day the test runs).
    qtbot.waitUntil(lambda: window.count_label.text().startswith("Today: "))
    assert not any(c in "0123456789" for c in window.count_label.text())
    records.date_from.set_day(DAY)
    assert records.date_from.text() == "۱۴۰۵/۰۹/۱۶"
    # Laid out again with the new texts (a posted event) before the photograph.
    qtbot.waitUntil(lambda: all(label.width() >= label.sizeHint().width()
                                for label in (window.count_label, window.sync_label)))
    screenshot(window, "display-records-eastern-solar-rtl-1024x600", tmp_path)


def test_a_shown_solar_hijri_date_reads_back_as_the_same_day(qtbot: QtBot) -> None:
    apply_display(Preferences(calendar=CalendarKind.SOLAR_HIJRI))
    day = DayInput("day", day=DAY, today=lambda: DAY)
    qtbot.addWidget(day)
    day.show()
    with qtbot.waitActive(day):
        day.activateWindow()
    day.setFocus()
    assert day.text() == "1405/09/16"
    day.editingFinished.emit()  # leaving the field keeps what it shows, and the day
    assert day.text() == "1405/09/16" and day.day() == DAY
    qtbot.keyClick(day, Qt.Key.Key_Up)
    assert day.text() == "1405/09/17" and day.day() == date(2026, 12, 8)
    day.setText("2026-12-01")  # Gregorian typed is still read, and said in Solar Hijri
    assert day.day() == date(2026, 12, 1)
    assert shown(day.hint.text()) == "= 10 Qaws 1405"

    qtbot.keyClick(day, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = day.calendar  # the month grid is Solar Hijri too
    assert popup is not None and popup.calendar().name() == "Jalali"
    assert (popup.yearShown(), popup.monthShown()) == (1405, 9)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)  # the day before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: day.calendar is None)
    assert day.text() == "1405/09/09" and day.day() == date(2026, 11, 30)

    birth = DateInput("birth_date")
    qtbot.addWidget(birth)
    birth.set_date(date(1990, 3, 21))  # a stored date shown in a document field
    assert birth.text() == "1369/01/01"
    assert birth.date_value() == date(1990, 3, 21)
    assert birth.hint.text() == ""  # what it shows is the field's own form: nothing to add
    birth.set_written_date(date(1990, 3, 21))  # read from a passport's MRZ: as printed on it
    assert birth.text() == "1990-03-21" and shown(birth.hint.text()) == "= 1 Hamal 1369"


def test_a_right_to_left_sentence_isolates_its_date_and_count(
        qtbot: QtBot, lead: AppContext, right_to_left: None) -> None:
    apply_display(EASTERN_SOLAR)
    closeout = close_day(lead.ledger, DAY, "Gul Khan")
    view = tally_of(qtbot, lead, DAY)
    text = view.closed_label.text()
    when = date_time_text(local_time(closeout.closed_at, lead.ledger.settings.zone))
    assert "Qaws" in when and when[0] in "۰۱۲۳۴۵۶۷۸۹"
    # Each value its own isolate: the date, the count, the signed name, the Latin hash.
    assert isolate(when) in text
    assert f"Departures when closed: {isolate('۲')}." in text
    assert isolate("Gul Khan") in text
    assert isolate(closeout.tally_hash) in text  # data: in Latin hex, as HQ compares it
    assert text.count(FSI) == text.count(PDI)



def test_the_sheet_pdf_in_eastern_digits_and_solar_hijri(
        qtbot: QtBot, lead: AppContext, tmp_path: Path) -> None:
    apply_display(EASTERN_SOLAR)
    view = tally_of(qtbot, lead, DAY)
    path = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(view.printing.sig_sheet_written, timeout=20_000):
        view.printing.export_pdf(Period.day(DAY), path)
    words = pdf_text(path)
    # The page shows ۱۶ Qaws ۱۴۰۵ (rendered and looked at); the text layer cannot say it whole:
    # Noto Naskh draws ۶ with the glyph of ٦, which is all the PDF's text map can name, and ۴
    # with a form no character maps to. The digits that round-trip are checked exactly.
    assert eastern_digits(SOLAR_DAY) == "۱۶ Qaws ۱۴۰۵"
    assert re.search(r"Period ۱[۶٦] Qaws ۱.۰۵ ", words), words
    assert "Departures ۲ Households ۱" in words
    assert "Khyber Pakhtunkhwa ۲" in words
    assert "2026-12-07" not in words and "Departures 2" not in words


def test_an_error_says_its_date_in_the_users_calendar() -> None:
    apply_display(EASTERN_SOLAR)
    error = ValidationError("expired", code=ErrorCode.DOCUMENT_EXPIRED, field="check_result",
                            valid_until=DAY)
    assert f"expired on {isolate('۱۶ Qaws ۱۴۰۵')}:" in error_text(error)
    apply_display(Preferences())
    assert f"expired on {isolate('2026-12-07')}:" in error_text(error)
