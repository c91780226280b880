"""The complaints screen: a shift lead takes complaints with the keyboard and sees them listed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from checkpoint.complaints import list_complaints, take_complaint
from checkpoint.entries import PersonEntry
from checkpoint.errors import PermissionDenied
from checkpoint.models import Complaint
from checkpoint.permissions import Action
from checkpoint.records import record_household
from contract.bidi import shown
from ui.complaints_model import UUID_ROLE
from ui.complaints_view import ComplaintsView
from ui.context import AppContext
from ui.main_window import MainWindow, ScreenSpec

COMPLAINTS_SCREEN = ScreenSpec(lambda: "Complaints", ComplaintsView, Action.COMPLAINTS)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str, then: Qt.Key | None = Qt.Key.Key_Tab) -> None:
    """Type into whatever has the focus, then press ``then``."""
    if text:
        qtbot.keyClicks(_focused(), text)
    if then is not None:
        qtbot.keyClick(_focused(), then)


def _row(view: ComplaintsView, row: int) -> list[str]:
    model = view.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_a_shift_lead_takes_complaints_with_the_keyboard_and_sees_them_newest_first(
        qtbot: QtBot, sign_in: Callable[[str], AppContext], qtmodeltester) -> None:
    context = sign_in("lead")
    gul, _ = record_household(context.ledger, [PersonEntry("Gul Agha", "M", "KP", "Wali"),
                                               PersonEntry("Bibi Hawa", "F", "KP")])
    window = MainWindow(context, [COMPLAINTS_SCREEN])
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.screens["complaints"]
    assert isinstance(view, ComplaintsView)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 0

    # Saving with nothing chosen: the message says what is missing, on the field.
    view.category.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Category is required" in view.message.text(), timeout=10_000)
    assert view.category.hasFocus()

    _type(qtbot, "Extortion")  # the category list finds it as it is typed
    _type(qtbot, "Asked for money at the gate.")
    # Enter searches now and goes to the matches (as in every find box): one record, linked.
    _type(qtbot, "gul agha", Qt.Key.Key_Return)
    assert view.record.hasFocus()
    qtbot.waitUntil(lambda: view.record.currentData() == gul)  # searched on the reader
    assert "Gul Agha, father Wali" in shown(view.record.currentText())
    _type(qtbot, "")  # on to contact
    _type(qtbot, "0300 1234567")
    _type(qtbot, "U", None)  # urgency: Urgent
    with qtbot.waitSignal(view.sig_complaint_saved, timeout=10_000) as saved:
        qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    first = saved.args[0]
    assert "Complaint saved" in view.message.text()
    assert view.description.toPlainText() == "" and view.category.currentData() is None
    assert view.category.hasFocus()  # ready for the next one
    _taken_at, category, urgency, status, description, record, taken_by = _row(view, 0)
    assert (category, urgency, status, record, taken_by) == (
        "Extortion or bribe", "Urgent", "Received", "Gul Agha", "lead")
    assert description == "Asked for money at the gate."

    # A second complaint, linked by pasting the record id, goes on top.
    for _ in range(6):  # down the list to Delay (typing it would join the earlier search)
        qtbot.keyClick(_focused(), Qt.Key.Key_Down)
    assert view.category.currentText() == "Delay"
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    _type(qtbot, "Waited two days.")
    view.record_search.setText(gul)
    qtbot.keyClick(view.record_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.record.currentData() == gul)
    # Down from the find box goes to the matches too.
    view.record_search.setFocus()
    qtbot.keyClick(view.record_search, Qt.Key.Key_Down)
    assert view.record.hasFocus() and view.record.currentData() == gul
    view.save_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    assert _row(view, 0)[1:4] == ["Delay", "Normal", "Received"]
    assert view.model.index(1, 0).data(UUID_ROLE) == first
    assert view.count.text() == "Complaints: 2 · 1 urgent"
    qtmodeltester.check(view.model)
    stored = list_complaints(context.ledger)
    assert [c.crossing_uuid for c in stored] == [gul, gul]
    assert stored[1].contact == "0300 1234567"


def test_a_status_from_hq_is_shown_as_it_is(qtbot: QtBot,
                                           sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("lead")
    uuid = take_complaint(context.ledger, "delay", "Waited two days")
    with context.ledger.writing() as session:  # what the sync will do when HQ answers
        session.get(Complaint, uuid).status = "forwarded_to_unhcr"
    view = ComplaintsView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)  # read on the reader
    assert _row(view, 0)[3] == "Forwarded to unhcr"


def test_a_clerk_has_no_complaints_screen_and_is_refused(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    window = MainWindow(context, [COMPLAINTS_SCREEN])
    qtbot.addWidget(window)
    assert "complaints" not in window.screens
    view = ComplaintsView(context)  # built by hand all the same
    qtbot.addWidget(view)
    assert not view.save_button.isEnabled()
    assert "shift lead" in view.save_button.toolTip()
    view.category.setCurrentIndex(1)
    view.description.setPlainText("Waited")
    view.save()  # the core decides, not the button
    qtbot.waitUntil(lambda: "does not allow" in view.message.text(), timeout=10_000)
    with pytest.raises(PermissionDenied):
        take_complaint(context.ledger, "delay", "Waited")
