"""The Records screen: the lazy model, filters, sorting, and a record's dialog with Correct and
Void for the right roles (and refused for the wrong ones), on real encrypted databases."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from checkpoint.demo import make_demo_data
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.errors import PermissionDenied
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.records import get_crossing, record_household, void_crossing
from tests.support.sites import PASSWORDS, Site, copy_database
from ui.context import AppContext
from ui.crossings_model import (
    LOADED_ROLE,
    ROW_ROLE,
    SYNC_ROLE,
    UUID_ROLE,
    VOIDED_ROLE,
    Column,
    CrossingsModel,
)
from ui.messages import error_text
from ui.operations import CollectionOp
from ui.record_dialog import RecordDialog
from ui.records_view import RecordsView

DAY = date(2025, 4, 2)
AT = datetime(2025, 4, 2, 5, 0, tzinfo=UTC)  # 10:00 at Torkham


@pytest.fixture(scope="module")
def thousand_template(site_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The same site with 1,000 demo crossings recorded by the clerk over two days."""
    path = tmp_path_factory.mktemp("records-thousand") / "checkpoint.db"
    copy_database(site_template, path)
    clerk = open_ledger(path, "clerk", PASSWORDS["clerk"])
    make_demo_data(clerk, DAY, 2, 500, seed=3)
    clerk.close()
    return Site(path, dict(PASSWORDS))


@pytest.fixture
def thousand(thousand_template: Site, site: Site) -> Site:
    """``site`` holding the 1,000 demo crossings (``sign_in`` opens it)."""
    for suffix in ("-wal", "-shm"):
        site.path.with_name(site.path.name + suffix).unlink(missing_ok=True)
    copy_database(thousand_template.path, site.path)
    return site


def person(name: str, *, province: str = "KP", father: str = "",
           documents: tuple[DocumentEntry, ...] = ()) -> PersonEntry:
    return PersonEntry(full_name=name, sex="M", origin_province=province, father_name=father,
                       age_years=30, destination_province="Nangarhar", documents=documents)


def record(ledger: Ledger, name: str, *, days: int = 0, **details: object) -> str:
    return record_household(ledger, [person(name, **details)],  # type: ignore[arg-type]
                            crossed_at=AT + timedelta(days=days))[0]


def show_records(qtbot: QtBot, context: AppContext) -> RecordsView:
    view = RecordsView(context)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    return view


def cell(model: CrossingsModel, row: int, column: int,
         role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    # model.data(), not index.data(): PySide6 6.12 loses a reference to None each time a None
    # comes back through a QVariant, and enough of them abort the interpreter.
    return model.data(model.index(row, column), role)


def names(model: CrossingsModel) -> list[str]:
    return [cell(model, row, Column.FULL_NAME) for row in range(model.rowCount())]


def open_first(qtbot: QtBot, view: RecordsView, name: str) -> RecordDialog:
    """Select the row showing ``name`` and press Enter, as a clerk would."""
    row = names(view.model).index(name)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, Column.FULL_NAME))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.record_dialog is not None and view.record_dialog.isVisible())
    assert view.record_dialog is not None
    dialog = view.record_dialog
    qtbot.waitUntil(lambda: dialog.detail is not None)  # read on the reader
    return dialog


# -- the model ----------------------------------------------------------------------------------

def test_model_reads_a_page_at_a_time_newest_first(
        qtbot: QtBot, qtmodeltester: ModelTester, thousand: Site,
        sign_in: Callable[[str], AppContext]) -> None:
    ledger = sign_in("lead").ledger
    model = CrossingsModel(ledger, page_size=200)
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1000
    rows = [cell(model, r, 0, ROW_ROLE) for r in range(model.rowCount())]
    assert len({row.uuid for row in rows}) == 1000
    assert [row.crossed_at for row in rows] == sorted((row.crossed_at for row in rows),
                                                      reverse=True)
    local = rows[0].crossed_at.astimezone(ledger.settings.zone)
    assert cell(model, 0, Column.CROSSED) == local.strftime("%Y-%m-%d %H:%M")
    assert cell(model, 0, Column.CROSSED, UUID_ROLE) == rows[0].uuid
    assert cell(model, 0, 0, SYNC_ROLE) == "pending" and cell(model, 0, 0, VOIDED_ROLE) is False
    assert cell(model, 0, Column.SYNC) == "Pending"
    assert cell(model, 0, Column.RECORDED_BY) == "clerk"
    qtmodeltester.check(model)


@contextmanager
def database_gone(ledger: Ledger, path: Path) -> Iterator[None]:
    """The file goes away under the open app (a pulled USB disk), then comes back."""
    ledger.engine.dispose()
    moved = path.with_name("moved.db")
    path.rename(moved)
    try:
        yield
    finally:
        ledger.engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        moved.rename(path)


def test_a_page_that_cannot_be_read_is_a_disabled_placeholder(
        qtbot: QtBot, qtmodeltester: ModelTester, thousand: Site,
        sign_in: Callable[[str], AppContext]) -> None:
    ledger = sign_in("lead").ledger
    model = CrossingsModel(ledger, page_size=200)
    with database_gone(ledger, thousand.path), qtbot.waitSignal(model.sig_load_failed):
        model.fetchMore()
    assert model.rowCount() == 201 and not model.canFetchMore()
    placeholder = model.index(200, 0)
    assert model.flags(placeholder) == Qt.ItemFlag.NoItemFlags
    assert "could not be read" in cell(model, 200, 0)
    assert cell(model, 200, 0, LOADED_ROLE) is False
    assert cell(model, 200, 0, UUID_ROLE) is None
    for column in range(model.columnCount()):  # data() never raises, whatever is asked
        for role in range(0, 300):
            cell(model, 200, column, role)
    model.reload()  # the file is back: refreshing reads it again
    assert model.rowCount() == 200 and cell(model, 199, 0, LOADED_ROLE) is True
    with database_gone(ledger, thousand.path):
        model.fetchMore()
    # Checked last: Qt's tester fetches more inside a reset, which it then reports itself.
    qtmodeltester.check(model)


# -- the screen ---------------------------------------------------------------------------------

def test_filters_fold_spelling_and_narrow_by_day_province_and_voided(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    lead = sign_in("lead")
    clerk = sign_in("clerk").ledger
    record(clerk, "Mohammad Gul", documents=(DocumentEntry("por", "POR-111"),))
    record(clerk, "Karim Khan", father="Muhammed Yousuf", province="ICT", days=1,
           documents=(DocumentEntry("acc", "ACC-778899"),))
    record(clerk, "Zainab", province="AJK", days=2)
    mistake = record(clerk, "Gul Agha", days=1)
    void_crossing(lead.ledger, mistake, "recorded twice")
    view = show_records(qtbot, lead)
    assert sorted(names(view.model)) == ["Gul Agha", "Karim Khan", "Mohammad Gul", "Zainab"]
    qtbot.waitUntil(lambda: view.count_label.text() == "Records: 4")

    qtbot.keyClicks(view.search, "Muhamad")  # neither spelling that was recorded
    qtbot.waitUntil(lambda: sorted(names(view.model)) == ["Karim Khan", "Mohammad Gul"])
    view.search.clear()
    qtbot.keyClicks(view.search, "acc 778899")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert names(view.model) == ["Karim Khan"]
    view.clear_filters()

    view.date_from.set_day(DAY + timedelta(days=1))
    view.date_to.set_day(DAY + timedelta(days=1))
    assert sorted(names(view.model)) == ["Gul Agha", "Karim Khan"]
    qtbot.waitUntil(lambda: view.count_label.text() == "Records: 2")
    view.clear_filters()

    province: QComboBox = view.province
    province.setCurrentIndex(province.findData("PK-JK"))
    assert names(view.model) == ["Zainab"]
    view.clear_filters()
    view.document_type.setCurrentIndex(view.document_type.findData("none"))
    assert sorted(names(view.model)) == ["Gul Agha", "Zainab"]
    view.clear_filters()

    row = names(view.model).index("Gul Agha")
    assert cell(view.model, row, Column.FULL_NAME, VOIDED_ROLE) is True
    assert cell(view.model, row, Column.FULL_NAME, Qt.ItemDataRole.FontRole).strikeOut()
    assert "recorded twice" in cell(view.model, row, Column.ORIGIN, Qt.ItemDataRole.ToolTipRole)
    show_voided: QCheckBox = view.show_voided
    qtbot.mouseClick(show_voided, Qt.MouseButton.LeftButton)
    assert "Gul Agha" not in names(view.model) and len(names(view.model)) == 3


def test_clicking_headers_sorts_through_the_core(
        qtbot: QtBot, thousand: Site, sign_in: Callable[[str], AppContext]) -> None:
    view = show_records(qtbot, sign_in("lead"))
    header = view.table.horizontalHeader()

    def click(column: Column) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))

    def loaded_rows() -> list:
        model = view.model
        while model.canFetchMore():  # the later pages continue the same order
            model.fetchMore()
        return [cell(model, r, 0, ROW_ROLE) for r in range(model.rowCount())]

    click(Column.FULL_NAME)
    assert view.model.sort_column == Column.FULL_NAME
    ascending = [(row.full_name, row.uuid) for row in loaded_rows()]
    assert len(ascending) == 1000 and ascending == sorted(ascending)
    click(Column.FULL_NAME)
    descending = [(row.full_name, row.uuid) for row in loaded_rows()]
    assert descending == sorted(ascending, reverse=True)
    click(Column.DOCUMENTS)  # no index to sort by: the order stays, and says so
    assert view.model.sort_column == Column.FULL_NAME
    assert header.sortIndicatorSection() == Column.FULL_NAME
    assert names(view.model)[0] == descending[0][0]


def test_the_count_stops_at_its_cap(
        qtbot: QtBot, thousand: Site, sign_in: Callable[[str], AppContext]) -> None:
    view = show_records(qtbot, sign_in("clerk"))
    qtbot.waitUntil(lambda: view.count_label.text() == "Records: 1000")
    view.count_cap = 500
    view.refresh()
    qtbot.waitUntil(lambda: view.count_label.text() == "Records: more than 500")


def test_keyboard_finds_and_opens_everything_about_the_record(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    record(context.ledger, "Mohammad Gul", father="Abdul Rahim",
           documents=(DocumentEntry("por", "POR-111", "PAK", result="verified"),))
    record(context.ledger, "Zainab", province="AJK", days=1)
    view = show_records(qtbot, context)
    with qtbot.waitActive(view):  # shortcuts reach the active window only
        view.activateWindow()
    view.table.setFocus()
    # Keyboard only: Ctrl+F, the name as the clerk spells it, Down to the list, Enter.
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "muhamad")
    qtbot.waitUntil(lambda: names(view.model) == ["Mohammad Gul"])
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.record_dialog is not None and view.record_dialog.isVisible())
    dialog = view.record_dialog
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert dialog.title.text() == "Mohammad Gul"
    assert dialog.findChild(object, "value_father_name").text() == "Abdul Rahim"
    assert dialog.findChild(object, "value_crossed_at").text() == "2025-04-02 10:00"
    assert [dialog.checks.item(0, c).text() for c in (0, 1, 4)] == ["PoR", "POR-111",
                                                                     "Verified"]
    assert dialog.history.rowCount() == 1
    assert dialog.history.item(0, 1).text() == "Recorded"
    assert dialog.history.item(0, 2).text() == "clerk"


def test_arrows_move_through_the_matches_and_enter_opens_the_one_chosen(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    for days, name in enumerate(["Gul Agha", "Gul Bibi", "Gul Khan", "Zainab"]):
        record(context.ledger, name, days=days)
    view = show_records(qtbot, context)
    with qtbot.waitActive(view):
        view.activateWindow()
    view.search.setFocus()
    qtbot.keyClicks(view.search, "gul")
    # Enter in the find box searches at once and goes to the first match.
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert names(view.model) == ["Gul Khan", "Gul Bibi", "Gul Agha"]  # newest first
    assert view.table.hasFocus() and view.selected_uuid() is not None

    def chosen() -> str:
        [row] = {index.row() for index in view.table.selectionModel().selectedIndexes()}
        assert row == view.table.currentIndex().row()  # what is marked is what is acted on
        return names(view.model)[row]

    assert chosen() == "Gul Khan"
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert chosen() == "Gul Agha"
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert chosen() == "Gul Bibi"
    # Back in the find box, Down returns to the row already chosen, not to the first.
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus() and chosen() == "Gul Bibi"
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.record_dialog is not None and view.record_dialog.isVisible())
    dialog = view.record_dialog
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert dialog.title.text() == "Gul Bibi"


def test_clerk_corrects_their_own_record_and_the_table_shows_it(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    uuid = record(context.ledger, "Mohamad Gull")
    view = show_records(qtbot, context)
    dialog = open_first(qtbot, view, "Mohamad Gull")
    assert dialog.correct_button.isEnabled()
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    form = dialog.correction
    assert form is not None and form.isVisible()
    qtbot.waitUntil(form.isActiveWindow)  # the clerk's keys go to the correction
    name = form.person.full_name
    name.selectAll()
    qtbot.keyClicks(name, "Mohammad Gul")
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # No reason given: the core refuses, nothing is saved and the cursor waits on the reason.
    qtbot.waitUntil(lambda: form.message.text()
                    == "The reason for the correction is required.")
    assert form.isVisible() and form.reason.hasFocus()
    assert get_crossing(context.ledger, uuid).crossing.revision == 1
    qtbot.keyClicks(form.reason, "spelled as on the PoR card")
    qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.message.text() == "Correction saved.")
    assert get_crossing(context.ledger, uuid).crossing.full_name == "Mohammad Gul"
    qtbot.waitUntil(lambda: names(view.model) == ["Mohammad Gul"])
    assert view.selected_uuid() == uuid  # the table kept its place
    assert dialog.title.text() == "Mohammad Gul"
    assert dialog.history.rowCount() == 2
    # Who, when, why and what changed, old → new, from the record's own revisions.
    assert [dialog.history.item(1, c).text() for c in (1, 2, 4, 5)] == [
        "Corrected", "clerk", "spelled as on the PoR card",
        "Full name: \u2068Mohamad Gull\u2069 → \u2068Mohammad Gul\u2069"]  # values isolated


def test_clerk_may_not_correct_another_clerks_record(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    theirs = record(sign_in("clerk2").ledger, "Gul Agha")
    context = sign_in("clerk")
    view = show_records(qtbot, context)
    dialog = open_first(qtbot, view, "Gul Agha")
    assert not dialog.correct_button.isEnabled()
    assert "only their own records" in dialog.correct_button.toolTip()
    form = dialog.open_correction()  # forced past the disabled button: the core refuses
    assert form is not None
    qtbot.keyClick(form.person.more, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(form.person.remarks, "changed by someone else")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    refusal = error_text(PermissionDenied("", code="not_own_record"))
    qtbot.waitUntil(lambda: form.message.text() == refusal)
    assert form.isVisible()  # nothing saved, nothing typed lost
    assert form.person.remarks.text() == "changed by someone else"
    assert get_crossing(context.ledger, theirs).crossing.remarks == ""


def test_lead_voids_with_a_reason_and_the_row_greys(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    record(sign_in("clerk").ledger, "Gul Agha")
    view = show_records(qtbot, sign_in("lead"))
    dialog = open_first(qtbot, view, "Gul Agha")
    assert dialog.correct_button.isEnabled() and dialog.void_button.isEnabled()
    qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)
    void = dialog.void_dialog
    assert void is not None and void.isVisible()
    qtbot.keyClick(void.reason, Qt.Key.Key_Return)  # no reason given: the core says so
    qtbot.waitUntil(lambda: void.message.text() == "Reason is required.")
    qtbot.keyClicks(void.reason, "recorded twice")
    qtbot.keyClick(void.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() == "Record voided.")
    qtbot.waitUntil(lambda: cell(view.model, 0, 0, VOIDED_ROLE) is True)
    assert cell(view.model, 0, Column.FULL_NAME, Qt.ItemDataRole.FontRole).strikeOut()
    assert "recorded twice" in dialog.state.text()
    last = dialog.history.rowCount() - 1
    assert [dialog.history.item(last, c).text() for c in (1, 2, 4)] == [
        "Voided", "lead", "recorded twice"]
    assert not dialog.void_button.isEnabled() and not dialog.correct_button.isEnabled()
    assert "already void" in dialog.void_button.toolTip()


def test_clerk_may_not_void(qtbot: QtBot, site: Site,
                            sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    uuid = record(context.ledger, "Gul Agha")
    view = show_records(qtbot, context)
    dialog = open_first(qtbot, view, "Gul Agha")
    assert dialog.correct_button.isEnabled()  # their own, today
    assert not dialog.void_button.isEnabled()
    assert "shift lead" in dialog.void_button.toolTip()
    void = dialog.open_void()  # forced: the core refuses
    qtbot.keyClicks(void.reason, "recorded twice")
    qtbot.keyClick(void.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: void.message.text() == "Your role does not allow this.")
    assert not get_crossing(context.ledger, uuid).crossing.voided


def test_a_hidden_list_reads_new_records_when_shown(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    record(context.ledger, "Gul Agha")
    view = show_records(qtbot, context)
    view.hide()  # the clerk is on the New crossing tab
    with qtbot.waitSignal(context.sig_records_changed):
        CollectionOp(view, context, lambda ledger: record(ledger, "Zainab", days=1)) \
            .run_in_background()
    assert names(view.model) == ["Gul Agha"]  # the save did not wait for the list
    view.show()
    assert names(view.model) == ["Zainab", "Gul Agha"]
