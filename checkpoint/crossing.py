"""One crossing as the core knows it: a checked person with the bookkeeping of their crossing.

Built once, when a person is recorded or a stored crossing is read back, and used for everything
that needs the whole aggregate: the rows written, the revision snapshot, the data hashed and
synced to HQ, and the tally counters (``crossing_keys`` reads it as it reads a stored row).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from checkpoint.entries import (
    CheckedDocument,
    CheckedPerson,
    DocumentEntry,
    PersonEntry,
    search_keys,
)
from checkpoint.models import Crossing, DocumentCheck


@dataclass(frozen=True)
class RecordedCheck(CheckedDocument):
    """A document check of a recorded crossing: the document and who checked it."""

    checked_by: str = ""


@dataclass(frozen=True, kw_only=True)
class CrossingRecord(CheckedPerson):
    """One person crossing: what was entered (checked) and where, when and by whom."""

    uuid: str
    checkpoint: str
    direction: str = "departure"
    crossed_at: datetime
    local_day: date
    recorded_by: str
    household_uuid: str
    # The person's place in the household as entered (0 is the head); not part of the data
    # synced, only how the device lists the household.
    household_position: int = 0
    voided: bool = False
    void_reason: str = ""
    late: bool = False
    documents: tuple[RecordedCheck, ...] = ()

    @classmethod
    def of(cls, row: Crossing, checks: Sequence[DocumentCheck]) -> CrossingRecord:
        """The record of a stored crossing and its document checks."""
        documents = tuple(RecordedCheck(**{name: getattr(check, name) for name in _CHECK_FIELDS})
                          for check in sorted(checks, key=lambda check: check.position))
        return cls(**{name: getattr(row, name) for name in _RECORD_FIELDS},
                   documents=documents)

    def entry(self) -> PersonEntry:
        """The person as entered (who checked each document left aside): what a correction
        starts from and changes."""
        documents = tuple(DocumentEntry(**{f.name: getattr(check, f.name)
                                           for f in fields(DocumentEntry)})
                          for check in self.documents)
        return PersonEntry(**{**{f.name: getattr(self, f.name) for f in fields(PersonEntry)},
                              "documents": documents})

    def data(self) -> dict[str, Any]:
        """The aggregate as plain JSON-able data: what is hashed, kept as a revision and
        synced."""
        data: dict[str, Any] = {name: getattr(self, name) for name in _DATA_FIELDS}
        data["vulnerabilities"] = sorted(self.vulnerabilities)
        data["documents"] = [_check_data(check) for check in self.documents]
        return data

    def columns(self) -> dict[str, Any]:
        """The crossing's stored columns this record decides (bookkeeping of revisions and
        sync aside), with the folded search keys."""
        name_key, father_key = search_keys(self)
        return {**{name: getattr(self, name) for name in _RECORD_FIELDS},
                "name_key": name_key, "father_key": father_key}

    def check_rows(self) -> list[dict[str, Any]]:
        """The document checks as rows of ``document_check``, in order."""
        return [{"crossing_uuid": self.uuid, "position": position,
                 "number_key": check.number_key,
                 **{name: getattr(check, name) for name in _CHECK_FIELDS}}
                for position, check in enumerate(self.documents)]


def _check_data(check: RecordedCheck) -> dict[str, Any]:
    data = {name: getattr(check, name) for name in _CHECK_FIELDS}
    # Left out when there are none (contract.wire.DocumentData): a record made before warnings
    # were stored, or with none, keeps the data and the hash it always had.
    warnings = data.pop("warnings")
    if warnings:
        data["warnings"] = sorted(warnings)
    if data["reference_version"] is None:
        del data["reference_version"]
    return data


_CHECK_FIELDS = tuple(f.name for f in fields(RecordedCheck))
_RECORD_FIELDS = tuple(f.name for f in fields(CrossingRecord) if f.name != "documents")
# The person and the crossing, never bookkeeping: the data HQ holds.
_DATA_FIELDS = tuple(name for name in _RECORD_FIELDS if name != "household_position")
