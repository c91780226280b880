"""Issue 8 item 6: the New crossing form at the sizes a desk has (1280 x 720, the default
window, and 1024 x 600), left to right and right to left. Every field is reachable and in
sight when it has the cursor; nothing is clipped sideways; no horizontal scroll bar. The
screenshots are kept (``CHECKPOINT_SCREENSHOTS``, default the test's temporary folder) to be
looked at."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.app import screens
from ui.context import AppContext
from ui.entry import HouseholdView
from ui.main_window import MainWindow

from .test_entry import CTRL, TAB, Desk, focused

SIZES = [(1280, 720), (1024, 600)]
DIRECTIONS = [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]


@pytest.fixture(params=DIRECTIONS, ids=["ltr", "rtl"])
def direction(request: pytest.FixtureRequest) -> Iterator[Qt.LayoutDirection]:
    """The whole application laid out in one direction for the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(request.param)
    yield request.param
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def shot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    """Save what ``widget`` shows as a PNG to look at."""
    folder = Path(os.environ.get("CHECKPOINT_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    QApplication.processEvents()  # layouts asked for by the last keys settle first
    assert widget.grab().save(str(path))
    return path


def open_window(qtbot: QtBot, context: AppContext, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(context, screens())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.forms[0].full_name)
    return window


def in_sight(widget: QWidget, view: HouseholdView) -> bool:
    """Whether the whole of ``widget`` is inside the part of the form on screen."""
    viewport = view.form_area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("size", SIZES, ids=["1280x720", "1024x600"])
def test_every_field_is_in_sight_when_it_has_the_cursor_and_nothing_scrolls_sideways(
        qtbot: QtBot, sign_in: Callable[[str], AppContext], tmp_path: Path,
        size: tuple[int, int], direction: Qt.LayoutDirection) -> None:
    window = open_window(qtbot, sign_in("clerk"), size)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    desk = Desk(qtbot)
    desk.press(Qt.Key.Key_D, CTRL)  # a document row: the widest part of the form
    form = view.forms[0]
    form.full_name.setFocus()
    rtl = direction == Qt.LayoutDirection.RightToLeft
    name = f"entry-{size[0]}x{size[1]}-{'rtl' if rtl else 'ltr'}"
    shot(window, name, tmp_path)
    area = view.form_area
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.pages.width() <= area.viewport().width(), "the form is wider than its place"
    seen = []
    for _field in form.fields():
        widget = focused()
        if not form.isAncestorOf(widget):
            break
        seen.append(widget)
        qtbot.waitUntil(lambda w=widget: in_sight(w, view), timeout=1000)
        assert area.horizontalScrollBar().value() == 0, f"{widget} shifted the form sideways"
        desk.press(TAB)
    journey = (form.origin_province, form.destination_province, form.return_type)
    assert all(widget in seen for widget in journey)
    assert form.documents.rows[0].custody in seen
    for scroll in window.findChildren(QAbstractScrollArea):
        if scroll.isVisible():
            assert not scroll.horizontalScrollBar().isVisible(), scroll.objectName()


def clipped_labels(widget: QWidget) -> list[str]:
    """Visible labels whose text needs more height than they were given."""
    cut = []
    for label in widget.findChildren(QLabel):
        if label.isVisible() and label.text():
            needed = label.heightForWidth(label.width()) if label.wordWrap() \
                else label.sizeHint().height()
            if label.height() < needed:
                cut.append(label.text())
    return cut


@pytest.mark.parametrize("size", SIZES, ids=["1280x720", "1024x600"])
def test_lock_screen_text_is_not_cut_and_a_long_status_message_stays_in_its_place(
        qtbot: QtBot, sign_in: Callable[[str], AppContext], tmp_path: Path,
        size: tuple[int, int], direction: Qt.LayoutDirection) -> None:
    context = sign_in("clerk")
    window = open_window(qtbot, context, size)
    rtl = direction == Qt.LayoutDirection.RightToLeft
    suffix = f"{size[0]}x{size[1]}-{'rtl' if rtl else 'ltr'}"
    long = ("Saved at 10:42: MOHAMMAD ABDUL RAHIM AHMADZAI SHINWARI KHUGIANI (6 people), "
            "with every document checked, the duplicate warning answered and the household's "
            "remarks kept for the shift lead.")
    context.sig_status.emit(long)
    bar = window.statusBar()
    message = window.status_message
    qtbot.waitUntil(lambda: message.full_text() == long)
    shot(window, f"status-{suffix}", tmp_path)
    assert message.toolTip() == long and message.text() != long and message.text().endswith("…")
    sync = window.sync_label
    left, right = sorted((message, sync), key=lambda w: w.mapTo(bar, QPoint(0, 0)).x())
    assert left.mapTo(bar, QPoint(0, 0)).x() + left.width() <= right.mapTo(bar, QPoint(0, 0)).x()
    assert not message.geometry().intersects(window.user_label.geometry())

    window.lock()
    qtbot.waitUntil(window.lock_page.isVisible)
    shot(window, f"lock-{suffix}", tmp_path)
    assert clipped_labels(window.lock_page) == []
