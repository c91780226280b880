"""What the staff routes take and answer (HQ only). No password hash or token hash is ever on
one of these; a new token travels once, in the sign-in answer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from contract import codes, documents
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


# -- HQ's reference data ------------------------------------------------------------------------

def _codes(name: str, values: Sequence[str]) -> type[StrEnum]:
    """The codes of a list as an enum: the schema lists them and anything else is a 400."""
    return StrEnum(name, {value: value for value in values})  # type: ignore[return-value]


CardType = _codes("CardType", documents.listed_types())
CardReasonCode = _codes("CardReasonCode", codes.card_reasons().codes)
PolicyKeyCode = _codes("PolicyKeyCode", documents.policy_keys())
# A number as typed: at least one letter or digit besides spaces, dashes, dots and slashes
# (which the key drops), no NUL.
CARD_NUMBER_PATTERN = r"^[\s\-/.]*[^\s\-/.\x00][^\x00]*$"


class PolicyIn(_In):
    """A policy date to set: from ``effective_from`` on, documents of the type ``key`` names
    count as valid until ``value``."""

    key: PolicyKeyCode  # type: ignore[valid-type]
    value: date
    effective_from: date
    note: str = Field(default="", max_length=500, pattern=r"^[^\x00]*$")


class PolicyView(_Out):
    """A policy date HQ holds, with who set it and when."""

    key: str
    value: date
    effective_from: date
    note: str
    set_by: str
    set_at: datetime


class CardIn(_In):
    """A card to put on the cancelled list (again: a new reason or date)."""

    document_type: CardType  # type: ignore[valid-type]
    number: str = Field(min_length=1, max_length=64, pattern=CARD_NUMBER_PATTERN)
    reason: CardReasonCode = "cancelled"  # type: ignore[valid-type]
    since: date | None = Field(default=None, description="default: today")


class CardLiftIn(_In):
    """A card to take off the cancelled list."""

    document_type: CardType  # type: ignore[valid-type]
    number: str = Field(min_length=1, max_length=64, pattern=CARD_NUMBER_PATTERN)


class CardView(_Out):
    """A card on the cancelled list; ``number`` as every desk matches it."""

    document_type: str
    number: str
    reason: str
    since: date
    listed_by: str
    listed_at: datetime


class CardPageView(_Out):
    """A page of cards found, and how many match in all."""

    total: int
    cards: list[CardView]


class RejectedLine(_Out):
    """A row of an import that was not listed, and why."""

    line: int
    reason: str


class CardImportOut(_Out):
    """What an import did."""

    accepted: int = Field(description="cards listed, or listed again with a new reason or date")
    already_listed: int = Field(description="cards already listed exactly so")
    rejected: list[RejectedLine]
