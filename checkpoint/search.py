"""Finding crossings: by name, father's name or document number (spelling-folded), by date
range, province, document type, check result and sync state, a page at a time.

Pages are read by *keyset*: ``after=`` the last row of the page before, a page continues from
that row's sort value and UUID, so the page 900,000 rows deep comes as fast as the first (an
OFFSET would make SQLite step over every row before it). Each sort order has an index ending in
``uuid``, the tie-breaker (migration 0002); ``offset`` still works for short lists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Select,
    aggregate_order_by,
    exists,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)
from sqlmodel import col

from checkpoint.folding import fold_query
from checkpoint.ledger import Ledger
from checkpoint.models import Crossing, DocumentCheck, SyncRejection
from contract.documents import document_number_key
from contract.tallyrules import NO_DOCUMENT


class SyncState(StrEnum):
    """Whether HQ holds a crossing's latest revision."""

    PENDING = "pending"
    SYNCED = "synced"
    REJECTED = "rejected"


@dataclass(frozen=True)
class CrossingFilter:
    """What to look for; empty fields match everything.

    ``document_type`` ``"none"`` finds the people who showed no document (as the tally counts
    them).
    """

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    origin_province: str | None = None
    document_type: str | None = None
    check_result: str | None = None
    sync_state: SyncState | None = None
    include_voided: bool = True


@dataclass(frozen=True, slots=True)
class CheckSummary:
    """One document checked for a crossing, as the records list shows it."""

    document_type: str
    number: str
    result: str | None


@dataclass(frozen=True, slots=True)
class CrossingRow:
    """One line of the records list."""

    uuid: str
    crossed_at: datetime
    local_day: date
    full_name: str
    father_name: str
    sex: str | None
    age_years: int | None
    birth_date: date | None
    origin_province: str
    destination_province: str | None
    return_type: str | None
    recorded_by: str
    voided: bool
    void_reason: str
    late: bool
    revision: int
    synced_revision: int
    household_uuid: str
    recorded_at: datetime
    checks: tuple[CheckSummary, ...] = ()
    rejected_reason: str | None = None
    # When retention removed the personal fields (names, numbers are then empty).
    purged_at: datetime | None = None

    @property
    def pending(self) -> bool:
        """HQ has not acknowledged this revision yet."""
        return self.revision > self.synced_revision

    @property
    def sync_state(self) -> SyncState:
        """Synced, pending, or rejected by HQ (with ``rejected_reason``) until corrected."""
        if self.rejected_reason is not None:
            return SyncState.REJECTED
        return SyncState.PENDING if self.pending else SyncState.SYNCED


@dataclass(frozen=True)
class _Sort:
    """An order of the list: its columns (``uuid`` follows as the tie-breaker) and how to read
    the same values from a row, to continue after it."""

    columns: tuple[Any, ...]
    values: Callable[[CrossingRow], tuple[Any, ...]]


_SORTS: dict[str, _Sort] = {
    "crossed_at": _Sort((col(Crossing.crossed_at),), lambda r: (r.crossed_at,)),
    "recorded_at": _Sort((col(Crossing.recorded_at),), lambda r: (r.recorded_at,)),
    "full_name": _Sort((col(Crossing.full_name),), lambda r: (r.full_name,)),
    "father_name": _Sort((col(Crossing.father_name),), lambda r: (r.father_name,)),
    # Within a province by time: the same index then serves the province filter with the
    # default order (newest first), the commonest narrowing of all.
    "origin_province": _Sort((col(Crossing.origin_province), col(Crossing.crossed_at)),
                             lambda r: (r.origin_province, r.crossed_at)),
    "recorded_by": _Sort((col(Crossing.recorded_by),), lambda r: (r.recorded_by,)),
}
SORTABLE: tuple[str, ...] = tuple(_SORTS)
"""The orders ``search_crossings`` can sort by, each backed by an index."""

# Separators of the document summary; stored text never holds them (clean_text folds all
# white space, and these two count as white space).
_UNIT, _RECORD = "\x1f", "\x1e"
_PLAIN_COLUMNS = [name for name in CrossingRow.__dataclass_fields__
                  if name not in ("checks", "rejected_reason")]


def _checks_summary() -> Any:
    check = DocumentCheck
    part = (col(check.document_type) + _UNIT + col(check.number) + _UNIT
            + func.ifnull(col(check.result), ""))
    return (select(aggregate_order_by(func.group_concat(part, _RECORD), col(check.position)))
            .where(col(check.crossing_uuid) == col(Crossing.uuid)).scalar_subquery())


def _rejection() -> Any:
    # HQ's reason, while the crossing is rejected at its current revision.
    return (select(col(SyncRejection.reason))
            .where(col(SyncRejection.kind) == "crossing",
                   col(SyncRejection.uuid) == Crossing.uuid,
                   col(SyncRejection.revision) == Crossing.revision)
            .scalar_subquery())


def _row(values: Any) -> CrossingRow:
    *plain, summary, rejected_reason = values
    checks = tuple(CheckSummary(kind, number, result or None) for kind, number, result in
                   (part.split(_UNIT) for part in summary.split(_RECORD))) if summary else ()
    return CrossingRow(**dict(zip(_PLAIN_COLUMNS, plain, strict=True)), checks=checks,
                       rejected_reason=rejected_reason)


def _has_check(condition: Any, *, whole_table: bool) -> Any:
    """Crossings with a document check meeting ``condition``.

    A page asks per crossing (EXISTS), so it stops as soon as it is full: a few lookups for a
    common value. A count (``whole_table``) collects the matching checks once (IN), which is
    bounded by one pass over the checks however rare the value. The condition is on
    ``column || ''``, which no index covers, so that SQLite finds a crossing's checks by
    crossing_uuid instead of walking every check of that type for every crossing.
    """
    if whole_table:
        return col(Crossing.uuid).in_(select(col(DocumentCheck.crossing_uuid)).where(condition))
    return exists().where(col(DocumentCheck.crossing_uuid) == col(Crossing.uuid), condition)


def _unindexed(column: Any) -> Any:
    return column.concat(literal_column("''"))


def _with_number(number: str) -> Any:
    # A range on the number_key index (a LIKE could not use it): the few checks whose number
    # starts with what was typed, found before any crossing is read.
    return col(Crossing.uuid).in_(select(col(DocumentCheck.crossing_uuid)).where(
        col(DocumentCheck.number_key) >= number,
        col(DocumentCheck.number_key) < number + "\U0010ffff"))


def _apply(ledger: Ledger, query: Select, wanted: CrossingFilter, *,
           whole_table: bool = False) -> Select:
    conditions = []
    if wanted.text.strip():
        key = fold_query(wanted.text)
        number = document_number_key(wanted.text)
        matches = [col(Crossing.name_key).contains(key, autoescape=True),
                   col(Crossing.father_key).contains(key, autoescape=True)] if key else []
        if number:
            matches.append(_with_number(number))
        # Text with nothing searchable in it (only punctuation) filters nothing.
        if matches:
            conditions.append(or_(*matches))
    # The day is the checkpoint-local one; the same bounds on crossed_at let the sort index
    # (crossed_at, uuid) seek straight to them.
    if wanted.date_from:
        conditions += [col(Crossing.local_day) >= wanted.date_from,
                       col(Crossing.crossed_at) >= ledger.day_start_utc(wanted.date_from)]
    if wanted.date_to:
        conditions += [col(Crossing.local_day) <= wanted.date_to,
                       col(Crossing.crossed_at) < ledger.day_start_utc(
                           wanted.date_to + timedelta(days=1))]
    if wanted.origin_province:
        conditions.append(col(Crossing.origin_province) == wanted.origin_province)
    kind = _unindexed(col(DocumentCheck.document_type))
    if wanted.document_type == NO_DOCUMENT:
        conditions.append(~_has_check(kind != NO_DOCUMENT, whole_table=whole_table))
    elif wanted.document_type:
        conditions.append(_has_check(kind == wanted.document_type, whole_table=whole_table))
    if wanted.check_result:
        conditions.append(_has_check(_unindexed(col(DocumentCheck.result))
                                     == wanted.check_result, whole_table=whole_table))
    rejected = _rejection().is_not(None)
    if wanted.sync_state == SyncState.PENDING:
        conditions += [col(Crossing.revision) > col(Crossing.synced_revision), ~rejected]
    elif wanted.sync_state == SyncState.SYNCED:
        conditions.append(col(Crossing.revision) <= col(Crossing.synced_revision))
    elif wanted.sync_state == SyncState.REJECTED:
        conditions.append(rejected)
    if not wanted.include_voided:
        conditions.append(col(Crossing.voided).is_(False))
    return query.where(*conditions)


def _query(ledger: Ledger, wanted: CrossingFilter, *, order_by: str, descending: bool,
           after: CrossingRow | None, offset: int, limit: int) -> Select:
    sort = _SORTS.get(order_by, _SORTS["crossed_at"])
    keys = (*sort.columns, col(Crossing.uuid))
    columns = [getattr(Crossing, name) for name in _PLAIN_COLUMNS]
    query = _apply(ledger, select(*columns, _checks_summary(), _rejection()), wanted)
    if after is not None:
        here, cursor = tuple_(*keys), tuple_(*sort.values(after), after.uuid)
        query = query.where(here < cursor if descending else here > cursor)
    ordering = [key.desc() for key in keys] if descending else list(keys)
    return query.order_by(*ordering).offset(offset).limit(limit)


def search_crossings(ledger: Ledger, wanted: CrossingFilter = CrossingFilter(), *,
                     offset: int = 0, limit: int = 200, order_by: str = "crossed_at",
                     descending: bool = True, after: CrossingRow | None = None
                     ) -> list[CrossingRow]:
    """One page of matching crossings, sorted (newest first by default).

    ``after``: the last row of the previous page, read with the same filter and order; the page
    continues after it (keyset paging, fast at any depth). ``order_by`` is one of ``SORTABLE``
    (anything else sorts by ``crossed_at``); rows sorting alike follow in ``uuid`` order.
    """
    query = _query(ledger, wanted, order_by=order_by, descending=descending, after=after,
                   offset=offset, limit=limit)
    with ledger.reading() as session:
        return [_row(values) for values in session.execute(query)]


def count_crossings(ledger: Ledger, wanted: CrossingFilter = CrossingFilter(), *,
                    up_to: int | None = None) -> int:
    """How many crossings match; with ``up_to``, counting stops there (min(count, up_to))."""
    matching = _apply(ledger, select(col(Crossing.uuid)), wanted, whole_table=True)
    if up_to is not None:
        matching = matching.limit(up_to)
    with ledger.reading() as session:
        return session.execute(select(func.count()).select_from(matching.subquery())
                               ).scalar_one()
