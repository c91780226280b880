"""Counts are said through Qt's %n, never as "record(s)": every text of the app that holds a
count is worded so that it reads right for one and for many, and translators get the count."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

import ui
from checkpoint.entries import PersonEntry
from checkpoint.records import record_household
from ui.context import AppContext
from ui.records_view import RecordsView

UI = Path(ui.__file__).parent


def translation_calls() -> list[tuple[str, int, str, bool]]:
    """Every literal text handed to ``self.tr`` or ``QCoreApplication.translate`` in ui/, the
    two forms lupdate reads: (file, line, text, whether a count is passed with it)."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            # self.tr(text, disambiguation, n); QCoreApplication.translate(context, text, d, n)
            text_at = {"tr": 0, "translate": 1}.get(node.func.attr)
            if text_at is None or len(node.args) <= text_at:
                continue
            text = node.args[text_at]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                counted = len(node.args) > text_at + 2 or any(k.arg == "n" for k in node.keywords)
                found.append((path.name, node.lineno, text.value, counted))
    return found


def test_no_text_says_a_count_with_an_s_in_brackets() -> None:
    calls = translation_calls()
    assert len(calls) > 800  # the walk found the app's words
    assert [(name, line, text) for name, line, text, _n in calls if "(s)" in text] == []


def test_every_count_in_a_text_is_given_to_qt() -> None:
    """A ``%n`` text called without its count would show "%n" itself, in every language."""
    assert [(name, line, text) for name, line, text, counted in translation_calls()
            if "%n" in text and not counted] == []


def test_a_count_reads_right_for_one(qtbot: QtBot,
                                     sign_in: Callable[[str], AppContext]) -> None:
    lead = sign_in("lead")
    record_household(lead.ledger, [PersonEntry(full_name="Amina", sex="F", age_years=30,
                                               origin_province="PK-KP")])
    view = RecordsView(lead)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.count_label.text() == "Records: 1", timeout=10_000)
