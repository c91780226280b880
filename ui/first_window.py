"""How long the app took to show its first window, logged once at INFO.

The CI's bundle smoke test waits for this line ("window shown after N ms") as its proof that
the built app really opened a window, and reports N. It names no person and no record.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWindow

log = logging.getLogger(__name__)

# The fallback start: the app imports this module early, before its windows' modules.
_IMPORTED = time.monotonic()


def seconds_since_start() -> float:
    """Seconds since this process started: on Linux from the kernel's record (so the
    interpreter's start and every import count), elsewhere since this module was imported."""
    if sys.platform == "linux":
        try:
            # Field 22 of /proc/self/stat, after the parenthesised command name: clock ticks
            # from boot to the process's start, on the clock CLOCK_BOOTTIME reads.
            fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
            started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
            return time.clock_gettime(time.CLOCK_BOOTTIME) - started
        except (OSError, ValueError, IndexError):
            pass
    return time.monotonic() - _IMPORTED


class FirstWindowClock(QObject):
    """Installed as an application event filter: logs when the first top-level window is
    exposed (drawn on screen, or offscreen), then takes itself out."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Expose and isinstance(watched, QWindow)
                and watched.isExposed()):
            log.info("window shown after %d ms", round(seconds_since_start() * 1000))
            parent = self.parent()
            if parent is not None:
                parent.removeEventFilter(self)
        return False
