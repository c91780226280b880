"""The real control-room server on loopback, on SQLite and on PostgreSQL (DESIGN §9).

Fixtures (from ``tests.support.plugin``, for every test package)
--------------------------------------------------------------
``hq_db_url``
    A fresh, empty database URL, parametrised ``sqlite`` (a file in ``tmp_path``) and
    ``postgresql`` (``CONTROLROOM_TEST_PG_URL`` with ``options=-csearch_path=<a schema made for
    the test and dropped after it>``, so nothing else in that database is seen or touched; the
    test is skipped, with that reason, when the variable is unset).
``pg_db_url``
    The same, PostgreSQL only (e.g. for many devices syncing at once).
``controlroom``
    A started :class:`ControlRoom` on ``hq_db_url`` (so every test using it runs twice).
``controlroom_pg``
    A started :class:`ControlRoom` on ``pg_db_url``.

``ControlRoom`` — what a test (or the device-side fault tests) gets
-------------------------------------------------------------------
- ``base_url``: ``http://127.0.0.1:<port>``; ``url("/batches")`` adds ``/api/v1``.
- ``port``, ``db_url`` (SQLAlchemy URL of its database, usable with ``controlroom --db``),
  ``hq_id`` (what ``/health`` answers), ``settings``.
- ``admin_token`` / ``admin_headers``: the deprecated shared operator token
  (``CONTROLROOM_ADMIN_TOKEN``, an HQ admin on the staff API) and its bearer header: cheap, so
  tests about other things use it.
- ``add_staff(name, role, password=STAFF_PASSWORD) -> None``: a staff user made the way
  ``controlroom user add`` makes one (must change the password at first sign-in);
  ``sign_in(name, password) -> requests.Response``; ``staff_headers(role) -> dict``: the bearer
  header of a real, signed-in ``<role>`` user who has changed the first password (made once per
  role and server; a sign-in costs an Argon2id check).
- ``enrollment_code(checkpoint="TORKHAM", valid_hours=48) -> str``: a one-time code, made the
  way ``controlroom enroll`` makes it (for ``checkpoint-admin enroll --hq URL --code CODE``).
- ``enroll(checkpoint="TORKHAM", device_id=None) -> Enrolled``: code and
  ``POST /devices/enroll`` in one; ``Enrolled`` has ``device_id``, ``checkpoint``, ``token``,
  ``headers``.
- ``stop()``, ``start()``, ``restart()``: stop the server (requests in flight get up to 5 s
  to finish, idle connections are closed) and start it again on the same port and database,
  with the same HQ id; ``running``.
- ``ControlRoom(db_url, **settings)`` can be built directly for other settings (e.g.
  ``max_concurrent_batches=1``); use it as a context manager (start/stop).

The server runs in a background thread of the test process: uvicorn serves a socket the
fixture binds itself, so there is no race for a free port at the first start; a restart binds
the same port again. To kill HQ hard (a crash, not a stop), run it in a subprocess instead:
``python -m sync.server.cli serve --db <db_url> --port <port>`` (env ``CONTROLROOM_ADMIN_TOKEN``
for the staff API), and wait for ``/api/v1/health``.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
import requests
import uvicorn
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from contract.wire import API_PREFIX
from sync.server import service
from sync.server.app import create_app
from sync.server.database import make_engine, migrate, transaction
from sync.server.settings import Settings
from sync.server.staff import accounts
from sync.server.staff.roles import OPERATOR
from tests.support.logcheck import note_secret
from tests.support.tls import Certificate

PG_ENV = "CONTROLROOM_TEST_PG_URL"
ADMIN_TOKEN = "staff-token-for-tests"
STAFF_PASSWORD = "first-password-for-tests"
STAFF_CHANGED_PASSWORD = "changed-password-for-tests"


@dataclass(frozen=True)
class Enrolled:
    """A device enrolled with the test HQ."""

    device_id: str
    checkpoint: str
    token: str
    headers: dict[str, str] = field(default_factory=dict)


class _PromptServer(uvicorn.Server):
    """uvicorn's server, looking for ``should_exit`` every 10 ms instead of every 100 ms.

    Every server test starts and stops HQ at least once; at uvicorn's tick a stop waits 50 ms
    on average before shutting down even starts, hundreds of times a run. Only the waiting
    changes: the shutdown itself (connections closed, requests in flight finished, lifespan
    shut down) is uvicorn's own, and ``on_tick`` runs as before, only more often."""

    async def main_loop(self) -> None:
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            # on_tick refreshes the Date header when counter % 10 == 0: every 100 ms here.
            counter = (counter + 1) % 864000
            await asyncio.sleep(0.01)
            should_exit = await self.on_tick(counter)


class ControlRoom:
    """The control-room server (the real app, real uvicorn) on 127.0.0.1 — see module doc."""

    def __init__(self, db_url: str, *, tls: Certificate | None = None,
                 **settings: Any) -> None:
        settings.setdefault("admin_token", ADMIN_TOKEN)
        self.tls = tls
        self.settings = Settings(db=db_url, host="127.0.0.1", **settings)
        self.db_url = db_url
        self.port = 0
        self.hq_id = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._staff_headers: dict[str, dict[str, str]] = {}

    # -- addresses and credentials ---------------------------------------------------------

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` (``https://`` when serving ``tls``)."""
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        """An API address: ``url("/batches")`` -> ``http://127.0.0.1:<port>/api/v1/batches``."""
        return f"{self.base_url}{API_PREFIX}{path}"

    @property
    def admin_token(self) -> str:
        """The staff API's bearer token."""
        token = self.settings.admin_token
        return token.get_secret_value() if token else ""

    @property
    def admin_headers(self) -> dict[str, str]:
        """``Authorization`` header for the staff endpoints."""
        return {"Authorization": f"Bearer {self.admin_token}"}

    def add_staff(self, name: str, role: str, password: str = STAFF_PASSWORD) -> None:
        """A staff user, added as ``controlroom user add`` adds one."""
        engine = make_engine(self.db_url)
        try:
            with transaction(engine) as session:
                accounts.add_user(session, OPERATOR, name, role, password)
        finally:
            engine.dispose()

    def sign_in(self, name: str, password: str) -> requests.Response:
        """``POST /control/sign-in``; a token it hands out is noted as a secret."""
        answer = requests.post(self.url("/control/sign-in"), timeout=30,
                               json={"username": name, "password": password})
        if answer.ok:
            note_secret(answer.json()["token"])
        return answer

    def staff_headers(self, role: str) -> dict[str, str]:
        """The bearer header of a signed-in ``role`` user (named ``test-<role>``) who has
        changed the first password."""
        if role not in self._staff_headers:
            name = f"test-{role}"
            self.add_staff(name, role)
            signed = self.sign_in(name, STAFF_PASSWORD)
            signed.raise_for_status()
            headers = {"Authorization": f"Bearer {signed.json()['token']}"}
            changed = requests.post(self.url("/control/password"), headers=headers, timeout=30,
                                    json={"old_password": STAFF_PASSWORD,
                                          "new_password": STAFF_CHANGED_PASSWORD})
            changed.raise_for_status()
            self._staff_headers[role] = headers
        return self._staff_headers[role]

    def enrollment_code(self, checkpoint: str = "TORKHAM", valid_hours: float = 48) -> str:
        """A fresh one-time enrollment code for ``checkpoint``."""
        engine = make_engine(self.db_url)
        try:
            with transaction(engine) as session:
                code, _ = service.create_enrollment_code(session, checkpoint, valid_hours)
        finally:
            engine.dispose()
        note_secret(code)
        return code

    def enroll(self, checkpoint: str = "TORKHAM", device_id: str | None = None) -> Enrolled:
        """Enroll a device over HTTP, as ``checkpoint-admin enroll`` does."""
        device_id = device_id or str(uuid.uuid4())
        answer = requests.post(self.url("/devices/enroll"), timeout=10, json={
            "code": self.enrollment_code(checkpoint), "device_id": device_id,
            "checkpoint": checkpoint})
        answer.raise_for_status()
        token = answer.json()["token"]
        note_secret(token)
        return Enrolled(device_id, checkpoint, token, {"Authorization": f"Bearer {token}"})

    # -- life cycle ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether the server thread is up and serving."""
        return bool(self._server and self._server.started and self._thread
                    and self._thread.is_alive())

    def start(self) -> None:
        """Start serving (on the same port as before, if it ran before)."""
        if self.running:
            return
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        self.port = sock.getsockname()[1]
        tls = {"ssl_certfile": str(self.tls.cert_path), "ssl_keyfile": str(self.tls.key_path)} \
            if self.tls else {}
        # log_config=None: uvicorn's records (its access log too, at INFO as ``controlroom
        # serve`` writes it) go to the root logger, where the run's log check reads them.
        config = uvicorn.Config(create_app(self.settings), log_level="info", log_config=None,
                                timeout_graceful_shutdown=5, **tls)
        server = _PromptServer(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                  name=f"controlroom:{self.port}", daemon=True)
        self._server, self._thread = server, thread
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                sock.close()
                raise RuntimeError(f"the control room did not start on {self.db_url}")
            time.sleep(0.01)
        self.hq_id = self._health()["hq_id"]

    def _health(self) -> dict[str, Any]:
        if self.tls is None:
            return requests.get(self.url("/health"), timeout=10).json()
        # A self-signed certificate for another name: trusted as itself, the name not asked.
        context = ssl.create_default_context(cafile=str(self.tls.cert_path))
        context.check_hostname = False
        connection = http.client.HTTPSConnection("127.0.0.1", self.port, timeout=10,
                                                 context=context)
        try:
            connection.request("GET", f"{API_PREFIX}/health")
            return json.loads(connection.getresponse().read())
        finally:
            connection.close()

    def stop(self) -> None:
        """Stop serving; requests in flight finish first."""
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout=30)
        if self._thread.is_alive():
            raise RuntimeError("the control room did not stop within 30 s")
        self._server = self._thread = None

    def restart(self) -> None:
        """Stop and start again: same port, same database, same HQ id."""
        self.stop()
        self.start()

    def __enter__(self) -> ControlRoom:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()


# -- databases ---------------------------------------------------------------------------------

def sqlite_path(db_url: str) -> Path | None:
    """The file of a SQLite URL (None for any other database)."""
    parsed = make_url(db_url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def migrated_sqlite(path: Path) -> Path:
    """A SQLite file that HQ's own ``migrate`` brought to this build's schema, closed (its
    write-ahead log folded in, so the file alone can be copied)."""
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate(engine)
    finally:
        engine.dispose()
    assert not Path(f"{path}-wal").exists(), "the template's write-ahead log was not folded in"
    return path


def fresh_pg_database() -> Iterator[str]:
    """A URL whose connections see only a new, empty schema (``search_path``); a schema is
    made and dropped in milliseconds, a database in most of a second."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (the PostgreSQL half of the server tests)")
    name = f"controlroom_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{name}"'))
        url = make_url(base).update_query_dict({"options": f"-csearch_path={name}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        admin.dispose()
