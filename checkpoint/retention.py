"""Retention (DESIGN §2.5): personal fields leave the device once HQ holds them and they are old.

A crossing is purged when HQ holds its current revision (not pending: ``synced_revision >=
revision``) and it crossed before the retention period (days counted back from today at the
checkpoint). Its names (both scripts), father's name, birth date, district, VRF number,
remarks and void reason, its documents' numbers and expiry dates, its folded search keys and
the same fields in every revision snapshot (and each revision's free-text reason) are emptied;
a complaint taken before the period loses its description and contact. The rule for the
synced data is the contract's (``contract.retention``), the same HQ applies.

What is counted stays: the day counters, households, close-outs and the audit are not touched,
and a birth date becomes the whole years of age on the day of crossing, so the age band holds.
A purge changes no revision, so it sends nothing to HQ (what HQ holds was sent before). A
record HQ does not hold yet is kept, and counted as ``kept_unsynced``, until it is synced.

The desktop runs ``purge_when_due`` at sign-in and once a day (whoever is signed in: the
system acting on the IT admin's retention setting); ``checkpoint-admin purge`` runs ``purge``
(IT admin), optionally with its own number of days. Each run that purges is audited with counts
only (under the signed-in user, ``scheduled`` saying which kind); an IT admin's run always is.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text, update
from sqlmodel import Session, col

from checkpoint import audit
from checkpoint.database import BUSY_TIMEOUT_MS
from checkpoint.errors import ValidationError
from checkpoint.ledger import Ledger, utc_now
from checkpoint.models import Complaint, Crossing, CrossingRevision, DocumentCheck
from checkpoint.permissions import Action
from checkpoint.settings import RETENTION_RANGE, SettingKey, read_values, write_values
from contract.canonical import canonical_json
from contract.errors import ErrorCode
from contract.retention import (
    PURGED_CHECK,
    PURGED_COMPLAINT,
    PURGED_CROSSING,
    kept_age,
    purged_crossing_data,
)

# An explicit run may purge younger records than the setting allows (a laptop handed in: 0
# days purges everything HQ holds from before today); never more than the setting's maximum.
OLDER_THAN_RANGE = (0, RETENTION_RANGE[1])
# What an export writes for a purged name: the file stays importable (a name is required) and
# says plainly why the name is missing.
PURGED_NAME = "(purged)"
# The scheduled run is due once this long after the last one.
PURGE_EVERY = timedelta(days=1)
# Crossings purged per transaction: a first run over years of records commits as it goes.
CHUNK = 5000


@dataclass(frozen=True)
class PurgeReport:
    """What one purge did: records purged, and records old enough but not yet held by HQ."""

    purged: int
    kept_unsynced: int

    def as_json(self) -> dict[str, int]:
        """The DESIGN §7 object of ``checkpoint-admin purge --json``."""
        return {"purged": self.purged, "kept_unsynced": self.kept_unsynced}


@dataclass(frozen=True)
class LastPurge:
    """When the last purge ran (UTC), with how many days it kept, and what it did."""

    at: datetime
    older_than_days: int
    report: PurgeReport


def purge(ledger: Ledger, older_than_days: int | None = None) -> PurgeReport:
    """Purge what HQ holds and crossed more than ``older_than_days`` days ago (default: the
    retention setting); IT admin only."""
    ledger.actor.require(Action.RETENTION)
    days = ledger.settings.retention_days if older_than_days is None else older_than_days
    low, high = OLDER_THAN_RANGE
    if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
        raise ValidationError(f"older-than days must be a whole number from {low} to {high}",
                              code=ErrorCode.OUT_OF_RANGE, field="older_than_days",
                              minimum=low, maximum=high, value=days)
    return _purge(ledger, days, scheduled=False)


def purge_when_due(ledger: Ledger) -> PurgeReport | None:
    """The scheduled purge: runs on the retention setting when the last run is more than a day
    old (or never ran), whoever is signed in; None when it was not due."""
    last = last_purge(ledger)
    # A last run "in the future" (a clock set back, or the row edited) does not stop it.
    if last is not None and timedelta(0) <= utc_now() - last.at < PURGE_EVERY:
        return None
    return _purge(ledger, ledger.settings.retention_days, scheduled=True)


def last_purge(ledger: Ledger) -> LastPurge | None:
    """The last purge that ran on this database, if any."""
    with ledger.reading() as session:
        values = read_values(session)
    at, result = values.get(SettingKey.PURGE_LAST_RUN), values.get(SettingKey.PURGE_LAST_RESULT)
    if not at or not result:
        return None
    counts = json.loads(result)
    return LastPurge(datetime.fromisoformat(at), int(counts["older_than_days"]),
                     PurgeReport(int(counts["purged"]), int(counts["kept_unsynced"])))


# -- the purge itself ------------------------------------------------------------------------

def _purge(ledger: Ledger, days: int, *, scheduled: bool) -> PurgeReport:
    cutoff = ledger.today() - timedelta(days=days)
    taken_before = ledger.day_start_utc(cutoff)
    old_crossing = col(Crossing.local_day) < cutoff
    old_complaint = col(Complaint.taken_at) < taken_before
    held = {Crossing: col(Crossing.synced_revision) >= col(Crossing.revision),
            Complaint: col(Complaint.synced_revision) >= col(Complaint.revision)}
    purged = kept = 0
    while True:
        with ledger.writing() as session:
            # Freed pages are overwritten, so the old values do not linger in the file.
            session.execute(text("PRAGMA secure_delete = ON"))
            crossings = list(session.execute(
                select(col(Crossing.uuid)).where(old_crossing, held[Crossing],
                                                 col(Crossing.purged_at).is_(None))
                .limit(CHUNK)).scalars())
            complaints = list(session.execute(
                select(col(Complaint.uuid)).where(old_complaint, held[Complaint],
                                                  col(Complaint.purged_at).is_(None))
                .limit(CHUNK)).scalars())
            now = utc_now()
            _purge_crossings(session, crossings, now)
            _purge_complaints(session, complaints, now)
            purged += len(crossings) + len(complaints)
            last_round = len(crossings) < CHUNK and len(complaints) < CHUNK
            details: dict[str, Any] = {"crossings": len(crossings),
                                       "complaints": len(complaints),
                                       "older_than_days": days, "scheduled": scheduled}
            if last_round:
                kept = _count(session, Crossing, old_crossing, ~held[Crossing]) \
                    + _count(session, Complaint, old_complaint, ~held[Complaint])
                details["kept_unsynced"] = kept
                write_values(session, {
                    SettingKey.PURGE_LAST_RUN: now.isoformat(),
                    SettingKey.PURGE_LAST_RESULT: canonical_json(
                        {"purged": purged, "kept_unsynced": kept, "older_than_days": days})})
            # Counts only: never a name, a number or which records (DESIGN §6). A scheduled
            # run that changed nothing is not an event worth a line in the log every day.
            if crossings or complaints or not scheduled:
                audit.append(session, ledger.actor.username, "purge", details=details)
        if last_round:
            break
    _checkpoint_wal(ledger)
    return PurgeReport(purged, kept)


def _count(session: Session, model: Any, *conditions: Any) -> int:
    return int(session.execute(select(func.count()).select_from(model).where(
        *conditions, col(model.purged_at).is_(None))).scalar_one())


def _purge_crossings(session: Session, uuids: Sequence[str], now: datetime) -> None:
    if not uuids:
        return
    rows = session.execute(select(col(Crossing.uuid), col(Crossing.age_years),
                                  col(Crossing.birth_date), col(Crossing.local_day))
                           .where(col(Crossing.uuid).in_(uuids))).all()
    # A birth date becomes the age on the day of crossing: the same age band, less identifying.
    for uuid, age_years, birth_date, local_day in rows:
        if age_years is None and birth_date is not None:
            session.execute(update(Crossing).where(col(Crossing.uuid) == uuid)
                            .values(age_years=kept_age(age_years, birth_date, local_day)))
    session.execute(update(Crossing).where(col(Crossing.uuid).in_(uuids)).values(
        **PURGED_CROSSING, name_key="", father_key="", purged_at=now))
    session.execute(update(DocumentCheck).where(col(DocumentCheck.crossing_uuid).in_(uuids))
                    .values(**PURGED_CHECK, number_key=""))
    revisions = session.execute(
        select(col(CrossingRevision.crossing_uuid), col(CrossingRevision.revision),
               col(CrossingRevision.snapshot))
        .where(col(CrossingRevision.crossing_uuid).in_(uuids))).all()
    for uuid, revision, snapshot in revisions:
        session.execute(update(CrossingRevision).where(
            col(CrossingRevision.crossing_uuid) == uuid,
            col(CrossingRevision.revision) == revision).values(
            snapshot=canonical_json(purged_crossing_data(json.loads(snapshot))),
            # Why a record was corrected or voided is free text about the person.
            reason=""))


def _purge_complaints(session: Session, uuids: Sequence[str], now: datetime) -> None:
    if uuids:
        session.execute(update(Complaint).where(col(Complaint.uuid).in_(uuids))
                        .values(**PURGED_COMPLAINT, purged_at=now))


def _checkpoint_wal(ledger: Ledger) -> None:
    """Copy the purged pages into the database file and empty the WAL, so no copy of the old
    values waits in it. Best effort, without waiting: a reader holding an old snapshot (the
    desktop's list) leaves it to the next checkpoint SQLite makes by itself, rather than hold
    up the writer and the saves queued behind it."""
    with ledger.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA busy_timeout = 0")
        try:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
