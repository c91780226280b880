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


def translated_texts() -> list[tuple[str, int, str]]:
    """Every literal handed to ``tr``/``translate`` in ui/: (file, line, text)."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name))
                    and (getattr(node.func, "attr", None) or getattr(node.func, "id", None))
                    in ("tr", "_tr", "translate")):
                for argument in node.args:
                    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                        found.append((path.name, node.lineno, argument.value))
    return found


def test_no_text_says_a_count_with_an_s_in_brackets() -> None:
    texts = translated_texts()
    assert len(texts) > 300  # the walk found the app's words
    assert [(name, line, text) for name, line, text in texts if "(s)" in text] == []


def test_a_count_reads_right_for_one(qtbot: QtBot,
                                     sign_in: Callable[[str], AppContext]) -> None:
    lead = sign_in("lead")
    record_household(lead.ledger, [PersonEntry(full_name="Amina", sex="F", age_years=30,
                                               origin_province="PK-KP")])
    view = RecordsView(lead)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.count_label.text() == "Records: 1", timeout=10_000)
