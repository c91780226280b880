"""The audit log: append-only, hash-chained and signed by who wrote it (DESIGN §6).

The chain's rule is the contract's (``contract.auditrule``), so editing, deleting or reordering
any entry breaks the chain at that entry. Every user can unwrap the data key, so the hashes alone
only catch someone who does not recompute them: each entry's hash is also signed with the
signed-in user's own key (``checkpoint.signing``), which no colleague holds. Entries from before
signing existed are unsigned; once a user has signed, or an IT admin's entry has named their key,
an unsigned entry of theirs is a break. What the chain cannot show by itself (its end cut off,
or all of it replaced) the anchors show (``checkpoint.audit_anchor``). Entries name record UUIDs,
counts and changed field names, never a recorded person's details.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from checkpoint import signing
from checkpoint.models import AuditEntry, User
from checkpoint.permissions import Role
from contract.auditrule import GENESIS, entry_hash
from contract.canonical import canonical_json
from contract.errors import ErrorCode

# What an entry's signature covers: its hash (which covers its contents and the chain before
# it), marked so that no other signature of the same key can pass for an entry's.
_ENTRY_SIGNATURE_PREFIX = b"checkpoint-audit-entry:"


SIGNED_BY_NEXT_USER = "login_failed"
# Entries in which an IT admin names a user's signing key (details ``sign_public``, and the key
# it replaces, ``previous_sign_public``): the log itself keeps every key each user held, and
# from that entry on the user's entries must be signed.
SIGN_PUBLIC, PREVIOUS_SIGN_PUBLIC = "sign_public", "previous_sign_public"
KEY_ANNOUNCEMENTS = frozenset({"init", "user_add", "password_reset", "user_enable", "user_keys"})


def entry_signature_message(entry_hash_hex: str) -> bytes:
    """The bytes an entry's signature is made over."""
    return _ENTRY_SIGNATURE_PREFIX + entry_hash_hex.encode("ascii")


def append(session: Session, actor: str, action: str, target: str | Iterable[str] = "",
           details: Mapping[str, Any] | None = None, *, at: datetime | None = None) -> AuditEntry:
    """Add one entry at the end of the chain, inside the caller's write transaction; signed by
    the session's signer (``session.info["signer"]``, the signed-in user) when there is one."""
    if not isinstance(target, str):
        target = ",".join(target)
    at = at or datetime.now(UTC)
    last = session.execute(
        select(col(AuditEntry.seq), col(AuditEntry.hash))
        .order_by(col(AuditEntry.seq).desc()).limit(1)).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    details_json = canonical_json(dict(details or {}))
    hashed = entry_hash(prev_hash, seq, at, actor, action, target, details_json)
    signer: signing.UserSigner | None = session.info.get("signer")
    entry = AuditEntry(seq=seq, at=at, actor=actor, action=action, target=target,
                       details=details_json, prev_hash=prev_hash, hash=hashed,
                       signed_by=signer.username if signer else None,
                       signature=signer.sign(entry_signature_message(hashed)) if signer else None)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainBreak:
    """The first thing about the audit log that does not verify, and why.

    ``seq`` is the entry concerned (None when the problem is not one entry's, such as an anchor
    whose signature does not verify); ``code`` names the problem for the faces to word;
    ``reason`` is the same in plain English (the command line, logs); ``params`` hold the
    user and time an anchor names. Never a recorded person's details.
    """

    seq: int | None
    reason: str
    code: ErrorCode = ErrorCode.AUDIT_ENTRY_CHANGED
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.reason if self.seq is None else f"audit entry {self.seq}: {self.reason}"


# Whose keys are whose: user name → every public signing key that user ever held (a list,
# so a user whose key was replaced still verifies what they signed before).
SigningKeys = Mapping[str, Sequence[str]]


def signing_keys(session: Session) -> dict[str, list[str]]:
    """Every user's public signing key by user name, as the user table holds it: the one place
    the chain's check learns whose key is whose."""
    rows = session.execute(select(col(User.username), col(User.sign_public))
                           .where(col(User.sign_public).is_not(None)))
    return {name: [key] for name, key in rows if key}


def signed_by_one_of(keys: Sequence[str], message: bytes, signature: str) -> bool:
    """Whether ``signature`` over ``message`` is by any of ``keys``."""
    return any(signing.verify(key, message, signature) for key in keys)


def verify(session: Session, keys: SigningKeys | None = None
           ) -> tuple[int, ChainBreak | None]:
    """Check the whole chain and every signature in it against ``keys`` (user → their public
    keys; by default :func:`signing_keys`); returns (entries checked, first break or None)."""
    if keys is None:
        keys = signing_keys(session)
    keys = _with_announced_keys(session, keys)
    expected_seq, prev_hash, checked = 1, GENESIS, 0
    must_sign: set[str] = set()  # users who signed, or were given a key, earlier in the log
    rows = session.execute(select(AuditEntry).order_by(col(AuditEntry.seq))).scalars()
    for entry in rows:
        broken = _check_entry(entry, expected_seq, prev_hash)
        if broken is None:
            broken = _check_signature(entry, keys, entry.actor in must_sign)
        if broken is not None:
            return checked, broken
        if entry.signature is not None and entry.action != SIGNED_BY_NEXT_USER:
            must_sign.add(entry.actor)
        if entry.action in KEY_ANNOUNCEMENTS and entry.target:
            must_sign.add(entry.target)
        prev_hash, expected_seq, checked = entry.hash, expected_seq + 1, checked + 1
    return checked, None


def _with_announced_keys(session: Session, keys: SigningKeys) -> dict[str, list[str]]:
    """``keys`` plus every key an IT admin's entry names for a user (a password reset gives a
    user new keys; what they signed before is checked against the old one). Only entries whose
    actor is an IT admin count, and their own signatures are checked like any other's."""
    admins = set(session.execute(select(col(User.username))
                                 .where(col(User.role) == Role.IT_ADMIN.value)).scalars())
    merged = {user: list(held) for user, held in keys.items()}
    announced = session.execute(
        select(col(AuditEntry.actor), col(AuditEntry.target), col(AuditEntry.details))
        .where(col(AuditEntry.action).in_(KEY_ANNOUNCEMENTS)))
    for actor, target, details in announced:
        if actor not in admins:
            continue
        try:
            named = json.loads(details)
        except ValueError:
            continue
        user = target or actor  # "init" names the first admin's own key
        for name in (SIGN_PUBLIC, PREVIOUS_SIGN_PUBLIC):
            key = named.get(name) if isinstance(named, dict) else None
            if isinstance(key, str) and key not in merged.setdefault(user, []):
                merged[user].append(key)
    return merged


def _check_entry(entry: AuditEntry, expected_seq: int, prev_hash: str) -> ChainBreak | None:
    if entry.seq != expected_seq:
        return ChainBreak(expected_seq, "missing (entries were deleted)",
                          ErrorCode.AUDIT_ENTRY_MISSING)
    if entry.prev_hash != prev_hash:
        return ChainBreak(entry.seq, "does not follow the entry before it",
                          ErrorCode.AUDIT_ENTRY_UNLINKED)
    recomputed = entry_hash(prev_hash, entry.seq, entry.at, entry.actor, entry.action,
                            entry.target, entry.details)
    if recomputed != entry.hash:
        return ChainBreak(entry.seq, "was changed after it was written",
                          ErrorCode.AUDIT_ENTRY_CHANGED)
    return None


def _check_signature(entry: AuditEntry, keys: SigningKeys,
                     actor_signs: bool) -> ChainBreak | None:
    if entry.signature is None or entry.signed_by is None:
        # A user who has signed (or been given a key) signs everything after: a stripped
        # signature is a break. A user of an older version signs from their first entry with
        # a key; a failed sign-in is signed by whoever signs in next, who may have no key yet.
        if actor_signs and entry.action != SIGNED_BY_NEXT_USER:
            return ChainBreak(entry.seq, "is not signed, though the entries before it are",
                              ErrorCode.AUDIT_NOT_SIGNED)
        return None
    # Each user signs what they did; only a failed sign-in is written (and signed) by whoever
    # signs in next, the failing user having no key open.
    signer_acted = entry.signed_by == entry.actor or entry.action == SIGNED_BY_NEXT_USER
    if not signer_acted or not signed_by_one_of(
            keys.get(entry.signed_by, ()), entry_signature_message(entry.hash), entry.signature):
        return ChainBreak(entry.seq, f"is not signed by {entry.actor} (it was rewritten and "
                          "signed again by someone else)",
                          ErrorCode.AUDIT_BAD_SIGNATURE, {"user": entry.actor})
    return None
