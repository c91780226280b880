"""Files that hold personal data or keys are readable by their owner only (0600), whatever
the umask: the database and its WAL, key files, backups, exports, rejected rows, tally PDFs and
restore copies. Every such file is created through here, so no writer forgets.

A umask can only take permission bits away (and ``umask 000`` takes none), so the mode given
at creation is not enough on its own: each file is also set to 0600 explicitly.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import IO, Any

OWNER_ONLY = 0o600
# SQLite's companions of a database file; SQLite creates them with the database's own mode.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def _owner_only(fd: int, path: Path) -> None:
    if hasattr(os, "fchmod"):  # not on Windows before 3.13, where modes mean little anyway
        os.fchmod(fd, OWNER_ONLY)
    else:  # pragma: no cover - Windows
        os.chmod(path, OWNER_ONLY)


def open_private(path: Path, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """Open ``path`` for writing (``"w"`` or ``"wb"``), truncated, owner-only."""
    if mode not in ("w", "wb"):
        raise ValueError(f"open_private writes new content only, not mode {mode!r}")
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 OWNER_ONLY)
    try:
        _owner_only(fd, path)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def open_lock(path: Path) -> IO[bytes]:
    """Open (creating it empty if need be) a lock file, owner-only like everything beside it:
    it holds nothing, but a file others may open is a file others may lock."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), OWNER_ONLY)
    try:
        _owner_only(fd, path)
        return os.fdopen(fd, "r+b")
    except BaseException:
        os.close(fd)
        raise


def private_temp(target: Path, suffix: str = ".partial") -> tuple[int, Path]:
    """A new, uniquely named owner-only file beside ``target`` (to be renamed onto it):
    its open descriptor and path."""
    target = Path(target)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=suffix)
    try:
        _owner_only(fd, Path(name))
    except BaseException:
        os.close(fd)
        Path(name).unlink(missing_ok=True)
        raise
    return fd, Path(name)


def write_private(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path``, owner-only."""
    with open_private(path, "wb") as out:
        out.write(content)


def copy_private(source: Path, destination: Path) -> None:
    """Copy ``source``'s bytes to ``destination``, owner-only whatever ``source``'s mode."""
    with open(source, "rb") as given, open_private(destination, "wb") as out:
        shutil.copyfileobj(given, out)


def reserve_private(path: Path) -> None:
    """Create ``path`` empty and owner-only, for a library (SQLite) to write into; it must not
    exist yet. SQLite keeps an existing file's mode, and gives its WAL the database's mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    try:
        _owner_only(fd, Path(path))
    finally:
        os.close(fd)


def tighten_database(path: Path) -> None:
    """Make an existing database file and its companions owner-only (ones written before this
    rule, or restored); files this user does not own are left as they are."""
    for candidate in (Path(path), *(Path(f"{path}{end}") for end in SQLITE_COMPANIONS)):
        try:
            if candidate.exists() and candidate.stat().st_mode & 0o077:
                os.chmod(candidate, OWNER_ONLY)
        except PermissionError:
            pass
