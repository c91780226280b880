"""Key slots: the database's data key, wrapped once per user under that user's password.

The database is encrypted under a random 256-bit data key that is never stored in the clear.
Each user has a slot in a small JSON file beside the database (``<db>.keys``) holding the data
key sealed with AES-256-GCM under a key derived from the user's password with Argon2id. The
slot's associated data binds it to this database and this user name, so a slot copied between
users or databases does not open. A wrong password fails the GCM tag check: that is how the
password is verified, with no password hash stored anywhere.

The file also counts failed sign-ins (not secret; the encrypted database cannot be written
until someone signs in), so they can be slowed down and later copied into the audit log.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from checkpoint.errors import DatabaseUnreadable, LoginThrottled, WrongPassword
from checkpoint.private_files import private_temp
from contract.errors import ErrorCode

FORMAT = "checkpoint-keyslots"
VERSION = 1
DATA_KEY_BYTES = 32
# RFC 9106's second recommended option (64 MiB, 3 passes), with 2 lanes for the 2-core desks.
ARGON2_PARAMS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}
# Sign-ins allowed before waiting starts; then the wait doubles per failure, up to the cap.
FREE_ATTEMPTS = 3
FIRST_WAIT_SECONDS = 5
MAX_WAIT_SECONDS = 300
MAX_PENDING_FAILURES = 1000
# Failures for names with no slot are kept under this one name: what was typed as a user name
# is sometimes a password, and must not be written down in the clear.
UNKNOWN_USER = "(unknown user)"


def keyfile_path(db_path: Path) -> Path:
    """The key-slot file that belongs to a database file."""
    return db_path.with_name(db_path.name + ".keys")


def new_data_key() -> bytes:
    """A fresh random data key for a new database."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(password: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, hash_len=32, type=Type.ID,
                           time_cost=params["time_cost"], memory_cost=params["memory_cost"],
                           parallelism=params["parallelism"])


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
    with open(path.with_name(path.name + ".lock"), "a+b") as handle:
        _lock(handle)
        try:
            yield
        finally:
            _unlock(handle)


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
            if raw.get("format") != FORMAT or raw.get("version") != VERSION:
                raise ValueError("not a key-slot file")
            return cls(path=path, database_id=str(raw["database_id"]),
                       slots=dict(raw.get("slots", {})), failures=dict(raw.get("failures", {})),
                       pending_failed_logins=list(raw.get("pending_failed_logins", [])),
                       anchors=dict(raw.get("anchors", {})))
        except FileNotFoundError:
            raise DatabaseUnreadable(
                f"The key file {path} is missing; the database cannot be opened without it. "
                "Restore it from the backup it was saved with.",
                code=ErrorCode.KEYFILE_MISSING) from None
        except (ValueError, KeyError, TypeError, AttributeError):
            raise DatabaseUnreadable(
                f"The key file {path} is damaged or not a Checkpoint key file.",
                code=ErrorCode.KEYFILE_DAMAGED) from None

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
                           "anchors": self.anchors},
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

    def _associated_data(self, username: str) -> bytes:
        return f"{FORMAT}:{self.database_id}:{username}".encode()

    def set_slot(self, username: str, password: str, data_key: bytes) -> None:
        """Seal the data key for ``username`` under ``password`` (new user or new password)."""
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        sealed = AESGCM(_derive(password, salt, ARGON2_PARAMS)).encrypt(
            nonce, data_key, self._associated_data(username))
        self.slots[username] = {"kdf": "argon2id", **ARGON2_PARAMS, "salt": _b64(salt),
                                "nonce": _b64(nonce), "sealed": _b64(sealed)}

    def remove_slot(self, username: str) -> None:
        """Take away a user's ability to open the database (disabling them)."""
        self.slots.pop(username, None)

    def has_slot(self, username: str) -> bool:
        """Whether this user can currently sign in."""
        return username in self.slots

    def opens(self, username: str, password: str) -> bool:
        """Whether ``password`` opens this user's slot; neither a failure nor a wait (for
        comparing a new password with the current one, not for signing in)."""
        slot = self.slots.get(username)
        if slot is None:
            return False
        params = {k: int(slot[k]) for k in ARGON2_PARAMS}
        key = _derive(password, _unb64(slot["salt"]), params)
        try:
            AESGCM(key).decrypt(_unb64(slot["nonce"]), _unb64(slot["sealed"]),
                                self._associated_data(username))
        except InvalidTag:
            return False
        return True

    def unlock(self, username: str, password: str, *, now: datetime | None = None) -> bytes:
        """The data key, if the password opens this user's slot.

        Raises ``LoginThrottled`` while the user must wait after repeated failures (without
        trying the password), ``WrongPassword`` otherwise; both failures are counted and saved.
        """
        now = now or _now()
        if username not in self.slots:
            username = UNKNOWN_USER
        wait = self.seconds_to_wait(username, now)
        if wait > 0:
            raise LoginThrottled(f"Too many failed sign-ins for this user; try again in {wait} s.",
                                 retry_after=wait)
        slot = self.slots.get(username)
        try:
            if slot is None:
                raise InvalidTag
            params = {k: int(slot[k]) for k in ARGON2_PARAMS}
            key = _derive(password, _unb64(slot["salt"]), params)
            data_key = AESGCM(key).decrypt(_unb64(slot["nonce"]), _unb64(slot["sealed"]),
                                           self._associated_data(username))
        except InvalidTag:
            with KeySlots.changing(self.path) as fresh:
                fresh._count_failure(username, now)
            self.failures = fresh.failures
            raise WrongPassword("User name or password not accepted.") from None
        if username in self.failures:
            with KeySlots.changing(self.path) as fresh:
                fresh.failures.pop(username, None)
            self.failures = fresh.failures
        return data_key

    # -- failed sign-ins --------------------------------------------------------------------

    def seconds_to_wait(self, username: str, now: datetime) -> int:
        """How long this user must wait before the next attempt (0: may try now)."""
        record = self.failures.get(username)
        if not record or record["count"] < FREE_ATTEMPTS:
            return 0
        wait = min(FIRST_WAIT_SECONDS * 2 ** (record["count"] - FREE_ATTEMPTS), MAX_WAIT_SECONDS)
        elapsed = (now - datetime.fromisoformat(record["last"])).total_seconds()
        return max(0, int(wait - elapsed + 0.999))

    def _count_failure(self, username: str, now: datetime) -> None:
        record = self.failures.setdefault(username, {"count": 0, "last": now.isoformat()})
        record["count"] += 1
        record["last"] = now.isoformat()
        self.pending_failed_logins.append({"user": username, "at": now.isoformat()})
        del self.pending_failed_logins[:-MAX_PENDING_FAILURES]

    def forget_failed_logins(self, audited: list[dict[str, str]]) -> None:
        """Drop failed sign-ins that are now in the audit log (those only, not newer ones)."""
        self.pending_failed_logins = [entry for entry in self.pending_failed_logins
                                      if entry not in audited]
