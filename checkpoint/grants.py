"""Grants: each user row signed by the device's grant key, so a role edited behind the app's
back is detected.

Every user can unwrap the data key and so rewrite any row of the database. What they cannot do
is sign: the grant key's private half is wrapped only to IT admins' box keys (``keyslots``), and
each user trusts the grant key's public half as sealed in their own slot. A row whose role,
active flag or public keys changed without an IT admin signing it again no longer verifies, and
the ledger refuses it at sign-in (``ledger``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from checkpoint.models import User
from checkpoint.signing import encode, verify
from contract.canonical import canonical_json


@dataclass(frozen=True)
class GrantKey:
    """The device's grant key, held only while an IT admin is signed in."""

    private_key: Ed25519PrivateKey = field(repr=False)

    @classmethod
    def generate(cls) -> GrantKey:
        """A new grant key (a new database, or the first IT admin after an upgrade)."""
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> GrantKey:
        """The key as unwrapped from an IT admin's slot."""
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    def private_bytes(self) -> bytes:
        """The raw private half, only ever to be wrapped to an IT admin's box key."""
        return self.private_key.private_bytes_raw()

    @property
    def public_key(self) -> str:
        """The public half, base64: what every user trusts."""
        return encode(self.private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    def sign(self, message: bytes) -> str:
        """A base64 signature of ``message``."""
        return encode(self.private_key.sign(message))


def grant_message(database_id: str, user: User) -> bytes:
    """What a grant signs: who the user is on this database, their role, whether they may sign
    in, and their public keys."""
    return canonical_json({"database_id": database_id, "username": user.username,
                           "role": user.role, "active": bool(user.active),
                           "sign_public": user.sign_public,
                           "box_public": user.box_public}).encode()


def sign_grant(grant_key: GrantKey, database_id: str, user: User) -> None:
    """Grant ``user`` their row as it now stands (every change of a row signs it again)."""
    user.grant_signature = grant_key.sign(grant_message(database_id, user))


def grant_verifies(trusted: str, database_id: str, user: User) -> bool:
    """Whether ``user``'s row carries a grant by the trusted grant key, over the row as stored."""
    if not user.grant_signature:
        return False
    return verify(trusted, grant_message(database_id, user), user.grant_signature)


def invalid_grants(trusted: str | None, database_id: str, users: Iterable[User]) -> list[str]:
    """The names of users whose rows do not verify, sorted; none while the device has no grant
    key yet (rows from before grants are trusted as stored until the first IT admin signs)."""
    if trusted is None:
        return []
    return sorted(user.username for user in users
                  if not grant_verifies(trusted, database_id, user))
