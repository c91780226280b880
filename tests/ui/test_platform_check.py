"""The friendly message when Qt's X11 platform cannot load, and the README's Linux line.

The libraries are really loaded (ctypes) on this machine; a missing one is a library name no
system has, handed to the check as a parameter.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ui.platform_check import (
    XCB_LIBRARIES,
    exit_unless_window_can_open,
    install_command,
    missing_packages,
    uses_xcb,
    xcb_problem,
)

README = Path(__file__).parents[2] / "README.md"
ABSENT = {"libcheckpoint-absent.so.7": "libcheckpoint-absent7"}
X11 = {"DISPLAY": ":25"}


def _readme_install_line() -> str:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"^sudo apt install libxcb.*?(?<!\\)$", text, re.MULTILINE | re.DOTALL)
    assert found, "README has no 'sudo apt install libxcb...' line"
    return " ".join(found.group(0).replace("\\\n", " ").split())


def test_the_readme_lists_exactly_the_packages_the_check_knows() -> None:
    assert _readme_install_line() == install_command()


def test_every_package_in_the_list_is_named_once_and_libc_is_not_in_it() -> None:
    packages = list(XCB_LIBRARIES.values())
    assert len(packages) == len(set(packages))
    assert "libxcb-icccm4" in packages and "libxcb-keysyms1" in packages  # the two
    assert not any(p.startswith(("libc6", "libstdc++")) for p in packages)


def test_a_missing_library_is_named_with_the_line_that_installs_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    libraries = {**ABSENT, "libc.so.6": "libc6"}  # one missing, one every system has
    assert missing_packages(libraries) == ["libcheckpoint-absent7"]
    with pytest.raises(SystemExit) as exited:
        exit_unless_window_can_open(libraries, environ=X11)
    assert exited.value.code == 1
    said = capsys.readouterr().err
    assert "lacks system libraries (libcheckpoint-absent7)" in said
    assert "sudo apt install libcheckpoint-absent7 libc6" in said
    assert "Traceback" not in said and "qt.qpa" not in said


def test_nothing_is_said_when_every_library_loads() -> None:
    assert xcb_problem({"libc.so.6": "libc6"}, environ=X11) is None


def test_only_x11_is_checked(capsys: pytest.CaptureFixture[str]) -> None:
    # Offscreen (tests, CI) and Wayland sessions never load the xcb plugin: no refusal there.
    exit_unless_window_can_open(ABSENT, environ={"QT_QPA_PLATFORM": "offscreen", **X11})
    assert capsys.readouterr().err == ""
    assert not uses_xcb("linux", {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"})
    assert not uses_xcb("linux", {})  # no display: Qt says so itself
    assert not uses_xcb("win32", X11)
    assert uses_xcb("linux", {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"})
    assert uses_xcb("linux", {"QT_QPA_PLATFORM": "xcb"})
    assert uses_xcb("linux", {"QT_QPA_PLATFORM": "xcb:dpi=96"})
