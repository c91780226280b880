"""Fixtures for every test package (loaded by ``tests/conftest.py``).

Databases: ``new_database_template`` / ``site_template`` (session-wide, copy never open) and
``site`` (this test's own copy of the site). Control room: ``hq_db_url``, ``pg_db_url``,
``hq_sqlite_template`` (an HQ SQLite file at the schema's head, copied by ``controlroom``),
``controlroom``, ``controlroom_pg`` (see ``tests.support.controlroom``), ``link`` (a
``FaultProxy`` in front of ``controlroom_pg``). The console: ``browser``, ``console_page``,
``web_client``, ``screenshot`` (see ``tests.support.console``). A device: ``device`` (see
``tests.support.devices``). The leak guard is a plugin of its own (``tests.support.leaks``).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkpoint.ledger import Ledger, open_ledger
from tests.support.console import browser, console_page, screenshot, web_client
from tests.support.controlroom import ControlRoom, fresh_pg_database, migrated_sqlite, sqlite_path
from tests.support.devices import PASSWORD as DEVICE_PASSWORD
from tests.support.devices import make_device
from tests.support.faultproxy import FaultProxy
from tests.support.sites import PASSWORDS, Site, copy_database, make_new_database, make_site
from tests.support.small_disk import SmallDisk, mounted_small_disk

# -- databases with users ----------------------------------------------------------------------

@pytest.fixture(scope="session")
def new_database_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new Torkham database with only its first IT admin, made once; copy, never open."""
    return make_new_database(tmp_path_factory.mktemp("new-database") / "checkpoint.db")


@pytest.fixture(scope="session")
def site_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Torkham with admin, lead, clerk and clerk2, made once; copy, never open."""
    return make_site(tmp_path_factory.mktemp("site") / "checkpoint.db")


@pytest.fixture
def site(tmp_path: Path, site_template: Path) -> Site:
    """A Torkham database of this test's own with admin, lead, clerk and clerk2."""
    path = tmp_path / "checkpoint.db"
    copy_database(site_template, path)
    return Site(path, dict(PASSWORDS))


@pytest.fixture(scope="session")
def device_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A device database with records to sync (``make_device``), made once; copy, never open."""
    return make_device(tmp_path_factory.mktemp("device") / "torkham.db")


@pytest.fixture
def device(tmp_path: Path, device_template: Path) -> Iterator[Ledger]:
    """A Torkham device with 60 crossings, a closed day and a complaint, as its IT admin."""
    path = tmp_path / "torkham.db"
    copy_database(device_template, path)
    ledger = open_ledger(path, "admin", DEVICE_PASSWORD)
    yield ledger
    ledger.close()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A 16 MB tmpfs the test can fill (skipped without root: see ``tests.support.small_disk``)."""
    yield from mounted_small_disk(tmp_path / "small-disk")


# -- the control room ----------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def hq_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database for HQ: a SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'controlroom.db'}"
    else:
        yield from fresh_pg_database()


@pytest.fixture
def pg_db_url() -> Iterator[str]:
    """A fresh PostgreSQL database for HQ (skipped without ``CONTROLROOM_TEST_PG_URL``)."""
    yield from fresh_pg_database()


@pytest.fixture(scope="session")
def hq_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An HQ SQLite database migrated to this build's schema and nothing else, made once;
    copy, never open."""
    return migrated_sqlite(tmp_path_factory.mktemp("hq-template") / "controlroom.db")


@pytest.fixture
def controlroom(hq_db_url: str, request: pytest.FixtureRequest) -> Iterator[ControlRoom]:
    """The real server on 127.0.0.1, on SQLite and on PostgreSQL."""
    sqlite_file = sqlite_path(hq_db_url)
    if sqlite_file is not None and not sqlite_file.exists():
        # Twelve migrations per test cost more than a file copy; the server's own start still
        # checks the schema is at head and makes the HQ id, as on a database it migrated itself.
        shutil.copyfile(request.getfixturevalue("hq_sqlite_template"), sqlite_file)
    with ControlRoom(hq_db_url) as hq:
        yield hq


@pytest.fixture
def controlroom_pg(pg_db_url: str) -> Iterator[ControlRoom]:
    """The real server on 127.0.0.1, on PostgreSQL."""
    with ControlRoom(pg_db_url) as hq:
        yield hq


@pytest.fixture
def link(controlroom_pg: ControlRoom) -> Iterator[FaultProxy]:
    """A faulty link in front of HQ (PostgreSQL)."""
    proxy = FaultProxy(("127.0.0.1", controlroom_pg.port))
    yield proxy
    proxy.close()


__all__ = ["browser", "console_page", "screenshot", "web_client"]  # fixtures, re-exported
