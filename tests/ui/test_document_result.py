"""Issue 8 item 3: the form shows the result that will be stored. An expired document read
by the reader or typed by hand shows Expired at once, never Verified; a new document has no
result until the clerk states one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkpoint.records import get_crossing
from contract.bidi import shown
from tests.support.windows import open_window
from ui.context import AppContext
from ui.entry import HouseholdView

from .test_entry import ALT, CTRL, TAB, Desk, focused, open_view, saved_rows, wait_saved

# The specimen passport of ICAO Doc 9303 part 4 (Anna Maria Eriksson, Utopia), expired
# 2012-04-15, every check digit correct.
ICAO_SPECIMEN_TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                     "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def test_expired_passport_read_by_the_reader_shows_and_stores_expired(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    view = open_view(qtbot, context)
    desk = Desk(qtbot)
    form = view.forms[0]
    desk.scan(ICAO_SPECIMEN_TD3)

    [row] = form.documents.rows
    assert (row.kind.code(), row.number.text(), row.expiry.date_value()) == (
        "passport", "L898902C3", date(2012, 4, 15))
    assert row.result.code() == "expired" and row.result.currentText() == "Expired"
    assert shown(form.marks.text(row.expiry)) == "Expired on 2012-04-15: the result is Expired."
    assert "expired on 2012-04-15" in shown(view.message.text())
    assert "Verified" not in shown(view.message.text())
    # Choosing Verified for it is not left showing: the form says what will be stored.
    row.result.setFocus()
    desk.type("v")
    assert row.result.code() == "expired"

    desk.press(Qt.Key.Key_O, ALT)
    desk.type("kp")
    desk.press(Qt.Key.Key_S, CTRL)
    wait_saved(qtbot, view)
    [saved] = saved_rows(context)
    [check] = get_crossing(context.ledger, saved.uuid).checks
    assert (check.result, check.method, check.expiry) == ("expired", "reader",
                                                          date(2012, 4, 15))


def test_typed_expiry_shows_the_result_and_a_new_document_has_none(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    view = open_view(qtbot, context)
    desk = Desk(qtbot)
    form = view.forms[0]
    desk.type("Gul Agha")
    desk.press(Qt.Key.Key_X, ALT)
    desk.type("m")
    desk.press(Qt.Key.Key_O, ALT)
    desk.type("kp")
    desk.press(Qt.Key.Key_D, CTRL)
    [row] = form.documents.rows
    assert row.result.code() is None  # no default: the clerk states a result
    desk.type("pa")
    desk.press(TAB)
    desk.type("P7654321")
    desk.press(TAB)
    assert focused() is row.result
    desk.type("v")
    desk.press(TAB)
    desk.type("afg")
    desk.press(TAB)
    desk.type("2012-04-15")  # the clerk said verified, then typed an expiry long past
    assert row.result.code() == "expired"
    assert "Expired on 2012-04-15" in shown(form.marks.text(row.expiry))
    desk.press(Qt.Key.Key_A, CTRL)
    desk.type("2031-01-01")  # a slip corrected: the form's own Expired goes with it
    assert row.result.code() is None and shown(form.marks.text(row.expiry)) == ""
    desk.press(Qt.Key.Key_S, CTRL)
    assert saved_rows(context) == []
    assert focused() is row.result and "Check result is required" in shown(view.message.text())
    desk.type("v")
    desk.press(Qt.Key.Key_S, CTRL)
    wait_saved(qtbot, view)
    [saved] = saved_rows(context)
    [check] = get_crossing(context.ledger, saved.uuid).checks
    assert (check.result, check.expiry) == ("verified", date(2031, 1, 1))


def test_after_a_failed_check_digit_an_expired_passport_waits_for_the_clerk(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    """The expiry may be the misread part: the form marks it and proposes nothing."""
    view = open_view(qtbot, sign_in("clerk"))
    form = view.forms[0]
    upper, lower = ICAO_SPECIMEN_TD3
    wrong = str((int(lower[9]) + 1) % 10)  # the document number's check digit
    Desk(qtbot).scan([upper, lower[:9] + wrong + lower[10:]])
    [row] = form.documents.rows
    assert row.result.code() is None
    assert shown(form.marks.text(row.expiry)) == "Expired on 2012-04-15."
    assert "choose the result" in form.marks.text(row.result).lower()


def test_an_expiry_mark_comes_into_sight_on_a_1024x600_desk(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    """The words under a document block ("Expired on ...") sit below the fold of a small
    screen's form: they are scrolled into sight while the clerk works in that block."""
    window = open_window(qtbot, sign_in("clerk"))
    window.resize(1024, 600)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    desk = Desk(qtbot)
    desk.type("Gul Agha")
    desk.press(Qt.Key.Key_X, ALT)
    desk.type("m")
    desk.press(Qt.Key.Key_O, ALT)
    desk.type("kp")
    desk.press(Qt.Key.Key_D, CTRL)
    [row] = view.forms[0].documents.rows
    desk.type("pa")
    desk.press(TAB)
    desk.type("P7654321")
    desk.press(TAB)
    desk.type("v")
    desk.press(TAB)
    desk.type("afg")
    desk.press(TAB)
    desk.type("2012-04-15")
    qtbot.waitUntil(row.message.isVisible, timeout=5_000)
    assert "Expired on 2012-04-15" in shown(row.message.text())
    qtbot.waitUntil(
        lambda: row.message.visibleRegion().boundingRect().height() == row.message.height())
