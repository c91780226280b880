"""A crossing's history as a shift lead reads it: each revision with who, when, why and every
field it changed, old → new.

The audit log keeps field names only (no personal data in it, by design); the values come from
the record's own revision snapshots, which hold the whole aggregate after each change, so two
consecutive snapshots say exactly what a change did.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from checkpoint.models import CrossingRevision


@dataclass(frozen=True)
class FieldChange:
    """One field of the record before and after a change, as stored (codes, ISO dates, lists
    of document checks as dicts)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    """One revision of a crossing: what was done, by whom, when, why, and what it changed."""

    revision: int
    action: str  # create | correct | void
    changed_by: str
    changed_at: datetime
    reason: str
    changes: tuple[FieldChange, ...]


def history_of(revisions: Sequence[CrossingRevision]) -> list[HistoryEntry]:
    """The entries of ``revisions`` (oldest first); a change lists the fields whose stored
    values differ from the revision before it (a creation lists none)."""
    entries, before = [], None
    for revision in revisions:
        after: dict[str, Any] = json.loads(revision.snapshot)
        changes = () if before is None else tuple(
            FieldChange(name, before.get(name), value) for name, value in after.items()
            if before.get(name) != value)
        entries.append(HistoryEntry(revision.revision, revision.action, revision.changed_by,
                                    revision.changed_at, revision.reason, changes))
        before = after
    return entries
