"""The reference data's change log: its version counter, its rows and HQ's departure key.

Every change to HQ's reference data (a policy set, a card listed or lifted, a departure mark
appearing or going) is one ``hq_reference_change`` row; its ``seq`` is the reference version it
makes. Numbers come from the ``reference`` counter row, locked until commit, so versions become
visible in order and a device's delta never skips one still being written.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from typing import Any, Final

from sqlalchemy import Table, select, update
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
    insert_rows(session, table(ReferenceChange),
                [{**_EMPTY, **change, "seq": first + i} for i, change in enumerate(changes)])
    return last


def insert_rows(session: Session, into: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (each naming every column) with one executemany straight to the
    driver: an import of a million cards writes two million rows, and SQLAlchemy's own
    per-row work would be most of its time. Values still go through each column's type."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    processors = [into.c[name].type.bind_processor(dialect) for name in names]
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    statement = (f"INSERT INTO {quote(into.name)} ({', '.join(quote(n) for n in names)}) "
                 f"VALUES ({', '.join(marker for _ in names)})")
    # Typed columns (dates, times) hold few distinct values: each is converted once.
    converted: list[dict[Any, Any] | None] = [None if process is None else {None: None}
                                              for process in processors]
    values = []
    for row in rows:
        cells = []
        for name, process, seen in zip(names, processors, converted, strict=True):
            value = row[name]
            if seen is not None:
                if value not in seen:
                    seen[value] = process(value)  # type: ignore[misc]
                value = seen[value]
            cells.append(value)
        values.append(tuple(cells))
    if dialect.name == "postgresql":
        # COPY: an executemany is a round trip per row there (four minutes for a million).
        columns = ", ".join(quote(n) for n in names)
        raw = connection.connection.dbapi_connection
        assert raw is not None
        with raw.cursor() as cursor, cursor.copy(  # type: ignore[attr-defined]
                f"COPY {quote(into.name)} ({columns}) FROM STDIN") as copy:
            for row_values in values:
                copy.write_row(row_values)
        return
    connection.exec_driver_sql(statement, values)


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
