"""Warnings about a document before saving (checkpoint.warnings): gathered in one call, the
clerk's decision stored with the document checks, and counted on the tally."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from checkpoint import daycounts
from checkpoint.crossing import CrossingRecord
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.errors import ValidationErrors
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.models import Crossing, DocumentCheck
from checkpoint.records import correct_crossing, get_crossing, record_household, void_crossing
from checkpoint.tally import tally
from checkpoint.warnings import document_warnings, with_warnings
from contract.canonical import canonical_json
from contract.errors import ErrorCode
from tests.support.hq_lists import AS_OF, apply_hq_lists
from tests.support.sites import copy_database

DAY = date(2025, 4, 2)
AT = datetime(2025, 4, 2, 5, 0, tzinfo=UTC)  # 10:00 at Torkham
OLD_DATABASE = Path(__file__).with_name("data") / "schema-0010.db"


def _holder(name: str, *documents: DocumentEntry) -> PersonEntry:
    return PersonEntry(full_name=name, sex="M", origin_province="KP", documents=documents)


def test_a_duplicate_is_found_with_when_and_where_and_a_correction_excludes_itself(
        staff: dict[str, Ledger]) -> None:
    clerk = staff["clerk"]
    first = record_household(clerk, [_holder("Sher Khan", DocumentEntry("por", "PK-778899"))],
                             crossed_at=AT)[0]
    typed = [DocumentEntry("por", "pk 778899"), DocumentEntry("passport", "P1")]
    found = document_warnings(clerk, typed, DAY)
    assert [(w.code, w.document_type, w.number_key, w.since, w.checkpoint, w.list_version)
            for w in found] == [("duplicate", "por", "PK778899", DAY, "TORKHAM", None)]
    assert found[0].earlier is not None and found[0].earlier.full_name == "Sher Khan"
    assert document_warnings(clerk, typed, DAY, exclude=[first]) == []


def test_every_warning_about_a_household_is_gathered_in_one_call(
        staff: dict[str, Ledger]) -> None:
    clerk = staff["clerk"]
    apply_hq_lists(clerk)
    record_household(clerk, [_holder("Sher Khan", DocumentEntry("por", "PK-778899"))],
                     crossed_at=AT)
    typed = [DocumentEntry("acc", "A-1"), DocumentEntry("passport", "p 7654321"),
             DocumentEntry("por", "pk778899"), DocumentEntry("tazkira", "T-1")]
    found = document_warnings(clerk, typed, DAY)
    assert [(w.document_type, w.code, w.since, w.checkpoint, w.reason, w.list_version)
            for w in found] == [
        ("acc", "policy_expired", date(2025, 3, 31), None, None, 4),
        ("passport", "departed_elsewhere", date(2025, 4, 1), "CHAMAN", None, 4),
        ("por", "duplicate", DAY, "TORKHAM", None, None),
        ("por", "cancelled", date(2025, 3, 1), None, "reported_lost", 4)]
    assert found[1].as_of == AS_OF
    decided = [with_warnings(document, found) for document in typed]
    assert [(d.warnings, d.reference_version) for d in decided] == [
        ({"policy_expired"}, 4), ({"departed_elsewhere"}, 4),
        ({"duplicate", "cancelled"}, 4), (frozenset(), None)]


def test_saving_anyway_stores_the_warnings_and_the_tally_counts_them(
        staff: dict[str, Ledger]) -> None:
    clerk, lead = staff["clerk"], staff["lead"]
    record_household(clerk, [_holder("Sher Khan", DocumentEntry("por", "PK-778899"))],
                     crossed_at=AT)
    card = DocumentEntry("por", "PK-778899", result="verified")
    found = document_warnings(clerk, [card], DAY)
    decided = with_warnings(card, found)
    assert (decided.warnings, decided.reference_version) == (frozenset({"duplicate"}), None)
    uuid = record_household(clerk, [_holder("Sher Khan Afridi", decided,
                                            DocumentEntry("tazkira", "T-1"))],
                            crossed_at=AT)[0]
    record = get_crossing(lead, uuid).record
    assert [check.warnings for check in record.documents] == [frozenset({"duplicate"}),
                                                               frozenset()]
    documents = record.data()["documents"]
    assert documents[0]["warnings"] == ["duplicate"]
    assert "warnings" not in documents[1] and "reference_version" not in documents[1]
    assert tally(lead, DAY)["by_warning_overridden"] == {"duplicate": 1}
    with lead.reading() as session:
        stored = session.execute(text("SELECT warnings FROM document_check ORDER BY id")
                                 ).scalars().all()
        assert stored == ["", "duplicate", ""]
        assert daycounts.read_counts(session, DAY, DAY) == daycounts.recount(session, DAY, DAY)

    # Voiding takes the count back; the warning stays with the record.
    void_crossing(lead, uuid, "typed twice")
    assert tally(lead, DAY)["by_warning_overridden"] == {}


def test_a_correction_keeps_the_warnings_of_a_document_it_does_not_touch(
        staff: dict[str, Ledger]) -> None:
    clerk, lead = staff["clerk"], staff["lead"]
    card = DocumentEntry("acc", "ACC-1", result="verified", warnings=frozenset({"cancelled"}),
                         reference_version=7)
    uuid = record_household(clerk, [_holder("Gul", card)], crossed_at=AT)[0]
    entry = get_crossing(lead, uuid).record.entry()
    assert entry.documents[0].warnings == frozenset({"cancelled"})
    # Another document is added: the card's check is written again, with its decision.
    correct_crossing(lead, uuid, {"documents": (*entry.documents,
                                                DocumentEntry("tazkira", "T-9"))},
                     reason="tazkira shown later")
    checks = get_crossing(lead, uuid).record.documents
    assert [(c.warnings, c.reference_version) for c in checks] == [
        (frozenset({"cancelled"}), 7), (frozenset(), None)]
    assert tally(lead, DAY)["by_warning_overridden"] == {"cancelled": 1}


def test_a_warning_not_in_the_code_list_is_refused_naming_the_document(
        staff: dict[str, Ledger]) -> None:
    card = DocumentEntry("por", "1", warnings=frozenset({"looked_odd"}))
    with pytest.raises(ValidationErrors) as caught:
        record_household(staff["clerk"], [_holder("Gul", card)], crossed_at=AT)
    problem = caught.value.problems[0]
    assert (problem.code, problem.field, problem.params["document"]) == (
        ErrorCode.UNKNOWN_DOCUMENT_WARNING, "warnings", 0)


def test_a_record_made_before_warnings_were_stored_keeps_its_hash(tmp_path: Path) -> None:
    """Its data now, as this build makes it from the upgraded tables, is exactly what the old
    build hashed and synced (its revision snapshot): HQ sees no new revision."""
    copy = tmp_path / OLD_DATABASE.name
    copy_database(OLD_DATABASE, copy)
    ledger = open_ledger(copy, "admin", "old-build-pass")
    try:
        with ledger.reading() as session:
            crossings = session.execute(text("SELECT uuid FROM crossing")).scalars().all()
            assert len(crossings) == 4
            documents = 0
            for uuid in crossings:
                row = session.get(Crossing, uuid)
                checks = session.execute(text(
                    "SELECT id FROM document_check WHERE crossing_uuid = :u"), {"u": uuid}
                ).scalars().all()
                record = CrossingRecord.of(row, [session.get(DocumentCheck, i) for i in checks])
                snapshot = session.execute(text(
                    "SELECT snapshot FROM crossing_revision WHERE crossing_uuid = :u "
                    "ORDER BY revision DESC LIMIT 1"), {"u": uuid}).scalar_one()
                assert canonical_json(record.data()) == snapshot
                documents += len(record.documents)
            assert documents  # a document check made by the old build is among them
    finally:
        ledger.close()
