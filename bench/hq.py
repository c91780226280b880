"""A control room for a benchmark: its database (a SQLite file or a fresh PostgreSQL schema)
and ``controlroom serve`` in its own process on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from contract.wire import API_PREFIX

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A TCP port free on 127.0.0.1 just now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def fresh_hq_database(hq_db: str | None, folder: Path, prefix: str = "sync_bench",
                      filename: str = "controlroom.db") -> Iterator[tuple[str, str | None]]:
    """A new SQLite file in ``folder``, or a new schema in the PostgreSQL database ``hq_db``
    (dropped after): the URL, and the schema's name."""
    if not hq_db:
        yield f"sqlite:///{folder / filename}", None
        return
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(hq_db, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{name}"'))
        url = make_url(hq_db).update_query_dict({"options": f"-csearch_path={name}"})
        yield url.render_as_string(hide_password=False), name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        admin.dispose()


def stop(process: subprocess.Popen[Any]) -> None:
    """Stop a process we started: politely, then for good."""
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


@contextmanager
def control_room(db_url: str, log: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """``controlroom serve`` in its own process; yields its base URL once it answers."""
    port = free_port()
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "serve", "--db", db_url,
             "--host", "127.0.0.1", "--port", str(port)],
            cwd=REPO, env={**os.environ, **(env or {})}, stdout=output,
            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # a first start migrates the schema
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the control room exited; see {log}")
            try:
                if requests.get(f"{base}{API_PREFIX}/health", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the control room did not start; see {log}")
            time.sleep(0.1)
        yield base
    finally:
        stop(process)
