"""Applying a device's batch (DESIGN §5) inside the caller's one transaction.

Each record is judged on its own: validated, its hash checked, compared with what HQ holds
(``accepted``, ``duplicate``, ``stale`` or ``rejected``). HQ keeps every revision it accepts; the
highest is current and feeds the tally. The records to store are written together inside one
savepoint; should the database refuse any of them, that savepoint is rolled back and the batch is
applied again one record per savepoint, so one bad record spoils nothing else while the common
case costs a handful of statements per batch instead of per record. Then the audit entries are
taken, the close-outs on the days the batch touched are reconciled, and the answer is stored with
the batch, so the same ``batch_id`` sent again gets the same answer and changes nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import bindparam, delete, func, insert, null, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlmodel import Session, col

from contract.canonical import canonical_json, data_hash, sha256_hex
from contract.errors import ErrorCode
from contract.wire import (
    COLUMN_INT_MAX,
    DATA_MODELS,
    BatchIn,
    BatchResult,
    CloseoutData,
    ComplaintData,
    CrossingData,
    RecordIn,
    RecordResult,
)
from sync.server import daytally, departures
from sync.server.auditchain import take_audit
from sync.server.errors import Forbidden, Unauthorized
from sync.server.models import (
    Batch,
    Change,
    Closeout,
    Complaint,
    Counter,
    Crossing,
    CrossingCount,
    Device,
    HQTable,
    RecordRevision,
    table,
)
from sync.server.tally import counted_keys

log = logging.getLogger(__name__)

CHANGE_COUNTER = "change"
_CURRENT: dict[str, type[HQTable]] = {"crossing": Crossing, "complaint": Complaint,
                                       "closeout": Closeout}


def utc_now() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)


def token_hash(token: str) -> str:
    """What HQ keeps of a device token (and of an enrollment code): its SHA-256."""
    return sha256_hex(token)


def next_change_seq(session: Session) -> int:
    """The next number of the change log. The counter row stays locked until commit, so
    changes become visible in the order of their numbers (a cursor never skips one)."""
    statement = (update(Counter).where(col(Counter.name) == CHANGE_COUNTER)
                 .values(value=col(Counter.value) + 1).returning(col(Counter.value))
                 .execution_options(synchronize_session=False))
    return int(session.execute(statement).scalar_one())


@dataclass
class _Current:
    """The current revision HQ holds of one record, the device that owns it (the one that
    created it) and the day it counts on."""

    revision: int
    checkpoint: str
    owner: str
    day: date | None = None


@dataclass
class _Held:
    """What HQ holds of the records a batch names: read once, kept up to date as it applies."""

    hashes: dict[tuple[str, str, int], str] = field(default_factory=dict)
    current: dict[tuple[str, str], _Current] = field(default_factory=dict)


@dataclass
class _Store:
    """A revision to keep; ``newer`` when it becomes current (``before`` is what was)."""

    record: RecordIn
    parsed: BaseModel
    checkpoint: str
    owner: str
    newer: bool
    before: _Current | None

    @property
    def key(self) -> tuple[str, str]:
        return self.record.kind, self.record.uuid

    @property
    def day(self) -> date | None:
        if isinstance(self.parsed, CrossingData):
            return self.parsed.local_day
        return self.parsed.day if isinstance(self.parsed, CloseoutData) else None

    def result(self) -> RecordResult:
        return RecordResult(kind=self.record.kind, uuid=self.record.uuid,
                            revision=self.record.revision,
                            status="accepted" if self.newer else "stale")


def apply_batch(session: Session, token: str, batch: BatchIn,
                now: datetime | None = None) -> str:
    """Apply ``batch`` sent with ``token``; returns the ``BatchResult`` JSON HQ answers with.

    The device row is locked first, so one device's batches apply one at a time. The caller
    commits; only then may the answer be sent.
    """
    now = now or utc_now()
    device = session.execute(select(Device).where(col(Device.token_hash) == token_hash(token))
                             .with_for_update()).scalar_one_or_none()
    if device is None or device.revoked_at is not None:
        raise Unauthorized("This device is not enrolled with HQ or was revoked; ask HQ's IT.",
                           code=ErrorCode.UNKNOWN_DEVICE)
    if batch.device_id != device.device_id:
        raise Forbidden(f"The batch names device {batch.device_id}, but the token is "
                        f"{device.device_id}'s.", code=ErrorCode.DEVICE_MISMATCH)
    if batch.checkpoint != device.checkpoint:
        raise Forbidden(f"This device is enrolled for {device.checkpoint}, not "
                        f"{batch.checkpoint}.", code=ErrorCode.CHECKPOINT_MISMATCH)
    held_batch = session.get(Batch, (device.device_id, batch.batch_id))
    if held_batch is not None:
        return held_batch.response

    results, stored, marks = _apply_records(session, device, batch, now)
    take_audit(session, device, batch.audit, now, head=batch.audit_head,
               anchors=batch.audit_anchors)
    _reconcile(session, device.checkpoint, stored, now)
    # Last, so the reference counter's row lock (held to commit) orders batches only briefly.
    departures.log_mark_changes(session, marks, now)

    device.records_held += len(stored)
    device.batches_received += 1
    device.last_batch_at = device.last_contact_at = now
    device.last_batch_id = batch.batch_id
    response = BatchResult(batch_id=batch.batch_id, results=results,
                           audit_held_through=device.audit_held_through,
                           audit_held_hash=device.audit_last_hash if device.audit_held_through
                           else None).model_dump_json()
    session.add(Batch(device_id=device.device_id, batch_id=batch.batch_id, received_at=now,
                      records=len(batch.records), response=response))
    session.flush()
    return response


# -- judging records ---------------------------------------------------------------------------

def _apply_records(session: Session, device: Device, batch: BatchIn, now: datetime
                   ) -> tuple[list[RecordResult], list[_Store], list[departures.MarkChange]]:
    """Every record's result, the revisions stored (all together, or one by one) and the
    departure marks they made appear or go."""
    held = _load_held(session, batch.records)
    judged = [_judge(record, batch, held) for record in batch.records]
    stores = [item for item in judged if isinstance(item, _Store)]
    try:
        with session.begin_nested():
            marks = _write(session, device, batch, stores, now)
    except (IntegrityError, DataError) as error:
        log.warning("batch %s: the database refused a record (%s); applying it record by "
                    "record", batch.batch_id, error.orig)
    else:
        return [item if isinstance(item, RecordResult) else item.result()
                for item in judged], stores, marks

    held, results, stored, marks = _load_held(session, batch.records), [], [], []
    for record in batch.records:
        item = _judge(record, batch, held, remember=False)
        if isinstance(item, _Store):
            try:
                with session.begin_nested():  # one savepoint per record
                    written = _write(session, device, batch, [item], now)
            except (IntegrityError, DataError) as error:
                log.warning("record %s %s rev %s not stored: %s", record.kind, record.uuid,
                            record.revision, error.orig)
                item = _rejected(record, ErrorCode.NOT_STORED, None,
                                 "HQ could not store this record")
            else:
                _remember(held, item)
                stored.append(item)
                marks.extend(written)
                item = item.result()
        results.append(item)
    return results, stored, marks


def _load_held(session: Session, records: Sequence[RecordIn]) -> _Held:
    """Every revision hash and current row HQ holds for the records named, in a few queries."""
    held = _Held()
    uuids: dict[str, set[str]] = {}
    for record in records:
        uuids.setdefault(record.kind, set()).add(record.uuid)
    revisions = table(RecordRevision)
    for kind, named in uuids.items():
        current = table(_CURRENT[kind])
        day = current.c.local_day if kind == "crossing" else (
            current.c.day if kind == "closeout" else null())
        for chunk in _chunks(sorted(named)):
            held.hashes.update(((kind, uuid, revision), digest) for uuid, revision, digest in (
                session.execute(select(revisions.c.uuid, revisions.c.revision, revisions.c.hash)
                                .where(revisions.c.kind == kind, revisions.c.uuid.in_(chunk)))))
            held.current.update(
                ((kind, uuid), _Current(revision, checkpoint, owner, on))
                for uuid, revision, checkpoint, owner, on in session.execute(
                    select(current.c.uuid, current.c.revision, current.c.checkpoint,
                           current.c.owner_device_id, day)
                    .where(current.c.uuid.in_(chunk))))
    return held


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _rejected(record: RecordIn, code: ErrorCode, field: str | None, reason: str) -> RecordResult:
    return RecordResult(kind=record.kind, uuid=record.uuid, revision=record.revision,
                        status="rejected", code=code, field=field, reason=reason)


def _judge(record: RecordIn, batch: BatchIn, held: _Held,
           remember: bool = True) -> RecordResult | _Store:
    """What becomes of one record given what HQ holds: a final answer, or a revision to store
    (``remember``: count it as held from now on, for the records after it in the batch)."""
    try:
        parsed = DATA_MODELS[record.kind].model_validate(record.data)
    except ValidationError as error:
        first = error.errors()[0]
        # A code missing from its list keeps the list's own code (``unknown_return_type``...).
        code = (ErrorCode(first["type"]) if first["type"].startswith("unknown_")
                else ErrorCode.INVALID)
        return _rejected(record, code, ".".join(str(part) for part in first["loc"]),
                         first["msg"])
    problem = _mismatch(record, parsed, batch)
    if problem is not None:
        return _rejected(record, *problem)
    current = held.current.get((record.kind, record.uuid))
    if current is not None and current.checkpoint != batch.checkpoint:
        return _rejected(record, ErrorCode.OTHER_CHECKPOINT, "uuid",
                         f"HQ holds this {record.kind} for {current.checkpoint}")
    # One writer per record: before any answer that would mark it synced on the sender
    # (even ``duplicate``), so a copy of a colleague's record is never acknowledged.
    if current is not None and current.owner != batch.device_id:
        return _rejected(record, ErrorCode.NOT_RECORD_OWNER, "uuid",
                         f"another device created this {record.kind}; only it can change it")
    known = held.hashes.get((record.kind, record.uuid, record.revision))
    if known == record.hash:
        return RecordResult(kind=record.kind, uuid=record.uuid, revision=record.revision,
                            status="duplicate")
    if known is not None:
        return _rejected(record, ErrorCode.CONFLICT, "hash",
                         f"HQ already holds revision {record.revision} of this {record.kind} "
                         "with different contents; a change needs a new revision")
    store = _Store(record, parsed, batch.checkpoint, batch.device_id,
                   current is None or record.revision > current.revision, current)
    if remember:
        _remember(held, store)
    return store


def _remember(held: _Held, store: _Store) -> None:
    record = store.record
    held.hashes[(record.kind, record.uuid, record.revision)] = record.hash
    if store.newer:
        held.current[store.key] = _Current(record.revision, store.checkpoint, store.owner,
                                           store.day)


def _mismatch(record: RecordIn, parsed: BaseModel,
              batch: BatchIn) -> tuple[ErrorCode, str, str] | None:
    """Why a well-formed record still cannot be taken: (code, field, reason), or None."""
    if data_hash(record.data) != record.hash:
        return ErrorCode.HASH_MISMATCH, "hash", "the hash is not the SHA-256 of this data"
    if getattr(parsed, "uuid", None) != record.uuid:
        return ErrorCode.UUID_MISMATCH, "uuid", "the data's uuid is not the record's"
    if getattr(parsed, "checkpoint", None) != batch.checkpoint:
        return (ErrorCode.CHECKPOINT_MISMATCH, "checkpoint",
                f"the record is not {batch.checkpoint}'s")
    if isinstance(parsed, CloseoutData) and _frozen_total(parsed) is None:
        return (ErrorCode.INVALID, "tally_json",
                "the frozen tally is not a tally object with a total")
    where = _nul_field(record.data)
    if where is not None:  # PostgreSQL cannot store it; refuse it alike on SQLite
        return ErrorCode.INVALID, where, "text may not contain NUL characters"
    return None


def _nul_field(value: Any, path: str = "") -> str | None:
    """The path of the first text holding a NUL character, if any."""
    if isinstance(value, str):
        return path if "\x00" in value else None
    children = (value.items() if isinstance(value, dict)
                else enumerate(value) if isinstance(value, list) else ())
    for key, child in children:
        found = _nul_field(child, f"{path}.{key}" if path else str(key))
        if found is not None:
            return found
    return None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _frozen_total(closeout: CloseoutData) -> int | None:
    try:
        tally = json.loads(closeout.tally_json)
    except (ValueError, RecursionError):
        return None
    total = tally.get("total") if isinstance(tally, dict) else None
    if not isinstance(total, int) or isinstance(total, bool):
        return None
    return total if 0 <= total <= COLUMN_INT_MAX else None  # it is stored in an INTEGER


# -- storing records ---------------------------------------------------------------------------

def _write(session: Session, device: Device, batch: BatchIn, stores: Sequence[_Store],
           now: datetime) -> list[departures.MarkChange]:
    """Keep these revisions and make the newest of each record current, set-wise; returns the
    departure marks that appeared or went."""
    marks: list[departures.MarkChange] = []
    if not stores:
        return marks
    session.execute(insert(table(RecordRevision)), [{
        "kind": s.record.kind, "uuid": s.record.uuid, "revision": s.record.revision,
        "hash": s.record.hash, "data": canonical_json(s.record.data),
        "device_id": device.device_id, "checkpoint": batch.checkpoint,
        "batch_id": batch.batch_id, "updated_at": _aware(s.record.updated_at),
        "received_at": now} for s in stores])
    latest: dict[tuple[str, str], _Store] = {}
    existed: dict[tuple[str, str], bool] = {}
    for store in stores:
        if store.newer:
            existed.setdefault(store.key, store.before is not None)
            latest[store.key] = store
    for kind, model in _CURRENT.items():
        chosen = [(store, existed[key]) for key, store in latest.items() if key[0] == kind]
        if not chosen:
            continue
        rows = table(model)
        changed = [{"_uuid": store.record.uuid, **_current_values(store.parsed,
                                                                  store.record.revision)}
                   for store, exists in chosen if exists]
        added = [{"uuid": store.record.uuid, **_current_values(store.parsed,
                                                               store.record.revision),
                  **_first_values(kind, now), "owner_device_id": store.owner}
                 for store, exists in chosen if not exists]
        replaced = [row["_uuid"] for row in changed]
        # A correction may move a crossing to another household: the one it leaves is counted
        # again too.
        left = daytally.households_of(session, replaced) if kind == "crossing" else set()
        if changed:
            session.execute(update(rows).where(rows.c.uuid == bindparam("_uuid")), changed)
        if added:
            session.execute(insert(rows), added)
        if kind == "crossing":
            crossings = [store.parsed for store, _ in chosen
                         if isinstance(store.parsed, CrossingData)]
            _write_counts(session, crossings, replaced)
            marks = departures.crossings_changed(session, replaced, crossings)
            daytally.refresh_households(session, left | {data.household_uuid
                                                         for data in crossings})
    return marks


def _current_values(parsed: BaseModel, revision: int) -> dict[str, Any]:
    """The current table's columns for this revision (``status`` is HQ's, never the device's)."""
    if isinstance(parsed, CrossingData):
        return {"revision": revision, "checkpoint": parsed.checkpoint,
                "local_day": parsed.local_day, "household_uuid": parsed.household_uuid,
                "voided": parsed.voided, "late": parsed.late}
    if isinstance(parsed, ComplaintData):
        return {"revision": revision, "checkpoint": parsed.checkpoint,
                "category": parsed.category, "description": parsed.description,
                "crossing_uuid": parsed.crossing_uuid, "contact": parsed.contact,
                "urgency": parsed.urgency, "taken_by": parsed.taken_by,
                "taken_at": _aware(parsed.taken_at)}
    assert isinstance(parsed, CloseoutData)
    # The device hashes the frozen tally the same way (``checkpoint.closeout``).
    matches = sha256_hex(parsed.tally_json) == parsed.tally_hash
    return {"revision": revision, "checkpoint": parsed.checkpoint, "day": parsed.day,
            "frozen_total": _frozen_total(parsed) or 0, "tally_hash": parsed.tally_hash,
            "tally_hash_matches": matches, "closed_by": parsed.closed_by,
            "signed_name": parsed.signed_name, "closed_at": _aware(parsed.closed_at)}


def _first_values(kind: str, now: datetime) -> dict[str, Any]:
    """Columns HQ fills in once, when it first holds a record."""
    if kind == "complaint":
        return {"received_at": now, "status": "received", "status_updated_at": None}
    if kind == "closeout":
        return {"held": 0, "missing": 0, "reconciled": False}
    return {}


def _write_counts(session: Session, crossings: Sequence[Any], replaced: list[str]) -> None:
    """The tally keys of these crossings' current revisions (a voided one has none), and their
    days' sums moved by what changed."""
    counts = table(CrossingCount)
    change = daytally.taken_back(session, replaced)
    for chunk in _chunks(replaced):
        session.execute(delete(counts).where(counts.c.crossing_uuid.in_(chunk)))
    rows = [{"crossing_uuid": data.uuid, "dimension": dimension, "value": value,
             "checkpoint": data.checkpoint, "local_day": data.local_day, "n": n}
            for data in crossings for (dimension, value), n in counted_keys(data).items()]
    if rows:
        session.execute(insert(counts), rows)
    for row in rows:
        change[(row["local_day"], row["checkpoint"], row["dimension"], row["value"])] += row["n"]
    daytally.add_to_days(session, change)


# -- close-out reconciliation ------------------------------------------------------------------

def held_on(session: Session, checkpoint: str, day: date) -> int:
    """HQ's count of current, not voided crossings of ``checkpoint`` on ``day``."""
    return int(session.execute(
        select(func.count()).select_from(Crossing).where(
            col(Crossing.checkpoint) == checkpoint, col(Crossing.local_day) == day,
            col(Crossing.voided).is_(False))).scalar_one())


def _reconcile(session: Session, checkpoint: str, stored: Sequence[_Store],
               now: datetime) -> None:
    """Compare each close-out on a day the batch touched with what HQ holds; every close-out
    whose answer changed (or that is new) goes into the change log for ``updates``."""
    days: set[date] = set()
    renewed: set[str] = set()
    for store in stored:
        if store.newer:
            days.update(day for day in (store.day, store.before and store.before.day) if day)
            if isinstance(store.parsed, CloseoutData):
                renewed.add(store.parsed.uuid)
    if not days:
        return
    session.flush()
    closeouts = session.execute(select(Closeout).where(
        col(Closeout.checkpoint) == checkpoint, col(Closeout.day).in_(days))
        .order_by(col(Closeout.day), col(Closeout.uuid))).scalars().all()
    for closeout in closeouts:
        held = held_on(session, checkpoint, closeout.day)
        missing = max(0, closeout.frozen_total - held)
        changed = (closeout.uuid in renewed or missing != closeout.missing
                   or closeout.reconciled != (missing == 0))
        closeout.held, closeout.missing, closeout.reconciled = held, missing, missing == 0
        if changed:
            session.add(Change(seq=next_change_seq(session), checkpoint=checkpoint,
                               kind="closeout", record_uuid=closeout.uuid, changed_at=now))
