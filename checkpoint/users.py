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
from checkpoint.grants import GrantKey, invalid_grants, sign_grant
from checkpoint.keyslots import KeySlots, UserKeys
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
    # False: the row was changed outside Checkpoint (its grant does not verify); the role
    # shown is then only what the row claims.
    role_verified: bool = True


def _get(session: Session, username: str) -> User:
    user = session.execute(select(User).where(col(User.username) == username)).scalar_one_or_none()
    if user is None:
        raise NotFound(f"There is no user {username!r}.", field="username")
    return user


def add_user(ledger: Ledger, username: str, role: str | Role, password: str, *,
             full_name: str = "", must_change_password: bool = True) -> UserInfo:
    """Create a user who must change ``password`` at first sign-in (the demo's users, whose
    passwords are shown on its sign-in screen, need not).

    The user's key slot is written inside the transaction that adds their row, before it
    commits: a slot that cannot be written (a full disk) rolls the row back, and a commit that
    fails takes the slot away again, so a failed add leaves no user who cannot sign in and
    can simply be tried again."""
    ledger.actor.require(Action.MANAGE_USERS)
    name = normalise_username(username)
    full_name = clean_full_name(full_name)
    role = role if isinstance(role, Role) else parse_role(role)
    check_password_strength(password)
    grant_key = ledger.granting()
    keys = UserKeys.generate(name, ledger.trusted_grant_public)
    slot_written = False
    try:
        with ledger.writing() as session:
            if session.execute(select(col(User.id)).where(col(User.username) == name)).first():
                raise ValidationError(f"a user {name!r} already exists",
                                      code=ErrorCode.USER_EXISTS, field="username")
            user = User(username=name, full_name=full_name, role=role.value,
                        must_change_password=must_change_password, created_at=utc_now(),
                        created_by=ledger.actor.username, sign_public=keys.signer.public_key,
                        box_public=keys.box_public)
            _grant(ledger, grant_key, user)
            session.add(user)
            audit.append(session, ledger.actor.username, "user_add", name,
                         {"role": role.value, audit.SIGN_PUBLIC: user.sign_public})
            session.flush()
            ledger.give_slot(name, password, keys, it_admin=role is Role.IT_ADMIN)
            slot_written = True
    except BaseException:
        if slot_written:
            _take_slot_back(ledger, name)
        raise
    return _info(user, True, True)


def _take_slot_back(ledger: Ledger, username: str) -> None:
    # Best effort: a slot without a row opens nothing (its sign-in is refused) and the next
    # add of this name replaces it.
    try:
        with KeySlots.changing(ledger.keyfile) as slots:
            slots.remove_slot(username)
    except OSError:
        pass


def _grant(ledger: Ledger, grant_key: GrantKey | None, user: User) -> None:
    """Sign a user row as it now stands (none while the device has no grant key yet)."""
    if grant_key is not None:
        sign_grant(grant_key, ledger.settings.database_id, user)


def list_users(ledger: Ledger) -> list[UserInfo]:
    """Every user, active or not, by name; each says whether their grant verifies."""
    ledger.actor.require(Action.MANAGE_USERS)
    with ledger.reading() as session:
        users = session.execute(select(User).order_by(col(User.username))).scalars().all()
        invalid = set(invalid_grants(ledger.trusted_grant_public, ledger.settings.database_id,
                                     users))
        slots = KeySlots.load(ledger.keyfile)
        # A user whose row does not verify is refused at sign-in, unless they are an IT admin
        # holding the grant key (who may sign in to repair it).
        return [_info(user, slots.has_slot(user.username) and (
                    user.username not in invalid or slots.has_grant_key(user.username)),
                      user.username not in invalid)
                for user in users]


def _info(user: User, can_sign_in: bool, role_verified: bool) -> UserInfo:
    try:
        role = Role(user.role)
    except ValueError:  # a role written outside Checkpoint
        role, role_verified = Role.CLERK, False
    return UserInfo(user.username, user.full_name, role, user.active, user.must_change_password,
                    user.created_at, user.created_by, can_sign_in, role_verified)


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


def disable_user(ledger: Ledger, username: str) -> list[str]:
    """Stop a user signing in: the database is re-keyed under a new data key that every other
    active user receives, the user's key slot is destroyed with the old key, and the account is
    marked disabled. An old copy of the key file (a backup's) no longer opens the database.

    Returns the active users who lost their slot all the same: those still on a version 1
    slot (not signed in since the upgrade), who need a new password (``reset_password``).
    """
    ledger.actor.require(Action.MANAGE_USERS)
    name = normalise_username(username)
    if name == ledger.actor.username:
        raise ValidationError("you cannot disable your own account", code=ErrorCode.DISABLE_SELF,
                              field="username")
    grant_key = ledger.granting()
    with ledger.reading() as session:
        _get(session, name)
        keeping = [other for other in session.execute(select(col(User.username)).where(
            col(User.active), col(User.username) != name)).scalars()]
    # Re-keyed first: should the rest fail, the user already cannot open the database, and
    # disabling them again finishes the job.
    lost = ledger.rekey(keeping)
    with ledger.writing() as session:
        user = _get(session, name)
        user.active = False
        _grant(ledger, grant_key, user)
        audit.append(session, ledger.actor.username, "user_disable", name, {"rekeyed": True})
    return lost


def reset_password(ledger: Ledger, username: str, temporary_password: str) -> None:
    """Give a user a temporary password they must change at next sign-in (IT admin).

    The old private keys are sealed under the forgotten password, so the user gets new key
    pairs: their row carries the new public keys and is granted again (how an IT admin repairs
    a row whose grant no longer verifies)."""
    _regrant(ledger, username, temporary_password, enabling=False)


def enable_user(ledger: Ledger, username: str, temporary_password: str) -> None:
    """Let a disabled user sign in again, with a temporary password they must change (IT admin).

    Disabling destroyed the user's key slot, so enabling needs a new one: it works like
    ``reset_password`` on a disabled account.
    """
    _regrant(ledger, username, temporary_password, enabling=True)


def _regrant(ledger: Ledger, username: str, temporary_password: str, *, enabling: bool) -> None:
    ledger.actor.require(Action.MANAGE_USERS)
    name = normalise_username(username)
    check_password_strength(temporary_password)
    grant_key = ledger.granting()
    keys = UserKeys.generate(name, ledger.trusted_grant_public)
    with ledger.writing() as session:
        user = _get(session, name)
        if enabling and user.active:
            raise ValidationError(f"user {name!r} is not disabled", code=ErrorCode.ACCOUNT_ACTIVE,
                                  field="username")
        if not enabling and not user.active:
            raise ValidationError(f"user {name!r} is disabled", code=ErrorCode.ACCOUNT_DISABLED,
                                  field="username")
        user.active = True
        user.must_change_password = True
        # The keys the user signed with until now stay named in the log, so what they signed
        # before still verifies once the row holds the new ones.
        previous = user.sign_public
        user.sign_public, user.box_public = keys.signer.public_key, keys.box_public
        _grant(ledger, grant_key, user)
        audit.append(session, ledger.actor.username,
                     "user_enable" if enabling else "password_reset", name,
                     {audit.SIGN_PUBLIC: user.sign_public, audit.PREVIOUS_SIGN_PUBLIC: previous})
        session.flush()
        # Inside the transaction: a slot that cannot be written leaves the row as it was.
        ledger.give_slot(name, temporary_password, keys,
                         it_admin=user.role == Role.IT_ADMIN.value)


def change_own_password(ledger: Ledger, new_password: str) -> None:
    """The signed-in user sets a new password (required after a reset or at first sign-in).

    The new one must differ from the one signed in with: after a reset, that is the password
    IT gave out (and may have written down or said aloud), so keeping it would defeat the
    change. The user's keys stay the same, sealed under the new password."""
    check_password_strength(new_password)
    name = ledger.actor.username
    if KeySlots.load(ledger.keyfile).opens(name, new_password):
        raise ValidationError("the new password is the current one",
                              code=ErrorCode.PASSWORD_UNCHANGED, field="password")
    with ledger.writing() as session:
        user = _get(session, name)
        user.must_change_password = False
        audit.append(session, name, "password_change", name)
        session.flush()
        with KeySlots.changing(ledger.keyfile) as slots:
            slots.reseal(name, new_password, ledger.keys)
    ledger.must_change_password = False
