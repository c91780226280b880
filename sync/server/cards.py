"""The cancelled-cards list: what a card entry is, how it is read, and how entries are listed.

A card is keyed as every desk keys it (``contract.documents.document_number_key``), by its
document type. Listing is set-wise (a chunk of entries costs a handful of statements), so one
card from the console and a million from ``card import`` go through the same code. A card
already listed with the same reason and date is left alone: listing it again changes nothing
and no desk is sent it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import String, any_, bindparam, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Session

from contract import codes
from contract.documents import departure_digest, document_number_key, listed_types
from contract.errors import ErrorCode
from contract.failure import InvalidValue
from sync.server.errors import Malformed
from sync.server.models import CancelledCard, table
from sync.server.reference_log import departure_key, insert_rows, log_changes

MAX_NUMBER_CHARS = 64  # ``NumberKey``'s bound on the wire
_CHUNK = 2000

@dataclass(frozen=True)
class CardEntry:
    """One card to list: its type code, number key, reason code and since when."""

    document_type: str
    number_key: str
    reason: str
    since: date


def card_type(text: str) -> str:
    """The document-type code of ``text`` (a code, a name or a short form: ``PoR``); one
    sentence if it names no document a card can be."""
    try:
        code = codes.document_types().resolve(text, field="document_type")
    except InvalidValue:
        code = None
    if code not in listed_types():
        kinds = ", ".join(codes.document_types().entry(kind).label
                          for kind in listed_types())
        named = f"{text.strip()!r} is not" if text and text.strip() else "Give"
        raise Malformed(f"{named} a card's document type: use one of {kinds}.",
                        code=ErrorCode.UNKNOWN_DOCUMENT_TYPE)
    return code


def card_reason(text: str | None) -> str:
    """The card-reason code of ``text`` (``cancelled`` when empty); one sentence if unknown."""
    try:
        return codes.card_reasons().resolve(text, field="reason") or "cancelled"
    except InvalidValue as error:
        raise Malformed(f"{error}.", code=ErrorCode.UNKNOWN_CARD_REASON) from None


def number_key(text: str) -> str:
    """The number as desks key it; one sentence when nothing is left or it is too long."""
    key = document_number_key(text)
    if not key:
        raise Malformed("Give the card's number.", code=ErrorCode.EMPTY)
    if len(key) > MAX_NUMBER_CHARS or "\x00" in key:
        raise Malformed(f"A card number has at most {MAX_NUMBER_CHARS} letters and digits.",
                        code=ErrorCode.INVALID)
    return key


def short_digest(session: Session, entry_type: str, key: str) -> str:
    """What HQ's audit keeps of a card's number: its departure digest in hex, the same for
    the same card, and unreadable without HQ's key (numbers are personal enough)."""
    return departure_digest(departure_key(session), entry_type, key).hex()


def list_cards(session: Session, entries: Sequence[CardEntry], listed_by: str,
               now: datetime) -> tuple[int, int]:
    """List ``entries`` (one entry per card); returns (listed or re-listed, already listed
    exactly so). Each change is logged for the desks, in the caller's transaction."""
    listed = already = 0
    for start in range(0, len(entries), _CHUNK):
        chunk = entries[start:start + _CHUNK]
        held = _held(session, chunk)
        new = [entry for entry in chunk if (entry.document_type, entry.number_key) not in held]
        moved = [entry for entry in chunk if held.get((entry.document_type, entry.number_key))
                 not in (None, (entry.reason, entry.since))]
        cards = table(CancelledCard)
        if new:
            insert_rows(session, cards, [
                {"document_type": e.document_type, "number_key": e.number_key,
                 "reason": e.reason, "since": e.since, "listed_by": listed_by,
                 "listed_at": now} for e in new])
        if moved:
            session.execute(update(cards).where(
                cards.c.document_type == bindparam("t"), cards.c.number_key == bindparam("n"))
                .values(reason=bindparam("r"), since=bindparam("s"), listed_by=listed_by,
                        listed_at=now),
                [{"t": e.document_type, "n": e.number_key, "r": e.reason, "s": e.since}
                 for e in moved])
        log_changes(session, [{"kind": "card", "op": "add", "document_type": e.document_type,
                               "number_key": e.number_key, "reason": e.reason,
                               "since": e.since, "changed_at": now} for e in new + moved])
        listed += len(new) + len(moved)
        already += len(chunk) - len(new) - len(moved)
    return listed, already


def _held(session: Session, chunk: Sequence[CardEntry]) -> dict[tuple[str, str],
                                                                tuple[str, date]]:
    """The reason and date of each card of ``chunk`` already listed."""
    cards = table(CancelledCard)
    by_type: dict[str, list[str]] = {}
    for entry in chunk:
        by_type.setdefault(entry.document_type, []).append(entry.number_key)
    postgresql = session.get_bind().dialect.name == "postgresql"
    held: dict[tuple[str, str], tuple[str, date]] = {}
    for kind, numbers in by_type.items():  # one type at a time: each an index range
        # PostgreSQL takes the numbers as one array (= ANY): an IN of 2,000 parameters costs
        # three times as long to send and plan.
        among = (cards.c.number_key == any_(bindparam("numbers", numbers, type_=ARRAY(String)))
                 if postgresql else cards.c.number_key.in_(numbers))
        held.update(((kind, number), (reason, since)) for number, reason, since in session.execute(
            select(cards.c.number_key, cards.c.reason, cards.c.since)
            .where(cards.c.document_type == kind, among)))
    return held
