"""The fonts the app brings with it (``resources/fonts/``), and which one each language uses.

A checkpoint laptop may have no font that shapes Urdu, Pashto or Dari, and a PDF printed on one
machine is read on another: so the Noto faces are registered with Qt at start and named first
in every language's family list. The rest of a list is the fallback Qt walks, character by
character, for what the first face lacks (Latin names and codes inside right-to-left text,
native-script names inside English).

The first family of a list also sets the line height Qt gives a line edit or a label, so a
right-to-left language names its Arabic-script face first: with a Latin face first, the tall
Arabic-script letters would be cut off at the top and bottom of their boxes.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from resources import resource_path

LATIN = "Noto Sans"
NASKH = "Noto Naskh Arabic"
NASTALIQ = "Noto Nastaliq Urdu"
SYMBOLS = "Noto Sans Symbols"  # arrows and signs Noto Sans lacks ("old → new")

FONT_FILES = (
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf",
    # Nastaliq's bold file calls itself weight 400, so Qt never picks it: bold Urdu is the
    # regular face emboldened, and the file is not carried.
    "NotoNastaliqUrdu-Regular.ttf",
    "NotoSansSymbols-Regular.ttf",
)

# Urdu is in Naskh on screen and in the sheet's tables: Nastaliq's letters climb and fall so
# far that every line needs about twice Naskh's height, which a 1024 x 600 desk and a one-page
# sheet have no room for (the comparison is in resources/fonts/README.md). Running text on
# paper (the sheet's headings and notes, the quick card) has the room, and there Urdu readers
# expect Nastaliq.
_DENSE = {
    "en": [LATIN, NASKH, SYMBOLS],
    "ur": [NASKH, LATIN, SYMBOLS],
    "ps": [NASKH, LATIN, SYMBOLS],
    "fa": [NASKH, LATIN, SYMBOLS],
}
_PROSE = {**_DENSE, "ur": [NASTALIQ, NASKH, LATIN, SYMBOLS]}


def _stack(stacks: dict[str, list[str]], language: str) -> list[str]:
    # "fa_AF", "fa-AF" (a BCP 47 tag, as a sheet declares it) and "fa" share Dari's list; an
    # unknown language gets English's, which still shows Arabic script through its fallback.
    found = stacks.get(language) or stacks.get(re.split("[-_]", language)[0]) or stacks["en"]
    return list(found)


@cache
def _register(path: str) -> tuple[str, ...]:
    # Qt would add the same file again on every call; once per process is enough.
    font_id = QFontDatabase.addApplicationFont(path)
    return tuple(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else ()


def register_fonts() -> list[str]:
    """Register the bundled fonts with Qt (once; later calls change nothing) and return the
    families they hold. Needs a ``QGuiApplication``. A missing or unreadable file is left out,
    and its language then falls back to whatever the machine has."""
    families: list[str] = []
    for name in FONT_FILES:
        for family in _register(str(resource_path("fonts", name))):
            if family not in families:
                families.append(family)
    return families


def screen_font_families(language: str) -> list[str]:
    """The families the app's windows use for ``language``, best first."""
    return _stack(_DENSE, language)


def sheet_font_families(language: str) -> list[str]:
    """The families of the printed tally sheet's tables in ``language``, best first (a PDF
    embeds the ones its text needs)."""
    return _stack(_DENSE, language)


def prose_font_families(language: str) -> list[str]:
    """The families of running text on paper in ``language`` (the sheet's headings and notes,
    the quick card): Urdu in Nastaliq."""
    return _stack(_PROSE, language)


def ui_font(language: str, scale_percent: int = 100) -> QFont:
    """The app's font for ``language`` at ``scale_percent`` of the platform's own size.

    The size is scaled from the platform's font, never from the app's current one, so
    changing the scale twice does not compound. The platform's family stays last in the
    list: a character none of the bundled faces has may still be on the machine.
    """
    register_fonts()
    platform = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font = QFont(platform)
    font.setFamilies([*screen_font_families(language), platform.family()])
    if platform.pointSizeF() > 0:
        font.setPointSizeF(platform.pointSizeF() * scale_percent / 100)
    else:  # a platform that sizes its font in pixels
        font.setPixelSize(max(1, round(platform.pixelSize() * scale_percent / 100)))
    return font
