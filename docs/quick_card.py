"""Make the printable quick card, ``docs/quick-card.pdf``, from ``docs/quick-card.md``.

    python docs/quick_card.py [--out FILE]

The card is written once, in Markdown (English, then Urdu from its first Urdu heading on), and
this prints it on A4 with the app's bundled fonts, which the PDF embeds: English in Noto Sans on
the first page; Urdu from the second page on, right to left, its text in Nastaliq and its keys
table in Naskh (a table of Nastaliq rows would not fit a page; see
``resources/fonts/README.md``). ``tests/ui/test_quick_card.py`` runs it and checks the card
against the app's real shortcuts.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QMarginsF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextLength,
    QTextTableFormat,
)

from ui.fonts import prose_font_families, register_fonts, sheet_font_families

DOCS = Path(__file__).resolve().parent
CARD = DOCS / "quick-card.md"
PDF = DOCS / "quick-card.pdf"
# Points by heading level (0: running text), for a card read at arm's length.
SIZES = {0: 8.5, 1: 14.0, 2: 10.5}
KEY_SIZE = 8.0
# English has room on its page for larger type; Urdu's Nastaliq fills its page at these sizes.
SCALE = {"en": 1.1, "ur": 1.0}
MARGIN_MM = 12
LAYOUT_DPI = 96
# Percent of each face's own line spacing, by language and whether in the keys table.
# Nastaliq's (2.5 em) and Naskh's (1.7 em) leave room for stacks and marks the card's words
# seldom build: squeezed, the Urdu card keeps to one page, and no line touches the next.
LINE_HEIGHT = {("en", False): 100, ("en", True): 100, ("ur", False): 72, ("ur", True): 80}


@dataclass(frozen=True)
class CardPart:
    """One language's half of the card, as written in the Markdown."""

    head: str  # the title and what follows it, up to the first section
    routine: str  # the daily routine's sections
    keys_heading: str
    keys: list[list[str]]  # the keys table's rows, its header first, cells as written
    note: str  # what follows the table


def split_card(markdown: str) -> list[CardPart]:
    """The card's parts, one per top-level heading (English first, then Urdu)."""
    parts = []
    for chunk in ("\n" + markdown).split("\n# ")[1:]:
        lines = ("# " + chunk).splitlines()
        table = [i for i, line in enumerate(lines) if line.startswith("|")]
        sections = [i for i, line in enumerate(lines) if line.startswith("## ")]
        keys_at = max(i for i in sections if i < table[0])
        rows = [[cell.strip() for cell in lines[i].strip("|").split("|")] for i in table]
        parts.append(CardPart("\n".join(lines[:sections[0]]),
                              "\n".join(lines[sections[0]:keys_at]), lines[keys_at],
                              [rows[0], *rows[2:]],  # without the |---| line
                              "\n".join(lines[table[-1] + 1:])))
    return parts


def is_urdu(text: str) -> bool:
    """Whether ``text`` holds Arabic-script letters."""
    return any("\u0600" <= c <= "\u06ff" for c in text)


def blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def card_document(markdown: str) -> QTextDocument:
    """The card as one document: each part on a page of its own, its keys in two tables side
    by side, then every block set in its language's direction and fonts."""
    document = QTextDocument()
    # List numbers and the empty blocks around tables take the document's font: a bundled one,
    # small, so the card comes out the same on any machine.
    document.setDefaultFont(QFont(prose_font_families("en"), 9))
    cursor = QTextCursor(document)
    urdu_from = None
    for index, part in enumerate(split_card(markdown)):
        right_to_left = is_urdu(part.head)
        if index:
            cursor.insertBlock()
        starts = cursor.position()
        if right_to_left and urdu_from is None:
            urdu_from = starts
        cursor.insertFragment(QTextDocumentFragment.fromMarkdown(
            "\n\n".join((part.head, part.routine, part.keys_heading))))
        # The part's title went into the block already there, which kept its own format.
        title = QTextBlockFormat()
        title.setHeadingLevel(1)
        if index:
            title.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(document.findBlock(starts)).mergeBlockFormat(title)
        _insert_keys(cursor, part.keys, right_to_left)
        cursor.insertFragment(QTextDocumentFragment.fromMarkdown(part.note))
    for block in blocks(document):
        urdu = urdu_from is not None and block.position() >= urdu_from
        _set_block(block, "ur" if urdu else "en")
    return document


def _insert_keys(cursor: QTextCursor, rows: list[list[str]], right_to_left: bool) -> None:
    # Two tables side by side: one long table would not leave the page room for the routine.
    header, body = rows[0], rows[1:]
    half = (len(body) + 1) // 2
    halves = [body[:half], body[half:]]
    if right_to_left:  # a QTextTable is never mirrored: the first half goes on the right
        halves.reverse()
    layout = QTextTableFormat()
    layout.setBorder(0)
    layout.setCellSpacing(0)
    layout.setCellPadding(4)
    layout.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    outer = cursor.insertTable(1, 2, layout)
    for column, half_rows in enumerate(halves):
        inner_cursor = outer.cellAt(0, column).firstCursorPosition()
        grid = QTextTableFormat()
        grid.setBorder(0.5)
        grid.setBorderBrush(QBrush(QColor("#888888")))
        grid.setBorderCollapse(True)
        grid.setCellPadding(1)
        grid.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        grid.setHeaderRowCount(1)
        table = inner_cursor.insertTable(len(half_rows) + 1, len(header), grid)
        for row, cells in enumerate([header, *half_rows]):
            for column_index, text in enumerate(cells):
                cell = table.cellAt(row, column_index)
                cell_format = cell.format().toTableCellFormat()
                cell_format.setLeftPadding(3)  # "Ctrl+Shift+Q" never touches its neighbour
                cell_format.setRightPadding(3)
                if row == 0:
                    cell_format.setBackground(QColor("#e4e4e4"))
                cell.setFormat(cell_format)
                char_format = QTextCharFormat()
                char_format.setFontWeight(QFont.Weight.Bold if row == 0 else QFont.Weight.Normal)
                if right_to_left and not is_urdu(text):  # "Ctrl+," stays as typed
                    text = f"\u2066{text}\u2069"
                cell.firstCursorPosition().insertText(text, char_format)
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _set_block(block: QTextBlock, language: str) -> None:
    cursor = QTextCursor(block)
    in_table = cursor.currentTable() is not None
    right_to_left = language != "en"
    level = block.blockFormat().headingLevel()
    block_format = QTextBlockFormat()
    block_format.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left
                                    else Qt.LayoutDirection.LeftToRight)
    # Leading edge: the right one in a right-to-left block (AlignRight would be mirrored too).
    block_format.setAlignment(Qt.AlignmentFlag.AlignLeading)
    block_format.setLineHeight(LINE_HEIGHT[language, in_table],
                               QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if not in_table:
        # Markdown's paragraph gaps are a screen's; a card keeps a little air over headings.
        block_format.setTopMargin(6 if level else 0)
        if level and language == "ur":  # a Nastaliq heading's letters climb high: full height
            block_format.setLineHeight(
                100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block_format.setBottomMargin(2)
    cursor.mergeBlockFormat(block_format)
    # The keys are a table of short rows, set in the compact face; the rest is read as text.
    families = sheet_font_families(language) if in_table else prose_font_families(language)
    size = SCALE[language] * (KEY_SIZE if in_table else SIZES.get(level, SIZES[0]))
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        char_format = fragment.charFormat()  # Markdown's bold and italics stay
        # Markdown sizes its headings relative to the document's font, which wins over a size
        # given: it goes, and the card's sizes rule.
        char_format.clearProperty(QTextFormat.Property.FontSizeAdjustment)
        char_format.setFontFamilies(families)
        char_format.setFontPointSize(size)
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(),
                           QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(char_format)
        fragments += 1


def write_card(markdown: str, target: Path) -> Path:
    """Print the card ``markdown`` as an A4 PDF at ``target``."""
    if QGuiApplication.instance() is None:
        QGuiApplication(sys.argv[:1])
    register_fonts()
    writer = QPdfWriter(str(target))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    writer.setCreator("Checkpoint")
    writer.setTitle("Checkpoint quick card")
    document = card_document(markdown)
    # Laid out on A4 at 96 dots an inch with 12 mm margins (print_ would give 2 cm and page
    # numbers); print_ scales the pages to the writer's resolution.
    root = document.rootFrame().frameFormat()
    root.setMargin(MARGIN_MM / 25.4 * LAYOUT_DPI)
    document.rootFrame().setFrameFormat(root)
    a4 = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Inch)
    document.setPageSize(QSizeF(a4.width() * LAYOUT_DPI, a4.height() * LAYOUT_DPI))
    document.print_(writer)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make the printable quick card.")
    parser.add_argument("--out", type=Path, default=PDF, help=f"the PDF (default: {PDF})")
    args = parser.parse_args(argv)
    print(write_card(CARD.read_text(encoding="utf-8"), args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
