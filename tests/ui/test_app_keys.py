"""The desktop's face of grants and re-keying (issue 9, items 2 and 6): a self-promoted clerk
is refused at the sign-in dialog in one sentence; a session whose database was re-keyed by
``checkpoint-admin user disable`` signs out with one sentence instead of failing each read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from checkpoint.ledger import open_ledger
from checkpoint.users import disable_user, list_users
from contract.bidi import shown
from tests.checkpoint.test_grants import as_insider
from tests.support.sites import Site
from ui.admin.models import UsersModel
from ui.app import CheckpointApp
from ui.sign_in import SignInDialog

from .test_app import _type_sign_in, app_at  # noqa: F401  (the fixture)


def test_a_self_promoted_clerk_is_refused_at_the_sign_in_dialog(
        qtbot: QtBot, site: Site, app_at: Callable[[Path], CheckpointApp]) -> None:  # noqa: F811
    as_insider(site.path, "clerk", "UPDATE user SET role = 'it_admin' WHERE username = 'clerk'")
    controller = app_at(site.path)
    dialog = controller.dialog
    assert isinstance(dialog, SignInDialog)
    _type_sign_in(qtbot, dialog, "clerk", site.passwords["clerk"])
    qtbot.waitUntil(lambda: "could not be verified" in dialog.message.text(), timeout=10_000)
    assert controller.window is None
    # The whole sentence shows: the dialog grew to the lines it wraps to, none cut off.
    label = dialog.message
    assert label.height() >= label.heightForWidth(label.width())
    assert dialog.height() >= dialog.sizeHint().height()


def test_a_session_re_keyed_elsewhere_signs_out_with_one_sentence(
        qtbot: QtBot, site: Site, app_at: Callable[[Path], CheckpointApp]) -> None:  # noqa: F811
    controller = app_at(site.path)
    _type_sign_in(qtbot, controller.dialog, "lead", site.passwords["lead"])
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    context = window.context

    admin = open_ledger(site.path, "admin", site.passwords["admin"])  # checkpoint-admin
    disable_user(admin, "clerk2")
    admin.close()
    context.sig_records_changed.emit()  # the window reads the day's count again

    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog)
                    and controller.dialog.isVisible(), timeout=10_000)
    assert "key was changed" in controller.dialog.message.text()
    assert not context.is_open


def test_the_users_screen_marks_a_role_not_verified(qtmodeltester: Any, site: Site) -> None:
    as_insider(site.path, "clerk", "UPDATE user SET role = 'it_admin' WHERE username = 'clerk'")
    admin = open_ledger(site.path, "admin", site.passwords["admin"])
    try:
        model = UsersModel(admin.settings.zone)
        model.set_users(list_users(admin))
    finally:
        admin.close()
    qtmodeltester.check(model)
    roles = {model.data(model.index(row, 0)): model.data(model.index(row, 2))
             for row in range(model.rowCount())}
    assert "role not verified" in roles["clerk"]
    assert "not verified" not in roles["lead"]
    can_sign_in = {model.data(model.index(row, 0)): model.data(model.index(row, 5))
                   for row in range(model.rowCount())}
    assert can_sign_in["clerk"] == "No" and can_sign_in["lead"] == "Yes"  # refused, as shown


def test_an_it_admin_is_told_at_sign_in_what_was_changed_outside(
        qtbot: QtBot, site: Site, app_at: Callable[[Path], CheckpointApp]) -> None:  # noqa: F811
    as_insider(site.path, "clerk", "UPDATE user SET role = 'it_admin' WHERE username = 'clerk'")
    as_insider(site.path, "clerk", "UPDATE setting SET value = '0' "
               "WHERE key = 'idle_lock_minutes'")
    controller = app_at(site.path)
    _type_sign_in(qtbot, controller.dialog, "admin", site.passwords["admin"])
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    notice = controller.window.findChild(QMessageBox, "tamper_notice")
    assert notice is not None and notice.isVisible()
    assert "not in force: clerk." in shown(notice.text())
    assert "security settings were changed outside Checkpoint" in notice.text()
    notice.accept()


def test_a_shift_lead_is_not_shown_the_notice_meant_for_it(
        qtbot: QtBot, site: Site, app_at: Callable[[Path], CheckpointApp]) -> None:  # noqa: F811
    as_insider(site.path, "clerk", "UPDATE user SET role = 'it_admin' WHERE username = 'clerk'")
    controller = app_at(site.path)
    _type_sign_in(qtbot, controller.dialog, "lead", site.passwords["lead"])
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert controller.window.findChild(QMessageBox, "tamper_notice") is None
