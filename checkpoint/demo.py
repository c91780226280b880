"""Synthetic, realistic-looking crossings for demonstrations and benchmarks.

Households of 1-12 with Afghan given names and father's names, origin provinces weighted like
the week of 1-7 April 2025 at Torkham (KP 12,982, Punjab 5,435, Islamabad 1,573, Sindh 44,
AJK 38, GB 1). The weights and names live in ``resources/demo/people.json``; nobody real is
described.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any

from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.ledger import Ledger
from checkpoint.records import HouseholdEntry, record_households
from resources import resource_path

VULNERABILITY_RATE = 0.04


@cache
def _people() -> dict[str, Any]:
    return json.loads(resource_path("demo", "people.json").read_text(encoding="utf-8"))


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class _Households:
    """Draws households; everyone in one household shares origin, destination and return."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.p = _people()

    def _name(self, sex: str) -> str:
        given = self.rng.choice(self.p["male_given" if sex == "M" else "female_given"])
        return f"{given} {self.rng.choice(self.p['tribal_names'])}" if self.rng.random() < .4 \
            else given

    def _document(self, adult: bool) -> tuple[DocumentEntry, ...]:
        kind = _pick(self.rng, self.p["document_weights"])
        if kind == "none" or (not adult and self.rng.random() < .6):
            return ()
        number = f"{self.rng.randrange(10**7, 10**8)}" if kind != "passport" else \
            f"P{self.rng.randrange(10**6, 10**7)}"
        return (DocumentEntry(kind, number, "AFG" if kind != "por" else "PAK",
                              result=_pick(self.rng, self.p["result_weights"])),)

    def draw(self) -> list[PersonEntry]:
        rng, p = self.rng, self.p
        size = int(_pick(rng, p["household_size_weights"]))
        origin = _pick(rng, p["origin_province_weights"])
        shared = {"origin_province": origin,
                  "origin_district": rng.choice(p["origin_districts"][origin]),
                  "destination_province": _pick(rng, p["destination_province_weights"]),
                  "return_type": _pick(rng, p["return_type_weights"]), "nationality": "AFG"}
        female_headed = size > 1 and rng.random() < .08
        head_sex = "F" if female_headed else "M"
        father = rng.choice(p["male_given"])
        people = [PersonEntry(full_name=self._name(head_sex), sex=head_sex, father_name=father,
                              age_years=rng.randint(22, 70), documents=self._document(True),
                              vulnerabilities=frozenset({"female_headed_household"})
                              if female_headed else frozenset(), **shared)]
        head_given = people[0].full_name.split(" ")[0]
        for index in range(1, size):
            sex = rng.choice("MF")
            spouse = index == 1 and not female_headed and rng.random() < .8
            age = rng.randint(18, 60) if spouse else rng.randint(0, 30)
            flags = {"older_person_at_risk"} if age > 65 else set()
            if rng.random() < VULNERABILITY_RATE:
                flags.add(rng.choice(["disability", "serious_medical_condition",
                                      "pregnant_or_lactating"]))
            people.append(PersonEntry(
                full_name=self._name("F" if spouse else sex), sex="F" if spouse else sex,
                father_name=rng.choice(p["male_given"]) if spouse else head_given,
                age_years=age, age_estimated=age < 5, documents=self._document(age >= 18),
                vulnerabilities=frozenset(flags), **shared))
        return people


def make_demo_data(ledger: Ledger, start: date, days: int, per_day: int, *, seed: int = 1,
                   progress: Callable[[int, int], None] | None = None) -> int:
    """Record about ``per_day`` synthetic people on each of ``days`` days; returns how many.

    One transaction per day, recorded as the signed-in user (who must be allowed to record).
    """
    rng = random.Random(seed)
    households = _Households(rng)
    opening = datetime.combine(start, time(6), ledger.settings.zone)
    recorded = 0
    now = datetime.now(UTC)
    for offset in range(days):
        people_today, batch = 0, []
        while people_today < per_day:
            people = households.draw()[: per_day - people_today]
            minute = rng.randrange(0, 12 * 60)
            at = opening + timedelta(days=offset, minutes=minute)
            if at > now and ledger.local_day(at) == ledger.local_day(now):
                # A demo of today holds only the crossings made so far today.
                at = now - timedelta(minutes=rng.randrange(1, 90))
            batch.append(HouseholdEntry(people, crossed_at=at))
            people_today += len(people)
        record_households(ledger, batch, audit_details={"source": "demo-data"})
        recorded += people_today
        if progress:
            progress(offset + 1, days)
    return recorded
