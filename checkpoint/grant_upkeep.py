"""What a sign-in does about grants, inside its transaction: report rows and settings that do
not verify (once per change, not at every sign-in), grant every row when the first IT admin of
an upgraded device creates the grant key, and let an IT admin's sign-in finish what users
without the grant key could not (their new public keys, other IT admins' copy of the key).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlmodel import Session, col

from checkpoint import audit
from checkpoint.grants import GrantKey, sign_grant
from checkpoint.keyslots import KeySlots
from checkpoint.models import AuditEntry, User
from checkpoint.permissions import Role
from checkpoint.settings import (
    security_settings_fingerprint,
    security_settings_verify,
    sign_security_settings,
)


def _last_report(session: Session, action: str) -> AuditEntry | None:
    return session.execute(select(AuditEntry).where(col(AuditEntry.action) == action)
                           .order_by(col(AuditEntry.seq).desc()).limit(1)).scalar_one_or_none()


def report_invalid_grants(session: Session, actor: str, invalid: list[str]) -> None:
    """Audit ``grant_invalid`` naming the users whose rows do not verify (their names only),
    unless the last such entry already named exactly them."""
    if not invalid:
        return
    last = _last_report(session, "grant_invalid")
    if last is None or last.target != ",".join(invalid):
        audit.append(session, actor, "grant_invalid", invalid)


def check_security_settings(session: Session, actor: str, trusted: str | None) -> bool:
    """Whether the security settings verify; when not, audit ``settings_invalid`` (with a
    fingerprint of the unverified state, not the values), once per such state."""
    if security_settings_verify(session, trusted):
        return True
    fingerprint = security_settings_fingerprint(session)
    last = _last_report(session, "settings_invalid")
    if last is None or f'"{fingerprint}"' not in last.details:
        audit.append(session, actor, "settings_invalid", details={"state": fingerprint})
    return False


def grant_everyone(session: Session, grant_key: GrantKey, database_id: str, actor: str) -> None:
    """The first IT admin of a device upgraded from before grants: every row and the security
    settings are granted as they are stored (trust on first use)."""
    for user in session.execute(select(User)).scalars():
        sign_grant(grant_key, database_id, user)
    sign_security_settings(session, grant_key)
    audit.append(session, actor, "grants_created")


def adopt_public_keys(session: Session, grant_key: GrantKey, database_id: str, slots: KeySlots,
                      verified: Iterable[User], actor: str) -> None:
    """Put into granted rows that have no public keys yet the keys their users' upgraded slots
    show, and grant the rows again. Only rows without keys: a key once granted never changes
    this way (only a password reset by an IT admin gives a user new keys)."""
    for user in verified:
        found = slots.public_keys(user.username)
        if user.sign_public is None and found is not None:
            user.sign_public, user.box_public = found
            sign_grant(grant_key, database_id, user)
            # From here on the log expects this user's entries signed with this key.
            audit.append(session, actor, "user_keys", user.username,
                         {audit.SIGN_PUBLIC: user.sign_public})


def admins_without_grant_key(slots: KeySlots, verified: Iterable[User]) -> list[str]:
    """Active IT admins whose rows verify and whose upgraded slot (with the box key their row
    grants) does not hold the grant key yet."""
    return [user.username for user in verified
            if user.active and user.role == Role.IT_ADMIN.value
            and not slots.has_grant_key(user.username) and user.box_public is not None
            and (slots.public_keys(user.username) or ("", ""))[1] == user.box_public]
