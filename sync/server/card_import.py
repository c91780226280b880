"""``card import``: a CSV file of cards for the cancelled list, a million rows in seconds.

UTF-8 (a BOM is fine), a header row, columns in any order and any case: ``document_type``
and ``number`` required, ``reason`` (a card-reason code or name; ``cancelled`` when empty)
and ``since`` (YYYY-MM-DD or DD/MM/YYYY; the import's day when empty) optional. A row that
cannot be read is rejected with its line number and why (never the number itself); the rows
around it are listed. Importing the same file twice lists nothing the second time.
"""

from __future__ import annotations

import csv
import io
from collections import Counter as Tally
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, BinaryIO

from sqlmodel import Session

from contract.errors import ErrorCode
from sync.server.cards import CardEntry, card_reason, card_type, list_cards, number_key
from sync.server.errors import Malformed, ServiceError
from sync.server.schemas import iso_day

COLUMNS = ("document_type", "number", "reason", "since")
_REQUIRED = ("document_type", "number")
# Rows held before they are listed: big enough that a million rows take a few hundred
# round trips, small enough to hold in memory whatever the file's size.
_CHUNK = 20_000


@dataclass
class CardImport:
    """What an import did: cards listed (or re-listed with a new reason or date), cards that
    were already listed exactly so, and the rows rejected as (line, reason)."""

    accepted: int = 0
    already_listed: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    by_type: Tally[str] = field(default_factory=Tally)

    def as_json(self) -> dict[str, Any]:
        """What ``controlroom card import --json`` prints and the API answers."""
        return {"accepted": self.accepted, "already_listed": self.already_listed,
                "rejected": [{"line": line, "reason": reason} for line, reason in self.rejected]}


def read_cards(session: Session, source: BinaryIO, listed_by: str, today: date,
               now: datetime) -> CardImport:
    """List every readable row of ``source`` (in the caller's transaction)."""
    done = CardImport()
    pending: dict[tuple[str, str], CardEntry] = {}
    for entry in _entries(_rows(source), today, done):
        held = pending.get((entry.document_type, entry.number_key))
        if held == entry:
            done.already_listed += 1
            continue
        pending[(entry.document_type, entry.number_key)] = entry
        if len(pending) >= _CHUNK:
            _flush(session, pending, listed_by, now, done)
    _flush(session, pending, listed_by, now, done)
    return done


def _flush(session: Session, pending: dict[tuple[str, str], CardEntry], listed_by: str,
           now: datetime, done: CardImport) -> None:
    entries = list(pending.values())
    pending.clear()
    listed, already = list_cards(session, entries, listed_by, now)
    done.accepted += listed
    done.already_listed += already
    done.by_type.update(entry.document_type for entry in entries)


def _rows(source: BinaryIO) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, {column: text}) for every data row; the header read as the columns' names."""
    text = io.TextIOWrapper(source, encoding="utf-8-sig", newline="")
    reader = csv.reader(text)
    try:
        header = next(reader, None)
        if header is None:
            raise Malformed("The file is empty; it needs a header row (document_type, number, "
                            "reason, since).", code=ErrorCode.EMPTY_FILE)
        names = [name.strip().lower().replace(" ", "_") for name in header]
        missing = [name for name in _REQUIRED if name not in names]
        if missing:
            raise Malformed(f"The header row lacks {' and '.join(missing)} (the columns are "
                            f"{', '.join(COLUMNS)}).", code=ErrorCode.MISSING_COLUMNS)
        places = {name: names.index(name) for name in COLUMNS if name in names}
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            yield reader.line_num, {name: cells[at] if at < len(cells) else ""
                                    for name, at in places.items()}
    except UnicodeDecodeError:
        raise Malformed(f"The file is not UTF-8 text (line {reader.line_num + 1}); save it "
                        "as CSV UTF-8.", code=ErrorCode.NOT_UTF8) from None
    except csv.Error as error:
        raise Malformed(f"Line {reader.line_num} cannot be read as CSV ({error}).",
                        code=ErrorCode.UNREADABLE_CSV) from None


def _entries(rows: Iterator[tuple[int, dict[str, str]]], today: date,
             done: CardImport) -> Iterator[CardEntry]:
    """Each row as a card entry, or its line rejected in ``done`` with the reason."""
    types: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for line, row in rows:
        try:
            kind = row["document_type"].strip()
            if kind not in types:
                types[kind] = card_type(kind)
            reason = row.get("reason", "").strip()
            if reason not in reasons:
                reasons[reason] = card_reason(reason)
            yield CardEntry(types[kind], number_key(row["number"]), reasons[reason],
                                  _since(row.get("since", ""), today))
        except ServiceError as error:
            done.rejected.append((line, error.detail))


def _since(text: str, today: date) -> date:
    """The day a card is listed since: YYYY-MM-DD or DD/MM/YYYY (as registers write it)."""
    text = text.strip()
    if not text:
        return today
    try:
        return iso_day(text) if "-" in text else datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        raise Malformed(f"since {text[:20]!r} is not a date (YYYY-MM-DD or DD/MM/YYYY).",
                        code=ErrorCode.INVALID_DATE) from None
