"""Typed refusals the service raises; the app answers each as a ``Problem`` with its status."""

from __future__ import annotations

from contract.errors import ErrorCode


class ServiceError(Exception):
    """A request HQ refuses, with the HTTP status, a stable code and a plain sentence."""

    status = 400
    code: ErrorCode = ErrorCode.BAD_REQUEST

    def __init__(self, detail: str, *, code: ErrorCode | None = None,
                 retry_after: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if code is not None:
            self.code = code
        self.retry_after = retry_after


class Malformed(ServiceError):
    """400: the request cannot be read."""


class Unauthorized(ServiceError):
    """401: unknown or revoked token (the device stops and tells IT)."""

    status = 401
    code = ErrorCode.UNAUTHORIZED


class Forbidden(ServiceError):
    """403: authenticated, but not allowed this (wrong checkpoint, used code, staff API off)."""

    status = 403
    code = ErrorCode.FORBIDDEN


class NotFound(ServiceError):
    """404: no such device or complaint."""

    status = 404
    code = ErrorCode.NOT_FOUND


class VersionConflict(ServiceError):
    """409: a protocol version or checkpoint HQ does not take."""

    status = 409
    code = ErrorCode.PROTOCOL_VERSION


class TooLarge(ServiceError):
    """413: the batch is bigger than HQ takes (the device halves it)."""

    status = 413
    code = ErrorCode.TOO_LARGE


class TooManyRequests(ServiceError):
    """429: this device or address is over its share; try again after ``retry_after``."""

    status = 429
    code = ErrorCode.RATE_LIMITED


class Unavailable(ServiceError):
    """503: busy or the database is unreachable; try again after ``retry_after`` seconds."""

    status = 503
    code = ErrorCode.UNAVAILABLE
