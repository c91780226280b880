"""What the desk warns about a document before it is saved, and the clerk's decision.

Every warning is something the clerk decides on, never a refusal (DESIGN §4): the document was
already recorded departing at this desk (``duplicate``: this device's own records), or HQ's
reference data says the card is cancelled, the document was recorded departing at another
desk, or its type is no longer valid by policy (``checkpoint.reference``). One call gathers
them all, for the entry screen, a correction and ``checkpoint-admin`` alike; a face shows
them and, when the clerk saves anyway, :func:`with_warnings` puts the codes shown (and the
version of HQ's lists they came from) on the documents, so they are stored with the checks and
counted on the tally (``by_warning_overridden``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TypeVar

from checkpoint.entries import DocumentEntry
from checkpoint.ledger import Ledger
from checkpoint.records import EarlierDeparture, earlier_departures
from checkpoint.reference import ReferenceFinding, reference_findings
from contract import codes
from contract.documents import document_number_key

_D = TypeVar("_D", bound=DocumentEntry)


@dataclass(frozen=True)
class DocumentWarning:
    """One thing found about one document: what (``code``, a ``document_warnings`` code),
    since when, where, and from which version of HQ's lists."""

    document_type: str
    number: str  # as the clerk typed it
    code: str
    # Departed on (duplicate, departed elsewhere), listed since (cancelled), or the last day
    # the policy lets the type count as valid (policy expired).
    since: date
    checkpoint: str | None = None  # where it departed
    reason: str | None = None  # why the card is listed (a ``card_reasons`` code)
    list_version: int | None = None  # None: found in this desk's own records
    as_of: datetime | None = None  # when HQ's lists were current as held
    earlier: EarlierDeparture | None = None  # the earlier record here, for ``duplicate``

    @property
    def number_key(self) -> str:
        """The number as lists compare it (``document_number_key``)."""
        return document_number_key(self.number)


def document_warnings(ledger: Ledger, documents: Sequence[DocumentEntry],
                      day: date | None = None, *,
                      exclude: Sequence[str] = ()) -> list[DocumentWarning]:
    """Every warning about these documents for a crossing on ``day`` (default today), in the
    documents' order and, per document, in the code list's order. ``exclude``: crossing
    UUIDs not to count as earlier records (a correction's own crossing)."""
    day = day or ledger.today()
    checkpoint = ledger.settings.checkpoint
    found = [_duplicate(departure, checkpoint, ledger)
             for departure in earlier_departures(ledger, documents, exclude=exclude)]
    with ledger.reading() as session:
        found += [_from_lists(finding) for finding in reference_findings(
            session, [(document.document_type, document.number) for document in documents],
            day, checkpoint)]
    order = {(document.document_type, document_number_key(document.number)): index
             for index, document in reversed(list(enumerate(documents)))}
    ranks = {code: rank for rank, code in enumerate(codes.document_warnings().codes)}
    return sorted(found, key=lambda warning: (
        order.get((warning.document_type, warning.number_key), len(order)),
        ranks.get(warning.code, len(ranks)), warning.since))


def _duplicate(departure: EarlierDeparture, checkpoint: str,
               ledger: Ledger) -> DocumentWarning:
    at = departure.crossed_at
    local = ledger.local_day(at if at.tzinfo else at.replace(tzinfo=UTC))
    return DocumentWarning(departure.document_type, departure.number, "duplicate", local,
                           checkpoint=checkpoint, earlier=departure)


def _from_lists(finding: ReferenceFinding) -> DocumentWarning:
    return DocumentWarning(finding.document_type, finding.number, finding.status,
                           finding.since, checkpoint=finding.checkpoint, reason=finding.reason,
                           list_version=finding.list_version, as_of=finding.as_of)


def with_warnings(document: _D, found: Sequence[DocumentWarning]) -> _D:
    """``document`` with the warnings found about it added to those it carries, and the
    newest list version they came from: what "Save anyway" stores."""
    key = (document.document_type, document_number_key(document.number))
    mine = [warning for warning in found
            if (warning.document_type, warning.number_key) == key]
    if not mine:
        return document
    versions = [warning.list_version for warning in mine if warning.list_version is not None]
    if document.reference_version is not None:
        versions.append(document.reference_version)
    return replace(document, warnings=document.warnings | {warning.code for warning in mine},
                   reference_version=max(versions, default=None))
