"""Sync speed and size: a device with N pending records syncing to a real control room.

The control room is the real service (``controlroom serve``, uvicorn) in its own process on
127.0.0.1, on a fresh SQLite file by default (or a fresh schema of a PostgreSQL database given
as ``hq_db``). The device is a copy of a generated ledger with every record pending, synced
with the real ``SyncClient`` (default batch bounds, 200 records / 256 KiB) until a round
finishes cleanly.

Figures:

- records per second synced: records / wall time of the rounds until done;
- bytes on the wire per record: the gzip body of a typical 200-record batch (the median size
  of the batches that carried 200 records) / 200, next to the same body uncompressed, and
  every byte the device uploaded (all batch bodies, audit entries included) / records, and
  what came back (HQ's answers as they travelled) per record;
- the baseline, measured in the same run: a bare HTTP POST of the same gzip bytes, over a
  kept-alive ``requests`` session, to a trivial ``http.server`` in its own process that reads
  the body and answers ``200``. Ratios: HQ's round trip for a batch (the median POST of the
  200-record batches as the client saw it: upload, validate, apply, commit, answer) to the
  bare POST, and the device's whole cycle per batch (wall time / batches: build the batch,
  gzip, POST, apply the answer) to the bare POST; their difference is the device's own work
  per batch. HQ's ``GET /health`` round trip is given too, as the cost of the service's stack
  alone.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import create_engine, text

from bench.hq import control_room, fresh_hq_database, stop
from bench.timing import median_ms
from checkpoint.demo import make_demo_data
from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import create_ledger, open_ledger
from contract.wire import API_PREFIX
from sync.client import SyncClient, SyncReport
from sync.server import service
from sync.server.database import make_engine, transaction

FIRST_DAY = date(2025, 1, 1)
PER_DAY = 5_500  # about Torkham's busiest weeks
PASSWORD = "bench-pass-1"
ADMIN_TOKEN = "bench-staff-token"
BARE_POSTS = 50
HEALTH_GETS = 50
MAX_ROUNDS = 50
ANALYZE_EVERY = 5.0

# The baseline server: reads the body it is sent and answers 200 with a tiny JSON body.
BARE_SERVER = r"""
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # as uvicorn does: no 40 ms delayed-ACK stall

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        body = b'{"ok":true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


@dataclass(frozen=True)
class _Call:
    method: str
    path: str
    sent: bytes
    received: int  # the answer's bytes as read (decoded)
    received_wire: int  # as they travelled (Content-Length; smaller if HQ compressed them)
    ms: float


class _MeteredClient(SyncClient):
    """The real client, noting each HTTP exchange: what it sent, got back, and how long."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls: list[_Call] = []

    def _call(self, session: requests.Session, method: str, url: str,
              **kwargs: Any) -> requests.Response:
        started = time.perf_counter()
        response = super()._call(session, method, url, **kwargs)
        spent = (time.perf_counter() - started) * 1000
        sent = kwargs.get("data") or b""
        length = response.headers.get("Content-Length", "")
        self.calls.append(_Call(method, url.split(API_PREFIX, 1)[-1],
                                sent if isinstance(sent, bytes) else sent.encode("utf-8"),
                                len(response.content),
                                int(length) if length.isdigit() else len(response.content),
                                spent))
        return response


# -- the device's data ----------------------------------------------------------------------

def _template(records: int, workdir: Path | None) -> Path:
    """A ledger with ``records`` crossings, none ever sent (made once per ``workdir``)."""
    folder = workdir or Path(tempfile.mkdtemp(prefix="checkpoint-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"sync-{records}.db"
    if path.exists() and keyfile_path(path).exists():
        return path
    ledger = create_ledger(path, checkpoint="TORKHAM", admin="bench", password=PASSWORD)
    started = time.perf_counter()
    days = max(1, math.ceil(records / PER_DAY))
    per_day = records // days
    try:
        made = make_demo_data(ledger, FIRST_DAY, days - 1, per_day, seed=17,
                              progress=lambda done, all_: print(
                                  f"\r  generating day {done}/{all_}", end="", flush=True))
        made += make_demo_data(ledger, FIRST_DAY + timedelta(days=days - 1), 1,
                               records - made, seed=18)
    finally:
        ledger.close()
    print(f"\n  {made} pending records in {time.perf_counter() - started:.0f} s")
    return path


def _fresh_copy(template: Path, folder: Path) -> Path:
    """The template copied (with its key file) so the run starts with everything pending."""
    path = folder / template.name
    for source in (template, keyfile_path(template), template.with_name(template.name + "-wal")):
        if source.exists():
            shutil.copyfile(source, folder / source.name)
    return path


# -- the servers ----------------------------------------------------------------------------

@contextmanager
def _statistics_kept(hq_db: str | None, schema: str | None) -> Iterator[str]:
    """Yields how HQ's table statistics were kept up to date during the run.

    A PostgreSQL HQ runs with autovacuum, which ANALYZEs tables as they grow; without fresh
    statistics the planner misjudges HQ's lookups as the tables fill (a scan per batch). Where
    this server has autovacuum off, the benchmark ANALYZEs HQ's tables itself every few
    seconds, as autovacuum would.
    """
    if not hq_db or schema is None:
        yield "sqlite"
        return
    engine = create_engine(hq_db, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            autovacuum = connection.execute(text("SHOW autovacuum")).scalar_one()
        if autovacuum == "on":
            yield "postgresql autovacuum"
            return
        stop = threading.Event()

        def analyze() -> None:
            while not stop.wait(ANALYZE_EVERY):
                with engine.connect() as connection:
                    tables = connection.execute(text(
                        "SELECT tablename FROM pg_tables WHERE schemaname = :s"),
                        {"s": schema}).scalars().all()
                    for name in tables:
                        connection.execute(text(f'ANALYZE "{schema}"."{name}"'))

        worker = threading.Thread(target=analyze, name="analyze", daemon=True)
        worker.start()
        try:
            yield (f"autovacuum is off on this PostgreSQL server: the benchmark ANALYZEd HQ's "
                   f"tables every {ANALYZE_EVERY:g} s instead")
        finally:
            stop.set()
            worker.join(timeout=60)
    finally:
        engine.dispose()


@contextmanager
def _bare_server() -> Iterator[str]:
    """The baseline: a trivial HTTP server in its own process."""
    process = subprocess.Popen([sys.executable, "-c", BARE_SERVER], stdout=subprocess.PIPE,
                               text=True)
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop(process)


def _enrollment_code(db_url: str) -> str:
    engine = make_engine(db_url)
    try:
        with transaction(engine) as session:
            code, _ = service.create_enrollment_code(session, "TORKHAM", 1)
    finally:
        engine.dispose()
    return code


# -- measuring ------------------------------------------------------------------------------


def _sync_until_done(client: SyncClient) -> tuple[SyncReport, int]:
    total = SyncReport()
    for rounds in range(1, MAX_ROUNDS + 1):
        report = client.sync_once()
        total.counts.update(report.counts)
        total.batches += report.batches
        if report.ok:
            return total, rounds
        assert report.error is not None
        if report.error.final:
            break
        time.sleep(min(report.error.retry_after or 0.1, 1.0))
    raise RuntimeError(f"sync did not finish: {report.error and report.error.code}")


def _batches(calls: list[_Call]) -> list[tuple[_Call, int, int, int]]:
    """Every batch POST with its record count, audit count and uncompressed size."""
    found = []
    for call in calls:
        if call.method == "POST" and call.path == "/batches":
            raw = gzip.decompress(call.sent)
            body = json.loads(raw)
            found.append((call, len(body["records"]), len(body["audit"]), len(raw)))
    return found


def run(records: int, workdir: Path | None, hq_db: str | None = None) -> dict[str, Any]:
    """Sync ``records`` pending records to a fresh control room; time it against a bare POST."""
    template = _template(records, workdir)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="checkpoint-sync-bench-") as scratch:
        folder = Path(scratch)
        ledger = open_ledger(_fresh_copy(template, folder), "bench", PASSWORD)
        try:
            with fresh_hq_database(hq_db, folder) as (db_url, schema), \
                    _statistics_kept(hq_db, schema) as statistics_kept, \
                    control_room(db_url, folder / "controlroom.log",
                                 {"CONTROLROOM_ADMIN_TOKEN": ADMIN_TOKEN}) as base:
                client = _MeteredClient(ledger)
                client.enroll(base, _enrollment_code(db_url))
                client.calls.clear()
                started = time.perf_counter()
                report, rounds = _sync_until_done(client)
                wall = time.perf_counter() - started
                health_ms = median_ms(
                    lambda: requests.get(f"{base}{API_PREFIX}/health", timeout=30),
                    HEALTH_GETS, warmup=3)
                held = requests.get(f"{base}{API_PREFIX}/control/tally", timeout=60, params={
                    "from": FIRST_DAY.isoformat(),
                    "to": (FIRST_DAY + timedelta(days=400)).isoformat()},
                    headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}).json()["total"]
        finally:
            ledger.close()
    if report.counts["accepted"] != records or held != records:
        raise RuntimeError(f"HQ holds {held} of {records} records "
                           f"(accepted {report.counts['accepted']})")

    batches = _batches(client.calls)
    # The median-size batch of the most records (200 but in a sync of fewer records).
    most = max(b[1] for b in batches)
    full = sorted((b for b in batches if b[1] == most), key=lambda b: len(b[0].sent))
    call, n, audit_entries, raw_size = full[len(full) // 2]
    typical = call.sent
    post_ms = statistics.median(b[0].ms for b in full)
    cycle_ms = wall * 1000 / len(batches)
    uploaded = sum(len(b[0].sent) for b in batches)
    downloaded = sum(c.received_wire for c in client.calls)

    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip",
               "User-Agent": "checkpoint-device/1"}
    with _bare_server() as bare, requests.Session() as session:
        bare_ms = median_ms(lambda: session.post(bare, data=typical, headers=headers,
                                                  timeout=30).content, BARE_POSTS, warmup=3)

    results: dict[str, Any] = {
        "name": "sync", "records": records, "hq": "postgresql" if hq_db else "sqlite",
        "hq_process": "controlroom serve (1 uvicorn worker), 127.0.0.1",
        "hq_statistics": statistics_kept,
        "load_average_before": round(load_before, 2),
        "wall_s": round(wall, 2), "rounds": rounds, "batches": len(batches),
        "records_per_s": round(records / wall),
        "typical_batch": {"records": n, "audit_entries": audit_entries,
                          "gzip_bytes": len(typical), "uncompressed_bytes": raw_size,
                          "gzip_bytes_per_record": round(len(typical) / n, 1),
                          "uncompressed_bytes_per_record": round(raw_size / n, 1),
                          "compression_ratio": round(len(typical) / raw_size, 3),
                          "answer_wire_bytes": call.received_wire,
                          "answer_wire_bytes_per_record": round(call.received_wire / n, 1),
                          "answer_compressed": call.received_wire < call.received},
        "whole_sync": {"uploaded_bytes": uploaded,
                       "uploaded_bytes_per_record": round(uploaded / records, 1),
                       "downloaded_bytes": downloaded,
                       "downloaded_bytes_per_record": round(downloaded / records, 1),
                       "audit_entries_sent": sum(b[2] for b in batches)},
        "batch_post_ms": round(post_ms, 2), "batch_cycle_ms": round(cycle_ms, 2),
        "device_side_ms_per_batch": round(cycle_ms - post_ms, 2),
        "bare_post_ms": round(bare_ms, 3), "health_get_ms": round(health_ms, 3),
        "post_vs_bare_ratio": round(post_ms / bare_ms, 1),
        "cycle_vs_bare_ratio": round(cycle_ms / bare_ms, 1)}
    print(f"  {records:,} records to HQ on {results['hq']} in {wall:.1f} s: "
          f"{records / wall:,.0f} records/s ({len(batches)} batches, {rounds} round(s))")
    print(f"  typical {n}-record batch: {len(typical):,} bytes gzip "
          f"({len(typical) / n:.1f}/record), {raw_size:,} uncompressed "
          f"({raw_size / n:.1f}/record), HQ's answer {call.received_wire / n:.1f}/record; "
          f"whole sync up {uploaded / records:.1f}/record, down {downloaded / records:.1f}/record")
    print(f"  batch POST {post_ms:.1f} ms, whole cycle {cycle_ms:.1f} ms; bare POST of the same "
          f"bytes {bare_ms:.2f} ms (ratios {post_ms / bare_ms:.1f} and {cycle_ms / bare_ms:.1f})"
          f"; HQ /health {health_ms:.2f} ms")
    return results
