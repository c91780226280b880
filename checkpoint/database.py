"""The encrypted SQLite engine: SQLCipher keys, durability pragmas and Alembic migrations."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, Engine, create_engine, event, exc, pool, text
from sqlalchemy.engine.interfaces import DBAPIConnection, ExceptionContext
from sqlalchemy.pool import ConnectionPoolEntry

from checkpoint.errors import DatabaseUnreadable, DiskFull, disk_full
from checkpoint.private_files import tighten_database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 30_000


def _on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # The dialect has already sent PRAGMA key. Take transaction control away from the driver so
    # BEGIN is ours (see _on_begin), then set what every connection needs.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # A key that does not fit surfaces as our typed error below; SQLCipher's own log lines
        # on stderr would break the command line's one plain sentence (a global setting).
        cursor.execute("PRAGMA cipher_log_level = NONE")
        # Fails here, not later, when the key does not fit the file.
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit that returned survives a power cut (DESIGN §2.2).
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA temp_store = MEMORY")
        # 64 MB of page cache (default 2 MB): the records list and tallies read a
        # multi-gigabyte file at millions of records.
        cursor.execute("PRAGMA cache_size = -65536")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    # Writers take the write lock up front (BEGIN IMMEDIATE) so a read-then-write transaction
    # never fails half-way on a lock another process took in between.
    immediate = connection.get_execution_options().get("immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


SQLITE_IOERR = 10
# Below this many free bytes an I/O error is taken for what it is: a full disk.
NEARLY_FULL = 256 * 1024


def _full_disk_handler(path: Path) -> Callable[[ExceptionContext], DiskFull | None]:
    """A full disk is a fault the user can fix, not a bug: every face words it in one
    sentence. SQLite has rolled the statement (or the commit) back; the session's rollback
    follows. SQLite says SQLITE_FULL when a write finds no room, but only "disk I/O error"
    when it cannot even size its shared-memory file at open: then the disk's free space
    decides."""

    def on_error(context: ExceptionContext) -> DiskFull | None:
        error = context.original_exception
        full = disk_full(error)
        if full is None and getattr(error, "sqlite_errorcode", 0) & 0xFF == SQLITE_IOERR:
            with suppress(OSError):
                if shutil.disk_usage(path.parent).free < NEARLY_FULL:
                    full = DiskFull("The disk is full: nothing was saved. Free some space and "
                                    "try again.")
        return full

    return on_error


def make_engine(path: Path, data_key: bytes) -> Engine:
    """An engine on an existing or new SQLCipher file, keyed with the raw 256-bit data key.

    The raw-key form ``x'<hex>'`` skips SQLCipher's own passphrase derivation: the key already
    came out of Argon2id, and connections open fast.
    """
    tighten_database(path)  # one written before the owner-only rule, or restored
    url = URL.create("sqlite+pysqlcipher", password=f"x'{data_key.hex()}'", database=str(path))
    # hide_parameters: an unexpected database error logged or shown never carries the
    # values of the statement (names, document numbers).
    engine = create_engine(url, poolclass=pool.QueuePool, pool_size=4, max_overflow=4,
                           hide_parameters=True,
                           connect_args={"check_same_thread": False, "timeout": 30})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "handle_error", _full_disk_handler(Path(path)))
    return engine


def key_does_not_fit(error: BaseException) -> bool:
    """Whether a database error says the key does not open the file: a wrong key, or (for a
    session already open) a database re-keyed by another process since (``rekey``)."""
    return isinstance(error, exc.DatabaseError) and (
        isinstance(error.orig, sqlite3.DatabaseError) or "not a database" in str(error.orig))


def check_key(engine: Engine, path: Path) -> None:
    """Raise ``DatabaseUnreadable`` unless the engine's key opens the file."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except exc.DatabaseError as error:
        if key_does_not_fit(error):
            raise DatabaseUnreadable(
                f"{path} is not a Checkpoint database or does not match its key file.") from None
        raise


def alembic_config() -> Config:
    """Alembic's configuration for the device schema (the ledger hands over the connection
    as ``config.attributes["connection"]``; ``checkpoint.migrations.new`` and the old-database
    maker use it too)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest schema revision this build knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine) -> bool:
    """Bring the schema to this build's head; True when something was migrated."""
    with engine.begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current == head_revision():
            return False
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True


def rekey(engine: Engine, new_key: bytes) -> None:
    """Re-encrypt the whole database under ``new_key``, in one transaction.

    In WAL mode SQLCipher writes every page, under the new key, into the WAL and commits them
    at once: a crash before that commit leaves the database under the old key, one after it
    under the new key, never a mix. The WAL is checkpointed before (so no frame under the old
    key is left to replay) and after (so the main file itself is under the new key). Every
    connection the engine holds still has the old key: the engine is disposed, and the caller
    opens a new one with ``make_engine``.
    """
    engine.dispose()
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        connection.close()
        engine.dispose()
