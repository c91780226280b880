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

from sqlalchemy import func, select
from sqlmodel import col

from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.errors import CheckpointError
from checkpoint.ledger import Ledger
from checkpoint.models import AuditEntry, Complaint, Crossing
from checkpoint.permissions import Action
from checkpoint.records import HouseholdEntry, record_households
from checkpoint.settings import sync_settings
from contract.errors import ErrorCode
from resources import resource_path

VULNERABILITY_RATE = 0.04
DEMO_SOURCE = "demo-data"


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
                # A demo of today holds only the crossings made so far today (and still
                # today: just after midnight "so far" is a few minutes, not yesterday's).
                so_far = now - ledger.day_start_utc(ledger.local_day(now))
                at = now - so_far * rng.random()
            batch.append(HouseholdEntry(people, crossed_at=at))
            people_today += len(people)
        record_households(ledger, batch, audit_details={"source": DEMO_SOURCE})
        recorded += people_today
        if progress:
            progress(offset + 1, days)
    return recorded


class DemoOnLiveData(CheckpointError):
    """Demo records asked for in a database that is not a demo: enrolled with HQ (they would
    be sent there as real departures) or holding records that demo-data did not make."""

    code = ErrorCode.DEMO_ON_LIVE_DATA


def add_demo_data(ledger: Ledger, start: date, days: int, per_day: int, *, seed: int = 1,
                  progress: Callable[[int, int], None] | None = None) -> int:
    """``checkpoint-admin demo-data``: ``make_demo_data`` for an IT admin, into a demo database
    only, checked before anything is recorded. A database counts as a demo while it is not
    enrolled with HQ and every crossing in it was made by demo-data (the count its audited
    ``create`` entries add up to) and it holds no complaint. Returns how many were recorded."""
    ledger.actor.require(Action.DEMO_DATA)
    if sync_settings(ledger).enrolled:
        raise DemoOnLiveData("This database is enrolled with HQ: demo records would be sent "
                             "there as real departures. Use a database of its own for demos.")
    if _real_records(ledger):
        raise DemoOnLiveData("This database holds records that demo-data did not make: demo "
                             "records would be counted with them. Use a database of its own "
                             "for demos.")
    return make_demo_data(ledger, start, days, per_day, seed=seed, progress=progress)


def _real_records(ledger: Ledger) -> bool:
    with ledger.reading() as session:
        crossings = session.execute(select(func.count()).select_from(Crossing)).scalar_one()
        complaints = session.execute(select(func.count()).select_from(Complaint)).scalar_one()
        # Canonical JSON: the key and value are written exactly so in every demo entry.
        demo_details = session.execute(select(col(AuditEntry.details)).where(
            col(AuditEntry.action) == "create",
            col(AuditEntry.details).contains(f'"source":"{DEMO_SOURCE}"'))).scalars()
        made_by_demo = sum(int(json.loads(details).get("count", 0)) for details in demo_details)
    return complaints > 0 or crossings > made_by_demo
