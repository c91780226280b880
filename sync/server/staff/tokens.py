"""Staff sign-in, sign-out and the bearer token every ``/api/v1/control/...`` call presents.

A sign-in trades a user name and password for a random token; HQ keeps only its SHA-256, with
the user, when it was made and last used, and when it expires if left idle. Attempts are counted
before each password is tried, per user name and per client address, in a transaction committed
before the (slow) Argon2 check: however many attempts arrive at once, no more than the limit
are ever tried (the device counts its sign-ins the same way). A success clears the name's count
and gives the address back the attempt it took.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from contract.canonical import sha256_hex
from contract.errors import ErrorCode
from contract.usernames import USERNAME
from sync.server.database import is_postgresql, reading, transaction
from sync.server.errors import Forbidden, ServiceError, TooManyRequests, Unauthorized
from sync.server.ingest import utc_now
from sync.server.models import StaffSignInCount, StaffToken, StaffUser, table
from sync.server.staff import accounts, audit
from sync.server.staff.roles import StaffActor, StaffRole

# A token's last use is written at most this often: a read does not become a write each time.
TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class SignInLimits:
    """Attempts allowed per user name and per address within ``window``, and the idle time
    after which a token expires."""

    per_name: int
    per_address: int
    window: timedelta
    idle: timedelta


@dataclass(frozen=True)
class SignedIn:
    """A new token (shown once) and whom it is for."""

    token: str
    username: str
    role: StaffRole
    must_change_password: bool
    expires_at: datetime


def _name_key(name: str) -> str:
    return sha256_hex(f"name:{name}")


def _address_key(address: str) -> str:
    return sha256_hex(f"address:{address}")


def count_attempt(engine: Engine, limits: SignInLimits, name: str, address: str,
                  now: datetime) -> None:
    """Count one sign-in attempt for ``name`` and ``address`` and commit it, or refuse
    (429 with ``Retry-After``) when either has used its attempts within the window."""
    keys = [(_name_key(name), limits.per_name), (_address_key(address), limits.per_address)]
    with transaction(engine) as session:
        make = pg_insert if is_postgresql(engine) else sqlite_insert
        for key, _ in keys:  # a row to lock, made by whichever attempt comes first
            session.execute(make(table(StaffSignInCount))
                            .values(key=key, attempts=0, last_at=now)
                            .on_conflict_do_nothing(index_elements=["key"]))
        rows = []
        for key, limit in keys:
            row = session.get(StaffSignInCount, key, with_for_update=True, populate_existing=True)
            assert row is not None
            if now - row.last_at >= limits.window:
                row.attempts = 0
            if row.attempts >= limit:
                wait = max(1, int((row.last_at + limits.window - now).total_seconds()) + 1)
                raise TooManyRequests(
                    f"Too many sign-in attempts; try again in {wait} seconds.",
                    code=ErrorCode.LOGIN_THROTTLED, retry_after=wait)
            rows.append(row)
        for row in rows:
            row.attempts, row.last_at = row.attempts + 1, now


def _clear_attempt(session: Session, name: str, address: str) -> None:
    """After a success: the name starts afresh; the address gets back the attempt it took."""
    by_name = session.get(StaffSignInCount, _name_key(name), with_for_update=True)
    if by_name is not None:
        by_name.attempts = 0
    by_address = session.get(StaffSignInCount, _address_key(address), with_for_update=True)
    if by_address is not None and by_address.attempts > 0:
        by_address.attempts -= 1


def sign_in(engine: Engine, limits: SignInLimits, username: str, password: str,
            address: str) -> SignedIn:
    """A token for the user whose password this is; refused when throttled (429), when the
    name or password is wrong (401) or the user is disabled (403). Every refusal is audited."""
    name = username.strip().lower()
    now = utc_now()
    count_attempt(engine, limits, name, address, now)
    with reading(engine) as session:
        # A name no user can have (NUL, spaces...) is an unknown user: refused the same way,
        # never looked up (PostgreSQL cannot even hold some of it).
        user = session.get(StaffUser, name) if USERNAME.match(name) else None
    # Outside any transaction: Argon2 takes a while, and holds no lock while it does.
    matches = accounts.password_matches(user, password)
    with transaction(engine) as session:
        if not matches or user is None:
            # A name nobody has is not written down: it may be a password typed in the
            # wrong field.
            audit.append(session, "(unknown)" if user is None else user.username,
                         "sign_in_failed", "" if user is None else user.username, now,
                         address=address)
            failure: ServiceError | None = Unauthorized("The user name or password is wrong.",
                                                        code=ErrorCode.WRONG_PASSWORD)
        elif not user.active:
            audit.append(session, user.username, "sign_in_refused", user.username, now,
                         address=address, reason="disabled")
            failure = Forbidden("This account has been disabled; ask an HQ admin.",
                                code=ErrorCode.ACCOUNT_DISABLED)
        else:
            failure, signed = None, _issue(session, limits, user, password, address, now)
    if failure is not None:
        raise failure
    sweep_counts(engine, now - limits.window)
    return signed


def sweep_counts(engine: Engine, older_than: datetime) -> int:
    """Remove the counts last touched before ``older_than`` (a count older than the window
    allows a full set of attempts anyway); how many went.

    Run after a successful sign-in, in a transaction of its own that waits for nothing: on
    PostgreSQL a count an attempt holds locked is skipped (it is fresh again when that
    attempt commits), so the sweep never takes part in a deadlock."""
    counts = table(StaffSignInCount)
    stale = select(counts.c.key).where(counts.c.last_at < older_than)
    if is_postgresql(engine):
        stale = stale.with_for_update(skip_locked=True)
    with transaction(engine) as session:
        swept = session.execute(delete(counts).where(counts.c.key.in_(stale)))
    return int(getattr(swept, "rowcount", 0) or 0)


def _issue(session: Session, limits: SignInLimits, user: StaffUser, password: str,
           address: str, now: datetime) -> SignedIn:
    row = session.get(StaffUser, user.username, with_for_update=True)
    assert row is not None
    accounts.rehash_if_needed(row, password)
    row.last_sign_in_at = now
    _clear_attempt(session, row.username, address)
    # Tokens left to expire are never presented again: each sign-in sweeps them away.
    session.execute(delete(StaffToken).where(col(StaffToken.expires_at) <= now)
                    .execution_options(synchronize_session=False))
    token = secrets.token_urlsafe(32)
    expires = now + limits.idle
    session.add(StaffToken(token_hash=sha256_hex(token), username=row.username, created_at=now,
                           last_used_at=now, expires_at=expires))
    audit.append(session, row.username, "sign_in", row.username, now, address=address)
    session.flush()
    return SignedIn(token, row.username, StaffRole(row.role), row.must_change_password, expires)


def authenticate(engine: Engine, limits: SignInLimits, token: str) -> StaffActor:
    """The staff member this token is for, while their account is active and the token has
    not been left idle past its expiry (else 401); its expiry moves on with each use."""
    if not token:  # no secret, not even an empty one, ever authenticates
        raise _refused()
    wanted, now = sha256_hex(token), utc_now()
    with reading(engine) as session:
        found = session.execute(
            select(StaffToken, StaffUser)
            .join(StaffUser, col(StaffUser.username) == col(StaffToken.username))
            .where(col(StaffToken.token_hash) == wanted)).first()
    if found is None:
        raise _refused()
    held, user = found
    if not user.active or now >= held.expires_at:
        with transaction(engine) as session:  # a dead token is gone before it is refused
            session.execute(delete(StaffToken).where(col(StaffToken.token_hash) == wanted))
        raise _refused("Your sign-in has expired; sign in again." if user.active else None)
    if now - held.last_used_at >= TOUCH_EVERY:
        with transaction(engine) as session:
            session.execute(update(StaffToken).where(col(StaffToken.token_hash) == wanted)
                            .values(last_used_at=now, expires_at=now + limits.idle))
    return StaffActor(user.username, StaffRole(user.role), user.must_change_password, wanted)


def sign_out(engine: Engine, actor: StaffActor) -> None:
    """End the token the request came with (the shared operator token has none to end)."""
    if actor.token_hash is None:
        return
    with transaction(engine) as session:
        session.execute(delete(StaffToken).where(col(StaffToken.token_hash) == actor.token_hash))
        audit.append(session, actor.name, "sign_out", actor.name)


def change_password(engine: Engine, limits: SignInLimits, actor: StaffActor, old: str,
                    new: str, address: str) -> None:
    """The signed-in user's own password change; the old password is checked like a
    sign-in (counted first), and a wrong one is audited."""
    now = utc_now()
    count_attempt(engine, limits, actor.name, address, now)
    try:
        with transaction(engine) as session:
            accounts.change_password(session, actor, old, new, now)
            _clear_attempt(session, actor.name, address)
    except Forbidden as refusal:
        if refusal.code == ErrorCode.WRONG_PASSWORD:
            with transaction(engine) as session:
                audit.append(session, actor.name, "password_change_failed", actor.name, now,
                             address=address)
        raise


def _refused(detail: str | None = None) -> Unauthorized:
    return Unauthorized(detail or "Send a staff token from POST /api/v1/control/sign-in as "
                                  "'Authorization: Bearer <token>'.",
                        code=ErrorCode.BAD_STAFF_TOKEN)
