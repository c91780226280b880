"""Before Qt starts on Linux: are the system libraries its X11 (xcb) platform needs there?

Without them Qt prints a generic "could not load the Qt platform plugin" and aborts; a person
installing the app on a fresh Debian or Ubuntu needs the exact ``apt install`` line instead.
:data:`XCB_LIBRARIES` is the one list of those libraries and their Debian packages: the
README's Linux line says the same (a test holds the two together).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping
from pathlib import Path

# Every library Qt's xcb plugin (libqxcb.so, libQt6XcbQpa) and QtGui link to that a fresh
# Debian/Ubuntu may lack, found with readelf -d (NEEDED) and dpkg -S; libc, libstdc++, zlib and
# zstd are on every system and left out. Soname -> Debian package.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def install_command(libraries: Mapping[str, str] = XCB_LIBRARIES) -> str:
    """The ``apt install`` line for every package in ``libraries``, in the list's order."""
    return "sudo apt install " + " ".join(dict.fromkeys(libraries.values()))


def uses_xcb(platform: str | None = None, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether Qt will try its X11 platform: on Linux, with ``QT_QPA_PLATFORM`` unset (and an X
    display to use) or naming xcb."""
    if (platform or sys.platform) != "linux":
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        # "wayland;xcb" tries xcb only after Wayland fails: not worth refusing to start over.
        return chosen.split(";")[0].split(":")[0] == "xcb"
    # Qt picks Wayland first in a Wayland session (XDG_SESSION_TYPE), xcb otherwise.
    return bool(environ.get("DISPLAY")) and environ.get("XDG_SESSION_TYPE") != "wayland"


def _loads(soname: str) -> bool:
    # A library the PyInstaller bundle carries is found beside the app, not by the loader.
    bundled = getattr(sys, "_MEIPASS", None)
    candidates = [soname] + ([str(Path(bundled, soname))] if bundled else [])
    for candidate in candidates:
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    return False


def missing_packages(libraries: Mapping[str, str] = XCB_LIBRARIES) -> list[str]:
    """The Debian packages whose library cannot be loaded here, each named once."""
    return list(dict.fromkeys(package for soname, package in libraries.items()
                              if not _loads(soname)))


def xcb_problem(libraries: Mapping[str, str] = XCB_LIBRARIES,
                environ: Mapping[str, str] = os.environ) -> str | None:
    """What to tell the person starting the app when Qt's X11 platform cannot load, or None
    when it can (or will not be used)."""
    if not uses_xcb(environ=environ):
        return None
    missing = missing_packages(libraries)
    if not missing:
        return None
    # Said before Qt (and so any translation) can be loaded: in English, as the README says it.
    return (f"Checkpoint cannot open its window: this computer lacks system libraries "
            f"({', '.join(missing)}). Install them with:\n\n    {install_command(libraries)}\n")


def exit_unless_window_can_open(libraries: Mapping[str, str] = XCB_LIBRARIES,
                                environ: Mapping[str, str] = os.environ) -> None:
    """Print what to install and exit with status 1 when Qt's X11 platform cannot load: the
    first thing ``checkpoint`` does, before Qt prints its own, unhelpful message."""
    problem = xcb_problem(libraries, environ)
    if problem is not None:
        print(problem, file=sys.stderr)
        raise SystemExit(1)
