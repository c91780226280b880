"""HQ's reference data as one ``updates`` answer carries it (DESIGN §5 "Down").

A device at version 0, or further behind than HQ keeps its change log, gets a snapshot of
everything; any other gets the changes after its version, compacted to the last state of each
card and mark, at most ``DELTA_PAGE`` changes at a time (``more``: ask again at once). Each
answer ends at a change's version, so a device that applied it holds exactly HQ's lists as
they were at that version. Lists are read as plain columns, never as ORM objects (a snapshot
of a million cards stays a few hundred megabytes short of that).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from contract.wire import CardGroup, CardsLifted, DepartureGroup, PolicyValue, Reference
from sync.server.models import CancelledCard, DepartureMark, PolicyDate, ReferenceChange, table
from sync.server.picture import day_at_the_crossing_points
from sync.server.reference_log import current_version, departure_key, log_floor

# Changes one delta carries at most: a day of national work (~10,000) fits many times over,
# and a device a month behind catches up in a few answers.
DELTA_PAGE = 100_000
DEFAULT_DEPARTURE_DAYS = 180


def departures_from(now: datetime, departure_days: int) -> date:
    """The first day whose departures HQ still holds and sends (days as the crossing points
    count them, like a crossing's own day)."""
    return day_at_the_crossing_points(now) - timedelta(days=departure_days)


def reference_since(session: Session, version: int, now: datetime,
                    departure_days: int = DEFAULT_DEPARTURE_DAYS) -> Reference:
    """HQ's reference data for a device at ``version``: a snapshot or a delta (see above)."""
    top = current_version(session)
    first_day = departures_from(now, departure_days)
    if version == 0 or version > top or version < log_floor(session):
        return snapshot(session, top, now, first_day)
    return _delta(session, version, top, now, first_day)


def snapshot(session: Session, version: int, now: datetime, first_day: date) -> Reference:
    """Everything HQ holds, as at ``version`` (read after it, so a change committed since may
    be in it too: the next delta sends it again, and applying it twice changes nothing)."""
    cards = table(CancelledCard)
    groups: dict[tuple[str, str, date], list[str]] = {}
    # The primary key's order: numbers come sorted within each type, without a sort.
    for kind, number, reason, since in session.execute(
            select(cards.c.document_type, cards.c.number_key, cards.c.reason, cards.c.since)
            .order_by(cards.c.document_type, cards.c.number_key)):
        groups.setdefault((kind, reason, since), []).append(number)
    marks = table(DepartureMark)
    departures = _departure_groups(session.execute(
        select(marks.c.checkpoint, marks.c.day, marks.c.digest).where(marks.c.day >= first_day)
        .order_by(marks.c.checkpoint, marks.c.day, marks.c.digest)))
    return Reference(
        version=version, as_of=now, snapshot=True,
        digest_key=base64.b64encode(departure_key(session)).decode(),
        policies=policies(session), cards=_card_groups(groups), departures=departures,
        departures_from=first_day)


def _delta(session: Session, version: int, top: int, now: datetime,
           first_day: date) -> Reference:
    log = table(ReferenceChange)
    rows = session.execute(
        select(log.c.seq, log.c.kind, log.c.op, log.c.document_type, log.c.number_key,
               log.c.reason, log.c.since, log.c.digest, log.c.checkpoint, log.c.day)
        .where(log.c.seq > version, log.c.seq <= top).order_by(log.c.seq)
        .limit(DELTA_PAGE)).all()
    reached = rows[-1].seq if rows else version
    policy_changed = False
    card_state: dict[tuple[str, str], Any] = {}
    mark_state: dict[tuple[str, date, bytes], str] = {}
    for row in rows:  # the last change of each card and mark is its state at ``reached``
        if row.kind == "policy":
            policy_changed = True
        elif row.kind == "card":
            card_state[(row.document_type, row.number_key)] = row
        elif row.day >= first_day:  # older marks the device has already forgotten
            mark_state[(row.checkpoint, row.day, row.digest)] = row.op
    listed: dict[tuple[str, str, date], list[str]] = {}
    lifted: dict[str, list[str]] = {}
    for (kind, number), row in sorted(card_state.items()):
        if row.op == "add":
            listed.setdefault((kind, row.reason, row.since), []).append(number)
        else:
            lifted.setdefault(kind, []).append(number)
    return Reference(
        version=reached, as_of=now, more=reached < top,
        policies=policies(session) if policy_changed else None,
        cards=_card_groups(listed),
        cards_lifted=[CardsLifted(document_type=kind, numbers=numbers)
                      for kind, numbers in sorted(lifted.items())],
        departures=_departure_groups(key for key, op in sorted(mark_state.items())
                                     if op == "add"),
        departures_removed=_departure_groups(key for key, op in sorted(mark_state.items())
                                             if op == "remove"),
        departures_from=first_day)


def policies(session: Session) -> list[PolicyValue]:
    """Every policy date HQ holds (the desk picks the one in force on a crossing's day)."""
    rows = table(PolicyDate)
    return [PolicyValue(key=key, value=value, effective_from=start, note=note)
            for key, value, start, note in session.execute(
                select(rows.c.key, rows.c.value, rows.c.effective_from, rows.c.note)
                .order_by(rows.c.key, rows.c.effective_from))]


def _card_groups(groups: dict[tuple[str, str, date], list[str]]) -> list[CardGroup]:
    # Built without validation: every value came out of HQ's own checked tables, and checking
    # a million numbers again would cost more than reading them.
    return [CardGroup.model_construct(document_type=kind, reason=reason, since=since,
                                      numbers=numbers)
            for (kind, reason, since), numbers in sorted(groups.items())]


def _departure_groups(marks: Iterable[Any]) -> list[DepartureGroup]:
    """(checkpoint, day, digest) in that order -> one group per checkpoint and day."""
    groups: dict[tuple[str, date], list[bytes]] = {}
    for checkpoint, day, digest in marks:
        groups.setdefault((checkpoint, day), []).append(bytes(digest))
    return [DepartureGroup.model_construct(checkpoint=checkpoint, day=day,
                                           digests=base64.b64encode(b"".join(digests)).decode())
            for (checkpoint, day), digests in groups.items()]
