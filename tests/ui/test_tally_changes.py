"""Issue 8, item 9: the tally adds up. Every single-valued breakdown sums to the total (a
"not recorded" row), the period's voids are listed, and a closed day shows its frozen, signed
numbers with each late amendment since, what it changed and how it moved the counts, on the
screen and on the printed sheet."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from checkpoint.closeout import close_day, closeout_for
from checkpoint.entries import PersonEntry
from checkpoint.records import correct_crossing, record_household, void_crossing
from checkpoint.tally import tally
from contract.bidi import shown
from tests.support.pdf_words import pdf_text
from ui.context import AppContext
from ui.tally_view import TallyView

SINGLE_VALUED = ("by_origin_province", "by_sex", "by_age_band", "by_return_type")


def person(name: str, **fields: object) -> PersonEntry:
    return PersonEntry(**{"full_name": name, "sex": "F", "age_years": 30,
                          "origin_province": "PK-KP", **fields})


@pytest.fixture
def lead(sign_in: Callable[[str], AppContext]) -> AppContext:
    """A shift lead with yesterday's household of three: one without a return type."""
    context = sign_in("lead")
    ledger = context.ledger
    day = ledger.today() - timedelta(days=1)
    record_household(ledger, [person("Amina", return_type="deported"),
                              person("Bibi Gul", return_type="deported"),
                              person("Zarmina")],
                     crossed_at=datetime.combine(day, time(10), ledger.settings.zone))
    return context


@pytest.fixture
def view(qtbot: QtBot, lead: AppContext) -> Iterator[TallyView]:
    screen = TallyView(lead)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    yield screen


def show_yesterday(qtbot: QtBot, view: TallyView) -> None:
    view.from_date.set_day(view.context.ledger.today() - timedelta(days=1))
    with qtbot.waitSignal(view.sig_refreshed, timeout=10_000):
        view.refresh()



def uuids_by_name(context: AppContext) -> dict[str, str]:
    with context.ledger.reading() as session:
        rows = session.execute(text("SELECT full_name, uuid FROM crossing")).all()
    return dict(rows)


def test_every_single_valued_breakdown_sums_to_the_total(qtbot: QtBot,
                                                         view: TallyView) -> None:
    show_yesterday(qtbot, view)
    assert "3" in shown(view.total_label.text())
    for key in SINGLE_VALUED:
        rows = view.models[key].rows
        assert sum(row.count for row in rows) == 3, key
        assert rows[-1].label == "Not recorded", key
    returns = {row.label: row.count for row in view.models["by_return_type"].rows}
    assert returns["Deported"] == 2 and returns["Not recorded"] == 1


def test_a_closed_day_shows_its_frozen_numbers_and_every_change_since(
        qtbot: QtBot, view: TallyView, lead: AppContext, tmp_path: Path) -> None:
    ledger = lead.ledger
    day = ledger.today() - timedelta(days=1)
    closed = close_day(ledger, day, "Gul Khan")
    people = uuids_by_name(lead)
    void_crossing(ledger, people["Amina"], "recorded twice at the desk")
    correct_crossing(ledger, people["Zarmina"], {"return_type": "voluntary"},
                     reason="asked again at the desk")
    assert tally(ledger, day)["total"] == 2  # what the counters say now

    show_yesterday(qtbot, view)
    frozen = json.loads(closed.tally_json)
    # The signed numbers, not today's: 3 departures, one return type not recorded.
    assert f"Departures: {frozen['total']}" == shown(view.total_label.text())
    assert {row.code: row.count for row in view.models["by_return_type"].rows} == {
        "voluntary": 0, "deported": 2, "assisted": 0, "unknown": 1}
    header = shown(view.amendments_label.text())
    assert "Frozen numbers" in header and "Departures now, with the changes since: 2" in header
    assert "Late amendments since the close-out: 2." in header
    assert "amendment(s)" not in header

    changes = view.since_close
    assert view.change_boxes["since_close"].isVisibleTo(view)
    assert [shown(text) for text in changes.column_texts(1)] == ["Voided", "Corrected"]
    effects = [shown(text) for text in changes.column_texts(changes.EFFECT)]
    assert effects[0].startswith("Departures −1;") and "Return type: Deported −1" in effects[0]
    assert effects[1] == "Return type: Voluntary +1, Not recorded −1"
    assert shown(changes.column_texts(3)[1]) == "Return type"

    voids = view.voids
    assert voids.rowCount() == 1
    assert voids.column_texts(1) == ["Amina"] and voids.column_texts(2) == ["lead"]
    assert voids.column_texts(voids.REASON) == ["recorded twice at the desk"]

    path = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(view.printing.sig_sheet_written, timeout=20_000):
        view.export_pdf_to(str(path))
    words = pdf_text(path)
    for expected in ("Frozen at the close-out", "departures now: 2",
                     "Changes since the day was closed", "Departures −1",
                     "Return type: Voluntary +1, Not recorded −1",
                     "Voided records of this period", "recorded twice at the desk",
                     "Not recorded 1"):
        assert expected in words, expected
    assert closeout_for(ledger, day) is not None
