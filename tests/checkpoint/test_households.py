"""Households read back as they were entered, and the core's look-ups of names, as plain data."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from checkpoint.entries import PersonEntry
from checkpoint.households import RecentHousehold, recent_households
from checkpoint.ledger import Ledger
from checkpoint.records import (
    CrossingName,
    HouseholdEntry,
    crossing_names,
    get_crossing,
    record_household,
    record_households,
    void_crossing,
)


def people(*names: str) -> list[PersonEntry]:
    return [PersonEntry(full_name=name, sex="M", origin_province="KP", father_name="Wali")
            for name in names]


def test_household_members_come_back_in_entry_order(staff: dict[str, Ledger]) -> None:
    clerk = staff["clerk"]
    # Several households, so that no luck in the (random) UUIDs can pass for the order.
    entered = [[f"Head {n}", f"Wife {n}", f"Son {n}", f"Daughter {n}", f"Baby {n}"]
               for n in range(6)]
    for names in entered:
        record_household(clerk, people(*names))
    found = recent_households(clerk)
    assert [list(household.members) for household in found] == entered[::-1]
    assert [household.name for household in found] == [f"Head {n}" for n in range(5, -1, -1)]


def test_a_household_imported_row_by_row_keeps_the_rows_order(
        staff: dict[str, Ledger]) -> None:
    clerk = staff["clerk"]
    household = "5b0f3a52-9c1e-4f7e-8a43-0d6f2f1c9e11"
    # As the CSV import records a register: one row (one person) at a time, joined by the
    # household's UUID, in separate calls.
    for name in ("Gul Agha", "Bibi Hawa", "Samiullah"):
        record_households(clerk, [HouseholdEntry(people(name), household_uuid=household)])
    [read] = recent_households(clerk)
    assert read.household_uuid == household
    assert read.members == ("Gul Agha", "Bibi Hawa", "Samiullah")


def test_recent_households_are_plain_data_newest_first(staff: dict[str, Ledger]) -> None:
    clerk, lead = staff["clerk"], staff["lead"]
    now = datetime.now(UTC)
    alone = record_household(clerk, people("Alone"), crossed_at=now - timedelta(minutes=30))
    family = record_household(clerk, people("Father", "Son"), crossed_at=now)
    record_household(clerk, people("Mistake", "Typed twice"))
    for uuid in record_household(clerk, people("Last", "Void")):
        void_crossing(lead, uuid, "entered twice")
    found = recent_households(clerk)
    assert all(type(household) is RecentHousehold for household in found)
    assert [(h.name, h.people, h.voided) for h in found] == [
        ("Last", 2, True), ("Mistake", 2, False), ("Father", 2, False), ("Alone", 1, False)]
    father = found[2]
    assert father.household_uuid == get_crossing(clerk, family[0]).crossing.household_uuid
    assert father.crossed_at == get_crossing(clerk, family[0]).crossing.crossed_at
    assert found[3].household_uuid == get_crossing(clerk, alone[0]).crossing.household_uuid
    assert [h.name for h in recent_households(clerk, limit=2)] == ["Last", "Mistake"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        father.voided = True  # type: ignore[misc]


def test_crossing_names_name_the_records_asked_for(staff: dict[str, Ledger]) -> None:
    clerk = staff["clerk"]
    at = datetime(2025, 4, 2, 5, 0, tzinfo=UTC)
    gul, hawa = record_household(clerk, [
        PersonEntry("Gul Agha", "M", "KP", father_name="Wali"),
        PersonEntry("Bibi Hawa", "F", "KP")], crossed_at=at)
    unknown = "00000000-0000-4000-8000-000000000000"
    names = crossing_names(clerk, [gul, hawa, unknown, gul])
    assert names == {gul: CrossingName(gul, "Gul Agha", "Wali", names[gul].crossed_at),
                     hawa: CrossingName(hawa, "Bibi Hawa", "", names[hawa].crossed_at)}
    assert names[gul].crossed_at.astimezone(UTC) == at
    assert crossing_names(clerk, []) == {}
