"""What retention removes from a record, written once for the device and HQ (DESIGN §2.5).

Personal fields of a record are replaced by empty values once the record is older than the
retention period (the device also waits until HQ holds it). What the tally counts stays: sex,
provinces, return type, vulnerabilities, document types and check results, and the age band —
a birth date is replaced by the whole years of age on the day of crossing, so the band cannot
change. The same rule rewrites a record's stored data on both ends: the device's revision
snapshots and HQ's stored revisions are the same JSON as the record on the wire.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from contract.tallyrules import age_on

# Field -> the value it holds once purged. Names in both scripts, the father's name, the birth
# date, the district, the VRF number and the free texts (remarks, the void reason) of a crossing.
PURGED_CROSSING: dict[str, Any] = {
    "full_name": "", "father_name": "", "full_name_native": "", "father_name_native": "",
    "birth_date": None, "origin_district": "", "vrf_number": "", "remarks": "",
    "void_reason": ""}
# A document check keeps its type, issuing country and result; its number and expiry go.
PURGED_CHECK: dict[str, Any] = {"number": "", "expiry": None}
# A complaint keeps its category, urgency, status and link; its words and contact go.
PURGED_COMPLAINT: dict[str, Any] = {"description": "", "contact": ""}


def kept_age(age_years: int | None, birth_date: date | None, crossing_day: date) -> int | None:
    """The age a purged crossing keeps: as recorded, or the years its birth date gave on the
    day of crossing (so the tally's age band is the same before and after)."""
    if age_years is None and birth_date is not None:
        return age_on(birth_date, crossing_day)
    return age_years


def purged_crossing_data(data: dict[str, Any]) -> dict[str, Any]:
    """A crossing's data (as hashed and synced) with its personal fields removed."""
    purged = {**data, **{name: value for name, value in PURGED_CROSSING.items() if name in data}}
    if data.get("birth_date") and data.get("local_day"):
        purged["age_years"] = kept_age(data.get("age_years"),
                                       date.fromisoformat(data["birth_date"]),
                                       date.fromisoformat(data["local_day"]))
    if isinstance(data.get("documents"), list):
        purged["documents"] = [
            {**check, **{name: value for name, value in PURGED_CHECK.items() if name in check}}
            for check in data["documents"]]
    return purged


def purged_complaint_data(data: dict[str, Any]) -> dict[str, Any]:
    """A complaint's data (as hashed and synced) with its personal fields removed."""
    return {**data, **{name: value for name, value in PURGED_COMPLAINT.items() if name in data}}
