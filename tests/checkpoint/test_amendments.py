"""Late amendments carry what they changed and their effect on the closed day's counts: the
frozen numbers plus every effect are the numbers now (issue 8, item 9)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from checkpoint.closeout import close_day
from checkpoint.entries import PersonEntry
from checkpoint.ledger import Ledger
from checkpoint.records import correct_crossing, record_household, void_crossing
from checkpoint.sheet import gather_sheet
from checkpoint.tally import Period, tally
from contract.tallyrules import BREAKDOWNS

DAY = date(2025, 4, 2)
AT = datetime(2025, 4, 2, 5, 0, tzinfo=UTC)  # 10:00 at Torkham


def person(name: str, **fields: object) -> PersonEntry:
    return PersonEntry(**{"full_name": name, "sex": "M", "age_years": 40,
                          "origin_province": "PK-KP", "return_type": "deported", **fields})


def flat(numbers: dict) -> Counter:
    counted: Counter = Counter({("total", ""): numbers["total"]})
    for key, dimension in BREAKDOWNS:
        counted.update({(dimension, value): n for value, n in numbers[key].items()})
    return counted


def test_frozen_numbers_plus_every_effect_are_the_numbers_now(
        staff: dict[str, Ledger]) -> None:
    clerk, lead = staff["clerk"], staff["lead"]
    first, second, third = record_household(
        clerk, [person("Gul"), person("Wali", return_type=None), person("Bibi", sex="F")],
        crossed_at=AT)
    close_day(lead, DAY)
    void_crossing(lead, first, "not this person")
    correct_crossing(lead, second, {"return_type": "assisted", "remarks": "asked again"},
                     reason="asked again")
    record_household(clerk, [person("Late Arrival", age_years=10)], crossed_at=AT)
    # Moved to the next day: it leaves the closed day's counts entirely.
    correct_crossing(lead, third, {}, crossed_at=AT + timedelta(days=1),
                     reason="crossed the next morning")

    sheet = gather_sheet(lead, Period.day(DAY))
    assert sheet.frozen and sheet.tally["total"] == 3 and sheet.live_total == 2
    actions = [(a.action, a.full_name) for a in sheet.amendments_since]
    assert actions == [("void", "Gul"), ("correct", "Wali"), ("create", "Late Arrival"),
                       ("correct", "Bibi")]
    void, correction, late, moved = sheet.amendments_since
    assert dict(correction.effect) == {("return_type", "assisted"): 1,
                                       ("return_type", "unknown"): -1}
    assert correction.changed_fields == ("remarks", "return_type")
    assert dict(late.effect)[("age_band", "0-17")] == 1
    assert dict(moved.effect)[("total", "")] == -1 and dict(void.effect)[("total", "")] == -1

    now = flat(sheet.tally)
    for amendment in sheet.amendments_since:
        now.update(dict(amendment.effect))
    assert +now == +flat(tally(lead, DAY))
    assert [v.full_name for v in sheet.voids] == ["Gul"]
    assert json.loads(json.dumps(sheet.tally)) == sheet.tally  # as signed, from the close-out
