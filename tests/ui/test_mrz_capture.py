"""Document reader input: the zone typed like a keyboard, into whatever field has the cursor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkpoint.records import get_crossing
from contract.bidi import shown
from ui.context import AppContext
from ui.entry.crossing_form import PersonForm
from ui.entry.mrz_capture import MrzCapture

from .test_entry import (
    ALT,
    ENTER,
    TAB,
    Desk,
    focused,
    identity_card_zone,
    open_view,
    passport_zone,
    saved_rows,
    wait_saved,
)


def test_zone_typed_into_another_field_fills_the_person_and_leaves_that_field_alone(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    view = open_view(qtbot, context)
    desk = Desk(qtbot)
    form = view.forms[0]
    desk.press(TAB)
    desk.type("Abdul")  # the father's name, half typed, when the passport goes in
    zone = passport_zone()
    desk.scan(zone)  # Enter after each line, as most readers send it

    assert focused() is form.father_name
    assert (form.father_name.text(), form.father_name.cursorPosition()) == ("Abdul", 5)
    assert form.full_name.text() == "AHMADZAI GUL AGHA"
    assert (form.sex.code(), form.birth_date.date_value(), form.nationality.text()) == (
        "M", date(1986, 3, 15), "AFG")
    [row] = form.documents.rows
    assert (row.kind.code(), row.number.text(), row.country.text(), row.expiry.date_value(),
            row.result.code(), row.method.code()) == (
        "passport", "P01234567", "AFG", date(2030, 1, 1), "verified", "reader")
    assert form.marks.marked() == []
    assert shown(view.message.text()) == "Passport P01234567 read: every check digit correct."
    assert saved_rows(context) == []  # the reader's Enters never saved anything

    desk.type(" Rahim")
    desk.press(Qt.Key.Key_O, ALT)
    desk.type("kp")
    desk.save()
    wait_saved(qtbot, view)
    [saved] = saved_rows(context)
    assert saved.father_name == "Abdul Rahim"
    # No raw zone anywhere in what was kept (DESIGN §2.5).
    snapshot = get_crossing(context.ledger, saved.uuid).history[0].snapshot
    assert "<" not in snapshot and zone[1][:10] not in snapshot


def test_identity_card_with_tabs_into_a_drop_down_leaves_the_choice_as_it_was(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    view = open_view(qtbot, sign_in("clerk"))
    desk = Desk(qtbot)
    form = view.forms[0]
    desk.press(Qt.Key.Key_O, ALT)
    desk.type("kp")
    desk.scan(identity_card_zone(), TAB, trailing=False)  # 3 x 30, Tab between lines

    assert focused() is form.origin_province
    assert form.origin_province.code() == "PK-KP"
    assert form.full_name.text() == "KAKAR SHAH MAHMOOD"
    [row] = form.documents.rows
    assert (row.kind.code(), row.number.text(), row.country.text(), row.method.code()) == (
        "tazkira", "T12345678", "AFG", "reader")
    assert form.birth_date.date_value() == date(1990, 1, 1)


def test_failed_check_digit_is_marked_on_its_field_and_the_clerk_decides(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    view = open_view(qtbot, context)
    desk = Desk(qtbot)
    form = view.forms[0]
    upper, lower = passport_zone()
    wrong = str((int(lower[9]) + 1) % 10)  # the document number's check digit
    desk.scan([upper, lower[:9] + wrong + lower[10:]], repeat=2)  # CR and LF after each line

    [row] = form.documents.rows
    assert row.number.text() == "P01234567"  # read, not thrown away
    assert "check digit failed" in row.number.toolTip().lower()
    assert row.number.property("problem") is True
    assert row.result.code() is None  # neither accepted nor rejected: the clerk decides
    assert "looked at the document" in form.marks.text(row.result)
    assert form.marks.text(form.birth_date) == ""  # the birth date's own check passed
    assert "not every check passed (document number, composite)" in shown(view.message.text())

    desk.type("Abdul Rahim")
    desk.press(Qt.Key.Key_O, ALT)
    desk.type("kp")
    desk.save()
    assert saved_rows(context) == []
    assert focused() is row.result
    assert "choose the check result" in view.message.text()
    desk.type("m")  # the clerk compared and found a mismatch
    assert row.result.code() == "mismatch"
    assert not row.number.property("problem")
    desk.save()
    wait_saved(qtbot, view)
    [saved] = saved_rows(context)
    [check] = get_crossing(context.ledger, saved.uuid).checks
    assert (check.result, check.method) == ("mismatch", "reader")


def test_a_clerks_own_typing_is_never_taken_for_a_zone(qtbot: QtBot) -> None:
    form = PersonForm()  # the capture watches any widget's fields; no database needed
    qtbot.addWidget(form)
    capture = MrzCapture(form)
    readings: list[object] = []
    capture.sig_read.connect(lambda reading, _widget: readings.append(reading))
    form.show()
    form.activateWindow()
    form.full_name.setFocus()
    qtbot.waitUntil(lambda: focused() is form.full_name)
    desk = Desk(qtbot)
    desk.type("P<AFG")  # looks like the start of a zone, then a space
    desk.type(" KHAN")
    assert form.full_name.text() == "P<AFG KHAN"
    desk.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    desk.type("ABDULWALI")
    with qtbot.waitSignal(form.full_name.returnPressed, timeout=1000):
        desk.press(ENTER)  # the clerk's Enter reaches the form
    desk.press(TAB)
    desk.type("1" * 44)  # as long as a passport line, but no zone starts with a digit
    with qtbot.waitSignal(form.father_name.returnPressed, timeout=1000):
        desk.press(ENTER)
    assert form.full_name.text() == "ABDULWALI" and form.father_name.text() == "1" * 44
    assert readings == []
