"""What the staff routes take and answer (HQ only). No password hash or token hash is ever on
one of these; a new token travels once, in the sign-in answer."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from contract.usernames import USERNAME_AS_TYPED
from sync.server.staff.accounts import (
    MAX_FULL_NAME_CHARS,
    MAX_PASSWORD_CHARS,
    MIN_PASSWORD_CHARS,
)
from sync.server.staff.roles import StaffRole


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class SignInRequest(_In):
    """A staff member's name and password."""

    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=MAX_PASSWORD_CHARS)


class StaffSession(_Out):
    """A new bearer token for the staff API, shown once."""

    token: str
    username: str
    role: StaffRole
    must_change_password: bool = Field(
        description="true: only POST /control/password (and sign-out) work until it is changed")
    expires_at: datetime = Field(description="when the token expires if left unused; each "
                                             "use moves it on")


class PasswordChange(_In):
    """The signed-in user's current password and the new one."""

    old_password: str = Field(min_length=1, max_length=MAX_PASSWORD_CHARS)
    new_password: str = Field(min_length=MIN_PASSWORD_CHARS, max_length=MAX_PASSWORD_CHARS)


class EnrollmentCodeRequest(_In):
    """The checkpoint a new code is for; with ``device_id``, the one device it re-enrolls."""

    checkpoint: str = Field(pattern=r"^[A-Z0-9_]{2,32}$", description="e.g. TORKHAM")
    valid_hours: float = Field(default=48, gt=0, le=720)
    device_id: str | None = Field(default=None, min_length=1, max_length=36)


class EnrollmentCodeOut(_Out):
    """A one-time enrollment code, shown once (HQ keeps only its hash)."""

    code: str
    checkpoint: str
    expires_at: datetime
    device_id: str | None


class RevokedDevice(_Out):
    """A device whose token no longer works."""

    device_id: str
    checkpoint: str
    revoked_at: datetime


class ComplaintContact(_Out):
    """A complainant's contact, revealed to a complaints officer (and audited)."""

    uuid: str
    contact: str


class StaffAuditView(_Out):
    """One entry of HQ's own audit log."""

    seq: int
    at: str
    actor: str
    action: str
    target: str
    details: str = Field(description="canonical JSON: ids and codes, never personal data")
    prev_hash: str
    hash: str


class StaffAuditPage(_Out):
    """A page of entries and whether HQ's chain verifies."""

    entries: list[StaffAuditView]
    next_before: int | None = Field(
        description="newest first: pass as ``before`` for the next page (null on the last)")
    chain_intact: bool
    first_bad_seq: int | None
    chain_checked_whole: bool = Field(
        description="true: every entry was checked (``full_check=true``); false: only those "
                    "since the last check that found the chain intact")


USERNAME_PATTERN = USERNAME_AS_TYPED  # the one rule (``contract.usernames``)


class NewStaffUser(_In):
    """A staff user to add; they must change ``password`` at their first sign-in."""

    username: str = Field(pattern=USERNAME_PATTERN, description="e.g. amina.r")
    role: StaffRole
    password: str = Field(min_length=MIN_PASSWORD_CHARS, max_length=MAX_PASSWORD_CHARS,
                          description="the first password")
    full_name: str = Field(default="", max_length=MAX_FULL_NAME_CHARS, pattern=r"^[^\x00]*$")


class RoleChange(_In):
    """A staff user's new role."""

    role: StaffRole


class StaffUserView(_Out):
    """A staff user as an admin sees them (never a password hash)."""

    username: str
    full_name: str
    role: StaffRole
    active: bool
    must_change_password: bool
    created_at: datetime
    created_by: str
    last_sign_in_at: datetime | None
