"""Background jobs run off the GUI thread and report back on it."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from checkpoint.errors import ValidationError
from ui.workers import Job, SerialWorker


@pytest.fixture
def worker() -> SerialWorker:
    serial = SerialWorker("test-worker")
    yield serial
    serial.stop(cancel=True)


def test_jobs_run_in_order_off_the_gui_thread(qtbot: QtBot, worker: SerialWorker) -> None:
    gui = threading.get_ident()
    ran_on, results, callbacks_on = [], [], []

    def call(value: int):
        def run(_job: Job) -> int:
            ran_on.append(threading.get_ident())
            return value
        return run

    def done(value: int) -> None:
        callbacks_on.append(threading.get_ident())
        results.append(value)

    for value in range(5):
        worker.submit(call(value), on_done=done)
    qtbot.waitUntil(lambda: len(results) == 5)
    assert results == [0, 1, 2, 3, 4]
    assert gui not in ran_on and callbacks_on == [gui] * 5


def test_failures_and_progress_come_back(qtbot: QtBot, worker: SerialWorker) -> None:
    failures, steps = [], []

    def failing(_job: Job) -> None:
        raise ValidationError("bad", field="full_name")

    def long_task(job: Job) -> str:
        for done in range(1, 4):
            job.progress(done, 3)
        return "finished"

    worker.submit(failing, on_failed=failures.append)
    finished = worker.submit(long_task, on_progress=lambda d, t: steps.append((d, t)))
    with qtbot.waitSignal(finished.sig_done) as signal:
        pass
    assert signal.args == ["finished"]
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert isinstance(failures[0], ValidationError) and failures[0].field == "full_name"


def test_stop_finishes_queued_saves(qtbot: QtBot) -> None:
    worker = SerialWorker("closing")
    saved: list[int] = []
    for value in range(20):
        worker.submit(lambda _job, value=value: saved.append(value))
    worker.stop()
    assert saved == list(range(20))
