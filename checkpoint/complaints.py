"""Complaints taken at the checkpoint; HQ owns their status (DESIGN §4)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlmodel import col

from checkpoint import audit
from checkpoint.entries import clean_text
from checkpoint.errors import NotFound, ValidationError
from checkpoint.ledger import Ledger, utc_now
from checkpoint.models import Complaint, Crossing
from checkpoint.permissions import Action
from contract import codes
from contract.errors import ErrorCode

URGENCIES = ("normal", "urgent")


def take_complaint(ledger: Ledger, category: str, description: str, *,
                   crossing_uuid: str | None = None, contact: str = "",
                   urgency: str = "normal") -> str:
    """Record a returnee's complaint (shift lead); returns its UUID."""
    ledger.actor.require(Action.COMPLAINTS)
    code = codes.complaint_categories().resolve(category)
    if code is None:
        raise ValidationError("a category is required", code=ErrorCode.REQUIRED, field="category")
    text = clean_text(description, "description")
    if not text:
        raise ValidationError("a description is required",
                              code=ErrorCode.REQUIRED, field="description")
    urgency = urgency.strip().lower()
    if urgency not in URGENCIES:
        raise ValidationError(f"urgency must be one of {', '.join(URGENCIES)}",
                              code=ErrorCode.INVALID_URGENCY, field="urgency")
    now = utc_now()
    complaint = Complaint(uuid=str(uuid.uuid4()), checkpoint=ledger.settings.checkpoint,
                          category=code, description=text, crossing_uuid=crossing_uuid or None,
                          contact=clean_text(contact, "contact", limit=200), urgency=urgency,
                          taken_by=ledger.actor.username, taken_at=now, updated_at=now)
    with ledger.writing() as session:
        if crossing_uuid and session.get(Crossing, crossing_uuid) is None:
            raise NotFound(f"There is no record {crossing_uuid}.", field="crossing_uuid")
        session.add(complaint)
        session.flush()
        audit.append(session, ledger.actor.username, "complaint", complaint.uuid,
                     {"category": code, "urgency": urgency})
    return complaint.uuid


def list_complaints(ledger: Ledger) -> Sequence[Complaint]:
    """Every complaint, newest first, with the status HQ last sent."""
    ledger.actor.require(Action.COMPLAINTS)
    with ledger.reading() as session:
        found = session.execute(
            select(Complaint).order_by(col(Complaint.taken_at).desc())).scalars()
        result = list(found)
        session.expunge_all()
        return result
