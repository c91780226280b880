"""Rate limits and fair batch slots: no device or address can wear HQ out for the others.

- ``RateLimit`` (ASGI middleware, outermost): a token bucket per client address for every
  route; one per device token for the sync routes; and a stricter one per address for what
  presents a secret — every enrollment attempt and every token HQ refused (``401``) take from
  it, and while it is empty that address may neither enroll nor present a token, so codes and
  tokens (device or staff) cannot be guessed at speed. Over a limit is ``429`` with a bounded
  ``Retry-After``, before a byte of the body is read.
- ``BatchSlots``: a worker applies at most ``size`` batches at once (more get ``503``), and one
  device holds at most one of them (its second batch at once gets ``429``), so a device that
  floods HQ with concurrent batches cannot take every slot.

Both live in memory, per worker process: with ``controlroom serve --workers N`` each worker
counts on its own, so an address may make up to N times its limit across the workers. A hand
written bucket rather than the ``limits`` library: its in-memory storage runs a background
timer thread to expire entries, and a bucket of a few lines needs none.
"""

from __future__ import annotations

import ipaddress
import math
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from contract.canonical import sha256_hex
from contract.errors import ErrorCode
from contract.wire import API_PREFIX, Problem
from sync.server.errors import TooManyRequests, Unavailable

# A refused client waits at least a second and at most a minute (the device clamps it too).
MAX_RETRY_AFTER = 60
BUSY_RETRY_AFTER = 5
# A device's second batch at once: its first is being applied and will be done shortly.
DEVICE_BUSY_RETRY_AFTER = 2
# Buckets kept per limit; past it the least recently seen key is forgotten (it starts full
# again), so a flood of addresses costs bounded memory.
MAX_KEYS = 100_000
ENROLL_PATH = f"{API_PREFIX}/devices/enroll"
DEVICE_PATHS = frozenset({f"{API_PREFIX}/batches", f"{API_PREFIX}/updates"})


@dataclass(frozen=True)
class Rate:
    """``burst`` requests at once, refilled at ``per_minute``."""

    per_minute: int
    burst: int


class TokenBuckets:
    """One token bucket per key (an address, a device token's hash)."""

    def __init__(self, rate: Rate, max_keys: int = MAX_KEYS) -> None:
        self.rate, self.max_keys = rate, max_keys
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, key: str, *, only_look: bool = False) -> float:
        """Take a token for ``key``: 0 when there was one, else the seconds until there is
        (``only_look``: the same answer, and nothing taken).

        Called on the event loop only (from the middleware), so it needs no lock.
        """
        now = time.monotonic()
        per_second = self.rate.per_minute / 60
        tokens, then = self._buckets.pop(key, (float(self.rate.burst), now))
        tokens = min(float(self.rate.burst), tokens + (now - then) * per_second)
        wait = 0.0 if tokens >= 1 else (1 - tokens) / per_second
        self._buckets[key] = (tokens - 1 if wait == 0 and not only_look else tokens, now)
        if len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
        return wait


def client_key(host: str | None) -> str:
    """The address a limit counts by: an IPv6 client's whole /64 counts as one address (one
    household line gets a /64 to pick from)."""
    try:
        address = ipaddress.ip_address(host or "")
    except ValueError:
        return host or "unknown"
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def _bearer(headers: Headers) -> str | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return (token.strip() or None) if scheme.lower() == "bearer" else None


class RateLimit:
    """ASGI middleware: every request takes a token from its address's bucket, the sync
    routes also from the device token's; enrolling and presenting a token need the address's
    sign-in bucket (see the module's docstring)."""

    def __init__(self, app: ASGIApp, *, per_address: Rate, sign_in: Rate,
                 per_device: Rate) -> None:
        self.app = app
        self.addresses = TokenBuckets(per_address)
        self.sign_ins = TokenBuckets(sign_in)
        self.devices = TokenBuckets(per_device)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        address = client_key(scope["client"][0] if scope.get("client") else None)
        token = _bearer(Headers(scope=scope))
        waits = [self.addresses.take(address)]
        if path == ENROLL_PATH:
            waits.append(self.sign_ins.take(address))
        elif token is not None:
            waits.append(self.sign_ins.take(address, only_look=True))
        if token is not None and path in DEVICE_PATHS:
            # Kept as a hash: no token sits in this table in plain.
            waits.append(self.devices.take(sha256_hex(token)))
        wait = max(waits)
        if wait > 0:
            await self._refuse(wait, scope, receive, send)
            return

        async def counting_refusals(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 401:
                self.sign_ins.take(address)  # a token HQ does not know: a guess, maybe
            await send(message)

        await self.app(scope, receive, counting_refusals)

    @staticmethod
    async def _refuse(wait: float, scope: Scope, receive: Receive, send: Send) -> None:
        seconds = min(MAX_RETRY_AFTER, max(1, math.ceil(wait)))
        refusal = JSONResponse(Problem(code=ErrorCode.RATE_LIMITED, detail=(
            f"Too many requests; try again in {seconds} seconds.")).model_dump(),
            status_code=429, headers={"Retry-After": str(seconds)})
        await refusal(scope, receive, send)


class BatchSlots:
    """The batches one worker is applying: at most ``size`` at once, one per device."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._devices: set[str] = set()

    def check(self, device_id: str | None = None) -> None:
        """Refuse now if no slot is free (``503``) or ``device_id`` already holds one
        (``429``): before an upload, so a slow link is not spent for nothing."""
        if device_id is not None and device_id in self._devices:
            raise TooManyRequests("HQ is still applying this device's previous batch; send "
                                  "the next one after it.", code=ErrorCode.DEVICE_BUSY,
                                  retry_after=DEVICE_BUSY_RETRY_AFTER)
        if len(self._devices) >= self.size:
            raise Unavailable("HQ is busy; try again shortly.", code=ErrorCode.BUSY,
                              retry_after=BUSY_RETRY_AFTER)

    @contextmanager
    def hold(self, device_id: str) -> Iterator[None]:
        """Hold a slot for ``device_id`` while its batch is applied (checked again here: the
        event loop runs one request's check and take with no other request in between)."""
        self.check(device_id)
        self._devices.add(device_id)
        try:
            yield
        finally:
            self._devices.discard(device_id)
