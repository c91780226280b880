"""HQ's reference lists as a sync brings them to a device, for tests of what the desk warns
about (built as HQ sends them: ``contract.wire``, applied through ``outbox.apply_updates``)."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime

from checkpoint import outbox
from checkpoint.ledger import Ledger
from contract.documents import departure_digest, document_number_key
from contract.wire import CardGroup, DepartureGroup, PolicyValue, Reference, Updates

KEY = bytes(range(32))
AS_OF = datetime(2025, 4, 1, 6, 0, tzinfo=UTC)
CANCELLED_POR = "PK-778899"  # reported lost since 2025-03-01
DEPARTED_PASSPORT = "P7654321"  # recorded departing at Chaman on 2025-04-01
ACC_VALID_UNTIL = date(2025, 3, 31)  # by policy, from 2025-03-01


def apply_hq_lists(ledger: Ledger, version: int = 4, as_of: datetime = AS_OF) -> None:
    """A snapshot of HQ's lists at ``version``: a PoR card reported lost, a passport recorded
    departing at Chaman, and ACC cards no longer valid after 31 March 2025."""
    digest = departure_digest(KEY, "passport", document_number_key(DEPARTED_PASSPORT))
    outbox.apply_updates(ledger, Updates(cursor=f"9.{version}", reference=Reference(
        version=version, as_of=as_of, snapshot=True, digest_key=base64.b64encode(KEY).decode(),
        departures_from=date(2024, 10, 1),
        cards=[CardGroup(document_type="por", reason="reported_lost", since=date(2025, 3, 1),
                         numbers=[document_number_key(CANCELLED_POR)])],
        departures=[DepartureGroup(checkpoint="CHAMAN", day=date(2025, 4, 1),
                                   digests=base64.b64encode(digest).decode())],
        policies=[PolicyValue(key="acc_valid_until", value=ACC_VALID_UNTIL,
                              effective_from=date(2025, 3, 1))])))
