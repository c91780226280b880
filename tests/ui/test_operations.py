"""One path per user action (``ui/operations.py``): reads that belong to an action never run on
the GUI thread, failures come back as messages and are never raised, and the one writer is the
only thread that writes. Threads are observed on the real engine (SQLAlchemy's cursor events),
never by replacing our own code."""

from __future__ import annotations

import csv
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from checkpoint.demo import make_demo_data
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.errors import NotFound, ValidationError
from checkpoint.records import get_crossing, record_household
from checkpoint.search import CrossingFilter, count_crossings
from tests.support.controlroom import ControlRoom
from ui.admin.admin_view import AdminView
from ui.context import AppContext
from ui.main_window import MainWindow, ScreenSpec
from ui.messages import error_text
from ui.operations import CollectionOp, QueryOp
from ui.tally_view import TallyView

from .test_entry import Desk, _por_holder, _warned, open_view, wait_saved

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN IMMEDIATE")


@dataclass(frozen=True)
class Statement:
    """One SQL statement the engine ran, and the thread that ran it."""

    thread: str
    sql: str

    @property
    def writes(self) -> bool:
        return self.sql.lstrip().upper().startswith(WRITES)


def _thread_name() -> str:
    if threading.current_thread() is threading.main_thread():
        return "gui"
    return QThread.currentThread().objectName() or threading.current_thread().name


@contextmanager
def statements(context: AppContext) -> Iterator[list[Statement]]:
    """Every statement run on the context's database while the block runs."""
    seen: list[Statement] = []
    lock = threading.Lock()

    def before(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        with lock:
            seen.append(Statement(_thread_name(), sql))

    engine = context.ledger.engine
    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)


def test_the_duplicate_check_at_save_reads_off_the_gui_thread(
        qtbot: QtBot, sign_in: Any) -> None:
    earlier = sign_in("clerk2")
    record_household(earlier.ledger, [PersonEntry(
        "Sher Khan Afridi", "M", "PK-KP", documents=(DocumentEntry("por", "PK-778899"),))])
    context = sign_in("clerk")
    view = open_view(qtbot, context)
    desk = Desk(qtbot)
    _por_holder(qtbot, desk, "PK-778899")
    with statements(context) as seen:
        desk.save()
        qtbot.waitUntil(lambda: _warned(view))
    checks = [s for s in seen if "document_check" in s.sql]
    assert checks, "the duplicate check read nothing"
    assert {s.thread for s in checks} == {"database-reader"}
    assert [s for s in seen if s.thread == "gui"] == []


def test_a_failed_op_comes_back_as_words_on_the_gui_thread_and_is_never_raised(
        qtbot: QtBot, sign_in: Any) -> None:
    context = sign_in("clerk")
    owner = QWidget()
    qtbot.addWidget(owner)

    # Without a failure callback the status bar says it, in the user's words.
    shown: list[object] = []
    with qtbot.waitSignal(context.sig_status, timeout=10_000) as status:
        QueryOp(owner, context, lambda ledger: get_crossing(ledger, str(uuid.uuid4()))) \
            .success(shown.append).run_in_background()
    assert status.args == [error_text(NotFound("gone", code="not_found"))]
    assert shown == []

    # A refused write reaches its failure callback on the GUI thread; nothing was saved and
    # no screen was told that records changed.
    failures: list[tuple[Exception, bool]] = []
    changed: list[None] = []
    context.sig_records_changed.connect(lambda: changed.append(None))
    job = CollectionOp(owner, context, lambda ledger: record_household(
        ledger, [PersonEntry("", "M", "PK-KP")])) \
        .failure(lambda error: failures.append(
            (error, threading.current_thread() is threading.main_thread()))) \
        .run_in_background()
    qtbot.waitUntil(lambda: job.finished and bool(failures), timeout=10_000)
    error, on_gui = failures[0]
    assert isinstance(error, ValidationError) and error.field == "full_name" and on_gui
    assert changed == []
    assert count_crossings(context.ledger, CrossingFilter()) == 0

    # An unexpected error is reported the same way, and the writer goes on with the next save.
    unexpected: list[Exception] = []

    def broken(_ledger: Any) -> None:
        raise RuntimeError("a bug")

    CollectionOp(owner, context, broken).failure(unexpected.append).run_in_background()
    saved: list[list[str]] = []
    CollectionOp(owner, context, lambda ledger: record_household(
        ledger, [PersonEntry("Gul Agha", "M", "PK-KP")])).success(saved.append) \
        .run_in_background()
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert isinstance(unexpected[0], RuntimeError)
    assert get_crossing(context.ledger, saved[0][0]).crossing.full_name == "Gul Agha"


def test_a_screen_closed_before_its_op_ends_is_not_called_back(
        qtbot: QtBot, sign_in: Any) -> None:
    context = sign_in("clerk")
    owner = QWidget()
    called: list[object] = []
    gate = threading.Event()
    job = QueryOp(owner, context, lambda ledger: gate.wait(10)).success(called.append) \
        .run_in_background()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    gate.set()
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)
    assert called == []


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[ControlRoom]:
    """The real control room on loopback, on a SQLite file."""
    with ControlRoom(f"sqlite:///{tmp_path / 'hq.db'}") as server:
        yield server


def _register(path: Path, people: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["date", "full_name", "sex", "age", "origin_province"])
        writer.writeheader()
        for n in range(people):
            writer.writerow({"date": "2025-03-01", "full_name": f"Person {n}", "sex": "F",
                             "age": "30", "origin_province": "KP"})
    return path


def test_the_writer_is_the_only_thread_that_writes(
        qtbot: QtBot, hq: ControlRoom, sign_in: Any, tmp_path: Path) -> None:
    context = sign_in("admin")
    make_demo_data(context.ledger, date(2025, 4, 1), 1, 12)
    window = MainWindow(context, [ScreenSpec(lambda: "Admin", AdminView)])
    qtbot.addWidget(window)
    window.show()
    admin = window.screens["admin"]
    assert isinstance(admin, AdminView)
    with statements(context) as seen:
        # Enrollment, then sync rounds on the sync thread: answers, updates, audit.
        panel = admin.sync
        admin.sections.setCurrentWidget(panel)
        panel.hq_url.setText(hq.base_url)
        panel.code.setText(hq.enrollment_code("TORKHAM"))
        qtbot.mouseClick(panel.enroll_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "online" in window.sync_label.text()
                        and "0 pending" in window.sync_label.text(), timeout=30_000)
        # An import from the data panel.
        data = admin.data
        admin.sections.setCurrentWidget(data)
        data.import_path.setText(str(_register(tmp_path / "register.csv", 5)))
        with qtbot.waitSignal(data.sig_imported, timeout=20_000):
            data.import_button.click()
        # A household saved at the desk, then synced too.
        view = open_view(qtbot, context)
        desk = Desk(qtbot)
        _por_holder(qtbot, desk, "PK-123456")
        desk.save()
        wait_saved(qtbot, view)
        context.sync.sync_now()
        qtbot.waitUntil(lambda: "online" in window.sync_label.text()
                        and "0 pending" in window.sync_label.text(), timeout=30_000)
        # The tally sheet exported as PDF: rendered on the long-task worker, audited.
        tally = TallyView(context)
        qtbot.addWidget(tally)
        with qtbot.waitSignal(tally.printing.sig_sheet_written, timeout=20_000):
            tally.export_pdf_to(str(tmp_path / "sheet.pdf"))
    assert (tmp_path / "sheet.pdf").stat().st_size > 0
    assert any("INSERT INTO audit_entry" in s.sql and s.thread == "database-writer"
               for s in seen)
    assert any(s.thread == "long-tasks" for s in seen)  # the sheet was read there
    writes = [s for s in seen if s.writes]
    assert any("synced_revision" in s.sql for s in writes)  # HQ's answers were applied
    assert any("INSERT INTO crossing" in s.sql for s in writes)
    assert {s.thread for s in writes} == {"database-writer"}
