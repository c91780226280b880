"""The app's data files: code lists, report templates, demo people, translations.

Every file is found through :func:`resource_path`, which knows the source tree, the PyInstaller
bundle and the ``CHECKPOINT_RESOURCES`` override (a folder laid out like this one, e.g. a copy
with one more code in a list, so a code can be added without touching Python).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "CHECKPOINT_RESOURCES"


def resources_root() -> Path:
    """The folder the resources are read from, as it is now (the override is read each time)."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    # In a PyInstaller one-folder build the folder sits under ``sys._MEIPASS`` (``build.spec``
    # puts it there); otherwise it is this package.
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle, "resources") if bundle else Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of a file under the resources folder."""
    return resources_root().joinpath(*parts)
