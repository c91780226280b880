"""HQ's own database: migrations that build exactly the models, and a database that goes away."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections.abc import Iterator

import pytest
import requests
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from sync.server.database import (
    MIGRATIONS,
    VERSION_TABLE,
    current_revision,
    head_revision,
    make_engine,
    migrate,
)
from sync.server.models import metadata
from sync.server.tally import national_tally
from tests.support.controlroom import ControlRoom
from tests.sync.payloads import DAY, batch, crossing, post_batch, record, statuses


def test_the_migrations_build_exactly_the_models(hq_db_url: str) -> None:
    engine = make_engine(hq_db_url)
    try:
        assert migrate(engine) is True
        assert migrate(engine) is False  # a second start changes nothing
        assert current_revision(engine) == head_revision()
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "version_table": VERSION_TABLE, "compare_type": True})
            assert compare_metadata(context, metadata) == []
    finally:
        engine.dispose()


class _Relay:
    """A TCP relay to PostgreSQL that can be cut (the database 'goes away') and restored."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = threading.Event()
        self.open.set()
        self._pairs: list[socket.socket] = []
        self._pumps: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open.is_set():
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            self._pairs += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                pump = threading.Thread(target=self._pump, args=(source, sink), daemon=True)
                self._pumps.append(pump)
                pump.start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for end in (source, sink):  # shutdown wakes the pump reading the other way
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()

    def cut(self) -> None:
        """Refuse new connections and reset the open ones."""
        self.open.clear()
        for end in self._pairs:
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
        self._pairs.clear()

    def restore(self) -> None:
        """Let connections through again."""
        self.open.set()

    def close(self) -> None:
        """Stop relaying."""
        self.cut()
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() (close() would not)
        self.listener.close()
        for thread in (self._acceptor, *self._pumps):
            thread.join(timeout=5)


@pytest.fixture
def relayed_pg_url(pg_db_url: str) -> Iterator[tuple[str, _Relay]]:
    """``pg_db_url`` reached through a relay the test can cut."""
    url = make_url(pg_db_url)
    relay = _Relay(url.host or "127.0.0.1", url.port or 5432)
    try:
        yield url.set(host="127.0.0.1", port=relay.port).render_as_string(
            hide_password=False), relay
    finally:
        relay.close()


def test_a_database_that_goes_away_gets_503_with_retry_after_then_heals(
        relayed_pg_url: tuple[str, _Relay]) -> None:
    url, relay = relayed_pg_url
    assert os.environ.get("CONTROLROOM_TEST_PG_URL")
    with ControlRoom(url) as hq:
        device = hq.enroll()
        data = crossing()

        relay.cut()
        down = post_batch(hq, device, batch(device, [record(data)]))
        health = requests.get(hq.url("/health"), timeout=10)
        relay.restore()
        back = post_batch(hq, device, batch(device, [record(data)]))

    assert (down.status_code, down.headers["Retry-After"]) == (503, "30")
    assert down.json()["code"] == "database_unavailable"
    assert health.status_code == 503
    assert statuses(back) == ["accepted"]


def test_an_old_databases_breakdowns_add_up_to_the_total_after_upgrading(
        hq_db_url: str) -> None:
    engine = make_engine(hq_db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
            # What the first build stored for a person recorded without a return type.
            connection.execute(text(
                "INSERT INTO hq_crossing (uuid, revision, checkpoint, local_day, household_uuid,"
                " voided, late) VALUES (:uuid, 1, 'TORKHAM', :day, :uuid, false, false)"),
                {"uuid": "0" * 32, "day": DAY})
            connection.execute(text(
                "INSERT INTO hq_crossing_count (crossing_uuid, dimension, value, checkpoint,"
                " local_day, n) VALUES (:uuid, :dimension, :value, 'TORKHAM', :day, 1)"),
                [{"uuid": "0" * 32, "day": DAY, "dimension": dimension, "value": value}
                 for dimension, value in (("total", ""), ("origin_province", "PK-KP"),
                                          ("sex", "M"), ("age_band", "18-59"),
                                          ("document_type", "none"))])
        assert migrate(engine) is True
        with Session(engine) as session:
            tally = national_tally(session, DAY)
    finally:
        engine.dispose()

    assert tally["by_return_type"] == {"unknown": 1}
    for key in ("by_origin_province", "by_sex", "by_age_band", "by_return_type"):
        assert sum(tally[key].values()) == tally["total"] == 1, key
