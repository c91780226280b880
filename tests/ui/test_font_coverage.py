"""No tofu: every letter the app can show in a language is in the bundled fonts chosen for it.

Checked against the font files themselves (``QRawFont``), never against what this machine has
installed, since a checkpoint laptop may have nothing else: each translation in
``resources/translations/*.ts`` (screen and, for Urdu, the Nastaliq of printed prose), the
English sources, and every code list's native name in every language.
"""

from __future__ import annotations

import json
import unicodedata
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont

from resources import resource_path
from ui.fonts import FONT_FILES, prose_font_families, screen_font_families, sheet_font_families

pytestmark = pytest.mark.usefixtures("qapp")

TRANSLATION_FILES = sorted(resource_path("translations").glob("checkpoint_*.ts"))
LANGUAGES = ["en", *(path.stem.removeprefix("checkpoint_") for path in TRANSLATION_FILES)]


@cache
def bundled_faces() -> dict[str, list[QRawFont]]:
    """Each bundled family and its faces, read from the files."""
    faces: dict[str, list[QRawFont]] = {}
    for name in FONT_FILES:
        face = QRawFont(str(resource_path("fonts", name)), 12)
        assert face.isValid(), name
        faces.setdefault(face.familyName(), []).append(face)
    return faces


def drawn(text: str) -> set[str]:
    # Controls and format marks (direction isolates, the zero-width non-joiner) take no glyph.
    return {c for c in text if unicodedata.category(c) not in ("Cc", "Cf")}


def missing(texts: Iterable[str], families: list[str]) -> dict[str, str]:
    """The characters no face of ``families`` draws, each with the first text that uses it
    (Bold must have every letter Regular has: headings and labels are bold)."""
    gaps: dict[str, str] = {}
    for text in texts:
        for character in drawn(text) - gaps.keys():
            code = ord(character)
            if not any(all(face.supportsCharacter(code) for face in bundled_faces()[family])
                       for family in families):
                gaps[character] = f"U+{code:04X} {unicodedata.name(character, '?')} in {text!r}"
    return gaps


def translations(path: Path) -> list[str]:
    """Every translated text of a ``.ts`` file (plural forms included)."""
    root = ElementTree.parse(path).getroot()
    texts = []
    for translation in root.iter("translation"):
        forms = translation.findall("numerusform") or [translation]
        texts += [form.text for form in forms if form.text]
    return texts


def sources() -> list[str]:
    return [source.text for path in TRANSLATION_FILES
            for source in ElementTree.parse(path).getroot().iter("source") if source.text]


def native_names() -> list[str]:
    names = []
    for path in sorted(resource_path("codelists").glob("*.json")):
        entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
        names += [entry["native"] for entry in entries if entry.get("native")]
    return names


def test_the_bundled_files_hold_the_families_the_languages_name() -> None:
    named = {family for language in LANGUAGES
             for family in (*screen_font_families(language), *sheet_font_families(language),
                            *prose_font_families(language))}
    assert named == set(bundled_faces())


@pytest.mark.parametrize("path", TRANSLATION_FILES, ids=lambda path: path.stem)
def test_every_translated_letter_is_in_its_languages_fonts(path: Path) -> None:
    language = path.stem.removeprefix("checkpoint_")
    texts = translations(path)
    assert missing(texts, screen_font_families(language)) == {}
    assert missing(texts, prose_font_families(language)) == {}  # Urdu's Nastaliq on paper


def test_every_english_source_letter_is_in_the_latin_face() -> None:
    assert sources(), "no translation sources found"
    assert missing(sources(), screen_font_families("en")) == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_native_name_of_the_code_lists_shows_in_every_language(language: str) -> None:
    names = native_names()
    assert len(names) >= 40  # the provinces of both countries at least
    assert missing(names, screen_font_families(language)) == {}
    assert missing(names, sheet_font_families(language)) == {}


def test_a_letter_outside_the_bundled_fonts_is_found() -> None:
    """The check can fail: a Devanagari letter is in none of the faces."""
    assert set(missing(["नमस्ते", "سلام"], screen_font_families("ur"))) == drawn("नमस्ते")
