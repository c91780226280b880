"""The languages the app offers and the compiled translations (``.qm``) it loads for them.

The ``.ts`` files are the only translations kept in git. In a source checkout the ``.qm`` are
compiled from them on first use into the user's cache folder, in a subfolder named after the
``.ts`` contents, so an edited ``.ts`` is never shadowed by an old ``.qm``; the PyInstaller build
ships ready ``.qm`` files beside the ``.ts`` instead (see ``docs/building.md``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QTranslator

from checkpoint.paths import APP_NAME
from resources.translations import is_bundled, qm_name, release, ts_files, ts_folder

log = logging.getLogger(__name__)

# Code → the language's own name, as a speaker looks for it in a list. English is the source
# language of every string, so it has no translation file.
LANGUAGES: dict[str, str] = {"en": "English", "ur": "اردو", "ps": "پښتو", "fa_AF": "دری"}

QM_CACHE_ENV = "CHECKPOINT_QM_CACHE"


def qm_folder() -> Path:
    """A folder holding ``checkpoint_<language>.qm`` for every ``.ts``, up to date with them."""
    if is_bundled():
        return ts_folder()
    sources = ts_files()
    digest = hashlib.sha256()
    for language, path in sources.items():
        digest.update(language.encode() + b"\0" + path.read_bytes())
    folder = _cache_root() / digest.hexdigest()[:16]
    if not all((folder / qm_name(language)).is_file() for language in sources):
        _compile_into(folder, sources)
    return folder


def load_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """The loaded translator of a language (parented to ``app``; the caller installs it), or
    None for English, an unknown code, or translations that cannot be built or read."""
    if language == "en" or language not in LANGUAGES:
        return None
    try:
        folder = qm_folder()
    except (OSError, subprocess.CalledProcessError) as error:
        # The app still works in English; the log says why (no personal data in it).
        log.warning("translations could not be built: %s", type(error).__name__)
        return None
    translator = QTranslator(app)
    if not translator.load(qm_name(language), str(folder)):
        log.warning("no translation loaded for %s", language)
        return None
    return translator


def _cache_root() -> Path:
    override = os.environ.get(QM_CACHE_ENV)
    return Path(override) if override else user_cache_path(APP_NAME, appauthor=False) / "qm"


def _compile_into(folder: Path, sources: dict[str, Path]) -> None:
    # Compile beside the target, then move it into place in one step: two app windows starting
    # at once (or parallel tests) never see a half-written folder.
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=folder.parent))
    try:
        for language, ts in sources.items():
            release(ts, staging / qm_name(language))
        try:
            staging.rename(folder)
        except OSError:
            if not folder.is_dir():  # not another process winning the race: a real failure
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _forget_old(folder.parent)


def _forget_old(root: Path) -> None:
    # Folders of earlier .ts versions are dead weight, but only once nobody can be loading from
    # them: another checkout of the app may share this cache with different .ts files.
    week_ago = time.time() - 7 * 24 * 3600
    for old in root.iterdir():
        if old.is_dir() and old.stat().st_mtime < week_ago:
            shutil.rmtree(old, ignore_errors=True)
