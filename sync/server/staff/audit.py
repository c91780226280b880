"""HQ's own audit log of staff actions, hash-chained by the device's rule (``contract.auditrule``).

Every staff action that changes something (users, passwords, complaint statuses, enrollment
codes, revocations), every sign-in and failed sign-in, and every complainant's contact revealed
is appended here: who, when, what — ids and codes only, never a recorded person's details.
The counter row ``staff_audit`` is locked until commit, so entries are numbered in commit order
and each links to the one before it (one chain, no forks, on SQLite and PostgreSQL alike).

Reading it: ``newest`` (the console's page) and ``entries`` (oldest first, for tools), narrowed
by ``AuditFilter``; ``verify_recent`` checks what was written since the last intact check on
each read, ``verify`` the whole chain (``controlroom verify-audit``, or on demand).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Select, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from contract.auditrule import GENESIS, entry_hash, utc_text
from contract.canonical import canonical_json
from sync.server.database import is_postgresql, reading, transaction
from sync.server.ingest import utc_now
from sync.server.models import Counter, Setting, StaffAuditEntry, table

AUDIT_COUNTER = "staff_audit"
# ``hq_setting`` row: "<seq> <hash>" of the last entry a check found the chain intact through.
VERIFIED_THROUGH = "staff_audit_verified_through"
_CHUNK = 5000  # entries a check holds in memory at once


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
    """Whether the chain verifies, and the first entry that does not (None when intact).

    ``full``: every entry was walked; else only those after the verified-through point."""

    intact: bool
    first_bad_seq: int | None
    full: bool = True


def verify(engine: Engine) -> ChainCheck:
    """Walk the whole chain from its first entry, trusting nothing stored about earlier
    checks: each entry follows the one before and hashes to what it says."""
    with reading(engine) as session:
        check, _ = _walk(session, 0, GENESIS)
    return check


def verify_recent(engine: Engine) -> ChainCheck:
    """Check the entries added since the last check that found the chain intact, and move
    that verified-through point on: what each audit page read costs stays small however long
    the chain grows.

    The point (a ``hq_setting`` row) is only a shortcut for reads: when the entry it rests on
    no longer hashes to what the point says, the whole chain is walked instead, and
    :func:`verify` (``controlroom verify-audit``, the page's full check) never reads it, so
    someone who edits the database can make reads slower, never hide a break from a full
    check."""
    with reading(engine) as session:
        seq, last_hash = _verified_point(session)
        if seq and not _point_holds(session, seq, last_hash):
            check, _ = _walk(session, 0, GENESIS)
            return check
        check, end = _walk(session, seq, last_hash)
    if check.intact and end[0] > seq:
        with transaction(engine) as session:
            _advance_point(engine, session, *end)
    return ChainCheck(check.intact, check.first_bad_seq, full=seq == 0)


def _walk(session: Session, after: int, prev_hash: str) -> tuple[ChainCheck, tuple[int, str]]:
    """Verify the entries after seq ``after`` (whose hash is ``prev_hash``), streamed in
    chunks; the check, and the last entry's seq and hash."""
    expected_seq = after + 1
    entries = table(StaffAuditEntry)
    # Plain rows, not ORM objects: the hash is the only work per entry (~20 µs).
    rows = session.execute(
        select(entries.c.seq, entries.c.at, entries.c.actor, entries.c.action,
               entries.c.target, entries.c.details, entries.c.prev_hash, entries.c.hash)
        .where(entries.c.seq > after).order_by(entries.c.seq)
        .execution_options(yield_per=_CHUNK))
    for seq, at, actor, action, target, details, entry_prev, stored in rows:
        if seq != expected_seq or entry_prev != prev_hash or stored != entry_hash(
                entry_prev, seq, at, actor, action, target, details):
            bad = expected_seq if seq != expected_seq else seq
            return ChainCheck(False, bad), (expected_seq - 1, prev_hash)
        prev_hash, expected_seq = stored, seq + 1
    return ChainCheck(True, None), (expected_seq - 1, prev_hash)


def _verified_point(session: Session) -> tuple[int, str]:
    row = session.get(Setting, VERIFIED_THROUGH)
    seq_text, _, last_hash = (row.value if row else "").partition(" ")
    return (int(seq_text), last_hash) if seq_text.isdigit() and last_hash else (0, GENESIS)


def _point_holds(session: Session, seq: int, last_hash: str) -> bool:
    """Whether the entry the point rests on is still there, unchanged."""
    entry = session.get(StaffAuditEntry, seq)
    return entry is not None and entry.hash == last_hash == entry_hash(
        entry.prev_hash, entry.seq, entry.at, entry.actor, entry.action, entry.target,
        entry.details)


def _advance_point(engine: Engine, session: Session, seq: int, last_hash: str) -> None:
    """Move the point to ``seq`` unless a concurrent check already moved it further."""
    make = pg_insert if is_postgresql(engine) else sqlite_insert
    session.execute(make(table(Setting)).values(key=VERIFIED_THROUGH, value="0 ")
                    .on_conflict_do_nothing(index_elements=["key"]))
    row = session.get(Setting, VERIFIED_THROUGH, with_for_update=True, populate_existing=True)
    assert row is not None
    stored = row.value.partition(" ")[0]
    if not stored.isdigit() or int(stored) < seq:
        row.value = f"{seq} {last_hash}"


@dataclass(frozen=True)
class AuditFilter:
    """What the audit page narrows its entries to (any left None is not narrowed)."""

    actor: str | None = None
    action: str | None = None
    day: date | None = None


def newest(session: Session, narrow: AuditFilter, before: int | None = None,
           limit: int = 50) -> tuple[list[StaffAuditEntry], int | None]:
    """Entries matching ``narrow``, newest first, below seq ``before``: one page, and the
    ``before`` of the next page (None on the last)."""
    query = _narrowed(select(StaffAuditEntry), narrow)
    if before is not None:
        query = query.where(col(StaffAuditEntry.seq) < before)
    rows = list(session.execute(query.order_by(col(StaffAuditEntry.seq).desc())
                                .limit(limit + 1)).scalars())
    more = len(rows) > limit
    return rows[:limit], rows[limit - 1].seq if more else None


def entries(session: Session, after: int = 0, limit: int = 200,
            narrow: AuditFilter | None = None) -> list[StaffAuditEntry]:
    """Entries after seq ``after`` matching ``narrow``, oldest first."""
    query = _narrowed(select(StaffAuditEntry), narrow or AuditFilter())
    return list(session.execute(query.where(col(StaffAuditEntry.seq) > after)
                                .order_by(col(StaffAuditEntry.seq)).limit(limit)).scalars())


def _narrowed(query: Select[tuple[StaffAuditEntry]], narrow: AuditFilter
              ) -> Select[tuple[StaffAuditEntry]]:
    if narrow.actor:
        query = query.where(col(StaffAuditEntry.actor) == narrow.actor)
    if narrow.action:
        query = query.where(col(StaffAuditEntry.action) == narrow.action)
    if narrow.day:
        # ``at`` is ISO text in UTC: one day is a range of it, which its index serves.
        query = query.where(col(StaffAuditEntry.at) >= narrow.day.isoformat())
        if narrow.day < date.max:
            query = query.where(col(StaffAuditEntry.at)
                                < (narrow.day + timedelta(days=1)).isoformat())
    return query
