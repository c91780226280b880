"""The background sync loop on its own QThread (STYLE 9): never blocks the GUI, stops cleanly.

It runs ``sync.client.SyncClient.run`` (rounds on a timer, backoff after failures, for ever)
and reports each round through signals. "Sync now" wakes it; closing the window stops and
joins it. A ``401`` ends the loop until IT enrolls the device again. The loop reads on its own
thread but hands every write (answers, updates, the round's audit entry) to the app's one
database writer; the status read after a save runs on the reader, never on the GUI thread.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, QThread, Signal

from checkpoint import outbox
from checkpoint.ledger import Ledger
from checkpoint.reference import ReferenceState, reference_state
from checkpoint.settings import sync_settings
from sync.client import IDLE_INTERVAL, SyncClient, SyncReport
from ui.workers import SerialWorker


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar and the sync panel show."""

    state: str  # "syncing" | "online" | "offline" | "stopped" | "not_enrolled"
    pending: int
    rejected: int
    last_success: datetime | None
    error_code: str | None
    counts: dict[str, int]
    error_at: datetime | None = None  # when the round that ended with ``error_code`` ran
    sent: int = 0  # records HQ answered so far in the round under way
    lists: ReferenceState | None = None  # the copy of HQ's lists held (None: not read yet)


def read_status(ledger: Ledger, state: str, report: SyncReport | None = None) -> SyncStatus:
    """The sync status as stored in the ledger, with the state the loop is in."""
    settings = sync_settings(ledger)
    last = datetime.fromisoformat(settings.last_success) if settings.last_success else None
    if not settings.enrolled:
        state = "not_enrolled"
    error = report.error.code if report and report.error else settings.last_error
    error_at = datetime.fromisoformat(settings.last_attempt) \
        if error and settings.last_attempt else None
    return SyncStatus(state, sum(outbox.pending_counts(ledger).values()),
                      len(outbox.rejections(ledger)), last, error,
                      dict(report.counts) if report else {}, error_at,
                      lists=reference_state(ledger))


class _Loop(QThread):
    sig_round_started = Signal(int)
    """A round begins; carries how many records are pending."""
    sig_batch = Signal(int)
    """HQ answered a batch; carries how many records it answered so far this round."""
    sig_report = Signal(object)
    """A round ended; carries its ``SyncStatus``."""

    def __init__(self, ledger: Ledger, writer: SerialWorker, interval: float,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync")
        self.ledger = ledger
        self.writer = writer
        self.interval = interval
        self.stop_flag = threading.Event()
        self.wake = threading.Event()

    def run(self) -> None:
        client = SyncClient(self.ledger, write=self.writer.call,
                            on_batch=lambda report: self.sig_batch.emit(
                                sum(report.counts.values())))

        def report(result: SyncReport) -> None:
            state = "online" if result.error is None else (
                "stopped" if result.error.final else "offline")
            try:
                self.sig_report.emit(read_status(self.ledger, state, result))
            except Exception:  # the status read must never end the loop
                self.sig_report.emit(SyncStatus(state, 0, 0, None, "internal", {}))

        def started() -> None:
            try:  # a read on this thread: the progress needs the round's starting point
                pending = sum(outbox.pending_counts(self.ledger).values())
            except Exception:  # never end the loop over a count
                pending = -1
            self.sig_round_started.emit(pending)

        client.run(self.stop_flag, wake=self.wake, on_report=report, interval=self.interval,
                   on_round_start=started)


class SyncWorker(QObject):
    """Starts, wakes and stops the sync loop; re-emits its reports on the GUI thread."""

    sig_status = Signal(object)
    """The sync status changed; carries a ``SyncStatus``."""
    sig_not_enrolled = Signal()
    """"Sync now" was asked for on a device not enrolled with HQ: nothing can be sent."""

    def __init__(self, ledger: Ledger, reader: SerialWorker, writer: SerialWorker, *,
                 interval: float = IDLE_INTERVAL, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.reader = reader
        self.writer = writer
        self.interval = interval
        self._loop: _Loop | None = None
        self.last: SyncStatus | None = None
        self._asked = False  # "Sync now" is waiting to hear whether the device is enrolled
        self._round_pending = 0  # pending when the round under way began

    def start(self) -> None:
        """Start the loop if the device is enrolled (after enrolling, call again)."""
        if self._loop is not None and self._loop.isRunning():
            return
        self.reader.submit(lambda _job: read_status(self.ledger, "offline"),
                           on_done=self._start_if_enrolled)

    def _start_if_enrolled(self, status: SyncStatus) -> None:
        if (self._loop is not None and self._loop.isRunning()) or not self.writer.running():
            return  # started meanwhile, or the session closed while the status was read
        self._publish(status)
        asked, self._asked = self._asked, False
        if status.state == "not_enrolled":
            if asked:
                self.sig_not_enrolled.emit()
            return
        loop = _Loop(self.ledger, self.writer, self.interval)
        loop.sig_round_started.connect(self._round_started)
        loop.sig_batch.connect(self._batch_answered)
        loop.sig_report.connect(self._publish)
        self._loop = loop
        loop.start()

    def _round_started(self, pending: int) -> None:
        last = self.last or SyncStatus("offline", 0, 0, None, None, {})
        self._publish(replace(last, state="syncing", sent=0,
                              pending=pending if pending >= 0 else last.pending))
        self._round_pending = self.last.pending if self.last else 0

    def _batch_answered(self, sent: int) -> None:
        if self.last is None or self.last.state != "syncing":
            return  # the round's report came first
        self._publish(replace(self.last, sent=sent,
                              pending=max(0, self._round_pending - sent)))

    def _publish(self, status: SyncStatus) -> None:
        self.last = status
        self.sig_status.emit(status)

    def sync_now(self) -> None:
        """Run a round now (or start the loop, e.g. after enrolling)."""
        if self._loop is None or not self._loop.isRunning():
            self._asked = True
            self.start()
        else:
            self._loop.wake.set()

    def refresh(self) -> None:
        """Re-read pending counts (after a save) on the reader, without contacting HQ."""
        self.reader.submit(lambda _job: read_status(self.ledger, "offline"),
                           on_done=self._refreshed)

    def _refreshed(self, status: SyncStatus) -> None:
        # The loop's state may have moved on while the counts were read: keep the newest.
        state = self.last.state if self.last and status.state != "not_enrolled" \
            else status.state
        self._publish(replace(status, state=state))

    def stop(self) -> None:
        """Stop the loop and join its thread (a round in flight finishes first)."""
        loop, self._loop = self._loop, None
        if loop is not None:
            loop.stop_flag.set()
            loop.wake.set()
            loop.wait()
