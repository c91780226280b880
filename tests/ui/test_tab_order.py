"""Issue 12: Tab walks the New crossing screen in the order it is read, from the first field
to Save, and Shift+Tab walks it back; left to right and right to left alike."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.support.windows import open_window
from ui.context import AppContext
from ui.entry import HouseholdView

from .test_entry import CTRL, TAB, Desk, focused

# As a clerk reads the screen with one document row (the fold "Vulnerabilities, remarks and
# native script" closed): the person's column, the journey's column, the document row's two
# lines, then the buttons under the form.
READING_ORDER = [
    "full_name", "father_name", "sex", "age", "age_estimated", "birth_date", "nationality",
    "origin_province", "origin_district", "destination_province", "return_type", "vrf_number",
    "document_type", "document_number", "check_result",
    "issuing_country", "expiry", "method", "custody",
    "add_document", "more",
    "discard", "add_member", "save_household",
]


@pytest.fixture(params=[Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft],
                ids=["ltr", "rtl"])
def direction(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[Qt.LayoutDirection]:
    qapp.setLayoutDirection(request.param)
    yield request.param
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _reads_after(before: QWidget, after: QWidget, window: QWidget, rtl: bool) -> bool:
    """Whether ``after`` comes after ``before`` for a reader: further along the same line,
    on a line below, or at the top of the next column."""
    first, second = before.mapTo(window, QPoint(0, 0)), after.mapTo(window, QPoint(0, 0))
    along = (first.x() - second.x()) if rtl else (second.x() - first.x())
    if abs(second.y() - first.y()) < before.height() // 2:
        return along > 0
    return second.y() > first.y() or along > before.width() // 2


def test_tab_walks_the_entry_screen_in_reading_order_and_shift_tab_walks_back(
        qtbot: QtBot, sign_in: Callable[[str], AppContext],
        direction: Qt.LayoutDirection) -> None:
    window = open_window(qtbot, sign_in("clerk"))
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    desk = Desk(qtbot)
    desk.press(Qt.Key.Key_D, CTRL)  # one document row
    view.forms[0].full_name.setFocus()
    qtbot.waitUntil(lambda: focused() is view.forms[0].full_name)

    walked = [focused()]
    while focused() is not view.save_button and len(walked) <= len(READING_ORDER):
        desk.press(TAB)
        walked.append(focused())
    assert [widget.objectName() for widget in walked] == READING_ORDER

    rtl = direction == Qt.LayoutDirection.RightToLeft
    for before, after in itertools.pairwise(walked):
        assert _reads_after(before, after, window, rtl), (before.objectName(),
                                                          after.objectName())

    back = [focused()]
    while focused() is not view.forms[0].full_name and len(back) <= len(READING_ORDER):
        desk.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        back.append(focused())
    assert [widget.objectName() for widget in back] == READING_ORDER[::-1]
