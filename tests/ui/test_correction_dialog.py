"""The correction dialog is the entry screen's person editor: the same fields, checks and keys,
filled with the record it corrects."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.records import get_crossing, record_household
from contract.bidi import shown
from ui.context import AppContext
from ui.correction_dialog import CorrectionDialog
from ui.entry import HouseholdView
from ui.entry.crossing_form import PersonForm

from .test_entry_layout import SIZES, shot

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
AT = datetime(2025, 4, 2, 5, 0, tzinfo=UTC)


def recorded(context: AppContext) -> str:
    return record_household(context.ledger, [PersonEntry(
        full_name="Gul Agha", sex="M", origin_province="KP", father_name="Wali",
        full_name_native="ګل آغا", birth_date=date(1981, 3, 21), nationality="AFG",
        origin_district="Peshawar", destination_province="Nangarhar", return_type="voluntary",
        vrf_number="VRF-1", vulnerabilities=frozenset({"disability"}), remarks="walks slowly",
        documents=(DocumentEntry("por", "POR-111", "PAK", result="verified"),))],
        crossed_at=AT)[0]


def open_correction(qtbot: QtBot, context: AppContext, uuid: str) -> CorrectionDialog:
    dialog = CorrectionDialog(context, get_crossing(context.ledger, uuid))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def described(form: PersonForm) -> list[tuple[str, str]]:
    """Each field in tab order: its kind and what the clerk reads beside it."""
    labels = {label.buddy(): label.text() for label in form.findChildren(QLabel)
              if label.buddy() is not None}

    def words(widget: QWidget) -> str:
        if widget in labels:
            return labels[widget]
        if isinstance(widget, QAbstractButton):
            return widget.text()
        return widget.placeholderText() if isinstance(widget, QLineEdit) else ""
    return [(type(widget).__name__, words(widget)) for widget in form.fields()]


def test_correction_shows_the_entry_forms_fields_filled_with_the_record(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("lead")
    screen = HouseholdView(context)
    qtbot.addWidget(screen)
    entry_form = screen.current_form()
    entry_form.add_document()  # the record has one document: so has the blank form now
    dialog = open_correction(qtbot, context, recorded(context))
    form = dialog.person
    assert described(form) == described(entry_form)
    assert len(described(form)) > 20
    assert (form.full_name.text(), form.father_name.text(), form.full_name_native.text()) == (
        "Gul Agha", "Wali", "ګل آغا")
    assert (form.sex.code(), form.birth_date.text(), form.nationality.text()) == (
        "M", "1981-03-21", "AFG")
    assert (form.origin_province.code(), form.origin_district.text(),
            form.destination_province.code(), form.return_type.code(),
            form.vrf_number.text()) == ("PK-KP", "Peshawar", "AF-NAN", "voluntary", "VRF-1")
    [document] = form.documents.rows
    assert (document.kind.code(), document.number.text(), document.country.text(),
            document.result.code()) == ("por", "POR-111", "PAK", "verified")
    # What was recorded in the folded part is shown, not hidden.
    assert form.more_box.isVisible() and form.vulnerabilities["disability"].isChecked()
    assert form.remarks.text() == "walks slowly"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.full_name)
    assert dialog.changes() == {}


def test_correction_by_keyboard_with_the_entry_screens_keys_and_checks(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("lead")
    uuid = recorded(context)
    dialog = open_correction(qtbot, context, uuid)
    form = dialog.person
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.full_name)
    # Ctrl+D adds a document with the cursor on its type; Ctrl+Shift+D takes it away again.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, CTRL)
    assert len(form.documents.rows) == 2
    assert QApplication.focusWidget() is form.documents.rows[1].kind
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(form.documents.rows) == 1
    # The core's checks, shown on the field as on the entry screen: nothing saved.
    form.age.setFocus()
    qtbot.keyClicks(form.age, "130")
    qtbot.keyClick(form.age, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "120" in dialog.message.text())
    assert dialog.isVisible() and QApplication.focusWidget() is form.age
    assert "120" in form.marks.text(form.age)
    assert get_crossing(context.ledger, uuid).crossing.revision == 1
    form.age.clear()
    form.full_name_native.setFocus()
    # Typed through the Pashto keyboard layout (the test keyboard types Latin keys only).
    form.full_name_native.insert(" خان")
    qtbot.keyClick(form.full_name_native, Qt.Key.Key_W, ALT)  # the reason, by its label
    assert QApplication.focusWidget() is dialog.reason
    qtbot.keyClicks(dialog.reason, "native spelling completed")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    detail = get_crossing(context.ledger, uuid)
    assert detail.crossing.full_name_native == "ګل آغا خان"
    assert detail.history[-1].changed_fields == "full_name_native"
    assert detail.history[-1].reason == "native spelling completed"
    assert [check.number for check in detail.checks] == ["POR-111"]


def test_enter_moves_to_the_next_field_and_only_ctrl_s_ctrl_enter_or_save_save(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("lead")
    uuid = recorded(context)
    dialog = open_correction(qtbot, context, uuid)
    form = dialog.person
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.full_name)
    assert not any(button.isDefault() for button in dialog.findChildren(QPushButton))
    form.full_name.end(False)
    qtbot.keyClicks(form.full_name, " Khan")
    # Enter walks the fields as Tab does, over text, choice and date fields alike.
    walked = [form.full_name]
    for _step in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        walked.append(QApplication.focusWidget())
    assert walked == form.fields()[:7]
    assert dialog.isVisible() and dialog.message.text() == ""
    # Enter in the reason, the last field, saves nothing either: it goes on to Save.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, ALT)
    qtbot.keyClicks(dialog.reason, "Khan left out at entry")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert QApplication.focusWidget() is not dialog.reason
    assert dialog.isVisible() and dialog.message.text() == ""
    assert get_crossing(context.ledger, uuid).crossing.revision == 1
    # Ctrl+Enter saves, from any field.
    form.sex.setFocus()
    qtbot.keyClick(form.sex, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert get_crossing(context.ledger, uuid).crossing.full_name == "Gul Agha Khan"


def test_enter_on_the_save_button_saves_and_on_cancel_cancels(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("lead")
    uuid = recorded(context)
    dialog = open_correction(qtbot, context, uuid)
    dialog.person.father_name.setText("Wali Khan")
    dialog.reason.setText("father's name completed")
    dialog.cancel_button.setFocus()
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert get_crossing(context.ledger, uuid).crossing.revision == 1
    dialog = open_correction(qtbot, context, uuid)
    dialog.person.father_name.setText("Wali Khan")
    dialog.reason.setText("father's name completed")
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert get_crossing(context.ledger, uuid).crossing.father_name == "Wali Khan"


def test_expiry_is_checked_against_the_crossings_own_day(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    """A passport valid when the person crossed (2 April 2025) and expired since is shown as
    it was recorded, Verified; an expiry before that day shows Expired, as the core decides."""
    context = sign_in("lead")
    uuid = record_household(context.ledger, [PersonEntry(
        full_name="Gul Agha", sex="M", origin_province="KP",
        documents=(DocumentEntry("passport", "P1234567", "AFG", expiry=date(2025, 6, 1),
                                 result="verified"),))], crossed_at=AT)[0]
    assert date.today() > date(2025, 6, 1)
    dialog = open_correction(qtbot, context, uuid)
    form = dialog.person
    [row] = form.documents.rows
    assert row.result.code() == "verified"
    assert form.marks.text(row.expiry) == ""
    assert row.expired_on() is None
    assert dialog.changes() == {}
    # An expiry typed that ends before the crossing day is expired on that day.
    row.expiry.setFocus()
    row.expiry.selectAll()
    qtbot.keyClicks(row.expiry, "2025-04-01")
    qtbot.keyClick(row.expiry, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "Expired on 2025-04-01" in shown(form.marks.text(row.expiry)))
    assert row.result.code() == "expired"
    # The day before it ended is still valid on the crossing day.
    row.expiry.setFocus()
    row.expiry.selectAll()
    qtbot.keyClicks(row.expiry, "2025-04-02")
    qtbot.keyClick(row.expiry, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: form.marks.text(row.expiry) == "")


@pytest.mark.parametrize("rtl", [False, True], ids=["ltr", "rtl"])
@pytest.mark.parametrize("size", SIZES, ids=["1280x720", "1024x600"])
def test_every_field_is_reachable_and_in_sight_at_the_desks_screen_sizes(
        qtbot: QtBot, sign_in: Callable[[str], AppContext], tmp_path: Path,
        size: tuple[int, int], rtl: bool) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                           else Qt.LayoutDirection.LeftToRight)
    try:
        context = sign_in("lead")
        dialog = open_correction(qtbot, context, recorded(context))
        # It opens no larger than the screen leaves (not 1060 x 680 whatever the screen), and
        # can be made as small as a 1024 x 600 screen.
        screen = dialog.screen().availableGeometry()
        assert dialog.width() < screen.width() and dialog.height() < screen.height()
        minimum = dialog.minimumSizeHint()
        assert minimum.width() <= 1024 and minimum.height() <= 600
        dialog.resize(*size)
        qtbot.waitUntil(lambda: (dialog.width(), dialog.height()) == size)
        form = dialog.person
        area = dialog.form_area
        assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        qtbot.waitUntil(lambda: form.width() <= area.viewport().width())
        shot(dialog, f"correction-{size[0]}x{size[1]}-{'rtl' if rtl else 'ltr'}", tmp_path)
        form.full_name.setFocus()
        seen = []
        for _field in form.fields():
            widget = QApplication.focusWidget()
            if widget is None or not form.isAncestorOf(widget):
                break
            seen.append(widget)
            qtbot.waitUntil(lambda w=widget: in_sight(w, area), timeout=1000)
            assert area.horizontalScrollBar().value() == 0, f"{widget} shifted the form"
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
        visible = [widget for widget in form.fields() if widget.isVisibleTo(form)]
        assert visible == seen
        for label in form.findChildren(QLabel):
            if label.isVisible() and label.buddy() is not None:
                assert in_form_width(label, area), label.text()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def in_sight(widget: QWidget, area: QScrollArea) -> bool:
    """Whether the whole of ``widget`` is inside the part of the form on screen."""
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def in_form_width(widget: QWidget, area: QScrollArea) -> bool:
    """Whether ``widget`` is not cut off at either side of the form's place."""
    left = widget.mapTo(area.viewport(), QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= area.viewport().width()
