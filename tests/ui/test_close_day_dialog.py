"""Issue 8, item 10: closing today (at 02:47, say) is never one Enter away, and says that
everything recorded later for the day becomes a late amendment."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from checkpoint.closeout import closeout_for
from checkpoint.entries import PersonEntry
from checkpoint.records import record_household
from contract.bidi import shown
from ui.context import AppContext
from ui.tally_view import TallyView


@pytest.fixture
def view(qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> Iterator[TallyView]:
    lead = sign_in("lead")
    record_household(lead.ledger, [PersonEntry(full_name="Amina", sex="F", age_years=30,
                                               origin_province="PK-KP")])
    screen = TallyView(lead)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.sig_refreshed, timeout=10_000):
        screen.refresh()  # today, the screen's first day
    yield screen


def open_dialog(qtbot: QtBot, view: TallyView) -> None:
    view.close_dialog = None
    view.close_button.setFocus()
    qtbot.keyClick(view.close_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.close_dialog is not None and view.close_dialog.isVisible())


def test_closing_today_warns_and_enter_does_not_close(qtbot: QtBot, view: TallyView) -> None:
    ledger = view.context.ledger
    today = ledger.today()
    open_dialog(qtbot, view)
    dialog = view.close_dialog
    assert dialog is not None
    warning = shown(dialog.warning.text())
    assert dialog.warning.isVisible()
    assert f"{today.isoformat()} is not over yet" in warning and "late amendment" in warning
    assert dialog.numbers["total"].text() == "1"  # the numbers about to be frozen
    assert not any(button.isDefault() or button.autoDefault()
                   for button in dialog.findChildren(QPushButton))

    qtbot.keyClick(dialog.signed, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.signed, Qt.Key.Key_Enter)
    assert dialog.isVisible() and closeout_for(ledger, today) is None
    qtbot.keyClick(dialog.signed, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and closeout_for(ledger, today) is None

    open_dialog(qtbot, view)
    dialog = view.close_dialog
    assert dialog is not None
    with qtbot.waitSignal(view.sig_day_closed, timeout=10_000):
        qtbot.keyClick(dialog.signed, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert closeout_for(ledger, today) is not None
