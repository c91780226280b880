"""The national picture at national scale: a month of it with millions of crossings stored.

The control room's database is filled in SQL (``picture_fill``: 5,000,000 crossings over two
years by default, six checkpoints) on SQLite, or on a fresh schema of a PostgreSQL database
given as ``hq_db``. Timed, median of several runs:

- ``picture``: ``service.national_picture`` for a month (the tally, departures per day, late
  amendments, unsettled days) — what the console's ``/`` page reads;
- ``csv``: the same plus building the CSV export;
- ``page``: ``GET /?from=&to=`` of the console, signed in, from the real server
  (``controlroom serve`` in its own process, as ``bench.hq`` starts it): the whole render;
- baseline: ``service.national_tally`` alone for the same month (what ``controlroom tally``
  costs), so the ratio says what the picture adds to it.
"""

from __future__ import annotations

import re
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import make_url
from sqlmodel import col

from bench.hq import control_room
from bench.picture_fill import fill
from bench.timing import median_ms
from sync.server import service
from sync.server.database import make_engine, reading, transaction
from sync.server.models import StaffUser
from sync.server.staff import accounts
from sync.server.staff.roles import OPERATOR
from sync.server.tally_csv import tally_csv

FIRST_DAY = date(2024, 1, 1)
DAYS = 730
VIEWER, PASSWORD = "bench-viewer", "bench-viewer-password"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')



def _database(crossings: int, workdir: Path | None, hq_db: str | None) -> tuple[str, str | None]:
    """A filled database's URL (reused from ``workdir`` on SQLite) and the PostgreSQL schema
    made for it (dropped after the run)."""
    if hq_db:
        schema = f"picture_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(hq_db, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        admin.dispose()
        url = make_url(hq_db).update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False), schema
    folder = workdir or Path(tempfile.mkdtemp(prefix="checkpoint-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / f'hq-picture-{crossings}.db'}", None


def _page_ms(engine: Any, url: str, start: date, end: date, tally_ms: float) -> dict[str, Any]:
    """The console's national picture of the month, signed in as a viewer, from the server."""
    with transaction(engine) as session:
        if session.get(StaffUser, VIEWER) is None:
            accounts.add_user(session, OPERATOR, VIEWER, "viewer", PASSWORD)
        session.execute(update(StaffUser).where(col(StaffUser.username) == VIEWER)
                        .values(must_change_password=False))
    log = Path(tempfile.mkdtemp(prefix="checkpoint-bench-")) / "controlroom.log"
    with control_room(url, log) as base, requests.Session() as browser:
        form = CSRF.search(browser.get(f"{base}/sign-in", timeout=30).text)
        assert form, "the sign-in page has no csrf field"
        signed = browser.post(f"{base}/sign-in", timeout=30, data={
            "username": VIEWER, "password": PASSWORD, "csrf": form.group(1)})
        assert signed.ok and signed.url == f"{base}/", signed.url
        page = f"{base}/?from={start.isoformat()}&to={end.isoformat()}"

        def get() -> None:
            answer = browser.get(page, timeout=60)
            assert answer.status_code == 200 and "National picture" in answer.text

        get()
        ms = median_ms(get, 7)
    print(f"  month page     {ms:8.1f} ms   tally alone {tally_ms:8.1f} ms   "
          f"ratio {ms / tally_ms:.2f}")
    return {"ms": round(ms, 1), "tally_ms": round(tally_ms, 1), "ratio": round(ms / tally_ms, 2)}


def run(crossings: int, workdir: Path | None, hq_db: str | None = None) -> dict[str, Any]:
    """Time a month's national picture (and its CSV) against the bare national tally."""
    url, schema = _database(crossings, workdir, hq_db)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            filled = connection.execute(text(
                "SELECT count(*) FROM sqlite_master WHERE name = 'hq_crossing'"
                if schema is None else "SELECT count(*) FROM information_schema.tables "
                f"WHERE table_schema = '{schema}' AND table_name = 'hq_crossing'")).scalar_one()
        if filled:
            with engine.connect() as connection:
                filled = connection.execute(text("SELECT count(*) FROM hq_crossing")).scalar_one()
        if filled != crossings:
            print(f"  filling {crossings} crossings ...", flush=True)
            print(f"  filled in {fill(engine, crossings, FIRST_DAY, DAYS):.0f} s", flush=True)
        start = FIRST_DAY + timedelta(days=DAYS // 2)
        end = start + timedelta(days=29)

        def picture() -> None:
            with reading(engine) as session:
                service.national_picture(session, start, end)

        def export() -> None:
            with reading(engine) as session:
                tally_csv(service.national_picture(session, start, end))

        def bare_tally() -> None:
            with reading(engine) as session:
                service.national_tally(session, start, end)

        picture()  # warm the cache as a running server's would be
        results: dict[str, Any] = {"name": "picture", "crossings": crossings,
                                   "database": "postgresql" if schema else "sqlite",
                                   "range_days": 30}
        tally_ms = median_ms(bare_tally, 7)
        for label, action in (("picture", picture), ("csv", export)):
            ms = median_ms(action, 7)
            results[label] = {"ms": round(ms, 1), "tally_ms": round(tally_ms, 1),
                              "ratio": round(ms / tally_ms, 2)}
            print(f"  month {label:<8} {ms:8.1f} ms   tally alone {tally_ms:8.1f} ms   "
                  f"ratio {ms / tally_ms:.2f}")
        results["page"] = _page_ms(engine, url, start, end, tally_ms)
        return results
    finally:
        engine.dispose()
        if schema and hq_db:
            admin = create_engine(hq_db, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()
