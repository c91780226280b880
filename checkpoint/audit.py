"""The audit log: append-only and hash-chained (DESIGN §6).

The chain's rule is the contract's (``contract.auditrule``), so editing, deleting or reordering
any entry breaks the chain at that entry. Entries name record UUIDs, counts and changed field
names, never a recorded person's details.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from checkpoint.models import AuditEntry
from contract.auditrule import GENESIS, entry_hash
from contract.canonical import canonical_json


def append(session: Session, actor: str, action: str, target: str | Iterable[str] = "",
           details: Mapping[str, Any] | None = None, *, at: datetime | None = None) -> AuditEntry:
    """Add one entry at the end of the chain, inside the caller's write transaction."""
    if not isinstance(target, str):
        target = ",".join(target)
    at = at or datetime.now(UTC)
    last = session.execute(
        select(col(AuditEntry.seq), col(AuditEntry.hash))
        .order_by(col(AuditEntry.seq).desc()).limit(1)).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    details_json = canonical_json(dict(details or {}))
    entry = AuditEntry(seq=seq, at=at, actor=actor, action=action, target=target,
                       details=details_json, prev_hash=prev_hash,
                       hash=entry_hash(prev_hash, seq, at, actor, action, target, details_json))
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainBreak:
    """The first audit entry that does not verify, and why."""

    seq: int
    reason: str

    def __str__(self) -> str:
        return f"audit entry {self.seq}: {self.reason}"


def verify(session: Session) -> tuple[int, ChainBreak | None]:
    """Check the whole chain; returns (entries checked, first break or None)."""
    expected_seq, prev_hash, checked = 1, GENESIS, 0
    rows = session.execute(select(AuditEntry).order_by(col(AuditEntry.seq))).scalars()
    for entry in rows:
        if entry.seq != expected_seq:
            return checked, ChainBreak(expected_seq, "missing (entries were deleted)")
        if entry.prev_hash != prev_hash:
            return checked, ChainBreak(entry.seq, "does not follow the entry before it")
        recomputed = entry_hash(prev_hash, entry.seq, entry.at, entry.actor, entry.action,
                                 entry.target, entry.details)
        if recomputed != entry.hash:
            return checked, ChainBreak(entry.seq, "was changed after it was written")
        prev_hash, expected_seq, checked = entry.hash, expected_seq + 1, checked + 1
    return checked, None
