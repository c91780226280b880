"""Typed errors raised by the core.

Each error carries a stable ``code`` (an ``ErrorCode`` from the contract: what went wrong), the
``field`` it concerns (or None) and plain ``params`` for the wording. The core's English ``str()``
is for the command line and logs; the desktop app words each code itself through ``tr()``. No
error ever carries a password, a key or a recorded person's details.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence

from contract.errors import ErrorCode
from contract.failure import ContractError, InvalidValue

# The core's two roots are the contract's errors, so an unknown code refused by the contract is a
# ValidationError to every caller of the core, and ``except CheckpointError`` still catches all.
CheckpointError = ContractError
ValidationError = InvalidValue


class ValidationErrors(ValidationError):
    """Every problem of one entry found at once (a face marks them all together). It reads as
    its first problem, so a caller that shows one problem needs nothing new."""

    def __init__(self, problems: Sequence[ValidationError]) -> None:
        first = problems[0]
        super().__init__(first.message, code=first.code, field=first.field, **first.params)
        self.problems = tuple(problems)


class PermissionDenied(CheckpointError):
    """The signed-in user's role does not allow the action."""

    code = ErrorCode.PERMISSION_DENIED


class NotFound(CheckpointError):
    """A record, user or day that does not exist."""

    code = ErrorCode.NOT_FOUND


class WrongPassword(CheckpointError):
    """User name or password not accepted (deliberately does not say which)."""

    code = ErrorCode.WRONG_PASSWORD


class LoginThrottled(CheckpointError):
    """Too many failed sign-ins for this user; ``params['retry_after']`` seconds to wait."""

    code = ErrorCode.LOGIN_THROTTLED


class LoginNotCounted(CheckpointError):
    """A sign-in that could not be counted (disk full, read-only) and so was not tried."""

    code = ErrorCode.SIGN_IN_NOT_COUNTED


class GrantInvalid(CheckpointError):
    """The signing-in user's row does not carry a valid grant: it was changed outside
    Checkpoint."""

    code = ErrorCode.GRANT_INVALID


class GrantKeyMissing(CheckpointError):
    """An IT admin whose slot does not (yet) hold the device's grant key tried to change what
    only a grant may change."""

    code = ErrorCode.GRANT_KEY_MISSING


class DatabaseMissing(CheckpointError):
    """No database (or no key file) where one was expected; nothing was created."""

    code = ErrorCode.DATABASE_MISSING


class DatabaseExists(CheckpointError):
    """``init`` refused to overwrite an existing database."""

    code = ErrorCode.DATABASE_EXISTS


class DatabaseUnreadable(CheckpointError):
    """The file is not a Checkpoint database or does not match its key file."""

    code = ErrorCode.DATABASE_UNREADABLE


class DatabaseRekeyed(CheckpointError):
    """An open session's key no longer opens the database: it was re-keyed elsewhere."""

    code = ErrorCode.DATABASE_REKEYED


class AccountDisabled(CheckpointError):
    """The user exists but has been disabled."""

    code = ErrorCode.ACCOUNT_DISABLED


class MrzUnreadable(CheckpointError):
    """Text that is not a machine-readable zone of any known format."""

    code = ErrorCode.MRZ_UNREADABLE


class DiskFull(CheckpointError):
    """The disk (or the user's quota) is full. The write it stopped was rolled back or removed:
    nothing half-made is kept, and the same action works again once there is space."""

    code = ErrorCode.DISK_FULL


# SQLite's result code for "database or disk is full" (it reports ENOSPC on a write as this).
SQLITE_FULL = 13
_FULL_ERRNOS = frozenset(filter(None, (errno.ENOSPC, getattr(errno, "EDQUOT", None),
                                       errno.EFBIG)))


def disk_full(error: BaseException) -> DiskFull | None:
    """``error`` as a ``DiskFull`` when it says the disk is full (SQLite's ``SQLITE_FULL``, or an
    ``OSError`` ENOSPC, EDQUOT or EFBIG, also wrapped by SQLAlchemy); None for anything else."""
    if isinstance(error, DiskFull):
        return error
    cause = getattr(error, "orig", None) or error  # SQLAlchemy keeps the driver's error here
    if isinstance(cause, OSError) and cause.errno in _FULL_ERRNOS:
        where = f" ({cause.filename})" if cause.filename else ""
        return DiskFull(f"The disk is full{where}: nothing was saved. Free some space and try "
                        "again.")
    if getattr(cause, "sqlite_errorcode", None) == SQLITE_FULL \
            or "database or disk is full" in str(cause):
        return DiskFull("The disk is full: nothing was saved. Free some space and try again.")
    return None
