"""The printed tally sheet (DESIGN §3, §4): what the shift lead checks, signs and files.

The core builds it as plain HTML + CSS that Qt's ``QTextDocument`` renders well (tables for
layout, sizes in points); ``ui/sheet_pdf.py`` turns it into an A4 PDF and ``ui/printing.py``
into a print job, for the desktop app and for ``checkpoint-admin tally --pdf`` alike. The
core cannot call ``tr()``, so every word comes in through ``SheetLabels`` (the contract's
``sheetwords``, which HQ's exports print too) and every code's name through ``code_name``.
Everything that comes from the database is escaped. Printing goes through
``checkpoint.printing.print_sheet``, which checks the permission and audits.

Counts, dates and times are printed in the reader's digits and calendar (``DateStyle``: Latin
digits and Gregorian dates unless the face says otherwise). Data is printed as stored: the
tally hash, the checkpoint's code and people's names are compared character for character with
HQ's copy or a document, and the close-out's hash is over the canonical tally, never over
what the sheet shows.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import cache
from string import Template
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from checkpoint.amendments import Amendment, VoidLine, amendments_made_in, amendments_to, voids_in
from checkpoint.calendars import DateStyle
from checkpoint.closeout import HqVerdict, hq_verdict
from checkpoint.ledger import Ledger
from checkpoint.models import Crossing, DayCloseout
from checkpoint.permissions import Action
from checkpoint.tally import Period, tally_in_period
from checkpoint.users import display_names
from contract import codes
from contract.bidi import fill, isolate
from contract.sheetwords import (
    BREAKDOWN_LISTS,
    CodeName,
    SheetLabels,
    breakdown_rows,
    english_code_name,
    value_name,
)
from contract.tallyrules import BREAKDOWNS, TOTAL
from resources import resource_path

ENGLISH = SheetLabels()  # the words printed when no translation is given
LATIN_GREGORIAN = DateStyle()  # numbers and dates printed when the face chooses none
_DIMENSIONS = dict((dimension, key) for key, dimension in BREAKDOWNS)


def effect_text(amendment: Amendment, labels: SheetLabels = ENGLISH,
                code_name: CodeName = english_code_name, *, isolated: bool = True) -> str:
    """How one amendment moved the closed day's counts, e.g. "Departures +1; Return type:
    Deported +1, Not recorded -1" (signed numbers isolated in right-to-left text)."""
    def signed(n: int) -> str:
        number = f"+{n}" if n > 0 else f"\u2212{-n}"
        return isolate(number) if isolated else number

    parts: list[str] = []
    by_dimension: dict[str, list[str]] = {}
    order = [dimension for _key, dimension in BREAKDOWNS]
    # In the sheet's order; within a breakdown what a count moved to before what it left.
    for (dimension, value), n in sorted(amendment.effect, key=lambda moved: (
            order.index(moved[0][0]) if moved[0][0] in order else -1, moved[1] < 0,
            moved[0][1])):
        if dimension == TOTAL:
            parts.insert(0, f"{labels.departures} {signed(n)}")
        elif dimension in _DIMENSIONS:
            key = _DIMENSIONS[dimension]
            name = value_name(key, value, labels, code_name, isolated=isolated)
            by_dimension.setdefault(getattr(labels, BREAKDOWN_LISTS[key][0]), []).append(
                f"{name} {signed(n)}")
    parts += [f"{heading}: {', '.join(values)}" for heading, values in by_dimension.items()]
    return "; ".join(parts) or labels.no_effect


def changed_text(amendment: Amendment, labels: SheetLabels = ENGLISH) -> str:
    """The fields an amendment changed, in words ("Return type, Documents")."""
    names = [labels.field_names.get(name, name) for name in amendment.changed_fields
             if name not in ("voided", "void_reason")]
    return ", ".join(names)


@dataclass(frozen=True)
class CloseoutLine:
    """A closed day as the sheet shows it."""

    day: date
    closed_by: str
    signed_name: str
    closed_at: datetime
    frozen_total: int
    tally_hash: str
    hq: HqVerdict


@dataclass(frozen=True)
class TallySheet:
    """Everything printed on one sheet, read in one snapshot."""

    checkpoint: str
    timezone: str
    period: Period
    window: tuple[datetime, datetime]  # local, end excluded
    tally: dict[str, Any]  # a closed day's: the frozen one, as signed
    amendments: list[Amendment]  # made in the period, to closed days outside it
    closeouts: list[CloseoutLine]
    covered_days: list[date]
    generated_by: str
    generated_at: datetime  # local; the cut-off: records saved later are not on the sheet
    amendments_since: list[Amendment] = field(default_factory=list)  # to its closed days
    voids: list[VoidLine] = field(default_factory=list)
    live_total: int | None = None  # set when ``tally`` is frozen: the total with the changes

    @property
    def closed_days(self) -> set[date]:
        """The days of the period that are closed out."""
        return {line.day for line in self.closeouts}

    @property
    def frozen(self) -> bool:
        """Whether the numbers are a close-out's, frozen and signed (one closed day)."""
        return self.live_total is not None


def gather_sheet(ledger: Ledger, period: Period) -> TallySheet:
    """Read what the sheet of ``period`` shows, in one snapshot: the tally (a closed day's
    frozen one, with the changes made to it since), late amendments made during the period to
    other closed days (each appears on exactly one day's sheet), the period's voids and the
    close-outs of its days."""
    ledger.actor.require(Action.TALLY)
    zone = ledger.settings.zone
    covered = period.covered_days()
    since, until = period.utc_window(ledger)
    in_period = ((col(Crossing.crossed_at) >= since, col(Crossing.crossed_at) < until)
                 if period.is_shift else (col(Crossing.local_day) >= period.start,
                                          col(Crossing.local_day) <= period.end))
    with ledger.reading() as session:
        generated_at = datetime.now(UTC).astimezone(zone)
        tally = tally_in_period(session, ledger, period)
        closed = session.execute(select(DayCloseout).where(
            col(DayCloseout.day) >= covered[0], col(DayCloseout.day) <= covered[-1])
            .order_by(col(DayCloseout.day))).scalars().all()
        closed_days = {c.day for c in closed}
        amendments = amendments_made_in(session, since, until, besides=closed_days)
        amendments_since = amendments_to(session, closed_days)
        voids = voids_in(session, *in_period)
        frozen = [json.loads(c.tally_json) for c in closed]
        names = display_names(session, [ledger.actor.username,
                                        *(c.closed_by for c in closed)])
        closeouts = [CloseoutLine(c.day, names[c.closed_by], c.signed_name,
                                  _aware(c.closed_at).astimezone(zone),
                                  int(numbers.get("total", 0)), c.tally_hash, hq_verdict(c))
                     for c, numbers in zip(closed, frozen, strict=True)]
    live_total = None
    if frozen and not period.is_shift and period.start == period.end:
        # A closed day shows what was signed; the changes since are listed with their effect.
        live_total, tally = tally["total"], frozen[0]

    def local(amendment: Amendment) -> Amendment:
        return replace(amendment, changed_at=_aware(amendment.changed_at).astimezone(zone))

    return TallySheet(ledger.settings.checkpoint, ledger.settings.timezone, period,
                      period.local_window(ledger), tally, [local(a) for a in amendments],
                      closeouts, covered, names[ledger.actor.username], generated_at,
                      [local(a) for a in amendments_since],
                      [replace(v, voided_at=_aware(v.voided_at).astimezone(zone))
                       for v in voids], live_total)


def _aware(moment: datetime) -> datetime:
    # Stored times are UTC; a naive one read back is UTC too.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# -- HTML -------------------------------------------------------------------------------------

@cache
def _template() -> Template:
    return Template(resource_path("reports", "tally_sheet.html").read_text(encoding="utf-8"))


class _Html:
    """Small builders that keep direction, alignment and escaping in one place."""

    def __init__(self, right_to_left: bool, dates: DateStyle) -> None:
        self.rtl = right_to_left
        self.dates = dates
        self.dir = "rtl" if right_to_left else "ltr"
        self.start, self.end = ("right", "left") if right_to_left else ("left", "right")

    def cells(self, cells: Sequence[str]) -> str:
        # QTextDocument does not mirror table columns: a right-to-left row is written reversed.
        return "".join(reversed(cells) if self.rtl else cells)

    def cell(self, text: object, css: str = "", tag: str = "td", **attributes: str) -> str:
        return self.markup_cell(html.escape(str(text)), css, tag, **attributes)

    def head(self, text: str, **attributes: str) -> str:
        return self.cell(text, tag="th", **{"align": self.start, **attributes})

    def value(self, value: object, css: str = "", **attributes: str) -> str:
        # Only text of several runs can be reordered; a lone word or number stays as it is
        # (and an isolate's invisible marks would push the line's baseline down a little).
        text = str(value)
        return self.cell(self.isolate(text) if " " in text else text, css, **attributes)

    def isolate(self, value: object) -> str:
        # Left-to-right sheets need no isolates; their invisible marks cost a little baseline.
        return isolate(value) if self.rtl else str(value)

    def fill(self, text: str, *values: object) -> str:
        return fill(text, *values, isolated=self.rtl)

    def number(self, n: int, css: str = "", **attributes: str) -> str:
        return self.cell(self.dates.number_text(n), css, align=self.end, **attributes)

    def when(self, moment: datetime) -> str:
        return self.dates.moment_text(moment)

    def day(self, day: date) -> str:
        return self.dates.day_text(day)

    def markup_cell(self, markup: str, css: str = "", tag: str = "td",
                    **attributes: str) -> str:
        extra = "".join(f' {name}="{value}"' for name, value in attributes.items())
        css_class = f' class="{css}"' if css else ""
        return f'<{tag}{css_class} dir="{self.dir}"{extra}>{markup}</{tag}>'

    def table(self, rows: Sequence[Sequence[str]], css: str = "grid", width: str = "100%",
              padding: int = 1) -> str:
        body = "".join(f"<tr>{self.cells(row)}</tr>" for row in rows)
        return (f'<table class="{css}" dir="{self.dir}" align="{self.start}" width="{width}" '
                f'cellspacing="0" cellpadding="{padding}">{body}</table>')

    def paragraph(self, text: str, css: str = "") -> str:
        css_class = f' class="{css}"' if css else ""
        return (f'<p dir="{self.dir}" align="{self.start}"{css_class}>'
                f'{html.escape(self.isolate(text))}</p>')

    def heading(self, text: str, css: str = "heading") -> str:
        return (f'<p class="{css}" dir="{self.dir}" align="{self.start}">'
                f'{html.escape(self.isolate(text))}</p>')


def _period_text(h: _Html, sheet: TallySheet, labels: SheetLabels) -> str:
    period = sheet.period
    if period.is_shift:
        return h.fill(labels.shift, h.when(sheet.window[0]), h.when(sheet.window[1]))
    if period.start == period.end:
        return h.fill(labels.one_day, h.day(period.start))
    return h.fill(labels.day_range, h.day(period.start), h.day(period.end))


def _closed_text(h: _Html, sheet: TallySheet, labels: SheetLabels) -> str:
    if len(sheet.covered_days) > 1:
        return h.fill(labels.closed_days, h.dates.number_text(len(sheet.closed_days)),
                      h.dates.number_text(len(sheet.covered_days)))
    if sheet.closeouts:
        line = sheet.closeouts[0]
        return h.fill(labels.closed_yes, line.closed_by, h.when(line.closed_at))
    return labels.closed_no


def _facts(h: _Html, sheet: TallySheet, labels: SheetLabels, code_name: CodeName) -> str:
    place = code_name(codes.crossing_points(), sheet.checkpoint)
    zone_time = h.fill(labels.time_zone, h.when(sheet.generated_at), sheet.timezone)
    pairs = (((labels.checkpoint, h.isolate(h.fill(labels.place, place, sheet.checkpoint))),
              (labels.period, _period_text(h, sheet, labels))),
             ((labels.source, labels.source_text), (labels.cut_off, zone_time)),
             ((labels.closed, _closed_text(h, sheet, labels)),
              (labels.generated_by, h.isolate(sheet.generated_by))))
    rows = [[h.cell(first[0], "label", width="16%"), h.cell(first[1], width="36%"),
             h.cell(second[0], "label", width="16%"), h.cell(second[1], width="32%")]
            for first, second in pairs]
    return h.table(rows, css="facts", padding=1)


def _totals(h: _Html, sheet: TallySheet, labels: SheetLabels) -> str:
    # Full width: Qt places a narrower table wrongly in a right-to-left document.
    middle = {"valign": "middle"}
    cells = [h.cell(labels.departures, "label", width="30%", **middle),
             h.number(sheet.tally["total"], "total", width="20%", **middle),
             h.cell(labels.households, "label", width="30%", **middle),
             h.number(sheet.tally["households"], "total", width="20%", **middle)]
    return h.table([cells])


def _breakdown(h: _Html, sheet: TallySheet, key: str, labels: SheetLabels,
               code_name: CodeName) -> str:
    column = getattr(labels, BREAKDOWN_LISTS[key][0])
    rows = [[h.head(column), h.cell(labels.count, tag="th", align=h.end, width="24%")]]
    for row in breakdown_rows(sheet.tally, key, labels, code_name, isolated=h.rtl):
        css = "" if row.count else "zero"
        # A row's label may hold numbers ("0 to 17 years"): in the reader's digits too.
        rows.append([h.value(h.dates.digits_text(row.label), css), h.number(row.count, css)])
    return h.heading(getattr(labels, key), "subheading") + h.table(rows)


def _breakdowns(h: _Html, sheet: TallySheet, labels: SheetLabels, code_name: CodeName) -> str:
    # Three columns, as on the screen, each as long as the others (the sex and return type
    # tables share one, the warnings follow the ages): the breakdowns, the changes and the
    # signatures of a day fit one page.
    layout = ((("by_origin_province", "by_vulnerability"),
               ("by_document_type", "by_sex", "by_return_type"),
               ("by_check_result", "by_age_band", "by_warning_overridden")),)
    gap = '<td width="2%"></td>'
    rows = []
    for keys in layout:
        cells = [f'<td width="32%" valign="top">'
                 f'{"".join(_breakdown(h, sheet, key, labels, code_name) for key in column)}'
                 f'</td>' for column in keys]
        rows.append("<tr>" + h.cells([cells[0], gap, cells[1], gap, cells[2]]) + "</tr>")
    return (f'<table dir="{h.dir}" width="100%" cellspacing="0" cellpadding="0">'
            f'{"".join(rows)}</table>')


def _amendments(h: _Html, amendments: Sequence[Amendment], labels: SheetLabels,
                code_name: CodeName) -> str:
    if not amendments:
        return h.paragraph(labels.no_amendments)
    actions = {"create": labels.recorded_late, "correct": labels.corrected,
               "void": labels.voided}
    rows = [[h.head(text, width=width) for text, width in (
        (labels.day, "13%"), (labels.change, "11%"), (labels.person, "14%"),
        (labels.what_changed, "12%"), (labels.effect, "27%"), (labels.changed_by, "8%"),
        (labels.changed_at, "15%"))]]
    for change in amendments:
        rows.append([h.value(h.day(change.day)),
                     h.cell(actions.get(change.action, change.action)),
                     h.value(change.full_name), h.value(changed_text(change, labels)),
                     h.value(h.dates.digits_text(
                         effect_text(change, labels, code_name, isolated=h.rtl))),
                     h.value(change.changed_by), h.value(h.when(change.changed_at))])
    return h.table(rows)


def _voids(h: _Html, voids: Sequence[VoidLine], labels: SheetLabels) -> str:
    if not voids:
        return h.paragraph(labels.no_voids)
    rows = [[h.head(text, width=width) for text, width in (
        (labels.day, "12%"), (labels.person, "24%"), (labels.voided_by, "12%"),
        (labels.changed_at, "16%"), (labels.reason, "36%"))]]
    for void in voids:
        rows.append([h.value(h.day(void.day)), h.value(void.full_name),
                     h.value(void.voided_by), h.value(h.when(void.voided_at)),
                     h.value(void.reason)])
    return h.table(rows)


def _frozen_note(h: _Html, sheet: TallySheet, labels: SheetLabels) -> str:
    if sheet.live_total is None:
        return ""
    if sheet.live_total == sheet.tally["total"] and not sheet.amendments_since:
        return h.paragraph(labels.frozen, "frozen")
    return h.paragraph(h.fill(labels.frozen_now, h.dates.number_text(sheet.live_total)),
                       "frozen")


def _since_close(h: _Html, sheet: TallySheet, labels: SheetLabels, code_name: CodeName) -> str:
    if not sheet.closeouts:
        return ""
    return (h.heading(labels.amendments_since) +
            _amendments(h, sheet.amendments_since, labels, code_name))


def _closeouts(h: _Html, sheet: TallySheet, labels: SheetLabels) -> str:
    if not sheet.closeouts:
        return h.paragraph(labels.no_closeouts)
    rows = [[h.head(text, width=width) for text, width in (
        (labels.day, "12%"), (labels.closed_by, "11%"), (labels.signed_as, "17%"),
        (labels.closed_at, "16%"), (labels.frozen_total, "14%"), (labels.tally_hash, "30%"))]]
    for line in sheet.closeouts:
        rows.append([h.value(h.day(line.day)), h.value(line.closed_by),
                     h.value(line.signed_name), h.value(h.when(line.closed_at)),
                     h.number(line.frozen_total),
                     # 64 hex digits in two lines of 32: the column stays narrow. Latin
                     # always: the hash is checked digit for digit against HQ's.
                     h.markup_cell(html.escape(line.tally_hash[:32]) + "<br>" +
                                   html.escape(line.tally_hash[32:]), "hash")])
    return h.table(rows)


def _signatures(h: _Html, labels: SheetLabels) -> str:
    # Three lines to write on, each captioned underneath, with gaps so they read as three.
    gap = h.cell("", width="4%")
    widths = ("38%", "33%", "21%")
    lines = [h.markup_cell("<br>", "sign", width=width) for width in widths]
    captions = [h.cell(text) for text in (labels.name, labels.signature, labels.date)]
    table = h.table([[lines[0], gap, lines[1], gap, lines[2]],
                     [captions[0], gap, captions[1], gap, captions[2]]], css="signatures")
    # One cell holds the heading and the lines: a page break never parts them.
    return (f'<table dir="{h.dir}" width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td>{h.heading(labels.signatures)}{table}</td></tr></table>')


def sheet_html(sheet: TallySheet, labels: SheetLabels = ENGLISH, *,
               right_to_left: bool = False, code_name: CodeName = english_code_name,
               language: str = "en", dates: DateStyle = LATIN_GREGORIAN) -> str:
    """The sheet as one HTML document (A4-sized by the printer; see ``ui/printing.py``), its
    counts and dates shown as ``dates`` says."""
    h = _Html(right_to_left, dates)
    footer = h.fill(labels.footer, sheet.generated_by,
                    h.fill(labels.time_zone, h.when(sheet.generated_at), sheet.timezone))
    return _template().substitute(
        dir=h.dir, lang=html.escape(language), start=h.start, end=h.end,
        title=html.escape(labels.title), facts=_facts(h, sheet, labels, code_name),
        totals_heading=html.escape(labels.totals),
        totals=_frozen_note(h, sheet, labels) + _totals(h, sheet, labels),
        breakdowns=_breakdowns(h, sheet, labels, code_name),
        since_close=_since_close(h, sheet, labels, code_name),
        amendments_heading=html.escape(labels.amendments),
        amendments=_amendments(h, sheet.amendments, labels, code_name),
        voids_heading=html.escape(labels.voids), voids=_voids(h, sheet.voids, labels),
        closeouts_heading=html.escape(labels.closeouts), closeouts=_closeouts(h, sheet, labels),
        signatures=_signatures(h, labels),
        footer=html.escape(footer))
