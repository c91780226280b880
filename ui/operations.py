"""One path per user action: the core call off the GUI thread, its outcome back on it.

Modelled on Anki's ``CollectionOp`` / ``QueryOp`` (``aqt/operations``). A screen builds an op
with the widget it belongs to and a function of the ledger, says what to do on success and on
failure, and starts it::

    CollectionOp(self, self.context, lambda ledger: void_crossing(ledger, uuid, reason)) \\
        .success(self._voided).failure(self._void_failed).run_in_background()

* ``CollectionOp`` writes: it runs on the context's one writer (SQLite has one writer, and
  queueing keeps saves in the order they were made); its success runs after the commit, and
  by default the views showing records are told to refresh.
* ``QueryOp`` reads: it runs on the context's reader, so a read that belongs to an action
  (the duplicate check at save, a tally, the status after a save) never holds up typing.
* ``TaskOp`` runs a long task with progress and a cancel flag on the given worker: the writer
  for what writes (import, export and backup, each audited), the long-tasks worker for what
  only reads or waits on HQ (the tally sheet, a large count, enrollment).

Callbacks run on the GUI thread, and not at all once the widget they belong to is gone (a
window closed while its save finished). A failure is never raised into Qt: it goes to the
``failure`` callback, or, without one, to the status bar in the user's words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from checkpoint.database import key_does_not_fit
from checkpoint.ledger import Ledger
from ui.context import AppContext
from ui.messages import error_text
from ui.workers import Job, SerialWorker

T = TypeVar("T")


class _Op(Generic[T]):
    """What the three ops share: a parent, callbacks, and the guarded report back.

    Nobody needs to keep the op: the queued job holds the call, and the call holds the op.
    """

    def __init__(self, parent: QObject, context: AppContext) -> None:
        self._parent = parent
        self._context = context
        self._on_success: Callable[[T], Any] | None = None
        self._on_failure: Callable[[Exception], Any] | None = None

    def success(self, callback: Callable[[T], Any]) -> Self:
        """Run ``callback(result)`` on the GUI thread when the call returned."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], Any]) -> Self:
        """Run ``callback(error)`` on the GUI thread when the call raised."""
        self._on_failure = callback
        return self

    def _parent_alive(self) -> bool:
        return shiboken6.isValid(self._parent)

    def _succeeded(self, result: T) -> None:
        if self._on_success is not None and self._parent_alive():
            self._on_success(result)

    def _failed(self, error: Exception) -> None:
        if key_does_not_fit(error) and self._context.is_open:
            self._context.key_changed()  # signs out: no screen can read any more
            return
        if not self._parent_alive():
            return
        if self._on_failure is not None:
            self._on_failure(error)
        elif self._context.is_open:
            self._context.sig_status.emit(error_text(error))


class CollectionOp(_Op[T]):
    """A write: runs on the one database writer; success comes after the commit."""

    def __init__(self, parent: QObject, context: AppContext, op: Callable[[Ledger], T], *,
                 records_changed: bool = True) -> None:
        super().__init__(parent, context)
        self._op = op
        self._records_changed = records_changed

    def _succeeded(self, result: T) -> None:
        # The records changed whether or not the widget that asked is still there.
        if self._records_changed and self._context.is_open:
            self._context.sig_records_changed.emit()
        super()._succeeded(result)

    def run_in_background(self) -> Job:
        """Queue the write; the returned job is for tests and progress only."""
        ledger = self._context.ledger
        return self._context.writer.submit(lambda _job: self._op(ledger),
                                           on_done=self._succeeded, on_failed=self._failed)


class QueryOp(_Op[T]):
    """A read that belongs to an action: runs on the database reader, never on the GUI."""

    def __init__(self, parent: QObject, context: AppContext,
                 query: Callable[[Ledger], T]) -> None:
        super().__init__(parent, context)
        self._query = query

    def run_in_background(self) -> Job:
        """Queue the read."""
        ledger = self._context.ledger
        return self._context.reader.submit(lambda _job: self._query(ledger),
                                           on_done=self._succeeded, on_failed=self._failed)


class TaskOp(_Op[T]):
    """A long task with progress and cancel, on the worker its kind of work belongs to."""

    def __init__(self, parent: QObject, context: AppContext, worker: SerialWorker,
                 task: Callable[[Ledger, Job], T]) -> None:
        super().__init__(parent, context)
        self._worker = worker
        self._task = task
        self._on_progress: Callable[[int, int], Any] | None = None

    def progress(self, callback: Callable[[int, int], Any]) -> Self:
        """Run ``callback(done, total)`` on the GUI thread as the task reports progress."""
        self._on_progress = callback
        return self

    def _progressed(self, done: int, total: int) -> None:
        if self._on_progress is not None and self._parent_alive():
            self._on_progress(done, total)

    def run_in_background(self) -> Job:
        """Queue the task; the returned job carries ``cancel()``."""
        ledger = self._context.ledger
        return self._worker.submit(lambda job: self._task(ledger, job),
                                   on_done=self._succeeded, on_failed=self._failed,
                                   on_progress=self._progressed)
