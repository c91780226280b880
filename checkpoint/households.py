"""People travelling together, as the desk reads them back: the households it saved last."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlmodel import col

from checkpoint.ledger import Ledger
from checkpoint.models import Crossing

RECENT_HOUSEHOLDS = 15


@dataclass(frozen=True)
class RecentHousehold:
    """One saved household: when, its people's names in the order entered (the head first),
    and whether all of them are void."""

    household_uuid: str
    crossed_at: datetime
    members: tuple[str, ...]
    voided: bool
    head_uuid: str

    @property
    def name(self) -> str:
        """The head's name: the person entered first."""
        return self.members[0]

    @property
    def people(self) -> int:
        """How many people crossed together."""
        return len(self.members)


def recent_households(ledger: Ledger, limit: int = RECENT_HOUSEHOLDS) -> list[RecentHousehold]:
    """The last ``limit`` households recorded on this device, newest first.

    Over yesterday and today only: what a desk re-checks after a restart, and the day filter
    keeps the read on an index however large the database grows.
    """
    since = ledger.today() - timedelta(days=1)
    with ledger.reading() as session:
        newest = session.execute(
            select(col(Crossing.household_uuid))
            .where(col(Crossing.local_day) >= since)
            .group_by(col(Crossing.household_uuid))
            .order_by(func.max(col(Crossing.recorded_at)).desc())
            .limit(limit)).scalars().all()
        people = session.execute(
            select(col(Crossing.household_uuid), col(Crossing.crossed_at),
                   col(Crossing.full_name), col(Crossing.voided), col(Crossing.uuid))
            .where(col(Crossing.household_uuid).in_(newest))
            .order_by(col(Crossing.household_position), col(Crossing.recorded_at))).all()
    members: dict[str, list[tuple[datetime, str, bool, str]]] = {uuid: [] for uuid in newest}
    for household, crossed_at, full_name, voided, crossing_uuid in people:
        members[household].append((crossed_at, full_name, voided, crossing_uuid))
    return [RecentHousehold(household, group[0][0], tuple(person[1] for person in group),
                            all(person[2] for person in group), group[0][3])
            for household, group in members.items()]
