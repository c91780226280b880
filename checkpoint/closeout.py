"""Day close-out (DESIGN §4): the shift lead freezes, hashes and signs a day's tally."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlmodel import col

from checkpoint import audit
from checkpoint.entries import clean_text
from checkpoint.errors import ValidationError
from checkpoint.ledger import Ledger, utc_now
from checkpoint.models import DayCloseout
from checkpoint.permissions import Action
from checkpoint.tally import tally_in
from checkpoint.users import display_names
from contract.canonical import canonical_json, sha256_hex
from contract.errors import ErrorCode


def close_day(ledger: Ledger, day: date, signed_name: str = "") -> DayCloseout:
    """Close ``day``: its tally is frozen as canonical JSON and hashed, in one transaction.

    Later records, corrections and voids for the day are then marked late and show as
    amendments. A day can be closed once, and not before it has begun.
    """
    ledger.actor.require(Action.CLOSE_DAY)
    if day > ledger.today():
        raise ValidationError(f"{day} has not begun at the checkpoint yet",
                              code=ErrorCode.FUTURE_DAY, field="day")
    now = utc_now()
    with ledger.writing() as session:
        already = select(col(DayCloseout.uuid)).where(col(DayCloseout.day) == day)
        if session.execute(already).first():
            raise ValidationError(f"{day} is already closed", code=ErrorCode.ALREADY_CLOSED,
                                  field="day")
        signer = display_names(session, [ledger.actor.username])[ledger.actor.username]
        frozen = canonical_json(tally_in(session, ledger.settings.checkpoint, day, day))
        closeout = DayCloseout(
            uuid=str(uuid.uuid4()), checkpoint=ledger.settings.checkpoint, day=day,
            tally_json=frozen, tally_hash=sha256_hex(frozen), closed_by=ledger.actor.username,
            signed_name=clean_text(signed_name, "signed_name", limit=100) or signer,
            closed_at=now, updated_at=now)
        session.add(closeout)
        session.flush()
        audit.append(session, ledger.actor.username, "close_day", closeout.uuid,
                     {"day": day.isoformat(), "tally_hash": closeout.tally_hash})
    return closeout


def closeout_for(ledger: Ledger, day: date) -> DayCloseout | None:
    """The close-out of ``day``, if it was closed."""
    with ledger.reading() as session:
        found = session.execute(
            select(DayCloseout).where(col(DayCloseout.day) == day)).scalar_one_or_none()
        if found is not None:
            session.expunge(found)
        return found


@dataclass(frozen=True)
class HqVerdict:
    """What HQ said of a close-out after comparing it with the records it received.

    ``state``: ``awaiting`` (HQ has not said yet), ``reconciled``, ``missing_records`` (HQ lacks
    ``missing`` of the day's records) or ``tally_hash_wrong`` (the frozen tally does not match
    its hash at HQ: it was changed after closing, or damaged on the way).
    """

    state: Literal["awaiting", "reconciled", "missing_records", "tally_hash_wrong"]
    missing: int = 0

    @property
    def reconciled(self) -> bool:
        """Whether HQ holds every record of the day and the frozen tally it was signed with."""
        return self.state == "reconciled"


def hq_verdict(closeout: DayCloseout) -> HqVerdict:
    """HQ's verdict on ``closeout``, as last received."""
    if closeout.hq_reconciled is None:
        return HqVerdict("awaiting")
    # A wrong hash outweighs a full count: what was signed is not what HQ holds.
    if closeout.hq_tally_hash_matches is False:
        return HqVerdict("tally_hash_wrong", closeout.hq_missing or 0)
    if not closeout.hq_reconciled:
        return HqVerdict("missing_records", closeout.hq_missing or 0)
    return HqVerdict("reconciled")
