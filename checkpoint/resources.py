"""Finding files in ``resources/`` from the source tree and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``.

    In a PyInstaller one-folder build the folder sits under ``sys._MEIPASS`` (``build.spec`` puts
    it there); otherwise it is the ``resources`` package beside ``checkpoint``.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
