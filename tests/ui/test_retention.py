"""The app purges old personal details by itself, whoever signs in, and shows purged records
sensibly (issue 9 "Not built yet: retention"): real windows on a real database that synced
with the real control room."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.errors import ValidationError
from checkpoint.ledger import open_ledger
from checkpoint.records import record_household
from checkpoint.retention import last_purge
from contract.bidi import shown
from contract.errors import ErrorCode
from sync.client import SyncClient
from tests.support.controlroom import ControlRoom
from tests.support.devices import until_done
from tests.support.sites import PASSWORDS, Site
from tests.support.windows import open_window
from ui.admin.data_panel import DataPanel
from ui.context import AppContext
from ui.crossings_model import UUID_ROLE, Column
from ui.messages import error_text
from ui.records_view import RecordsView

NAME = "Nazo Karimi"
OLD_AT = datetime(2025, 4, 3, 8, tzinfo=UTC)


@pytest.fixture
def old_synced(site: Site, tmp_path: Path) -> str:
    """The site with one old crossing the control room holds; its UUID."""
    admin = open_ledger(site.path, "admin", PASSWORDS["admin"])
    try:
        [uuid] = record_household(admin, [PersonEntry(
            full_name=NAME, father_name="Gul Karimi", sex="F", origin_province="PK-KP",
            birth_date=date(1980, 1, 1),
            documents=[DocumentEntry("por", "KA1112223", result="verified")])],
            crossed_at=OLD_AT)
        with ControlRoom(f"sqlite:///{tmp_path / 'hq.db'}") as hq:
            client = SyncClient(admin)
            client.enroll(hq.base_url, hq.enrollment_code("TORKHAM"))
            until_done(client)
    finally:
        admin.close()
    return uuid


def test_a_clerk_signing_in_runs_the_purge_and_the_list_says_purged(
        qtbot: QtBot, qtmodeltester: ModelTester, old_synced: str,
        sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    window = open_window(qtbot, context)  # signing in: the purge is due (it never ran)
    qtbot.waitUntil(lambda: last_purge(context.ledger) is not None)
    view = window.screens["records"]
    assert isinstance(view, RecordsView)
    window.tabs.setCurrentWidget(view)  # the clerk goes to Records
    model = view.model

    def purged_row() -> int | None:
        for row in range(model.rowCount()):
            if model.index(row, 0).data(UUID_ROLE) == old_synced:
                return row
        return None

    qtbot.waitUntil(lambda: purged_row() is not None
                    and model.index(purged_row(), Column.FULL_NAME).data() == "(purged)")
    row = purged_row()
    assert row is not None
    assert model.index(row, Column.FATHER_NAME).data() == ""
    assert model.index(row, Column.DOCUMENTS).data() == "PoR"  # the type stays, the number not
    assert model.index(row, Column.AGE).data() == "45"  # the age on the day, not the birth date
    assert "retention period" in model.index(row, Column.FULL_NAME).data(3)  # ToolTipRole
    assert window.status_message.text() == ""  # nothing failed: nothing to say
    qtmodeltester.check(model)  # a purged row is a well-formed row

    dialog = view.open_record(old_synced)
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert dialog.title.text() == "(purged)"
    assert "retention period" in dialog.state.text()
    assert not dialog.correct_button.isEnabled()
    assert dialog.correct_button.toolTip() == error_text(
        ValidationError("purged", code=ErrorCode.PURGED))


def test_the_it_admins_data_panel_says_when_the_purge_last_ran(
        qtbot: QtBot, old_synced: str, sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("admin")
    panel = DataPanel(context)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.purge_status.text() == "The purge has not run yet.")
    window = open_window(qtbot, context)
    assert window.purge_schedule.timer.isActive()  # and again within the hour
    qtbot.waitUntil(lambda: "1 purged" in shown(panel.purge_status.text()))
    assert "older than 365 days" in shown(panel.purge_status.text())
    assert "0 kept until the control room holds them" in shown(panel.purge_status.text())
