"""The quick card (``docs/quick-card.md`` and its PDF, made by ``docs/quick_card.py``): every
key the app answers to is on it, in English and in Urdu, and the PDF holds both languages in the
bundled fonts."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from ui.app import screens
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.shortcuts_help import listed_shortcuts

from .test_printing import A4_POINTS, pdf_text
from .test_sheet_fonts import embedded_fonts, logical_text

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "docs" / "quick_card.py"
CARD = ROOT / "docs" / "quick-card.md"
COMMITTED_PDF = ROOT / "docs" / "quick-card.pdf"
ISOLATES = "\u2066\u2069"


def quick_card() -> ModuleType:
    """The card's script as a module (``docs/`` is not a package)."""
    spec = importlib.util.spec_from_file_location("quick_card", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def card_keys() -> tuple[list[list[str]], list[list[str]]]:
    """The English and the Urdu keys tables as written, without their headers."""
    english, urdu = quick_card().split_card(CARD.read_text(encoding="utf-8"))
    return english.keys[1:], urdu.keys[1:]


def app_shortcuts(qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> set[tuple[str, str]]:
    """(keys, where) of every shortcut the app lists under F1, for a shift lead and IT."""
    found = set()
    for user in ("lead", "admin"):  # between them, every screen
        window = MainWindow(sign_in(user), screens())
        qtbot.addWidget(window)
        found |= {(keys.strip(ISOLATES), where)
                  for where, keys, _what in listed_shortcuts(window, window.tabs)}
        window.close()
    return found


def test_every_shortcut_of_the_app_is_on_the_card_in_both_languages(
        qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    english, urdu = card_keys()
    on_card = {(keys, where) for keys, _what, where in english}
    shortcuts = app_shortcuts(qtbot, sign_in)
    assert len(shortcuts) >= 20
    assert shortcuts - on_card == set(), "keys the app has and the card does not"
    # The Urdu table is written mirrored (where, what, keys): the same keys, as often.
    assert Counter(row[-1] for row in urdu) == Counter(keys for keys, _what, _where in english)


def test_the_script_prints_both_languages_on_two_a4_pages(tmp_path: Path) -> None:
    target = tmp_path / "quick-card.pdf"
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(target)], check=True,
                   timeout=120, capture_output=True)
    pages = PdfReader(target).pages
    assert len(pages) == 2  # English, then Urdu
    for page in pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4_POINTS, abs=1)
    fonts = embedded_fonts(target)
    assert {"NotoSans-Regular", "NotoNastaliqUrdu-Regular", "NotoNaskhArabic-Regular"} \
        <= fonts.keys(), fonts
    assert all(fonts.values()), fonts
    english = pdf_text(target)
    for expected in ("Checkpoint quick card", "Start of shift", "Close-out", "Sync check",
                     "Remove the document the cursor is in", "Ctrl+Shift+D"):
        assert expected in english, expected
    # The Urdu keys table is in Naskh, whose words a PDF's text layer keeps (the Nastaliq
    # text is checked by eye: see resources/fonts/README.md).
    urdu = logical_text(target)
    for expected in ("دستاویز شامل کریں", "خاندان محفوظ کریں", "ہر جگہ", "روزانہ میزان"):
        assert expected in urdu, expected


def test_the_committed_pdf_is_the_card_as_written(tmp_path: Path) -> None:
    target = tmp_path / "quick-card.pdf"
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(target)], check=True,
                   timeout=120, capture_output=True)
    fresh = [page.extract_text() for page in PdfReader(target).pages]
    committed = [page.extract_text() for page in PdfReader(COMMITTED_PDF).pages]
    assert committed == fresh, "docs/quick-card.pdf is stale: run python docs/quick_card.py"
