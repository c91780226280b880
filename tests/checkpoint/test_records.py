"""Recording, correcting, voiding and finding crossings, with the rules in the core."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from checkpoint import daycounts
from checkpoint.amendments import late_amendments
from checkpoint.closeout import close_day, closeout_for
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.errors import PermissionDenied, ValidationError
from checkpoint.ledger import Ledger
from checkpoint.models import PolicyDate
from checkpoint.policies import document_policies
from checkpoint.records import (
    correct_crossing,
    earlier_departures,
    get_crossing,
    record_household,
    void_crossing,
)
from checkpoint.search import CrossingFilter, SyncState, count_crossings, search_crossings
from checkpoint.tally import tally
from contract.errors import ErrorCode

DAY = date(2025, 4, 2)
# 10:00 at Torkham (UTC+5).
AT = datetime(2025, 4, 2, 5, 0, tzinfo=UTC)


def family(head: str = "Mohammad Gul", size: int = 4) -> list[PersonEntry]:
    """A household: the head with a PoR card, then members carried over from the head."""
    shared = {"origin_province": "KPK", "destination_province": "Nangarhar",
              "return_type": "voluntary"}
    people = [PersonEntry(full_name=head, sex="M", father_name="Abdul Rahim", age_years=40,
                          documents=(DocumentEntry("PoR", "por-1234 567"),), **shared)]
    for index in range(1, size):
        people.append(PersonEntry(full_name=f"Child {index}", sex="F" if index % 2 else "M",
                                  father_name=head, age_years=index * 3, **shared))
    return people


def counts_match(ledger: Ledger) -> None:
    with ledger.reading() as session:
        fast = daycounts.read_counts(session, date(2000, 1, 1), date(2100, 1, 1))
        slow = daycounts.recount(session, date(2000, 1, 1), date(2100, 1, 1))
    assert fast == slow


def test_household_is_recorded_together_and_counted(staff: dict[str, Ledger]) -> None:
    clerk, lead = staff["clerk"], staff["lead"]
    uuids = record_household(clerk, family(size=6), crossed_at=AT)
    assert len(uuids) == 6
    detail = get_crossing(clerk, uuids[0])
    assert detail.crossing.origin_province == "PK-KP"
    assert detail.crossing.destination_province == "AF-NAN"
    assert detail.crossing.local_day == DAY
    assert detail.checks[0].document_type == "por"
    assert detail.checks[0].number == "POR-1234 567"
    assert [h.action for h in detail.history] == ["create"]
    households = {get_crossing(clerk, u).crossing.household_uuid for u in uuids}
    assert len(households) == 1
    result = tally(lead, DAY)
    assert result["total"] == 6 and result["households"] == 1
    assert result["by_document_type"] == {"none": 5, "por": 1}
    assert result["by_age_band"] == {"0-17": 5, "18-59": 1, "60+": 0, "unknown": 0}
    counts_match(lead)


def test_a_bad_member_saves_nobody_and_names_the_person(staff: dict[str, Ledger]) -> None:
    clerk = staff["clerk"]
    people = family(size=3)
    people[2] = PersonEntry(full_name="Bad Province", sex="F", origin_province="Kabulistan")
    with pytest.raises(ValidationError) as refused:
        record_household(clerk, people, crossed_at=AT)
    assert refused.value.field == "origin_province"
    assert refused.value.params["person"] == 2
    assert "Kabulistan" in str(refused.value)
    assert count_crossings(clerk) == 0


def test_a_bad_document_names_the_person_who_showed_it(staff: dict[str, Ledger]) -> None:
    people = family(size=3)
    people[1] = PersonEntry(full_name="Nazia", sex="F", origin_province="KP",
                            documents=(DocumentEntry("pasport", "P1"),))
    with pytest.raises(ValidationError) as refused:
        record_household(staff["clerk"], people, crossed_at=AT)
    assert (refused.value.field, refused.value.params["person"]) == ("document_type", 1)
    assert "pasport" in str(refused.value)


def test_required_fields_are_named() -> None:
    from checkpoint.entries import normalise_person

    with pytest.raises(ValidationError) as no_name:
        normalise_person(PersonEntry(full_name="  ", sex="M", origin_province="KP"), DAY)
    assert no_name.value.field == "full_name"
    with pytest.raises(ValidationError) as no_sex:
        normalise_person(PersonEntry(full_name="Gul", sex="", origin_province="KP"), DAY)
    assert no_sex.value.field == "sex"
    with pytest.raises(ValidationError) as old:
        normalise_person(PersonEntry(full_name="Gul", sex="M", origin_province="KP",
                                     age_years=130), DAY)
    assert old.value.field == "age_years"


def test_clerk_cannot_void_or_correct_another_clerks_record(staff: dict[str, Ledger]) -> None:
    mine = record_household(staff["clerk"], family(size=1), crossed_at=AT)[0]
    theirs = record_household(staff["clerk2"], family("Gul Agha", size=1), crossed_at=AT)[0]
    with pytest.raises(PermissionDenied):
        void_crossing(staff["clerk"], mine, "typed twice")
    with pytest.raises(PermissionDenied) as not_own:
        correct_crossing(staff["clerk"], theirs, {"origin_province": "Punjab"}, reason="typo")
    assert not_own.value.code == "not_own_record"
    assert get_crossing(staff["lead"], theirs).crossing.origin_province == "PK-KP"
    # Their own record, the same day: allowed, and it bumps the revision.
    assert correct_crossing(staff["clerk"], mine, {"origin_province": "Punjab"},
                            reason="typo") == 2


def test_clerk_cannot_correct_an_old_record(staff: dict[str, Ledger], db_path) -> None:
    uuid = record_household(staff["clerk"], family(size=1), crossed_at=AT)[0]
    yesterday = datetime.now(UTC) - timedelta(days=2)
    with staff["admin"].writing() as session:  # as if it had been recorded two days ago
        session.execute(text("UPDATE crossing SET recorded_at = :at WHERE uuid = :u"),
                        {"at": yesterday.strftime("%Y-%m-%d %H:%M:%S.%f"), "u": uuid})
    with pytest.raises(PermissionDenied) as late:
        correct_crossing(staff["clerk"], uuid, {"remarks": "fixed"}, reason="typo")
    assert late.value.code == "not_same_day"
    assert correct_crossing(staff["lead"], uuid, {"remarks": "fixed"}, reason="typo") == 2


def test_correction_moves_the_counts_and_keeps_history(staff: dict[str, Ledger]) -> None:
    lead = staff["lead"]
    uuids = record_household(staff["clerk"], family(size=3), crossed_at=AT)
    revision = correct_crossing(lead, uuids[0], {
        "origin_province": "Punjab", "sex": "F",
        "documents": (DocumentEntry("passport", "P123", "AFG", expiry=date(2024, 1, 1)),)},
        reason="the wrong card was typed")
    assert revision == 2
    detail = get_crossing(lead, uuids[0])
    assert detail.checks[0].result == "expired"  # expiry before the crossing
    assert [h.action for h in detail.history] == ["create", "correct"]
    assert "origin_province" in detail.history[1].changed_fields
    result = tally(lead, DAY)
    assert result["by_origin_province"] == {"PK-KP": 2, "PK-PB": 1}
    assert result["by_check_result"] == {"expired": 1}
    counts_match(lead)
    # A correction that changes nothing is not a new revision.
    assert correct_crossing(lead, uuids[0], {"origin_province": "PK-PB"}, reason="x") == 2


def test_correction_needs_a_reason_and_history_shows_old_and_new_values(
        staff: dict[str, Ledger]) -> None:
    lead = staff["lead"]
    [uuid] = record_household(staff["clerk"], family(size=1), crossed_at=AT)
    with pytest.raises(ValidationError) as no_reason:
        correct_crossing(lead, uuid, {"origin_province": "Punjab"}, reason="  ")
    assert (no_reason.value.code, no_reason.value.field) == ("required", "correction_reason")
    assert get_crossing(lead, uuid).crossing.revision == 1  # refused before anything changed
    correct_crossing(lead, uuid, {"origin_province": "Punjab", "full_name": "Muhammad Gul"},
                     reason="misheard at the desk")
    void_crossing(lead, uuid, "recorded twice")
    created, corrected, voided = get_crossing(lead, uuid).entries
    assert (created.action, created.reason, created.changes) == ("create", "", ())
    assert (corrected.action, corrected.changed_by, corrected.reason) == (
        "correct", "lead", "misheard at the desk")
    assert {(c.field, c.old, c.new) for c in corrected.changes} == {
        ("origin_province", "PK-KP", "PK-PB"), ("full_name", "Mohammad Gul", "Muhammad Gul")}
    assert voided.reason == "recorded twice"
    assert {(c.field, c.old, c.new) for c in voided.changes} == {
        ("voided", False, True), ("void_reason", "", "recorded twice")}


def test_void_needs_a_reason_and_leaves_the_tally(staff: dict[str, Ledger]) -> None:
    lead = staff["lead"]
    uuids = record_household(staff["clerk"], family(size=2), crossed_at=AT)
    with pytest.raises(ValidationError) as no_reason:
        void_crossing(lead, uuids[0], "   ")
    assert no_reason.value.field == "void_reason"
    void_crossing(lead, uuids[0], "recorded twice")
    assert tally(lead, DAY)["total"] == 1
    assert tally(lead, DAY)["households"] == 1
    void_crossing(lead, uuids[1], "recorded twice")
    assert tally(lead, DAY)["households"] == 0
    with pytest.raises(ValidationError):
        correct_crossing(lead, uuids[0], {"remarks": "x"}, reason="x")
    counts_match(lead)
    with lead.reading() as session:
        details = session.execute(text(
            "SELECT details FROM audit_entry WHERE action = 'void'")).scalars().all()
    assert details and not any("twice" in d for d in details)  # free text stays off the audit


def test_duplicate_document_is_a_warning_with_the_earlier_record(
        staff: dict[str, Ledger]) -> None:
    clerk = staff["clerk"]
    first = record_household(clerk, family(size=1), crossed_at=AT)[0]
    warnings = earlier_departures(clerk, [DocumentEntry("por", "POR1234567")])
    assert [w.crossing_uuid for w in warnings] == [first]
    assert warnings[0].full_name == "Mohammad Gul"
    assert earlier_departures(clerk, [DocumentEntry("acc", "POR1234567")]) == []
    # Recording again is the caller's decision, not refused.
    record_household(clerk, family(size=1), crossed_at=AT + timedelta(hours=1))
    assert len(earlier_departures(clerk, [DocumentEntry("PoR", "por 1234-567")])) == 2


def test_closed_day_changes_are_late_amendments(staff: dict[str, Ledger]) -> None:
    lead = staff["lead"]
    uuid = record_household(staff["clerk"], family(size=2), crossed_at=AT)[0]
    closed = close_day(lead, DAY, "Shift Lead Khan")
    assert closed.signed_name == "Shift Lead Khan"
    with pytest.raises(ValidationError):
        close_day(lead, DAY)
    before = datetime.now(UTC)
    void_crossing(lead, uuid, "wrong person")
    late = record_household(staff["clerk"], family("Late Arrival", size=1), crossed_at=AT)[0]
    assert get_crossing(lead, late).crossing.late
    amendments = late_amendments(lead, before, datetime.now(UTC) + timedelta(seconds=1))
    assert [(a.crossing_uuid, a.action) for a in amendments] == [(uuid, "void"), (late, "create")]
    frozen = closeout_for(lead, DAY)
    assert frozen is not None and frozen.tally_hash == closed.tally_hash
    assert '"total":2' in frozen.tally_json
    assert tally(lead, DAY)["total"] == 2  # one voided, one added late


def test_future_days_cannot_be_closed_and_clerks_cannot_close(staff: dict[str, Ledger]) -> None:
    with pytest.raises(ValidationError):
        close_day(staff["lead"], staff["lead"].today() + timedelta(days=1))
    with pytest.raises(PermissionDenied):
        close_day(staff["clerk"], DAY)


def test_search_folds_spelling_variants(staff: dict[str, Ledger]) -> None:
    clerk = staff["clerk"]
    record_household(clerk, family("Mohammad Gul", size=1), crossed_at=AT)
    record_household(clerk, [PersonEntry(full_name="Karim Khan", sex="M", origin_province="ICT",
                                         father_name="Muhammed Yousuf",
                                         documents=(DocumentEntry("acc", "ACC-778899"),))],
                     crossed_at=AT + timedelta(days=1))
    record_household(clerk, [PersonEntry(full_name="Zainab", full_name_native="زینب",
                                         sex="F", origin_province="AJK")], crossed_at=AT)

    def names(**wanted) -> list[str]:
        return sorted(r.full_name for r in search_crossings(clerk, CrossingFilter(**wanted)))

    assert names(text="muhamad") == ["Karim Khan", "Mohammad Gul"]  # name or father's name
    assert names(text="yusuf") == ["Karim Khan"]
    assert names(text="acc778899") == ["Karim Khan"]
    assert len(names(text=" - ")) == 3  # nothing searchable typed: nothing filtered out
    assert names(text="زينب") == ["Zainab"]  # Arabic yeh typed for the Farsi one stored
    assert names(date_from=DAY + timedelta(days=1)) == ["Karim Khan"]
    assert names(origin_province="PK-JK") == ["Zainab"]
    assert names(document_type="por") == ["Mohammad Gul"]
    assert names(sync_state=SyncState.PENDING) == ["Karim Khan", "Mohammad Gul", "Zainab"]
    assert names(sync_state=SyncState.SYNCED) == []
    page = search_crossings(clerk, CrossingFilter(), limit=2, order_by="full_name",
                            descending=False)
    assert [r.full_name for r in page] == ["Karim Khan", "Mohammad Gul"]


def test_policy_extension_keeps_por_cards_valid(staff: dict[str, Ledger]) -> None:
    admin = staff["admin"]
    with admin.writing() as session:
        session.add(PolicyDate(key="por_valid_until", value=date(2025, 6, 30),
                               effective_from=date(2024, 1, 1), note="Cabinet decision"))
    card = DocumentEntry("por", "PoR-1", expiry=date(2023, 12, 31), result="verified")
    passport = DocumentEntry("passport", "P-1", expiry=date(2023, 12, 31), result="expired")
    unstated = DocumentEntry("passport", "P-2", expiry=date(2023, 12, 31))  # a register row
    person = PersonEntry(full_name="Gul", sex="M", origin_province="KP",
                         documents=(card, passport, unstated))
    uuid = record_household(staff["clerk"], [person], crossed_at=AT)[0]
    results = [c.result for c in get_crossing(admin, uuid).checks]
    assert results == ["verified", "expired", "expired"]


def test_the_end_of_a_scheme_expires_cards_whatever_their_printed_expiry(
        staff: dict[str, Ledger]) -> None:
    """ACC holders told to leave by 31 March 2025: from the day that policy took effect an ACC
    is expired after that date, even one printed to expire later; the newest policy in force
    wins over an older extension, and a policy not yet in force changes nothing."""
    admin = staff["admin"]
    with admin.writing() as session:
        session.add_all([
            PolicyDate(key="acc_valid_until", value=date(2025, 12, 31),
                       effective_from=date(2024, 1, 1), note="extension"),
            PolicyDate(key="acc_valid_until", value=date(2025, 3, 31),
                       effective_from=date(2025, 3, 1), note="deadline"),
            PolicyDate(key="por_valid_until", value=date(2025, 1, 1),
                       effective_from=date(2025, 5, 1), note="not yet in force on AT")])
    acc = DocumentEntry("acc", "ACC-1", expiry=date(2027, 1, 1))
    por = DocumentEntry("por", "POR-1", expiry=date(2027, 1, 1))
    person = PersonEntry(full_name="Gul", sex="M", origin_province="KP", documents=(acc, por))
    uuid = record_household(staff["clerk"], [person], crossed_at=AT)[0]
    assert [c.result for c in get_crossing(admin, uuid).checks] == ["expired", None]
    assert document_policies(admin, AT.date()) == {"acc": date(2025, 3, 31)}


def test_an_expired_document_stated_verified_is_refused_not_stored_otherwise(
        staff: dict[str, Ledger]) -> None:
    """What a face showed is what is stored: the core never turns Verified into Expired."""
    passport = DocumentEntry("passport", "P-1", expiry=date(2012, 4, 15), result="verified")
    person = PersonEntry(full_name="Gul", sex="M", origin_province="KP",
                         documents=(DocumentEntry("por", "PoR-1", result="verified"), passport))
    with pytest.raises(ValidationError) as refused:
        record_household(staff["clerk"], [person], crossed_at=AT)
    assert (refused.value.code, refused.value.field, refused.value.params["document"],
            refused.value.params["valid_until"]) == (
        ErrorCode.DOCUMENT_EXPIRED, "check_result", 1, date(2012, 4, 15))
    assert search_crossings(staff["admin"], CrossingFilter()) == []


def test_vulnerabilities_round_trip_as_a_set(staff: dict[str, Ledger]) -> None:
    clerk, lead = staff["clerk"], staff["lead"]
    person = PersonEntry(full_name="Zarghona", sex="F", origin_province="KP",
                         vulnerabilities=frozenset({"PLW", "Disability", "disabled"}))
    uuid = record_household(clerk, [person], crossed_at=AT)[0]
    detail = get_crossing(clerk, uuid)
    assert detail.crossing.vulnerabilities == {"pregnant_or_lactating", "disability"}
    assert detail.record.vulnerabilities == frozenset({"pregnant_or_lactating", "disability"})
    # What is hashed, kept and synced is a sorted list; what is stored one sorted text.
    assert detail.record.data()["vulnerabilities"] == ["disability", "pregnant_or_lactating"]
    with clerk.reading() as session:
        stored = session.execute(text("SELECT vulnerabilities FROM crossing WHERE uuid = :u"),
                                 {"u": uuid}).scalar_one()
    assert stored == "disability,pregnant_or_lactating"
    # The same flags named another way change nothing; another set is a new revision.
    assert correct_crossing(lead, uuid, {"vulnerabilities": frozenset(
        {"pregnant", "PwD"})}, reason="same") == 1
    assert correct_crossing(lead, uuid, {"vulnerabilities": frozenset({"older person"})},
                            reason="asked again") == 2
    assert get_crossing(lead, uuid).crossing.vulnerabilities == {"older_person_at_risk"}
    assert tally(lead, DAY)["by_vulnerability"] == {"older_person_at_risk": 1}
    counts_match(lead)
