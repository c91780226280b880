"""Late amendments and voids as the tally shows them: what changed, and how the counts moved.

A closed day's numbers are frozen and signed (``checkpoint.closeout``); a record created,
corrected or voided for it later is a late amendment (``LateAmendment``). The sheet shows each
with the fields it changed and its effect on the closed day's counts, computed from the
crossing's own revision snapshots (the one written by the change and the one before it) with
the same keys the counters use, so the frozen numbers plus every effect are today's numbers.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlmodel import Session, col

from checkpoint.daycounts import HOUSEHOLDS, Key, crossing_keys
from checkpoint.ledger import Ledger
from checkpoint.models import Crossing, CrossingRevision, LateAmendment
from checkpoint.permissions import Action


@dataclass(frozen=True)
class Amendment:
    """A change made to a closed day: who, when, which fields, and what it did to the counts.

    ``effect`` holds the counter keys it moved on ``day`` with their signed change (the total
    is ``("total", "")``); a correction that touched no counted field moves nothing.
    """

    crossing_uuid: str
    day: date
    action: str
    changed_by: str
    changed_at: datetime
    full_name: str
    changed_fields: tuple[str, ...] = ()
    effect: tuple[tuple[Key, int], ...] = ()


@dataclass(frozen=True)
class VoidLine:
    """A record of the period that was voided: whose record, who voided it, when and why."""

    crossing_uuid: str
    day: date
    full_name: str
    voided_by: str
    voided_at: datetime
    reason: str


@dataclass(frozen=True)
class _Snapshot:
    """A revision snapshot read as the counters read a crossing (``CountedCrossing``)."""

    origin_province: str
    sex: str | None
    age_years: int | None
    birth_date: date | None
    local_day: date
    return_type: str | None
    vulnerabilities: frozenset[str]
    voided: bool
    documents: tuple[_SnapshotCheck, ...]

    @classmethod
    def of(cls, data: dict[str, Any]) -> _Snapshot:
        born = data.get("birth_date")
        return cls(data.get("origin_province") or "", data.get("sex"), data.get("age_years"),
                   date.fromisoformat(born) if born else None,
                   date.fromisoformat(data["local_day"]), data.get("return_type"),
                   frozenset(data.get("vulnerabilities") or ()), bool(data.get("voided")),
                   tuple(_SnapshotCheck(check["document_type"], check.get("result"),
                                        tuple(check.get("warnings", ())))
                         for check in data.get("documents") or ()))

    def keys_on(self, day: date) -> Counter[Key]:
        """What this version of the crossing adds to ``day``'s counters."""
        if self.voided or self.local_day != day:
            return Counter()
        return Counter(crossing_keys(self, self.documents))


@dataclass(frozen=True)
class _SnapshotCheck:
    document_type: str
    result: str | None
    warnings: tuple[str, ...] = ()


def _effect(before: dict[str, Any] | None, after: dict[str, Any],
            day: date) -> tuple[tuple[Key, int], ...]:
    moved = Counter(_Snapshot.of(after).keys_on(day))
    if before is not None:
        moved.subtract(_Snapshot.of(before).keys_on(day))
    return tuple(sorted((key, n) for key, n in moved.items() if n and key[0] != HOUSEHOLDS))


def _amendments(session: Session, *where: ColumnElement[bool]) -> list[Amendment]:
    rows = session.execute(
        select(col(LateAmendment.crossing_uuid), col(LateAmendment.day),
               col(LateAmendment.action), col(LateAmendment.changed_by),
               col(LateAmendment.changed_at), col(Crossing.full_name))
        .join(Crossing, col(Crossing.uuid) == col(LateAmendment.crossing_uuid))
        .where(*where).order_by(col(LateAmendment.changed_at), col(LateAmendment.id))).all()
    found = []
    for uuid, day, action, by, at, name in rows:
        # The change wrote a revision in the same transaction, at the same moment.
        revisions = session.execute(
            select(CrossingRevision).where(col(CrossingRevision.crossing_uuid) == uuid,
                                           col(CrossingRevision.changed_at) <= at)
            .order_by(col(CrossingRevision.revision).desc()).limit(2)).scalars().all()
        if not revisions:
            found.append(Amendment(uuid, day, action, by, at, name))
            continue
        after = json.loads(revisions[0].snapshot)
        before = json.loads(revisions[1].snapshot) if len(revisions) > 1 else None
        changed = tuple(name for name in revisions[0].changed_fields.split(",") if name)
        found.append(Amendment(uuid, day, action, by, at, name, changed,
                               _effect(before, after, day)))
    return found


def amendments_made_in(session: Session, since: datetime, until: datetime,
                       besides: Collection[date] = ()) -> list[Amendment]:
    """Changes to closed days made from ``since`` until ``until`` (UTC), leaving out those
    to the days in ``besides`` (a sheet lists those with the day they amend)."""
    return _amendments(session, col(LateAmendment.changed_at) >= since,
                       col(LateAmendment.changed_at) < until,
                       col(LateAmendment.day).not_in(list(besides)))


def amendments_to(session: Session, days: Collection[date]) -> list[Amendment]:
    """Every change made to these (closed) days since they were closed."""
    return _amendments(session, col(LateAmendment.day).in_(list(days))) if days else []


def late_amendments(ledger: Ledger, since: datetime, until: datetime) -> list[Amendment]:
    """Changes to closed days made between ``since`` and ``until`` (UTC)."""
    ledger.actor.require(Action.TALLY)
    with ledger.reading() as session:
        return amendments_made_in(session, since, until)


def voids_in(session: Session, *where: ColumnElement[bool]) -> list[VoidLine]:
    """The voided crossings matching ``where``, with who voided each, when and why."""
    voided_at = (select(col(CrossingRevision.crossing_uuid), col(CrossingRevision.changed_by),
                        col(CrossingRevision.changed_at))
                 .where(col(CrossingRevision.action) == "void").subquery())
    rows = session.execute(
        select(col(Crossing.uuid), col(Crossing.local_day), col(Crossing.full_name),
               voided_at.c.changed_by, voided_at.c.changed_at, col(Crossing.void_reason))
        .join(voided_at, voided_at.c.crossing_uuid == col(Crossing.uuid))
        .where(col(Crossing.voided).is_(True), *where)
        .order_by(voided_at.c.changed_at)).all()
    return [VoidLine(*row) for row in rows]
