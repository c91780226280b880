"""Issue 8, item 12: right to left keeps mixed text in order. Numbers, codes and dates in a
right-to-left screen or sheet stay where they belong ("0 to 17 years", not "to 17 years 0";
"Print preview…", not "…Print preview"; "Torkham (TORKHAM)"), on screen and in the PDF."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from checkpoint.closeout import close_day
from checkpoint.entries import PersonEntry
from checkpoint.records import record_household
from ui.context import AppContext
from ui.tally_view import TallyView


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def view(qtbot: QtBot, right_to_left: None,
         sign_in: Callable[[str], AppContext]) -> Iterator[TallyView]:
    lead = sign_in("lead")
    ledger = lead.ledger
    day = ledger.today() - timedelta(days=1)
    record_household(ledger, [PersonEntry(full_name="Amina", sex="F", age_years=10,
                                          origin_province="PK-KP", return_type="deported")],
                     crossed_at=datetime.combine(day, time(9), ledger.settings.zone))
    close_day(ledger, day, "Gul Khan")
    screen = TallyView(lead)
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show()
    screen.from_date.set_day(day)
    with qtbot.waitSignal(screen.sig_refreshed, timeout=10_000):
        screen.refresh()
    yield screen


def left_to_right_reading(text: str) -> str:
    """``text`` as it stands on a right-to-left line, read left to right: the characters Qt
    draws, met walking the line from its left edge (the bidi marks draw nothing). Hit-testing,
    not glyph runs: a run's string indexes are wrong after a font fallback, and which fonts a
    machine has is not ours to choose."""
    layout = QTextLayout(text)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    drawn = line.naturalTextRect()
    met: dict[int, None] = {}
    x = drawn.left()
    while x < drawn.right():
        met[line.xToCursor(x, QTextLine.CursorPosition.CursorOnCharacter)] = None
        x += 0.5
    return "".join(text[index] for index in met if index < len(text)
                   and not text[index].isspace() and unicodedata.category(text[index]) != "Cf")


def cell_text(table: QTableView, row: int, column: int = 0) -> str:
    option = QStyleOptionViewItem()
    index = table.model().index(row, column, QModelIndex())
    table.itemDelegate().initStyleOption(option, index)
    return option.text


def test_mixed_text_keeps_its_order_on_a_right_to_left_screen(view: TallyView) -> None:
    ages = view.tables["by_age_band"]
    assert left_to_right_reading(cell_text(ages, 0)) == "0to17years"
    assert left_to_right_reading(cell_text(ages, 2)) == "60yearsandover"
    for button in (view.preview_button, view.print_button, view.pdf_button,
                   view.close_button):
        reading = left_to_right_reading(button.text().replace("&", ""))
        assert reading.endswith("…") and reading[0].isalpha(), reading
    closed = left_to_right_reading(view.closed_label.text())
    assert re.match(r"Closedbylead\(signed“GulKhan”\)at\d{4}-\d\d-\d\d\d\d:\d\d\.", closed), \
        closed


def test_mixed_text_keeps_its_order_on_a_right_to_left_sheet(
        qtbot: QtBot, view: TallyView, tmp_path: Path) -> None:
    path = tmp_path / "rtl.pdf"
    with qtbot.waitSignal(view.printing.sig_sheet_written, timeout=20_000):
        view.export_pdf_to(str(path))
    words = " ".join(page.extract_text() for page in PdfReader(path).pages)
    words = " ".join(unicodedata.normalize("NFKC", words).split())
    words = re.sub(r"\( ", "(", re.sub(r" \)", ")", words))
    for expected in ("Torkham (TORKHAM)", "0 to 17 years", "60 years and over"):
        assert expected in words, expected
    assert re.search(r"\d\d:\d\d \(Asia/Karachi\)", words), words  # the zone after the time
    assert re.search(r"Yes: closed by lead at \d{4}-\d\d-\d\d \d\d:\d\d", words), words
