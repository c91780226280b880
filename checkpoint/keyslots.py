"""Key slots: what each user's password unlocks, in a small JSON file beside the database
(``<db>.keys``).

The database is encrypted under a random 256-bit data key that is never stored in the clear.
Each user's slot (version 2) holds:

- their private keys, an X25519 "box" key and an Ed25519 signing key, plus the device's grant
  public key as that user last trusted it, *sealed* under their password (``sealing``: Argon2id
  and AES-256-GCM; a wrong password fails the tag check, so no password hash is stored);
- their public keys, in the clear;
- the data key *wrapped* to their box key, and for IT admins the device's grant key too; so an
  IT admin re-wraps a new data key for every user without knowing their passwords (re-keying
  when a user is disabled).

Version 1 slots (the data key sealed straight under the password) still open; the ledger turns
each into a version 2 slot when its user signs in. Associated data binds every sealed or wrapped
secret to this database, this user name and its purpose.

The file also counts failed sign-ins (not secret; the encrypted database cannot be written
until someone signs in), so they can be slowed down and later copied into the audit log. An
attempt is counted *before* its password is tried, under the file's lock, so attempts made in
parallel are all counted; an attempt that cannot be counted is not tried.
"""

from __future__ import annotations

import json
import os
import secrets
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from checkpoint.errors import DatabaseUnreadable, LoginNotCounted, LoginThrottled, WrongPassword
from checkpoint.grants import GrantKey
from checkpoint.private_files import open_lock, private_temp
from checkpoint.sealing import (
    Unopened,
    box_public_text,
    open_sealed,
    seal,
    unwrap,
    wrap,
)
from checkpoint.signing import UserSigner, decode, encode
from contract.errors import ErrorCode

FORMAT = "checkpoint-keyslots"
VERSION = 2
READABLE_VERSIONS = (1, 2)
DATA_KEY_BYTES = 32
# Sign-ins allowed before waiting starts; then the wait doubles per failure, up to the cap.
FREE_ATTEMPTS = 3
FIRST_WAIT_SECONDS = 5
MAX_WAIT_SECONDS = 300
MAX_PENDING_FAILURES = 1000
# Failures for names with no slot are kept under this one name: what was typed as a user name
# is sometimes a password, and must not be written down in the clear.
UNKNOWN_USER = "(unknown user)"
# What each sealed or wrapped secret is for: part of its associated data.
# A staged next data key uses the current one's purpose: finishing a re-key only moves it.
PAYLOAD, DATA_KEY, GRANT_KEY = "payload", "data-key", "grant-key"


def keyfile_path(db_path: Path) -> Path:
    """The key-slot file that belongs to a database file."""
    return db_path.with_name(db_path.name + ".keys")


def new_data_key() -> bytes:
    """A fresh random data key for a new database (or a re-key)."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def _now() -> datetime:
    return datetime.now(UTC)


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle, fcntl.LOCK_EX)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """Hold an inter-process lock for a read-modify-write of the key file.

    The desktop app and ``checkpoint-admin`` may change the file at the same time (a new user,
    a failed sign-in); each change re-reads the file under this lock, so none is lost.
    """
    with open_lock(path.with_name(path.name + ".lock")) as handle:
        _lock(handle)
        try:
            yield
        finally:
            _unlock(handle)


@dataclass(frozen=True)
class UserKeys:
    """A user's private keys and the grant key they trust: their sealed slot payload."""

    box_private: X25519PrivateKey = field(repr=False)
    signer: UserSigner
    trusted_grant_public: str | None

    @classmethod
    def generate(cls, username: str, trusted_grant_public: str | None) -> UserKeys:
        """Fresh keys for a new user, a reset password or an upgraded version 1 slot."""
        return cls(X25519PrivateKey.generate(), UserSigner.generate(username),
                   trusted_grant_public)

    @property
    def box_public(self) -> str:
        """The box key's public half: what secrets are wrapped to."""
        return box_public_text(self.box_private)

    def trusting(self, grant_public: str | None) -> UserKeys:
        """The same keys, trusting ``grant_public``."""
        return UserKeys(self.box_private, self.signer, grant_public)

    def payload(self) -> bytes:
        return json.dumps({"box_private": encode(self.box_private.private_bytes_raw()),
                           "sign_private": encode(self.signer.private_key.private_bytes_raw()),
                           "trusted_grant_public": self.trusted_grant_public}).encode()

    @classmethod
    def from_payload(cls, username: str, raw: bytes) -> UserKeys:
        body = json.loads(raw)
        return cls(X25519PrivateKey.from_private_bytes(decode(body["box_private"])),
                   UserSigner(username, Ed25519PrivateKey.from_private_bytes(
                       decode(body["sign_private"]))),
                   body.get("trusted_grant_public"))


@dataclass(frozen=True)
class UnlockedSlot:
    """What a password opened: the data key(s) to try, the user's keys, the grant key."""

    # The current data key first; during a re-key that was cut short, the new one after it.
    data_keys: tuple[bytes, ...] = field(repr=False)
    # None: a version 1 slot, still to be upgraded (the ledger does it at sign-in).
    keys: UserKeys | None
    # Only in IT admins' slots.
    grant_key: GrantKey | None = field(repr=False, default=None)


@dataclass
class KeySlots:
    """The contents of a ``.keys`` file."""

    path: Path
    database_id: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: dict[str, dict[str, Any]] = field(default_factory=dict)
    pending_failed_logins: list[dict[str, str]] = field(default_factory=list)
    # The audit chain's anchors, by user (``audit``): kept outside the database so that
    # rewriting the database alone cannot move them.
    anchors: dict[str, dict[str, Any]] = field(default_factory=dict)
    # The device's grant public key (None until the first IT admin of an upgraded device signs
    # in). Only a hint for users who trust none yet: each user trusts the copy in their slot.
    grant_public: str | None = None

    # -- file -------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, database_id: str) -> KeySlots:
        """A new, empty set of slots for a new database (written by ``save``)."""
        return cls(path=path, database_id=database_id)

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        """Read the file; a missing or damaged file is a clear ``DatabaseUnreadable``."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT or raw.get("version") not in READABLE_VERSIONS:
                raise ValueError("not a key-slot file")
            return cls(path=path, database_id=str(raw["database_id"]),
                       slots=dict(raw.get("slots", {})), failures=dict(raw.get("failures", {})),
                       pending_failed_logins=list(raw.get("pending_failed_logins", [])),
                       anchors=dict(raw.get("anchors", {})),
                       grant_public=raw.get("grant_public"))
        except FileNotFoundError:
            raise DatabaseUnreadable(
                f"The key file {path} is missing; the database cannot be opened without it. "
                "Restore it from the backup it was saved with.",
                code=ErrorCode.KEYFILE_MISSING) from None
        except (ValueError, KeyError, TypeError, AttributeError):
            raise _damaged(path) from None

    @classmethod
    @contextmanager
    def changing(cls, path: Path) -> Iterator[KeySlots]:
        """The file as it is now, saved when the block ends; other writers wait meanwhile."""
        with _exclusive(path):
            slots = cls.load(path)
            yield slots
            slots.save()

    def save(self) -> None:
        """Write atomically (temp file, fsync, rename) so a power cut leaves old or new, whole."""
        body = json.dumps({"format": FORMAT, "version": VERSION, "database_id": self.database_id,
                           "slots": self.slots, "failures": self.failures,
                           "pending_failed_logins": self.pending_failed_logins,
                           "anchors": self.anchors, "grant_public": self.grant_public},
                          indent=1, sort_keys=True)
        fd, tmp = private_temp(self.path, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(body)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # -- slots ------------------------------------------------------------------------------

    def _associated(self, username: str, purpose: str | None = None) -> bytes:
        base = f"{FORMAT}:{self.database_id}:{username}"
        return base.encode() if purpose is None else f"{base}:{purpose}".encode()

    def set_slot(self, username: str, password: str, keys: UserKeys, data_key: bytes,
                 grant_key: GrantKey | None = None) -> None:
        """A new slot for ``username`` under ``password`` (a new user, an upgraded version 1
        slot, a reset password): ``keys`` sealed, ``data_key`` (and ``grant_key``) wrapped."""
        slot: dict[str, Any] = {
            "version": VERSION, **seal(password, keys.payload(), self._associated(username,
                                                                                  PAYLOAD)),
            "box_public": keys.box_public, "sign_public": keys.signer.public_key,
            "data_key": wrap(keys.box_public, data_key, self._associated(username, DATA_KEY))}
        self.slots[username] = slot
        if grant_key is not None:
            self.wrap_grant_key(username, grant_key)

    def reseal(self, username: str, password: str, keys: UserKeys) -> None:
        """Seal ``keys`` again under ``password`` (a changed password, a newly trusted grant
        key); what is wrapped to the user stays."""
        slot = self.slots[username]
        slot.update(seal(password, keys.payload(), self._associated(username, PAYLOAD)))

    def wrap_grant_key(self, username: str, grant_key: GrantKey) -> None:
        """Give an IT admin's slot the grant key."""
        slot = self.slots[username]
        slot["grant_key"] = wrap(slot["box_public"], grant_key.private_bytes(),
                                 self._associated(username, GRANT_KEY))

    def remove_slot(self, username: str) -> None:
        """Take away a user's ability to open the database (disabling them)."""
        self.slots.pop(username, None)

    def has_slot(self, username: str) -> bool:
        """Whether this user can currently sign in."""
        return username in self.slots

    def has_grant_key(self, username: str) -> bool:
        """Whether this user's slot holds the grant key."""
        return "grant_key" in self.slots.get(username, {})

    def public_keys(self, username: str) -> tuple[str, str] | None:
        """The user's (sign, box) public keys, or None for a version 1 slot or no slot."""
        slot = self.slots.get(username, {})
        if "box_public" not in slot:
            return None
        return slot["sign_public"], slot["box_public"]

    # -- re-keying --------------------------------------------------------------------------

    def stage_data_key(self, new_key: bytes, keeping: Iterable[str]) -> list[str]:
        """Step one of a re-key: wrap ``new_key`` beside the current one for the users kept,
        and remove every other slot. Returns the users kept who lose their slot because it is
        still version 1 (a new key cannot be wrapped to them without their password)."""
        kept = set(keeping)
        lost = []
        for username in list(self.slots):
            slot = self.slots[username]
            if username in kept and "box_public" in slot:
                slot["next_data_key"] = wrap(slot["box_public"], new_key,
                                             self._associated(username, DATA_KEY))
                continue
            if username in kept:
                lost.append(username)
            del self.slots[username]
        return sorted(lost)

    def finish_rekey(self) -> None:
        """The last step of a re-key, once the database is under the new key: the new key
        becomes the only one."""
        for slot in self.slots.values():
            if "next_data_key" in slot:
                slot["data_key"] = slot.pop("next_data_key")

    @property
    def rekey_pending(self) -> bool:
        """Whether a re-key was staged and not finished (the database may be under either)."""
        return any("next_data_key" in slot for slot in self.slots.values())

    # -- opening ----------------------------------------------------------------------------

    def _open(self, username: str, password: str) -> UnlockedSlot:
        slot = self.slots[username]
        if "box_public" not in slot:  # version 1: the data key sealed under the password
            return UnlockedSlot((open_sealed(password, slot, self._associated(username)),), None)
        keys = UserKeys.from_payload(
            username, open_sealed(password, slot, self._associated(username, PAYLOAD)))
        try:
            data_keys = tuple(unwrap(keys.box_private, slot[name],
                                     self._associated(username, DATA_KEY))
                              for name in ("data_key", "next_data_key") if name in slot)
            grant_key = None
            if "grant_key" in slot:
                grant_key = GrantKey.from_private_bytes(unwrap(
                    keys.box_private, slot["grant_key"], self._associated(username, GRANT_KEY)))
        except (Unopened, KeyError, ValueError):
            raise _damaged(self.path) from None
        return UnlockedSlot(data_keys, keys, grant_key)

    def opens(self, username: str, password: str) -> bool:
        """Whether ``password`` opens this user's slot; neither a failure nor a wait (for
        comparing a new password with the current one, not for signing in)."""
        if username not in self.slots:
            return False
        try:
            open_sealed(password, self.slots[username],
                        self._associated(username, PAYLOAD if "box_public" in
                                         self.slots[username] else None))
        except Unopened:
            return False
        return True

    def open_slot(self, username: str, password: str, *,
                  now: datetime | None = None) -> UnlockedSlot:
        """What ``password`` unlocks in this user's slot.

        The attempt is counted first (``LoginNotCounted`` when it cannot be, and then the
        password is not tried); ``LoginThrottled`` while the user must wait after repeated
        failures; ``WrongPassword`` otherwise. Success clears the count.
        """
        now = now or _now()
        if username not in self.slots:
            username = UNKNOWN_USER
        attempt = self._count_attempt(username, now)
        try:
            if username == UNKNOWN_USER:
                raise Unopened
            unlocked = self._open(username, password)
        except Unopened:
            raise WrongPassword("User name or password not accepted.") from None
        self._clear_attempt(username, attempt)
        return unlocked

    def unlock(self, username: str, password: str, *, now: datetime | None = None) -> bytes:
        """The current data key, if the password opens this user's slot (``open_slot``)."""
        return self.open_slot(username, password, now=now).data_keys[0]

    # -- failed sign-ins --------------------------------------------------------------------

    def _count_attempt(self, username: str, now: datetime) -> dict[str, str]:
        # Counted as a failure before the password is tried, under the lock: attempts made at
        # the same time each see the others' counts, and one killed half-way stays counted.
        try:
            with KeySlots.changing(self.path) as fresh:
                wait = fresh.seconds_to_wait(username, now)
                if wait > 0:
                    raise LoginThrottled(
                        f"Too many failed sign-ins for this user; try again in {wait} s.",
                        retry_after=wait)
                attempt = fresh._count_failure(username, now)
        except OSError:
            raise LoginNotCounted(
                "The sign-in could not be counted (the disk is full or read-only), so it was "
                "not tried. Free some space or call IT.") from None
        self.failures, self.pending_failed_logins = fresh.failures, fresh.pending_failed_logins
        return attempt

    def _clear_attempt(self, username: str, attempt: dict[str, str]) -> None:
        try:
            with KeySlots.changing(self.path) as fresh:
                fresh.failures.pop(username, None)
                fresh.forget_failed_logins([attempt])
        except OSError:
            # The user is in; a count left one too high only makes the next failure wait
            # sooner, and the database itself will refuse writes on this disk.
            return
        self.failures, self.pending_failed_logins = fresh.failures, fresh.pending_failed_logins

    def seconds_to_wait(self, username: str, now: datetime) -> int:
        """How long this user must wait before the next attempt (0: may try now)."""
        record = self.failures.get(username)
        if not record or record["count"] < FREE_ATTEMPTS:
            return 0
        wait = min(FIRST_WAIT_SECONDS * 2 ** (record["count"] - FREE_ATTEMPTS), MAX_WAIT_SECONDS)
        elapsed = (now - datetime.fromisoformat(record["last"])).total_seconds()
        return max(0, int(wait - elapsed + 0.999))

    def _count_failure(self, username: str, now: datetime) -> dict[str, str]:
        record = self.failures.setdefault(username, {"count": 0, "last": now.isoformat()})
        record["count"] += 1
        record["last"] = now.isoformat()
        # A random id tells this attempt from another at the same moment, so a success
        # forgets its own entry only.
        entry = {"user": username, "at": now.isoformat(), "attempt": secrets.token_hex(8)}
        self.pending_failed_logins.append(entry)
        del self.pending_failed_logins[:-MAX_PENDING_FAILURES]
        return entry

    def forget_failed_logins(self, audited: list[dict[str, str]]) -> None:
        """Drop failed sign-ins that are now in the audit log (those only, not newer ones)."""
        self.pending_failed_logins = [entry for entry in self.pending_failed_logins
                                      if entry not in audited]


def _damaged(path: Path) -> DatabaseUnreadable:
    return DatabaseUnreadable(f"The key file {path} is damaged or not a Checkpoint key file.",
                              code=ErrorCode.KEYFILE_DAMAGED)

