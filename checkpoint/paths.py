"""Where the app keeps its data by default (platformdirs: the user's data folder)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Checkpoint"
DATABASE_NAME = "checkpoint.db"


def default_database_path() -> Path:
    """The database file in the app's data folder (the folder may not exist yet)."""
    return user_data_path(APP_NAME, appauthor=False) / DATABASE_NAME
