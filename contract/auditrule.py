"""The audit chain's rule (DESIGN §6), shared by the device that writes it and HQ that checks it.

``hash = SHA-256(prev_hash + canonical JSON of the entry)``; the first entry follows
``GENESIS``. An entry's time is hashed as its UTC ISO text, so a time read back from a database
that drops the zone hashes the same as when it was written.
"""

from __future__ import annotations

from datetime import UTC, datetime

from contract.canonical import canonical_json, sha256_hex

GENESIS = "0" * 64


def utc_text(moment: datetime) -> str:
    """The hashed form of an entry's time (a time without zone is taken as UTC)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat()


def entry_hash(prev_hash: str, seq: int, at: datetime | str, actor: str, action: str,
               target: str, details: str) -> str:
    """The hash of one entry; ``at`` is its time, or that time's :func:`utc_text` already."""
    body = {"seq": seq, "at": at if isinstance(at, str) else utc_text(at), "actor": actor,
            "action": action, "target": target, "details": details}
    return sha256_hex(prev_hash + canonical_json(body))
