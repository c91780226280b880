"""Finding crossings: by name, father's name or document number (spelling-folded), by date
range, province, document type, check result and sync state, a page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Mapped
from sqlmodel import col

from checkpoint.entries import document_number_key
from checkpoint.folding import fold_query
from checkpoint.ledger import Ledger
from checkpoint.models import Crossing, DocumentCheck


class SyncState(StrEnum):
    """Whether HQ holds a crossing's latest revision."""

    PENDING = "pending"
    SYNCED = "synced"


@dataclass(frozen=True)
class CrossingFilter:
    """What to look for; empty fields match everything."""

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    origin_province: str | None = None
    document_type: str | None = None
    check_result: str | None = None
    sync_state: SyncState | None = None
    include_voided: bool = True


@dataclass(frozen=True)
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
    late: bool
    revision: int
    synced_revision: int
    household_uuid: str

    @property
    def pending(self) -> bool:
        """HQ has not acknowledged this revision yet."""
        return self.revision > self.synced_revision


SORTABLE: dict[str, Mapped[Any]] = {
    "crossed_at": col(Crossing.crossed_at), "full_name": col(Crossing.full_name),
    "father_name": col(Crossing.father_name), "origin_province": col(Crossing.origin_province),
    "recorded_by": col(Crossing.recorded_by), "sex": col(Crossing.sex),
    "recorded_at": col(Crossing.recorded_at)}


def _apply(query: Select, wanted: CrossingFilter) -> Select:
    conditions = []
    if wanted.text.strip():
        key = fold_query(wanted.text)
        number = document_number_key(wanted.text)
        matches = [col(Crossing.name_key).contains(key, autoescape=True),
                   col(Crossing.father_key).contains(key, autoescape=True)] if key else []
        if number:
            matches.append(col(Crossing.uuid).in_(select(col(DocumentCheck.crossing_uuid)).where(
                col(DocumentCheck.number_key).startswith(number, autoescape=True))))
        # Text with nothing searchable in it (only punctuation) filters nothing.
        if matches:
            conditions.append(or_(*matches))
    if wanted.date_from:
        conditions.append(col(Crossing.local_day) >= wanted.date_from)
    if wanted.date_to:
        conditions.append(col(Crossing.local_day) <= wanted.date_to)
    if wanted.origin_province:
        conditions.append(col(Crossing.origin_province) == wanted.origin_province)
    checks = []
    if wanted.document_type:
        checks.append(col(DocumentCheck.document_type) == wanted.document_type)
    if wanted.check_result:
        checks.append(col(DocumentCheck.result) == wanted.check_result)
    if checks:
        conditions.append(
            col(Crossing.uuid).in_(select(col(DocumentCheck.crossing_uuid)).where(*checks)))
    if wanted.sync_state == SyncState.PENDING:
        conditions.append(col(Crossing.revision) > col(Crossing.synced_revision))
    elif wanted.sync_state == SyncState.SYNCED:
        conditions.append(col(Crossing.revision) <= col(Crossing.synced_revision))
    if not wanted.include_voided:
        conditions.append(col(Crossing.voided).is_(False))
    return query.where(*conditions)


def search_crossings(ledger: Ledger, wanted: CrossingFilter = CrossingFilter(), *,
                     offset: int = 0, limit: int = 200, order_by: str = "crossed_at",
                     descending: bool = True) -> list[CrossingRow]:
    """One page of matching crossings, sorted (newest first by default)."""
    column = SORTABLE.get(order_by, col(Crossing.crossed_at))
    uuid = col(Crossing.uuid)
    ordering = (column.desc(), uuid.desc()) if descending else (column, uuid)
    columns = [getattr(Crossing, name) for name in CrossingRow.__dataclass_fields__]
    query = _apply(select(*columns), wanted).order_by(*ordering).offset(offset).limit(limit)
    with ledger.reading() as session:
        return [CrossingRow(*row) for row in session.execute(query)]


def count_crossings(ledger: Ledger, wanted: CrossingFilter = CrossingFilter()) -> int:
    """How many crossings match."""
    with ledger.reading() as session:
        return session.execute(_apply(select(func.count()).select_from(Crossing), wanted)
                               ).scalar_one()
