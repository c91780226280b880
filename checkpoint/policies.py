"""Policy dates: until when a document type counts as valid, by decision (DESIGN §4: dated
configuration rows, not code). HQ sets them and they arrive with its reference data.

A policy ``por_valid_until = 2025-06-30`` effective from 2025-03-01 says that, for crossings from
1 March 2025, a PoR card counts as valid until 30 June 2025 *whatever its printed expiry*: an
extension keeps old cards valid, and the end of a scheme makes new-looking cards invalid.
The newest policy already in force on the crossing day wins; a type with none in force falls
back to the printed expiry.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from checkpoint.ledger import Ledger
from checkpoint.models import PolicyDate
from contract.documents import policy_document_type


class Policies:
    """The policy dates held, read once per transaction."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(col(PolicyDate.key), col(PolicyDate.effective_from),
                                      col(PolicyDate.value))
                               .order_by(col(PolicyDate.effective_from).desc(),
                                         col(PolicyDate.id).desc())).all()
        self._rows = [(kind, since, value) for key, since, value in rows
                      if (kind := policy_document_type(key)) is not None]

    def valid_until(self, document_type: str, on: date) -> date | None:
        """The policy's last valid day for this type on ``on``; None when no policy governs it."""
        return next((value for kind, since, value in self._rows
                     if kind == document_type and since <= on), None)

    def in_force(self, on: date) -> dict[str, date]:
        """Every governed document type's last valid day on ``on``."""
        found: dict[str, date] = {}
        for kind, since, value in self._rows:  # newest first: the first one in force wins
            if since <= on:
                found.setdefault(kind, value)
        return found


def document_policies(ledger: Ledger, day: date | None = None) -> dict[str, date]:
    """The policy dates in force on ``day`` (default today), by document type: what a face
    needs to show the result a document will be recorded with before it is recorded (a
    correction's documents are checked on the crossing's own day)."""
    with ledger.reading() as session:
        return Policies(session).in_force(day or ledger.today())
