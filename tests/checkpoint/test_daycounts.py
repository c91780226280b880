"""The per-day counters always equal a recount from the crossings, whatever happens to them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkpoint import daycounts
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.ledger import Ledger
from checkpoint.records import correct_crossing, record_household, void_crossing
from checkpoint.search import search_crossings
from checkpoint.tally import shift_tally, tally

FIRST_DAY = date(2025, 4, 1)
SINGLE_VALUED = ("by_origin_province", "by_sex", "by_age_band", "by_return_type")
TORKHAM_TZ = "Asia/Karachi"
PROVINCES = ["KP", "Punjab", "ICT", "Sindh", "AJK", "GB", "Balochistan"]
DOCUMENTS = st.lists(st.builds(
    DocumentEntry, document_type=st.sampled_from(["por", "acc", "passport", "tazkira", "none"]),
    number=st.from_regex(r"[A-Z0-9]{0,8}", fullmatch=True),
    result=st.sampled_from([None, "verified", "expired", "mismatch", "not presented"])),
    max_size=2)
PEOPLE = st.builds(
    PersonEntry, full_name=st.sampled_from(["Gul", "Mohammad Karim", "Zarghona", "Nazia Bibi"]),
    sex=st.sampled_from(["M", "F", "male", "Female"]),
    origin_province=st.sampled_from(PROVINCES),
    age_years=st.none() | st.integers(0, 110),
    return_type=st.sampled_from([None, "voluntary", "deported", "assisted"]),
    vulnerabilities=st.lists(st.sampled_from(["disability", "separated child",
                                              "older person at risk"]), max_size=2),
    documents=DOCUMENTS)
# (kind, household, day offset, which earlier record, changes)
OPERATIONS = st.lists(st.tuples(
    st.sampled_from(["record", "record", "correct", "void"]),
    st.lists(PEOPLE, min_size=1, max_size=4), st.integers(0, 2), st.integers(0, 10_000),
    st.fixed_dictionaries({}, optional={"origin_province": st.sampled_from(PROVINCES),
                                        "sex": st.sampled_from(["M", "F"]),
                                        "age_years": st.integers(0, 90),
                                        "documents": DOCUMENTS})),
    min_size=1, max_size=6)


def _at(offset: int) -> datetime:
    # 02:00 at Torkham (UTC+5) is 21:00 UTC the evening before: the day must be Torkham's.
    local = datetime.combine(FIRST_DAY + timedelta(days=offset), time(2), ZoneInfo(TORKHAM_TZ))
    return local.astimezone(UTC)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(operations=OPERATIONS)
def test_counters_equal_a_recount(admin: Ledger, operations: list) -> None:
    # Examples accumulate on one database: every state reached must keep the invariant.
    for kind, people, offset, pick, changes in operations:
        existing = [r for r in search_crossings(admin, limit=10_000) if not r.voided]
        if kind == "record" or not existing:
            record_household(admin, people, crossed_at=_at(offset))
        elif kind == "correct":
            target = existing[pick % len(existing)]
            correct_crossing(admin, target.uuid, changes, reason="moved",
                             crossed_at=_at(offset))
        else:
            void_crossing(admin, existing[pick % len(existing)].uuid, "test")
    last = FIRST_DAY + timedelta(days=2)
    with admin.reading() as session:
        assert daycounts.read_counts(session, FIRST_DAY, last) == \
            daycounts.recount(session, FIRST_DAY, last)
    counted = tally(admin, FIRST_DAY, last)
    assert counted["total"] == sum(
        1 for r in search_crossings(admin, limit=10_000) if not r.voided)
    for key in SINGLE_VALUED:
        assert sum(counted[key].values()) == counted["total"], key


def test_the_day_is_the_checkpoints_not_utcs(admin: Ledger) -> None:
    uuid = record_household(admin, [PersonEntry("Gul", "M", "KP")], crossed_at=_at(0))[0]
    assert _at(0).date() == FIRST_DAY - timedelta(days=1)
    row = next(r for r in search_crossings(admin) if r.uuid == uuid)
    assert row.local_day == FIRST_DAY
    assert tally(admin, FIRST_DAY)["total"] == 1
    assert tally(admin, FIRST_DAY - timedelta(days=1))["total"] == 0


def test_single_valued_breakdowns_sum_to_the_total_with_unknown(admin: Ledger) -> None:
    family = record_household(admin, [
        PersonEntry("Gul", "M", "KP", age_years=40, return_type="voluntary"),
        PersonEntry("Zarghona", "F", "KP"),  # no age, no return type
        PersonEntry("Samiullah", "M", "KP", age_years=9)], crossed_at=_at(0))
    void_crossing(admin, record_household(admin, [PersonEntry("Typed Twice", "M", "KP")],
                                          crossed_at=_at(0))[0], "entered twice")
    correct_crossing(admin, family[2], {"return_type": "deported"},
                     reason="return type was missed")

    day = tally(admin, FIRST_DAY)
    shift = shift_tally(admin, FIRST_DAY, time(0), time(6))

    assert day["by_return_type"] == {"deported": 1, "unknown": 1, "voluntary": 1}
    assert day["by_age_band"] == {"0-17": 1, "18-59": 1, "60+": 0, "unknown": 1}
    for numbers in (day, shift):
        assert numbers["total"] == 3
        for key in SINGLE_VALUED:
            assert sum(numbers[key].values()) == numbers["total"], key
