"""The insider of issue 9: a user who can sign in, opening the database without the app. Their
own password opens their key slot, which gives the data key, and SQLCipher takes it: every
tamper test starts here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

from checkpoint.database import make_engine
from checkpoint.keyslots import KeySlots, keyfile_path


@contextmanager
def insider_engine(db_path: Path, username: str, password: str) -> Iterator[Engine]:
    """The database opened with nothing but ``username``'s password and the key file."""
    engine = make_engine(db_path, KeySlots.load(keyfile_path(db_path)).unlock(username,
                                                                              password))
    try:
        yield engine
    finally:
        engine.dispose()


def run_as_insider(db_path: Path, username: str, password: str, *statements: str) -> None:
    """Run SQL statements straight into the database, in one transaction."""
    with insider_engine(db_path, username, password) as engine, engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
