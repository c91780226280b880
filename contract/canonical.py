"""Canonical JSON: the one byte form that every hash in Checkpoint is taken over.

The device hashes a record's data and its audit chain with it and HQ checks both with it, so
the rule is written here once for both ends.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any


def _default(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not canonical JSON: {type(value).__name__}")


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 kept as is; dates as ISO 8601."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=_default)


def sha256_hex(text: str) -> str:
    """SHA-256 of the UTF-8 text, as 64 lower-case hex digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def data_hash(data: Any) -> str:
    """SHA-256 of the canonical JSON of a record's ``data`` (what a record's ``hash`` is)."""
    return sha256_hex(canonical_json(data))
