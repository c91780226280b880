"""Printing the tally sheet through the core's one use case, whichever face asks (DESIGN §3)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, time
from typing import TypeVar

import pytest
from sqlalchemy import text

from checkpoint import audit
from checkpoint.calendars import DateStyle, eastern_digits
from checkpoint.closeout import close_day
from checkpoint.demo import make_demo_data
from checkpoint.errors import PermissionDenied
from checkpoint.ledger import Ledger
from checkpoint.preferences import CalendarKind, Digits
from checkpoint.printing import Output, SheetWording, print_sheet
from checkpoint.tally import Period, tally
from contract.canonical import sha256_hex

DAY = date(2025, 4, 1)
T = TypeVar("T")


def printed(ledger: Ledger) -> list[tuple[str, dict[str, str]]]:
    """The print audit entries: (actor, details), oldest first."""
    with ledger.reading() as session:
        rows = session.execute(text("SELECT actor, details FROM audit_entry "
                                    "WHERE action = 'print' ORDER BY seq")).all()
    return [(row.actor, json.loads(row.details)) for row in rows]


def test_a_shift_leads_sheet_is_rendered_and_audited_once(staff: dict[str, Ledger]) -> None:
    make_demo_data(staff["admin"], DAY, 1, 30, seed=5)
    lead = staff["lead"]
    sheets: list[str] = []

    def to_paper(html: str) -> bool:
        sheets.append(html)
        return True

    assert print_sheet(lead, Period.day(DAY), to_paper, output=Output.PRINTER)
    [sheet] = sheets
    numbers = tally(lead, DAY)
    assert "Tally sheet" in sheet and "Torkham" in sheet
    totals = re.findall(r'<td class="total"[^>]*>(\d+)</td>', sheet)
    assert totals == [str(numbers["total"]), str(numbers["households"])]
    assert printed(lead) == [("lead", {"kind": "printer", "from": DAY.isoformat(),
                                       "to": DAY.isoformat()})]


def test_a_shift_is_audited_with_its_hours(staff: dict[str, Ledger]) -> None:
    lead = staff["lead"]
    assert print_sheet(lead, Period.shift(DAY, time(22), time(6)), lambda _html: True,
                       output=Output.PDF)
    [(_, details)] = printed(lead)
    assert details["kind"] == "pdf" and details["shift"] == "22:00-06:00"


def test_the_audit_write_goes_through_the_write_runner_after_the_sheet_went_out(
        staff: dict[str, Ledger]) -> None:
    """A face with one database writer hands the audit write to it (as the sync client does);
    nothing is written outside that runner."""
    lead = staff["lead"]
    order: list[str] = []

    def to_paper(_html: str) -> bool:
        order.append("rendered")
        return True

    def writer(write: Callable[[], T]) -> T:
        order.append("write handed over")
        assert printed(lead) == []
        return write()

    assert print_sheet(lead, Period.day(DAY), to_paper, output=Output.PDF, write=writer)
    assert order == ["rendered", "write handed over"]
    assert [actor for actor, _ in printed(lead)] == ["lead"]
    assert not print_sheet(lead, Period.day(DAY), lambda _html: False, output=Output.PDF,
                           write=writer)
    assert order == ["rendered", "write handed over"]


def test_a_cancelled_print_is_not_audited(staff: dict[str, Ledger]) -> None:
    assert not print_sheet(staff["lead"], Period.day(DAY), lambda _html: False,
                           output=Output.PRINTER)
    assert printed(staff["lead"]) == []


def test_a_clerk_is_refused_before_anything_is_rendered(staff: dict[str, Ledger]) -> None:
    rendered: list[str] = []

    def to_paper(html: str) -> bool:
        rendered.append(html)
        return True

    with pytest.raises(PermissionDenied):
        print_sheet(staff["clerk"], Period.day(DAY), to_paper, output=Output.PDF)
    assert rendered == []
    assert printed(staff["admin"]) == []


def test_a_sheet_printed_in_eastern_digits_and_solar_hijri_still_verifies(
        staff: dict[str, Ledger]) -> None:
    """Only what the sheet shows changes: the close-out's hash is over the canonical tally and
    printed as stored, the audit entry records ISO dates, and the audit chain verifies."""
    make_demo_data(staff["admin"], DAY, 1, 30, seed=5)
    lead = staff["lead"]
    closeout = close_day(lead, DAY, "Shift Lead Khan")
    sheets: list[str] = []
    wording = SheetWording(dates=DateStyle(Digits.EASTERN, CalendarKind.SOLAR_HIJRI))
    assert print_sheet(lead, Period.day(DAY), lambda html: sheets.append(html) is None,
                       output=Output.PDF, wording=wording)
    [sheet] = sheets
    numbers = tally(lead, DAY)
    totals = re.findall(r'<td class="total"[^>]*>([^<]+)</td>', sheet)
    assert totals == [eastern_digits(str(numbers["total"])),
                      eastern_digits(str(numbers["households"]))]
    assert eastern_digits("12 Hamal 1404") in sheet  # 2025-04-01
    assert "2025-04-01" not in sheet
    # The hash as stored, in Latin hex digits, and it is the hash of the frozen tally.
    assert closeout.tally_hash[:32] in sheet and closeout.tally_hash[32:] in sheet
    assert sha256_hex(closeout.tally_json) == closeout.tally_hash
    assert printed(lead) == [("lead", {"kind": "pdf", "from": "2025-04-01", "to": "2025-04-01"})]
    with lead.reading() as session:
        assert audit.verify(session)[1] is None
