"""HQ's reference data at the desk (DESIGN §4, §5 "Down"): applied from ``updates``, checked
offline.

HQ owns three lists (one writer per field): policy dates, cancelled cards and documents
recorded departing at any checkpoint (as keyed digests: no name, no number). They arrive with
``updates`` as a snapshot or a delta after the device's version (``apply_reference``, in the
same transaction as the cursor, so the device holds exactly HQ's lists at one version or the
ones it held before), and the desk looks a document up in them before saving
(``reference_findings``): a warning the clerk decides on, like the duplicate warning.

A million rows are applied through the driver's ``executemany``: a snapshot is one statement
per group of cards or departures, not an object per row.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from operator import itemgetter
from typing import Any, Final

from sqlalchemy import delete, select
from sqlmodel import Session, col

from checkpoint.errors import ValidationError
from checkpoint.ledger import Ledger, utc_now
from checkpoint.models import (
    Crossing,
    DocumentCheck,
    PolicyDate,
    ReferenceCard,
    ReferenceDeparture,
)
from checkpoint.permissions import Action
from checkpoint.policies import Policies
from checkpoint.settings import SettingKey, read_values, write_values
from contract import codes
from contract.documents import (
    DIGEST_BYTES,
    DIGEST_KEY_BYTES,
    departure_digest,
    document_number_key,
    listed_types,
)
from contract.errors import ErrorCode
from contract.wire import CardGroup, DepartureGroup, Reference

CLEAR: Final = "clear"
CANCELLED: Final = "cancelled"
DEPARTED_ELSEWHERE: Final = "departed_elsewhere"
POLICY_EXPIRED: Final = "policy_expired"
# Which finding check_document names when a document has several: the gravest first.
_PRIORITY: Final = (CANCELLED, DEPARTED_ELSEWHERE, POLICY_EXPIRED)


class BadReference(ValueError):
    """HQ's reference data cannot be applied as sent (a departure key that is not one)."""


@dataclass(frozen=True)
class ReferenceFinding:
    """What HQ's lists say about one document the desk is about to record."""

    document_type: str  # code
    number: str  # as the clerk typed/stored it
    status: str  # "cancelled" | "departed_elsewhere" | "policy_expired" (document_warnings)
    since: date  # cancelled since / departed on / policy: last valid day
    reason: str | None  # card reason code, for "cancelled"
    checkpoint: str | None  # crossing point code, for "departed_elsewhere"
    list_version: int  # the device's reference version
    as_of: datetime | None  # when that version was current at HQ


@dataclass(frozen=True)
class DocumentCheckOutcome:
    """``check-document``'s answer: clear, or the gravest finding, in a sentence."""

    document_type: str
    number: str
    status: str  # "clear" or a finding's status
    detail: str
    list_version: int
    as_of: datetime | None
    finding: ReferenceFinding | None = None


@dataclass(frozen=True)
class ReferenceState:
    """How current the device's copy of HQ's lists is."""

    version: int  # 0: never received
    as_of: datetime | None  # when HQ's lists were as held (None: never received)
    age: timedelta | None  # how long ago that was
    stale_days: int  # the IT admin's limit

    @property
    def age_days(self) -> int | None:
        """Whole days since the lists were current at HQ."""
        return None if self.age is None else self.age.days

    @property
    def stale(self) -> bool:
        """Never received, or older than the limit: warnings may be missing."""
        return self.age is None or self.age > timedelta(days=self.stale_days)


# -- applying what HQ sent ----------------------------------------------------------------------

def digest_key(text: str) -> bytes:
    """HQ's departure key from its base64 form; ``BadReference`` when it is not one."""
    try:
        key = base64.b64decode(text, validate=True)
    except binascii.Error:
        raise BadReference("HQ's departure key is not base64") from None
    if len(key) != DIGEST_KEY_BYTES:
        raise BadReference(f"HQ's departure key is not {DIGEST_KEY_BYTES} bytes")
    return key


def check_reference(reference: Reference) -> None:
    """Refuse (``BadReference``) what the wire types let through but cannot be applied."""
    if reference.digest_key is not None:
        digest_key(reference.digest_key)


def _executemany(session: Session, statement: str, rows: Iterable[tuple[Any, ...]]) -> int:
    # Straight to the driver, in the session's transaction: a million parameter tuples with
    # no statement object built per row on the way.
    cursor = session.connection().connection.cursor()
    try:
        cursor.executemany(statement, rows)  # type: ignore[arg-type]  # any iterable will do
        return max(0, cursor.rowcount)
    finally:
        cursor.close()


def _card_rows(groups: Sequence[CardGroup]) -> Iterator[tuple[str, str, str, str]]:
    """Every card of the groups in the table's key order (type, number). Rows that arrive in
    key order are appended to the b-tree instead of being scattered through it: a million
    cards sort in about a second and then write in half the time they take unsorted."""
    by_type: dict[str, list[tuple[str, str, str]]] = {}
    for group in groups:
        since = group.since.isoformat()
        by_type.setdefault(group.document_type, []).extend(
            (number, group.reason, since) for number in group.numbers)
    for document_type in sorted(by_type):
        rows = by_type.pop(document_type)
        rows.sort(key=itemgetter(0))
        for number_key, reason, since in rows:
            yield document_type, number_key, reason, since


def _departure_rows(groups: Sequence[DepartureGroup]) -> list[tuple[bytes, str, str]]:
    """Every departure of the groups in the table's key order (digest first), as the cards."""
    rows = []
    for group in groups:
        raw = base64.b64decode(group.digests)  # validated whole-digest base64 by the wire type
        day = group.day.isoformat()
        rows += [(raw[start:start + DIGEST_BYTES], group.checkpoint, day)
                 for start in range(0, len(raw), DIGEST_BYTES)]
    rows.sort(key=itemgetter(0))
    return rows


def apply_reference(session: Session, reference: Reference) -> int:
    """Apply HQ's reference data in the caller's transaction; returns how many rows changed.

    A snapshot replaces every card, departure and policy held; a delta lifts, lists (again),
    adds and removes. Policies, when sent, are HQ's whole list. Departures before
    ``departures_from`` are forgotten, as HQ forgot them. The version, HQ's clock and the
    departure key are stored with them.
    """
    check_reference(reference)
    changed = 0
    if reference.snapshot:
        session.execute(delete(ReferenceCard))
        session.execute(delete(ReferenceDeparture))
    changed += _executemany(
        session, "DELETE FROM reference_card WHERE document_type = ? AND number_key = ?",
        ((lifted.document_type, number) for lifted in reference.cards_lifted
         for number in lifted.numbers))
    changed += _executemany(
        session, "INSERT OR REPLACE INTO reference_card (document_type, number_key, reason, "
                 "since) VALUES (?, ?, ?, ?)", _card_rows(reference.cards))
    changed += _executemany(
        session, "DELETE FROM reference_departure WHERE digest = ? AND checkpoint = ? AND day = ?",
        _departure_rows(reference.departures_removed))
    changed += _executemany(
        session, "INSERT OR IGNORE INTO reference_departure (digest, checkpoint, day) "
                 "VALUES (?, ?, ?)", _departure_rows(reference.departures))
    if reference.departures_from is not None:
        changed += _executemany(session, "DELETE FROM reference_departure WHERE day < ?",
                                [(reference.departures_from.isoformat(),)])
    if reference.policies is not None:
        session.execute(delete(PolicyDate))
        session.add_all(PolicyDate(key=policy.key, value=policy.value,
                                   effective_from=policy.effective_from, note=policy.note)
                        for policy in reference.policies)
        changed += len(reference.policies)
    values: dict[SettingKey, str | int | None] = {
        SettingKey.REFERENCE_VERSION: reference.version,
        SettingKey.REFERENCE_AS_OF: reference.as_of.astimezone(UTC).isoformat()}
    if reference.digest_key is not None:
        values[SettingKey.REFERENCE_DIGEST_KEY] = reference.digest_key
    write_values(session, values)
    return changed


# -- what the lists say -------------------------------------------------------------------------

@dataclass(frozen=True)
class _Held:
    version: int
    as_of: datetime | None
    key: bytes | None


def _held(session: Session) -> _Held:
    values = read_values(session)
    as_of = values.get(SettingKey.REFERENCE_AS_OF)
    key = values.get(SettingKey.REFERENCE_DIGEST_KEY)
    return _Held(int(values.get(SettingKey.REFERENCE_VERSION, 0)),
                 datetime.fromisoformat(as_of) if as_of else None,
                 digest_key(key) if key else None)


def _recorded_here(session: Session, document_type: str, number_key: str, day: date,
                   checkpoint: str) -> bool:
    """Whether this device holds a live crossing of this document that day at its checkpoint:
    HQ's mark is then this desk's own record (its duplicate warning says it better). A
    crossing being corrected counts too: HQ's mark for it is its own."""
    return session.execute(
        select(col(DocumentCheck.id))
        .join(Crossing, col(Crossing.uuid) == col(DocumentCheck.crossing_uuid))
        .where(col(DocumentCheck.document_type) == document_type,
               col(DocumentCheck.number_key) == number_key, col(Crossing.local_day) == day,
               col(Crossing.checkpoint) == checkpoint, col(Crossing.voided).is_(False))
        .limit(1)).first() is not None


def _departed_elsewhere(session: Session, held: _Held, document_type: str, number_key: str,
                        checkpoint: str) -> tuple[str, date] | None:
    """The latest departure HQ holds for this document that is not this desk's own."""
    if held.key is None:
        return None
    digest = departure_digest(held.key, document_type, number_key)
    marks = session.connection().exec_driver_sql(
        "SELECT checkpoint, day FROM reference_departure WHERE digest = ? ORDER BY day DESC",
        (digest,)).all()
    for where, day_text in marks:
        day = date.fromisoformat(day_text)
        if where != checkpoint or not _recorded_here(session, document_type, number_key, day,
                                                     checkpoint):
            return where, day
    return None


def reference_findings(session: Session, documents: Sequence[tuple[str, str]], day: date,
                       checkpoint: str) -> list[ReferenceFinding]:
    """What HQ's lists say about these (document type, number as typed) pairs, for a crossing
    on ``day`` at ``checkpoint``: cancelled cards, departures recorded elsewhere, document
    types no longer valid by policy, in the order of the documents.

    A crossing under correction needs nothing left out here: HQ's mark of it is this desk's
    own record, which is never "elsewhere".
    """
    types = codes.document_types()
    held = _held(session)
    policies = Policies(session)
    found: list[ReferenceFinding] = []
    for typed_type, number in documents:
        kind = types.resolve(typed_type, field="document_type")
        if kind not in listed_types():
            continue
        number_key = document_number_key(number or "")
        if number_key:
            card = session.execute(
                select(col(ReferenceCard.reason), col(ReferenceCard.since))
                .where(col(ReferenceCard.document_type) == kind,
                       col(ReferenceCard.number_key) == number_key)).first()
            if card is not None:
                found.append(ReferenceFinding(kind, number, CANCELLED, card[1], card[0], None,
                                              held.version, held.as_of))
            departed = _departed_elsewhere(session, held, kind, number_key, checkpoint)
            if departed is not None:
                found.append(ReferenceFinding(kind, number, DEPARTED_ELSEWHERE, departed[1],
                                              None, departed[0], held.version, held.as_of))
        until = policies.valid_until(kind, day)
        if until is not None and day > until:
            found.append(ReferenceFinding(kind, number, POLICY_EXPIRED, until, None, None,
                                          held.version, held.as_of))
    return found


def _detail(finding: ReferenceFinding | None, held: _Held) -> str:
    """The outcome in one English sentence (the command line's; the app words its own)."""
    if finding is None:
        if held.as_of is None:
            return ("Not on this device's lists, but HQ's lists have never reached this "
                    "device: sync with HQ first.")
        return (f"Not on HQ's lists (version {held.version}, current at HQ "
                f"{held.as_of.astimezone(UTC):%Y-%m-%d %H:%M} UTC).")
    if finding.status == CANCELLED:
        reason = codes.card_reasons().name(finding.reason) if finding.reason else ""
        return (f"On HQ's cancelled-cards list since {finding.since.isoformat()}"
                f"{f': {reason}' if reason else ''}.")
    if finding.status == DEPARTED_ELSEWHERE:
        where = codes.crossing_points().name(finding.checkpoint) if finding.checkpoint else "?"
        return f"Recorded departing at {where} on {finding.since.isoformat()}."
    label = codes.document_types().entry(finding.document_type).label
    return f"{label} documents are valid by HQ's policy only until {finding.since.isoformat()}."


def check_document(ledger: Ledger, document_type: str, number: str,
                   day: date | None = None) -> DocumentCheckOutcome:
    """Look one document up in HQ's lists as the desk would on ``day`` (default today): clear,
    or the gravest finding (cancelled, then departed elsewhere, then expired by policy).

    Anyone signed in may: it is the lookup every desk makes before saving.
    """
    ledger.actor.require(Action.RECORD)
    kind = codes.document_types().resolve(document_type, field="document_type")
    if kind is None:
        raise ValidationError("a document type is required", code=ErrorCode.REQUIRED,
                              field="document_type")
    if not document_number_key(number or ""):
        raise ValidationError("a document number is required", code=ErrorCode.REQUIRED,
                              field="number")
    with ledger.reading() as session:
        held = _held(session)
        findings = reference_findings(session, [(kind, number)], day or ledger.today(),
                                      ledger.settings.checkpoint)
    first = min(findings, key=lambda f: _PRIORITY.index(f.status), default=None)
    return DocumentCheckOutcome(kind, number, first.status if first else CLEAR,
                                _detail(first, held), held.version, held.as_of, first)


def reference_state(ledger: Ledger, now: datetime | None = None) -> ReferenceState:
    """The version of HQ's lists this device holds, how old they are, and whether that is
    older than the IT admin's limit."""
    with ledger.reading() as session:
        held = _held(session)
    age = None if held.as_of is None else max(timedelta(0), (now or utc_now()) - held.as_of)
    return ReferenceState(held.version, held.as_of, age, ledger.settings.reference_stale_days)
