"""The contract's errors: the roots of the core's error hierarchy (``checkpoint.errors``).

An error carries a stable ``code`` (what went wrong), the ``field`` it concerns (or None) and
plain ``params`` for the wording; its English ``str()`` is for the command line and logs, and
the desktop app words each code itself. No error ever carries a password, a key or a recorded
person's details.
"""

from __future__ import annotations

from typing import Any

from contract.errors import ErrorCode


class ContractError(Exception):
    """Base of every error raised on purpose, by the contract or the core built on it."""

    code: ErrorCode = ErrorCode.ERROR

    def __init__(self, message: str, *, code: ErrorCode | None = None, field: str | None = None,
                 **params: Any) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.field = field
        self.params = params

    def __str__(self) -> str:
        return self.message


class InvalidValue(ContractError):
    """A value that cannot be accepted (e.g. a code not in its list); ``field`` names it."""

    code = ErrorCode.INVALID


class CodeListError(ContractError):
    """A code list file is missing or malformed: a broken installation, not a user error."""

    code = ErrorCode.CODELIST_INVALID
