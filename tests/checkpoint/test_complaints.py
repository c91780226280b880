"""Complaints taken at the checkpoint."""

from __future__ import annotations

import pytest

from checkpoint.complaints import list_complaints, take_complaint
from checkpoint.entries import PersonEntry
from checkpoint.errors import NotFound, PermissionDenied, ValidationError
from checkpoint.ledger import Ledger
from checkpoint.records import record_household


def test_shift_lead_takes_and_lists_complaints(staff: dict[str, Ledger]) -> None:
    lead = staff["lead"]
    crossing = record_household(staff["clerk"], [PersonEntry("Gul", "M", "KP")])[0]
    first = take_complaint(lead, "Extortion or bribe", "Asked for money at the gate",
                           crossing_uuid=crossing, contact="0300 1234567", urgency="urgent")
    take_complaint(lead, "delay", "Waited two days")
    listed = list_complaints(lead)
    assert [c.category for c in listed] == ["delay", "extortion_or_bribe"]
    taken = next(c for c in listed if c.uuid == first)
    assert (taken.status, taken.urgency, taken.crossing_uuid) == ("received", "urgent", crossing)
    assert taken.revision > taken.synced_revision  # waiting to go to HQ


def test_complaints_are_checked(staff: dict[str, Ledger]) -> None:
    lead = staff["lead"]
    with pytest.raises(ValidationError) as empty:
        take_complaint(lead, "delay", "   ")
    assert empty.value.field == "description"
    with pytest.raises(ValidationError) as category:
        take_complaint(lead, "weather", "Too hot")
    assert "weather" in str(category.value)
    with pytest.raises(NotFound):
        take_complaint(lead, "delay", "Waited", crossing_uuid="no-such-record")
    with pytest.raises(PermissionDenied):
        take_complaint(staff["clerk"], "delay", "Waited")
    assert list_complaints(lead) == []
