"""The leak guard, a pytest plugin (loaded by ``tests/conftest.py``): a test that leaves a
top-level window or a running thread behind fails, naming what it left.

Checked after the test's own fixtures are torn down, against what was there before it began
(so session- and module-wide servers and templates are not blamed on one test). Qt is looked at
only when the test process already has a ``QApplication``: a test without Qt never imports it.
The plugin imports nothing of ours, so it loads fast on its own (``-p tests.support.leaks``).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

# How long a thread told to stop may take to finish after teardown before it counts as leaked.
GRACE_SECONDS = 1.0


@dataclass(frozen=True)
class Snapshot:
    """Threads and Qt top-level widgets alive at one moment (by identity)."""

    threads: frozenset[int]
    windows: frozenset[int]
    qthreads: frozenset[int]


def _python_threads() -> list[threading.Thread]:
    # Dummy threads stand for threads Python did not start (Qt's): those are checked as QThreads.
    return [thread for thread in threading.enumerate()
            if thread is not threading.main_thread()
            and not isinstance(thread, threading._DummyThread)]


def _qt_application() -> object | None:
    widgets = sys.modules.get("PySide6.QtWidgets")
    return widgets.QApplication.instance() if widgets is not None else None


def _windows() -> list[object]:
    if _qt_application() is None:
        return []
    from PySide6.QtWidgets import QApplication

    return list(QApplication.topLevelWidgets())


def _running_qthreads() -> list[object]:
    if _qt_application() is None:
        return []
    from PySide6.QtCore import QThread
    from shiboken6 import Shiboken

    return [wrapper for wrapper in Shiboken.getAllValidWrappers()
            if isinstance(wrapper, QThread) and wrapper.isRunning()]


def snapshot() -> Snapshot:
    """What is alive now."""
    return Snapshot(frozenset(map(id, _python_threads())), frozenset(map(id, _windows())),
                    frozenset(map(id, _running_qthreads())))


def _flush_deleted_widgets() -> None:
    # Widgets closed with deleteLater() (as qtbot does) are gone only once the posted
    # DeferredDelete events are delivered; deliver them so only real leaks remain.
    # Qt's own tooltip window (shown on hover or by a warning) is hidden first: it is Qt's
    # transient, not a window the test made.
    if _qt_application() is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QToolTip

    QToolTip.hideText()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def leaked_since(before: Snapshot) -> list[str]:
    """Names of the threads and windows started since ``before`` and still alive."""
    deadline = time.monotonic() + GRACE_SECONDS
    threads = [t for t in _python_threads() if id(t) not in before.threads]
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    names = [f"thread {t.name!r} ({type(t).__name__})" for t in threads if t.is_alive()]
    qthreads = [t for t in _running_qthreads() if id(t) not in before.qthreads]
    for qthread in qthreads:
        qthread.wait(max(0, int((deadline - time.monotonic()) * 1000)))
    names += [f"QThread {t.metaObject().className()} {t.objectName()!r}" for t in qthreads
              if t.isRunning()]
    _flush_deleted_widgets()
    names += [f"top-level window {w.metaObject().className()} {w.objectName()!r}"
              f"{' (visible)' if w.isVisible() else ''}"
              for w in _windows() if id(w) not in before.windows]
    return names


@pytest.fixture(autouse=True)
def no_leaked_windows_or_threads() -> Iterator[None]:
    """Fail the test when it leaves a top-level window or a running thread behind."""
    before = snapshot()
    yield
    leaked = leaked_since(before)
    if leaked:
        pytest.fail("left behind after the test: " + "; ".join(leaked), pytrace=False)
