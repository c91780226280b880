"""The translation files: ``checkpoint_<language>.ts`` (the source translators edit) and the
Qt tools that turn them into the ``.qm`` files the app loads.

Qt-free on purpose: the tools are found as files inside the installed PySide6 package (it ships
``lrelease`` and ``lupdate`` beside its libraries), so this module runs without importing Qt.
``python -m resources.translations`` is the command line (see ``docs/translations.md``).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from resources import resource_path

TS_PREFIX = "checkpoint_"


def ts_folder() -> Path:
    """The folder holding the ``.ts`` files (the source tree, the bundle or the override)."""
    return resource_path("translations")


def ts_files(folder: Path | None = None) -> dict[str, Path]:
    """Language code → its ``.ts`` file, for every ``checkpoint_<language>.ts`` in the folder."""
    found = sorted((folder or ts_folder()).glob(f"{TS_PREFIX}*.ts"))
    return {path.stem.removeprefix(TS_PREFIX): path for path in found}


def qm_name(language: str) -> str:
    """The file name of a language's compiled translation."""
    return f"{TS_PREFIX}{language}.qm"


def qt_tool(name: str) -> Path:
    """Path of one of PySide6's bundled Qt tools (``lrelease``, ``lupdate``)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PySide6 is not installed, so Qt's translation tools are missing")
    folder = Path(next(iter(spec.submodule_search_locations)))
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"Qt's {name} is not in {folder}")


def release(ts: Path, qm: Path) -> None:
    """Compile one ``.ts`` into a ``.qm`` with ``lrelease`` (unfinished entries are left out,
    so the app shows English for them). Raises ``CalledProcessError`` naming lrelease's output."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, text=True)


def is_bundled() -> bool:
    """True inside the PyInstaller build, whose translations folder holds ready ``.qm`` files."""
    return bool(getattr(sys, "frozen", False))
