"""What the control-room staff endpoints answer (HQ only; the device's wire is ``contract.wire``).

Response models hold what travels; no secret is ever on one of them.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, create_model

from contract.tallyrules import BREAKDOWN_NAMES
from contract.usernames import USERNAME_AS_TYPED

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def iso_day(text: str) -> date:
    """A day written exactly ``YYYY-MM-DD``, as the API and ``controlroom`` take it
    (``ValueError`` otherwise): ``date.fromisoformat`` alone also reads ISO week dates
    (``2025-W14-1``) and compact forms, which nobody at HQ means."""
    if not _ISO_DAY.fullmatch(text):
        raise ValueError("write the day as YYYY-MM-DD")
    return date.fromisoformat(text)


def _iso_day(value: object) -> object:
    """Refuse a day not written ``YYYY-MM-DD``: pydantic alone reads ``from=0`` as a Unix time
    and answers the tally of 1 January 1970 as if it had been asked for."""
    return iso_day(value) if isinstance(value, str) else value


IsoDay = Annotated[date, BeforeValidator(_iso_day)]
"""A day in a query, written ``YYYY-MM-DD`` (as the schema's ``format: date`` says)."""


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, populate_by_name=True)


class _TallyHead(_Out):
    checkpoint: str = Field(description='"ALL", or the one checkpoint asked for')
    from_: str = Field(alias="from")
    to: str
    total: int
    households: int


# The breakdowns are the contract's (DESIGN §7), in its order, then HQ's own ``by_checkpoint``.
_BREAKDOWN_FIELDS: dict[str, Any] = {name: (dict[str, int], ...)
                                     for name in (*BREAKDOWN_NAMES, "by_checkpoint")}
NationalTally = create_model(
    "NationalTally", __base__=_TallyHead,
    __doc__="The DESIGN §7 tally object summed over checkpoints, plus ``by_checkpoint``.",
    **_BREAKDOWN_FIELDS)


class CloseoutState(_Out):
    """A close-out compared with what HQ holds for its checkpoint and day."""

    uuid: str
    day: date
    frozen_total: int = Field(description="the total the shift lead froze and signed")
    held: int = Field(description="current, not voided crossings HQ holds for that day")
    missing: int
    reconciled: bool
    tally_hash_matches: bool


class DeviceHealth(_Out):
    """One device's sync health, as the control room watches it."""

    device_id: str
    checkpoint: str
    enrolled_at: datetime
    revoked_at: datetime | None
    last_contact_at: datetime | None = Field(
        description="the last batch or fetch of updates with the device's token")
    last_batch_at: datetime | None
    last_batch_id: str | None
    batches_received: int
    records_held: int = Field(description="record revisions HQ stored from this device")
    audit_held_through: int
    audit_status: str = Field(
        description="intact | gap | broken | edited | rolled_back | rewritten | restored")
    audit_problem: str
    closeouts: list[CloseoutState] = Field(
        description="the checkpoint's most recent close-outs, newest first")


class ComplaintView(_Out):
    """A complaint as the control room's desk shows it (the contact only where revealed)."""

    uuid: str
    checkpoint: str
    category: str
    description: str
    urgency: str
    contact: str
    crossing_uuid: str | None
    taken_by: str
    taken_at: datetime
    received_at: datetime
    status: str
    status_updated_at: datetime | None
    assigned_to: str | None = Field(description="the staff user working it, if any")
    assigned_at: datetime | None
    age_minutes: int = Field(description="minutes since it was taken at the checkpoint")
    overdue: bool = Field(description="not yet resolved or closed more than 24 h after it was "
                                      "taken: the control room promised an answer by then")


class ComplaintQueue(_Out):
    """One page of the complaints queue (urgent first, then oldest) and how many match."""

    total: int = Field(description="complaints matching the filters, on every page (HQ "
                                   "stops counting at 1,000 of each urgency)")
    total_capped: bool = Field(description="true: more match than ``total`` says")
    limit: int
    offset: int
    complaints: list[ComplaintView] = Field(description="contacts left out")


class ComplaintEvent(_Out):
    """One step of a complaint's history."""

    at: datetime
    kind: str = Field(description="taken | received | status | assigned | note")
    by: str = Field(description="who: the checkpoint clerk, the device, or a staff user")
    text: str = Field(description="taken/received: the checkpoint; status: the new status; "
                                  "assigned: the officer ('' when taken off anyone); note: its "
                                  "text ('' once retention removed it)")


class ComplaintDetail(_Out):
    """One complaint (contact left out) and its history, oldest first."""

    complaint: ComplaintView
    history: list[ComplaintEvent]


class ComplaintNoteView(_Out):
    """An internal note added to a complaint."""

    id: int
    complaint_uuid: str
    at: datetime
    author: str
    text: str


NOTE_MAX_CHARS = 4000  # an internal note's longest text, on the page and through the API

COMPLAINT_STATUSES = ("received", "in_progress", "referred", "resolved", "closed")
# A complaint in one of these has had its answer; any other is still waiting for one.
ANSWERED_STATUSES = ("resolved", "closed")


class ComplaintStatusIn(BaseModel):
    """The status HQ sets on a complaint."""

    model_config = ConfigDict(extra="forbid")
    # The schema lists the statuses (the service also takes "In progress" and the like, and
    # words its own refusal of anything else).
    status: str = Field(description=" | ".join(COMPLAINT_STATUSES),
                        json_schema_extra={"enum": list(COMPLAINT_STATUSES)})


class ComplaintAssigneeIn(BaseModel):
    """Whom a complaint is assigned to (a complaints officer or above); null: nobody."""

    model_config = ConfigDict(extra="forbid")
    officer: str | None = Field(pattern=USERNAME_AS_TYPED,
                                description="a staff user name (``null``: nobody)")


class ComplaintNoteIn(BaseModel):
    """An internal note's text (kept from the complainant; never in logs or the audit)."""

    model_config = ConfigDict(extra="forbid")
    # Not blank, not too long: the schema says it, the service checks it and says it in a
    # sentence (this bound only stops a body far past it before the service reads it).
    text: str = Field(max_length=4 * NOTE_MAX_CHARS,
                      json_schema_extra={"pattern": r"\S", "maxLength": NOTE_MAX_CHARS},
                      description=f"at most {NOTE_MAX_CHARS} characters, not blank")
