"""SIGTERM (a checkpoint laptop shutting down) ends the real ``checkpoint`` program cleanly:
exit status 0, the session ended without saving half-typed forms, the database closed.

Each test runs the program as a process offscreen, as the bundle's smoke test does.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from checkpoint.ledger import open_ledger
from checkpoint.search import count_crossings
from tests.support.sites import Site

ROOT = Path(__file__).parents[2]
DESK = Path(__file__).with_name("quitting_desk.py")
SHOWN = "window shown after"


def _environment(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "tmp").mkdir()
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
            "XDG_STATE_HOME": str(tmp_path / "state"), "TMPDIR": str(tmp_path / "tmp")}


def _log(tmp_path: Path) -> str:
    path = tmp_path / "state" / "Checkpoint" / "log" / "checkpoint.log"
    return path.read_text() if path.exists() else ""


def _crossings(site: Site) -> int:
    ledger = open_ledger(site.path, "clerk", site.passwords["clerk"])
    try:
        return count_crossings(ledger)
    finally:
        ledger.close()


def test_sigterm_ends_the_demo_with_status_0_and_its_database_deleted(tmp_path: Path) -> None:
    app = subprocess.Popen([sys.executable, "-m", "ui.app", "--demo"], cwd=ROOT,
                           env=_environment(tmp_path), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120  # two weeks of demo crossings are made first
        while SHOWN not in _log(tmp_path):
            assert app.poll() is None, app.communicate()[1]
            assert time.monotonic() < deadline, "the sign-in window never showed"
            time.sleep(0.1)
        assert list((tmp_path / "tmp").glob("checkpoint-demo-*"))  # the demo database is there
        app.send_signal(signal.SIGTERM)
        _out, errors = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, errors
    assert "Traceback" not in errors
    assert "ending on signal SIGTERM" in _log(tmp_path)
    # The clean exit ran the app's own clean-up: the throw-away demo database is gone.
    assert not list((tmp_path / "tmp").glob("checkpoint-demo-*"))


def test_sigterm_while_typing_closes_the_session_without_saving_or_asking(
        site: Site, tmp_path: Path) -> None:
    before = _crossings(site)
    env = {**_environment(tmp_path), "CHECKPOINT_PASSWORD": site.passwords["clerk"]}
    # The desk exits 3 if any message box (such as "save what you typed?") shows.
    done = subprocess.run([sys.executable, str(DESK), str(site.path), "clerk", "sigterm"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "ending on signal SIGTERM" in _log(tmp_path)
    # Closed, not abandoned: SQLite folds and removes its write-ahead log on the last close.
    wal = site.path.with_name(site.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert _crossings(site) == before  # the half-typed person was not saved
