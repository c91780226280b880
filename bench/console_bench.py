"""Console speed at national scale (issue 10): the national picture for a month, the complaints
queue and the devices list, over an HQ holding millions of crossings.

The database is built by ``bench.console_data`` (a SQLite file kept in ``--workdir`` and reused,
or a fresh PostgreSQL schema, dropped after). Figures, each cold and warm:

- through the service, as the console's routes call it (``staff.desk``, in one read session):
  the national tally for the last 30 days (all crossing points, and Torkham's alone), the
  complaints queue's first page (the desk's default), the devices list;
- the baselines, in the same run on the same data: a plain ``GROUP BY`` over the month's
  ``hq_crossing_count`` rows, a plain ``SELECT ... ORDER BY taken_at LIMIT 50`` on the
  complaints, a plain ``SELECT`` of the devices;
- the real pages (``/`` for the month, nationally and for Torkham, ``/complaints``,
  ``/devices``) from ``controlroom serve``
  (one uvicorn worker on 127.0.0.1), signed in as a supervisor through the sign-in form: the
  time to the whole response body, as a browser would wait for the HTML.

Warm: the median of several runs after two untimed ones, on one engine (one server). Cold: the
median of a few first runs, each right after the operating system's page cache was dropped
(when the benchmark may: root on Linux) on a new engine (a newly started server for a page);
PostgreSQL's own shared buffers are not emptied.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine, text, update
from sqlmodel import Session

from bench.console_data import Built, Scale, build, departures, month_of
from bench.hq import control_room, fresh_hq_database
from sync.server.database import make_engine, migrate, reading, transaction
from sync.server.models import StaffUser, table
from sync.server.staff import accounts, desk
from sync.server.staff.roles import OPERATOR, StaffActor, StaffRole

COLD_REPEATS = 3
WARM_REPEATS = 11
WARMUP = 2
QUEUE_PAGE = 50
STAFF_USER = "bench-supervisor"
STAFF_PASSWORD = "bench-password-1"
# Issue 10's targets for the pages at 5,000,000 crossings.
TARGETS_MS = {"national_picture": 300.0, "national_picture_torkham": 300.0,
              "complaints_queue": 200.0}
VIEWER = StaffActor("bench-viewer", StaffRole.VIEWER)
OFFICER = StaffActor("bench-officer", StaffRole.COMPLAINTS)


# -- the database -----------------------------------------------------------------------------

@contextmanager
def _database(scale: Scale, workdir: Path | None, hq_db: str | None,
              folder: Path) -> Iterator[tuple[str, Built]]:
    """The HQ database at ``scale``: reused from ``workdir`` (SQLite) or built now."""
    now = datetime.now(UTC)
    place = workdir or folder
    place.mkdir(parents=True, exist_ok=True)
    if hq_db:
        with fresh_hq_database(hq_db, folder, prefix="console_bench") as (url, _):
            yield url, build(url, scale, now, place)
        return
    path = place / f"console-{scale.crossings}.db"
    marker = path.with_suffix(".json")  # written last: a half-built file is never reused
    url = f"sqlite:///{path}"
    if path.exists() and marker.exists():
        engine = make_engine(url)
        try:
            migrate(engine)  # to this build's schema, as ``controlroom serve`` would
        finally:
            engine.dispose()
        yield url, _built_from(json.loads(marker.read_text(encoding="utf-8")))
        return
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    built = build(url, scale, now, place)
    marker.write_text(json.dumps({**built.summary(), "per_day": {
        day.isoformat(): n for day, n in sorted(built.per_day.items())}}), encoding="utf-8")
    yield url, built


def _built_from(saved: dict[str, Any]) -> Built:
    built = Built(date.fromisoformat(saved["first_day"]), date.fromisoformat(saved["last_day"]),
                  datetime.fromisoformat(saved["built_at"]))
    for name in ("crossings", "count_rows", "voided", "households", "complaints", "devices",
                 "closeouts"):
        setattr(built, name, saved.get(name, 0))
    built.per_day.update({date.fromisoformat(day): n for day, n in saved["per_day"].items()})
    built.seconds = saved["build_s"]
    return built


# -- measuring --------------------------------------------------------------------------------

def drop_os_cache() -> bool:
    """Empty the operating system's page cache, if this process may (root on Linux)."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")
    except OSError:
        return False
    return True


def _ms(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


@dataclass(frozen=True)
class Timing:
    """A cold and a warm median, in milliseconds."""

    cold_ms: float
    warm_ms: float

    def figures(self, prefix: str = "") -> dict[str, float]:
        """For ``results.json``."""
        return {f"{prefix}cold_ms": round(self.cold_ms, 2),
                f"{prefix}warm_ms": round(self.warm_ms, 2)}


def time_reads(db_url: str, read: Callable[[Session], Any], cold_repeats: int = COLD_REPEATS,
               warm_repeats: int = WARM_REPEATS) -> Timing:
    """``read`` in a read session of its own: cold (a new engine after the page cache was
    dropped) and warm (one engine, after ``WARMUP`` untimed runs)."""
    def once(engine: Engine) -> None:
        with reading(engine) as session:
            read(session)

    cold = []
    for _ in range(cold_repeats):
        drop_os_cache()
        engine = make_engine(db_url)
        try:
            cold.append(_ms(partial(once, engine)))
        finally:
            engine.dispose()
    engine = make_engine(db_url)
    try:
        for _ in range(WARMUP):
            once(engine)
        warm = [_ms(lambda: once(engine)) for _ in range(warm_repeats)]
    finally:
        engine.dispose()
    return Timing(statistics.median(cold), statistics.median(warm))


def _sql(statement: str, **params: Any) -> Callable[[Session], Any]:
    return lambda session: session.execute(text(statement), params).all()


def service_figures(db_url: str, built: Built, cold_repeats: int = COLD_REPEATS,
                    warm_repeats: int = WARM_REPEATS) -> dict[str, Any]:
    """The service calls the pages make, next to their plain-SQL baselines."""
    start, end = month_of(built)
    expected = departures(built, start, end)
    engine = make_engine(db_url)
    try:
        with reading(engine) as session:
            total = desk.national_tally(session, VIEWER, start, end)["total"]
    finally:
        engine.dispose()
    if total != expected:
        raise RuntimeError(f"HQ counts {total} departures from {start} to {end}; "
                           f"the builder made {expected}")
    measured = {
        "national_tally_month": (
            lambda session: desk.national_tally(session, VIEWER, start, end),
            _sql("SELECT dimension, value, sum(n) FROM hq_crossing_count "
                 "WHERE local_day >= :start AND local_day <= :end GROUP BY dimension, value",
                 start=start, end=end)),
        "national_tally_month_torkham": (
            lambda session: desk.national_tally(session, VIEWER, start, end, "TORKHAM"),
            _sql("SELECT dimension, value, sum(n) FROM hq_crossing_count "
                 "WHERE local_day >= :start AND local_day <= :end AND checkpoint = 'TORKHAM' "
                 "GROUP BY dimension, value", start=start, end=end)),
        "complaints_queue_first_page": (
            lambda session: desk.complaints_queue(session, OFFICER),
            _sql("SELECT uuid, checkpoint, category, urgency, taken_at, status "
                 "FROM hq_complaint ORDER BY taken_at LIMIT :n", n=QUEUE_PAGE)),
        "devices_list": (
            lambda session: desk.device_health(session, VIEWER),
            _sql("SELECT * FROM hq_device ORDER BY checkpoint, device_id"))}
    figures: dict[str, Any] = {"month": [start.isoformat(), end.isoformat()],
                               "month_departures": expected}
    for name, (service, baseline) in measured.items():
        ours, plain = (time_reads(db_url, read, cold_repeats, warm_repeats)
                       for read in (service, baseline))
        figures[name] = {**ours.figures(), **plain.figures("baseline_"),
                         "ratio_cold": round(ours.cold_ms / plain.cold_ms, 2),
                         "ratio_warm": round(ours.warm_ms / plain.warm_ms, 2)}
        print(f"  {name:<28} cold {ours.cold_ms:8.1f} ms  warm {ours.warm_ms:8.1f} ms   "
              f"baseline cold {plain.cold_ms:8.1f} ms  warm {plain.warm_ms:8.1f} ms")
    return figures


# -- the pages over HTTP ----------------------------------------------------------------------

def console_available() -> bool:
    """Whether this build serves the console's pages (``sync.server.console``)."""
    import importlib.util
    return importlib.util.find_spec("sync.server.console") is not None


def ensure_staff_user(db_url: str) -> None:
    """A supervisor who may read every page measured, password already changed."""
    engine = make_engine(db_url)
    try:
        with transaction(engine) as session:
            if session.get(StaffUser, STAFF_USER) is None:
                accounts.add_user(session, OPERATOR, STAFF_USER, "supervisor", STAFF_PASSWORD)
            users = table(StaffUser)
            session.execute(update(users).where(users.c.username == STAFF_USER)
                            .values(must_change_password=False))
    finally:
        engine.dispose()


_CSRF = re.compile(r'name="csrf"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf"')


def signed_in(base: str) -> requests.Session:
    """A browser-like session signed in through the sign-in form."""
    session = requests.Session()
    form = session.get(f"{base}/sign-in", timeout=30)
    found = _CSRF.search(form.text)
    data = {"username": STAFF_USER, "password": STAFF_PASSWORD}
    if found:
        data["csrf"] = found.group(1) or found.group(2)
    answer = session.post(f"{base}/sign-in", data=data, timeout=30)
    if answer.status_code != 200 or "/sign-in" in answer.url:
        raise RuntimeError(f"could not sign in to the console ({answer.status_code})")
    return session


def pages(built: Built) -> dict[str, tuple[str, dict[str, str]]]:
    """The pages measured: name -> (path, query)."""
    start, end = month_of(built)
    return {"national_picture": ("/", {"from": start.isoformat(), "to": end.isoformat()}),
            "national_picture_torkham": ("/", {"from": start.isoformat(),
                                               "to": end.isoformat(), "checkpoint": "TORKHAM"}),
            "complaints_queue": ("/complaints", {}),
            "devices": ("/devices", {})}


def _get(session: requests.Session, base: str, path: str, query: dict[str, str]) -> None:
    answer = session.get(f"{base}{path}", params=query, timeout=120)
    if answer.status_code != 200:
        raise RuntimeError(f"GET {path} answered {answer.status_code}")


def page_figures(db_url: str, built: Built, folder: Path,
                 cold_repeats: int = COLD_REPEATS,
                 warm_repeats: int = WARM_REPEATS) -> dict[str, Any]:
    """Every page's full render time through the real server, warm and cold (a page this
    build does not serve yet is named as such)."""
    ensure_staff_user(db_url)
    log = folder / "controlroom.log"
    figures: dict[str, Any] = {}
    measured: dict[str, tuple[str, dict[str, str]]] = {}
    warm: dict[str, float] = {}
    with control_room(db_url, log) as base:
        session = signed_in(base)
        figures["health_get_ms"] = round(_median_of(
            lambda: session.get(f"{base}/api/v1/health", timeout=30), warm_repeats), 2)
        for name, (path, query) in pages(built).items():
            if session.get(f"{base}{path}", params=query, timeout=120).status_code == 404:
                figures[name] = f"not measured: this build does not serve {path} yet"
                print(f"  page {path:<14} not served by this build yet")
                continue
            measured[name] = (path, query)
            warm[name] = _median_of(partial(_get, session, base, path, query), warm_repeats)
    cold: dict[str, list[float]] = {name: [] for name in measured}
    for _ in range(cold_repeats):
        for name, (path, query) in measured.items():
            with control_room(db_url, log) as base:
                session = signed_in(base)
                drop_os_cache()
                cold[name].append(_ms(partial(_get, session, base, path, query)))
    for name, (path, query) in measured.items():
        timing = Timing(statistics.median(cold[name]), warm[name])
        figures[name] = {"path": path, "query": query, **timing.figures()}
        target = TARGETS_MS.get(name)
        if target is not None:
            figures[name].update(target_ms=target, met_cold=timing.cold_ms < target,
                                 met_warm=timing.warm_ms < target)
        print(f"  page {path:<14} cold {timing.cold_ms:8.1f} ms  warm {timing.warm_ms:8.1f} ms"
              + (f"  (target {target:.0f} ms)" if target else ""))
    return figures


def _median_of(action: Callable[[], Any], repeats: int) -> float:
    for _ in range(WARMUP):
        action()
    return statistics.median(_ms(action) for _ in range(repeats))


# -- the run ----------------------------------------------------------------------------------

def run(crossings: int, workdir: Path | None, hq_db: str | None = None) -> dict[str, Any]:
    """Build (or reuse) the database, then time the service calls and the pages."""
    with tempfile.TemporaryDirectory(prefix="checkpoint-console-bench-") as scratch:
        folder = Path(scratch)
        with _database(Scale(crossings), workdir, hq_db, folder) as (db_url, built):
            print(f"  HQ holds {built.crossings:,} crossings ({built.count_rows:,} count rows), "
                  f"{built.complaints:,} complaints, {built.devices} devices"
                  + (f"; built in {built.seconds:.0f} s" if built.seconds else ""))
            results: dict[str, Any] = {
                "name": "console", "hq": "postgresql" if hq_db else "sqlite",
                "data": built.summary(), "os_cache_dropped_when_cold": drop_os_cache(),
                "load_average_before": round(os.getloadavg()[0], 2),
                "service": service_figures(db_url, built)}
            if console_available():
                results["pages"] = page_figures(db_url, built, folder)
            else:
                results["pages"] = "not measured: this build has no console pages yet"
                print("  pages not measured: this build has no console pages yet")
    return results
