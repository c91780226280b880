"""The tally sheet's HTML as an A4 PDF, rendered headless.

``QTextDocument`` and ``QPdfWriter`` need a ``QGuiApplication`` (for fonts) but no widgets, so
``checkpoint-admin tally --pdf`` writes the same sheet as the desktop app over SSH, with no
display: when no Qt application runs, an offscreen one is started. Both are reentrant, so
``sheet_pdf`` may run on a worker thread once the application exists (the sheet is plain HTML:
no pixmaps, no widgets).

``QTextDocument.print_`` paginates: with no page size of its own the document is laid out on
the device's page with 2 cm margins and numbered pages, so the page itself has no margins.

The sheet's words are set in the bundled fonts chosen for its language (``ui/fonts.py``), which
the PDF embeds: a sheet printed on a laptop that has no Urdu font still reads right, and so
does the file opened anywhere else.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from checkpoint.private_files import write_private
from ui.fonts import LATIN, prose_font_families, register_fonts, sheet_font_families

A4_PORTRAIT = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                          QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen one (a command line has no window)."""
    app = QCoreApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1] or ["checkpoint-admin"])
    return app


# The sheet says its own language (``<html lang="ur">``, filled by the core), as HTML should;
# every face that renders it (file, printer, preview) reads it here rather than being told twice.
_LANGUAGE = re.compile(r"<html\b[^>]*\blang=\"([^\"]*)\"", re.IGNORECASE)


# Noto Sans spaces its lines 1.36 em apart, room for stacked accents the sheet never prints;
# at 88 % a day's sheet keeps to one A4 page, signatures included. Arabic-script faces keep
# their full spacing: their letters do reach that high.
_LATIN_LINES = "p, td, th { line-height: 88%; }"


def sheet_language(html: str) -> str:
    """The language the sheet ``html`` declares; English when it declares none."""
    found = _LANGUAGE.search(html)
    return found.group(1) if found and found.group(1) else "en"


def sheet_document(html: str, *, right_to_left: bool = False,
                   parent: QObject | None = None) -> QTextDocument:
    """A text document of ``html`` in the fonts of its language, its paragraphs running right
    to left when asked."""
    document = QTextDocument(parent)
    register_fonts()
    language = sheet_language(html)
    families = sheet_font_families(language)
    font = QFont(document.defaultFont())
    font.setFamilies(families)
    document.setDefaultFont(font)  # the sheet's style sheet sets sizes, never a family
    document.setDefaultStyleSheet(_sheet_style(families, prose_font_families(language)))
    option = QTextOption(document.defaultTextOption())
    if right_to_left:
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
    else:
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft)
    document.setDefaultTextOption(option)
    document.setHtml(html)
    return document


def _sheet_style(families: list[str], prose: list[str]) -> str:
    # Headings and notes are paragraphs; the tables' words are not.
    style = _LATIN_LINES if families[0] == LATIN else ""
    if prose != families:
        names = ", ".join(f'"{family}"' for family in prose)
        style += f" p {{ font-family: {names}; }}"
    return style


def sheet_pdf(html: str, *, right_to_left: bool = False) -> bytes:
    """``html`` as the bytes of an A4 PDF."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(A4_PORTRAIT)
    writer.setCreator("Checkpoint")
    document = sheet_document(html, right_to_left=right_to_left)
    _keep_last_table_on_one_page(document, writer)
    document.print_(writer)
    buffer.close()  # print_ ended its painter: the PDF is complete
    return bytes(buffer.data().data())


MARGIN_CM = 2  # what print_ leaves around each page (fixed by Qt)
# This layout and print_'s own agree to within a few millimetres at a page's foot (measured:
# blocks predicted to end 3 and 7 mm above the bottom margin were parted, one 11 mm above was
# not), so a block ending that close to the margin starts a new page too.
FOOT_SLACK_CM = 1.5


def _keep_last_table_on_one_page(document: QTextDocument, writer: QPdfWriter) -> None:
    # The signatures (the last table: heading, lines and captions) must not be parted by a
    # page break. Lay a copy out as print_ will (2 cm margins, the writer's page) and, if the
    # table would reach into a page's bottom margin or past it, start it on a new page.
    copy = document.clone()
    copy.documentLayout().setPaintDevice(writer)
    # print_ gives 2 cm in the source's dots (the screen's, or Qt's 96 with none); the layout
    # scales them to the writer's.
    screen = QGuiApplication.primaryScreen()
    source_dpi = screen.logicalDotsPerInchY() if screen is not None else 96
    root = copy.rootFrame().frameFormat()
    root.setMargin(int(MARGIN_CM / 2.54 * source_dpi))
    copy.rootFrame().setFrameFormat(root)
    copy.setPageSize(QSizeF(writer.width(), writer.height()))
    frames = copy.rootFrame().childFrames()
    if not frames:
        return
    box = copy.documentLayout().frameBoundingRect(frames[-1])
    page = writer.height()
    foot = (MARGIN_CM + FOOT_SLACK_CM) / 2.54 * writer.logicalDpiY()
    if int(box.top() // page) == int((box.bottom() + foot) // page):
        return
    last = document.rootFrame().childFrames()[-1]
    frame_format = last.frameFormat()
    frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    last.setFrameFormat(frame_format)


def write_sheet_pdf(html: str, path: str | os.PathLike[str], *,
                    right_to_left: bool = False) -> Path:
    """Write ``html`` as an A4 PDF at ``path``; returns the path.

    The file appears whole or not at all: it is written beside the target, then renamed.
    Raises ``OSError`` naming ``path`` when its folder cannot be written.
    """
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    content = sheet_pdf(html, right_to_left=right_to_left)
    try:
        write_private(partial, content)  # a tally sheet is personal data
        os.replace(partial, target)
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(target)) from error
    finally:
        partial.unlink(missing_ok=True)
    return target
