"""Where the app keeps its data by default (platformdirs: the user's data folder)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Checkpoint"
DATABASE_NAME = "checkpoint.db"
DATABASE_ENV = "CHECKPOINT_DB"


def default_database_path() -> Path:
    """The database file in the app's data folder (the folder may not exist yet)."""
    return user_data_path(APP_NAME, appauthor=False) / DATABASE_NAME


def database_path(given: Path | None = None) -> Path:
    """The database both faces open: ``--db`` if given, else env ``CHECKPOINT_DB``, else the
    file in the app's data folder (DESIGN §7)."""
    if given is not None:
        return given
    from_env = os.environ.get(DATABASE_ENV)
    return Path(from_env) if from_env else default_database_path()
