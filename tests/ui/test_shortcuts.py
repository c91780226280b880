"""Every underlined Alt letter does something and none is used twice on one screen; the
shortcuts a clerk needs are listed under Help; About names the version."""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import version

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from checkpoint.entries import PersonEntry
from checkpoint.records import record_household
from tests.support.windows import open_window
from ui.context import AppContext
from ui.entry.crossing_form import PersonForm
from ui.record_dialog import RecordDialog
from ui.shortcuts_help import ShortcutsWindow
from ui.tally_view import TallyView

ALT = Qt.KeyboardModifier.AltModifier



def _letter(text: str) -> str:
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").lower()


def mnemonics_shown(window: QWidget) -> list[tuple[str, str, bool]]:
    """(letter, where, works) for every underlined letter showing in ``window`` now."""
    found: list[tuple[str, str, bool]] = []

    def showing(widget: QWidget) -> bool:
        return widget.isVisibleTo(window) and widget.window() is window

    for button in window.findChildren(QAbstractButton):
        if showing(button) and _letter(button.text()):
            # A button's own shortcut() replaced by another key leaves the underline dead.
            works = button.shortcut() == QKeySequence.mnemonic(button.text())
            found.append((_letter(button.text()), button.text(), works))
    for label in window.findChildren(QLabel):
        if showing(label) and label.textFormat() != Qt.TextFormat.RichText \
                and _letter(label.text()):
            found.append((_letter(label.text()), label.text(), label.buddy() is not None))
    for bar in window.findChildren(QTabBar):
        if showing(bar):
            found += [(_letter(bar.tabText(i)), bar.tabText(i), bar.isTabEnabled(i))
                      for i in range(bar.count()) if _letter(bar.tabText(i))]
    for box in window.findChildren(QGroupBox):
        if showing(box) and _letter(box.title()):
            found.append((_letter(box.title()), box.title(), box.isCheckable()))
    if hasattr(window, "menuBar"):
        found += [(_letter(action.text()), action.text(), True)
                  for action in window.menuBar().actions()]
    return found


def _problems(window: QWidget) -> list[str]:
    shown = mnemonics_shown(window)
    by_letter: dict[str, list[str]] = {}
    for key, text, _works in shown:
        by_letter.setdefault(key, []).append(text)
    return [f"{text!r} does nothing" for _key, text, works in shown if not works] + \
        [f"Alt+{key} is each of {texts}" for key, texts in by_letter.items() if len(texts) > 1]


@pytest.mark.parametrize("user", ["clerk", "lead", "admin"])
def test_every_alt_letter_on_every_screen_works_and_none_is_taken_twice(
        qtbot: QtBot, sign_in: Callable[[str], AppContext], user: str) -> None:
    window = open_window(qtbot, sign_in(user))
    for form in window.findChildren(PersonForm):
        form.more.setChecked(True)  # the folded fields count too
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        screen = window.tabs.tabText(index)
        inner = window.tabs.widget(index).findChildren(QTabBar)
        pages = max([bar.count() for bar in inner] or [1])
        for page in range(pages):
            for bar in inner:
                bar.setCurrentIndex(min(page, bar.count() - 1))
            problems += [f"{screen}: {problem}" for problem in _problems(window)]
    assert not sorted(set(problems))


def test_alt_v_on_the_tally_opens_the_print_preview(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    window = open_window(qtbot, sign_in("lead"))
    tally = window.findChild(TallyView)
    assert tally is not None
    window.tabs.setCurrentWidget(tally)
    qtbot.waitUntil(lambda: tally.preview_button.isEnabled(), timeout=10_000)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_V, ALT)

    def previewing() -> bool:
        return any(isinstance(w, QPrintPreviewDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    qtbot.waitUntil(previewing, timeout=20_000)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QPrintPreviewDialog):
            widget.close()


def test_help_lists_the_keys_for_people_and_documents_and_about_names_the_version(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    window = open_window(qtbot, sign_in("clerk"))
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    help_window = window.findChild(ShortcutsWindow)
    assert help_window is not None and help_window.isVisible()
    table = help_window.table
    rows = {(table.item(r, 1).text().strip("\u2066\u2069"), table.item(r, 2).text())
            for r in range(table.rowCount())}
    for keys, what in (("Ctrl+Shift+M", "Remove the member shown"),
                       ("Ctrl+Shift+D", "Remove the document the cursor is in"),
                       ("Ctrl+PgDown", "Next person in the household"),
                       ("Ctrl+PgUp", "Previous person in the household"),
                       ("Ctrl+L", "Lock now"), ("Ctrl+Q", "Quit")):
        assert (keys, what) in rows
    qtbot.keyClick(help_window.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not help_window.isVisible())
    with qtbot.waitSignal(window.menuBar().actions()[-1].menu().aboutToShow):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_H, ALT)
    help_menu = window.menuBar().actions()[-1].menu()
    qtbot.keyClick(help_menu, Qt.Key.Key_A)  # &About Checkpoint
    about = window.findChild(QMessageBox, "about")
    assert about is not None and about.isVisible()
    assert version("checkpoint") in about.text()
    qtbot.keyClick(about, Qt.Key.Key_Escape)


def test_the_record_correction_and_void_windows_use_each_alt_letter_once(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("lead")
    uuid = record_household(context.ledger, [PersonEntry(
        full_name="Gul Agha", sex="M", age_years=40, origin_province="PK-KP",
        destination_province="AF-NAN", return_type="voluntary")])[0]
    record = RecordDialog(context, uuid)
    qtbot.addWidget(record)
    with qtbot.waitSignal(record.sig_loaded, timeout=10_000):
        record.show()
    assert not _problems(record)
    correction = record.open_correction()
    assert correction is not None
    correction.person.more.setChecked(True)  # vulnerabilities and remarks showing too
    assert not _problems(correction)
    correction.reject()
    assert not _problems(record.open_void())
