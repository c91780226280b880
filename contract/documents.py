"""What both ends agree about a document number and HQ's reference data about documents.

HQ keeps three lists every desk checks offline (DESIGN §4, "reference data"): policy dates,
cancelled cards and documents recorded departing at any checkpoint. The desk and HQ must key a
number the same way, or a card cancelled at HQ would never match what a clerk types: that one
rule is :func:`document_number_key`.

Departures travel down as a *digest*, not a number: a keyed hash (HMAC-SHA-256 under a key HQ
makes once and sends only to enrolled devices, cut to :data:`DIGEST_BYTES`). A desk can tell
whether the number typed in front of it was recorded elsewhere, and where and when, but the list
it holds names nobody and cannot be read back into numbers without the key (docs/reference-data.md
gives the reasoning and its limits).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from typing import Final

from contract import codes
from contract.tallyrules import NO_DOCUMENT

# 8 bytes: with 10 million departures held, the chance that an unrelated number matches one of
# them is about 10**7 / 2**64, once in 10**12 lookups; fewer bytes would start to raise false
# warnings at national scale, more would only make the list bigger.
DIGEST_BYTES: Final = 8
DIGEST_KEY_BYTES: Final = 32

# A policy key names the document type it governs: ``por_valid_until``, ``acc_valid_until``.
POLICY_SUFFIX: Final = "_valid_until"

_NUMBER_NOISE = re.compile(r"[\s\-/.]+")


def document_number_key(number: str) -> str:
    """What duplicate checks and HQ's lists compare: upper case, without spaces, dashes, dots
    or slashes.

    PoR, ACC and Tazkira numbers have no public format, so nothing else is assumed about them.
    """
    return _NUMBER_NOISE.sub("", unicodedata.normalize("NFKC", number)).upper()


def departure_digest(key: bytes, document_type: str, number_key: str) -> bytes:
    """The keyed hash a departure travels as: the same on HQ and every desk for one document."""
    message = f"{document_type}\x1f{number_key}".encode()
    return hmac.new(key, message, hashlib.sha256).digest()[:DIGEST_BYTES]


def policy_key(document_type: str) -> str:
    """The policy date that says until when documents of this type count as valid."""
    return f"{document_type}{POLICY_SUFFIX}"


def policy_document_type(key: str) -> str | None:
    """The document type a policy key governs, or None when ``key`` is not a policy key."""
    if not key.endswith(POLICY_SUFFIX):
        return None
    document_type = key.removesuffix(POLICY_SUFFIX)
    return document_type if document_type in codes.document_types() else None


def listed_types() -> tuple[str, ...]:
    """The document types HQ's lists and policies can name: every type a person can show
    (not ``none``, which records that no document was shown)."""
    return tuple(code for code in codes.document_types().codes if code != NO_DOCUMENT)


def policy_keys() -> tuple[str, ...]:
    """Every policy key there can be: one per document type a person can show."""
    return tuple(policy_key(code) for code in listed_types())
