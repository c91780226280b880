"""Real encrypted ledgers on temporary files, one per test (no mocks of our own code).

Each test gets its own copy of a database made once per run (``tests.support.sites``) and
signs in with the password, as a user does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from checkpoint.ledger import Ledger, open_ledger
from tests.support.sites import ADMIN_PASSWORD, PASSWORDS, copy_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database lives."""
    return tmp_path / "checkpoint.db"


@pytest.fixture
def admin(db_path: Path, new_database_template: Path) -> Iterator[Ledger]:
    """A new Torkham database, signed in as its first IT admin."""
    copy_database(new_database_template, db_path)
    ledger = open_ledger(db_path, "admin", ADMIN_PASSWORD)
    yield ledger
    ledger.close()


class SignedIn(dict[str, Ledger]):
    """The site's users, each signed in on their own ledger the first time a test asks."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def __missing__(self, name: str) -> Ledger:
        # A sign-in is an Argon2id derivation: pay it only for the users a test uses.
        ledger = self[name] = open_ledger(self.path, name, PASSWORDS[name])
        return ledger


@pytest.fixture
def staff(db_path: Path, site_template: Path) -> Iterator[dict[str, Ledger]]:
    """The admin, a shift lead and two clerks of a Torkham database, each signed in."""
    copy_database(site_template, db_path)
    signed_in = SignedIn(db_path)
    yield signed_in
    for ledger in signed_in.values():
        ledger.close()
