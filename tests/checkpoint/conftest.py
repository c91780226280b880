"""Real encrypted ledgers on temporary files, one per test (no mocks of our own code)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from checkpoint.ledger import Ledger, create_ledger, open_ledger
from checkpoint.users import add_user, change_own_password

ADMIN_PASSWORD = "admin-pass-1"
PASSWORDS = {"admin": ADMIN_PASSWORD, "lead": "lead-pass-1", "clerk": "clerk-pass-1",
             "clerk2": "clerk2-pass-1"}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database lives."""
    return tmp_path / "checkpoint.db"


@pytest.fixture
def admin(db_path: Path) -> Iterator[Ledger]:
    """A new Torkham database, signed in as its first IT admin."""
    ledger = create_ledger(db_path, checkpoint="TORKHAM", admin="admin", password=ADMIN_PASSWORD)
    yield ledger
    ledger.close()


@pytest.fixture
def staff(admin: Ledger, db_path: Path) -> Iterator[dict[str, Ledger]]:
    """The admin plus a shift lead and two clerks, each signed in on their own ledger."""
    opened = {"admin": admin}
    for name, role in (("lead", "shift_lead"), ("clerk", "clerk"), ("clerk2", "clerk")):
        add_user(admin, name, role, "first-pass-1")
        ledger = open_ledger(db_path, name, "first-pass-1")
        change_own_password(ledger, PASSWORDS[name])
        opened[name] = ledger
    yield opened
    for name, ledger in opened.items():
        if name != "admin":
            ledger.close()
