"""STAND-IN until sign-in unwraps each user's own signing key from their key slot (issue 9,
item 2, another change): a test makes a user's key here, stores its public half in the user
table as that change will, and signs in with it (``open_ledger(..., signer=...)``), so the
audit log's signatures and anchors are exercised for real. Remove once sign-in provides it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update
from sqlmodel import col

from checkpoint.ledger import Ledger, open_ledger
from checkpoint.models import User
from checkpoint.signing import UserSigner


def give_signing_key(ledger: Ledger, username: str) -> UserSigner:
    """A new signing key for ``username``, its public half stored in the user table."""
    signer = UserSigner.generate(username)
    with ledger.writing() as session:
        session.execute(update(User).where(col(User.username) == username)
                        .values(sign_public=signer.public_key))
    return signer


def give_signing_keys(path: Path, admin: str, password: str,
                      usernames: list[str]) -> dict[str, UserSigner]:
    """Signing keys for ``usernames``, stored by ``admin`` before anything is signed (the
    admin's sign-in here is part of the chain's unsigned prefix)."""
    ledger = open_ledger(path, admin, password)
    try:
        return {name: give_signing_key(ledger, name) for name in usernames}
    finally:
        ledger.close()
