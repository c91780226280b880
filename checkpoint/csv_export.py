"""Exporting crossings as CSV (``checkpoint-admin export-csv``; IT admin only, audited).

The file has DESIGN §8's columns, so it imports into another database with
``csv_import.import_register`` and gives the same tally. To make that round trip exact it also
carries what the tally counts beyond §8: ``vulnerabilities`` (codes joined by ``;``), further
document checks (``document_2_type``, ``document_2_number``, ``document_2_check_result``, ...;
as many as the most-checked crossing in the range has), and ``checkpoint``, ``uuid`` and
``voided`` (the import keeps the UUID of a record of its own checkpoint, so importing the file
back adds nothing, and skips voided records).

Not exported: native-script names, nationality, VRF number, estimated-age flag, a document's
issuing country, expiry, method and custody, and the void reason — none of them is counted by the
tally, and the less personal data leaves the encrypted database the better. A crossing whose
personal fields retention purged is written with the name ``(purged)`` and empty personal
cells. A household whose members were later moved to different days imports as one household
per day.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select, tuple_
from sqlmodel import Session, col

from checkpoint import audit
from checkpoint.csv_import import REGISTER_COLUMNS
from checkpoint.ledger import Ledger, days
from checkpoint.models import Crossing, DocumentCheck
from checkpoint.permissions import Action
from checkpoint.private_files import private_temp
from checkpoint.retention import PURGED_NAME
from checkpoint.tally import check_range

EXPORT_PAGE = 1000


def export_crossings(ledger: Ledger, start: date, end: date, path: Path) -> int:
    """Write every crossing of the checkpoint-local days ``start``..``end`` to ``path``.

    One row per crossing, voided ones included (marked), times in the checkpoint's time zone.
    The file is written under a temporary name (readable by its owner only) and renamed into
    place in the same transaction as the audit entry, so there is never a half-written export
    and never an export nobody can account for. Returns the number of rows.
    """
    ledger.actor.require(Action.EXPORT)
    end = check_range(start, end)
    path = Path(path)
    descriptor, partial = private_temp(path)
    try:
        # utf-8-sig: Excel reads the file as UTF-8 only with the BOM; the import accepts it.
        with os.fdopen(descriptor, "w", encoding="utf-8-sig", newline="") as out, \
                ledger.reading() as session:  # one snapshot: a consistent file
            documents = _most_documents(session, start, end)
            writer = csv.writer(out)
            writer.writerow(_header(documents))
            count = 0
            for crossing, checks in _crossings(session, start, end):
                writer.writerow(_row(ledger, crossing, checks, documents))
                count += 1
            out.flush()
            os.fsync(out.fileno())
        with ledger.writing() as session:
            audit.append(session, ledger.actor.username, "export",
                         details={"count": count, "from": start, "to": end})
            os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


def _header(documents: int) -> list[str]:
    extra = [f"document_{n}_{part}" for n in range(2, documents + 1)
             for part in ("type", "number", "check_result")]
    return [*REGISTER_COLUMNS, "vulnerabilities", *extra, "checkpoint", "uuid", "voided"]


def _most_documents(session: Session, start: date, end: date) -> int:
    """The largest number of document checks any crossing of the range has (at least 1)."""
    per_crossing = (select(func.count().label("n")).select_from(DocumentCheck)
                    .join(Crossing, col(Crossing.uuid) == col(DocumentCheck.crossing_uuid))
                    .where(col(Crossing.local_day) >= start, col(Crossing.local_day) <= end)
                    .group_by(col(DocumentCheck.crossing_uuid)).subquery())
    return max(1, session.execute(select(func.max(per_crossing.c.n))).scalar_one() or 0)


def _crossings(session: Session, start: date,
               end: date) -> Iterator[tuple[Crossing, list[DocumentCheck]]]:
    """The range's crossings in time order, a page at a time, each with its checks.

    Day by day, and within a day by keyset pages on (crossed_at, uuid): each query sorts one
    day's crossings at most, so a year's export costs no more per row than a day's.
    """
    crossed_at, uuid = col(Crossing.crossed_at), col(Crossing.uuid)
    for day in days(start, end):
        after: tuple[datetime, str] | None = None
        while True:
            query = select(Crossing).where(col(Crossing.local_day) == day)
            if after is not None:
                query = query.where(tuple_(crossed_at, uuid) > after)
            page = list(session.execute(query.order_by(crossed_at, uuid)
                                        .limit(EXPORT_PAGE)).scalars())
            if not page:
                break
            checks: dict[str, list[DocumentCheck]] = {c.uuid: [] for c in page}
            crossing_uuid = col(DocumentCheck.crossing_uuid)
            for check in session.execute(
                    select(DocumentCheck).where(crossing_uuid.in_(list(checks)))
                    .order_by(crossing_uuid, col(DocumentCheck.position))).scalars():
                checks[check.crossing_uuid].append(check)
            for crossing in page:
                yield crossing, checks[crossing.uuid]
            after = (page[-1].crossed_at, page[-1].uuid)
            session.expunge_all()  # memory stays one page, however long the range


def _row(ledger: Ledger, crossing: Crossing, checks: Sequence[DocumentCheck],
         documents: int) -> list[str]:
    local = crossing.crossed_at.astimezone(ledger.settings.zone)
    cells = [(check.document_type, check.number, check.result or "") for check in checks]
    cells += [("", "", "")] * (documents - len(cells))
    first, *others = cells
    values = {
        "date": crossing.local_day.isoformat(), "time": local.strftime("%H:%M"),
        "full_name": PURGED_NAME if crossing.purged_at else crossing.full_name,
        "father_name": crossing.father_name,
        "sex": crossing.sex or "",
        "age": "" if crossing.age_years is None else str(crossing.age_years),
        "birth_date": crossing.birth_date.isoformat() if crossing.birth_date else "",
        "origin_province": crossing.origin_province,
        "origin_district": crossing.origin_district,
        "destination_province": crossing.destination_province or "",
        "document_type": first[0], "document_number": first[1], "check_result": first[2],
        "return_type": crossing.return_type or "", "household": crossing.household_uuid,
        "remarks": crossing.remarks}
    return [*(values[name] for name in REGISTER_COLUMNS),
            ";".join(sorted(crossing.vulnerabilities)),
            *(value for document in others for value in document),
            crossing.checkpoint, crossing.uuid, "yes" if crossing.voided else "no"]
