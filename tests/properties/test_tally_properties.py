"""Properties of the tally (DESIGN §7): the numbers a shift lead signs and HQ adds up.

For any set of crossings, the tally object counts each living person once in ``total``, every
single-valued breakdown (origin province, sex, age band, return type) sums to ``total``, voided
records are not counted, and every figure equals a plain recount of the people as they were
entered, written here without the code under test. HQ's national tally is the sum of the
checkpoints' tallies. On the device, the same holds through the core: people recorded in
households, some corrected, some voided, and the day's tally read back; and at HQ, through the
real server: crossings sent, revised, voided and resent, and the national tally read back.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.records import correct_crossing, record_household, void_crossing
from checkpoint.tally import tally
from contract.tallyrules import BREAKDOWN_NAMES, build_tally, crossing_keys
from tests.support.controlroom import ControlRoom
from tests.support.sites import ADMIN_PASSWORD, copy_database
from tests.sync import payloads

SINGLE_VALUED = ("by_origin_province", "by_sex", "by_age_band", "by_return_type")
PROVINCES = ("PK-BA", "PK-GB", "PK-IS", "PK-KP", "PK-PB", "PK-SD", "PK-JK")
DOCUMENT_TYPES = ("por", "acc", "passport", "tazkira", "visa", "other", "none")
CHECK_RESULTS = ("verified", "expired", "mismatch", "suspected_forgery", "unreadable",
                 "not_presented")
RETURN_TYPES = ("voluntary", "deported", "assisted")
WARNINGS = ("duplicate", "cancelled", "departed_elsewhere", "policy_expired")
FLAGS = ("unaccompanied_child", "separated_child", "female_headed_household", "disability",
         "serious_medical_condition", "older_person_at_risk", "pregnant_or_lactating")


def age_band(age: int | None, born: date | None, on: date) -> str:
    """The tally's bands, counted here the way a clerk would count on paper."""
    if age is None and born is not None:
        age = on.year - born.year
        if (on.month, on.day) < (born.month, born.day):
            age -= 1  # no birthday yet this year
    if age is None or age < 0:
        return "unknown"
    return "0-17" if age <= 17 else "18-59" if age <= 59 else "60+"


@dataclass(frozen=True)
class Check:
    document_type: str
    result: str | None
    warnings: frozenset[str] = frozenset()  # shown to the clerk, saved anyway


@dataclass(frozen=True)
class Person:
    """One crossing as the tally reads it (``contract.tallyrules.TalliedCrossing``)."""

    origin_province: str | None
    sex: str | None
    age_years: int | None
    birth_date: date | None
    local_day: date
    return_type: str | None
    checks: tuple[Check, ...] = ()
    vulnerabilities: frozenset[str] = field(default_factory=frozenset)
    household: int = 0


def recount(people: list[Person]) -> dict[str, Counter[str]]:
    """Every breakdown counted one person at a time."""
    counted: dict[str, Counter[str]] = {name: Counter() for name in BREAKDOWN_NAMES}
    for person in people:
        counted["by_origin_province"][person.origin_province or "unknown"] += 1
        counted["by_sex"][person.sex or "unknown"] += 1
        counted["by_age_band"][age_band(person.age_years, person.birth_date,
                                        person.local_day)] += 1
        counted["by_return_type"][person.return_type or "unknown"] += 1
        for kind in {check.document_type for check in person.checks} or {"none"}:
            counted["by_document_type"][kind] += 1
        for check in person.checks:
            if check.result:
                counted["by_check_result"][check.result] += 1
            for warning in check.warnings:
                counted["by_warning_overridden"][warning] += 1
        for flag in person.vulnerabilities:
            counted["by_vulnerability"][flag] += 1
    return counted


def assert_tally_is_the_recount(tallied: dict[str, Any], people: list[Person],
                                households: int) -> None:
    assert tallied["total"] == len(people)
    assert tallied["households"] == households
    expected = recount(people)
    for name in BREAKDOWN_NAMES:
        shown = {key: n for key, n in tallied[name].items() if n}
        assert shown == dict(expected[name]), name
    assert list(tallied["by_age_band"]) == ["0-17", "18-59", "60+", "unknown"]
    for name in SINGLE_VALUED:
        assert sum(tallied[name].values()) == tallied["total"], name


# -- the contract's rule, for any crossings --------------------------------------------------------

DAY = date(2025, 4, 1)
CHECKS = st.lists(st.builds(Check, st.sampled_from(DOCUMENT_TYPES),
                            st.none() | st.sampled_from(CHECK_RESULTS),
                            st.frozensets(st.sampled_from(WARNINGS), max_size=2)), max_size=3)
PEOPLE = st.lists(st.builds(
    Person, origin_province=st.none() | st.sampled_from(PROVINCES),
    sex=st.none() | st.sampled_from(["M", "F"]),
    age_years=st.none() | st.integers(-1, 130),
    birth_date=st.none() | st.dates(date(1900, 1, 1), DAY),
    local_day=st.just(DAY), return_type=st.none() | st.sampled_from(RETURN_TYPES),
    checks=CHECKS.map(tuple), vulnerabilities=st.frozensets(st.sampled_from(FLAGS)),
    household=st.integers(0, 5)), max_size=12)


def _keys(people: list[Person]) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for person in people:
        counts.update(crossing_keys(person, person.checks, person.vulnerabilities))
    counts[("households", "")] = len({person.household for person in people})
    return counts


@settings(max_examples=150, deadline=None)
@given(people=PEOPLE, voided=st.sets(st.integers(0, 11)))
def test_the_tally_of_any_crossings_is_their_recount(people: list[Person],
                                                     voided: set[int]) -> None:
    living = [person for index, person in enumerate(people) if index not in voided]
    tallied = build_tally("TORKHAM", DAY, DAY, _keys(living))
    assert_tally_is_the_recount(tallied, living, len({p.household for p in living}))


@settings(max_examples=60, deadline=None)
@given(checkpoints=st.lists(PEOPLE, min_size=1, max_size=3))
def test_the_national_tally_is_the_sum_of_the_checkpoints(
        checkpoints: list[list[Person]]) -> None:
    each = [build_tally("X", DAY, DAY, _keys(people)) for people in checkpoints]
    national = build_tally("ALL", DAY, DAY, sum((_keys(people) for people in checkpoints),
                                                Counter()))
    assert national["total"] == sum(t["total"] for t in each)
    for name in BREAKDOWN_NAMES:
        summed = sum((Counter(t[name]) for t in each), Counter())
        assert {k: n for k, n in national[name].items() if n} == dict(+summed), name


# -- the device: recorded, corrected and voided through the core ----------------------------------

TORKHAM = ZoneInfo("Asia/Karachi")
# As people write them at the desk, and the code each is counted under.
WRITTEN_PROVINCES = {"KP": "PK-KP", "Punjab": "PK-PB", "ICT": "PK-IS", "sindh": "PK-SD",
                     "AJK": "PK-JK", "Gilgit-Baltistan": "PK-GB", "PK-BA": "PK-BA"}
WRITTEN_SEXES = {"M": "M", "female": "F", "Male": "M", "F": "F"}
WRITTEN_RESULTS = {None: None, "verified": "verified", "Expired": "expired",
                   "suspected forgery": "suspected_forgery", "not presented": "not_presented"}
WRITTEN_RETURNS = {None: None, "voluntary": "voluntary", "Deported": "deported",
                   "assisted": "assisted"}
# A fresh day for each example: they share one ledger, and a day's tally is its own.
_DAYS = (date(2020, 1, 1) + timedelta(days=n) for n in itertools.count())


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory,
           new_database_template: Path) -> Iterator[Ledger]:
    """One Torkham ledger for every example, signed in as its IT admin."""
    path = tmp_path_factory.mktemp("tally") / "checkpoint.db"
    copy_database(new_database_template, path)
    opened = open_ledger(path, "admin", ADMIN_PASSWORD)
    yield opened
    opened.close()


ENTRIES = st.builds(
    PersonEntry, full_name=st.sampled_from(["Gul", "Mohammad Karim", "Zarghona", "Nazia Bibi"]),
    sex=st.sampled_from(list(WRITTEN_SEXES)), origin_province=st.sampled_from(
        list(WRITTEN_PROVINCES)),
    age_years=st.none() | st.integers(0, 110),
    return_type=st.sampled_from(list(WRITTEN_RETURNS)),
    vulnerabilities=st.frozensets(st.sampled_from(["disability", "separated child",
                                                   "serious medical condition"]), max_size=2),
    documents=st.lists(st.builds(
        DocumentEntry, document_type=st.sampled_from(["PoR", "acc", "passport", "tazkira",
                                                      "none"]),
        number=st.sampled_from(["", "AB1234"]),
        result=st.sampled_from(list(WRITTEN_RESULTS)),
        warnings=st.frozensets(st.sampled_from(["cancelled", "Departed elsewhere",
                                                "policy expired"]), max_size=2)),
    max_size=2).map(tuple))
# (sex, origin province, age) a correction may set
CORRECTIONS = st.fixed_dictionaries({}, optional={
    "sex": st.sampled_from(["M", "F"]), "origin_province": st.sampled_from(list(PROVINCES)),
    "age_years": st.integers(0, 100)})


def _as_counted(entry: PersonEntry, day: date, household: int) -> Person:
    return Person(
        origin_province=WRITTEN_PROVINCES.get(entry.origin_province, entry.origin_province),
        sex=WRITTEN_SEXES.get(entry.sex or "", entry.sex), age_years=entry.age_years,
        birth_date=entry.birth_date, local_day=day,
        return_type=WRITTEN_RETURNS[entry.return_type],
        checks=tuple(Check(document.document_type.lower(), WRITTEN_RESULTS[document.result],
                           frozenset(w.lower().replace(" ", "_") for w in document.warnings))
                     for document in entry.documents),
        vulnerabilities=frozenset(flag.replace(" ", "_") for flag in entry.vulnerabilities),
        household=household)


@settings(max_examples=40, deadline=None)
@given(households=st.lists(st.lists(ENTRIES, min_size=1, max_size=4), min_size=1, max_size=4),
       changes=st.lists(st.tuples(st.integers(0, 15), CORRECTIONS), max_size=3),
       voided=st.sets(st.integers(0, 15), max_size=4))
def test_the_days_tally_is_a_recount_of_the_people_recorded(
        ledger: Ledger, households: list[list[PersonEntry]],
        changes: list[tuple[int, dict[str, Any]]], voided: set[int]) -> None:
    day = next(_DAYS)
    crossed_at = datetime.combine(day, time(10), TORKHAM).astimezone(UTC)
    people: list[tuple[str, Person]] = []
    for number, household in enumerate(households):
        uuids = record_household(ledger, household, crossed_at=crossed_at)
        people += [(uuid, _as_counted(entry, day, number))
                   for uuid, entry in zip(uuids, household, strict=True)]
    for index, correction in changes:
        if correction:
            uuid, person = people[index % len(people)]
            correct_crossing(ledger, uuid, correction, reason="typed wrong")
            people[index % len(people)] = (uuid, Person(**{**person.__dict__, **correction}))
    gone = {index % len(people) for index in voided}
    for index in gone:
        void_crossing(ledger, people[index][0], "entered twice")

    living = [person for index, (_, person) in enumerate(people) if index not in gone]
    assert_tally_is_the_recount(tally(ledger, day), living,
                                len({person.household for person in living}))


# -- HQ: the national tally of what devices sent -----------------------------------------------

# A fresh day for each example: they share one server per database.
_HQ_DAYS = (date(2021, 1, 1) + timedelta(days=n) for n in itertools.count())
SENT = st.lists(st.builds(
    Person, origin_province=st.sampled_from(PROVINCES), sex=st.sampled_from(["M", "F"]),
    age_years=st.none() | st.integers(0, 110), birth_date=st.none(), local_day=st.just(DAY),
    return_type=st.none() | st.sampled_from(RETURN_TYPES), checks=CHECKS.map(tuple),
    vulnerabilities=st.frozensets(st.sampled_from(FLAGS), max_size=2),
    household=st.integers(0, 3)), min_size=1, max_size=8)


def _crossing_data(person: Person, uuid: str, households: dict[int, str], day: date,
                   voided: bool = False) -> dict[str, Any]:
    return payloads.crossing(
        day=day, household=households[person.household], sex=person.sex or "M",
        age=person.age_years, province=person.origin_province or "PK-KP",
        documents=[{"document_type": check.document_type, "number": "",
                    "result": check.result, "warnings": sorted(check.warnings)}
                   for check in person.checks],
        return_type=person.return_type, vulnerabilities=sorted(person.vulnerabilities),
        voided=voided, uuid_=uuid)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=SENT, later=st.lists(st.tuples(st.integers(0, 7), st.booleans(), SENT),
                                   max_size=3))
def test_hq_counts_the_latest_revision_of_each_crossing_once(
        controlroom: ControlRoom, people: list[Person],
        later: list[tuple[int, bool, list[Person]]]) -> None:
    device = controlroom.enroll()
    day = next(_HQ_DAYS)
    households = {n: payloads.new_uuid() for n in range(4)}
    uuids = [payloads.new_uuid() for _ in people]
    current = {uuid: (person, False) for uuid, person in zip(uuids, people, strict=True)}
    first = [payloads.record(_crossing_data(person, uuid, households, day))
             for uuid, person in zip(uuids, people, strict=True)]
    assert set(payloads.statuses(payloads.post_batch(
        controlroom, device, payloads.batch(device, first)))) == {"accepted"}
    # Later revisions: corrected (another person's values) or voided; then the first revision
    # again, as a retry after a lost answer would send it: held already, counted no more.
    revised = {}
    for index, voids, replacement in later:
        uuid = uuids[index % len(uuids)]
        revised[uuid] = (replacement[0], voids)
    current |= revised
    second = [payloads.record(_crossing_data(p, u, households, day, voided=v), revision=2)
              for u, (p, v) in revised.items()]
    sent = payloads.batch(device, second + [r for r in first if r["uuid"] in revised])
    answered = payloads.statuses(payloads.post_batch(controlroom, device, sent))
    assert answered[:len(second)] == ["accepted"] * len(second)
    assert set(answered[len(second):]) <= {"duplicate", "stale"}

    living = [replace(person, local_day=day) for person, voided in current.values()
              if not voided]
    assert_tally_is_the_recount(
        payloads.national_tally(controlroom, day, checkpoint=device.checkpoint), living,
        len({person.household for person in living}))
