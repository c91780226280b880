"""Issue 8, "Must show": the screens a desk uses most, photographed at 1280 x 720 (the default
window) and 1024 x 600, left to right and right to left, and checked for what a user would see
wrong in them. One signed-in window per size and direction shows, in turn, the New crossing form
with a document row filled, the Records list, the Daily tally of a day with data and the lock
screen. The PNGs go to ``$CHECKPOINT_SCREENSHOTS`` (or the test's temporary folder) to be looked
at; ``docs/screenshots.py`` makes the user guide's own images the same way."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from checkpoint.demo import make_demo_data
from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import open_ledger
from checkpoint.tally import tally
from tests.support.sites import PASSWORDS, Site, copy_database
from ui.app import screens
from ui.context import AppContext
from ui.entry import HouseholdView
from ui.main_window import MainWindow
from ui.records_view import RecordsView
from ui.tally_view import TallyView

from .test_entry_layout import clipped_labels, shot

SIZES = [(1280, 720), (1024, 600)]
DIRECTIONS = [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]


@pytest.fixture(scope="module")
def filled_site(tmp_path_factory: pytest.TempPathFactory, site_template: Path) -> Site:
    """The conftest's site with three days of demo crossings up to today; filled once."""
    path = tmp_path_factory.mktemp("shots-site") / "checkpoint.db"
    copy_database(site_template, path)
    admin = open_ledger(path, "admin", PASSWORDS["admin"])
    make_demo_data(admin, admin.today() - timedelta(days=2), 3, 60, seed=5)
    admin.close()
    return Site(path, dict(PASSWORDS))


@pytest.fixture
def site(filled_site: Site, tmp_path: Path) -> Site:
    """This test's own copy of the filled site (``sign_in`` opens it)."""
    copy = tmp_path / "checkpoint.db"
    shutil.copyfile(filled_site.path, copy)
    shutil.copyfile(keyfile_path(filled_site.path), keyfile_path(copy))
    return Site(copy, filled_site.passwords)


@pytest.fixture(params=DIRECTIONS, ids=["ltr", "rtl"])
def direction(request: pytest.FixtureRequest) -> Iterator[Qt.LayoutDirection]:
    """The whole application laid out in one direction for the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(request.param)
    yield request.param
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def fully_shown(widget: QWidget) -> bool:
    """Whether all of ``widget`` is on screen: shown, not cut by its parents or the window's
    edge, and not covered by a sibling."""
    return widget.isVisible() and widget.visibleRegion().contains(widget.rect())


def hidden_parts(*widgets: QWidget) -> list[str]:
    """The widgets (by class and text) a user would not see in full."""
    return [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
            for w in widgets if not fully_shown(w)]


def across(widget: QWidget, area: QAbstractScrollArea) -> bool:
    """Whether ``widget``'s whole width is inside the visible width of ``area``."""
    viewport = area.viewport()
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= viewport.width()


def new_crossing(qtbot: QtBot, window: MainWindow, name: str, tmp_path: Path) -> None:
    """The head typed with one document row filled in: nothing cut off sideways."""
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    window.tabs.setCurrentWidget(view)
    form = view.forms[0]
    form.full_name.setText("Gul Ahmad Shinwari")
    form.father_name.setText("Abdul Rahim")
    form.sex.set_code("M")
    form.age.setText("42")
    form.origin_province.set_code("PK-KP")
    form.destination_province.set_code("AF-NAN")
    form.return_type.set_code("voluntary")
    row = form.add_document()
    row.kind.set_code("por")
    row.number.setText("PoR 40817325")
    row.result.set_code("verified")
    form.full_name.setFocus()
    qtbot.waitUntil(lambda: form.full_name.hasFocus())
    shot(window, name, tmp_path)

    area = view.form_area
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.pages.width() <= area.viewport().width(), "the form is wider than its place"
    cut = [type(w).__name__ for w in (*form.fields()[:8], *row.fields()) if not across(w, area)]
    assert cut == [], f"cut off sideways: {cut}"
    assert hidden_parts(form.full_name, view.save_button, view.add_member_button,
                        view.discard_button) == []
    for scroll in window.findChildren(QAbstractScrollArea):
        if scroll.isVisible():
            assert not scroll.horizontalScrollBar().isVisible(), scroll.objectName()
    view.new_household()  # typed only for the picture: nothing to ask about when it closes


def records(qtbot: QtBot, window: MainWindow, name: str, tmp_path: Path) -> None:
    """The list of crossings: rows shown, the filters and the count all in sight."""
    view = window.screens["records"]
    assert isinstance(view, RecordsView)
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and "180" in view.count_label.text(),
                    timeout=10_000)
    shot(window, name, tmp_path)

    table = view.table
    first = table.visualRect(view.model.index(0, 1))
    assert table.viewport().rect().contains(first), "the first record is not in sight"
    assert table.rowAt(table.viewport().height() - 1) > 5, "the list shows only a few rows"
    assert hidden_parts(view.search, view.date_from, view.date_to, view.province,
                        view.document_type, view.result, view.sync_state, view.show_voided,
                        view.clear_button, view.count_label) == []


def daily_tally(qtbot: QtBot, window: MainWindow, day: date, name: str,
                tmp_path: Path) -> None:
    """Yesterday's tally: the total and the breakdowns shown, its buttons in reach."""
    view = window.screens["tally"]
    assert isinstance(view, TallyView)
    window.tabs.setCurrentWidget(view)
    with qtbot.waitSignal(view.sig_refreshed, timeout=10_000):
        view.from_date.set_day(day)
        view.refresh()
    shot(window, name, tmp_path)

    total = tally(window.context.ledger, day)["total"]
    assert total == 60 and f"{total}" in view.total_label.text()
    assert hidden_parts(view.kind, view.from_date, view.total_label, view.households_label,
                        view.preview_button, view.print_button, view.pdf_button,
                        view.close_button, view.closed_label) == []
    scrolls = [v for v in view.findChildren(QAbstractScrollArea) if v.isVisible()]
    for scroll in scrolls:
        assert not scroll.horizontalScrollBar().isVisible(), scroll.objectName()
    cut = [key for key, table in view.tables.items()
           if table.columnWidth(0) < table.sizeHintForColumn(0)]
    assert cut == [], f"row labels cut short (\"Proof of ...\") in {cut}"


def lock_screen(qtbot: QtBot, window: MainWindow, name: str, tmp_path: Path) -> None:
    """The lock: its words whole, the password field and both buttons in sight."""
    window.lock()
    qtbot.waitUntil(window.lock_page.isVisible)
    page = window.lock_page
    qtbot.waitUntil(page.password.hasFocus)
    shot(window, name, tmp_path)

    assert clipped_labels(page) == []
    assert hidden_parts(page.password, page.unlock_button) == []
    box = page.password.parentWidget()
    assert QRect(QPoint(0, 0), window.size()).contains(
        QRect(box.mapTo(window, QPoint(0, 0)), box.size()))


@pytest.mark.parametrize("size", SIZES, ids=["1280x720", "1024x600"])
def test_screens_at_a_desks_sizes_in_both_directions(
        qtbot: QtBot, sign_in: Callable[[str], AppContext], tmp_path: Path,
        size: tuple[int, int], direction: Qt.LayoutDirection) -> None:
    context = sign_in("lead")  # the role that has all four screens
    window = MainWindow(context, screens())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    rtl = direction == Qt.LayoutDirection.RightToLeft
    suffix = f"{size[0]}x{size[1]}-{'rtl' if rtl else 'ltr'}"
    new_crossing(qtbot, window, f"new-crossing-{suffix}", tmp_path)
    records(qtbot, window, f"records-{suffix}", tmp_path)
    yesterday = context.ledger.today() - timedelta(days=1)
    daily_tally(qtbot, window, yesterday, f"tally-{suffix}", tmp_path)
    lock_screen(qtbot, window, f"locked-{suffix}", tmp_path)
