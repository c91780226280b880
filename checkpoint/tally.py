"""The tally (DESIGN §7): departures counted by day or range, voided records left out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from checkpoint.daycounts import AGE_BANDS, HOUSEHOLDS, TOTAL, Key, read_counts
from checkpoint.errors import ValidationError
from checkpoint.ledger import Ledger
from checkpoint.models import Crossing, LateAmendment
from checkpoint.permissions import Action

# Tally key -> counter dimension, in the order the object is printed.
BREAKDOWNS = (("by_origin_province", "origin_province"), ("by_document_type", "document_type"),
              ("by_check_result", "check_result"), ("by_sex", "sex"),
              ("by_age_band", "age_band"), ("by_return_type", "return_type"),
              ("by_vulnerability", "vulnerability"))


def check_range(start: date, end: date | None) -> date:
    """The end of the range (``start`` alone is one day); refuses a range that runs backwards."""
    end = end or start
    if end < start:
        raise ValidationError(f"the range ends ({end}) before it starts ({start})",
                              code="range_reversed", field="to")
    return end


def build_tally(checkpoint: str, start: date, end: date, counts: dict[Key, int]) -> dict[str, Any]:
    """The DESIGN §7 tally object from summed counters."""
    result: dict[str, Any] = {"checkpoint": checkpoint, "from": start.isoformat(),
                              "to": end.isoformat(), "total": counts.get((TOTAL, ""), 0),
                              "households": counts.get((HOUSEHOLDS, ""), 0)}
    for name, dimension in BREAKDOWNS:
        breakdown = {value: n for (dim, value), n in sorted(counts.items())
                     if dim == dimension and n}
        if dimension == "age_band":
            breakdown = {band: breakdown.get(band, 0) for band in AGE_BANDS}
        result[name] = breakdown
    return result


def tally_in(session: Session, checkpoint: str, start: date, end: date) -> dict[str, Any]:
    """The tally read inside an open session (for close-outs, in their own transaction)."""
    return build_tally(checkpoint, start, end, read_counts(session, start, end))


def tally(ledger: Ledger, start: date, end: date | None = None) -> dict[str, Any]:
    """The tally for a day (``end`` omitted) or an inclusive range of checkpoint-local days."""
    ledger.actor.require(Action.TALLY)
    end = check_range(start, end)
    with ledger.reading() as session:
        return tally_in(session, ledger.settings.checkpoint, start, end)


@dataclass(frozen=True)
class Amendment:
    """A change made to a closed day, shown on the next tally sheet."""

    crossing_uuid: str
    day: date
    action: str
    changed_by: str
    changed_at: datetime
    full_name: str


def late_amendments(ledger: Ledger, since: datetime, until: datetime) -> list[Amendment]:
    """Changes to closed days made between ``since`` and ``until`` (UTC)."""
    ledger.actor.require(Action.TALLY)
    with ledger.reading() as session:
        rows = session.execute(
            select(col(LateAmendment.crossing_uuid), col(LateAmendment.day),
                   col(LateAmendment.action), col(LateAmendment.changed_by),
                   col(LateAmendment.changed_at), col(Crossing.full_name))
            .join(Crossing, col(Crossing.uuid) == col(LateAmendment.crossing_uuid))
            .where(col(LateAmendment.changed_at) >= since, col(LateAmendment.changed_at) < until)
            .order_by(col(LateAmendment.changed_at)))
        return [Amendment(*row) for row in rows]
