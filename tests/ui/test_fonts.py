"""The bundled fonts: registered once, chosen per language, scaled without compounding."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from ui.fonts import (
    LATIN,
    NASKH,
    NASTALIQ,
    SYMBOLS,
    prose_font_families,
    register_fonts,
    sheet_font_families,
    ui_font,
)

pytestmark = pytest.mark.usefixtures("qapp")


def test_the_bundled_families_are_registered_once() -> None:
    families = register_fonts()
    assert families == [LATIN, NASKH, NASTALIQ, SYMBOLS]
    assert register_fonts() == families  # a second call adds nothing
    installed = QFontDatabase.families()
    assert all(family in installed for family in families)
    assert QFontDatabase.styles(NASTALIQ) and "Bold" in QFontDatabase.styles(NASKH)


@pytest.mark.parametrize(("language", "first"), [("en", LATIN), ("ur", NASKH), ("ps", NASKH),
                                                 ("fa_AF", NASKH), ("xx", LATIN)])
def test_each_language_shows_in_its_own_face(language: str, first: str) -> None:
    font = ui_font(language)
    assert font.families()[0] == first
    assert QFontInfo(font).family() == first  # the face really resolves, not a look-alike


def test_urdu_prose_prints_in_nastaliq_and_every_sheet_can_fall_back_to_latin() -> None:
    assert prose_font_families("ur")[0] == NASTALIQ
    assert sheet_font_families("ur")[0] == NASKH  # the tables keep to one line height
    assert sheet_font_families("fa_AF") == sheet_font_families("fa") == [NASKH, LATIN, SYMBOLS]
    for language in ("en", "ur", "ps", "fa_AF"):
        assert LATIN in sheet_font_families(language)


def test_the_size_scales_from_the_platforms_not_the_apps_font(qapp: QApplication) -> None:
    base = ui_font("en").pointSizeF()
    before = qapp.font()
    try:
        qapp.setFont(ui_font("en", 150))
        assert ui_font("en", 150).pointSizeF() == pytest.approx(base * 1.5)  # not 2.25
        assert ui_font("ur", 80).pointSizeF() == pytest.approx(base * 0.8)
    finally:
        qapp.setFont(before)
