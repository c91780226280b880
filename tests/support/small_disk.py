"""A real, small disk that a test can fill: a tmpfs mounted on a folder (needs root).

``small_disk`` (a fixture from ``tests.support.plugin``) gives a :class:`SmallDisk` mounted on a
fresh folder and unmounted after the test; without root, or where mounting is not allowed (a
container without ``CAP_SYS_ADMIN``), the test is skipped with that reason. A full disk is
made the way it happens at a checkpoint: a file grows until the disk refuses another byte.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

FILLER = ".filler"


class SmallDisk:
    """A tmpfs of ``size`` mounted on ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def free_bytes(self) -> int:
        """Bytes a file could still take."""
        stats = os.statvfs(self.path)
        return stats.f_bavail * stats.f_frsize

    def fill(self, *, leave: int = 0) -> None:
        """Take every byte but about ``leave`` with a filler file."""
        filler = self.path / FILLER
        with open(filler, "ab", buffering=0) as out:
            if self.free_bytes > leave:
                os.posix_fallocate(out.fileno(), out.tell(), self.free_bytes - leave)
            if leave:
                return
            try:  # the last partial block, byte by byte in the end
                for chunk in (4096, 1):
                    while True:
                        out.write(b"\0" * chunk)
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise

    def free(self) -> None:
        """Remove the filler: the disk has room again."""
        (self.path / FILLER).unlink(missing_ok=True)

    def files(self) -> list[str]:
        """The names on the disk, the filler left out."""
        return sorted(name for name in os.listdir(self.path) if name != FILLER)


def mounted_small_disk(path: Path, size: str = "16m") -> Iterator[SmallDisk]:
    """Mount a tmpfs of ``size`` on ``path`` for as long as the generator runs."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a full disk is made by mounting a small tmpfs, which needs root")
    if shutil.which("mount") is None:
        pytest.skip("no mount command to make a small disk with")
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()}")
    try:
        yield SmallDisk(path)
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)
