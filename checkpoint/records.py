"""Recording, correcting and voiding crossings (DESIGN §4, §6), all permission-checked.

Every change happens in one write transaction together with its document checks, its revision
snapshot, the tally counters, the household count, the late-amendment mark and the audit entry:
either all of it is on disk when the call returns, or none of it.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session, col

from checkpoint import audit
from checkpoint.crossing import CrossingRecord, RecordedCheck
from checkpoint.daycounts import CountChanges, crossing_keys
from checkpoint.entries import (
    CORRECTABLE_FIELDS,
    CheckedDocument,
    CheckedPerson,
    DocumentEntry,
    PersonEntry,
    clean_text,
    normalise_person,
)
from checkpoint.errors import NotFound, PermissionDenied, ValidationError
from checkpoint.history import HistoryEntry, history_of
from checkpoint.ledger import Ledger, utc_now
from checkpoint.models import (
    Crossing,
    CrossingRevision,
    DayCloseout,
    DocumentCheck,
    LateAmendment,
)
from checkpoint.permissions import Action
from checkpoint.policies import Policies
from contract import codes
from contract.canonical import canonical_json
from contract.documents import document_number_key
from contract.errors import ErrorCode

# What a correction takes over from the checked person (its documents are handled apart).
_PERSON_FIELDS = tuple(f.name for f in fields(CheckedPerson) if f.name != "documents")


@dataclass(frozen=True)
class EarlierDeparture:
    """A crossing already recorded with the same document (the duplicate warning)."""

    crossing_uuid: str
    document_type: str
    number: str
    full_name: str
    crossed_at: datetime
    recorded_by: str


def _closed_days(session: Session, days: set[date] | None = None) -> set[date]:
    query = select(col(DayCloseout.day))
    if days is not None:
        query = query.where(col(DayCloseout.day).in_(days))
    return set(session.execute(query).scalars())


def _recorded_checks(policies: Policies, documents: Sequence[CheckedDocument], day: date,
                     checked_by: str) -> tuple[RecordedCheck, ...]:
    return tuple(RecordedCheck(
        document_type=document.document_type, number=document.number,
        issuing_country=document.issuing_country, expiry=document.expiry,
        result=_result(policies, document, index, day), method=document.method,
        custody=document.custody, warnings=document.warnings,
        reference_version=document.reference_version, checked_by=checked_by)
        for index, document in enumerate(documents))


def _result(policies: Policies, document: CheckedDocument, index: int, day: date) -> str | None:
    try:
        return document.result_on(day, policies.valid_until(document.document_type, day))
    except ValidationError as error:
        error.params["document"] = index
        raise


def _revision_row(record: CrossingRecord, revision: int, action: str, changed: Sequence[str],
                  by: str, at: datetime, reason: str = "") -> dict[str, Any]:
    return {"crossing_uuid": record.uuid, "revision": revision, "action": action,
            "changed_by": by, "changed_at": at, "changed_fields": ",".join(changed),
            "reason": reason, "snapshot": canonical_json(record.data())}


def _required_reason(text: str, field: str, why: str) -> str:
    reason = clean_text(text, field, limit=500)
    if not reason:
        raise ValidationError(f"a reason is required to {why}", code=ErrorCode.REQUIRED,
                              field=field)
    return reason


@dataclass(frozen=True)
class HouseholdEntry:
    """People crossing together at one moment (a household of one is a person alone).

    ``uuids`` and ``household_uuid`` may be fixed by the caller so that an import run twice
    finds its records already there instead of recording them again; otherwise the core makes
    them. People are kept in the order given (the head first).
    """

    people: Sequence[PersonEntry]
    crossed_at: datetime | None = None
    household_uuid: str | None = None
    uuids: Sequence[str] | None = None


def _checked(people: Sequence[PersonEntry], day: date) -> list[CheckedPerson]:
    checked = []
    for index, person in enumerate(people):
        # A face that already checked a person (to point at a field before saving) hands over
        # the checked person; it is not checked a second time.
        if isinstance(person, CheckedPerson):
            checked.append(person)
            continue
        try:
            checked.append(normalise_person(person, day))
        except ValidationError as error:
            error.params["person"] = index
            raise
    return checked


def _household_sizes(session: Session, households: set[str]) -> dict[str, int]:
    """How many people each of these households already has (an import may add to one)."""
    sizes: dict[str, int] = {}
    ids = sorted(households)
    for start in range(0, len(ids), 500):
        sizes.update((household, n) for household, n in session.execute(
            select(col(Crossing.household_uuid), func.count())
            .where(col(Crossing.household_uuid).in_(ids[start:start + 500]))
            .group_by(col(Crossing.household_uuid))))
    return sizes


@dataclass
class _Recording:
    """One recording transaction: its rows, inserted together (executemany, no ORM objects),
    and its counter changes, written together at the end."""

    ledger: Ledger
    session: Session
    households: Sequence[HouseholdEntry]
    now: datetime = field(default_factory=utc_now)
    counts: CountChanges = field(default_factory=CountChanges)
    crossings: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    revisions: list[dict[str, Any]] = field(default_factory=list)
    late: list[dict[str, Any]] = field(default_factory=list)
    household_days: dict[str, date] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.policies = Policies(self.session)
        self.closed = _closed_days(self.session)
        self.sizes = _household_sizes(self.session, {entry.household_uuid for entry in
                                                     self.households if entry.household_uuid})

    def add(self, entry: HouseholdEntry) -> tuple[list[str], bool]:
        """Add one household's rows; its UUIDs (in order) and whether its day was closed."""
        if not entry.people:
            raise ValidationError("nothing to record", code=ErrorCode.EMPTY, field=None)
        # Stored, hashed and sent in UTC whatever zone the caller used.
        at = (entry.crossed_at or self.now).astimezone(UTC)
        day = self.ledger.local_day(at)
        uuids = list(entry.uuids) if entry.uuids else [str(uuidlib.uuid4())
                                                       for _ in entry.people]
        by = self.ledger.actor.username
        people = _checked(entry.people, day)
        household = entry.household_uuid or str(uuidlib.uuid4())
        self.household_days.setdefault(household, day)
        # An import adds a household's people one row at a time: each comes after those
        # already there.
        first = self.sizes.get(household, 0)
        self.sizes[household] = first + len(people)
        late = day in self.closed
        for position, (crossing_uuid, person) in enumerate(zip(uuids, people, strict=True),
                                                           start=first):
            try:
                documents = _recorded_checks(self.policies, person.documents, day, by)
            except ValidationError as error:
                error.params["person"] = position - first
                raise
            record = CrossingRecord(
                **{name: getattr(person, name) for name in _PERSON_FIELDS},
                documents=documents,
                uuid=crossing_uuid, checkpoint=self.ledger.settings.checkpoint, crossed_at=at,
                local_day=day, recorded_by=by, household_uuid=household,
                household_position=position, late=late)
            self.crossings.append({**record.columns(), "recorded_at": self.now, "revision": 1,
                                   "synced_revision": 0, "updated_at": self.now})
            self.checks += record.check_rows()
            self.revisions.append(_revision_row(record, 1, "create", (), by, self.now))
            self.counts.add(day, crossing_keys(record, record.documents), +1)
            self.counts.member(household, +1)
            if late:
                self.late.append({"crossing_uuid": crossing_uuid, "day": day,
                                  "action": "create", "changed_by": by,
                                  "changed_at": self.now})
        return uuids, late

    def write(self) -> None:
        """Insert every row and apply the counter changes."""
        for model, rows in ((Crossing, self.crossings), (DocumentCheck, self.checks),
                            (CrossingRevision, self.revisions), (LateAmendment, self.late)):
            if rows:
                self.session.execute(insert(model), rows)
        self.counts.write(self.session, self.household_days)


def record_households(ledger: Ledger, households: Sequence[HouseholdEntry], *,
                      audit_details: Mapping[str, Any] | None = None) -> list[list[str]]:
    """Record several households in one transaction (all or none); their UUIDs, in order.

    Validation errors carry ``params['person']``, the index of the person at fault, and
    ``params['household']``, the index of the household.
    """
    ledger.actor.require(Action.RECORD)
    recorded: list[list[str]] = []
    any_late = False
    with ledger.writing() as session:
        recording = _Recording(ledger, session, households)
        for index, entry in enumerate(households):
            try:
                uuids, late = recording.add(entry)
            except ValidationError as error:
                error.params["household"] = index
                raise
            recorded.append(uuids)
            any_late = any_late or late
        recording.write()
        every = [u for uuids in recorded for u in uuids]
        details = {"count": len(every), "households": len(recorded), "late": any_late,
                   **(audit_details or {})}
        # One audit entry per action; a large import names its records by count, not by UUID.
        audit.append(session, ledger.actor.username, "create",
                     every if len(every) <= 50 else "", details)
    return recorded


def record_household(ledger: Ledger, people: Sequence[PersonEntry], *,
                     crossed_at: datetime | None = None, household_uuid: str | None = None,
                     uuids: Sequence[str] | None = None) -> list[str]:
    """Record one person, or a household travelling together, in one transaction.

    Returns the new crossings' UUIDs (in order). Validation errors carry ``params['person']``:
    the index of the person at fault.
    """
    return record_households(ledger, [HouseholdEntry(people, crossed_at, household_uuid,
                                                     uuids)])[0]


def _load(session: Session, crossing_uuid: str) -> tuple[Crossing, list[DocumentCheck]]:
    crossing = session.get(Crossing, crossing_uuid)
    if crossing is None:
        raise NotFound(f"There is no record {crossing_uuid}.", field="uuid")
    checks = list(session.execute(select(DocumentCheck).where(
        col(DocumentCheck.crossing_uuid) == crossing_uuid).order_by(col(DocumentCheck.position)))
        .scalars())
    return crossing, checks


def _may_correct(ledger: Ledger, crossing: Crossing) -> None:
    actor = ledger.actor
    if actor.may(Action.CORRECT_ANY):
        return
    actor.require(Action.RECORD)
    if crossing.recorded_by != actor.username:
        raise PermissionDenied("A clerk may correct only their own records.",
                               code=ErrorCode.NOT_OWN_RECORD)
    if ledger.local_day(crossing.recorded_at) != ledger.today():
        raise PermissionDenied("A clerk may correct their records only on the day they were "
                               "made; ask a shift lead.", code=ErrorCode.NOT_SAME_DAY)


def _mark_late(session: Session, crossing: Crossing, days: set[date], action: str, by: str,
               at: datetime) -> bool:
    closed = _closed_days(session, days)
    if closed:
        crossing.late = True
        session.add(LateAmendment(crossing_uuid=crossing.uuid, day=min(closed), action=action,
                                  changed_by=by, changed_at=at))
    return bool(closed)


def _refuse_purged(crossing: Crossing) -> None:
    # Its personal fields are gone (checkpoint.retention): a new revision would send HQ an
    # empty name, and a correction would have nothing true to start from.
    if crossing.purged_at is not None:
        raise ValidationError("the record's personal details were purged after the retention "
                              "period; it cannot be changed", code=ErrorCode.PURGED)


def correct_crossing(ledger: Ledger, crossing_uuid: str, changes: Mapping[str, Any], *,
                     reason: str, crossed_at: datetime | None = None) -> int:
    """Change what was recorded, saying why; returns the new revision.

    ``changes`` maps ``PersonEntry`` field names to new values (``documents`` replaces the
    document checks). The ``reason`` is required and kept with the revision. A clerk may
    correct only their own records, on the day they made them; a shift lead any record.
    Voided records cannot be corrected.
    """
    unknown = set(changes) - set(CORRECTABLE_FIELDS)
    if unknown:
        raise ValidationError(f"cannot correct {', '.join(sorted(unknown))}",
                              code=ErrorCode.NOT_CORRECTABLE, field=sorted(unknown)[0])
    by, now = ledger.actor.username, utc_now()
    with ledger.writing() as session:
        crossing, checks = _load(session, crossing_uuid)
        _may_correct(ledger, crossing)
        if crossing.voided:
            raise ValidationError("a voided record cannot be corrected", code=ErrorCode.VOIDED)
        _refuse_purged(crossing)
        old = CrossingRecord.of(crossing, checks)
        new_at = (crossed_at or old.crossed_at).astimezone(UTC)
        new_day = ledger.local_day(new_at)
        entry = replace(old.entry(), **changes)
        # Documents not changed keep their checks (and who made them) as they are.
        person = normalise_person(entry if "documents" in changes else
                                  replace(entry, documents=()), new_day)
        documents = _recorded_checks(Policies(session), person.documents, new_day, by) \
            if "documents" in changes else old.documents
        new = replace(old, **{name: getattr(person, name) for name in _PERSON_FIELDS},
                      documents=documents, crossed_at=new_at, local_day=new_day)
        before, after = old.data(), new.data()
        changed = sorted(name for name, value in after.items() if before[name] != value)
        # Asked after the new values were checked, so every other mistake is shown first.
        reason = _required_reason(reason, "correction_reason", "correct a record")
        if not changed:
            return crossing.revision
        for name, value in new.columns().items():
            setattr(crossing, name, value)
        if "documents" in changes:
            for check in checks:
                session.delete(check)
            session.flush()
            session.add_all(DocumentCheck(**row) for row in new.check_rows())
        late = _mark_late(session, crossing, {old.local_day, new_day}, "correct", by, now)
        crossing.revision += 1
        crossing.updated_at = now
        counts = CountChanges()
        counts.add(old.local_day, crossing_keys(old, old.documents), -1)
        counts.add(new_day, crossing_keys(new, new.documents), +1)
        session.flush()
        counts.write(session, {})
        session.add(CrossingRevision(**_revision_row(replace(new, late=crossing.late),
                                                     crossing.revision, "correct", changed,
                                                     by, now, reason)))
        audit.append(session, by, "correct", crossing.uuid,
                     {"fields": changed, "revision": crossing.revision, "late": late})
        return crossing.revision


def void_crossing(ledger: Ledger, crossing_uuid: str, reason: str) -> int:
    """Void a mistaken record with a reason (shift lead); returns the new revision."""
    ledger.actor.require(Action.VOID)
    reason = _required_reason(reason, "void_reason", "void a record")
    by, now = ledger.actor.username, utc_now()
    with ledger.writing() as session:
        crossing, checks = _load(session, crossing_uuid)
        if crossing.voided:
            raise ValidationError("this record is already void", code=ErrorCode.ALREADY_VOIDED)
        _refuse_purged(crossing)
        counts = CountChanges()
        counts.add(crossing.local_day, crossing_keys(crossing, checks), -1)
        counts.member(crossing.household_uuid, -1)
        crossing.voided, crossing.void_reason = True, reason
        late = _mark_late(session, crossing, {crossing.local_day}, "void", by, now)
        crossing.revision += 1
        crossing.updated_at = now
        session.flush()
        counts.write(session, {})
        session.add(CrossingRevision(**_revision_row(CrossingRecord.of(crossing, checks),
                                                     crossing.revision, "void",
                                                     ("voided", "void_reason"), by, now,
                                                     reason)))
        # Reasons are free text about a person: they stay with the record, not in the audit.
        audit.append(session, by, "void", crossing.uuid,
                     {"revision": crossing.revision, "late": late})
        return crossing.revision


def earlier_departures(ledger: Ledger, documents: Sequence[DocumentEntry], *,
                       exclude: Sequence[str] = ()) -> list[EarlierDeparture]:
    """Crossings (not voided) already recorded departing here with any of these documents.

    A warning for the caller to show and decide on; recording is never refused for it.
    """
    types = codes.document_types()
    keys = {(types.resolve(d.document_type, field="document_type"),
             document_number_key(d.number)) for d in documents if d.number and d.number.strip()}
    found: list[EarlierDeparture] = []
    with ledger.reading() as session:
        for kind, key in sorted(keys):
            rows = session.execute(
                select(col(DocumentCheck.crossing_uuid), col(DocumentCheck.document_type),
                       col(DocumentCheck.number), col(Crossing.full_name),
                       col(Crossing.crossed_at), col(Crossing.recorded_by))
                .join(Crossing, col(Crossing.uuid) == col(DocumentCheck.crossing_uuid))
                .where(col(DocumentCheck.document_type) == kind,
                       col(DocumentCheck.number_key) == key,
                       col(Crossing.voided).is_(False), col(Crossing.direction) == "departure",
                       col(Crossing.checkpoint) == ledger.settings.checkpoint)
                .order_by(col(Crossing.crossed_at)))
            found += [EarlierDeparture(*row) for row in rows if row[0] not in exclude]
    return found


@dataclass(frozen=True)
class CrossingDetail:
    """Everything about one crossing: the record, its checks and its revisions."""

    crossing: Crossing
    checks: list[DocumentCheck]
    history: list[CrossingRevision]

    @property
    def entries(self) -> list[HistoryEntry]:
        """The history as a reader sees it: each change with its old and new values."""
        return history_of(self.history)

    @property
    def record(self) -> CrossingRecord:
        """The crossing as the core's one crossing type (what a correction starts from)."""
        return CrossingRecord.of(self.crossing, self.checks)


def get_crossing(ledger: Ledger, crossing_uuid: str) -> CrossingDetail:
    """One crossing with its document checks and the history of its revisions."""
    with ledger.reading() as session:
        crossing, checks = _load(session, crossing_uuid)
        history = list(session.execute(select(CrossingRevision).where(
            col(CrossingRevision.crossing_uuid) == crossing_uuid)
            .order_by(col(CrossingRevision.revision))).scalars())
        session.expunge_all()
    return CrossingDetail(crossing, checks, history)


@dataclass(frozen=True)
class CrossingName:
    """Who a crossing is about and when: how a complaint or a rejection names its record."""

    uuid: str
    full_name: str
    father_name: str
    crossed_at: datetime


def crossing_names(ledger: Ledger, uuids: Collection[str]) -> dict[str, CrossingName]:
    """The names of these crossings, by UUID (a UUID not recorded is left out)."""
    ids = sorted(set(uuids))
    found: dict[str, CrossingName] = {}
    with ledger.reading() as session:
        for start in range(0, len(ids), 500):
            found.update((row[0], CrossingName(*row)) for row in session.execute(
                select(col(Crossing.uuid), col(Crossing.full_name), col(Crossing.father_name),
                       col(Crossing.crossed_at))
                .where(col(Crossing.uuid).in_(ids[start:start + 500]))))
    return found


def existing_uuids(session: Session, uuids: Sequence[str]) -> set[str]:
    """Which of these crossing UUIDs are already recorded (for idempotent imports)."""
    found = select(col(Crossing.uuid)).where(col(Crossing.uuid).in_(uuids))
    return set(session.execute(found).scalars())

