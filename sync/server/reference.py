"""HQ's reference data (DESIGN §4): policy dates, cancelled cards and departure marks.

HQ is the one writer of these lists; every desk gets them through ``GET /updates``
(``reference_since``, in ``reference_wire``) and checks documents against them offline. The
staff actions here check ``Permission.REFERENCE_DATA`` (supervisor and above) themselves, so the
API, the console and the command line cannot differ about it, and audit every change without
a document number in it: a card is audited by its type, reason and a keyed digest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from contract import codes, documents
from contract.errors import ErrorCode
from sync.server import departures
from sync.server.card_import import CardImport, read_cards
from sync.server.cards import (
    CardEntry,
    card_reason,
    card_type,
    list_cards,
    number_key,
    short_digest,
)
from sync.server.errors import Malformed, NotFound
from sync.server.ingest import utc_now
from sync.server.models import (
    CancelledCard,
    DepartureMark,
    PolicyDate,
    ReferenceChange,
    Setting,
    table,
)
from sync.server.picture import day_at_the_crossing_points
from sync.server.reference_log import LOG_FLOOR, current_version, log_changes
from sync.server.reference_wire import (
    DEFAULT_DEPARTURE_DAYS,
    departures_from,
    reference_since,
)
from sync.server.staff import audit
from sync.server.staff.roles import Permission, StaffActor, require

__all__ = ["DEFAULT_DEPARTURE_DAYS", "CardImport", "CardPage", "CardRow", "PolicyRow",
           "ReferenceSummary", "cancel_card", "find_cards", "forget_old", "import_cards",
           "lift_card", "list_policies", "reference_since", "reference_summary", "set_policy"]

FIND_LIMIT_MAX = 500
NOTE_MAX_CHARS = 500
# Change rows are kept this long: a device away longer catches up with a snapshot.
LOG_KEPT_DAYS = 90


@dataclass(frozen=True)
class PolicyRow:
    """A policy date as HQ holds it, with who set it and when."""

    key: str
    value: date
    effective_from: date
    note: str
    set_by: str
    set_at: datetime


@dataclass(frozen=True)
class CardRow:
    """A card on the cancelled list (``number`` is its key, as every desk matches it)."""

    document_type: str
    number: str
    reason: str
    since: date
    listed_by: str
    listed_at: datetime


@dataclass(frozen=True)
class CardPage:
    """A page of cards found, and how many match in all."""

    total: int
    rows: list[CardRow]


@dataclass(frozen=True)
class ReferenceSummary:
    """What HQ's lists hold now: the version desks are brought to and when it changed, the
    cancelled cards by type (and by type and reason), the departure marks held and from which
    day, the policies in force today at the crossing points (one per key)."""

    version: int
    changed_at: datetime | None
    cards_by_type: dict[str, int]
    cards_by_reason: dict[str, dict[str, int]]  # type -> reason -> cards
    departures_held: int
    departures_from: date
    policies_in_force: list[PolicyRow]


# -- policy dates ------------------------------------------------------------------------------

def policy_key(text: str) -> str:
    """A policy key as typed (``POR_valid_until`` too); one sentence naming the keys if not."""
    key = text.strip().lower()
    if documents.policy_document_type(key) is None:
        raise Malformed(f"{text.strip()[:40]!r} is not a policy key; use one of "
                        f"{', '.join(documents.policy_keys())}.", code=ErrorCode.INVALID)
    return key


def policy_words(key: str) -> str:
    """A policy key as a supervisor says it: ``por_valid_until`` -> "Proof of Registration
    cards (PoR) valid until"."""
    document_type = documents.policy_document_type(key)
    if document_type is None:
        return key.replace("_", " ")
    entry = codes.document_types().entry(document_type)
    plural = f"{entry.name}s"
    if entry.short and entry.short.lower() not in entry.name.lower():
        plural += f" ({entry.short})"
    return f"{plural[0].upper()}{plural[1:]} valid until"


def set_policy(session: Session, actor: StaffActor, key: str, value: date,
               effective_from: date, note: str = "",
               now: datetime | None = None) -> PolicyRow:
    """Set a policy date from ``effective_from`` on (the same key and day again replaces it);
    supervisor and above, audited, sent to every desk."""
    require(actor, Permission.REFERENCE_DATA)
    now = now or utc_now()
    key, note = policy_key(key), note.strip()
    if len(note) > NOTE_MAX_CHARS or "\x00" in note:
        raise Malformed(f"A policy note has at most {NOTE_MAX_CHARS} characters.",
                        code=ErrorCode.INVALID)
    row = session.execute(select(PolicyDate).where(
        col(PolicyDate.key) == key, col(PolicyDate.effective_from) == effective_from)
        .with_for_update()).scalar_one_or_none()
    if row is None:
        row = PolicyDate(key=key, value=value, effective_from=effective_from, note=note,
                         set_by=actor.name, set_at=now)
        try:
            with session.begin_nested():
                session.add(row)
        except IntegrityError:  # set at the same moment by someone else: this one wins
            row = session.execute(select(PolicyDate).where(
                col(PolicyDate.key) == key, col(PolicyDate.effective_from) == effective_from)
                .with_for_update()).scalar_one()
    row.value, row.note, row.set_by, row.set_at = value, note, actor.name, now
    session.flush()
    log_changes(session, [{"kind": "policy", "op": "add", "changed_at": now}])
    audit.append(session, actor.name, "policy_set", key, value=value.isoformat(),
                 effective_from=effective_from.isoformat(), now=now)
    return _policy_row(row)


def list_policies(session: Session, actor: StaffActor) -> list[PolicyRow]:
    """Every policy date, by key and then from when (supervisor and above)."""
    require(actor, Permission.REFERENCE_DATA)
    return [_policy_row(row) for row in session.execute(
        select(PolicyDate).order_by(col(PolicyDate.key), col(PolicyDate.effective_from))
    ).scalars()]


def _policy_row(row: PolicyDate) -> PolicyRow:
    return PolicyRow(key=row.key, value=row.value, effective_from=row.effective_from,
                     note=row.note, set_by=row.set_by, set_at=row.set_at)


def _in_force(rows: Sequence[PolicyRow], day: date) -> list[PolicyRow]:
    latest: dict[str, PolicyRow] = {}
    for row in rows:  # by key, then from when: the last one started wins
        if row.effective_from <= day:
            latest[row.key] = row
    return list(latest.values())


# -- cancelled cards ---------------------------------------------------------------------------

def cancel_card(session: Session, actor: StaffActor, document_type: str, number: str,
                reason: str = "cancelled", since: date | None = None,
                now: datetime | None = None) -> CardRow:
    """Put a card on the cancelled list (listing it again updates its reason and date);
    supervisor and above, audited without its number."""
    require(actor, Permission.REFERENCE_DATA)
    now = now or utc_now()
    entry = CardEntry(card_type(document_type), number_key(number), card_reason(reason),
                      since or day_at_the_crossing_points(now))
    listed, _ = list_cards(session, [entry], actor.name, now)
    if listed:
        audit.append(session, actor.name, "card_cancel", entry.document_type,
                     reason=entry.reason, since=entry.since.isoformat(),
                     digest=short_digest(session, entry.document_type, entry.number_key),
                     now=now)
    held = session.get(CancelledCard, (entry.document_type, entry.number_key))
    assert held is not None
    return _card_row(held)


def lift_card(session: Session, actor: StaffActor, document_type: str, number: str,
              now: datetime | None = None) -> None:
    """Take a card off the cancelled list (``NotFound`` when it is not on it); supervisor and
    above, audited without its number."""
    require(actor, Permission.REFERENCE_DATA)
    now = now or utc_now()
    kind, key = card_type(document_type), number_key(number)
    held = session.get(CancelledCard, (kind, key), with_for_update=True)
    if held is None:
        label = codes.document_types().entry(kind).label
        raise NotFound(f"No {label} card with that number is on the cancelled list.",
                       code=ErrorCode.NOT_FOUND)
    session.delete(held)
    session.flush()
    log_changes(session, [{"kind": "card", "op": "remove", "document_type": kind,
                           "number_key": key, "changed_at": now}])
    audit.append(session, actor.name, "card_lift", kind,
                 digest=short_digest(session, kind, key), now=now)


def import_cards(session: Session, actor: StaffActor, source: BinaryIO,
                 now: datetime | None = None) -> CardImport:
    """List every readable row of a CSV file (``card_import``) in the caller's transaction;
    supervisor and above. The audit keeps the counts by type, never a number."""
    require(actor, Permission.REFERENCE_DATA)
    now = now or utc_now()
    done = read_cards(session, source, actor.name, day_at_the_crossing_points(now), now)
    audit.append(session, actor.name, "card_import", "cancelled_cards",
                 accepted=done.accepted, already_listed=done.already_listed,
                 rejected=len(done.rejected), by_type=dict(sorted(done.by_type.items())),
                 now=now)
    return done


def find_cards(session: Session, actor: StaffActor, *, number: str = "",
               document_type: str | None = None, limit: int = 50,
               offset: int = 0) -> CardPage:
    """Cards whose number key starts with ``number``'s (all when empty), of one type or
    any, by type and number; supervisor and above."""
    require(actor, Permission.REFERENCE_DATA)
    limit = max(1, min(limit, FIND_LIMIT_MAX))
    cards = table(CancelledCard)
    conditions: list[ColumnElement[bool]] = []
    prefix = documents.document_number_key(number)
    if prefix:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(cards.c.number_key.like(f"{escaped}%", escape="\\"))
    if document_type:
        conditions.append(cards.c.document_type == card_type(document_type))
    total = int(session.execute(select(func.count()).select_from(cards).where(*conditions)
                                ).scalar_one())
    rows = session.execute(select(CancelledCard).where(*conditions).order_by(
        col(CancelledCard.document_type), col(CancelledCard.number_key))
        .limit(limit).offset(max(0, offset))).scalars()
    return CardPage(total=total, rows=[_card_row(row) for row in rows])


def _card_row(row: CancelledCard) -> CardRow:
    return CardRow(document_type=row.document_type, number=row.number_key, reason=row.reason,
                   since=row.since, listed_by=row.listed_by, listed_at=row.listed_at)


# -- the whole ---------------------------------------------------------------------------------

def reference_summary(session: Session, actor: StaffActor, now: datetime | None = None,
                      departure_days: int = DEFAULT_DEPARTURE_DAYS) -> ReferenceSummary:
    """What HQ's lists hold now (supervisor and above)."""
    require(actor, Permission.REFERENCE_DATA)
    now = now or utc_now()
    version = current_version(session)
    changed_at = session.execute(select(col(ReferenceChange.changed_at)).where(
        col(ReferenceChange.seq) == version)).scalar_one_or_none()
    cards = table(CancelledCard)
    by_reason: dict[str, dict[str, int]] = {}
    for kind, reason, n in session.execute(
            select(cards.c.document_type, cards.c.reason, func.count())
            .group_by(cards.c.document_type, cards.c.reason)
            .order_by(cards.c.document_type, cards.c.reason)):
        by_reason.setdefault(kind, {})[reason] = int(n)
    first_day = departures_from(now, departure_days)
    marks = table(DepartureMark)
    held = int(session.execute(select(func.count()).select_from(marks).where(
        marks.c.day >= first_day)).scalar_one())
    return ReferenceSummary(
        version=version, changed_at=changed_at,
        cards_by_type={kind: sum(reasons.values()) for kind, reasons in by_reason.items()},
        cards_by_reason=by_reason, departures_held=held, departures_from=first_day,
        policies_in_force=_in_force(list_policies(session, actor),
                                    day_at_the_crossing_points(now)))


def forget_old(session: Session, now: datetime | None = None,
               departure_days: int = DEFAULT_DEPARTURE_DAYS) -> int:
    """HQ's own housekeeping (the daily purge): forget departure marks older than the window
    and change rows older than ``LOG_KEPT_DAYS`` (a device further behind gets a snapshot);
    returns the marks forgotten."""
    now = now or utc_now()
    forgotten = departures.forget_before(session, departures_from(now, departure_days))
    log = table(ReferenceChange)
    cutoff = departures_from(now, LOG_KEPT_DAYS)
    floor = session.execute(select(func.max(log.c.seq)).where(
        log.c.changed_at < datetime.combine(cutoff, datetime.min.time(), now.tzinfo))
    ).scalar_one_or_none()
    if floor:
        session.execute(delete(log).where(log.c.seq <= floor))
        stored = session.get(Setting, LOG_FLOOR)
        if stored is None:
            session.add(Setting(key=LOG_FLOOR, value=str(floor)))
        else:
            stored.value = str(max(int(stored.value), floor))
        session.flush()
    return forgotten
