"""What the desk warns about a document before saving, driven by the keyboard as a clerk would:
the finding under the number as soon as it is typed, one dialog at Save with everything found,
Go back saving nothing, Save anyway storing the warnings with the checks (and the tally
counting them); the same on the way out of a session and in a correction."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.records import get_crossing, record_household
from checkpoint.tally import tally
from tests.support.hq_lists import CANCELLED_POR, DEPARTED_PASSPORT, apply_hq_lists
from tests.support.windows import open_window
from tests.ui.test_entry import (
    ALT,
    CTRL,
    TAB,
    Desk,
    _por_holder,
    _warned,
    focused,
    open_view,
    plain,
    saved_rows,
    wait_saved,
)
from tests.ui.test_entry_layout import clipped_labels, shot
from tests.ui.test_right_to_left import left_to_right_reading
from ui.context import AppContext
from ui.correction_dialog import CorrectionDialog
from ui.entry import HouseholdView
from ui.record_dialog import RecordDialog

ESC = Qt.Key.Key_Escape


def _lists(sign_in: Callable[[str], AppContext], version: int = 4) -> AppContext:
    """HQ's lists on the device (as a sync applies them), then the clerk signed in."""
    apply_hq_lists(sign_in("admin").ledger, version)
    return sign_in("clerk")


def _finding(qtbot: QtBot, view: HouseholdView) -> str:
    row = view.forms[0].documents.rows[0]
    qtbot.waitUntil(lambda: row.finding.isVisible(), timeout=5_000)
    return plain(row.finding.text())


def test_lists_received_minutes_ago_are_that_old_under_the_number_whatever_the_date(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    """The age under a number is the age the status bar counts (time since HQ answered), not
    a difference of dates: lists received minutes before the checkpoint's midnight, or just
    after it, are not "1 day old"."""
    apply_hq_lists(sign_in("admin").ledger, 4, datetime.now(UTC) - timedelta(minutes=10))
    view = open_view(qtbot, sign_in("clerk"))
    _por_holder(qtbot, Desk(qtbot), CANCELLED_POR)
    assert _finding(qtbot, view).endswith("HQ's lists, version 4 · less than an hour old")


def test_a_cancelled_card_is_marked_when_typed_and_the_clerk_decides_at_save(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = _lists(sign_in)
    view = open_view(qtbot, context)
    desk = Desk(qtbot)
    _por_holder(qtbot, desk, "pk 778899")  # the listed card, typed another way
    assert _finding(qtbot, view).startswith(
        "On HQ's cancelled-cards list: Reported lost · 2025-03-01 · HQ's lists, version 4")
    desk.save()
    qtbot.waitUntil(lambda: _warned(view))
    dialog = view.warning_dialog
    assert dialog is not None and focused() is dialog.back_button
    shown = dialog.warnings.topLevelItem(0)
    assert [plain(shown.text(column)) for column in range(5)][:3] == [
        "PoR PK 778899", "On HQ's cancelled-cards list: Reported lost", "2025-03-01"]
    assert plain(shown.text(4)) == "HQ's lists, version 4"
    assert plain(dialog.lists.text()).startswith(
        "HQ's lists on this device: version 4, current at HQ on 2025-04-01 11:00 (")
    assert dialog.warnings.topLevelItemCount() == 1
    desk.press(ESC)  # Go back: nothing saved, the form as it was
    qtbot.waitUntil(lambda: view.warning_dialog is None and view.isAncestorOf(focused()))
    assert saved_rows(context) == []
    assert "Not saved" in view.message.text()
    assert view.forms[0].documents.rows[0].number.text() == "pk 778899"

    desk.save()
    qtbot.waitUntil(lambda: _warned(view))
    desk.press(Qt.Key.Key_A, ALT)  # Save anyway
    wait_saved(qtbot, view)
    (row,) = saved_rows(context)
    checks = get_crossing(context.ledger, row.uuid).record.documents
    assert [(c.number, c.warnings, c.reference_version) for c in checks] == [
        ("PK 778899", frozenset({"cancelled"}), 4)]
    lead = sign_in("lead")
    assert tally(lead.ledger, context.ledger.today())["by_warning_overridden"] == {
        "cancelled": 1}
    # The record says so too: Enter on the household just saved opens it.
    view.open_record(row.uuid)
    record = view.record_dialog
    assert isinstance(record, RecordDialog)
    qtbot.waitUntil(lambda: record.detail is not None)
    assert record.checks.item(0, 8).text() == \
        "On HQ's cancelled-cards list (HQ's lists, version 4)"
    record.close()


def test_a_policy_expired_type_and_a_departure_elsewhere_are_shown_together(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = _lists(sign_in)
    view = open_view(qtbot, context)
    desk = Desk(qtbot)
    _por_holder(qtbot, desk, "1122")  # a PoR card on no list
    desk.press(Qt.Key.Key_D, CTRL)  # and an ACC, whose scheme ended on 31 March 2025
    desk.type("a")
    desk.press(TAB)
    desk.type("ACC-55")
    desk.press(TAB)
    desk.type("e")
    desk.press(Qt.Key.Key_D, CTRL)  # and a passport recorded leaving through Chaman
    desk.type("pa")
    desk.press(TAB)
    desk.type("P 765 4321")
    desk.press(TAB)
    desk.type("v")
    rows = view.forms[0].documents.rows
    qtbot.waitUntil(lambda: rows[1].finding.isVisible() and rows[2].finding.isVisible())
    assert not rows[0].finding.isVisible()
    assert plain(rows[1].finding.text()).startswith(
        "Document type no longer valid by policy · valid until 2025-03-31")
    assert plain(rows[2].finding.text()).startswith(
        "Recorded departing at another desk · 2025-04-01 · Chaman")
    desk.save()
    qtbot.waitUntil(lambda: _warned(view))
    dialog = view.warning_dialog
    assert dialog is not None
    assert [plain(dialog.warnings.topLevelItem(i).text(1))
            for i in range(dialog.warnings.topLevelItemCount())] == [
        "Document type no longer valid by policy", "Recorded departing at another desk"]
    desk.press(Qt.Key.Key_Return)  # Enter out of habit goes back
    qtbot.waitUntil(lambda: view.warning_dialog is None and view.isAncestorOf(
        QApplication.focusWidget()))
    assert saved_rows(context) == []
    desk.save()
    qtbot.waitUntil(lambda: _warned(view))
    desk.press(Qt.Key.Key_A, ALT)
    wait_saved(qtbot, view)
    (row,) = saved_rows(context)
    checks = get_crossing(context.ledger, row.uuid).record.documents
    assert [c.warnings for c in checks] == [frozenset(), frozenset({"policy_expired"}),
                                            frozenset({"departed_elsewhere"})]


def test_the_duplicate_is_stored_as_a_warning_too(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    earlier = sign_in("clerk2")
    record_household(earlier.ledger, [PersonEntry(
        "Sher Khan Afridi", "M", "PK-KP", documents=(DocumentEntry("por", "PK-1234"),))])
    context = sign_in("clerk")
    view = open_view(qtbot, context)
    desk = Desk(qtbot)
    _por_holder(qtbot, desk, "PK-1234")
    assert _finding(qtbot, view).startswith("Already recorded departing at this desk: "
                                            "Sher Khan Afridi, recorded by clerk2")
    desk.save()
    qtbot.waitUntil(lambda: _warned(view))
    desk.press(Qt.Key.Key_A, ALT)
    wait_saved(qtbot, view)
    newest = saved_rows(context)[0]
    assert newest.full_name == "Sher Khan"
    assert get_crossing(context.ledger, newest.uuid).record.documents[0].warnings == {
        "duplicate"}


def test_saving_on_the_way_out_shows_the_warnings_and_save_anyway_signs_out(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = _lists(sign_in)
    window = open_window(qtbot, context)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    desk = Desk(qtbot)
    _por_holder(qtbot, desk, CANCELLED_POR)
    closed: list[bool] = []
    window.sig_closed.connect(closed.append)
    window.sign_out()
    qtbot.waitUntil(lambda: window.leave_question is not None
                    and window.leave_question.isVisible())
    qtbot.keyClick(window.leave_question, Qt.Key.Key_Return)  # Save is the default
    qtbot.waitUntil(lambda: _warned(view))
    assert not closed  # the session waits for the clerk's decision
    desk.press(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: closed == [True], timeout=10_000)


def test_going_back_on_the_way_out_keeps_the_session(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = _lists(sign_in)
    window = open_window(qtbot, context)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    desk = Desk(qtbot)
    _por_holder(qtbot, desk, CANCELLED_POR)
    window.sign_out()
    qtbot.waitUntil(lambda: window.leave_question is not None
                    and window.leave_question.isVisible())
    qtbot.keyClick(window.leave_question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _warned(view))
    desk.press(ESC)
    qtbot.waitUntil(lambda: view.warning_dialog is None)
    qtbot.wait(300)
    assert window.isVisible() and context.is_open
    assert saved_rows(context) == []


def test_a_correction_to_a_cancelled_number_asks_first(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = _lists(sign_in)
    uuid = record_household(context.ledger, [PersonEntry(
        "Gul Agha", "M", "PK-KP", documents=(DocumentEntry("por", "PK-1", result="verified"),))])[0]
    dialog = CorrectionDialog(context, get_crossing(context.ledger, uuid))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    row = dialog.person.documents.rows[0]
    row.number.setFocus()
    row.number.selectAll()
    qtbot.keyClicks(row.number, CANCELLED_POR)  # the number was typed wrong at entry
    qtbot.waitUntil(lambda: row.finding.isVisible(), timeout=5_000)
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "number typed wrong")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: dialog.warning_dialog is not None
                    and dialog.warning_dialog.isVisible())
    warning = dialog.warning_dialog
    qtbot.keyClick(QApplication.focusWidget(), ESC)  # Go back
    qtbot.waitUntil(lambda: dialog.warning_dialog is None)
    assert get_crossing(context.ledger, uuid).record.documents[0].number == "PK-1"
    assert "Not saved" in dialog.message.text() and warning is not None
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.isAncestorOf(focused()))
    qtbot.keyClick(dialog.reason, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: dialog.warning_dialog is not None
                    and dialog.warning_dialog.isVisible())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    check = get_crossing(context.ledger, uuid).record.documents[0]
    assert (check.number, check.warnings, check.reference_version) == (
        "PK-778899", frozenset({"cancelled"}), 4)


@pytest.fixture(params=[Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft],
                ids=["ltr", "rtl"])
def direction(request: pytest.FixtureRequest, qapp: QApplication
              ) -> Iterator[Qt.LayoutDirection]:
    qapp.setLayoutDirection(request.param)
    yield request.param
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_every_kind_of_warning_fits_a_1024x600_desk_and_reads_in_order(
        qtbot: QtBot, sign_in: Callable[[str], AppContext], tmp_path: Path,
        direction: Qt.LayoutDirection) -> None:
    earlier = sign_in("clerk2")
    record_household(earlier.ledger, [PersonEntry(
        "Sher Khan Afridi", "M", "PK-KP", documents=(DocumentEntry("por", CANCELLED_POR),))])
    context = _lists(sign_in)
    window = open_window(qtbot, context)
    window.resize(1024, 600)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    desk = Desk(qtbot)
    _por_holder(qtbot, desk, CANCELLED_POR)  # listed and already departed here
    for kind, number, result in (("a", "ACC-55", "e"), ("pa", DEPARTED_PASSPORT, "v")):
        desk.press(Qt.Key.Key_D, CTRL)
        desk.type(kind)
        desk.press(TAB)
        desk.type(number)
        desk.press(TAB)
        desk.type(result)
    rows = view.forms[0].documents.rows
    qtbot.waitUntil(lambda: all(row.finding.isVisible() for row in rows), timeout=5_000)
    suffix = "rtl" if direction == Qt.LayoutDirection.RightToLeft else "ltr"
    shot(window, f"desk-findings-1024x600-{suffix}", tmp_path)
    desk.save()
    qtbot.waitUntil(lambda: _warned(view))
    dialog = view.warning_dialog
    assert dialog is not None and dialog.warnings.topLevelItemCount() == 4
    qtbot.wait(100)
    frame = dialog.frameGeometry()
    assert frame.width() <= 1024 and frame.height() <= 600, frame
    assert not clipped_labels(dialog)
    table = dialog.warnings
    assert table.header().length() <= table.viewport().width() + 1  # no column off the side
    assert table.verticalScrollBar().maximum() == 0  # every warning in sight
    shot(dialog, f"desk-warnings-{suffix}", tmp_path)
    for index in range(table.topLevelItemCount()):
        for column in range(table.columnCount()):
            text = table.topLevelItem(index).text(column)
            words = "".join(c for c in plain(text) if not c.isspace())
            assert left_to_right_reading(text) == words, text
    desk.press(ESC)
    qtbot.waitUntil(lambda: view.warning_dialog is None)


def test_what_was_found_comes_into_sight_on_a_1024x600_desk(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    """The first document block sits at the bottom of a small screen's form: the line saying
    what was found is scrolled into sight while the clerk works in that block."""
    window = open_window(qtbot, _lists(sign_in))
    window.resize(1024, 600)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    _por_holder(qtbot, Desk(qtbot), CANCELLED_POR)
    finding = view.forms[0].documents.rows[0].finding
    qtbot.waitUntil(finding.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: finding.visibleRegion().boundingRect().height() == finding.height())


def test_an_old_problem_message_is_gone_when_the_warnings_ask(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = _lists(sign_in)
    view = open_view(qtbot, context)
    desk = Desk(qtbot)
    _por_holder(qtbot, desk, CANCELLED_POR)
    desk.press(Qt.Key.Key_M, CTRL)  # a member added by mistake, nothing typed for them
    desk.save()
    qtbot.waitUntil(lambda: "Fix what is marked" in view.message.text())
    desk.press(Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)  # taken out again
    qtbot.waitUntil(lambda: len(view.forms) == 1)
    desk.save()
    qtbot.waitUntil(lambda: _warned(view))
    assert "Fix what is marked" not in view.message.text()
    desk.press(ESC)
