"""Running core and sync calls off the GUI thread, and reporting back on it.

``SerialWorker`` owns one thread and runs jobs on it one after another. The app has one for
every database write (SQLite has one writer; queueing them keeps saves in the order they were
made, and an import, export or backup takes its turn like a save), one for the reads that
belong to an action, and one for slow tasks that only read or wait on HQ (the tally sheet,
large counts, enrollment). Each ``Job`` reports back through queued signals, so every callback
runs on the GUI thread, and carries progress and a cooperative cancel flag for long tasks.
Screens do not submit jobs themselves: they go through ``ui/operations.py``. A thread that is
neither the GUI nor the worker (the sync loop) hands its writes over with ``call``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Runnable(Protocol):
    def run(self) -> None: ...


class Job(QObject):
    """One call to run on a worker thread; its callbacks run on the GUI thread."""

    sig_done = Signal(object)
    """The call returned; carries its result."""
    sig_failed = Signal(object)
    """The call raised; carries the exception."""
    sig_progress = Signal(int, int)
    """Progress of a long task: (done, total); total 0 when unknown."""
    _sig_report = Signal(bool, object)

    def __init__(self, call: Callable[[Job], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self._cancelled = threading.Event()
        self.finished = False
        # Emitted on the worker thread, delivered here (GUI thread) through a queued connection.
        self._sig_report.connect(self._deliver)

    def cancel(self) -> None:
        """Ask a long task to stop at its next safe point (what it committed stays)."""
        self._cancelled.set()

    def should_stop(self) -> bool:
        """For the task: whether cancel was asked."""
        return self._cancelled.is_set()

    def progress(self, done: int, total: int = 0) -> None:
        """For the task: report progress (safe from the worker thread)."""
        self.sig_progress.emit(done, total)

    def run(self) -> None:
        """Run the call here (on the worker thread) and report the outcome."""
        try:
            result = self._call(self)
        except Exception as error:  # every failure is reported, none kills the worker
            if not hasattr(error, "code"):
                # Unexpected: keep the traceback for IT (it never holds personal data: the
                # core's messages name fields, not values typed into them).
                log.exception("background task failed: %s", type(error).__name__)
            self._sig_report.emit(False, error)
        else:
            self._sig_report.emit(True, result)

    @Slot(bool, object)
    def _deliver(self, ok: bool, payload: object) -> None:
        self.finished = True
        (self.sig_done if ok else self.sig_failed).emit(payload)


class _HandedOver:
    """A call from another worker thread; its outcome goes back through a future, never
    through the GUI thread (which may itself be waiting for that thread to end)."""

    def __init__(self, call: Callable[[], Any]) -> None:
        self.call = call
        self.future: Future[Any] = Future()

    def run(self) -> None:
        try:
            self.future.set_result(self.call())
        except BaseException as error:  # the caller re-raises it on its own thread
            self.future.set_exception(error)


class _Runner(QObject):
    @Slot(object)
    def run_job(self, job: _Runnable | None) -> None:
        if job is None:  # the last job of all: everything queued before it has run
            QThread.currentThread().quit()
        else:
            job.run()


class SerialWorker(QObject):
    """A thread that runs submitted jobs one at a time, in order."""

    _sig_submit = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._sig_submit.connect(self._runner.run_job)
        self._jobs: set[Job] = set()
        self._thread.start()

    def submit(self, call: Callable[[Job], Any], *,
               on_done: Callable[[Any], None] | None = None,
               on_failed: Callable[[Exception], None] | None = None,
               on_progress: Callable[[int, int], None] | None = None) -> Job:
        """Queue ``call(job)``; the callbacks run on the GUI thread when it ends."""
        job = Job(call)
        self._jobs.add(job)  # kept alive until it reports
        if on_done:
            job.sig_done.connect(on_done)
        if on_failed:
            job.sig_failed.connect(on_failed)
        if on_progress:
            job.sig_progress.connect(on_progress)
        job.sig_done.connect(lambda _result, job=job: self._jobs.discard(job))
        job.sig_failed.connect(lambda _error, job=job: self._jobs.discard(job))
        self._sig_submit.emit(job)
        return job

    def call(self, call: Callable[[], T]) -> T:
        """Run ``call()`` on this worker, in turn with the queued jobs, and wait for it.

        For a background thread only (the sync loop handing its writes to the writer): the
        GUI thread never waits, and the worker would wait for itself.
        """
        current, app = QThread.currentThread(), QCoreApplication.instance()
        if current is self._thread or (app is not None and current is app.thread()):
            raise RuntimeError("SerialWorker.call is for other background threads")
        if not self.running():
            raise RuntimeError(f"{self._thread.objectName()} has stopped")
        handed = _HandedOver(call)
        self._sig_submit.emit(handed)
        result: T = handed.future.result()
        return result

    def running(self) -> bool:
        """Whether the thread is up (false after ``stop``)."""
        return self._thread.isRunning()

    def busy(self) -> bool:
        """Whether jobs are queued or running."""
        return bool(self._jobs)

    def cancel_long_tasks(self) -> None:
        """Ask every queued or running long task to stop at its next safe point."""
        for job in list(self._jobs):
            job.cancel()

    def stop(self, *, cancel: bool = False) -> None:
        """Finish every queued job (asking long tasks to stop when ``cancel``) and join.

        Saves queued just before the window closed still reach the disk.
        """
        if not self._thread.isRunning():
            return
        if cancel:
            self.cancel_long_tasks()
        self._sig_submit.emit(None)
        self._thread.wait()
