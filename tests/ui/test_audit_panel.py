"""The IT officer reads the audit log: newest first, filtered from the keyboard, with the
chain's verification shown, and a broken chain said plainly."""

from __future__ import annotations

from collections.abc import Callable

import jdatetime
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from checkpoint.database import make_engine
from checkpoint.entries import PersonEntry
from checkpoint.keyslots import KeySlots, keyfile_path
from checkpoint.ledger import open_ledger
from checkpoint.models import AuditEntry
from checkpoint.records import record_household
from checkpoint.users import set_full_name
from contract.bidi import shown
from tests.support.sites import Site
from ui.admin.admin_view import AdminView
from ui.admin.audit_panel import AuditPanel
from ui.context import AppContext


def _audit_tab(qtbot: QtBot, context: AppContext) -> AdminView:
    view = AdminView(context)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.sections.setFocus()
    # The last tab, reached from the keyboard.
    while view.sections.currentWidget() is not view.audit:
        qtbot.keyClick(view.sections, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    return view  # the caller keeps the window alive


def test_the_audit_log_newest_first_filtered_and_verified(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext], qtmodeltester) -> None:
    context = sign_in("admin")
    set_full_name(context.ledger, "clerk", "Gul Bibi")
    view = _audit_tab(qtbot, context)
    panel = view.audit
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)
    qtmodeltester.check(panel.model)
    seqs = [panel.model.line(row).seq for row in range(panel.model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)
    assert panel.model.index(0, 3).data() == "user_change"  # the newest entry on top
    assert "verified" in panel.chain.text() and f"{max(seqs)} entries" in panel.chain.text()

    panel.action.setFocus()
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000):
        qtbot.keyClicks(panel.action, "user_add")  # the list finds it as it is typed
    actions = {panel.model.index(row, 3).data() for row in range(panel.model.rowCount())}
    assert actions == {"user_add"}
    assert panel.model.rowCount() == 3  # lead, clerk, clerk2

    qtbot.keyClick(panel.action, Qt.Key.Key_Tab)
    qtbot.keyClick(panel.actor, Qt.Key.Key_Tab)
    assert panel.date_from.hasFocus()
    qtbot.keyClicks(panel.date_from, "2000-01-01")
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000):
        qtbot.keyClick(panel.date_from, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.date_to, "2000-01-31")
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000):
        qtbot.keyClick(panel.date_to, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 0  # nothing was done in January 2000
    panel.date_to.clear()
    qtbot.keyClicks(panel.date_to, "31.01.2000")
    qtbot.keyClick(panel.date_to, Qt.Key.Key_Return)
    assert "YYYY-MM-DD" in panel.note.text()

    # A Solar Hijri day means that day here as at the desk (not the Gregorian year 1405).
    panel.date_from.clear()
    panel.date_to.clear()
    today = jdatetime.date.fromgregorian(date=context.ledger.today())
    qtbot.keyClicks(panel.date_to, f"{today.year}/{today.month:02}/{today.day:02}")
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000):
        qtbot.keyClick(panel.date_to, Qt.Key.Key_Return)
    assert panel.model.rowCount() > 0  # everything done up to today


def test_a_broken_chain_is_shown_plainly(qtbot: QtBot, site: Site,
                                         sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("admin")
    with context.ledger.writing() as session:  # someone edits entry 2 behind the app's back
        entry = session.get(AuditEntry, 2)
        assert entry is not None
        entry.action = "nothing_happened"
    view = _audit_tab(qtbot, context)
    panel = view.audit
    qtbot.waitUntil(lambda: "broken" in panel.chain.text(), timeout=10_000)
    assert "entry 2" in shown(panel.chain.text()) and "changed after it was written" in \
        panel.chain.text()


def test_a_shift_lead_cannot_read_the_audit_log(qtbot: QtBot, site: Site,
                                                sign_in: Callable[[str], AppContext]) -> None:
    panel = AuditPanel(sign_in("lead"))
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.isEnabled() and "Only an IT admin" in panel.chain.text()
    assert panel.model.rowCount() == 0


def test_entries_deleted_behind_an_anchor_are_said_plainly(
        qtbot: QtBot, site: Site, sign_in: Callable[[str], AppContext]) -> None:
    clerk = open_ledger(site.path, "clerk", site.passwords["clerk"])
    record_household(clerk, [PersonEntry(full_name="Panel Person", sex="M", age_years=20,
                                         origin_province="PK-KP")])
    assert clerk.signer is not None  # the clerk signs with the key from their slot
    clerk.close()  # signing out leaves the clerk's anchor at the chain's end
    anchored = KeySlots.load(keyfile_path(site.path)).anchors["clerk"]["seq"]
    engine = make_engine(site.path, KeySlots.load(keyfile_path(site.path))
                         .unlock("clerk", site.passwords["clerk"]))
    with engine.begin() as connection:  # the clerk deletes their last entries
        connection.execute(text("DELETE FROM audit_entry WHERE seq > :k"), {"k": anchored - 3})
    engine.dispose()

    view = _audit_tab(qtbot, sign_in("admin"))
    panel = view.audit
    qtbot.waitUntil(lambda: "broken" in panel.chain.text(), timeout=10_000)

    said = panel.chain.text()
    # The deleted numbers were taken again by the admin's sign-in: whichever anchor is checked
    # first names the entry as missing or as rewritten.
    assert "'s anchor of " in said and "Call IT security" in said
    assert "entries were deleted." in said or "the log was rewritten." in said
