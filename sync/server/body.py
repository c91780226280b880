"""Reading a batch body: streamed, gunzipped as it arrives, never more than the cap in memory.

A gzip bomb stops at ``cap + 1`` decompressed bytes (``413``); a body that is not gzip, not
JSON, nested deeper than ``MAX_JSON_DEPTH``, or not a protocol-1 batch is refused whole (``400``,
or ``409`` for another version).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import AsyncIterator

from pydantic import ValidationError
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from contract.errors import ErrorCode
from contract.wire import MAX_JSON_DEPTH, PROTOCOL_VERSION, BatchIn, Problem
from sync.server.errors import Malformed, TooLarge, VersionConflict

# Every body but a batch's is a small JSON object (an enrollment, a complaint status): this is
# the cap HQ applies to them before reading a byte (the batch route has its own, larger one).
# The largest is a complaint's internal note: 4,000 characters, each escaped in JSON as a
# surrogate pair (12 bytes), are 48 KB.
SMALL_BODY_BYTES = 64 * 1024


class BodyCap:
    """ASGI middleware: no route reads a body past its cap (``by_path``, else ``default``).

    A declared ``Content-Length`` over the cap is answered ``413`` before a byte of the body is
    read; a body without one (chunked) or shorter than declared is counted as it arrives and
    stops at the cap with the same ``413`` (a Starlette ``HTTPException``, which FastAPI's body
    parsing lets through to the app's handler instead of turning it into a ``400``).
    """

    def __init__(self, app: ASGIApp, default: int, by_path: dict[str, int]) -> None:
        self.app, self.default, self.by_path = app, default, by_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cap = self.by_path.get(scope["path"], self.default)
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > cap:
            refusal = JSONResponse(Problem(code=ErrorCode.TOO_LARGE, detail=(
                f"the request body is larger than the {cap} bytes HQ takes here")).model_dump(),
                status_code=413, headers={"Connection": "close"})
            await refusal(scope, receive, send)
            return
        received = 0

        async def capped() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > cap:
                    raise HTTPException(413, f"the request body is larger than the {cap} "
                                             "bytes HQ takes here")
            return message

        await self.app(scope, capped, send)


async def read_capped(chunks: AsyncIterator[bytes], encoding: str | None, cap: int, *,
                      what: str = "the batch", hint: str = "send fewer records") -> bytes:
    """The body's bytes after ``Content-Encoding`` (gzip or identity), at most ``cap`` of them
    (``what`` and ``hint`` word the refusal of a larger one)."""
    encoding = (encoding or "identity").strip().lower()
    if encoding not in ("gzip", "identity"):
        raise Malformed(f"Content-Encoding {encoding!r} is not taken; send gzip",
                        code=ErrorCode.UNSUPPORTED_ENCODING)
    too_large = TooLarge(f"{what} is larger than the {cap} bytes HQ takes; {hint}")
    gunzip = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding == "gzip" else None
    body, received = bytearray(), 0
    async for chunk in chunks:
        received += len(chunk)
        if received > cap:
            raise too_large
        if gunzip is None:
            body += chunk
            continue
        if gunzip.eof:
            if chunk:
                raise Malformed("there are bytes after the end of the gzip stream",
                                code=ErrorCode.MALFORMED)
            continue
        try:
            # max_length stops inflating one byte past the cap: a bomb never fills memory.
            body += gunzip.decompress(chunk, cap + 1 - len(body))
        except zlib.error as error:
            raise Malformed(f"the body is not valid gzip ({error})",
                            code=ErrorCode.MALFORMED) from None
        if len(body) > cap:
            raise too_large
    if gunzip is not None and not gunzip.eof:
        raise Malformed("the gzip stream ends early", code=ErrorCode.MALFORMED)
    return bytes(body)


def parse_batch(body: bytes) -> BatchIn:
    """The batch in ``body``; ``409`` for another protocol version, ``400`` if malformed."""
    try:
        raw = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise Malformed("the body is not JSON", code=ErrorCode.MALFORMED) from None
    except RecursionError:
        raw = None  # deeper than the parser goes: refused just below
    if raw is None or json_depth(raw) > MAX_JSON_DEPTH:
        raise Malformed(f"the body is nested deeper than {MAX_JSON_DEPTH} levels",
                        code=ErrorCode.MALFORMED)
    if not isinstance(raw, dict):
        raise Malformed("the body is not a batch object", code=ErrorCode.MALFORMED)
    protocol = raw.get("protocol")
    if type(protocol) is not int or protocol != PROTOCOL_VERSION:
        raise VersionConflict(f"HQ speaks sync protocol {PROTOCOL_VERSION}, the batch says "
                              f"{protocol!r}; update the app or HQ",
                              code=ErrorCode.PROTOCOL_VERSION)
    try:
        return BatchIn.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        raise Malformed(f"{where}: {first['msg']}", code=ErrorCode.MALFORMED) from None


def json_depth(value: object) -> int:
    """How deeply ``value`` (parsed JSON) nests lists and objects, counted without recursion
    (the checks after parsing, hashing among them, recurse and would fail on a deep one)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = (item.values() if isinstance(item, dict)
                    else item if isinstance(item, list) else None)
        if children is None:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            break
        stack.extend((child, depth + 1) for child in children)
    return deepest
