"""The national tally of a range as CSV, in the checkpoint sheet's words.

One table, one header row, every row standing on its own (period, checkpoint, which table of the
sheet, the code, its name, the count), so it sorts and filters in a spreadsheet and parses with
any CSV reader. The headings and names are the sheet's (``contract.sheetwords``) and the code
lists' English names; every code of a list is listed, zeros too, as on the sheet.

Encoding: UTF-8 with a byte-order mark. Excel, which the offices that receive the export open
CSV files with, reads a file without one in the machine's ANSI code page and garbles every
letter outside ASCII (a province's native name, a translated label); LibreOffice and Python's
``utf-8-sig`` read the mark and drop it. Lines end in CRLF (RFC 4180).
"""

from __future__ import annotations

import csv
import io

from contract.sheetwords import SheetLabels
from sync.server.picture import NationalPicture
from sync.server.picture_view import (
    BY_DAY,
    ENGLISH,
    checkpoint_table,
    period_text,
    place_text,
    tables,
)

TABLE, CODE, NAME = "Table", "Code", "Name"
CONTENT_TYPE = "text/csv; charset=utf-8"


def file_name(picture: NationalPicture) -> str:
    """``tally-ALL-2025-04-01-to-2025-04-07.csv``: what the download is saved as."""
    return (f"tally-{picture.checkpoint or 'ALL'}-{picture.start.isoformat()}-to-"
            f"{picture.end.isoformat()}.csv")


def tally_rows(picture: NationalPicture, labels: SheetLabels = ENGLISH
               ) -> list[tuple[str, str, str, int]]:
    """(table, code, name, count) for every line, in the page's order: totals, checkpoints,
    the breakdowns, the days."""
    tally = picture.tally
    rows = [(labels.totals, "total", labels.departures, int(tally["total"])),
            (labels.totals, "households", labels.households, int(tally["households"]))]
    for table in [checkpoint_table(picture, labels), *tables(picture, labels)]:
        rows += [(table.heading, line.code, line.name, line.count) for line in table.lines]
    rows += [(BY_DAY, line.day.isoformat(), line.day.isoformat(), line.departures)
             for line in picture.days]
    return rows


def tally_csv(picture: NationalPicture, labels: SheetLabels = ENGLISH) -> bytes:
    """The CSV file's bytes (UTF-8 with a byte-order mark, CRLF line ends)."""
    out = io.StringIO()
    writer = csv.writer(out)
    period, place = period_text(picture.start, picture.end, labels), place_text(
        picture.checkpoint, labels)
    writer.writerow([labels.period, labels.checkpoint, TABLE, CODE, NAME, labels.count])
    writer.writerows([period, place, *row] for row in tally_rows(picture, labels))
    return ("\ufeff" + out.getvalue()).encode("utf-8")
