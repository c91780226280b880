"""Online backups: a consistent copy of the open database, still encrypted, with its key file."""

from __future__ import annotations

import shutil
from pathlib import Path

from checkpoint import audit
from checkpoint.errors import DatabaseExists
from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import Ledger
from checkpoint.permissions import Action


def backup(ledger: Ledger, target: Path) -> Path:
    """Write a backup of the database to ``target`` (and its key file beside it).

    ``VACUUM INTO`` reads one consistent snapshot while clerks keep recording, and writes it
    under the same SQLCipher key: the copy is as encrypted as the original, and opens with the
    same users' passwords through the copied key file. Returns the key file's path.
    """
    ledger.actor.require(Action.BACKUP)
    target = Path(target)
    target_keys = keyfile_path(target)
    if target.exists() or target_keys.exists():
        raise DatabaseExists(f"{target} already exists; choose a new file name for the backup.")
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = ledger.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None  # None only once the connection is closed
        # Outside any transaction: VACUUM cannot run inside one.
        driver.execute("VACUUM INTO ?", (str(target),))
    finally:
        raw.close()
    shutil.copyfile(keyfile_path(ledger.path), target_keys)
    with ledger.writing() as session:
        audit.append(session, ledger.actor.username, "backup", details={"file": target.name})
    return target_keys
