"""The control room's actions for staff, each checking the actor's role (``roles.require``)
and auditing what changes something or reveals a complainant's contact.

The routes, the command line (as ``OPERATOR``) and the console call these, never ``service``
directly for a staff action, so no face can skip a check or an audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlmodel import Session, col

from contract.errors import ErrorCode
from sync.server import complaints, reference, service
from sync.server.complaints import QueueFilter
from sync.server.database import reading
from sync.server.errors import Malformed, NotFound
from sync.server.models import Device, StaffAuditEntry, StaffUser
from sync.server.picture import NationalPicture
from sync.server.schemas import (
    ComplaintDetail,
    ComplaintNoteView,
    ComplaintQueue,
    ComplaintView,
    DeviceHealth,
)
from sync.server.staff import accounts, audit
from sync.server.staff.roles import Permission, StaffActor, StaffRole, require


def national_tally(session: Session, actor: StaffActor, start: date, end: date | None = None,
                   checkpoint: str | None = None) -> dict[str, Any]:
    """The national tally (viewer and above)."""
    require(actor, Permission.READ_TALLY)
    return service.national_tally(session, start, end, checkpoint)


def national_picture(session: Session, actor: StaffActor, start: date, end: date,
                     checkpoint: str | None = None) -> NationalPicture:
    """The national picture of a range (viewer and above): the tally, its days, late
    amendments and unsettled days."""
    require(actor, Permission.READ_TALLY)
    return service.national_picture(session, start, end, checkpoint)


def tally_export(session: Session, actor: StaffActor, start: date, end: date,
                 checkpoint: str | None = None) -> NationalPicture:
    """The national picture of a range, to be exported as CSV or printed (supervisor and
    above: an export leaves the control room)."""
    require(actor, Permission.EXPORT)
    return service.national_picture(session, start, end, checkpoint)


def device_health(session: Session, actor: StaffActor) -> list[DeviceHealth]:
    """Every device's sync health (viewer and above)."""
    require(actor, Permission.READ_DEVICES)
    return service.device_health(session)


def complaints_queue(session: Session, actor: StaffActor,
                     wanted: QueueFilter | None = None) -> ComplaintQueue:
    """A page of the complaints queue (complaints officer and above). Contacts are left out:
    each is revealed on its own (``reveal_contact``), and audited."""
    require(actor, Permission.READ_COMPLAINTS)
    page = complaints.complaints_queue(session, wanted or QueueFilter())
    return page.model_copy(update={"complaints": [_without_contact(view)
                                                  for view in page.complaints]})


def complaint_detail(session: Session, actor: StaffActor,
                     complaint_uuid: str) -> ComplaintDetail:
    """One complaint and its history (complaints officer and above), contact left out."""
    require(actor, Permission.READ_COMPLAINTS)
    detail = complaints.complaint_detail(session, complaint_uuid)
    return detail.model_copy(update={"complaint": _without_contact(detail.complaint)})


def reveal_contact(session: Session, actor: StaffActor, complaint_uuid: str) -> str:
    """One complainant's contact (complaints officer and above); audited as revealed."""
    require(actor, Permission.REVEAL_CONTACT)
    row = complaints.get_complaint(session, complaint_uuid)
    audit.append(session, actor.name, "contact_revealed", row.uuid, checkpoint=row.checkpoint)
    return row.contact


def set_complaint_status(session: Session, actor: StaffActor, complaint_uuid: str,
                         status: str) -> ComplaintView:
    """Set a complaint's status (complaints officer and above); it flows down to the
    checkpoint, and is audited."""
    require(actor, Permission.SET_COMPLAINT_STATUS)
    view = complaints.set_complaint_status(session, complaint_uuid, status,
                                           changed_by=actor.name)
    audit.append(session, actor.name, "complaint_status", view.uuid, status=view.status,
                 checkpoint=view.checkpoint)
    return _without_contact(view)


def assign_complaint(session: Session, actor: StaffActor, complaint_uuid: str,
                     officer: str | None) -> ComplaintView:
    """Give a complaint to ``officer`` — an active staff user whose role works complaints —
    or to nobody (None or empty); complaints officer and above, audited when it changes."""
    require(actor, Permission.ASSIGN_COMPLAINT)
    name = _officer(session, officer) if officer and officer.strip() else None
    view, changed = complaints.assign(session, complaint_uuid, name, actor.name)
    if changed:
        audit.append(session, actor.name, "complaint_assign", view.uuid, assigned_to=name,
                     checkpoint=view.checkpoint)
    return _without_contact(view)


def _officer(session: Session, typed: str) -> str:
    """The user name of an active staff user who may work complaints; one sentence if not."""
    name = accounts.normalise_username(typed)
    user = session.get(StaffUser, name)
    if user is None:
        raise NotFound(f"There is no staff user {name!r}.", code=ErrorCode.NO_USER)
    if not user.active:
        raise Malformed(f"{name} is disabled; assign the complaint to an active officer.",
                        code=ErrorCode.ACCOUNT_DISABLED)
    if not StaffActor(name, StaffRole(user.role)).may(Permission.READ_COMPLAINTS):
        raise Malformed(f"{name} is a {user.role} and may not read complaints; assign it to "
                        f"a complaints officer or above.", code=ErrorCode.PERMISSION_DENIED)
    return name


def add_complaint_note(session: Session, actor: StaffActor, complaint_uuid: str,
                       text: str) -> ComplaintNoteView:
    """Add an internal note (complaints officer and above). The audit records that a note
    was added, and its length, never its words."""
    require(actor, Permission.NOTE_COMPLAINT)
    note = complaints.add_note(session, complaint_uuid, text, actor.name)
    row = complaints.get_complaint(session, complaint_uuid)
    audit.append(session, actor.name, "complaint_note", note.complaint_uuid, note_id=note.id,
                 chars=len(note.text), checkpoint=row.checkpoint)
    return note


def complaint_officers(session: Session, actor: StaffActor) -> list[str]:
    """The active staff users a complaint may be assigned to, by name (for the assign form)."""
    require(actor, Permission.ASSIGN_COMPLAINT)
    rows = session.execute(select(StaffUser).where(col(StaffUser.active))
                           .order_by(col(StaffUser.username))).scalars()
    return [user.username for user in rows
            if StaffActor(user.username, StaffRole(user.role)).may(Permission.READ_COMPLAINTS)]


def _without_contact(view: ComplaintView) -> ComplaintView:
    return view.model_copy(update={"contact": ""})


def create_enrollment_code(session: Session, actor: StaffActor, checkpoint: str,
                           valid_hours: float, device_id: str | None = None
                           ) -> tuple[str, str, datetime]:
    """A one-time enrollment code (HQ admin); returns it, its checkpoint and expiry. The
    audit keeps the checkpoint and device, never the code."""
    require(actor, Permission.ENROLL)
    code, expires = service.create_enrollment_code(session, checkpoint, valid_hours,
                                                   device_id=device_id)
    normalised = service.normalise_checkpoint(checkpoint)
    audit.append(session, actor.name, "enrollment_code", normalised, device_id=device_id,
                 expires_at=expires.isoformat())
    return code, normalised, expires


def revoke(session: Session, actor: StaffActor, device_id: str) -> Device:
    """Stop a device's token working (HQ admin); audited."""
    require(actor, Permission.REVOKE)
    device = service.revoke(session, device_id)
    audit.append(session, actor.name, "device_revoke", device.device_id,
                 checkpoint=device.checkpoint)
    return device


@dataclass(frozen=True)
class AuditRead:
    """A page of HQ's own audit, the ``before`` of the next (newest-first) page, and the
    chain's state."""

    entries: list[StaffAuditEntry]
    next_before: int | None
    chain: audit.ChainCheck


def read_audit(engine: Engine, actor: StaffActor, narrow: audit.AuditFilter | None = None, *,
               after: int | None = None, before: int | None = None, limit: int = 50,
               full_check: bool = False) -> AuditRead:
    """HQ's own audit entries (supervisor and above): newest first below ``before``, or
    oldest first after ``after`` (a tool following the log); narrowed by who, what and day.
    The chain is checked from its verified-through point, or whole with ``full_check``."""
    require(actor, Permission.READ_AUDIT)
    narrow = narrow or audit.AuditFilter()
    with reading(engine) as session:
        if after is not None:
            found, next_before = audit.entries(session, after, limit, narrow), None
        else:
            found, next_before = audit.newest(session, narrow, before, limit)
    chain = audit.verify(engine) if full_check else audit.verify_recent(engine)
    return AuditRead(found, next_before, chain)


# -- HQ's reference data: ``reference`` checks REFERENCE_DATA (supervisor) and audits itself;
# the faces reach it through here like every other staff action.

set_policy = reference.set_policy
list_policies = reference.list_policies
cancel_card = reference.cancel_card
lift_card = reference.lift_card
import_cards = reference.import_cards
find_cards = reference.find_cards
reference_summary = reference.reference_summary
