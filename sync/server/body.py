"""Reading a batch body: streamed, gunzipped as it arrives, never more than the cap in memory.

A gzip bomb stops at ``cap + 1`` decompressed bytes (``413``); a body that is not gzip, not
JSON, or not a protocol-1 batch is refused whole (``400``, or ``409`` for another version).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import AsyncIterator

from pydantic import ValidationError

from contract.errors import ErrorCode
from contract.wire import PROTOCOL_VERSION, BatchIn
from sync.server.errors import Malformed, TooLarge, VersionConflict


async def read_capped(chunks: AsyncIterator[bytes], encoding: str | None, cap: int) -> bytes:
    """The body's bytes after ``Content-Encoding`` (gzip or identity), at most ``cap`` of them."""
    encoding = (encoding or "identity").strip().lower()
    if encoding not in ("gzip", "identity"):
        raise Malformed(f"Content-Encoding {encoding!r} is not taken; send gzip",
                        code=ErrorCode.UNSUPPORTED_ENCODING)
    too_large = TooLarge(f"the batch is larger than the {cap} bytes HQ takes; send fewer records")
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
