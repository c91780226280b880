"""The control room's actions for staff, each checking the actor's role (``roles.require``)
and auditing what changes something or reveals a complainant's contact.

The routes, the command line (as ``OPERATOR``) and the console call these, never ``service``
directly for a staff action, so no face can skip a check or an audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from contract.errors import ErrorCode
from sync.server import service
from sync.server.database import reading
from sync.server.errors import NotFound
from sync.server.models import Complaint, Device, StaffAuditEntry
from sync.server.schemas import ComplaintView, DeviceHealth
from sync.server.staff import audit
from sync.server.staff.roles import Permission, StaffActor, require


def national_tally(session: Session, actor: StaffActor, start: date, end: date | None = None,
                   checkpoint: str | None = None) -> dict[str, Any]:
    """The national tally (viewer and above)."""
    require(actor, Permission.READ_TALLY)
    return service.national_tally(session, start, end, checkpoint)


def device_health(session: Session, actor: StaffActor) -> list[DeviceHealth]:
    """Every device's sync health (viewer and above)."""
    require(actor, Permission.READ_DEVICES)
    return service.device_health(session)


def complaints_queue(session: Session, actor: StaffActor, status: str | None = None,
                     checkpoint: str | None = None) -> list[ComplaintView]:
    """The complaints queue (complaints officer and above). Contacts are left out: each is
    revealed on its own (``reveal_contact``), and audited."""
    require(actor, Permission.READ_COMPLAINTS)
    return [view.model_copy(update={"contact": ""})
            for view in service.complaints_queue(session, status, checkpoint)]


def reveal_contact(session: Session, actor: StaffActor, complaint_uuid: str) -> str:
    """One complainant's contact (complaints officer and above); audited as revealed."""
    require(actor, Permission.REVEAL_CONTACT)
    row = session.get(Complaint, complaint_uuid)
    if row is None:
        raise NotFound(f"HQ has not received complaint {complaint_uuid}.",
                       code=ErrorCode.UNKNOWN_COMPLAINT)
    audit.append(session, actor.name, "contact_revealed", row.uuid, checkpoint=row.checkpoint)
    return row.contact


def set_complaint_status(session: Session, actor: StaffActor, complaint_uuid: str,
                         status: str) -> ComplaintView:
    """Set a complaint's status (complaints officer and above); it flows down to the
    checkpoint, and is audited."""
    require(actor, Permission.SET_COMPLAINT_STATUS)
    view = service.set_complaint_status(session, complaint_uuid, status, changed_by=actor.name)
    audit.append(session, actor.name, "complaint_status", view.uuid, status=view.status,
                  checkpoint=view.checkpoint)
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
