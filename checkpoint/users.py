"""Users: add, list, disable, enable, reset and change passwords (IT admin, except changing one's
own)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlmodel import Session, col

from checkpoint import audit
from checkpoint.errors import NotFound, ValidationError
from checkpoint.keyslots import KeySlots
from checkpoint.ledger import (
    Ledger,
    check_password_strength,
    clean_full_name,
    normalise_username,
    utc_now,
)
from checkpoint.models import User
from checkpoint.permissions import Action, Role, parse_role
from contract.errors import ErrorCode


@dataclass(frozen=True)
class UserInfo:
    """A user as listed to an IT officer."""

    username: str
    full_name: str
    role: Role
    active: bool
    must_change_password: bool
    created_at: datetime
    created_by: str
    can_sign_in: bool


def _get(session: Session, username: str) -> User:
    user = session.execute(select(User).where(col(User.username) == username)).scalar_one_or_none()
    if user is None:
        raise NotFound(f"There is no user {username!r}.", field="username")
    return user


def add_user(ledger: Ledger, username: str, role: str | Role, password: str, *,
             full_name: str = "", must_change_password: bool = True) -> UserInfo:
    """Create a user who must change ``password`` at first sign-in (the demo's users, whose
    passwords are shown on its sign-in screen, need not)."""
    ledger.actor.require(Action.MANAGE_USERS)
    name = normalise_username(username)
    full_name = clean_full_name(full_name)
    role = role if isinstance(role, Role) else parse_role(role)
    check_password_strength(password)
    with ledger.writing() as session:
        if session.execute(select(col(User.id)).where(col(User.username) == name)).first():
            raise ValidationError(f"a user {name!r} already exists", code=ErrorCode.USER_EXISTS,
                                  field="username")
        user = User(username=name, full_name=full_name, role=role.value,
                    must_change_password=must_change_password, created_at=utc_now(),
                    created_by=ledger.actor.username)
        session.add(user)
        audit.append(session, ledger.actor.username, "user_add", name, {"role": role.value})
    ledger.seal_data_key_for(name, password)
    return _info(user, True)


def list_users(ledger: Ledger) -> list[UserInfo]:
    """Every user, active or not, by name."""
    ledger.actor.require(Action.MANAGE_USERS)
    with ledger.reading() as session:
        users = session.execute(select(User).order_by(col(User.username))).scalars().all()
        slots = KeySlots.load(ledger.keyfile)
        return [_info(user, slots.has_slot(user.username)) for user in users]


def _info(user: User, can_sign_in: bool) -> UserInfo:
    return UserInfo(user.username, user.full_name, Role(user.role), user.active,
                    user.must_change_password, user.created_at, user.created_by, can_sign_in)


def set_full_name(ledger: Ledger, username: str, full_name: str) -> None:
    """Change a user's full name, the name sheets and close-outs show (IT admin)."""
    ledger.actor.require(Action.MANAGE_USERS)
    name = normalise_username(username)
    full_name = clean_full_name(full_name)
    with ledger.writing() as session:
        user = _get(session, name)
        user.full_name = full_name
        audit.append(session, ledger.actor.username, "user_change", name,
                     {"fields": ["full_name"]})


def display_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    """Each user's full name, or the login name for a user who has none (or is unknown): the
    name a signed sheet or a close-out shows."""
    wanted = set(usernames)
    rows = session.execute(select(col(User.username), col(User.full_name))
                           .where(col(User.username).in_(wanted))).all()
    found = {username: full_name for username, full_name in rows if full_name}
    return {username: found.get(username, username) for username in wanted}


def disable_user(ledger: Ledger, username: str) -> None:
    """Stop a user signing in: the account is marked disabled and its key slot destroyed."""
    ledger.actor.require(Action.MANAGE_USERS)
    name = normalise_username(username)
    if name == ledger.actor.username:
        raise ValidationError("you cannot disable your own account", code=ErrorCode.DISABLE_SELF,
                              field="username")
    with ledger.writing() as session:
        user = _get(session, name)
        user.active = False
        audit.append(session, ledger.actor.username, "user_disable", name)
    with KeySlots.changing(ledger.keyfile) as slots:
        slots.remove_slot(name)


def reset_password(ledger: Ledger, username: str, temporary_password: str) -> None:
    """Give a user a temporary password they must change at next sign-in (IT admin)."""
    ledger.actor.require(Action.MANAGE_USERS)
    name = normalise_username(username)
    check_password_strength(temporary_password)
    with ledger.writing() as session:
        user = _get(session, name)
        if not user.active:
            raise ValidationError(f"user {name!r} is disabled", code=ErrorCode.ACCOUNT_DISABLED,
                                  field="username")
        user.must_change_password = True
        audit.append(session, ledger.actor.username, "password_reset", name)
    ledger.seal_data_key_for(name, temporary_password)


def enable_user(ledger: Ledger, username: str, temporary_password: str) -> None:
    """Let a disabled user sign in again, with a temporary password they must change (IT admin).

    Disabling destroyed the user's key slot, so enabling needs a new one: it works like
    ``reset_password`` on a disabled account.
    """
    ledger.actor.require(Action.MANAGE_USERS)
    name = normalise_username(username)
    check_password_strength(temporary_password)
    with ledger.writing() as session:
        user = _get(session, name)
        if user.active:
            raise ValidationError(f"user {name!r} is not disabled", code=ErrorCode.ACCOUNT_ACTIVE,
                                  field="username")
        user.active = True
        user.must_change_password = True
        audit.append(session, ledger.actor.username, "user_enable", name)
    ledger.seal_data_key_for(name, temporary_password)


def change_own_password(ledger: Ledger, new_password: str) -> None:
    """The signed-in user sets a new password (required after a reset or at first sign-in).

    The new one must differ from the one signed in with: after a reset, that is the password
    IT gave out (and may have written down or said aloud), so keeping it would defeat the
    change."""
    check_password_strength(new_password)
    name = ledger.actor.username
    if KeySlots.load(ledger.keyfile).opens(name, new_password):
        raise ValidationError("the new password is the current one",
                              code=ErrorCode.PASSWORD_UNCHANGED, field="password")
    with ledger.writing() as session:
        user = _get(session, name)
        user.must_change_password = False
        audit.append(session, name, "password_change", name)
    ledger.seal_data_key_for(name, new_password)
    ledger.must_change_password = False
