"""A control-room database at national scale, filled in SQL (for ``picture_bench``).

Going through ``POST /batches`` would take hours for millions of crossings; the rows written
here have the shape ingest writes (``hq_crossing`` and its ``hq_crossing_count`` keys, the
close-outs of the days), drawn from each crossing's number so every run makes the same data:
six checkpoints, households of four, a late amendment in every 97 crossings, one voided in
every 211 (voided crossings have no keys, as at HQ), a vulnerability on one in ten.
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from sqlalchemy import Engine, text

from sync.server.database import is_postgresql, migrate

CHECKPOINTS = ("TORKHAM", "CHAMAN", "GHULAM_KHAN", "ANGOOR_ADDA", "BADINI", "KHARLACHI")
PROVINCES = ("PK-KP", "PK-PB", "PK-IS", "PK-SD", "PK-BA", "PK-JK", "PK-GB")
SEXES = ("M", "F")
AGE_BANDS = ("0-17", "18-59", "60+")
RETURN_TYPES = ("voluntary", "deported", "unknown")


def _pick(choices: tuple[str, ...], number: str) -> str:
    """SQL choosing one of ``choices`` by ``number`` modulo their count."""
    arms = " ".join(f"WHEN {i} THEN '{value}'" for i, value in enumerate(choices))
    return f"CASE ({number}) % {len(choices)} {arms} END"


def fill(engine: Engine, crossings: int, first_day: date, days: int) -> float:
    """Write ``crossings`` spread evenly over ``days`` from ``first_day``; seconds taken."""
    started = time.perf_counter()
    migrate(engine)
    per_day = max(1, crossings // days)
    pg = is_postgresql(engine)
    numbers = ("SELECT generate_series(0, :last) AS i" if pg else
               "WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq "
               "WHERE i < :last) SELECT i FROM seq")
    day = (f"(DATE '{first_day}' + (i / {per_day}))" if pg
           else f"date('{first_day}', '+' || (i / {per_day}) || ' days')")
    pad = "lpad(i::text, 9, '0')" if pg else "printf('%09d', i)"
    household = "lpad((i / 4)::text, 9, '0')" if pg else "printf('%09d', i / 4)"
    false, true = ("false", "true") if pg else ("0", "1")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO hq_crossing (uuid, revision, owner_device_id, checkpoint, local_day, "
            "household_uuid, voided, late) "
            f"SELECT 'c' || {pad}, 1, 'bench', {_pick(CHECKPOINTS, 'i / 4')}, {day}, "
            f"'h' || {household}, CASE WHEN i % 211 = 0 THEN {true} ELSE {false} END, "
            f"CASE WHEN i % 97 = 0 THEN {true} ELSE {false} END FROM ({numbers}) AS n"),
            {"last": crossings - 1})
        number = "CAST(substr(uuid, 2) AS INTEGER)"
        keys = [("'total'", "''"), ("'origin_province'", _pick(PROVINCES, number)),
                ("'sex'", _pick(SEXES, number)), ("'age_band'", _pick(AGE_BANDS, number)),
                ("'return_type'", _pick(RETURN_TYPES, number)),
                ("'document_type'", "'por'"), ("'check_result'", "'verified'")]
        for dimension, value in keys:
            connection.execute(text(
                "INSERT INTO hq_crossing_count (crossing_uuid, dimension, value, checkpoint, "
                f"local_day, n) SELECT uuid, {dimension}, {value}, checkpoint, local_day, 1 "
                f"FROM hq_crossing WHERE voided = {false}"))
        connection.execute(text(
            "INSERT INTO hq_crossing_count (crossing_uuid, dimension, value, checkpoint, "
            "local_day, n) SELECT uuid, 'vulnerability', 'disability', checkpoint, local_day, "
            f"1 FROM hq_crossing WHERE voided = {false} AND {number} % 10 = 0"))
        # Every checkpoint closes every day but the last; one close-out in 50 misses records.
        for offset in range(days - 1):
            for index, checkpoint in enumerate(CHECKPOINTS):
                missing = 1 if (offset + index) % 50 == 0 else 0
                connection.execute(text(
                    "INSERT INTO hq_closeout (uuid, revision, owner_device_id, checkpoint, "
                    "day, frozen_total, tally_hash, tally_hash_matches, closed_by, signed_name, "
                    "closed_at, held, missing, reconciled) VALUES (:uuid, 1, 'bench', :cp, "
                    ":day, 0, '', :true, 'lead', '', :at, 0, :missing, :reconciled)"),
                    {"uuid": f"k{offset:05d}{index}", "cp": checkpoint,
                     "day": first_day + timedelta(days=offset), "true": True,
                     "at": first_day + timedelta(days=offset), "missing": missing,
                     "reconciled": not missing})
        connection.exec_driver_sql("ANALYZE")
    return time.perf_counter() - started
