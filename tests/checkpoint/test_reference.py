"""HQ's reference data on the device: applied whole with the cursor or not at all, and what the
desk finds when it looks a document up (cancelled, departed elsewhere, expired by policy).

The answers are built as HQ sends them (``contract.wire``: the contract, not a mock)."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from checkpoint import outbox
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.errors import ValidationError
from checkpoint.ledger import Ledger
from checkpoint.records import record_household, void_crossing
from checkpoint.reference import (
    BadReference,
    check_document,
    reference_findings,
    reference_state,
)
from checkpoint.settings import sync_settings, update_settings
from contract.documents import departure_digest, document_number_key
from contract.wire import (
    CardGroup,
    CardsLifted,
    DepartureGroup,
    PolicyValue,
    Reference,
    Updates,
)

KEY = bytes(range(32))
AS_OF = datetime(2025, 4, 2, 6, 0, tzinfo=UTC)
DAY = date(2025, 4, 2)


def _digests(*documents: tuple[str, str]) -> str:
    raw = sorted(departure_digest(KEY, kind, document_number_key(number))
                 for kind, number in documents)
    return base64.b64encode(b"".join(raw)).decode()


def snapshot(version: int = 1, **lists: object) -> Reference:
    return Reference(version=version, as_of=AS_OF, snapshot=True,
                     digest_key=base64.b64encode(KEY).decode(),
                     departures_from=date(2024, 10, 1), **lists)


def apply(ledger: Ledger, reference: Reference, cursor: str = "1.1") -> None:
    outbox.apply_updates(ledger, Updates(cursor=cursor, reference=reference))


def findings(ledger: Ledger, *documents: tuple[str, str], day: date = DAY) -> list[tuple]:
    with ledger.reading() as session:
        found = reference_findings(session, documents, day, ledger.settings.checkpoint)
    return [(f.status, f.document_type, f.number, f.since, f.reason, f.checkpoint,
             f.list_version) for f in found]


def test_a_cancelled_card_is_found_however_its_number_is_typed(admin: Ledger) -> None:
    apply(admin, snapshot(cards=[CardGroup(document_type="por", reason="reported_lost",
                                           since=date(2025, 3, 1),
                                           numbers=["POR0001", "POR0002"])]))

    assert findings(admin, ("PoR", "por-0001"), ("por", "POR 0003")) == [
        ("cancelled", "por", "por-0001", date(2025, 3, 1), "reported_lost", None, 1)]
    outcome = check_document(admin, "PoR card", "por 0002")
    assert (outcome.status, outcome.list_version, outcome.as_of) == ("cancelled", 1, AS_OF)
    assert outcome.detail == "On HQ's cancelled-cards list since 2025-03-01: Reported lost."
    # The same number on another type of document is another document.
    assert check_document(admin, "acc", "POR0001").status == "clear"


def test_a_delta_lifts_and_lists_and_a_snapshot_replaces_everything(admin: Ledger) -> None:
    apply(admin, snapshot(cards=[CardGroup(document_type="acc", reason="cancelled",
                                           since=date(2025, 1, 5), numbers=["A1", "A2"])]))
    apply(admin, Reference(version=2, as_of=AS_OF, departures_from=date(2024, 10, 1),
                           cards_lifted=[CardsLifted(document_type="acc", numbers=["A1"])],
                           cards=[CardGroup(document_type="acc", reason="holder_deceased",
                                            since=date(2025, 2, 1), numbers=["A2", "A3"])]),
          cursor="5.2")
    assert [f[0:5] for f in findings(admin, ("acc", "A1"), ("acc", "A2"), ("acc", "A3"))] == [
        ("cancelled", "acc", "A2", date(2025, 2, 1), "holder_deceased"),
        ("cancelled", "acc", "A3", date(2025, 2, 1), "holder_deceased")]
    assert (sync_settings(admin).cursor, reference_state(admin).version) == ("5.2", 2)

    apply(admin, snapshot(version=9, cards=[CardGroup(
        document_type="acc", reason="replaced", since=date(2025, 3, 3), numbers=["A9"])]))
    assert [f[2] for f in findings(admin, ("acc", "A2"), ("acc", "A3"), ("acc", "A9"))] == ["A9"]


def _record(ledger: Ledger, number: str, day: date = DAY) -> str:
    at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=6)
    return record_household(ledger, [PersonEntry("Gul Agha", "M", "KP", age_years=40,
                                                  documents=(DocumentEntry("por", number),))],
                            crossed_at=at)[0]


def test_a_departure_elsewhere_is_found_and_this_desks_own_is_not(admin: Ledger) -> None:
    apply(admin, snapshot(departures=[
        DepartureGroup(checkpoint="CHAMAN", day=date(2025, 3, 30),
                       digests=_digests(("por", "P-100"))),
        DepartureGroup(checkpoint="TORKHAM", day=DAY,
                       digests=_digests(("por", "P-200"), ("por", "P-300")))]))
    mine = _record(admin, "P-200")

    assert findings(admin, ("por", "p100"), ("por", "P-200"), ("por", "P-300")) == [
        ("departed_elsewhere", "por", "p100", date(2025, 3, 30), None, "CHAMAN", 1),
        # Another desk of this same checkpoint recorded it: that is elsewhere too.
        ("departed_elsewhere", "por", "P-300", DAY, None, "TORKHAM", 1)]
    assert check_document(admin, "por", "P100").detail == \
        "Recorded departing at Chaman on 2025-03-30."
    # Voided here, HQ's mark is no longer this desk's own record.
    void_crossing(admin, mine, "typed twice")
    assert [f[2] for f in findings(admin, ("por", "P-200"))] == ["P-200"]


def test_days_hq_no_longer_holds_are_forgotten(admin: Ledger) -> None:
    apply(admin, snapshot(departures=[
        DepartureGroup(checkpoint="CHAMAN", day=date(2024, 10, 1),
                       digests=_digests(("acc", "OLD1"))),
        DepartureGroup(checkpoint="CHAMAN", day=date(2024, 10, 2),
                       digests=_digests(("acc", "NEW1")))]))
    apply(admin, Reference(version=2, as_of=AS_OF, departures_from=date(2024, 10, 2)))
    assert [f[2] for f in findings(admin, ("acc", "OLD1"), ("acc", "NEW1"))] == ["NEW1"]
    with admin.reading() as session:
        assert session.execute(text("SELECT count(*) FROM reference_departure")).scalar() == 1


def test_policies_are_replaced_and_decide_expiry(admin: Ledger) -> None:
    apply(admin, snapshot(policies=[PolicyValue(key="acc_valid_until", value=date(2025, 3, 31),
                                                effective_from=date(2025, 1, 1))]))
    assert findings(admin, ("acc", "")) == [
        ("policy_expired", "acc", "", date(2025, 3, 31), None, None, 1)]
    outcome = check_document(admin, "ACC", "X1")
    assert (outcome.status, outcome.detail) == (
        "policy_expired", "ACC documents are valid by HQ's policy only until 2025-03-31.")
    assert check_document(admin, "ACC", "X1", date(2025, 3, 31)).status == "clear"
    # A delta without policies leaves them; one with a list replaces the whole list.
    apply(admin, Reference(version=2, as_of=AS_OF, departures_from=date(2024, 10, 1)))
    assert check_document(admin, "ACC", "X1").status == "policy_expired"
    apply(admin, Reference(version=3, as_of=AS_OF, departures_from=date(2024, 10, 1),
                           policies=[]))
    assert check_document(admin, "ACC", "X1").status == "clear"


def test_the_gravest_finding_is_the_status(admin: Ledger) -> None:
    apply(admin, snapshot(
        policies=[PolicyValue(key="por_valid_until", value=date(2025, 3, 31),
                              effective_from=date(2025, 1, 1))],
        cards=[CardGroup(document_type="por", reason="cancelled", since=date(2025, 1, 2),
                         numbers=["P1"])],
        departures=[DepartureGroup(checkpoint="CHAMAN", day=date(2025, 3, 1),
                                   digests=_digests(("por", "P1"), ("por", "P2")))]))
    assert [check_document(admin, "por", n).status for n in ("P1", "P2", "P3")] == [
        "cancelled", "departed_elsewhere", "policy_expired"]


def test_a_failed_apply_leaves_lists_and_cursor_as_they_were(admin: Ledger) -> None:
    apply(admin, snapshot(cards=[CardGroup(document_type="por", reason="cancelled",
                                           since=date(2025, 1, 2), numbers=["P1"])]),
          cursor="3.1")
    broken = snapshot(version=2, cards=[CardGroup(document_type="por", reason="cancelled",
                                                  since=date(2025, 1, 2), numbers=["P2"])])
    broken = broken.model_copy(update={"digest_key": base64.b64encode(b"short").decode()})
    with pytest.raises(BadReference):
        apply(admin, broken, cursor="9.2")
    assert (sync_settings(admin).cursor, reference_state(admin).version) == ("3.1", 1)
    assert [check_document(admin, "por", n).status for n in ("P1", "P2")] == [
        "cancelled", "clear"]


def test_the_lists_age_and_go_stale_after_the_admins_days(admin: Ledger) -> None:
    never = reference_state(admin)
    assert (never.version, never.as_of, never.stale) == (0, None, True)
    assert check_document(admin, "por", "P1").detail.endswith("sync with HQ first.")
    apply(admin, snapshot(version=4))
    fresh = reference_state(admin, now=AS_OF + timedelta(days=7))
    assert (fresh.version, fresh.age_days, fresh.stale) == (4, 7, False)
    assert reference_state(admin, now=AS_OF + timedelta(days=7, hours=1)).stale
    assert update_settings(admin, reference_stale_days=30) == ["reference_stale_days"]
    assert not reference_state(admin, now=AS_OF + timedelta(days=20)).stale
    with pytest.raises(ValidationError) as refused:
        update_settings(admin, reference_stale_days=0)
    assert refused.value.field == "reference_stale_days"


def test_a_document_check_needs_a_type_it_knows_and_a_number(admin: Ledger) -> None:
    with pytest.raises(ValidationError) as unknown:
        check_document(admin, "library card", "1")
    assert (unknown.value.code, unknown.value.field) == ("unknown_document_type",
                                                         "document_type")
    with pytest.raises(ValidationError) as empty:
        check_document(admin, "por", " - ")
    assert empty.value.field == "number"
