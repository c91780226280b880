"""Tallies of a shift: a window of local time, counted from the crossings themselves."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from checkpoint.demo import make_demo_data
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.errors import PermissionDenied
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.records import record_household, void_crossing
from checkpoint.tally import Period, shift_tally, tally, tally_of
from checkpoint.users import add_user

KARACHI = ZoneInfo("Asia/Karachi")
DAY = date(2025, 4, 1)
NEXT = date(2025, 4, 2)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A checkpoint-local moment."""
    return datetime.combine(day, time(hour, minute), KARACHI)


def person(name: str, province: str = "PK-KP", **extra: object) -> PersonEntry:
    fields: dict[str, object] = {"sex": "M", "age_years": 30, **extra}
    return PersonEntry(full_name=name, origin_province=province, **fields)  # type: ignore[arg-type]


def without_window(result: dict) -> dict:
    return {key: value for key, value in result.items() if key not in ("from", "to")}


@pytest.fixture
def day_of_records(admin: Ledger) -> Ledger:
    """Households at 05:59, 06:00, 13:59, 14:00, 21:30, 23:59 and next day 05:00; one voided.
    (Recorded, voided and counted by the IT admin, who may do all three: one sign-in.)"""
    clerk = admin
    passport = DocumentEntry("passport", "P1234567", "AFG", result="verified")
    record_household(clerk, [person("Gul Agha"), person("Bibi Gul", sex="F")],
                     crossed_at=at(DAY, 5, 59))
    record_household(clerk, [person("Rahim", "PK-PB", documents=(passport,))],
                     crossed_at=at(DAY, 6))
    record_household(clerk, [person("Karim", return_type="deported")], crossed_at=at(DAY, 13, 59))
    record_household(clerk, [person("Nasir", "PK-SD")], crossed_at=at(DAY, 14))
    family = record_household(clerk, [person("Zahir"), person("Zarmina", age_years=8),
                                      person("Omar", age_years=70)], crossed_at=at(DAY, 21, 30))
    record_household(clerk, [person("Late One", vulnerabilities=("disability",))],
                     crossed_at=at(DAY, 23, 59))
    record_household(clerk, [person("Dawn", "PK-IS")], crossed_at=at(NEXT, 5))
    void_crossing(admin, family[2], "entered twice")
    return admin


def test_whole_day_shift_equals_the_day_tally(day_of_records: Ledger) -> None:
    lead = day_of_records
    whole = shift_tally(lead, DAY, time(0), time(0))
    assert without_window(whole) == without_window(tally(lead, DAY))
    assert list(whole) == list(tally(lead, DAY))  # the DESIGN §7 shape, keys in order
    assert (whole["from"], whole["to"]) == ("2025-04-01T00:00:00+05:00",
                                            "2025-04-02T00:00:00+05:00")
    assert whole["total"] == 8 and whole["households"] == 6  # the voided man is not counted


def test_demo_day_whole_shift_equals_the_day_tally(admin: Ledger) -> None:
    lead = admin
    make_demo_data(admin, DAY, 1, 150, seed=7)
    assert without_window(shift_tally(lead, DAY, time(0), time(0))) == \
        without_window(tally(lead, DAY))


def test_shifts_split_the_day_at_their_boundaries(day_of_records: Ledger) -> None:
    lead = day_of_records
    night_before = shift_tally(lead, DAY, time(0), time(6))
    morning = shift_tally(lead, DAY, time(6), time(14))
    afternoon = shift_tally(lead, DAY, time(14), time(22))
    late = shift_tally(lead, DAY, time(22), time(0))
    assert [s["total"] for s in (night_before, morning, afternoon, late)] == [2, 2, 3, 1]
    assert sum(s["total"] for s in (night_before, morning, afternoon, late)) == \
        tally(lead, DAY)["total"]
    # The two-person household counts once; the family of three (one voided) once.
    assert [s["households"] for s in (night_before, morning, afternoon, late)] == [1, 2, 2, 1]
    assert morning["by_origin_province"] == {"PK-KP": 1, "PK-PB": 1}
    assert morning["by_document_type"] == {"none": 1, "passport": 1}
    assert morning["by_check_result"] == {"verified": 1}
    # One of them has no return type: counted as unknown, so the breakdown sums to 2.
    assert morning["by_return_type"] == {"deported": 1, "unknown": 1}
    assert afternoon["by_age_band"] == {"0-17": 1, "18-59": 2, "60+": 0, "unknown": 0}
    assert late["by_vulnerability"] == {"disability": 1}


def test_night_shift_runs_into_the_next_day(day_of_records: Ledger) -> None:
    night = shift_tally(day_of_records, DAY, time(22), time(6))
    assert night["total"] == 2 and night["households"] == 2
    assert night["by_origin_province"] == {"PK-IS": 1, "PK-KP": 1}
    assert (night["from"], night["to"]) == ("2025-04-01T22:00:00+05:00",
                                            "2025-04-02T06:00:00+05:00")
    assert Period.shift(DAY, time(22), time(6)).covered_days() == [DAY, NEXT]
    assert Period.shift(DAY, time(14), time(0)).covered_days() == [DAY]


def test_day_and_range_periods_are_the_counter_tallies(day_of_records: Ledger) -> None:
    lead = day_of_records
    assert tally_of(lead, Period.day(DAY)) == tally(lead, DAY)
    assert tally_of(lead, Period.between(DAY, NEXT)) == tally(lead, DAY, NEXT)


def test_clerk_may_not_tally_a_shift(admin: Ledger, db_path: Path) -> None:
    add_user(admin, "clerk", "clerk", "first-pass-1")
    clerk = open_ledger(db_path, "clerk", "first-pass-1")
    try:
        with pytest.raises(PermissionDenied):
            shift_tally(clerk, DAY, time(6), time(14))
    finally:
        clerk.close()
