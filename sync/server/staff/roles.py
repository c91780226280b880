"""Who may do what at HQ: the staff roles and their permissions, in one table.

Each role includes the one before it: viewer < complaints < supervisor < admin. The service
functions (``desk``, ``accounts``) check the permission themselves through :func:`require`, so a
route, the command line and the console cannot differ about it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from contract.errors import ErrorCode
from sync.server.errors import Forbidden, Malformed


class StaffRole(StrEnum):
    """A staff member's role, lowest first."""

    VIEWER = "viewer"
    COMPLAINTS = "complaints"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        """Its place in the order: a role holds every permission of a lower one."""
        return list(StaffRole).index(self)


class Permission(StrEnum):
    """Something a staff member may do."""

    READ_TALLY = "read_tally"
    READ_DEVICES = "read_devices"
    READ_COMPLAINTS = "read_complaints"
    REVEAL_CONTACT = "reveal_contact"
    SET_COMPLAINT_STATUS = "set_complaint_status"
    ASSIGN_COMPLAINT = "assign_complaint"
    NOTE_COMPLAINT = "note_complaint"
    EXPORT = "export"
    READ_AUDIT = "read_audit"
    MANAGE_USERS = "manage_users"
    ENROLL = "enroll"
    REVOKE = "revoke"
    REFERENCE_DATA = "reference_data"


# The one table: the lowest role that holds each permission. The supervisor also
# "reconciles": HQ reconciles close-outs itself as batches arrive, so no staff action exists to
# guard; add its permission here with the action (a permission that guards nothing reads as a
# check that is not made).
LOWEST_ROLE: dict[Permission, StaffRole] = {
    Permission.READ_TALLY: StaffRole.VIEWER,
    Permission.READ_DEVICES: StaffRole.VIEWER,
    Permission.READ_COMPLAINTS: StaffRole.COMPLAINTS,
    Permission.REVEAL_CONTACT: StaffRole.COMPLAINTS,
    Permission.SET_COMPLAINT_STATUS: StaffRole.COMPLAINTS,
    Permission.ASSIGN_COMPLAINT: StaffRole.COMPLAINTS,
    Permission.NOTE_COMPLAINT: StaffRole.COMPLAINTS,
    Permission.EXPORT: StaffRole.SUPERVISOR,
    Permission.READ_AUDIT: StaffRole.SUPERVISOR,
    Permission.REFERENCE_DATA: StaffRole.SUPERVISOR,
    Permission.MANAGE_USERS: StaffRole.ADMIN,
    Permission.ENROLL: StaffRole.ADMIN,
    Permission.REVOKE: StaffRole.ADMIN,
}


@dataclass(frozen=True)
class StaffActor:
    """Whom a service call acts for: a signed-in staff member, or the server's operator."""

    name: str
    role: StaffRole
    must_change_password: bool = False
    # The hash of the token the request came with (None for the command line and the
    # deprecated shared token): sign-out ends this one.
    token_hash: str | None = None

    def may(self, permission: Permission) -> bool:
        """Whether this actor's role holds ``permission``."""
        return self.role.rank >= LOWEST_ROLE[permission].rank


# Shell access to HQ is the bootstrap: the command line acts as the server's operator.
OPERATOR = StaffActor("(operator)", StaffRole.ADMIN)
# The deprecated shared ``CONTROLROOM_ADMIN_TOKEN``: an operator reaching HQ over HTTP.
OPERATOR_TOKEN = StaffActor("(operator token)", StaffRole.ADMIN)


def parse_role(text: str) -> StaffRole:
    """A role from what was typed (``Complaints`` too); one sentence naming the roles if not."""
    try:
        return StaffRole(text.strip().lower())
    except ValueError:
        raise Malformed(f"{text!r} is not a role; use one of "
                        f"{', '.join(role.value for role in StaffRole)}.",
                        code=ErrorCode.UNKNOWN_ROLE) from None


def require(actor: StaffActor, permission: Permission) -> None:
    """Refuse (403) an actor who must first change their password, or whose role lacks
    ``permission``."""
    if actor.must_change_password:
        raise Forbidden("Change your password first (POST /api/v1/control/password).",
                        code=ErrorCode.MUST_CHANGE_PASSWORD)
    if not actor.may(permission):
        raise Forbidden(f"The {actor.role.value} role may not do this; it needs "
                        f"{LOWEST_ROLE[permission].value} or above.",
                        code=ErrorCode.PERMISSION_DENIED)
