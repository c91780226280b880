"""The app on a full disk (issue 9 item 13): saving a household, the clerk reads one sentence,
everything typed stays in the form, and Ctrl+S saves it once there is room; a backup to a full
stick says so in one sentence, leaves no file, and the same backup works once there is room."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import open_ledger
from tests.support.sites import ADMIN_PASSWORD, PASSWORDS, Site, copy_database
from tests.support.small_disk import SmallDisk
from tests.ui.test_entry import ALT, TAB, Desk, open_view, saved_rows, wait_saved
from ui.admin.admin_view import AdminView
from ui.context import AppContext


def test_a_household_saved_on_a_full_disk_stays_typed_and_saves_once_there_is_room(
        qtbot: QtBot, small_disk: SmallDisk, site_template: Path) -> None:
    db = small_disk.path / "checkpoint.db"
    copy_database(site_template, db)
    context = AppContext(open_ledger(db, "clerk", PASSWORDS["clerk"]))
    try:
        view = open_view(qtbot, context)
        desk = Desk(qtbot)
        desk.type("Gul Agha")
        desk.press(TAB)
        desk.type("Abdul Rahim")
        desk.press(TAB)
        desk.type("m")
        desk.press(TAB)
        desk.type("40")
        desk.press(Qt.Key.Key_O, ALT)
        desk.type("KPK")
        small_disk.fill()

        desk.save()
        qtbot.waitUntil(lambda: view.message.text().startswith("The disk is full"),
                        timeout=10_000)
        assert view.message.text() == ("The disk is full: nothing was saved. Free some space "
                                       "and try again.")
        head = view.forms[0]
        assert (head.full_name.text(), head.father_name.text(), head.sex.code(),
                head.age.text(), head.origin_province.code()) == (
            "Gul Agha", "Abdul Rahim", "M", "40", "PK-KP")
        assert saved_rows(context) == []

        small_disk.free()
        desk.save()
        wait_saved(qtbot, view)
        assert [row.full_name for row in saved_rows(context)] == ["Gul Agha"]
    finally:
        context.shut_down()


def test_a_backup_to_a_full_disk_says_so_and_works_once_there_is_room(
        qtbot: QtBot, small_disk: SmallDisk, site: Site) -> None:
    context = AppContext(open_ledger(site.path, "admin", ADMIN_PASSWORD))
    try:
        view = AdminView(context)
        qtbot.addWidget(view)
        view.show()
        panel = view.data
        view.sections.setCurrentWidget(panel)
        target = small_disk.path / "backup.db"
        small_disk.fill()

        panel.backup_path.setText(str(target))
        with qtbot.waitSignal(panel.sig_finished, timeout=20_000):
            panel.backup_button.click()
        assert panel.status.text() == ("The disk is full: nothing was saved. Free some space "
                                       "and try again.")
        assert small_disk.files() == []

        small_disk.free()
        with qtbot.waitSignal(panel.sig_finished, timeout=20_000):
            panel.backup_button.click()
        assert "Backup written to" in panel.status.text()
        assert target.exists() and keyfile_path(target).exists()
    finally:
        context.shut_down()
