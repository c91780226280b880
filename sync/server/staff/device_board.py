"""The devices page's view of every device (viewer and above): grouped by checkpoint, with the
silent ones and the audit problems put in words an operator reads at 3 a.m.

Built on ``desk.device_health`` (which checks the permission); the one rule for "silent" is
:func:`is_silent`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlmodel import Session, col

from contract.errors import ErrorCode
from sync.server.errors import NotFound
from sync.server.ingest import utc_now
from sync.server.models import Device
from sync.server.schemas import CloseoutState, DeviceHealth
from sync.server.staff import desk
from sync.server.staff.roles import Permission, StaffActor, require


class Attention(StrEnum):
    """How much a thing on the page asks for someone to look (the page's colours)."""

    OK = "ok"
    WARN = "warn"
    FLAG = "flag"


class DeviceState(StrEnum):
    """A device's state in one word."""

    IN_CONTACT = "in contact"
    SILENT = "silent"
    REVOKED = "revoked"


# Each audit-chain state of ``auditchain`` in a few plain words, and how loudly to show it.
# A gap is usually entries still on their way; a restore is a backup put back, for IT to check;
# the others mean the device's log was changed after the fact.
_AUDIT_WORDS: dict[str, tuple[str, Attention]] = {
    "intact": ("complete", Attention.OK),
    "gap": ("entries not received yet", Attention.WARN),
    "restored": ("restored from a backup: IT to check", Attention.WARN),
    "broken": ("an entry was changed after it was written", Attention.FLAG),
    "edited": ("entries were sent again with other contents", Attention.FLAG),
    "rolled_back": ("entries were deleted on the device", Attention.FLAG),
    "rewritten": ("the device's log was rewritten", Attention.FLAG),
}


def is_silent(device: DeviceHealth, now: datetime, silent_after: timedelta) -> bool:
    """The one rule: a device HQ has not revoked and has not heard from for longer than
    ``silent_after`` (counted from its enrollment when it never made contact)."""
    if device.revoked_at is not None:
        return False
    heard = device.last_contact_at or device.enrolled_at
    return now - heard > silent_after


@dataclass(frozen=True)
class AuditWords:
    """A device's audit chain as the page says it."""

    headline: str
    problem: str  # ``auditchain``'s own sentence naming the entry, or ""
    held_through: int
    attention: Attention


@dataclass(frozen=True)
class DeviceRow:
    """One device on the page."""

    health: DeviceHealth
    state: DeviceState
    quiet_for: timedelta | None  # since its last contact; None when it never made one
    audit: AuditWords

    @property
    def attention(self) -> Attention:
        """The loudest thing about it: silence, or its audit chain."""
        if self.state is DeviceState.SILENT:
            return Attention.FLAG
        return Attention.OK if self.state is DeviceState.REVOKED else self.audit.attention


@dataclass(frozen=True)
class CheckpointGroup:
    """A checkpoint's devices, and its close-outs (a close-out is the checkpoint's day, not one
    device's)."""

    checkpoint: str
    devices: list[DeviceRow]
    closeouts: list[CloseoutState]  # the most recent, newest first

    @property
    def working(self) -> int:
        """Devices not revoked."""
        return sum(1 for row in self.devices if row.state is not DeviceState.REVOKED)

    @property
    def silent(self) -> int:
        return sum(1 for row in self.devices if row.state is DeviceState.SILENT)

    @property
    def revoked(self) -> int:
        return sum(1 for row in self.devices if row.state is DeviceState.REVOKED)

    @property
    def audit_problems(self) -> int:
        """Devices, revoked ones too, whose audit chain is not complete."""
        return sum(1 for row in self.devices if row.audit.attention is not Attention.OK)

    @property
    def records_held(self) -> int:
        return sum(row.health.records_held for row in self.devices)

    @property
    def last_contact_at(self) -> datetime | None:
        """The latest contact of any of its devices."""
        return max((row.health.last_contact_at for row in self.devices
                    if row.health.last_contact_at is not None), default=None)

    @property
    def reconciled(self) -> int:
        return sum(1 for closeout in self.closeouts if closeout.reconciled)

    @property
    def unreconciled(self) -> list[CloseoutState]:
        """Close-outs whose records HQ does not all hold yet, or whose tally differs."""
        return [closeout for closeout in self.closeouts if not closeout.reconciled]

    @property
    def attention(self) -> Attention:
        if self.silent or self.unreconciled or any(
                row.attention is Attention.FLAG for row in self.devices):
            return Attention.FLAG
        return max((row.attention for row in self.devices), key=list(Attention).index,
                   default=Attention.OK)


@dataclass(frozen=True)
class DeviceBoard:
    """Every device, grouped by checkpoint (alphabetical: the same place every night)."""

    groups: list[CheckpointGroup]
    silent_after: timedelta
    as_of: datetime

    @property
    def devices(self) -> list[DeviceRow]:
        return [row for group in self.groups for row in group.devices]

    @property
    def silent(self) -> list[DeviceRow]:
        """The silent devices, longest silent first: the page lists them above everything."""
        rows = [row for row in self.devices if row.state is DeviceState.SILENT]
        return sorted(rows, key=lambda row: row.health.last_contact_at or row.health.enrolled_at)

    @property
    def audit_problems(self) -> list[DeviceRow]:
        return [row for row in self.devices if row.audit.attention is not Attention.OK]


def audit_words(device: DeviceHealth) -> AuditWords:
    """The device's audit chain in words (a state this build does not know is shown as is,
    flagged)."""
    headline, attention = _AUDIT_WORDS.get(device.audit_status,
                                           (device.audit_status, Attention.FLAG))
    return AuditWords(headline=headline, problem=device.audit_problem,
                      held_through=device.audit_held_through, attention=attention)


def device_row(device: DeviceHealth, now: datetime, silent_after: timedelta) -> DeviceRow:
    """One device's row."""
    if device.revoked_at is not None:
        state = DeviceState.REVOKED
    elif is_silent(device, now, silent_after):
        state = DeviceState.SILENT
    else:
        state = DeviceState.IN_CONTACT
    quiet = None if device.last_contact_at is None else max(now - device.last_contact_at,
                                                            timedelta(0))
    return DeviceRow(health=device, state=state, quiet_for=quiet, audit=audit_words(device))


# Within a checkpoint: silent ones first, revoked ones last, then by device id.
_ORDER = {DeviceState.SILENT: 0, DeviceState.IN_CONTACT: 1, DeviceState.REVOKED: 2}


def device_board(session: Session, actor: StaffActor, silent_after: timedelta,
                 checkpoint: str | None = None, now: datetime | None = None) -> DeviceBoard:
    """Every device (or one checkpoint's), grouped by checkpoint; viewer and above."""
    now = now or utc_now()
    by_checkpoint: dict[str, list[DeviceHealth]] = {}
    for device in desk.device_health(session, actor):
        if checkpoint is None or device.checkpoint == checkpoint:
            by_checkpoint.setdefault(device.checkpoint, []).append(device)
    groups = []
    for code in sorted(by_checkpoint):
        rows = sorted((device_row(device, now, silent_after) for device in by_checkpoint[code]),
                      key=lambda row: (_ORDER[row.state], row.health.device_id))
        # Every device of a checkpoint carries the same close-outs (they are the checkpoint's).
        groups.append(CheckpointGroup(checkpoint=code, devices=rows,
                                      closeouts=by_checkpoint[code][0].closeouts))
    return DeviceBoard(groups=groups, silent_after=silent_after, as_of=now)


def device_to_revoke(session: Session, actor: StaffActor, device_id: str,
                     silent_after: timedelta) -> DeviceRow:
    """The device an HQ admin is asked to confirm revoking (HQ admin only: others are refused
    before they see the question)."""
    require(actor, Permission.REVOKE)
    found = next((device for device in desk.device_health(session, actor)
                  if device.device_id == device_id), None)
    if found is None:
        raise NotFound(f"HQ has no device {device_id}.", code=ErrorCode.UNKNOWN_DEVICE)
    return device_row(found, utc_now(), silent_after)


def enrollment_checkpoints(session: Session, actor: StaffActor) -> list[str]:
    """The checkpoints HQ has devices at, offered on the enrollment form (HQ admin only; a new
    checkpoint can still be typed)."""
    require(actor, Permission.ENROLL)
    return list(session.execute(select(col(Device.checkpoint)).distinct()
                                .order_by(col(Device.checkpoint))).scalars())
