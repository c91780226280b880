"""Real app objects on a temporary encrypted database, one per test; no mocks of our own code.

``site`` creates the database with an IT admin, a shift lead and two clerks (each already past
their first-password change); ``sign_in(name)`` gives an ``AppContext`` signed in as that user,
shut down (threads joined, database closed) at the end of the test.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import create_ledger, open_ledger
from checkpoint.users import add_user, change_own_password
from ui.context import AppContext

PASSWORDS = {"admin": "admin-pass-1", "lead": "lead-pass-1", "clerk": "clerk-pass-1",
             "clerk2": "clerk2-pass-1"}
ROLES = {"lead": "shift_lead", "clerk": "clerk", "clerk2": "clerk"}


@dataclass(frozen=True)
class Site:
    """A checkpoint database and the passwords of its users."""

    path: Path
    passwords: dict[str, str]


def copy_database(source: Path, target: Path) -> None:
    """Copy a closed database and its key file (a test's own copy of a template)."""
    shutil.copyfile(source, target)
    shutil.copyfile(keyfile_path(source), keyfile_path(target))


@pytest.fixture(scope="session")
def site_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site's database, made once per run (ten Argon2id derivations); copy, never open."""
    path = tmp_path_factory.mktemp("template") / "checkpoint.db"
    admin = create_ledger(path, checkpoint="TORKHAM", admin="admin",
                          password=PASSWORDS["admin"])
    for name, role in ROLES.items():
        add_user(admin, name, role, "first-pass-1")
        user = open_ledger(path, name, "first-pass-1")
        change_own_password(user, PASSWORDS[name])
        user.close()
    admin.close()
    return path


@pytest.fixture
def site(tmp_path: Path, site_template: Path) -> Site:
    """A Torkham database of this test's own with admin, lead, clerk and clerk2."""
    path = tmp_path / "checkpoint.db"
    copy_database(site_template, path)
    return Site(path, dict(PASSWORDS))


@pytest.fixture
def sign_in(site: Site) -> Iterator[Callable[[str], AppContext]]:
    """Open an ``AppContext`` as a user of ``site``; all are shut down after the test."""
    opened: list[AppContext] = []

    def open_as(name: str) -> AppContext:
        context = AppContext(open_ledger(site.path, name, site.passwords[name]))
        opened.append(context)
        return context

    yield open_as
    for context in opened:
        context.shut_down()  # does nothing if a closed window already did it
