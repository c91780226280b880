"""Roles and what each may do (DESIGN §6), checked in the core for every action."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from checkpoint.errors import PermissionDenied, ValidationError
from contract.errors import ErrorCode


class Role(StrEnum):
    """A user's role; each includes everything the one before it may do."""

    CLERK = "clerk"
    SHIFT_LEAD = "shift_lead"
    IT_ADMIN = "it_admin"


class Action(StrEnum):
    """Something a role may be allowed to do."""

    RECORD = "record"
    CORRECT_ANY = "correct_any"
    VOID = "void"
    TALLY = "tally"
    PRINT = "print"
    CLOSE_DAY = "close_day"
    COMPLAINTS = "complaints"
    MANAGE_USERS = "manage_users"
    SETTINGS = "settings"
    ENROLL = "enroll"
    IMPORT = "import"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    READ_AUDIT = "read_audit"
    RETENTION = "retention"
    DEMO_DATA = "demo_data"


_CLERK = frozenset({Action.RECORD})
_SHIFT_LEAD = _CLERK | {Action.CORRECT_ANY, Action.VOID, Action.TALLY, Action.PRINT,
                        Action.CLOSE_DAY, Action.COMPLAINTS}
_IT_ADMIN = _SHIFT_LEAD | {Action.MANAGE_USERS, Action.SETTINGS, Action.ENROLL, Action.IMPORT,
                           Action.EXPORT, Action.BACKUP, Action.RESTORE, Action.READ_AUDIT,
                           Action.RETENTION, Action.DEMO_DATA}
# What each action is, as the refusal says it: "A clerk may not <phrase>."
_PHRASES: dict[Action, str] = {
    Action.RECORD: "record crossings",
    Action.CORRECT_ANY: "correct other users' records",
    Action.VOID: "void records",
    Action.TALLY: "read the tally",
    Action.PRINT: "print the tally sheet",
    Action.CLOSE_DAY: "close a day",
    Action.COMPLAINTS: "work complaints",
    Action.MANAGE_USERS: "manage users",
    Action.SETTINGS: "change settings",
    Action.ENROLL: "enroll the device",
    Action.IMPORT: "import registers",
    Action.EXPORT: "export records",
    Action.BACKUP: "make backups",
    Action.RESTORE: "restore backups",
    Action.READ_AUDIT: "read the audit log",
    Action.RETENTION: "purge old personal data",
    Action.DEMO_DATA: "add demo data",
}
ALLOWED: dict[Role, frozenset[Action]] = {
    Role.CLERK: _CLERK,
    Role.SHIFT_LEAD: frozenset(_SHIFT_LEAD),
    Role.IT_ADMIN: frozenset(_IT_ADMIN),
}


def parse_role(text: str) -> Role:
    """A role from what an IT officer typed (``shift-lead``, ``Shift lead``, ``it_admin``...)."""
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return Role(key)
    except ValueError:
        raise ValidationError(f"unknown role {text!r}; expected clerk, shift_lead or it_admin",
                              code=ErrorCode.UNKNOWN_ROLE, field="role") from None


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf the core acts."""

    username: str
    role: Role

    def may(self, action: Action) -> bool:
        """Whether this user's role allows ``action``."""
        return action in ALLOWED[self.role]

    def require(self, action: Action) -> None:
        """Raise ``PermissionDenied`` unless this user's role allows ``action``."""
        if not self.may(action):
            raise PermissionDenied(
                f"A {self.role.value.replace('_', ' ')} may not {_PHRASES[action]}.",
                action=action.value, role=self.role.value)
