"""Recording, correcting and voiding crossings (DESIGN §4, §6), all permission-checked.

Every change happens in one write transaction together with its document checks, its revision
snapshot, the tally counters, the household count, the late-amendment mark and the audit entry:
either all of it is on disk when the call returns, or none of it.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session, col

from checkpoint import audit
from checkpoint.daycounts import CountChanges, crossing_keys
from checkpoint.entries import (
    CORRECTABLE_FIELDS,
    DocumentEntry,
    PersonEntry,
    clean_text,
    document_number_key,
    normalise_document,
    normalise_person,
    search_keys,
)
from checkpoint.errors import NotFound, PermissionDenied, ValidationError
from checkpoint.ledger import Ledger, utc_now
from checkpoint.models import (
    Crossing,
    CrossingRevision,
    DayCloseout,
    DocumentCheck,
    LateAmendment,
    PolicyDate,
)
from checkpoint.permissions import Action
from contract.canonical import canonical_json

# The aggregate as it travels and as its revisions are kept: the person, never bookkeeping.
_DATA_FIELDS = ("uuid", "checkpoint", "direction", "crossed_at", "local_day", "recorded_by",
                "household_uuid",
                "full_name", "father_name", "full_name_native", "father_name_native", "sex",
                "birth_date", "age_years", "age_estimated", "nationality", "origin_province",
                "origin_district", "destination_province", "return_type", "vrf_number",
                "vulnerabilities", "remarks", "voided", "void_reason", "late")
_CHECK_FIELDS = ("document_type", "number", "issuing_country", "expiry", "result", "method",
                 "custody", "checked_by")


def crossing_data(crossing: Any, checks: Sequence[Any]) -> dict[str, Any]:
    """The crossing aggregate as plain JSON-able data (what is hashed, kept and synced)."""
    data: dict[str, Any] = {name: getattr(crossing, name) for name in _DATA_FIELDS}
    data["vulnerabilities"] = [flag for flag in crossing.vulnerabilities.split(",") if flag]
    data["documents"] = [{name: getattr(check, name) for name in _CHECK_FIELDS}
                         for check in sorted(checks, key=lambda c: c.position)]
    return data


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


class _Policies:
    """Dated policy values (DESIGN §4: configuration rows, not code), read once per transaction.

    For example ``por_extended_to``: PoR cards count as valid until that date, whatever their
    printed expiry, from the day the decision took effect.
    """

    def __init__(self, session: Session) -> None:
        self._rows = session.execute(select(col(PolicyDate.key), col(PolicyDate.effective_from),
                                            col(PolicyDate.value))
                                     .order_by(col(PolicyDate.effective_from).desc())).all()

    def extension(self, document_type: str, on: date) -> date | None:
        key = f"{document_type}_extended_to"
        return next((value for k, since, value in self._rows if k == key and since <= on), None)


def _check_rows(policies: _Policies, crossing_uuid: str, documents: Sequence[DocumentEntry],
                day: date, checked_by: str) -> list[dict[str, Any]]:
    rows = []
    for position, raw in enumerate(documents):
        kind = normalise_document(raw, day).document_type
        entry = normalise_document(raw, day, policies.extension(kind, day))
        rows.append({"crossing_uuid": crossing_uuid, "position": position,
                     "document_type": entry.document_type, "number": entry.number,
                     "number_key": document_number_key(entry.number),
                     "issuing_country": entry.issuing_country, "expiry": entry.expiry,
                     "result": entry.result, "method": entry.method, "custody": entry.custody,
                     "checked_by": checked_by})
    return rows


def _person_columns(person: PersonEntry) -> dict[str, Any]:
    name_key, father_key = search_keys(person)
    values = {f.name: getattr(person, f.name) for f in fields(PersonEntry)
              if f.name != "documents"}
    values["vulnerabilities"] = ",".join(person.vulnerabilities)
    values.update(name_key=name_key, father_key=father_key)
    return values


def _revision_row(crossing: Any, checks: Sequence[Any], action: str, changed: Sequence[str],
                  by: str, at: datetime) -> dict[str, Any]:
    return {"crossing_uuid": crossing.uuid, "revision": crossing.revision, "action": action,
            "changed_by": by, "changed_at": at, "changed_fields": ",".join(changed),
            "snapshot": canonical_json(crossing_data(crossing, checks))}


@dataclass(frozen=True)
class HouseholdEntry:
    """People crossing together at one moment (a household of one is a person alone).

    ``uuids`` and ``household_uuid`` may be fixed by the caller so that an import run twice
    finds its records already there instead of recording them again.
    """

    people: Sequence[PersonEntry]
    crossed_at: datetime | None = None
    household_uuid: str | None = None
    uuids: Sequence[str] | None = None


@dataclass
class _NewRows:
    """Rows of one recording transaction, inserted together (executemany, no ORM objects)."""

    crossings: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    revisions: list[dict[str, Any]] = field(default_factory=list)
    late: list[dict[str, Any]] = field(default_factory=list)

    def insert(self, session: Session) -> None:
        for model, rows in ((Crossing, self.crossings), (DocumentCheck, self.checks),
                            (CrossingRevision, self.revisions), (LateAmendment, self.late)):
            if rows:
                session.execute(insert(model), rows)


def _add_household(ledger: Ledger, entry: HouseholdEntry, rows: _NewRows, counts: CountChanges,
                   context: tuple[_Policies, set[date]], household_days: dict[str, date],
                   now: datetime) -> tuple[list[str], bool]:
    if not entry.people:
        raise ValidationError("nothing to record", code="empty", field=None)
    policies, closed = context
    # Stored, hashed and sent in UTC whatever zone the caller used.
    at = (entry.crossed_at or now).astimezone(UTC)
    day = ledger.local_day(at)
    uuids = list(entry.uuids) if entry.uuids else [str(uuidlib.uuid4()) for _ in entry.people]
    by = ledger.actor.username
    people = []
    for index, (crossing_uuid, raw) in enumerate(zip(uuids, entry.people, strict=True)):
        try:
            person = normalise_person(raw, day)
            people.append((crossing_uuid, person, _check_rows(policies, crossing_uuid,
                                                              person.documents, day, by)))
        except ValidationError as error:
            error.params["person"] = index
            raise
    household = entry.household_uuid or str(uuidlib.uuid4())
    household_days.setdefault(household, day)
    late = day in closed
    for crossing_uuid, person, checks in people:
        crossing = {"uuid": crossing_uuid, "checkpoint": ledger.settings.checkpoint,
                    "direction": "departure", "crossed_at": at, "local_day": day,
                    "recorded_by": by, "recorded_at": now, "household_uuid": household,
                    "voided": False, "void_reason": "", "late": late, "revision": 1,
                    "synced_revision": 0, "updated_at": now, **_person_columns(person)}
        view, check_views = SimpleNamespace(**crossing), [SimpleNamespace(**c) for c in checks]
        rows.crossings.append(crossing)
        rows.checks += checks
        rows.revisions.append(_revision_row(view, check_views, "create", (), by, now))
        counts.add(day, crossing_keys(view, check_views), +1)
        counts.member(household, +1)
        if late:
            rows.late.append({"crossing_uuid": crossing_uuid, "day": day, "action": "create",
                              "changed_by": by, "changed_at": now})
    return uuids, late


def record_households(ledger: Ledger, households: Sequence[HouseholdEntry], *,
                      audit_details: Mapping[str, Any] | None = None) -> list[list[str]]:
    """Record several households in one transaction (all or none); their UUIDs, in order.

    Validation errors carry ``params['person']``, the index of the person at fault, and
    ``params['household']``, the index of the household.
    """
    ledger.actor.require(Action.RECORD)
    now = utc_now()
    recorded: list[list[str]] = []
    any_late = False
    with ledger.writing() as session:
        counts, rows = CountChanges(), _NewRows()
        household_days: dict[str, date] = {}
        context = (_Policies(session), _closed_days(session))
        for index, entry in enumerate(households):
            try:
                uuids, late = _add_household(ledger, entry, rows, counts, context,
                                             household_days, now)
            except ValidationError as error:
                error.params["household"] = index
                raise
            recorded.append(uuids)
            any_late = any_late or late
        rows.insert(session)
        counts.write(session, household_days)
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
                               code="not_own_record")
    if ledger.local_day(crossing.recorded_at) != ledger.today():
        raise PermissionDenied("A clerk may correct their records only on the day they were "
                               "made; ask a shift lead.", code="not_same_day")


def _entry_of(crossing: Crossing, checks: Sequence[DocumentCheck]) -> PersonEntry:
    values = {name: getattr(crossing, name) for name in CORRECTABLE_FIELDS if name not in
              ("documents", "vulnerabilities")}
    documents = tuple(DocumentEntry(c.document_type, c.number, c.issuing_country, c.expiry,
                                    c.result, c.method, c.custody) for c in checks)
    flags = tuple(flag for flag in crossing.vulnerabilities.split(",") if flag)
    return PersonEntry(**values, vulnerabilities=flags, documents=documents)


def _mark_late(session: Session, crossing: Crossing, days: set[date], action: str, by: str,
               at: datetime) -> bool:
    closed = _closed_days(session, days)
    if closed:
        crossing.late = True
        session.add(LateAmendment(crossing_uuid=crossing.uuid, day=min(closed), action=action,
                                  changed_by=by, changed_at=at))
    return bool(closed)


def correct_crossing(ledger: Ledger, crossing_uuid: str, changes: Mapping[str, Any], *,
                     crossed_at: datetime | None = None) -> int:
    """Change what was recorded; returns the new revision.

    ``changes`` maps ``PersonEntry`` field names to new values (``documents`` replaces the
    document checks). A clerk may correct only their own records, on the day they made them; a
    shift lead any record. Voided records cannot be corrected.
    """
    unknown = set(changes) - set(CORRECTABLE_FIELDS)
    if unknown:
        raise ValidationError(f"cannot correct {', '.join(sorted(unknown))}",
                              code="not_correctable", field=sorted(unknown)[0])
    by, now = ledger.actor.username, utc_now()
    with ledger.writing() as session:
        crossing, checks = _load(session, crossing_uuid)
        _may_correct(ledger, crossing)
        if crossing.voided:
            raise ValidationError("a voided record cannot be corrected", code="voided")
        old_day, old_keys = crossing.local_day, crossing_keys(crossing, checks)
        new_at = (crossed_at or crossing.crossed_at).astimezone(UTC)
        new_day = ledger.local_day(new_at)
        person = normalise_person(replace(_entry_of(crossing, checks), **changes), new_day)
        before = crossing_data(crossing, checks)
        for name, value in _person_columns(person).items():
            setattr(crossing, name, value)
        crossing.crossed_at, crossing.local_day = new_at, new_day
        if "documents" in changes:
            for check in checks:
                session.delete(check)
            session.flush()
            checks = [DocumentCheck(**row) for row in _check_rows(
                _Policies(session), crossing.uuid, person.documents, new_day, by)]
            session.add_all(checks)
        changed = sorted(k for k, v in crossing_data(crossing, checks).items()
                         if before[k] != v)
        if not changed:
            return crossing.revision
        late = _mark_late(session, crossing, {old_day, new_day}, "correct", by, now)
        crossing.revision += 1
        crossing.updated_at = now
        counts = CountChanges()
        counts.add(old_day, old_keys, -1)
        counts.add(new_day, crossing_keys(crossing, checks), +1)
        session.flush()
        counts.write(session, {})
        session.add(CrossingRevision(**_revision_row(crossing, checks, "correct", changed, by,
                                                     now)))
        audit.append(session, by, "correct", crossing.uuid,
                     {"fields": changed, "revision": crossing.revision, "late": late})
        return crossing.revision


def void_crossing(ledger: Ledger, crossing_uuid: str, reason: str) -> int:
    """Void a mistaken record with a reason (shift lead); returns the new revision."""
    ledger.actor.require(Action.VOID)
    reason = clean_text(reason, "void_reason", limit=500)
    if not reason:
        raise ValidationError("a reason is required to void a record", code="required",
                              field="void_reason")
    by, now = ledger.actor.username, utc_now()
    with ledger.writing() as session:
        crossing, checks = _load(session, crossing_uuid)
        if crossing.voided:
            raise ValidationError("this record is already void", code="already_voided")
        counts = CountChanges()
        counts.add(crossing.local_day, crossing_keys(crossing, checks), -1)
        counts.member(crossing.household_uuid, -1)
        crossing.voided, crossing.void_reason = True, reason
        late = _mark_late(session, crossing, {crossing.local_day}, "void", by, now)
        crossing.revision += 1
        crossing.updated_at = now
        session.flush()
        counts.write(session, {})
        session.add(CrossingRevision(**_revision_row(crossing, checks, "void",
                                                     ("voided", "void_reason"), by, now)))
        # The reason is free text about a person: it stays on the record, not in the audit.
        audit.append(session, by, "void", crossing.uuid,
                     {"revision": crossing.revision, "late": late})
        return crossing.revision


def earlier_departures(ledger: Ledger, documents: Sequence[DocumentEntry], *,
                       exclude: Sequence[str] = ()) -> list[EarlierDeparture]:
    """Crossings (not voided) already recorded departing here with any of these documents.

    A warning for the caller to show and decide on; recording is never refused for it.
    """
    keys = {(normalise_document(d, date.max).document_type, document_number_key(d.number))
            for d in documents if d.number and d.number.strip()}
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


def get_crossing(ledger: Ledger, crossing_uuid: str) -> CrossingDetail:
    """One crossing with its document checks and the history of its revisions."""
    with ledger.reading() as session:
        crossing, checks = _load(session, crossing_uuid)
        history = list(session.execute(select(CrossingRevision).where(
            col(CrossingRevision.crossing_uuid) == crossing_uuid)
            .order_by(col(CrossingRevision.revision))).scalars())
        session.expunge_all()
    return CrossingDetail(crossing, checks, history)


def existing_uuids(session: Session, uuids: Sequence[str]) -> set[str]:
    """Which of these crossing UUIDs are already recorded (for idempotent imports)."""
    found = select(col(Crossing.uuid)).where(col(Crossing.uuid).in_(uuids))
    return set(session.execute(found).scalars())

