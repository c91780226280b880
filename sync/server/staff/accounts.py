"""The control room's staff users: add, list, disable and enable, roles, and passwords
(Argon2id).

A new user's first password is chosen by whoever adds them, so they must change it at their
first sign-in. Disabling a user ends every token they hold at once. HQ always keeps one active
admin: nobody disables or demotes the last one. Each change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from contract.errors import ErrorCode
from contract.usernames import USERNAME, USERNAME_RULE
from sync.server.errors import Forbidden, Malformed, NotFound
from sync.server.ingest import utc_now
from sync.server.models import StaffToken, StaffUser
from sync.server.staff import audit
from sync.server.staff.roles import Permission, StaffActor, StaffRole, parse_role, require

MIN_PASSWORD_CHARS = 10
MAX_PASSWORD_CHARS = 1024  # Argon2 takes any length; a megabyte "password" is only a cost
MAX_FULL_NAME_CHARS = 100
_hasher = PasswordHasher()  # Argon2id with argon2-cffi's current recommended parameters
# Verified when the name is unknown, so an unknown name costs the same time as a wrong password.
_UNKNOWN_USER_HASH = _hasher.hash("no such user: the time of a real check")


@dataclass(frozen=True)
class StaffInfo:
    """A staff user as listed (no password hash)."""

    username: str
    full_name: str
    role: StaffRole
    active: bool
    must_change_password: bool
    created_at: datetime
    created_by: str
    last_sign_in_at: datetime | None


def normalise_username(text: str) -> str:
    """A user name by the device's rule (``contract.usernames``), lower-cased."""
    name = text.strip().lower()
    if not USERNAME.match(name):
        raise Malformed(f"{text!r} is not a valid user name: {USERNAME_RULE}.",
                        code=ErrorCode.INVALID_USERNAME)
    return name


def check_password_strength(password: str) -> None:
    """Refuse a password shorter than ``MIN_PASSWORD_CHARS`` (or absurdly long)."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise Malformed(f"The password must be at least {MIN_PASSWORD_CHARS} characters.",
                        code=ErrorCode.PASSWORD_TOO_SHORT)
    if len(password) > MAX_PASSWORD_CHARS:
        raise Malformed(f"The password must be at most {MAX_PASSWORD_CHARS} characters.",
                        code=ErrorCode.TOO_LONG)


def password_matches(user: StaffUser | None, password: str) -> bool:
    """Whether ``password`` is the user's (the same work when there is no such user)."""
    try:
        return _hasher.verify(user.password_hash if user else _UNKNOWN_USER_HASH, password) \
            and user is not None
    except (VerificationError, InvalidHashError):
        return False


def rehash_if_needed(user: StaffUser, password: str) -> None:
    """Store the password under the current Argon2 parameters once they have changed (the
    password is only known at a sign-in)."""
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)


def add_user(session: Session, actor: StaffActor, username: str, role: str, password: str,
             full_name: str = "", now: datetime | None = None) -> StaffInfo:
    """Add a staff user who must change ``password`` at their first sign-in."""
    require(actor, Permission.MANAGE_USERS)
    name, staff_role = normalise_username(username), parse_role(role)
    full_name = " ".join(full_name.split())
    if len(full_name) > MAX_FULL_NAME_CHARS:
        raise Malformed(f"The full name must be at most {MAX_FULL_NAME_CHARS} characters.",
                        code=ErrorCode.TOO_LONG)
    check_password_strength(password)
    now = now or utc_now()
    user = StaffUser(username=name, full_name=full_name, role=staff_role.value,
                     password_hash=_hasher.hash(password), active=True,
                     must_change_password=True, created_at=now, created_by=actor.name)
    try:
        with session.begin_nested():
            session.add(user)
    except IntegrityError:
        raise Forbidden(f"There is already a staff user {name!r}.",
                        code=ErrorCode.USER_EXISTS) from None
    audit.append(session, actor.name, "user_add", name, now, role=staff_role.value)
    return _info(user)


def list_users(session: Session, actor: StaffActor) -> list[StaffInfo]:
    """Every staff user, by name."""
    require(actor, Permission.MANAGE_USERS)
    rows = session.execute(select(StaffUser).order_by(col(StaffUser.username))).scalars()
    return [_info(user) for user in rows]


def disable_user(session: Session, actor: StaffActor, username: str,
                 now: datetime | None = None) -> StaffInfo:
    """Disable a staff user: they cannot sign in, and every token they hold stops now."""
    require(actor, Permission.MANAGE_USERS)
    name = normalise_username(username)
    if name == actor.name:
        raise Forbidden("You cannot disable your own account; ask another admin.",
                        code=ErrorCode.DISABLE_SELF)
    _keep_an_admin(session, name, "disable")
    user = _get(session, name)
    if not user.active:
        return _info(user)  # already done (a form sent twice): nothing to audit
    user.active = False
    ended = session.execute(delete(StaffToken).where(col(StaffToken.username) == name)
                            .execution_options(synchronize_session=False))
    audit.append(session, actor.name, "user_disable", name, now,
                 tokens_ended=int(getattr(ended, "rowcount", 0) or 0))
    session.flush()
    return _info(user)


def enable_user(session: Session, actor: StaffActor, username: str,
                now: datetime | None = None) -> StaffInfo:
    """Let a disabled staff user sign in again (with the password they had)."""
    require(actor, Permission.MANAGE_USERS)
    user = _get(session, normalise_username(username))
    if user.active:
        return _info(user)
    user.active = True
    audit.append(session, actor.name, "user_enable", user.username, now)
    session.flush()
    return _info(user)


def change_role(session: Session, actor: StaffActor, username: str, role: str,
                now: datetime | None = None) -> StaffInfo:
    """Give a staff user another role; it holds from their next request (the role is read
    with each token check)."""
    require(actor, Permission.MANAGE_USERS)
    name, staff_role = normalise_username(username), parse_role(role)
    if staff_role != StaffRole.ADMIN:
        _keep_an_admin(session, name, "demote")
    user = _get(session, name)
    if user.role == staff_role.value:
        return _info(user)
    previous, user.role = user.role, staff_role.value
    audit.append(session, actor.name, "user_role", name, now, role=staff_role.value,
                 previous=previous)
    session.flush()
    return _info(user)


def _keep_an_admin(session: Session, name: str, verb: str) -> None:
    """Refuse to leave HQ without an active admin. The active admins' rows are locked first,
    so two admins demoting each other at once cannot both succeed."""
    admins = session.execute(
        select(col(StaffUser.username))
        .where(col(StaffUser.role) == StaffRole.ADMIN.value, col(StaffUser.active))
        .order_by(col(StaffUser.username)).with_for_update()).scalars().all()
    if list(admins) == [name]:
        raise Forbidden(f"You cannot {verb} {name!r}: they are the last active admin, and HQ "
                        f"needs one to manage staff. Make another admin first.",
                        code=ErrorCode.LAST_ADMIN)


def change_password(session: Session, actor: StaffActor, old: str, new: str,
                    now: datetime | None = None) -> None:
    """The signed-in user's own password change (the only thing a user who must change it
    may do). Their other tokens end; the one they changed it with goes on, now unrestricted.
    The caller has counted the attempt (``tokens.count_attempt``) before calling this."""
    if actor.token_hash is None:
        raise Forbidden("The operator token has no password; sign in as a staff user.",
                        code=ErrorCode.PERMISSION_DENIED)
    user = _get(session, actor.name)
    if not password_matches(user, old):
        raise Forbidden("The current password is wrong.", code=ErrorCode.WRONG_PASSWORD)
    check_password_strength(new)
    if new == old:
        raise Malformed("The new password must differ from the current one.",
                        code=ErrorCode.PASSWORD_UNCHANGED)
    user.password_hash, user.must_change_password = _hasher.hash(new), False
    session.execute(delete(StaffToken).where(col(StaffToken.username) == user.username,
                                             col(StaffToken.token_hash) != actor.token_hash)
                    .execution_options(synchronize_session=False))
    audit.append(session, actor.name, "password_change", user.username, now)
    session.flush()


def _get(session: Session, name: str) -> StaffUser:
    user = session.get(StaffUser, name, with_for_update=True)
    if user is None:
        raise NotFound(f"There is no staff user {name!r}.", code=ErrorCode.NO_USER)
    return user


def _info(user: StaffUser) -> StaffInfo:
    return StaffInfo(user.username, user.full_name, StaffRole(user.role), user.active,
                     user.must_change_password, user.created_at, user.created_by,
                     user.last_sign_in_at)
