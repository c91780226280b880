"""The two ways a key slot protects a secret: sealed under a password, or wrapped to a user's
box key.

*Sealed*: AES-256-GCM under a key derived from the password with Argon2id. Only the user can
open it; it holds their private keys. *Wrapped*: an ephemeral X25519 exchange with the user's
box public key, HKDF-SHA256, then AES-256-GCM. Anyone may wrap a secret to a user (an IT admin
re-wraps a new data key to every user without knowing their passwords); only the user, with the
private key from their sealed payload, unwraps it. Both bind associated data (database id, user
name, purpose), so nothing moves between users, databases or purposes.
"""

from __future__ import annotations

import secrets
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from checkpoint.signing import decode, encode

# RFC 9106's second recommended option (64 MiB, 3 passes), with 2 lanes for the 2-core desks.
ARGON2_PARAMS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}


class Unopened(Exception):
    """The password or key does not open this sealed or wrapped secret (or it was altered)."""


def _derive(password: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, hash_len=32, type=Type.ID,
                           time_cost=params["time_cost"], memory_cost=params["memory_cost"],
                           parallelism=params["parallelism"])


def seal(password: str, secret: bytes, associated: bytes) -> dict[str, Any]:
    """``secret`` sealed under ``password`` (a fresh salt and nonce each time)."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_derive(password, salt, ARGON2_PARAMS)).encrypt(nonce, secret, associated)
    return {"kdf": "argon2id", **ARGON2_PARAMS, "salt": encode(salt), "nonce": encode(nonce),
            "sealed": encode(sealed)}


def open_sealed(password: str, box: dict[str, Any], associated: bytes) -> bytes:
    """The secret sealed in ``box``; ``Unopened`` for a wrong password."""
    params = {name: int(box[name]) for name in ARGON2_PARAMS}
    key = _derive(password, decode(box["salt"]), params)
    try:
        return AESGCM(key).decrypt(decode(box["nonce"]), decode(box["sealed"]), associated)
    except InvalidTag:
        raise Unopened from None


def box_public_text(private_key: X25519PrivateKey) -> str:
    """A box key's public half, base64, as slots and grants carry it."""
    return encode(private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def _wrapping_key(shared: bytes, associated: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=associated).derive(shared)


def wrap(box_public: str, secret: bytes, associated: bytes) -> dict[str, str]:
    """``secret`` wrapped to the holder of ``box_public``'s private half."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(decode(box_public)))
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_wrapping_key(shared, associated)).encrypt(nonce, secret, associated)
    return {"ephemeral": box_public_text(ephemeral), "nonce": encode(nonce),
            "sealed": encode(sealed)}


def unwrap(box_private: X25519PrivateKey, wrapped: dict[str, str], associated: bytes) -> bytes:
    """The secret ``wrap`` gave this box key; ``Unopened`` when it was not wrapped to it."""
    try:
        shared = box_private.exchange(
            X25519PublicKey.from_public_bytes(decode(wrapped["ephemeral"])))
        return AESGCM(_wrapping_key(shared, associated)).decrypt(
            decode(wrapped["nonce"]), decode(wrapped["sealed"]), associated)
    except (InvalidTag, ValueError):
        raise Unopened from None
