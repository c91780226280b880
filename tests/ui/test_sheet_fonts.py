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
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from checkpoint.sheet import sheet_html
from contract import codes
from contract.sheetwords import SheetLabels
from ui.sheet_pdf import write_sheet_pdf

from .test_printing import a_sheet

pytestmark = pytest.mark.usefixtures("qapp")

# Draft words, enough to show each language's letters on the sheet (the app's own come from
# the translations).
URDU = replace(SheetLabels(), title="میزان شیٹ", totals="کل تعداد", departures="روانگیاں",
               households="گھرانے", count="تعداد", origin_province="آبائی صوبہ",
               signatures="شفٹ انچارج", name="نام", signature="دستخط", date="تاریخ")
PASHTO = replace(SheetLabels(), title="د شمېرنې پاڼه", departures="وتنې", households="کورنۍ",
                 count="شمېر", signatures="د بدلون مشر", name="نوم", signature="لاسلیک",
                 date="نېټه")
DARI = replace(SheetLabels(), title="ورق شمارش", departures="خروج", households="خانواده",
               count="تعداد", signatures="مسئول نوبت", name="نام", signature="امضا",
               date="تاریخ")
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def native_name(code_list: codes.CodeList, code: str) -> str:
    """A code's own-script name where its list has one (the provinces), else its English."""
    if code not in code_list:
        return code
    entry = code_list.entry(code)
    return entry.native or entry.name


def poppler(tool: str) -> str:
    """The path of one of poppler's tools (``.ci/run`` installs poppler-utils)."""
    found = shutil.which(tool)
    if found is None:
        message = f"{tool} is missing: `sudo apt install poppler-utils` for the PDF font tests"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def sheet_pdf_in(language: str, labels: SheetLabels, folder: Path) -> Path:
    html = sheet_html(a_sheet(), labels, right_to_left=True, code_name=native_name,
                      language=language)
    return write_sheet_pdf(html, folder / f"tally-sheet-{language}.pdf", right_to_left=True)


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
    return " ".join(BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text)).split())


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
    pdf = sheet_pdf_in("ur", URDU, tmp_path)
    fonts = embedded_fonts(pdf)
    assert {"NotoNastaliqUrdu-Regular", "NotoNaskhArabic-Regular", "NotoSans-Regular"} \
        <= fonts.keys(), fonts  # headings, tables, Latin
    assert all(fonts.values()), f"fonts left for the printing machine to find: {fonts}"
    words = logical_text(pdf)
    for expected in (URDU.departures, URDU.households, URDU.count, URDU.origin_province,
                     "خیبر پختونخوا", "پنجاب", "TORKHAM", "57", "19", "Proof of Registration card"):
        assert expected in words, expected

    pages = page_images(pdf, tmp_path)
    assert len(pages) == len(PdfReader(pdf).pages)
    first = QImage(str(pages[0]))
    margin = round(2 / 2.54 * 80)  # the sheet's 2 cm, at 80 dots an inch
    title = ink_columns(first, margin, margin + 30)
    assert title, "no title drawn at the top of the sheet"
    assert min(title) > first.width() // 2, "the Urdu title does not stand at the right"


# The Pashto words asserted are those without a letter Qt cannot map back (see above): the
# title (ڼ), households (ۍ), signature (lam-alef) and date (ټ) are on the page but not in the
# PDF's text layer.
@pytest.mark.parametrize(("language", "labels", "readable"), [
    ("ps", PASHTO, (PASHTO.departures, PASHTO.count, PASHTO.signatures, PASHTO.name)),
    ("fa_AF", DARI, (DARI.title, DARI.departures, DARI.households, DARI.count,
                     DARI.signatures, DARI.name, DARI.signature, DARI.date)),
], ids=["ps", "fa_AF"])
def test_pashto_and_dari_sheets_carry_naskh_and_read_back(
        tmp_path: Path, language: str, labels: SheetLabels, readable: tuple[str, ...]) -> None:
    pdf = sheet_pdf_in(language, labels, tmp_path)
    fonts = embedded_fonts(pdf)
    assert {"NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"} <= fonts.keys(), fonts
    assert all(fonts.values()), fonts
    words = logical_text(pdf)
    for expected in (*readable, "خیبر پختونخوا", "پنجاب", "TORKHAM"):
        assert expected in words, expected
    assert page_images(pdf, tmp_path)  # to be looked at
