"""Signatures made on this device: a signed-in user's own Ed25519 key, held only while they are
signed in.

Every user can unwrap the data key, so anything stored only inside the database can be rewritten
by any of them. What a user signs with their own key cannot be re-signed by a colleague: the key
is sealed under that user's password in their key slot, and their public key is part of the grant
an IT admin signed (``grants``). The audit chain's entries and anchors, and the grants themselves,
are signed this way.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from functools import lru_cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def encode(raw: bytes) -> str:
    """Keys and signatures are stored as base64 text."""
    return base64.b64encode(raw).decode("ascii")


def decode(text: str) -> bytes:
    """The bytes of a stored key or signature (``ValueError`` when it is not base64)."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise ValueError("not base64") from error


@dataclass(frozen=True)
class UserSigner:
    """A signed-in user's signing key (never stored in the clear, never shown)."""

    username: str
    private_key: Ed25519PrivateKey = field(repr=False)

    @classmethod
    def generate(cls, username: str) -> UserSigner:
        """A fresh key for a new user (sealed into their slot by ``keyslots``)."""
        return cls(username, Ed25519PrivateKey.generate())

    @property
    def public_key(self) -> str:
        """The public half, base64, as the user's grant carries it."""
        return encode(self.private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    def sign(self, message: bytes) -> str:
        """A base64 signature of ``message``."""
        return encode(self.private_key.sign(message))


@lru_cache(maxsize=256)
def _public_key(text: str) -> Ed25519PublicKey:
    # Loaded once per key: checking a long audit chain verifies thousands of signatures.
    return Ed25519PublicKey.from_public_bytes(decode(text))


def verify(public_key: str, message: bytes, signature: str) -> bool:
    """Whether ``signature`` is ``public_key``'s over ``message`` (False for anything malformed)."""
    try:
        _public_key(public_key).verify(decode(signature), message)
    except (InvalidSignature, ValueError):
        return False
    return True
