"""HQ's own audit log of staff actions, hash-chained by the device's rule (``contract.auditrule``).

Every staff action that changes something (users, passwords, complaint statuses, enrollment
codes, revocations), every sign-in and failed sign-in, and every complainant's contact revealed
is appended here: who, when, what — ids and codes only, never a recorded person's details.
The counter row ``staff_audit`` is locked until commit, so entries are numbered in commit order
and each links to the one before it (one chain, no forks, on SQLite and PostgreSQL alike).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlmodel import Session, col

from contract.auditrule import GENESIS, entry_hash, utc_text
from contract.canonical import canonical_json
from sync.server.ingest import utc_now
from sync.server.models import Counter, StaffAuditEntry

AUDIT_COUNTER = "staff_audit"


def append(session: Session, actor: str, action: str, target: str = "",
           now: datetime | None = None, **details: Any) -> StaffAuditEntry:
    """Add one entry to the chain, in the caller's transaction (it commits with the action)."""
    seq = int(session.execute(
        update(Counter).where(col(Counter.name) == AUDIT_COUNTER)
        .values(value=col(Counter.value) + 1).returning(col(Counter.value))
        .execution_options(synchronize_session=False)).scalar_one())
    prev_hash = session.execute(select(col(StaffAuditEntry.hash))
                                .where(col(StaffAuditEntry.seq) == seq - 1)
                                ).scalar_one_or_none() or GENESIS
    at = utc_text(now or utc_now())
    text = canonical_json(details)
    entry = StaffAuditEntry(seq=seq, at=at, actor=actor, action=action, target=target,
                            details=text, prev_hash=prev_hash,
                            hash=entry_hash(prev_hash, seq, at, actor, action, target, text))
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainCheck:
    """Whether the chain verifies, and the first entry that does not (None when intact)."""

    intact: bool
    first_bad_seq: int | None


def verify(session: Session) -> ChainCheck:
    """Walk the whole chain: each entry follows the one before and hashes to what it says."""
    prev_hash, expected_seq = GENESIS, 1
    for entry in session.execute(select(StaffAuditEntry)
                                 .order_by(col(StaffAuditEntry.seq))).scalars():
        recomputed = entry_hash(entry.prev_hash, entry.seq, entry.at, entry.actor, entry.action,
                                entry.target, entry.details)
        if entry.seq != expected_seq or entry.prev_hash != prev_hash or entry.hash != recomputed:
            return ChainCheck(False, expected_seq if entry.seq != expected_seq else entry.seq)
        prev_hash, expected_seq = entry.hash, entry.seq + 1
    return ChainCheck(True, None)


def entries(session: Session, after: int = 0, limit: int = 200) -> list[StaffAuditEntry]:
    """Entries after seq ``after``, oldest first."""
    return list(session.execute(select(StaffAuditEntry)
                                .where(col(StaffAuditEntry.seq) > after)
                                .order_by(col(StaffAuditEntry.seq)).limit(limit)).scalars())
