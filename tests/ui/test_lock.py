"""The idle lock covers every window of the app: the record and correction dialogs hide and
stop working while locked, Ctrl+L locks from any of them, and unlocking brings each back as it
was, with what was typed in it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from checkpoint.entries import PersonEntry
from checkpoint.records import get_crossing, record_household
from tests.support.windows import open_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.record_dialog import RecordDialog
from ui.records_view import RecordsView

from .conftest import Site

CTRL = Qt.KeyboardModifier.ControlModifier


def recorded_now(context: AppContext) -> str:
    """A crossing recorded by the signed-in clerk just now (so they may correct it)."""
    return record_household(context.ledger, [PersonEntry(
        full_name="Gul Agha", sex="M", age_years=40, origin_province="PK-KP",
        destination_province="AF-NAN", return_type="voluntary")],
        crossed_at=datetime.now(UTC))[0]



def open_record(qtbot: QtBot, window: MainWindow, uuid: str) -> RecordDialog:
    records = window.screens["records"]
    assert isinstance(records, RecordsView)
    with qtbot.waitSignal(records.open_record(uuid).sig_loaded, timeout=10_000):
        pass
    assert records.record_dialog is not None
    return records.record_dialog


def unlock(qtbot: QtBot, window: MainWindow, password: str) -> None:
    qtbot.keyClicks(window.lock_page.password, password)
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=10_000)


def test_ctrl_l_in_a_correction_locks_every_window_and_unlock_brings_them_back(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    uuid = recorded_now(context)
    window = open_window(qtbot, context)
    record = open_record(qtbot, window, uuid)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: record.correction is not None)  # a mnemonic clicks after 100 ms
    correction = record.correction
    assert correction is not None and correction.isVisible()
    name = correction.person.full_name
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " Khan")
    qtbot.keyClicks(correction.reason, "name misspelled at entry")
    qtbot.keyClick(name, Qt.Key.Key_L, CTRL)  # the correction has the keyboard
    assert window.is_locked()
    for dialog in (record, correction):
        assert not dialog.isVisible() and not dialog.isEnabled()
    assert QApplication.activeWindow() in (window, None)
    # Nothing in a hidden dialog acts: not its save, not its keys.
    correction.save()
    qtbot.keyClick(name, Qt.Key.Key_S, CTRL)
    qtbot.wait(200)
    assert get_crossing(context.ledger, uuid).crossing.revision == 1
    unlock(qtbot, window, site.passwords["clerk"])
    for dialog in (record, correction):
        assert dialog.isVisible() and dialog.isEnabled()
    assert name.text() == "Gul Agha Khan"
    assert QApplication.activeModalWidget() is correction  # not the record window over it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is correction)
    # The correction goes on where it was left, and saves once unlocked.
    qtbot.keyClick(name, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: get_crossing(context.ledger, uuid).crossing.revision == 2,
                    timeout=10_000)
    assert get_crossing(context.ledger, uuid).crossing.full_name == "Gul Agha Khan"


def test_ctrl_l_in_a_record_window_locks_and_idle_covers_it_too(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    uuid = recorded_now(context)
    window = open_window(qtbot, context)
    record = open_record(qtbot, window, uuid)
    qtbot.keyClick(record.close_button, Qt.Key.Key_L, CTRL)
    assert window.is_locked() and not record.isVisible()
    unlock(qtbot, window, site.passwords["clerk"])
    assert record.isVisible() and record.isEnabled()
    # The idle timer locks the same way, and a window opened while locked waits behind it.
    window.idle.set_interval_ms(100)
    qtbot.waitUntil(window.is_locked, timeout=5_000)
    window.idle.set_interval_ms(60_000)
    assert not record.isVisible()
    correction = record.open_correction()
    assert correction is not None
    qtbot.waitUntil(lambda: not correction.isVisible() and not correction.isEnabled())
    unlock(qtbot, window, site.passwords["clerk"])
    assert correction.isVisible() and record.isVisible()
