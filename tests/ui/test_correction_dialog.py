"""The correction dialog is the entry screen's person editor: the same fields, checks and keys,
filled with the record it corrects."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.records import get_crossing, record_household
from ui.context import AppContext
from ui.correction_dialog import CorrectionDialog
from ui.entry import HouseholdView
from ui.entry.crossing_form import PersonForm

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
    qtbot.keyClick(form.age, Qt.Key.Key_Return)
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
