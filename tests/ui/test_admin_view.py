"""The IT admin screen: users, settings, import / export / backup, driven as an IT officer would."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from checkpoint.closeout import close_day
from checkpoint.csv_import import CHUNK_ROWS
from checkpoint.entries import PersonEntry
from checkpoint.errors import AccountDisabled, PermissionDenied, WrongPassword
from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import create_ledger, open_ledger
from checkpoint.permissions import Action, Role
from checkpoint.records import record_household
from checkpoint.search import count_crossings
from checkpoint.users import add_user
from contract.bidi import shown
from tests.support.sites import Site
from ui.admin.admin_view import AdminView
from ui.context import AppContext
from ui.main_window import MainWindow, ScreenSpec

ADMIN_SCREEN = ScreenSpec(lambda: "Admin", AdminView, Action.MANAGE_USERS)
ADMIN_PASSWORD = "admin-pass-1"


@pytest.fixture
def admin_context(tmp_path: Path) -> Iterator[AppContext]:
    """A new database with only its IT admin, signed in: for tests that need no other user
    (one key slot to make instead of the ``site`` fixture's ten)."""
    context = AppContext(create_ledger(tmp_path / "only-admin.db", checkpoint="TORKHAM",
                                       admin="admin", password=ADMIN_PASSWORD))
    yield context
    context.shut_down()


@pytest.fixture
def lead_context(tmp_path: Path) -> Iterator[AppContext]:
    """A new database with a shift lead (still on the first password), signed in as them."""
    path = tmp_path / "lead.db"
    admin = create_ledger(path, checkpoint="TORKHAM", admin="admin", password=ADMIN_PASSWORD)
    add_user(admin, "lead", "shift_lead", "lead-first-1")
    admin.close()
    context = AppContext(open_ledger(path, "lead", "lead-first-1"))
    yield context
    context.shut_down()


def _open_admin(qtbot: QtBot, context: AppContext) -> AdminView:
    view = AdminView(context)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str, then: Qt.Key | None = Qt.Key.Key_Tab) -> None:
    """Type into whatever has the focus, then press ``then`` (as a person at the desk does)."""
    qtbot.keyClicks(_focused(), text)
    if then is not None:
        qtbot.keyClick(_focused(), then)


def test_admin_adds_a_user_with_the_keyboard_who_must_then_choose_a_password(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext], qtmodeltester) -> None:
    view = _open_admin(qtbot, sign_in("admin"))
    panel = view.users
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)  # read on the reader
    qtmodeltester.check(panel.model)
    assert [panel.model.user(r).username for r in range(panel.model.rowCount())] == [
        "admin", "clerk", "clerk2", "lead"]
    panel.new_name.setFocus()
    _type(qtbot, "Shah.Wali")
    _type(qtbot, "Shah Wali Khan")  # the full name, printed on the sheets they sign
    _type(qtbot, "Shift")  # the role list finds "Shift lead" as it is typed
    _type(qtbot, "wali-first-1")
    _type(qtbot, "wali-first-2", Qt.Key.Key_Return)
    assert "differ" in panel.add_message.text()
    assert panel.model.row_of("shah.wali") == -1  # nothing was sent
    assert _focused() is panel.new_again
    panel.new_again.clear()
    _type(qtbot, "wali-first-1", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.row_of("shah.wali") >= 0, timeout=10_000)
    assert "must choose their own password" in panel.add_message.text()
    assert panel.new_name.text() == panel.new_password.text() == ""
    row = panel.model.row_of("shah.wali")
    shown = [panel.model.index(row, column).data() for column in range(6)]
    assert shown == ["shah.wali", "Shah Wali Khan", "Shift lead", "Yes", "Yes", "Yes"]
    qtmodeltester.check(panel.model)
    ledger = open_ledger(site.path, "shah.wali", "wali-first-1")
    try:
        assert ledger.must_change_password and ledger.actor.role is Role.SHIFT_LEAD
    finally:
        ledger.close()


def _choose_temporary_password(qtbot: QtBot, view: AdminView, password: str) -> None:
    dialog = view.users.password_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.again, password)
    with qtbot.waitSignal(view.users.sig_users_changed, timeout=10_000):  # the list read again
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert view.users.password_dialog is None


def test_reset_disable_and_enable_a_user(qtbot: QtBot, site: Site,
                                         sign_in: Callable[[str], AppContext]) -> None:
    view = _open_admin(qtbot, sign_in("admin"))
    panel = view.users
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)  # read on the reader
    panel.select("admin")
    assert not panel.disable_button.isEnabled()
    assert "your own account" in panel.disable_button.toolTip()

    panel.select("clerk")
    assert not panel.enable_button.isEnabled()
    panel.reset_button.click()
    _choose_temporary_password(qtbot, view, "temporary-9")
    assert "must change it" in panel.message.text()
    clerk = open_ledger(site.path, "clerk", "temporary-9")
    assert clerk.must_change_password
    clerk.close()

    panel.disable_button.click()
    box = panel.confirm_box
    assert box is not None and "clerk" in box.text()
    # The careful answer is the default: Enter alone does not disable anyone.
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    destructive = next(b for b in box.buttons()
                       if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    destructive.click()
    qtbot.waitUntil(lambda: "can no longer sign in" in panel.message.text(), timeout=10_000)
    row = panel.model.row_of("clerk")
    assert panel.model.index(row, 3).data() == "No"  # active
    assert panel.model.index(row, 5).data() == "No"  # can sign in
    with pytest.raises((WrongPassword, AccountDisabled)):
        open_ledger(site.path, "clerk", "temporary-9")
    assert not panel.reset_button.isEnabled() and "re-enable" in panel.reset_button.toolTip()

    panel.enable_button.click()
    _choose_temporary_password(qtbot, view, "welcome-back-1")
    assert panel.model.index(panel.model.row_of("clerk"), 3).data() == "Yes"
    clerk = open_ledger(site.path, "clerk", "welcome-back-1")
    assert clerk.must_change_password
    clerk.close()


def test_the_users_list_by_keyboard_marks_the_user_the_buttons_act_on(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    view = _open_admin(qtbot, sign_in("admin"))
    panel = view.users
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    panel.table.setFocus(Qt.FocusReason.TabFocusReason)  # tabbed into, nothing chosen yet
    # The row the cursor is on is the chosen one: the buttons speak of that user.
    assert panel.selected_user() is not None
    assert panel.selected_user() == panel.model.user(panel.table.currentIndex().row())
    first = panel.selected_user()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.selected_user() == panel.model.user(1) != first
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)  # Tab leaves the list, never cell by cell
    assert not panel.table.hasFocus()


def test_admin_changes_a_full_name_from_the_keyboard_and_the_sheet_uses_it(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    view = _open_admin(qtbot, sign_in("admin"))
    panel = view.users
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # lead
    assert panel.selected_user() is not None and panel.selected_user().username == "lead"
    assert panel.name_button.isEnabled(), panel.name_button.toolTip()
    # Every Alt letter of the IT admin screen is taken: the button is reached with Tab.
    panel.name_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(panel.name_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.name_dialog is not None)
    dialog = panel.name_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    typed = dialog.findChild(QLineEdit)  # the dialog's one field (it has the focus)
    assert typed is not None
    qtbot.keyClicks(typed, "Zarmina Khan")
    with qtbot.waitSignal(panel.sig_users_changed, timeout=10_000):
        qtbot.keyClick(typed, Qt.Key.Key_Return)
    row = panel.model.row_of("lead")
    assert panel.model.index(row, 1).data() == "Zarmina Khan"
    assert "full name of lead was saved" in shown(panel.message.text())
    lead = open_ledger(site.path, "lead", site.passwords["lead"])
    try:
        assert close_day(lead, date(2025, 4, 1)).signed_name == "Zarmina Khan"
    finally:
        lead.close()


def test_a_shift_lead_has_no_admin_screen_and_the_core_refuses_anyway(
        qtbot: QtBot, lead_context: AppContext) -> None:
    context = lead_context
    window = MainWindow(context, [ADMIN_SCREEN])
    qtbot.addWidget(window)
    assert "admin" not in window.screens and window.tabs.count() == 0
    with pytest.raises(PermissionDenied):
        add_user(context.ledger, "sneaky", "it_admin", "sneaky-pass-1")
    # Even built by hand, the screen offers a lead nothing to press.
    view = AdminView(context)
    qtbot.addWidget(view)
    assert not view.users.add_button.isEnabled()
    assert "IT admin" in view.users.add_button.toolTip()
    assert not view.settings.save_button.isEnabled()
    assert not view.data.import_button.isEnabled()


def _idle_timer(window: MainWindow) -> QTimer:
    timer = window.idle.findChild(QTimer)
    assert timer is not None
    return timer


def test_settings_reach_the_idle_lock_and_bad_values_are_shown_on_their_field(
        qtbot: QtBot, admin_context: AppContext) -> None:
    context = admin_context
    window = MainWindow(context, [ADMIN_SCREEN])
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.screens["admin"]
    assert isinstance(view, AdminView)
    panel = view.settings
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Se&ttings
    assert view.sections.currentWidget() is panel
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Idle lock
    assert panel.idle_lock.hasFocus()
    assert _idle_timer(window).interval() == 10 * 60_000
    assert panel.idle_lock.text() == "10" and panel.timezone.currentText() == "Asia/Karachi"

    panel.idle_lock.selectAll()
    qtbot.keyClicks(panel.idle_lock, "500")
    qtbot.keyClick(panel.idle_lock, Qt.Key.Key_Return)
    error = panel.errors["idle_lock_minutes"]
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert "0" in error.text() and "240" in error.text()
    assert panel.idle_lock.hasFocus() and panel.idle_lock.text() == "500"  # kept to fix
    assert context.ledger.settings.idle_lock_minutes == 10

    panel.idle_lock.selectAll()
    qtbot.keyClicks(panel.idle_lock, "5")
    with qtbot.waitSignal(context.sig_settings_changed, timeout=10_000):
        qtbot.keyClick(panel.idle_lock, Qt.Key.Key_Return)
    assert _idle_timer(window).interval() == 5 * 60_000
    assert not error.isVisible() and panel.message.text() == "Settings saved."

    panel.timezone.setEditText("Asia/Peshawar")
    panel.retention.clear()
    panel.save_button.click()
    assert "required" in panel.errors["retention_days"].text()  # caught before the core
    panel.retention.setText("90")
    panel.save_button.click()
    qtbot.waitUntil(panel.errors["timezone"].isVisible, timeout=10_000)
    assert "time zone" in panel.errors["timezone"].text().lower()
    assert context.ledger.settings.retention_days == 365  # nothing of the bad save was written


def _write_register(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["date", "full_name", "sex", "age", "origin_province"])
        writer.writeheader()
        writer.writerows(rows)


def _person(n: int, **changes: str) -> dict[str, str]:
    return {"date": "2025-03-01", "full_name": f"Person {n}", "sex": "M", "age": "30",
            "origin_province": "KP", **changes}


def test_import_a_register_with_bad_rows_shows_progress_and_the_rejected_lines(
        qtbot: QtBot, tmp_path: Path, admin_context: AppContext, qtmodeltester) -> None:
    context = admin_context
    view = _open_admin(qtbot, context)
    panel = view.data
    view.sections.setCurrentWidget(panel)
    rows = [_person(n) for n in range(10)]
    rows[1] = _person(1, origin_province="Kabulistan")  # line 3 (the header is line 1)
    rows[4] = _person(4, age="130")  # line 6
    rows[7] = _person(7, sex="X")  # line 9
    register = tmp_path / "register.csv"
    _write_register(register, rows)
    steps: list[tuple[int, int]] = []
    panel.import_path.setFocus()
    qtbot.keyClicks(panel.import_path, str(register))
    with qtbot.waitSignal(panel.sig_imported, timeout=20_000) as finished:
        qtbot.keyClick(panel.import_path, Qt.Key.Key_Return)
        assert panel.is_running() and not panel.export_button.isEnabled()
        assert panel.cancel_button.isEnabled()
        panel.progress.valueChanged.connect(lambda v: steps.append((v, panel.progress.maximum())))
    report = finished.args[0]
    assert (report.accepted, len(report.rejected), report.cancelled) == (7, 3, False)
    assert steps and steps[-1] == (10, 10)  # the bar reached the end
    assert panel.progress.maximum() == 10 and panel.progress.value() == 10
    assert not panel.cancel_button.isEnabled() and panel.import_button.isEnabled()
    assert "Records imported: 7." in panel.report_summary.text()
    assert "Rows rejected: 3." in panel.report_summary.text()
    model = panel.rejected_model
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["3", "6", "9"]
    reasons = [shown(model.index(r, 1).data()) for r in range(model.rowCount())]
    assert reasons == ["Origin province: “Kabulistan” is not in the list.",
                       "Age must be from 0 to 120 years.", "Sex: “X” is not in the list."]
    rejected_file = tmp_path / "register.csv.rejected.csv"
    assert rejected_file.exists() and str(rejected_file) in panel.rejected_file.text()
    assert count_crossings(context.ledger) == 7

    # The same file again adds nothing.
    with qtbot.waitSignal(panel.sig_imported, timeout=20_000) as again:
        panel.import_button.click()
    assert (again.args[0].accepted, again.args[0].already_present) == (0, 7)
    assert "Already present (not added again): 7." in panel.report_summary.text()


def test_cancelling_a_large_import_keeps_what_was_committed(
        qtbot: QtBot, tmp_path: Path, admin_context: AppContext) -> None:
    context = admin_context
    view = _open_admin(qtbot, context)
    panel = view.data
    register = tmp_path / "big.csv"
    _write_register(register, [_person(n) for n in range(20_000)])
    panel.import_path.setText(str(register))
    panel.import_button.click()
    qtbot.waitUntil(lambda: panel.progress.value() >= CHUNK_ROWS, timeout=30_000)
    assert panel.progress.maximum() == 20_000
    with qtbot.waitSignal(panel.sig_imported, timeout=30_000) as finished:
        panel.cancel_button.click()
        assert "Stopping" in panel.status.text()
    report = finished.args[0]
    assert report.cancelled and CHUNK_ROWS <= report.accepted < 20_000
    assert report.accepted % CHUNK_ROWS == 0  # whole chunks, each one transaction
    assert panel.report_summary.text().startswith("Cancelled part-way.")
    assert "Import cancelled" in panel.status.text()
    assert count_crossings(context.ledger) == report.accepted


def test_export_and_backup_write_their_files(
        qtbot: QtBot, tmp_path: Path, admin_context: AppContext) -> None:
    context = admin_context
    record_household(context.ledger, [PersonEntry("Gul Agha", "M", "KP"),
                                      PersonEntry("Bibi Hawa", "F", "KP")])
    view = _open_admin(qtbot, context)
    panel = view.data
    view.sections.setCurrentWidget(panel)
    export = tmp_path / "export.csv"
    panel.export_path.setText(str(export))
    with qtbot.waitSignal(panel.sig_finished, timeout=20_000):
        panel.export_button.click()
    assert "Records: 2." in panel.status.text()
    with export.open(encoding="utf-8-sig") as handle:
        names = {row["full_name"] for row in csv.DictReader(handle)}
    assert names == {"Gul Agha", "Bibi Hawa"}
    panel.export_button.click()  # the same name again: refused, nothing overwritten
    assert "already exists" in panel.status.text() and not panel.is_running()

    target = tmp_path / "usb" / "backup.db"
    target.parent.mkdir()
    panel.backup_path.setText(str(target))
    with qtbot.waitSignal(panel.sig_finished, timeout=20_000):
        qtbot.keyClick(panel.backup_path, Qt.Key.Key_Return)
    keys = keyfile_path(target)
    assert target.exists() and keys.exists()
    assert str(keys) in panel.status.text() and "cannot be opened without it" in \
        panel.status.text()
    copy = open_ledger(target, "admin", ADMIN_PASSWORD)  # the same password opens it
    try:
        assert count_crossings(copy) == 2
    finally:
        copy.close()
