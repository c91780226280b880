"""The reference data's change log: its version counter, its rows and HQ's departure key.

Every change to HQ's reference data (a policy set, a card listed or lifted, a departure mark
appearing or going) is one ``hq_reference_change`` row; its ``seq`` is the reference version it
makes. Numbers come from the ``reference`` counter row, locked until commit, so versions become
visible in order and a device's delta never skips one still being written.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any, Final

from sqlalchemy import insert, select, update
from sqlmodel import Session, col

from sync.server.models import Counter, ReferenceChange, Setting, table

REFERENCE_COUNTER: Final = "reference"
# ``hq_setting`` rows: HQ's departure key (base64, made by migration 0013) and the highest
# version whose change rows were pruned (a device behind it gets a snapshot).
DEPARTURE_KEY: Final = "departure_digest_key"
LOG_FLOOR: Final = "reference_log_floor"


def current_version(session: Session) -> int:
    """HQ's reference version: the last change committed."""
    return int(session.execute(select(col(Counter.value)).where(
        col(Counter.name) == REFERENCE_COUNTER)).scalar_one())


def log_changes(session: Session, changes: Sequence[dict[str, Any]]) -> int:
    """Append ``changes`` (``hq_reference_change`` columns without ``seq``) to the log, in
    order; returns the version the last one makes (the current one when there are none)."""
    if not changes:
        return current_version(session)
    last = int(session.execute(
        update(Counter).where(col(Counter.name) == REFERENCE_COUNTER)
        .values(value=col(Counter.value) + len(changes)).returning(col(Counter.value))
        .execution_options(synchronize_session=False)).scalar_one())
    first = last - len(changes) + 1
    session.execute(insert(table(ReferenceChange)),
                    [{**_EMPTY, **change, "seq": first + i} for i, change in enumerate(changes)])
    return last


_EMPTY: dict[str, Any] = {"document_type": None, "number_key": None, "reason": None,
                          "since": None, "digest": None, "checkpoint": None, "day": None}


def departure_key(session: Session) -> bytes:
    """HQ's departure key: the HMAC key every departure digest is made with."""
    return base64.b64decode(_setting(session, DEPARTURE_KEY) or "")


def log_floor(session: Session) -> int:
    """The highest version whose change row is no longer kept (0: the whole log is kept)."""
    return int(_setting(session, LOG_FLOOR) or 0)


def _setting(session: Session, key: str) -> str | None:
    return session.execute(select(col(Setting.value)).where(col(Setting.key) == key)
                           ).scalar_one_or_none()
