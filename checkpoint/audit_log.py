"""Reading the audit log (IT admin): newest first, filtered, with the whole log's check (the
chain, its signatures, the anchors and HQ's acknowledged entry)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlmodel import col

from checkpoint import audit
from checkpoint.audit_anchor import check_audit, read_anchors
from checkpoint.ledger import Ledger
from checkpoint.models import AuditEntry
from checkpoint.permissions import Action

MAX_LINES = 1000


@dataclass(frozen=True)
class AuditLine:
    """One entry as the IT officer reads it (``at`` in the checkpoint's time)."""

    seq: int
    at: datetime
    actor: str
    action: str
    target: str
    details: str


@dataclass(frozen=True)
class AuditFilter:
    """What to show: every filter left as None lets everything through."""

    action: str | None = None
    actor: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class AuditLog:
    """The entries that pass the filter, newest first, and what the whole chain says."""

    lines: list[AuditLine]
    more: bool  # more entries passed the filter than are shown
    checked: int  # entries of the whole chain that verify
    broken: audit.ChainBreak | None
    actions: list[str]  # every action and actor in the log, for the filter's lists
    actors: list[str]


def read_audit_log(ledger: Ledger, wanted: AuditFilter = AuditFilter(), *,
                   limit: int = MAX_LINES) -> AuditLog:
    """The audit log for an IT admin, newest first; the whole chain is verified each time, so
    what the screen says about it is never older than what it lists."""
    ledger.actor.require(Action.READ_AUDIT)
    query = select(AuditEntry).order_by(col(AuditEntry.seq).desc()).limit(limit + 1)
    if wanted.action:
        query = query.where(col(AuditEntry.action) == wanted.action)
    if wanted.actor:
        query = query.where(col(AuditEntry.actor) == wanted.actor)
    if wanted.date_from:
        query = query.where(col(AuditEntry.at) >= ledger.day_start_utc(wanted.date_from))
    if wanted.date_to:
        query = query.where(col(AuditEntry.at) <
                            ledger.day_start_utc(wanted.date_to + timedelta(days=1)))
    zone = ledger.settings.zone
    anchors = read_anchors(ledger.keyfile)
    with ledger.reading() as session:
        entries = session.execute(query).scalars().all()
        lines = [AuditLine(e.seq, _aware(e.at).astimezone(zone), e.actor, e.action, e.target,
                           e.details) for e in entries[:limit]]
        checked, broken = check_audit(session, anchors)
        actions = session.execute(select(col(AuditEntry.action)).distinct()
                                  .order_by(col(AuditEntry.action))).scalars().all()
        actors = session.execute(select(col(AuditEntry.actor)).distinct()
                                 .order_by(col(AuditEntry.actor))).scalars().all()
    return AuditLog(lines, len(entries) > limit, checked, broken, list(actions), list(actors))


def _aware(moment: datetime) -> datetime:
    # Stored times are UTC; a naive one read back is UTC too.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
