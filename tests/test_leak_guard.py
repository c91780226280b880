"""The leak guard (tests.support.leaks) fails a test that leaves a window or a thread behind,
and names it; a test that cleans up passes."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]

LEAKY_TESTS = '''
import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QLabel

stop = threading.Event()
kept = []


def test_leaves_a_thread_running():
    threading.Thread(target=stop.wait, name="forgotten-loop", daemon=True).start()


def test_leaves_a_window_open(qapp):
    window = QLabel("still here")
    window.setObjectName("forgotten-window")
    window.show()
    kept.append(window)


def test_leaves_a_qthread_running(qapp):
    thread = QThread()
    thread.setObjectName("forgotten-qthread")
    thread.start()
    kept.append(thread)


def test_cleans_up(qtbot):
    window = QLabel("closed by qtbot")
    qtbot.addWidget(window)
    window.show()
    worker = threading.Thread(target=lambda: None)
    worker.start()
    worker.join()
'''


def test_leaked_windows_and_threads_fail_the_test_by_name(
        pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    # The guard and pytest-qt (for qapp and qtbot) only: the other installed plugins would
    # cost seconds of imports and are not what this checks.
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makepyfile(test_leaky=LEAKY_TESTS)
    result = pytester.runpytest_subprocess("-p", "tests.support.leaks", "-p", "pytestqt.plugin",
                                           "-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, errors=3)
    result.stdout.fnmatch_lines_random([
        "*left behind after the test: thread 'forgotten-loop'*",
        "*left behind after the test: top-level window QLabel 'forgotten-window' (visible)*",
        "*left behind after the test: QThread QThread 'forgotten-qthread'*"])
