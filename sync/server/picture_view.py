"""The national picture laid out for reading: the range asked for in a URL, and the tables of
the page and of the printed A4 sheet, in the checkpoint sheet's words.

The console's routes (``console.picture``) stay thin: they read the range with
:func:`asked_range`, call the desk, and hand :func:`tables` to a template.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from contract import codes
from contract.bidi import fill
from contract.errors import ErrorCode
from contract.sheetwords import SheetLabels, breakdown_rows, english_code_name
from sync.server.errors import Malformed
from sync.server.picture import NationalPicture, check_range, checkpoint_code, today
from sync.server.schemas import iso_day

ENGLISH = SheetLabels()
# HQ's own words, next to the sheet's: a checkpoint's sheet has no "all checkpoints" or days.
ALL_CHECKPOINTS = "All checkpoints"
BY_CHECKPOINT = "Departures by checkpoint"
BY_DAY = "Departures by day"
# The tables under the totals, in the order a supervisor reads them out: where people went
# from first, then who they were and what they showed.
TABLE_ORDER = ("by_origin_province", "by_return_type", "by_sex", "by_age_band",
               "by_document_type", "by_check_result", "by_vulnerability",
               "by_warning_overridden")


def period_text(start: date, end: date, labels: SheetLabels = ENGLISH) -> str:
    """The range as the sheet words it ("2025-04-01 to 2025-04-07", or one day)."""
    if start == end:
        return fill(labels.one_day, start.isoformat(), isolated=False)
    return fill(labels.day_range, start.isoformat(), end.isoformat(), isolated=False)


def place_text(checkpoint: str | None, labels: SheetLabels = ENGLISH) -> str:
    """The checkpoint as the sheet words it ("Torkham (TORKHAM)"), or all of them."""
    if checkpoint is None:
        return ALL_CHECKPOINTS
    name = english_code_name(codes.crossing_points(), checkpoint)
    return fill(labels.place, name, checkpoint, isolated=False)


@dataclass(frozen=True)
class AskedRange:
    """The days and checkpoint a picture URL asks for (``?from=&to=&checkpoint=``)."""

    start: date
    end: date
    checkpoint: str | None

    def query(self) -> dict[str, str]:
        """The URL's query for this range (the same page, the CSV, the printable sheet)."""
        asked = {"from": self.start.isoformat(), "to": self.end.isoformat()}
        if self.checkpoint:
            asked["checkpoint"] = self.checkpoint
        return asked


def _day(text: str | None, name: str) -> date | None:
    if text is None or not text.strip():
        return None
    try:
        return iso_day(text.strip())
    except ValueError:
        raise Malformed(f"The {name!r} day {text.strip()[:40]!r} is not a date; write it as "
                        "YYYY-MM-DD, like 2025-04-01.", code=ErrorCode.INVALID_DATE) from None


def asked_range(start: str | None, end: str | None, checkpoint: str | None) -> AskedRange:
    """The range in a URL: today when no day is given, one day when only one is."""
    first, last = _day(start, "from"), _day(end, "to")
    first = first or last or today()
    last = last or first
    check_range(first, last)
    return AskedRange(first, last, checkpoint_code(checkpoint))


def quick_ranges(day: date) -> list[tuple[str, AskedRange]]:
    """The ranges offered as one-click links: today, yesterday, 7 and 30 days to ``day``."""
    return [("Today", AskedRange(day, day, None)),
            ("Yesterday", AskedRange(day - timedelta(days=1), day - timedelta(days=1), None)),
            ("Last 7 days", AskedRange(day - timedelta(days=6), day, None)),
            ("Last 30 days", AskedRange(day - timedelta(days=29), day, None))]


@dataclass(frozen=True)
class Line:
    """One row of a table: the stored code, its name and the count."""

    code: str
    name: str
    count: int


@dataclass(frozen=True)
class Table:
    """One table of the picture: its heading (the sheet's), the column's label, its rows."""

    key: str
    heading: str
    column: str
    lines: list[Line]

    @property
    def total(self) -> int:
        """The rows' sum (the departures, for a breakdown where each person has one value)."""
        return sum(line.count for line in self.lines)


def checkpoint_table(picture: NationalPicture, labels: SheetLabels = ENGLISH) -> Table:
    """Departures per crossing point: every one of the list, zeros too (a silent checkpoint
    is news), then any other code HQ counted."""
    counted: dict[str, int] = picture.tally["by_checkpoint"]
    points = codes.crossing_points()
    shown = ([picture.checkpoint] if picture.checkpoint else
             [*points.codes, *(code for code in counted if code not in points.codes)])
    return Table("by_checkpoint", BY_CHECKPOINT, labels.checkpoint,
                 [Line(code, english_code_name(points, code), counted.get(code, 0))
                  for code in shown])


def tables(picture: NationalPicture, labels: SheetLabels = ENGLISH) -> list[Table]:
    """The breakdowns, each with every code of its list, as the sheet prints them."""
    column = {"by_origin_province": labels.origin_province,
              "by_document_type": labels.document_type, "by_check_result": labels.check_result,
              "by_sex": labels.sex, "by_age_band": labels.age_band,
              "by_return_type": labels.return_type, "by_vulnerability": labels.vulnerability,
              "by_warning_overridden": labels.warning_overridden}
    return [Table(key, getattr(labels, key), column[key],
                  [Line(row.code, row.label, row.count)
                   for row in breakdown_rows(picture.tally, key, labels, isolated=False)])
            for key in TABLE_ORDER]
