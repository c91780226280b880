"""Issue 12, "Must show": the tally sheet in Urdu, Pashto and Dari as PDFs that any machine
prints right, because they carry the bundled Noto faces (checked with poppler's ``pdffonts``).
The Urdu sheet is rendered to PNG (``pdftoppm``, to ``$CHECKPOINT_SCREENSHOTS`` or the test's
folder) to be looked at, and its words read back from the PDF.

What does not read back, and why: Qt maps a PDF glyph back to its letters through the font's
character map only. Naskh's joined letters are there (as Unicode presentation forms), except
the lam-alef ligature and the Pashto letters that have no presentation form (ټ, ڼ, ډ, ړ, ښ
joined on both sides); Nastaliq's joined forms are not there at all, so the Urdu headings,
set in Nastaliq, are checked on the page's image instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from checkpoint.preferences import Preferences
from checkpoint.sheet import sheet_html
from contract import codes
from contract.sheetwords import SheetLabels
from ui.appearance import Appearance
from ui.messages import code_label
from ui.sheet_jobs import app_wording
from ui.sheet_pdf import write_sheet_pdf

from .test_printing import a_sheet

pytestmark = pytest.mark.usefixtures("qapp")

# Letters Qt cannot map back from a printed glyph (see above): words holding them are on the
# page, not in the PDF's text layer.
UNMAPPED = re.compile("[ټڼډړښۍ]|لا|لأ|لإ|لآ")
BIDI_CONTROLS = re.compile("[\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def poppler(tool: str) -> str:
    """The path of one of poppler's tools (``.ci/run`` installs poppler-utils)."""
    found = shutil.which(tool)
    if found is None:
        message = f"{tool} is missing: `sudo apt install poppler-utils` for the PDF font tests"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The app in ``language``, as the Preferences put it (translator, direction, locale)."""
    appearance = Appearance(cast(QApplication, QApplication.instance()))
    appearance.apply(Preferences(language=language))
    try:
        yield
    finally:
        appearance.restore()


def sheet_pdf_in(language: str, folder: Path) -> tuple[Path, SheetLabels]:
    """The sheet as the app prints it in ``language`` (its words, code names, direction and
    declared language: ``app_wording``), and the labels it was printed with."""
    with speaking(language):  # code names are looked up as the sheet is made
        wording = app_wording()
        html = sheet_html(a_sheet(), wording.labels, right_to_left=wording.right_to_left,
                          code_name=wording.code_name, language=wording.language,
                          dates=wording.dates)
    path = write_sheet_pdf(html, folder / f"tally-sheet-{language}.pdf",
                           right_to_left=wording.right_to_left)
    return path, wording.labels


def names(language: str, *code_list_and_codes: tuple[codes.CodeList, str]) -> list[str]:
    """The names the app shows in ``language`` for these codes."""
    with speaking(language):
        return [code_label(code_list, code) for code_list, code in code_list_and_codes]


def embedded_fonts(path: Path) -> dict[str, bool]:
    """Each font of the PDF (``pdffonts``) and whether the file carries it."""
    listing = subprocess.run([poppler("pdffonts"), str(path)], capture_output=True, text=True,
                             check=True, timeout=60).stdout.splitlines()[2:]
    return {line.split()[0]: line.split()[-5] == "yes" for line in listing}


def logical_text(path: Path) -> str:
    """The PDF's words in reading order (poppler orders right-to-left runs; pypdf does not),
    presentation forms unfolded and direction marks dropped."""
    text = subprocess.run([poppler("pdftotext"), str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    return " ".join(plain(text).split())


def plain(text: str) -> str:
    """``text`` as the PDF's text layer keeps it: presentation forms unfolded, direction marks
    and zero-width non-joiners (خروج‌ها) dropped."""
    return BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text))


def page_images(pdf: Path, tmp_path: Path) -> list[Path]:
    """The PDF's pages as PNGs at 80 dots an inch, named after it, in the screenshots folder."""
    folder = Path(os.environ.get("CHECKPOINT_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([poppler("pdftoppm"), "-png", "-r", "80", str(pdf), str(folder / pdf.stem)],
                   check=True, timeout=120)
    return sorted(folder.glob(f"{pdf.stem}-*.png"))


def ink_columns(image: QImage, top: int, bottom: int) -> list[int]:
    """The x of every column with a dark pixel between rows ``top`` and ``bottom``."""
    return [x for x in range(image.width())
            if any(image.pixelColor(x, y).lightness() < 128 for y in range(top, bottom))]


def test_the_urdu_sheet_carries_its_fonts_and_prints_right_to_left(tmp_path: Path) -> None:
    pdf, labels = sheet_pdf_in("ur", tmp_path)
    assert labels.departures != SheetLabels().departures  # the Urdu translation is in use
    fonts = embedded_fonts(pdf)
    assert {"NotoNastaliqUrdu-Regular", "NotoNaskhArabic-Regular", "NotoSans-Regular"} \
        <= fonts.keys(), fonts  # headings, tables, Latin
    assert all(fonts.values()), f"fonts left for the printing machine to find: {fonts}"
    words = logical_text(pdf)
    provinces = names("ur", (codes.pk_provinces(), "PK-KP"), (codes.pk_provinces(), "PK-PB"))
    for expected in (labels.departures, labels.households, labels.count, *provinces,
                     "TORKHAM", "57", "19"):
        assert UNMAPPED.search(expected) or plain(expected) in words, expected

    pages = page_images(pdf, tmp_path)
    assert len(pages) == len(PdfReader(pdf).pages)
    first = QImage(str(pages[0]))
    margin = round(2 / 2.54 * 80)  # the sheet's 2 cm, at 80 dots an inch
    title = ink_columns(first, margin, margin + 30)
    assert title, "no title drawn at the top of the sheet"
    assert min(title) > first.width() // 2, "the Urdu title does not stand at the right"


@pytest.mark.parametrize("language", ["ps", "fa_AF"])
def test_pashto_and_dari_sheets_carry_naskh_and_read_back(tmp_path: Path, language: str) -> None:
    pdf, labels = sheet_pdf_in(language, tmp_path)
    assert labels.departures != SheetLabels().departures  # the translation is in use
    fonts = embedded_fonts(pdf)
    assert {"NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"} <= fonts.keys(), fonts
    assert all(fonts.values()), fonts
    words = logical_text(pdf)
    provinces = names(language, (codes.pk_provinces(), "PK-KP"), (codes.pk_provinces(), "PK-PB"))
    shown = [labels.title, labels.departures, labels.households, labels.count,
             labels.signatures, labels.name, labels.signature, labels.date, *provinces]
    readable = [word for word in shown if not UNMAPPED.search(word)]
    assert len(readable) >= 4, readable  # enough of the words read back to mean something
    for expected in (*readable, "TORKHAM"):
        assert plain(expected) in words, expected
    assert page_images(pdf, tmp_path)  # to be looked at
