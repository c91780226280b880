"""An HQ database at national scale for the console benchmark, built in minutes, not hours.

Syncing five million crossings through ``/batches`` would take hours (the sync benchmark's
rate), so the rows are written in bulk instead, exactly as ingest writes them:

- the crossings are real demo crossings: ``checkpoint.demo``'s generator records a few days
  of households in a scratch ledger, and they are read back as the device sends them
  (``checkpoint.outbox.next_batch``) and parsed as HQ parses them (``CrossingData``);
- that pool is replayed over every day and crossing point, each household with new UUIDs, a
  few crossings voided or marked late as devices send them;
- each crossing's ``hq_crossing`` row and ``hq_crossing_count`` rows are what ingest writes:
  its keys are HQ's own ``tally.counted_keys`` of the crossing moved to its day;
- around them: complaints (one per 25 crossings) with their status changes in ``hq_change``,
  a few hundred devices (some silent, some revoked, one with a broken audit chain) and every
  day's close-out, a few of them missing records.

The rows are written into HQ's schema as at ``BASE_REVISION``, with its indexes (the big
tables' secondary indexes are dropped for the load and made again after: faster than keeping
them up to date row by row, and the same indexes); then the database is migrated to this
build's head, so whatever later revisions derive from these rows (summaries, indexes) they
make from them, as on a real HQ. ``hq_record_revision`` (the revisions' JSON, which no page
reads) is left empty. PostgreSQL's tables are VACUUM ANALYZEd after the load, as autovacuum
would do; SQLite is left as HQ leaves it (HQ never runs ANALYZE).
"""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, bindparam, insert, text, update

from checkpoint.demo import make_demo_data
from checkpoint.ledger import create_ledger
from checkpoint.outbox import next_batch
from contract import codes
from contract.canonical import sha256_hex
from contract.wire import CrossingData
from sync.server.database import MIGRATIONS, is_postgresql, make_engine, migrate, transaction
from sync.server.ingest import CHANGE_COUNTER
from sync.server.models import Change, Closeout, Complaint, Device, table
from sync.server.models import Counter as CounterRow
from sync.server.tally import counted_keys

# The schema whose tables the builder writes; later revisions (``migrate`` after the load)
# add and fill what they derive from these rows, as they would on a real HQ of this size.
BASE_REVISION = "0006"
DAYS = 365
POOL_DAYS = 4
POOL_PER_DAY = 5_000
PASSWORD = "bench-pass-1"
CROSSINGS_PER_COMPLAINT = 25
DEVICES = 300
VOIDED_RATE = 0.002
LATE_RATE = 0.01
URGENT_RATE = 0.06
SILENT_RATE = 0.05
REVOKED_RATE = 0.03
MISSING_RATE = 0.01
# Share of the national departures through each crossing point (Torkham and Chaman carry
# most, as in 2025); any point not named here gets OTHER_WEIGHT.
CHECKPOINT_WEIGHTS = {"TORKHAM": 45, "CHAMAN": 25}
OTHER_WEIGHT = 5
CATEGORY_WEIGHTS = {"extortion_or_bribe": 12, "mistreatment": 10, "property_left_behind": 25,
                    "document_confiscated": 8, "family_separation": 6, "delay": 20,
                    "lost_belongings": 12, "other": 7}
DESCRIPTIONS = ("Waited two days at the gate without water for the children.",
                "An official asked for money before stamping the family's papers.",
                "Household goods left at the rented house in the city; landlord refuses.",
                "Proof of Registration card kept at the check and not returned.",
                "Separated from the eldest son during the document check.",
                "Luggage lost between the holding area and the transport.",
                "The family was told to come back the next day three times.")
COLUMNS_CROSSING = ("uuid", "revision", "owner_device_id", "checkpoint", "local_day",
                    "household_uuid", "voided", "late")
COLUMNS_COUNT = ("crossing_uuid", "dimension", "value", "checkpoint", "local_day", "n")
COLUMNS = {"hq_crossing": COLUMNS_CROSSING, "hq_crossing_count": COLUMNS_COUNT}
BIG_TABLES = tuple(COLUMNS)


@dataclass(frozen=True)
class Scale:
    """How much the database holds."""

    crossings: int
    days: int = DAYS
    devices: int = DEVICES
    pool_days: int = POOL_DAYS
    pool_per_day: int = POOL_PER_DAY

    @property
    def complaints(self) -> int:
        """One complaint per ``CROSSINGS_PER_COMPLAINT`` crossings (200,000 at 5,000,000)."""
        return max(1, self.crossings // CROSSINGS_PER_COMPLAINT)


@dataclass
class Built:
    """What the builder made: its span, and the figures a benchmark checks the pages by."""

    first_day: date
    last_day: date
    now: datetime
    crossings: int = 0
    count_rows: int = 0
    voided: int = 0
    households: int = 0  # with anyone not voided (each household crosses on one day)
    complaints: int = 0
    devices: int = 0
    closeouts: int = 0
    per_day: Counter[date] = field(default_factory=Counter)  # not voided, all checkpoints
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        """The figures for ``results.json``."""
        return {"first_day": self.first_day.isoformat(), "last_day": self.last_day.isoformat(),
                "built_at": self.now.isoformat(timespec="seconds"),
                "crossings": self.crossings, "count_rows": self.count_rows,
                "voided": self.voided, "households": self.households,
                "complaints": self.complaints, "devices": self.devices,
                "closeouts": self.closeouts, "build_s": round(self.seconds, 1)}


# -- the pool of real demo crossings ----------------------------------------------------------

def demo_pool(folder: Path, days: int, per_day: int, seed: int = 11) -> list[CrossingData]:
    """Crossings made by the core's demo generator in a scratch ledger, as HQ receives them
    (kept in ``folder`` as JSON lines and read from there next time)."""
    kept = folder / f"console-pool-{days}x{per_day}-{seed}.jsonl"
    if kept.exists():
        return [CrossingData.model_validate_json(line)
                for line in kept.read_text(encoding="utf-8").splitlines()]
    with tempfile.TemporaryDirectory(prefix="console-bench-pool-") as scratch:
        ledger = create_ledger(Path(scratch) / "pool.db", checkpoint="TORKHAM", admin="bench",
                               password=PASSWORD)
        try:
            made = make_demo_data(ledger, date(2025, 1, 1), days, per_day, seed=seed)
            batch = next_batch(ledger, max_records=made + 1, max_bytes=1 << 40)
        finally:
            ledger.close()
    pool = [CrossingData.model_validate(record.data) for record in batch.records
            if record.kind == "crossing"]
    kept.write_text("".join(crossing.model_dump_json() + "\n" for crossing in pool),
                    encoding="utf-8")
    return pool


def _households(pool: Sequence[CrossingData]) -> list[list[CrossingData]]:
    grouped: dict[str, list[CrossingData]] = {}
    for crossing in pool:
        grouped.setdefault(crossing.household_uuid, []).append(crossing)
    return list(grouped.values())


# -- how many, where and when -----------------------------------------------------------------

def checkpoint_weights() -> dict[str, int]:
    """Every crossing point of the code list with its share of the departures."""
    return {code: CHECKPOINT_WEIGHTS.get(code, OTHER_WEIGHT)
            for code in codes.crossing_points().codes}


def _spread(total: int, weights: Sequence[float]) -> list[int]:
    """``total`` split in proportion to ``weights`` (largest remainders), summing exactly."""
    whole = sum(weights)
    shares = [total * w / whole for w in weights]
    counts = [int(s) for s in shares]
    for index in sorted(range(len(shares)), key=lambda i: counts[i] - shares[i])[
            :total - sum(counts)]:
        counts[index] += 1
    return counts


def _day_weights(days: int, rng: random.Random) -> list[float]:
    """A year's shape: a slow season, two surges of returns (as in spring 2025), noise."""
    weights = []
    for day in range(days):
        surge = 2.5 if days * 0.25 <= day < days * 0.33 else (
            1.8 if days * 0.5 <= day < days * 0.6 else 1.0)
        weights.append(surge * rng.uniform(0.8, 1.2))
    return weights


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _at(day: date, rng: random.Random, hours: float = 12) -> datetime:
    """A moment in the working day (06:00 Pakistan time is 01:00 UTC) of ``day``."""
    return datetime(day.year, day.month, day.day, 1, tzinfo=UTC) + timedelta(
        seconds=rng.uniform(0, hours * 3600))


# -- writing ----------------------------------------------------------------------------------

class _BulkWriter:
    """Rows into the two big tables: sqlite3 ``executemany`` or PostgreSQL ``COPY``, with
    their secondary indexes dropped for the load and made again after."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.postgresql = is_postgresql(engine)
        engine.dispose()  # on SQLite, the only connection: it may leave WAL for the load
        self.raw = engine.raw_connection()
        self.cursor = self.raw.cursor()
        self.recreate: list[str] = []

    def __enter__(self) -> _BulkWriter:
        if self.postgresql:
            for name in BIG_TABLES:
                self.cursor.execute(
                    "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                    "WHERE conrelid = %s::regclass AND contype IN ('p', 'u')", (name,))
                for constraint, definition in self.cursor.fetchall():
                    self.cursor.execute(f'ALTER TABLE {name} DROP CONSTRAINT "{constraint}"')
                    self.recreate.append(
                        f'ALTER TABLE {name} ADD CONSTRAINT "{constraint}" {definition}')
                self.cursor.execute("SELECT indexname, indexdef FROM pg_indexes "
                                    "WHERE schemaname = current_schema() AND tablename = %s",
                                    (name,))
                for index, definition in self.cursor.fetchall():
                    self.cursor.execute(f'DROP INDEX "{index}"')
                    self.recreate.append(definition)
        else:
            # Gigabytes through the WAL would be written twice; a half-built file is never
            # reused (its marker is written last), so no journal at all.
            self.cursor.execute("PRAGMA journal_mode=OFF").fetchall()
            self.cursor.execute("PRAGMA synchronous=OFF")
            self.cursor.execute("PRAGMA cache_size=-2000000")  # 2 GB: the PK index stays in
            self.cursor.execute("BEGIN")
            for name in BIG_TABLES:
                rows = self.cursor.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                    "AND tbl_name = ? AND sql IS NOT NULL", (name,)).fetchall()
                for index, definition in rows:
                    self.cursor.execute(f'DROP INDEX "{index}"')
                    self.recreate.append(definition)
        return self

    def write(self, rows: dict[str, list[tuple[Any, ...]]]) -> None:
        """Add rows to the tables named (tuples in ``COLUMNS`` order; a day as its ISO text,
        as SQLAlchemy stores it on SQLite and PostgreSQL reads it; a flag as a bool, which
        sqlite3 stores as 0/1, as SQLAlchemy does)."""
        for name, added in rows.items():
            columns = ", ".join(COLUMNS[name])
            if self.postgresql:
                with self.cursor.copy(f"COPY {name} ({columns}) FROM STDIN") as copy:
                    for row in added:
                        copy.write_row(row)
            else:
                self.cursor.executemany(
                    f"INSERT INTO {name} ({columns}) "
                    f"VALUES ({', '.join('?' * len(COLUMNS[name]))})", added)

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            if self.postgresql:
                self.cursor.execute("SET maintenance_work_mem = '512MB'")
            for statement in self.recreate:
                self.cursor.execute(statement)
            if self.postgresql:
                self.raw.commit()
            else:
                self.cursor.execute("COMMIT")
                self.cursor.execute("PRAGMA journal_mode=WAL").fetchall()  # as HQ runs
        else:
            self.raw.rollback()
        self.raw.close()


# -- the build --------------------------------------------------------------------------------

def build(db_url: str, scale: Scale, now: datetime, pool_folder: Path, *, seed: int = 5,
          progress: Callable[[str], None] = print) -> Built:
    """Fill the empty HQ database at ``db_url`` (migrated here) at ``scale``: the year up to
    ``now`` (UTC; the data's last day is its date). The demo pool is kept in
    ``pool_folder``."""
    started = time.perf_counter()
    rng = random.Random(seed)
    last_day = now.date()
    built = Built(last_day - timedelta(days=scale.days - 1), last_day, now)
    engine = make_engine(db_url)
    try:
        _migrate_to(engine, BASE_REVISION)
        devices = _devices(engine, scale, now, rng)
        built.devices = sum(len(ids) for ids in devices.values())
        progress(f"  demo pool: {scale.pool_days} days of {scale.pool_per_day:,} people")
        pool = demo_pool(pool_folder, scale.pool_days, scale.pool_per_day)
        _crossings(engine, scale, built, devices, _households(pool), rng, progress)
        _closeouts(engine, built, devices, rng)
        _complaints(engine, scale, built, devices, rng)
        progress("  migrating to this build's schema")
        migrate(engine)  # what later revisions derive from these rows, as on a real HQ
        if is_postgresql(engine):
            with engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                    text("VACUUM ANALYZE"))
    finally:
        engine.dispose()
    built.seconds = time.perf_counter() - started
    return built


def _migrate_to(engine: Engine, revision: str) -> None:
    """HQ's schema as it was at ``revision`` (``database.migrate`` goes to the head)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _devices(engine: Engine, scale: Scale, now: datetime,
             rng: random.Random) -> dict[str, list[str]]:
    """The devices of each crossing point (at least one each); returns their ids."""
    weights = checkpoint_weights()
    per_point = [1 + n for n in _spread(max(scale.devices - len(weights), 0),
                                        list(weights.values()))]
    rows: list[dict[str, Any]] = []
    ids: dict[str, list[str]] = {}
    for (checkpoint, _), count in zip(weights.items(), per_point, strict=True):
        ids[checkpoint] = []
        for number in range(count):
            device_id = _uuid(rng)
            ids[checkpoint].append(device_id)
            silent = number > 0 and rng.random() < SILENT_RATE
            revoked = number > 0 and not silent and rng.random() < REVOKED_RATE
            last = now - timedelta(days=rng.uniform(2, 40) if silent or revoked
                                   else rng.uniform(0, 0.5))
            broken = checkpoint == "CHAMAN" and number == 1
            rows.append({
                "device_id": device_id, "checkpoint": checkpoint,
                "token_hash": sha256_hex(device_id), "enrolled_at": now - timedelta(days=400),
                "revoked_at": last + timedelta(hours=1) if revoked else None,
                "last_batch_at": last, "last_batch_id": _uuid(rng),
                "batches_received": rng.randrange(100, 5000), "records_held": 0,
                "audit_held_through": rng.randrange(1000, 90000), "audit_status":
                    "broken" if broken else "intact",
                "audit_problem": "audit entry 4711 was changed after it was written"
                    if broken else ""})
    with transaction(engine) as session:
        session.execute(insert(table(Device)), rows)
    return ids


def _crossings(engine: Engine, scale: Scale, built: Built, devices: dict[str, list[str]],
               households: list[list[CrossingData]], rng: random.Random,
               progress: Callable[[str], None]) -> None:
    """Every day's crossings at every point, from the pool's households in turn."""
    weights = checkpoint_weights()
    per_day = _spread(scale.crossings, _day_weights(scale.days, rng))
    keys: dict[int, list[tuple[str, str, int]]] = {}  # the pool crossing's, when day-free
    held: Counter[str] = Counter()
    next_household = 0
    with _BulkWriter(engine) as writer:
        for offset, today in enumerate(per_day):
            day = built.first_day + timedelta(days=offset)
            day_text = day.isoformat()
            crossing_rows_, count_rows = [], []
            for checkpoint, quota in zip(weights, _spread(today, list(weights.values())),
                                         strict=True):
                owners = devices[checkpoint]
                while quota > 0:
                    household = households[next_household % len(households)]
                    next_household += 1
                    household_uuid, owner = _uuid(rng), rng.choice(owners)
                    living = False
                    for person in household[:quota]:
                        crossing_uuid = _uuid(rng)
                        voided = rng.random() < VOIDED_RATE
                        late = rng.random() < LATE_RATE
                        crossing_rows_.append((crossing_uuid, 1, owner, checkpoint, day_text,
                                               household_uuid, voided, late))
                        if voided:
                            built.voided += 1
                            continue
                        living = True
                        for dimension, value, n in _keys(person, day, keys):
                            count_rows.append((crossing_uuid, dimension, value, checkpoint,
                                               day_text, n))
                        built.per_day[day] += 1
                        held[owner] += 1
                    built.households += living
                    quota -= min(quota, len(household))
            writer.write({"hq_crossing": crossing_rows_, "hq_crossing_count": count_rows})
            built.crossings += len(crossing_rows_)
            built.count_rows += len(count_rows)
            if offset % 30 == 29 or offset == scale.days - 1:
                progress(f"  {built.crossings:,} crossings, {built.count_rows:,} count rows "
                         f"(day {offset + 1}/{scale.days})")
        progress("  making the indexes again")
    with transaction(engine) as session:
        device = table(Device)
        session.execute(update(device).where(device.c.device_id == bindparam("_id")),
                        [{"_id": owner, "records_held": n} for owner, n in held.items()])


def _keys(person: CrossingData, day: date,
          cache: dict[int, list[tuple[str, str, int]]]) -> list[tuple[str, str, int]]:
    """HQ's tally keys of the pool crossing moved to ``day`` (the same on every day unless a
    birth date makes the age band depend on it)."""
    found = cache.get(id(person))
    if found is None:
        moved = person.model_copy(update={"local_day": day})
        found = [(d, v, n) for (d, v), n in counted_keys(moved).items()]
        if person.birth_date is None:
            cache[id(person)] = found
    return found


def _closeouts(engine: Engine, built: Built, devices: dict[str, list[str]],
               rng: random.Random) -> None:
    """One close-out per point and day, as reconciled by HQ; a few missing records."""
    with engine.connect() as connection:
        held = Counter({(cp, day if isinstance(day, date) else date.fromisoformat(day)): n
                        for cp, day, n in connection.execute(text(
                            "SELECT checkpoint, local_day, count(*) FROM hq_crossing "
                            "WHERE voided = :no GROUP BY checkpoint, local_day"),
                            {"no": False})})
    rows, changes = [], []
    for (checkpoint, day), n in sorted(held.items()):
        missing = rng.randrange(1, 30) if rng.random() < MISSING_RATE else 0
        closed_at = min(_at(day, rng) + timedelta(hours=12), built.now)
        closeout_uuid = _uuid(rng)
        rows.append({"uuid": closeout_uuid, "revision": 1,
                     "owner_device_id": devices[checkpoint][0], "checkpoint": checkpoint,
                     "day": day, "frozen_total": n + missing,
                     "tally_hash": sha256_hex(closeout_uuid), "tally_hash_matches": True,
                     "closed_by": "supervisor1", "signed_name": "", "closed_at": closed_at,
                     "held": n, "missing": missing, "reconciled": missing == 0})
        changes.append({"checkpoint": checkpoint, "kind": "closeout",
                        "record_uuid": closeout_uuid, "status": None,
                        "changed_at": closed_at + timedelta(minutes=5), "changed_by": ""})
    with transaction(engine) as session:
        session.execute(insert(table(Closeout)), rows)
    built.closeouts = len(rows)
    _append_changes(engine, changes)


def _complaints(engine: Engine, scale: Scale, built: Built, devices: dict[str, list[str]],
                rng: random.Random) -> None:
    """Complaints over the year, most of the old ones answered, with their status changes."""
    weights = checkpoint_weights()
    points, shares = list(weights), list(weights.values())
    categories, category_weights = list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values())
    end = built.now
    rows: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    for _ in range(scale.complaints):
        checkpoint = rng.choices(points, shares)[0]
        day = built.first_day + timedelta(days=rng.randrange(scale.days))
        taken = min(_at(day, rng), end - timedelta(minutes=5))
        received = min(taken + timedelta(hours=rng.uniform(0.1, 8)), end)
        age_days = (end - taken).total_seconds() / 86400
        steps = _status_steps(age_days, rng)
        complaint_uuid = _uuid(rng)
        moment, status, updated = received, "received", None
        for step in steps:
            moment = min(moment + timedelta(hours=rng.uniform(1, 72)), end)
            status, updated = step, moment
            changes.append({"checkpoint": checkpoint, "kind": "complaint",
                            "record_uuid": complaint_uuid, "status": step,
                            "changed_at": moment, "changed_by": "officer1"})
        rows.append({"uuid": complaint_uuid, "revision": 1,
                     "owner_device_id": rng.choice(devices[checkpoint]),
                     "checkpoint": checkpoint,
                     "category": rng.choices(categories, category_weights)[0],
                     "description": rng.choice(DESCRIPTIONS), "crossing_uuid": None,
                     "contact": f"+92 3{rng.randrange(10, 50)} {rng.randrange(10**6, 10**7)}",
                     "urgency": "urgent" if rng.random() < URGENT_RATE else "normal",
                     "taken_by": f"clerk{rng.randrange(1, 40)}", "taken_at": taken,
                     "received_at": received, "status": status,
                     "status_updated_at": updated})
    with transaction(engine) as session:
        for chunk in _chunked(rows, 20_000):
            session.execute(insert(table(Complaint)), chunk)
    built.complaints = len(rows)
    changes.sort(key=lambda change: change["changed_at"])
    _append_changes(engine, changes)


def _status_steps(age_days: float, rng: random.Random) -> list[str]:
    """The statuses a complaint went through: the older, the likelier it is answered."""
    if age_days < 1:
        return [] if rng.random() < 0.7 else ["in_progress"]
    if age_days < 14:
        return rng.choice([[], ["in_progress"], ["in_progress", "referred"],
                           ["in_progress", "resolved"]])
    if rng.random() < 0.03:  # a few stay open for long: the queue's oldest
        return rng.choice([[], ["in_progress"], ["referred"]])
    return rng.choice([["in_progress", "resolved"], ["in_progress", "resolved", "closed"],
                       ["referred", "resolved", "closed"]])


def _append_changes(engine: Engine, changes: list[dict[str, Any]]) -> None:
    """Changes numbered after the ones already held, and the change counter moved on."""
    with transaction(engine) as session:
        counter = table(CounterRow)
        first = int(session.execute(counter.select().where(
            counter.c.name == CHANGE_COUNTER)).one().value)
        numbered = [{"seq": first + number, **change}
                    for number, change in enumerate(changes, start=1)]
        for chunk in _chunked(numbered, 20_000):
            session.execute(insert(table(Change)), chunk)
        session.execute(update(counter).where(counter.c.name == CHANGE_COUNTER)
                        .values(value=first + len(changes)))


def _chunked(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def month_of(built: Built) -> tuple[date, date]:
    """The last 30 days of the data: the month the benchmark reads."""
    return max(built.first_day, built.last_day - timedelta(days=29)), built.last_day


def departures(built: Built, start: date, end: date) -> int:
    """Not voided crossings from ``start`` to ``end``, as the builder counted them."""
    return sum(n for day, n in built.per_day.items() if start <= day <= end)
