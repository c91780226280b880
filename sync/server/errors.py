"""Typed refusals the service raises; the app answers each as a ``Problem`` with its status."""

from __future__ import annotations


class ServiceError(Exception):
    """A request HQ refuses, with the HTTP status, a stable code and a plain sentence."""

    status = 400
    code = "bad_request"

    def __init__(self, detail: str, *, code: str | None = None,
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
    code = "unauthorized"


class Forbidden(ServiceError):
    """403: authenticated, but not allowed this (wrong checkpoint, used code, staff API off)."""

    status = 403
    code = "forbidden"


class NotFound(ServiceError):
    """404: no such device or complaint."""

    status = 404
    code = "not_found"


class VersionConflict(ServiceError):
    """409: a protocol version or checkpoint HQ does not take."""

    status = 409
    code = "protocol_version"


class TooLarge(ServiceError):
    """413: the batch is bigger than HQ takes (the device halves it)."""

    status = 413
    code = "too_large"


class Unavailable(ServiceError):
    """503: busy or the database is unreachable; try again after ``retry_after`` seconds."""

    status = 503
    code = "unavailable"
