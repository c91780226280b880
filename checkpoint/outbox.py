"""The device's side of sync, without the network: what is pending, and what HQ's answers do.

Pending is never a separate queue: an aggregate is pending exactly while ``revision >
synced_revision`` (DESIGN §4), so nothing can drift. ``next_batch`` reads pending aggregates
and unsent audit entries within the batch bounds; ``apply_results`` applies HQ's per-record
answers in one transaction: accepted/duplicate/stale raise ``synced_revision`` to the revision
sent (never lower, so a record corrected while its batch was in flight stays pending);
rejected is kept with HQ's reason and not sent again until the record changes.

What goes out and what comes back are the contract's wire types (``contract.wire``), built and
read here, so nothing is copied field by field on the way. The HTTP side is ``sync.client``;
the core imports no HTTP library.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlmodel import Session, col

from checkpoint import audit
from checkpoint.audit_anchor import chain_head, hash_at, stored_anchors
from checkpoint.crossing import CrossingRecord
from checkpoint.errors import CheckpointError, ValidationError
from checkpoint.ledger import Ledger, utc_now
from checkpoint.models import (
    AuditEntry,
    Complaint,
    Crossing,
    DayCloseout,
    DocumentCheck,
    SyncRejection,
)
from checkpoint.permissions import Action
from checkpoint.reference import apply_reference
from checkpoint.settings import SettingKey, sign_security_settings, write_values
from contract.canonical import canonical_json, sha256_hex
from contract.errors import ErrorCode
from contract.wire import (
    AuditAnchor,
    AuditHead,
    AuditIn,
    RecordIn,
    RecordKind,
    RecordResult,
    Updates,
)

KINDS: dict[RecordKind, Any] = {"crossing": Crossing, "complaint": Complaint,
                                "closeout": DayCloseout}
ACKNOWLEDGED = ("accepted", "duplicate", "stale")
AUDIT_PER_BATCH = 500
_COMPLAINT_FIELDS = ("uuid", "checkpoint", "category", "description", "crossing_uuid", "contact",
                     "urgency", "taken_by", "taken_at")
_CLOSEOUT_FIELDS = ("uuid", "checkpoint", "day", "tally_json", "tally_hash", "closed_by",
                    "signed_name", "closed_at")


class NotEnrolled(CheckpointError):
    """The device has no HQ address or token yet."""

    code = ErrorCode.NOT_ENROLLED


@dataclass(frozen=True)
class Batch:
    """Records and audit entries to send together, with the chain's end and its anchors
    (sent only along with something to send)."""

    records: list[RecordIn]
    audit: list[AuditIn]
    head: AuditHead | None = None
    anchors: list[AuditAnchor] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.records or self.audit)


@dataclass(frozen=True)
class Rejection:
    """A record HQ refused, with its reason, waiting for a correction."""

    kind: str
    uuid: str
    revision: int
    code: str
    field: str | None
    reason: str
    at: datetime


# -- what goes out --------------------------------------------------------------------------

def _outgoing(kind: RecordKind, row: Any, raw: dict[str, Any]) -> tuple[RecordIn, int]:
    """The record as it travels, and the size of its data in bytes (the batch's bound)."""
    # JSON round trip so the hash covers exactly the bytes HQ will re-canonicalise.
    text = canonical_json(raw)
    record = RecordIn(kind=kind, uuid=row.uuid, revision=row.revision, hash=sha256_hex(text),
                      updated_at=row.updated_at, data=json.loads(text))
    return record, len(text.encode("utf-8"))


def _pending(kind: RecordKind) -> Any:
    model = KINDS[kind]
    # Rejected at its current revision: not sent again until corrected (a new revision).
    rejected_here = exists().where(col(SyncRejection.kind) == kind,
                                   col(SyncRejection.uuid) == model.uuid,
                                   col(SyncRejection.revision) == model.revision)
    return (select(model).where(model.revision > model.synced_revision, ~rejected_here)
            .order_by(model.updated_at))


def next_batch(ledger: Ledger, *, max_records: int, max_bytes: int) -> Batch:
    """Pending aggregates (crossings, then complaints, then close-outs) within the bounds,
    and audit entries not yet held by HQ."""
    records: list[RecordIn] = []
    used = 0
    anchors = _anchors(ledger)  # before the snapshot, so none names an entry beyond its head
    with ledger.reading() as session:
        for kind in KINDS:
            room = max_records - len(records)
            if room <= 0 or used >= max_bytes:
                break
            rows = session.execute(_pending(kind).limit(room)).scalars().all()
            checks = _checks_of(session, [r.uuid for r in rows]) if kind == "crossing" else {}
            for row in rows:
                item, size = _outgoing(kind, row, _data(kind, row, checks.get(row.uuid, [])))
                if records and used + size > max_bytes:
                    break
                records.append(item)
                used += size
        entries = session.execute(
            select(AuditEntry).where(col(AuditEntry.synced).is_(False))
            .order_by(col(AuditEntry.seq)).limit(AUDIT_PER_BATCH)).scalars().all()
        sent = [AuditIn(seq=e.seq, at=e.at, actor=e.actor, action=e.action, target=e.target,
                        details=e.details, prev_hash=e.prev_hash, hash=e.hash) for e in entries]
        seq, hashed = chain_head(session)
    return Batch(records, sent, AuditHead(seq=seq, hash=hashed), anchors)


def _anchors(ledger: Ledger) -> list[AuditAnchor]:
    """The key file's anchors as they travel; none when the key file cannot be read (the
    records still go; ``verify-audit`` says what is wrong with the file)."""
    try:
        stored = stored_anchors(ledger.keyfile)
    except CheckpointError:
        return []
    anchors = []
    for anchor in stored:
        try:
            anchors.append(AuditAnchor(user=anchor.user, seq=anchor.seq, hash=anchor.hash,
                                       at=anchor.at, signature=anchor.signature))
        except PydanticValidationError:  # an edited key file: never a reason to stop syncing
            continue
    return anchors


def _checks_of(session: Session, uuids: Sequence[str]) -> dict[str, list[DocumentCheck]]:
    found: dict[str, list[DocumentCheck]] = {}
    if uuids:
        for check in session.execute(select(DocumentCheck).where(
                col(DocumentCheck.crossing_uuid).in_(uuids))).scalars():
            found.setdefault(check.crossing_uuid, []).append(check)
    return found


def _data(kind: str, row: Any, checks: Sequence[DocumentCheck]) -> dict[str, Any]:
    if kind == "crossing":
        return CrossingRecord.of(row, checks).data()
    names = _COMPLAINT_FIELDS if kind == "complaint" else _CLOSEOUT_FIELDS
    return {name: getattr(row, name) for name in names}


def pending_counts(ledger: Ledger) -> dict[str, int]:
    """How many aggregates of each kind wait to be sent (rejected ones not counted)."""
    counts: dict[str, int] = {}
    with ledger.reading() as session:
        for kind in KINDS:
            pending = _pending(kind).order_by(None).subquery()
            counts[kind] = session.execute(select(func.count()).select_from(pending)).scalar_one()
    return counts


def rejections(ledger: Ledger) -> list[Rejection]:
    """Records HQ refused at their current revision, newest first."""
    with ledger.reading() as session:
        rows = session.execute(select(SyncRejection).order_by(col(SyncRejection.at).desc()))
        return [Rejection(r.kind, r.uuid, r.revision, r.code, r.field, r.reason, r.at)
                for r in rows.scalars()]


# -- what comes back ------------------------------------------------------------------------

def apply_results(ledger: Ledger, answers: Sequence[RecordResult], *,
                  audit_held_through: int, audit_held_hash: str | None = None) -> Counter[str]:
    """Apply HQ's answers to one batch in one transaction; returns counts by status.

    HQ's acknowledged audit entry (``audit_held_hash``, from HQs that send it) is kept as it
    was said, for the audit check (``audit_anchor.check_hq_head``); entries are marked synced
    only up to an entry HQ holds with this device's hash."""
    counts: Counter[str] = Counter(answer.status for answer in answers
                                   if answer.kind in KINDS)
    acknowledged: dict[tuple[RecordKind, int], list[str]] = {}
    for answer in answers:
        if answer.kind in KINDS and answer.status in ACKNOWLEDGED:
            acknowledged.setdefault((answer.kind, answer.revision), []).append(answer.uuid)
    now = utc_now()
    with ledger.writing() as session:
        # One statement per kind and revision (a batch is nearly all revision 1), not per row.
        for (kind, revision), uuids in acknowledged.items():
            model = KINDS[kind]
            session.execute(update(model).where(col(model.uuid).in_(uuids)).values(
                synced_revision=func.max(model.synced_revision, revision)))
            session.execute(delete(SyncRejection).where(
                col(SyncRejection.kind) == kind, col(SyncRejection.uuid).in_(uuids),
                col(SyncRejection.revision) <= revision))
        for answer in answers:
            if answer.kind in KINDS and answer.status == "rejected":
                statement = insert(SyncRejection).values(
                    kind=answer.kind, uuid=answer.uuid, revision=answer.revision,
                    code=answer.code or ErrorCode.REJECTED, field=answer.field,
                    reason=answer.reason or "", at=now)
                session.execute(statement.on_conflict_do_update(
                    index_elements=["kind", "uuid"],
                    set_={"revision": statement.excluded.revision,
                          "code": statement.excluded.code, "field": statement.excluded.field,
                          "reason": statement.excluded.reason, "at": statement.excluded.at}))
        if audit_held_through and audit_held_hash is not None:
            write_values(session, {SettingKey.HQ_AUDIT_HEAD:
                                   f"{audit_held_through}:{audit_held_hash}"})
        if audit_held_through and audit_held_hash in (None, hash_at(session, audit_held_through)):
            session.execute(update(AuditEntry).where(
                col(AuditEntry.seq) <= audit_held_through).values(synced=True))
    return counts


def audit_unsent(ledger: Ledger, through: int) -> bool:
    """Whether any audit entry up to ``through`` is still not acknowledged by HQ."""
    with ledger.reading() as session:
        return session.execute(select(exists().where(
            col(AuditEntry.synced).is_(False), col(AuditEntry.seq) <= through))).scalar_one()


def note_round(ledger: Ledger, counts: Counter[str]) -> None:
    """Audit a sync round that moved records (one entry per round, not per batch).

    The entry itself travels in the next round; a round carrying nothing but audit entries
    adds none, so this settles.
    """
    if counts["accepted"] or counts["rejected"]:
        with ledger.writing() as session:
            audit.append(session, ledger.actor.username, "sync",
                         details={status: n for status, n in counts.items() if n})


# -- enrollment and the outcome of each attempt ------------------------------------------------

def device_id(ledger: Ledger) -> str:
    """This device's id for HQ: the database's id, fixed at ``init``."""
    return ledger.settings.database_id


def save_enrollment(ledger: Ledger, *, hq_url: str, hq_id: str, token: str,
                    pin: str | None) -> None:
    """Keep what enrollment gave (IT admin; audited without the token)."""
    ledger.actor.require(Action.ENROLL)
    if not token:
        raise ValidationError("HQ gave no token", code=ErrorCode.REQUIRED, field="token")
    grant_key = ledger.granting()
    with ledger.writing() as session:
        write_values(session, {SettingKey.HQ_URL: hq_url, SettingKey.HQ_ID: hq_id,
                               SettingKey.TOKEN: token, SettingKey.PIN: pin,
                               SettingKey.CURSOR: "", SettingKey.LAST_ERROR: None})
        # The HQ address and pin are security settings: signed with them.
        sign_security_settings(session, grant_key)
        audit.append(session, ledger.actor.username, "enroll",
                     details={"hq": hq_url, "pinned": bool(pin)})


def record_attempt(ledger: Ledger, *, error: str | None) -> None:
    """Note how the last sync attempt ended (success clears the last error)."""
    now = utc_now().isoformat()
    with ledger.writing() as session:
        values: dict[SettingKey, str | int | None] = {SettingKey.LAST_ATTEMPT: now,
                                                      SettingKey.LAST_ERROR: error}
        if error is None:
            values[SettingKey.LAST_SUCCESS] = now
        write_values(session, values)


def _changed(result: Any) -> int:
    return int(result.rowcount or 0)


def apply_updates(ledger: Ledger, updates: Updates) -> int:
    """Apply what HQ sent down (complaint statuses, close-out reconciliation, reference data)
    and only then store its cursor, in one transaction; returns how many changes were applied.
    Anything that fails leaves every list, status and the cursor as they were."""
    applied = 0
    with ledger.writing() as session:
        if updates.reference is not None:
            applied += apply_reference(session, updates.reference)
        for complaint in updates.complaint_statuses:
            # HQ owns status: it changes no revision and sends nothing back up.
            applied += _changed(session.execute(
                update(Complaint).where(col(Complaint.uuid) == complaint.uuid)
                .values(status=complaint.status, status_updated_at=complaint.updated_at)))
        for closed in updates.closeouts:
            applied += _changed(session.execute(
                update(DayCloseout).where(col(DayCloseout.day) == closed.day)
                .values(hq_reconciled=closed.reconciled, hq_missing=closed.missing,
                        hq_tally_hash_matches=closed.tally_hash_matches)))
        write_values(session, {SettingKey.CURSOR: updates.cursor})
    return applied
