"""Preferences: chosen by keyboard alone in View → Preferences…, applied at once to the running
app (language, mirroring, text size, high contrast, digits), kept per user across sign-outs,
and never at the cost of the session or of a half-typed household."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from checkpoint.ledger import open_ledger
from checkpoint.preferences import (
    LANGUAGE_CODES,
    CalendarKind,
    Digits,
    Preferences,
    device_language,
)
from checkpoint.search import CrossingFilter, count_crossings
from resources import RESOURCES_ENV, resources_root
from tests.support.sites import Site
from tests.support.windows import open_window
from ui.admin.admin_view import AdminView
from ui.app import CheckpointApp, parse_arguments
from ui.appearance import Appearance
from ui.context import AppContext
from ui.display import current_digits
from ui.entry import HouseholdView
from ui.main_window import MainWindow
from ui.preferences_dialog import PreferencesDialog
from ui.sign_in import SignInDialog
from ui.theme import Tone, high_contrast, tone
from ui.translation_files import LANGUAGES

from .test_entry_layout import clipped_labels, shot

CTRL = Qt.KeyboardModifier.ControlModifier
RTL = Qt.LayoutDirection.RightToLeft
# A few strings "translated" into Urdu: enough to see that a switch retitles what it should,
# whatever the state of the real translations.
PSEUDO_URDU = {
    "app": {"New crossing": "نیا اندراج", "Records": "ریکارڈ"},
    "MainWindow": {"&Session": "&سیشن", "View": "منظر"},
    "SignInDialog": {"Checkpoint — sign in": "چیک پوائنٹ — سائن ان"},
}
URDU_LARGE = Preferences(language="ur", digits=Digits.EASTERN,
                         calendar=CalendarKind.SOLAR_HIJRI, font_scale=150, high_contrast=True)


def _pseudo_ts(contexts: dict[str, dict[str, str]]) -> str:
    body = "".join(
        f"<context><name>{name}</name>" + "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(text)}</translation></message>"
            for source, text in messages.items()) + "</context>"
        for name, messages in contexts.items())
    return ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
            f'<TS version="2.1" language="ur">{body}</TS>')


@pytest.fixture
def pseudo_urdu(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Resources like the real ones, with a small Urdu translation; its .qm is compiled into
    the test's own folder, never the user's cache."""
    folder = tmp_path / "resources"
    shutil.copytree(resources_root(), folder, ignore=shutil.ignore_patterns(
        "*.ts", "__pycache__", "demo"))
    (folder / "translations" / "checkpoint_ur.ts").write_text(_pseudo_ts(PSEUDO_URDU),
                                                              encoding="utf-8")
    monkeypatch.setenv(RESOURCES_ENV, str(folder))
    monkeypatch.setenv("CHECKPOINT_QM_CACHE", str(tmp_path / "qm"))


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[Appearance]:
    """What the app applies preferences with, put back as it was after the test."""
    applied = Appearance(qapp, "en")
    applied.apply(Preferences())
    yield applied
    applied.restore()


@pytest.fixture
def window(qtbot: QtBot, sign_in: Callable[[str], AppContext],
           appearance: Appearance) -> MainWindow:
    """The clerk's window, wired as the app wires it: a change is applied, then rebuilt."""
    context = sign_in("clerk")
    context.sig_preferences_changed.connect(appearance.apply)
    return open_window(qtbot, context)


def _base_point_size() -> float:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()


def _choose_by_keyboard(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.language)
    # Automatic, English, اردو: two down. Each list is one Tab further.
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Down,
                Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Tab):
        qtbot.keyClick(dialog.focusWidget(), key)
    assert dialog.focusWidget() is dialog.text_size
    for _ in range(3):  # 100 % → 110 → 125 → 150
        qtbot.keyClick(dialog.text_size, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.high_contrast
    qtbot.keyClick(dialog.high_contrast, Qt.Key.Key_Space)
    assert dialog.chosen() == URDU_LARGE
    return dialog


def test_the_languages_offered_are_the_ones_the_core_accepts() -> None:
    assert set(LANGUAGES) == LANGUAGE_CODES


def test_preferences_chosen_by_keyboard_apply_at_once_and_keep_the_session(
        qtbot: QtBot, pseudo_urdu: None, window: MainWindow, tmp_path: Path) -> None:
    context = window.context
    assert window.tabs.tabText(0) == "New crossing"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    dialog = _choose_by_keyboard(qtbot, window)
    qtbot.keyClick(dialog.high_contrast, Qt.Key.Key_Return)  # OK is the default

    qtbot.waitUntil(lambda: context.preferences == URDU_LARGE, timeout=10_000)
    # Mirrored and retitled, still the clerk's session on the same database.
    assert QApplication.layoutDirection() == RTL and window.layoutDirection() == RTL
    assert [window.tabs.tabText(i) for i in range(2)] == ["نیا اندراج", "ریکارڈ"]
    assert window.menuBar().actions()[0].text() == "&سیشن"
    assert QLocale().language() == QLocale.Language.Urdu
    assert window.isVisible() and context.is_open and context.ledger.actor.username == "clerk"
    assert isinstance(window.screens["new_crossing"], HouseholdView)
    # The keyboard goes on where it was: the name of the household's head.
    rebuilt = window.screens["new_crossing"]
    assert isinstance(rebuilt, HouseholdView)
    qtbot.waitUntil(lambda: window.focusWidget() is rebuilt.forms[0].full_name)
    # Half as large again, black on white, Eastern digits.
    assert QApplication.font().pointSizeF() == pytest.approx(_base_point_size() * 1.5)
    # Widgets already there take the new font as the event loop goes on.
    qtbot.waitUntil(lambda: window.tabs.tabBar().font().pointSizeF()
                    == pytest.approx(_base_point_size() * 1.5))
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert high_contrast() and tone(Tone.PROBLEM) == "#8b0000"
    assert current_digits() == Digits.EASTERN
    # Stored: the clerk's own, read back from the database.
    assert context.ledger.preferences() == URDU_LARGE
    window.grab().save(str(tmp_path / "urdu-150-high-contrast.png"))


def test_a_half_typed_household_is_asked_about_and_cancel_changes_nothing(
        qtbot: QtBot, window: MainWindow) -> None:
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    view.forms[0].full_name.setFocus()
    qtbot.keyClicks(view.forms[0].full_name, "Gul Agha")
    window.change_preferences(Preferences(font_scale=125))
    qtbot.waitUntil(lambda: window.preferences_question is not None
                    and window.preferences_question.isVisible())
    question = window.preferences_question
    assert question is not None and "household" in question.text()
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.preferences_question is None)
    assert window.screens["new_crossing"] is view
    assert view.forms[0].full_name.text() == "Gul Agha"
    assert window.context.preferences == Preferences()
    assert window.context.ledger.preferences() == Preferences()
    assert QApplication.font().pointSizeF() == pytest.approx(_base_point_size())


def test_save_records_the_household_then_the_preferences_apply(
        qtbot: QtBot, window: MainWindow) -> None:
    context = window.context
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    head = view.forms[0]
    for field, text in ((head.full_name, "Gul Agha"), (head.sex, "m"), (head.age, "40"),
                        (head.origin_province, "KPK"), (head.destination_province, "kabul"),
                        (head.return_type, "v")):
        field.setFocus()
        qtbot.keyClicks(field, text)
    window.activateWindow()
    window.change_preferences(Preferences(font_scale=125))
    qtbot.waitUntil(lambda: window.preferences_question is not None
                    and window.preferences_question.isVisible())
    assert window.preferences_question is not None
    qtbot.keyClick(window.preferences_question, Qt.Key.Key_Return)  # Save is the default
    qtbot.waitUntil(lambda: context.preferences.font_scale == 125, timeout=10_000)
    assert count_crossings(context.ledger, CrossingFilter()) == 1
    rebuilt = window.screens["new_crossing"]
    assert isinstance(rebuilt, HouseholdView) and rebuilt is not view
    assert rebuilt.forms[0].full_name.text() == ""
    assert QApplication.font().pointSizeF() == pytest.approx(_base_point_size() * 1.25)


def test_discard_drops_the_typing_and_applies(qtbot: QtBot, window: MainWindow) -> None:
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    view.forms[0].full_name.setFocus()
    qtbot.keyClicks(view.forms[0].full_name, "Gul Agha")
    window.change_preferences(Preferences(high_contrast=True))
    qtbot.waitUntil(lambda: window.preferences_question is not None
                    and window.preferences_question.isVisible())
    assert window.preferences_question is not None
    qtbot.keyClick(window.preferences_question, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: window.context.preferences.high_contrast, timeout=10_000)
    assert high_contrast()
    assert count_crossings(window.context.ledger, CrossingFilter()) == 0


@pytest.fixture
def controller(qtbot: QtBot, site: Site, pseudo_urdu: None) -> Iterator[CheckpointApp]:
    made = CheckpointApp(site.path)
    made.start()
    yield made
    if made.dialog is not None:
        made.dialog.close()
    made.stop()


def _sign_in(qtbot: QtBot, controller: CheckpointApp, site: Site, user: str) -> MainWindow:
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog)
                    and controller.dialog.isVisible())
    dialog = controller.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.user, user)
    qtbot.keyClicks(dialog.password, site.passwords[user])
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                    timeout=10_000)
    assert controller.window is not None
    return controller.window


def test_preferences_survive_signing_out_and_the_next_user_gets_their_own(
        qtbot: QtBot, site: Site, controller: CheckpointApp) -> None:
    window = _sign_in(qtbot, controller, site, "clerk")
    window.change_preferences(URDU_LARGE)
    qtbot.waitUntil(lambda: QApplication.layoutDirection() == RTL, timeout=10_000)
    window.sign_out()
    # The sign-in speaks the language last chosen on this device, at the normal size.
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog))
    assert device_language(site.path) == "ur"
    assert controller.dialog is not None
    assert controller.dialog.windowTitle() == "چیک پوائنٹ — سائن ان"
    assert controller.dialog.layoutDirection() == RTL
    assert QApplication.font().pointSizeF() == pytest.approx(_base_point_size())
    assert not high_contrast()
    # The lead never chose: the language the app started with, and the normal look.
    lead = _sign_in(qtbot, controller, site, "lead")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert lead.tabs.tabText(0) != "نیا اندراج" and not high_contrast()
    lead.sign_out()
    clerk = _sign_in(qtbot, controller, site, "clerk")
    assert clerk.tabs.tabText(0) == "نیا اندراج" and high_contrast()
    assert QApplication.font().pointSizeF() == pytest.approx(_base_point_size() * 1.5)


def test_the_language_flag_overrides_the_device_and_is_checked(
        qtbot: QtBot, site: Site, pseudo_urdu: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert parse_arguments(["--language", "ur_PK"]).language == "ur"
    assert parse_arguments(["--language", "fa"]).language == "fa_AF"
    with pytest.raises(SystemExit):
        parse_arguments(["--language", "xx"])
    assert "'xx' is not offered" in capsys.readouterr().err
    ledger = open_ledger(site.path, "clerk", site.passwords["clerk"])
    ledger.close()
    (site.path.with_name(site.path.name + ".language")).write_text("ur\n", encoding="utf-8")
    app = CheckpointApp(site.path, language="en")
    try:
        app.start()
        assert isinstance(app.dialog, SignInDialog)
        assert app.dialog.windowTitle() == "Checkpoint — sign in"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        if app.dialog is not None:
            app.dialog.close()
        app.stop()


@pytest.fixture
def qm_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real translations, compiled into the test's own folder."""
    monkeypatch.setenv("CHECKPOINT_QM_CACHE", str(tmp_path / "qm"))


@pytest.mark.parametrize("language", ["en", "ur", "ps", "fa_AF"])
def test_at_150_percent_in_high_contrast_a_small_desk_shows_every_label_whole(
        qtbot: QtBot, qm_cache: None, window: MainWindow, tmp_path: Path,
        language: str) -> None:
    window.resize(1024, 600)
    window.change_preferences(Preferences(language=language, font_scale=150,
                                          high_contrast=True))
    qtbot.waitUntil(lambda: window.context.preferences.font_scale == 150, timeout=10_000)
    view = window.screens["new_crossing"]
    assert isinstance(view, HouseholdView)
    qtbot.keyClick(view.forms[0].full_name, Qt.Key.Key_D, CTRL)  # a document row too
    QApplication.processEvents()
    assert view.pages.width() <= view.form_area.viewport().width(), "the form is cut"
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        path = shot(window, f"prefs-150-hc-{language}-{index}", tmp_path)
        assert clipped_labels(window) == [], path
    assert window.width() == 1024, "wider than the screen"
    assert window.menuBar().actions()[0].isVisible()


def test_screens_built_again_leave_nothing_of_the_old_ones_listening(
        qtbot: QtBot, sign_in: Callable[[str], AppContext], appearance: Appearance) -> None:
    context = sign_in("admin")  # every screen
    context.sig_preferences_changed.connect(appearance.apply)
    window = open_window(qtbot, context)
    old = list(window.screens.values())
    names = sorted(window.screens)
    window.change_preferences(Preferences(digits=Digits.EASTERN))
    qtbot.waitUntil(lambda: context.preferences.digits == Digits.EASTERN, timeout=10_000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(shiboken6.isValid(screen) for screen in old)
    assert sorted(window.screens) == names and len(names) == 5
    # What the context tells every screen reaches only the new ones, and breaks nothing.
    context.sig_records_changed.emit()
    context.sig_settings_changed.emit()
    context.sig_purge_ran.emit(None)
    context.sig_status.emit("still here")
    qtbot.waitUntil(lambda: window.status_message.full_text() == "still here")
    assert window.menuBar().actions()[0].text() == "&Session"
    preferences = [action for action in window.findChildren(QAction)
                   if action.shortcut() == QKeySequence("Ctrl+,")]
    assert len(preferences) == 1  # the old menus' actions are gone with them


def test_preferences_applied_while_the_desk_is_locked_keep_it_locked(
        qtbot: QtBot, window: MainWindow) -> None:
    # OK pressed, and the idle lock came before the preferences were stored.
    window.lock()
    window.change_preferences(Preferences(font_scale=125))
    qtbot.waitUntil(lambda: window.context.preferences.font_scale == 125, timeout=10_000)
    assert window.is_locked()
    assert window.stack.currentWidget() is window.lock_page and window.lock_page.isVisible()
    assert not any(screen.isVisible() for screen in window.screens.values())


def test_the_screen_in_front_stays_in_front_with_the_cursor_in_it(
        qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.screens["records"])
    window.change_preferences(Preferences(calendar=CalendarKind.SOLAR_HIJRI))
    qtbot.waitUntil(lambda: window.context.preferences.calendar == CalendarKind.SOLAR_HIJRI,
                    timeout=10_000)
    records = window.screens["records"]
    assert window.tabs.currentWidget() is records
    qtbot.waitUntil(lambda: window.focusWidget() is not None
                    and records.isAncestorOf(window.focusWidget()))


def test_every_screen_of_an_it_admin_fits_a_small_screen_at_150_percent(
        qtbot: QtBot, qm_cache: None, sign_in: Callable[[str], AppContext],
        appearance: Appearance, tmp_path: Path) -> None:
    appearance.apply(Preferences(language="fa_AF", font_scale=150, high_contrast=True))
    window = open_window(qtbot, sign_in("admin"))
    window.resize(1024, 600)
    admin = window.screens["admin"]
    assert isinstance(admin, AdminView)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        shot(window, f"admin-150-{index}", tmp_path)
        assert clipped_labels(window) == []
    window.tabs.setCurrentWidget(admin)
    for panel in (admin.users, admin.settings, admin.data, admin.sync, admin.audit):
        admin.sections.setCurrentWidget(panel)
        assert admin.sections.currentWidget() is panel
        path = shot(window, f"admin-150-{panel.objectName() or type(panel).__name__}",
                    tmp_path)
        assert clipped_labels(window) == [], path
    assert (window.width(), window.height()) == (1024, 600), "larger than the screen"
