"""The daily tally screen as a shift lead uses it: the numbers, closing a day, the sheet."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from checkpoint.closeout import close_day, closeout_for, hq_verdict
from checkpoint.demo import make_demo_data
from checkpoint.entries import PersonEntry
from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import open_ledger
from checkpoint.records import record_household, void_crossing
from checkpoint.search import CrossingFilter, search_crossings
from checkpoint.tally import Period, shift_tally, tally
from contract.bidi import shown
from contract.sheetwords import SheetLabels
from contract.tallyrules import BREAKDOWN_NAMES
from sync.client import SyncClient
from tests.support.controlroom import ControlRoom
from tests.support.pdf_words import pdf_text
from tests.support.sites import PASSWORDS, Site, copy_database
from ui.context import AppContext
from ui.operations import CollectionOp
from ui.tally_view import TallyView


def printed(context: AppContext) -> list[dict]:
    """The print audit entries, oldest first."""
    with context.ledger.reading() as session:
        rows = session.execute(text("SELECT actor, details FROM audit_entry "
                                    "WHERE action = 'print' ORDER BY seq")).all()
    return [{"actor": actor, **json.loads(details)} for actor, details in rows]


@pytest.fixture(scope="module")
def filled_site(tmp_path_factory: pytest.TempPathFactory, site_template: Path) -> Site:
    """The conftest's site with three days of records, the last of them today; filled once
    for the module, copied for each test."""
    path = tmp_path_factory.mktemp("tally-site") / "checkpoint.db"
    copy_database(site_template, path)
    admin = open_ledger(path, "admin", PASSWORDS["admin"])
    make_demo_data(admin, admin.today() - timedelta(days=2), 3, 60, seed=3)
    admin.close()
    return Site(path, dict(PASSWORDS))


@pytest.fixture
def site(filled_site: Site, tmp_path: Path) -> Site:
    """This test's own copy of the filled site (``sign_in`` opens it)."""
    copy = tmp_path / "checkpoint.db"
    shutil.copyfile(filled_site.path, copy)
    shutil.copyfile(keyfile_path(filled_site.path), keyfile_path(copy))
    return Site(copy, filled_site.passwords)


@pytest.fixture
def lead(sign_in: Callable[[str], AppContext]) -> AppContext:
    """A shift lead on the filled site."""
    return sign_in("lead")


@pytest.fixture
def view(qtbot: QtBot, lead: AppContext) -> Iterator[TallyView]:
    screen = TallyView(lead)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    yield screen
    if screen.printing.busy():  # never leave a sheet half-made behind the test
        qtbot.waitUntil(lambda: not screen.printing.busy(), timeout=20_000)


def refreshed(qtbot: QtBot, view: TallyView) -> None:
    """Refresh now and wait until the tally read on the reader is showing."""
    with qtbot.waitSignal(view.sig_refreshed, timeout=10_000):
        view.refresh()


def show_day(qtbot: QtBot, view: TallyView, day: date) -> None:
    view.kind.setCurrentIndex(view.kind.findData("day"))
    view.from_date.set_day(day)
    refreshed(qtbot, view)


def test_numbers_match_the_core_for_a_day_a_range_and_a_shift(
        qtbot: QtBot, view: TallyView, lead: AppContext, qtmodeltester) -> None:
    today = lead.ledger.today()
    first = today - timedelta(days=2)
    show_day(qtbot, view, first)
    expected = tally(lead.ledger, first)
    assert expected["total"] == 60
    for key in BREAKDOWN_NAMES:
        assert view.models[key].counts() == {k: n for k, n in expected[key].items() if n}
        qtmodeltester.check(view.models[key])
    assert f"{expected['total']}" in view.total_label.text()
    assert f"{expected['households']}" in view.households_label.text()
    assert dict(view.chart.bars) == {
        row.label: row.count for row in view.models["by_origin_province"].rows}

    view.kind.setCurrentIndex(view.kind.findData("range"))
    view.to_date.set_day(today)
    refreshed(qtbot, view)
    whole = tally(lead.ledger, first, today)
    assert view.models["by_origin_province"].counts() == whole["by_origin_province"]
    assert str(whole["total"]) in view.total_label.text()
    assert not view.close_button.isEnabled()  # a range cannot be closed
    assert "one day" in view.close_button.toolTip()

    view.kind.setCurrentIndex(view.kind.findData("shift"))
    view.from_date.set_day(first)
    view.shift.setCurrentIndex(0)  # 06:00-14:00
    refreshed(qtbot, view)
    morning = shift_tally(lead.ledger, first, time(6), time(14))
    assert 0 < morning["total"] < expected["total"]  # the demo day runs 06:00-18:00
    for key in BREAKDOWN_NAMES:
        assert view.models[key].counts() == {k: n for k, n in morning[key].items() if n}
    view.end_time.setTime(view.end_time.time().addSecs(3600))
    assert view.shift.currentData() is None  # edited times are "other times"


def test_close_day_asks_then_freezes_the_day(qtbot: QtBot, view: TallyView,
                                             lead: AppContext) -> None:
    day = lead.ledger.today() - timedelta(days=1)
    show_day(qtbot, view, day)
    frozen_numbers = tally(lead.ledger, day)
    assert view.close_button.isEnabled()
    assert "not closed" in view.closed_label.text()

    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.close_dialog is not None)  # its numbers read on the reader
    dialog = view.close_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.numbers["total"].text() == str(frozen_numbers["total"])
    assert dialog.numbers["households"].text() == str(frozen_numbers["households"])
    dialog.reject()  # second thoughts: nothing happens
    assert closeout_for(lead.ledger, day) is None

    view.close_dialog = None
    view.close_button.setFocus()
    qtbot.keyClick(view.close_button, Qt.Key.Key_Space)  # the keyboard way
    qtbot.waitUntil(lambda: view.close_dialog is not None)
    dialog = view.close_dialog
    assert not dialog.warning.isVisible()  # yesterday is over: nothing more to say
    dialog.signed.clear()
    qtbot.keyClicks(dialog.signed, "Gul Khan")
    qtbot.keyClick(dialog.signed, Qt.Key.Key_Return)  # Enter is no way to close a day
    assert dialog.isVisible() and closeout_for(lead.ledger, day) is None
    with qtbot.waitSignal(view.sig_day_closed, timeout=10_000):
        qtbot.keyClick(dialog.signed, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    closed = closeout_for(lead.ledger, day)
    assert closed is not None and closed.signed_name == "Gul Khan"
    assert json.loads(closed.tally_json) == frozen_numbers
    assert closed.tally_hash in view.closed_label.text()
    assert not view.close_button.isEnabled()
    assert "already closed" in view.close_button.toolTip()


def test_refreshes_when_a_record_is_saved(qtbot: QtBot, view: TallyView,
                                          lead: AppContext) -> None:
    today = lead.ledger.today()
    show_day(qtbot, view, today)
    before = tally(lead.ledger, today)["total"]
    person = PersonEntry(full_name="Gul Agha", sex="M", age_years=40, origin_province="PK-SD")
    CollectionOp(view, lead, lambda ledger: record_household(ledger, [person])) \
        .run_in_background()
    qtbot.waitUntil(lambda: str(before + 1) in view.total_label.text(), timeout=10_000)
    assert view.models["by_origin_province"].counts()["PK-SD"] >= 1


@pytest.fixture
def direction(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app laid out left to right or right to left for one test (then restored)."""
    before = qapp.layoutDirection()
    if request.param == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield request.param
    qapp.setLayoutDirection(before)


def _closed_day_with_late_changes(context: AppContext) -> tuple[date, str]:
    """Close the first demo day, then void one of its records: a late amendment today."""
    ledger = context.ledger
    first = ledger.today() - timedelta(days=2)
    close_day(ledger, first, "Shift Lead <Khan> & Sons")
    row = search_crossings(ledger, CrossingFilter(date_from=first, date_to=first), limit=1)[0]
    void_crossing(ledger, row.uuid, "entered twice")
    return first, row.full_name


@pytest.mark.parametrize("direction", ["ltr", "rtl"], indirect=True)
def test_export_pdf_writes_the_whole_sheet_and_audits_it(
        qtbot: QtBot, direction: str, sign_in: Callable[[str], AppContext],
        tmp_path: Path) -> None:
    lead = sign_in("lead")
    today = lead.ledger.today()
    first, voided_name = _closed_day_with_late_changes(lead)
    screen = TallyView(lead)
    qtbot.addWidget(screen)
    screen.show()
    screen.kind.setCurrentIndex(screen.kind.findData("range"))
    screen.from_date.set_day(first)
    screen.to_date.set_day(today)
    refreshed(qtbot, screen)
    numbers = tally(lead.ledger, first, today)

    path = tmp_path / "sheet.pdf"
    steps: list[int] = []
    screen.progress.valueChanged.connect(steps.append)
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    dialog = screen.printing.file_dialog
    assert dialog is not None and dialog.isVisible()
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setText(str(path))  # typed whole (typing key by key pops the path completer up)
    with qtbot.waitSignal(screen.printing.sig_sheet_written, timeout=20_000) as written:
        qtbot.keyClick(name, Qt.Key.Key_Return)
    assert written.args == [str(path)]
    assert 3 in steps and not screen.progress.isVisible()  # shown while it ran, then gone

    words = pdf_text(path)
    labels = SheetLabels()
    for expected in ("Torkham", "TORKHAM", first.isoformat(), today.isoformat(), labels.totals,
                     labels.by_origin_province, labels.by_document_type, labels.by_check_result,
                     labels.by_sex, labels.by_age_band, labels.by_return_type,
                     labels.by_vulnerability, labels.amendments, labels.voided, voided_name,
                     "Shift Lead <Khan> & Sons", labels.closeouts, "lead", labels.signature):
        assert expected in words, expected
    kp = numbers["by_origin_province"]["PK-KP"]
    if direction == "ltr":
        assert f"{first} to {today}" in words
        assert f"Departures {numbers['total']} Households {numbers['households']}" in words
        assert f"Khyber Pakhtunkhwa {kp}" in words
        assert "Generated by lead" in words and "Shift lead Name Signature Date" in words
    else:  # mirrored: what starts a line on the left sheet ends it on the right one
        assert f"{numbers['households']} Households {numbers['total']} Departures" in words
        assert f"{kp} Khyber Pakhtunkhwa" in words
        assert "Shift lead Date Signature Name" in words
    assert printed(lead) == [{"actor": "lead", "kind": "pdf", "from": first.isoformat(),
                              "to": today.isoformat()}]


def test_cancel_stops_the_export_before_anything_is_written(
        qtbot: QtBot, view: TallyView, lead: AppContext, tmp_path: Path) -> None:
    gate = threading.Event()
    lead.tasks.submit(lambda _job: gate.wait(10))  # a long count still running, say
    view.export_pdf_to(str(tmp_path / "sheet.pdf"))
    assert view.progress.isVisible() and view.cancel_button.isVisible()
    assert not view.pdf_button.isEnabled()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not view.printing.busy(), timeout=20_000)
    assert not (tmp_path / "sheet.pdf").exists()
    assert printed(lead) == []
    assert view.pdf_button.isEnabled() and not view.cancel_button.isVisible()


def test_a_folder_that_cannot_be_written_is_said_plainly(
        qtbot: QtBot, view: TallyView, lead: AppContext, tmp_path: Path) -> None:
    view.export_pdf_to(str(tmp_path / "missing" / "sheet.pdf"))
    qtbot.waitUntil(lambda: not view.printing.busy() and view.message.isVisible(),
                    timeout=20_000)
    assert "could not be written" in view.message.text()
    assert "missing" in view.message.text()
    assert printed(lead) == []
    assert view.pdf_button.isEnabled()


def test_preview_shows_pages_and_closing_it_prints_nothing(
        qtbot: QtBot, view: TallyView, lead: AppContext) -> None:
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.printing.preview_dialog is not None
                    and view.printing.preview_dialog.isVisible(), timeout=20_000)
    pages = view.printing.preview_dialog.findChild(QPrintPreviewWidget)
    assert pages.pageCount() >= 1
    view.printing.preview_dialog.reject()
    assert printed(lead) == []


def test_printing_through_the_dialog_is_audited(qtbot: QtBot, view: TallyView,
                                                lead: AppContext, tmp_path: Path) -> None:
    show_day(qtbot, view, lead.ledger.today())
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    jobs = view.printing
    qtbot.waitUntil(lambda: jobs.print_dialog is not None and jobs.print_dialog.isVisible(),
                    timeout=20_000)
    # With no printer installed the dialog offers "print to file", as on a laptop at a desk.
    target = jobs.print_dialog.findChild(QLineEdit, "filename")
    target.setText(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(jobs.sig_printed, timeout=10_000) as done:
        jobs.print_dialog.accept()
    assert done.args == ["printer"]
    assert "Tally sheet" in pdf_text(tmp_path / "printed.pdf")
    today = lead.ledger.today().isoformat()
    assert printed(lead) == [{"actor": "lead", "kind": "printer", "from": today, "to": today}]


def test_printing_from_the_preview_goes_through_the_core(
        qtbot: QtBot, view: TallyView, lead: AppContext, tmp_path: Path) -> None:
    show_day(qtbot, view, lead.ledger.today())
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    jobs = view.printing
    qtbot.waitUntil(lambda: jobs.preview_dialog is not None
                    and jobs.preview_dialog.isVisible(), timeout=20_000)
    dialog = jobs.preview_dialog
    dialog.printer().setOutputFileName(str(tmp_path / "from-preview.pdf"))
    with qtbot.waitSignal(jobs.sig_printed, timeout=20_000) as done:
        dialog.findChild(QPrintPreviewWidget).print_()  # what the preview's Print button does
    dialog.reject()
    assert done.args == ["printer"]
    assert "Tally sheet" in pdf_text(tmp_path / "from-preview.pdf")
    today = lead.ledger.today().isoformat()
    assert printed(lead) == [{"actor": "lead", "kind": "printer", "from": today, "to": today}]


def test_a_clerk_is_refused_by_the_core_not_only_by_the_buttons(
        qtbot: QtBot, sign_in: Callable[[str], AppContext], tmp_path: Path) -> None:
    clerk = sign_in("clerk")
    screen = TallyView(clerk)
    qtbot.addWidget(screen)
    jobs = screen.printing
    day = Period.day(clerk.ledger.today())
    with qtbot.waitSignal(jobs.sig_failed, timeout=20_000) as refused:
        jobs.export_pdf(day, tmp_path / "sheet.pdf")
    assert refused.args == ["Your role does not allow this."]
    assert not (tmp_path / "sheet.pdf").exists()

    jobs.print(day)
    qtbot.waitUntil(lambda: jobs.print_dialog is not None and jobs.print_dialog.isVisible(),
                    timeout=20_000)
    jobs.print_dialog.findChild(QLineEdit, "filename").setText(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(jobs.sig_failed, timeout=20_000) as refused:
        jobs.print_dialog.accept()
    assert refused.args == ["Your role does not allow this."]
    assert not (tmp_path / "printed.pdf").exists()
    assert printed(clerk) == []


def test_roles_see_what_they_may_do(qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> None:
    clerk = TallyView(sign_in("clerk"))
    qtbot.addWidget(clerk)
    for button in (clerk.preview_button, clerk.print_button, clerk.pdf_button,
                   clerk.close_button):
        assert not button.isEnabled()
    assert "role" in clerk.pdf_button.toolTip()
    assert "role" in clerk.close_button.toolTip()
    assert "role does not allow tallies" in clerk.message.text()

    admin = TallyView(sign_in("admin"))
    qtbot.addWidget(admin)
    assert admin.pdf_button.isEnabled() and admin.close_button.isEnabled()
    assert not admin.message.isVisible()


def test_shift_crossing_midnight_counts_into_the_next_day(
        qtbot: QtBot, view: TallyView, lead: AppContext) -> None:
    ledger = lead.ledger
    day = ledger.today() - timedelta(days=5)
    late = datetime.combine(day + timedelta(days=1), time(2), ledger.settings.zone)
    record_household(ledger, [PersonEntry(full_name="Night Walker", sex="M", age_years=30,
                                          origin_province="PK-BA")], crossed_at=late)
    view.kind.setCurrentIndex(view.kind.findData("shift"))
    view.from_date.set_day(day)
    view.shift.setCurrentIndex(2)  # 22:00-06:00
    refreshed(qtbot, view)
    assert view.models["by_origin_province"].counts() == {"PK-BA": 1}
    assert shown(view.closed_label.text()) == "Days closed in this period: 0 of 2."


def test_keyboard_reaches_everything_in_order(qtbot: QtBot, view: TallyView,
                                              lead: AppContext) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    show_day(qtbot, view, lead.ledger.today())
    view.kind.setFocus()
    reached: list[str] = []
    for _ in range(12):
        focused = QApplication.focusWidget()
        # A date edit's focus sits in its inner line edit: name the edit itself. Tab walks
        # through its year, month and day first, as Qt's date edits do.
        name = focused.objectName() or focused.parent().objectName()
        if not reached or reached[-1] != name:
            reached.append(name)
        if name == "close_day":
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert reached == ["tally_kind", "tally_from", "tally_preview", "tally_print", "tally_pdf",
                       "close_day"]
    with qtbot.waitSignal(view.close_button.clicked):  # Space acts on the focused button
        qtbot.keyClick(view.close_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.close_dialog is not None)
    view.close_dialog.reject()


def test_a_close_out_whose_tally_hash_hq_found_wrong_shows_not_reconciled(
        qtbot: QtBot, tmp_path: Path, view: TallyView, lead: AppContext,
        sign_in: Callable[[str], AppContext]) -> None:
    honest, tampered = lead.ledger.today() - timedelta(days=2), lead.ledger.today() - timedelta(
        days=1)
    close_day(lead.ledger, honest, "Gul Khan")
    close_day(lead.ledger, tampered, "Gul Khan")
    # The frozen tally edited behind the app's back: the signed hash no longer covers it.
    with lead.ledger.writing() as session:
        session.execute(text("UPDATE day_closeout SET tally_json = replace(tally_json, :was, "
                             ":now) WHERE day = :day"),
                        {"was": '"total":', "now": '"total":1', "day": tampered})
    show_day(qtbot, view, tampered)
    assert "HQ has not compared this close-out yet." in view.closed_label.text()

    admin = sign_in("admin")
    with ControlRoom(f"sqlite:///{tmp_path / 'hq.db'}") as hq:
        client = SyncClient(admin.ledger)
        client.enroll(hq.base_url, hq.enrollment_code("TORKHAM"))
        assert client.sync_once().ok
    show_day(qtbot, view, tampered)
    wrong = view.closed_label.text()
    show_day(qtbot, view, honest)
    right = view.closed_label.text()

    assert "HQ: not reconciled: the frozen tally does not match its hash at HQ" in wrong
    assert "HQ: reconciled." in right
    verdict = hq_verdict(closeout_for(lead.ledger, tampered))  # type: ignore[arg-type]
    assert (verdict.state, verdict.reconciled) == ("tally_hash_wrong", False)
