"""Checkpoint databases with users, made once per run and copied per test.

A database with users costs one Argon2id derivation per slot sealed and one per sign-in
(~0.4 s each here). A template is made once per run, closed, and copied (database + key file)
for each test, which then signs in with the password as a user would: one derivation per
sign-in, none for making users.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import create_ledger, open_ledger
from checkpoint.users import add_user, change_own_password

CHECKPOINT = "TORKHAM"
ADMIN_PASSWORD = "admin-pass-1"
PASSWORDS = {"admin": ADMIN_PASSWORD, "lead": "lead-pass-1", "clerk": "clerk-pass-1",
             "clerk2": "clerk2-pass-1"}
ROLES = {"lead": "shift_lead", "clerk": "clerk", "clerk2": "clerk"}
FIRST_PASSWORD = "first-pass-1"


@dataclass(frozen=True)
class Site:
    """A checkpoint database and the passwords of its users."""

    path: Path
    passwords: dict[str, str]


def copy_database(source: Path, target: Path) -> None:
    """Copy a closed database and its key file (a test's own copy of a template)."""
    shutil.copyfile(source, target)
    shutil.copyfile(keyfile_path(source), keyfile_path(target))


def make_new_database(path: Path) -> Path:
    """A new Torkham database whose only user is its first IT admin (``init``)."""
    create_ledger(path, checkpoint=CHECKPOINT, admin="admin", password=ADMIN_PASSWORD).close()
    return path


def make_site(path: Path) -> Path:
    """Torkham with admin, lead, clerk and clerk2, each past their first-password change."""
    admin = create_ledger(path, checkpoint=CHECKPOINT, admin="admin", password=ADMIN_PASSWORD)
    for name, role in ROLES.items():
        add_user(admin, name, role, FIRST_PASSWORD)
        user = open_ledger(path, name, FIRST_PASSWORD)
        change_own_password(user, PASSWORDS[name])
        user.close()
    admin.close()
    return path
