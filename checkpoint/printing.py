"""Printing the tally sheet: the one use case both faces call (DESIGN §3, §6).

The desktop app (preview, print dialog, PDF export) and ``checkpoint-admin tally --pdf`` all go
through ``print_sheet``: it checks the print permission, builds the sheet, hands its HTML to the
face's renderer and writes the audit entry once the sheet went out. The core imports no Qt, so
the renderer is passed in (``ui/sheet_pdf.py`` renders PDFs headless; ``ui/printing.py`` prints
to the printer the user chose). So is the way the audit entry is written: the desktop renders on
its long-task worker and hands the write to its one database writer (``write``, as the sync
client does); the command line writes where it runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from checkpoint import audit
from checkpoint.calendars import DateStyle
from checkpoint.ledger import Ledger, WriteRunner, write_here
from checkpoint.permissions import Action
from checkpoint.sheet import gather_sheet, sheet_html
from checkpoint.tally import Period
from contract.sheetwords import CodeName, SheetLabels, english_code_name


class Output(StrEnum):
    """Where a printed sheet went, as the audit log records it."""

    PDF = "pdf"
    PRINTER = "printer"


class RenderSheet(Protocol):
    """A face's way of putting the sheet's HTML on paper or in a file."""

    def __call__(self, html: str) -> bool:
        """Render ``html``; False when nothing went out (the user cancelled)."""
        ...


@dataclass(frozen=True)
class SheetWording:
    """How the face words the sheet: its labels, reading direction, code names, and the digits
    and calendar its numbers and dates are shown in (only shown: the audit entry below records
    the period in ISO dates whatever the sheet showed)."""

    labels: SheetLabels = field(default_factory=SheetLabels)
    right_to_left: bool = False
    code_name: CodeName = english_code_name
    dates: DateStyle = field(default_factory=DateStyle)
    # The language the labels are in, as a BCP 47 tag: the sheet declares it (<html lang>) and
    # the face that renders it sets it in that language's fonts (Nastaliq headings in Urdu).
    language: str = "en"


def sheet_to_print(ledger: Ledger, period: Period, wording: SheetWording = SheetWording()) -> str:
    """The HTML of the sheet of ``period``, for those who may print it (a preview shows it)."""
    ledger.actor.require(Action.PRINT)
    return sheet_html(gather_sheet(ledger, period), wording.labels,
                      right_to_left=wording.right_to_left, code_name=wording.code_name,
                      language=wording.language, dates=wording.dates)


def print_sheet(ledger: Ledger, period: Period, render: RenderSheet, *, output: Output,
                wording: SheetWording = SheetWording(),
                write: WriteRunner = write_here) -> bool:
    """Print the sheet of ``period`` through ``render`` and audit it (the audit entry written
    through ``write``); False (and nothing audited) when the renderer says nothing went out.
    Shift leads and IT admins may print."""
    if not render(sheet_to_print(ledger, period, wording)):
        return False
    details: dict[str, Any] = {"kind": output.value, "from": period.start.isoformat(),
                               "to": period.end.isoformat()}
    if period.shift_start is not None and period.shift_end is not None:
        details["shift"] = f"{period.shift_start:%H:%M}-{period.shift_end:%H:%M}"
    write(lambda: _audit_print(ledger, details))
    return True


def _audit_print(ledger: Ledger, details: dict[str, Any]) -> None:
    with ledger.writing() as session:
        audit.append(session, ledger.actor.username, "print", "tally_sheet", details)
