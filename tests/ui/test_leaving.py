"""Leaving a session: quitting, closing the window and signing out end cleanly, and ask first
when a form holds typing not saved yet (Save, Discard or Cancel from the keyboard)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from checkpoint.complaints import list_complaints
from checkpoint.entries import PersonEntry
from checkpoint.ledger import open_ledger
from checkpoint.records import get_crossing, record_household
from checkpoint.search import CrossingFilter, count_crossings, search_crossings
from tests.support.windows import open_window
from ui.app import CheckpointApp
from ui.complaints_view import ComplaintsView
from ui.context import AppContext
from ui.entry import HouseholdView
from ui.leave_question import LeaveQuestion
from ui.main_window import MainWindow
from ui.records_view import RecordsView
from ui.sign_in import SignInDialog

from .conftest import Site

CTRL = Qt.KeyboardModifier.ControlModifier
DESK = Path(__file__).with_name("quitting_desk.py")
ROOT = Path(__file__).parents[2]


@pytest.fixture
def signed_in_app(qtbot: QtBot, site: Site) -> Iterator[Callable[[str], CheckpointApp]]:
    """The app on the site, signed in through its own sign-in dialog."""
    made: list[CheckpointApp] = []

    def start(user: str) -> CheckpointApp:
        controller = CheckpointApp(site.path)
        made.append(controller)
        controller.start()
        dialog = controller.dialog
        assert isinstance(dialog, SignInDialog)
        qtbot.keyClicks(dialog.user, user)
        qtbot.keyClicks(dialog.password, site.passwords[user])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        return controller

    yield start
    for controller in made:
        if controller.dialog is not None:
            controller.dialog.close()
        controller.stop()


def _delete_closed_windows() -> None:
    # What the event loop does before app.exec() returns in the real program.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _error_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.parametrize("way", ["ctrl+q", "close button"])
def test_quitting_ends_the_app_without_an_error(
        qtbot: QtBot, signed_in_app: Callable[[str], CheckpointApp], way: str) -> None:
    controller = signed_in_app("clerk")
    window = controller.window
    assert window is not None
    context = window.context
    if way == "ctrl+q":
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    else:
        window.close()
    _delete_closed_windows()
    assert not shiboken6.isValid(window)  # it deletes itself on close, as after app.exec()
    controller.stop()  # what main() does once the event loop is over: must not raise
    assert not context.is_open and not _error_boxes()


def test_signing_out_then_closing_the_sign_in_ends_cleanly(
        qtbot: QtBot, signed_in_app: Callable[[str], CheckpointApp]) -> None:
    controller = signed_in_app("lead")
    window = controller.window
    assert window is not None
    qtbot.keyClick(window, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog), timeout=5_000)
    _delete_closed_windows()
    assert not shiboken6.isValid(window)
    dialog = controller.dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _delete_closed_windows()
    assert not shiboken6.isValid(dialog)
    controller.stop()
    assert controller.dialog is None and not _error_boxes()


@pytest.mark.slow
@pytest.mark.parametrize("way", ["quit", "close", "sign-out"])
def test_the_real_program_exits_with_status_0(site: Site, tmp_path: Path, way: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_STATE_HOME": str(tmp_path / "state"),
           "CHECKPOINT_PASSWORD": site.passwords["clerk"]}
    done = subprocess.run([sys.executable, str(DESK), str(site.path), "clerk", way],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "already deleted" not in done.stderr


# -- asking before typing is lost ------------------------------------------------------------


def _type_head(qtbot: QtBot, view: HouseholdView, *, complete: bool) -> None:
    head = view.forms[0]
    for field, text in ((head.full_name, "Gul Agha"), (head.sex, "m"), (head.age, "40"),
                        (head.origin_province, "KPK"), (head.destination_province, "kabul"),
                        (head.return_type, "v")):
        if field is head.origin_province and not complete:
            break
        field.setFocus()
        qtbot.keyClicks(field, text)
    # A code list's completer popup may have taken the keyboard offscreen: give it back.
    view.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.window())
    head.age.setFocus()


def _question(qtbot: QtBot, window: MainWindow) -> LeaveQuestion:
    qtbot.waitUntil(lambda: window.leave_question is not None
                    and window.leave_question.isVisible())
    assert window.leave_question is not None
    return window.leave_question


def _departures(context: AppContext) -> int:
    return count_crossings(context.ledger, CrossingFilter())


def test_signing_out_over_a_half_typed_household_asks_and_cancel_keeps_it(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    window = open_window(qtbot, context)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    _type_head(qtbot, view, complete=False)
    closed: list[bool] = []
    window.sig_closed.connect(closed.append)
    qtbot.keyClick(view.forms[0].age, Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)
    question = _question(qtbot, window)
    assert "household" in question.text() and question.save_button is not None
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # Cancel: back to the form, nothing lost
    qtbot.waitUntil(lambda: window.leave_question is None)
    assert window.isVisible() and not closed and context.is_open
    assert view.forms[0].full_name.text() == "Gul Agha"
    # Quitting asks the same; D discards and the session ends.
    qtbot.keyClick(view.forms[0].age, Qt.Key.Key_Q, CTRL)
    question = _question(qtbot, window)
    qtbot.keyClick(question, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: closed == [False])
    assert not context.is_open


def test_save_records_the_household_then_signs_out(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    window = open_window(qtbot, context)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    _type_head(qtbot, view, complete=True)
    closed: list[bool] = []
    window.sig_closed.connect(closed.append)
    window.sign_out()
    qtbot.keyClick(_question(qtbot, window), Qt.Key.Key_Return)  # Save is the default
    qtbot.waitUntil(lambda: closed == [True], timeout=10_000)
    ledger = open_ledger(site.path, "clerk", site.passwords["clerk"])
    try:
        assert [c.full_name for c in search_crossings(ledger, CrossingFilter())] == ["Gul Agha"]
    finally:
        ledger.close()


def test_a_save_refused_on_the_way_out_keeps_the_session_and_shows_the_problem(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    window = open_window(qtbot, context)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    _type_head(qtbot, view, complete=False)  # no origin, destination, return type
    window.sign_out()
    qtbot.keyClick(_question(qtbot, window), Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.leave_question is None)
    qtbot.wait(300)
    assert window.isVisible() and context.is_open and view.message.text()
    assert _departures(context) == 0


def test_an_open_correction_and_complaint_are_asked_about_and_saved(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("lead")
    uuid = record_household(context.ledger, [PersonEntry(
        full_name="Gul Agha", sex="M", age_years=40, origin_province="PK-KP",
        destination_province="AF-NAN", return_type="voluntary")])[0]
    window = open_window(qtbot, context)
    complaints = window.screens["complaints"]
    assert isinstance(complaints, ComplaintsView)
    complaints.category.setCurrentIndex(1)
    complaints.description.setFocus()
    qtbot.keyClicks(complaints.description, "Money taken at the gate")
    records = window.screens["records"]
    assert isinstance(records, RecordsView)
    with qtbot.waitSignal(records.open_record(uuid).sig_loaded, timeout=10_000):
        pass
    record = records.record_dialog
    assert record is not None
    correction = record.open_correction()
    assert correction is not None
    correction.person.full_name.setFocus()
    correction.person.full_name.end(False)
    qtbot.keyClicks(correction.person.full_name, " Khan")
    qtbot.keyClicks(correction.reason, "name misspelled at entry")
    closed: list[bool] = []
    window.sig_closed.connect(closed.append)
    window.sign_out()
    question = _question(qtbot, window)
    assert "correction" in question.text() and "complaint" in question.text()
    assert "Gul Agha" not in question.text()  # what is pending, never whose
    qtbot.keyClick(question, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: closed == [True], timeout=10_000)
    ledger = open_ledger(site.path, "lead", site.passwords["lead"])
    try:
        assert get_crossing(ledger, uuid).crossing.full_name == "Gul Agha Khan"
        assert [c.description for c in list_complaints(ledger)] == [
            "Money taken at the gate"]
    finally:
        ledger.close()


def test_signing_out_from_the_lock_may_only_discard(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    window = open_window(qtbot, context)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    _type_head(qtbot, view, complete=True)
    window.lock()
    closed: list[bool] = []
    window.sig_closed.connect(closed.append)
    window.lock_page.sig_sign_out.emit()
    question = _question(qtbot, window)
    qtbot.wait(100)
    assert question.isVisible()  # the lock hides other windows, never its own question
    assert question.save_button is None  # whoever is at a locked desk saves nothing
    qtbot.keyClick(question, Qt.Key.Key_Return)  # Enter is Cancel here
    qtbot.waitUntil(lambda: window.leave_question is None)
    assert window.is_locked() and not closed
    window.lock_page.sig_sign_out.emit()
    qtbot.keyClick(_question(qtbot, window), Qt.Key.Key_D)
    qtbot.waitUntil(lambda: closed == [True])
    ledger = open_ledger(site.path, "clerk", site.passwords["clerk"])
    try:
        assert count_crossings(ledger, CrossingFilter()) == 0
    finally:
        ledger.close()


def test_closing_the_sign_in_while_the_password_is_checked_leaves_nothing_behind(
        qtbot: QtBot, site: Site) -> None:
    controller = CheckpointApp(site.path)
    controller.start()
    try:
        dialog = controller.dialog
        assert isinstance(dialog, SignInDialog)
        qtbot.keyClicks(dialog.user, "clerk")
        qtbot.keyClicks(dialog.password, site.passwords["clerk"])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # while Argon2 is still working
        _delete_closed_windows()
        assert not shiboken6.isValid(dialog) and controller.dialog is None
        qtbot.waitUntil(lambda: not controller.sign_in_worker.busy(), timeout=10_000)
        qtbot.wait(100)  # the answer arrives for a dialog that is gone: nothing happens
        assert controller.window is None and not _error_boxes()
    finally:
        controller.stop()


def test_a_question_open_when_the_lock_comes_hides_and_the_lock_asks_its_own(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    window = open_window(qtbot, context)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    _type_head(qtbot, view, complete=True)
    window.sign_out()
    asked = _question(qtbot, window)
    assert asked.save_button is not None
    qtbot.keyClick(asked, Qt.Key.Key_L, CTRL)  # Ctrl+L from the question itself
    assert window.is_locked() and not asked.isVisible()  # its Save needs the password
    window.lock_page.sig_sign_out.emit()
    question = _question(qtbot, window)
    assert question is not asked and question.save_button is None
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.leave_question is None)
    assert window.is_locked() and context.is_open
