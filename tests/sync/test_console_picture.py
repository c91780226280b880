"""The national picture and the exports in a real browser (issue 10): a real device records
crossings, closes a day, voids one afterwards and syncs; staff read the numbers in Chromium,
with JavaScript on and off, and they are the numbers ``controlroom tally --json`` prints."""

from __future__ import annotations

import csv
import html
import io
import json
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from checkpoint.ledger import Ledger
from checkpoint.models import Crossing
from checkpoint.records import void_crossing
from contract.sheetwords import SheetLabels
from tests.support.controlroom import ControlRoom
from tests.support.devices import FIRST_DAY, enrolled, until_done

LAST_DAY = FIRST_DAY + timedelta(days=1)
RANGE = f"from={FIRST_DAY.isoformat()}&to={LAST_DAY.isoformat()}"
LABELS = SheetLabels()


@pytest.fixture
def synced(controlroom: ControlRoom, device: Ledger) -> Ledger:
    """Torkham's device: 60 crossings over two days, the first closed and synced, then one of
    its crossings voided (a late amendment: HQ's close-out misses a record) and synced."""
    client = enrolled(device, controlroom)
    until_done(client)
    with device.reading() as session:
        first = session.execute(select(Crossing.uuid).where(
            Crossing.local_day == FIRST_DAY).limit(1)).scalar_one()
    void_crossing(device, first, "entered twice")
    until_done(client)
    return device


def _cli_tally(hq: ControlRoom) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "sync.server.cli", "tally", "--db", hq.db_url, "--from",
         FIRST_DAY.isoformat(), "--to", LAST_DAY.isoformat(), "--json"],
        capture_output=True, text=True, timeout=120, check=True)
    printed: dict[str, Any] = json.loads(done.stdout)
    return printed


def _count(text: str) -> int:
    return int(text.strip().replace(",", ""))


def _read_picture(page: Any) -> dict[str, Any]:
    """What a reader sees on ``/``: the totals and every table's non-zero rows by code."""
    seen: dict[str, Any] = {"total": _count(page.locator("#total-departures").inner_text()),
                            "households": _count(page.locator("#total-households").inner_text())}
    for section in page.locator("section.breakdown").all():
        key = section.get_attribute("id")
        rows = {row.get_attribute("data-code"): _count(row.locator("td.num").inner_text())
                for row in section.locator("tbody tr").all()}
        seen[key] = {code: n for code, n in rows.items() if n}
    return seen


def _as_page_shows(tally: dict[str, Any]) -> dict[str, Any]:
    keys = ("by_checkpoint", "by_origin_province", "by_document_type", "by_check_result",
            "by_sex", "by_age_band", "by_return_type", "by_vulnerability",
            "by_warning_overridden")
    return {"total": tally["total"], "households": tally["households"],
            **{key: {code: n for code, n in tally[key].items() if n} for key in keys}}


Shot = Callable[[Any, str], Path]


def test_a_viewer_reads_the_national_picture_a_device_synced(
        controlroom: ControlRoom, synced: Ledger, console_page: Callable[..., Any],
        screenshot: Shot) -> None:
    page = console_page(controlroom, "viewer")

    page.goto(f"{controlroom.base_url}/?{RANGE}")

    expected = _cli_tally(controlroom)
    assert _read_picture(page) == _as_page_shows(expected)
    assert expected["total"] == 59  # 60 recorded, one voided after its day was closed
    unsettled = page.locator("#unsettled tbody tr")
    assert unsettled.count() == 2
    assert "1 missing" in unsettled.nth(0).inner_text()
    assert "Not closed" in unsettled.nth(1).inner_text()
    late = page.locator("#late tbody tr")
    assert late.count() == 1
    assert late.nth(0).inner_text().split() == [FIRST_DAY.isoformat(), "TORKHAM", "1"]
    chart = page.locator("svg.day-chart")
    assert chart.locator("rect.bar").count() == 2
    described = chart.locator("desc").text_content() or ""
    assert "59 departures from 2025-04-01 to 2025-04-02" in described
    # A viewer may read but not export: no export links are offered.
    assert page.locator("a[href^='/exports/']").count() == 0
    screenshot(page, "picture-1366")
    page.set_viewport_size({"width": 375, "height": 812})
    screenshot(page, "picture-375")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    missing = page.locator("#unsettled .flag").bounding_box()
    assert missing is not None and missing["x"] + missing["width"] <= 375  # read, not scrolled


def test_the_picture_reads_the_same_without_javascript(
        controlroom: ControlRoom, synced: Ledger, console_page: Callable[..., Any]) -> None:
    page = console_page(controlroom, "viewer", javascript=False)

    page.goto(f"{controlroom.base_url}/?{RANGE}&checkpoint=Torkham")

    assert _read_picture(page) == _as_page_shows(_cli_tally(controlroom))
    page.select_option("select[name=checkpoint]", "")
    page.fill("input[name=from]", FIRST_DAY.isoformat())
    page.fill("input[name=to]", FIRST_DAY.isoformat())
    page.click("form.filters button[type=submit]")
    assert page.url.endswith(f"/?from={FIRST_DAY}&to={FIRST_DAY}&checkpoint=")
    assert _count(page.locator("#total-departures").inner_text()) == 29


def test_a_supervisor_exports_the_range_as_csv_and_a_printed_a4_sheet(
        controlroom: ControlRoom, synced: Ledger, tmp_path: Path,
        console_page: Callable[..., Any], web_client: Callable[[ControlRoom, str], Any],
        screenshot: Shot) -> None:
    supervisor = web_client(controlroom, "supervisor")
    expected = _cli_tally(controlroom)

    answer = supervisor.get(f"/exports/tally.csv?{RANGE}")

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert 'filename="tally-ALL-2025-04-01-to-2025-04-02.csv"' in (
        answer.headers["content-disposition"])
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    totals = {row["Code"]: int(row[LABELS.count]) for row in rows
              if row["Table"] == LABELS.totals}
    assert totals == {"total": expected["total"], "households": expected["households"]}
    provinces = {row["Code"]: int(row[LABELS.count]) for row in rows
                 if row["Table"] == LABELS.by_origin_province and int(row[LABELS.count])}
    assert provinces == {code: n for code, n in expected["by_origin_province"].items() if n}

    page = console_page(controlroom, "supervisor")
    page.goto(f"{controlroom.base_url}/?{RANGE}")
    page.click("text=Printable A4 sheet")
    assert page.url.endswith(f"/exports/tally/print?{RANGE}")
    assert _count(page.locator("#print-departures").inner_text()) == expected["total"]
    pdf = tmp_path / "national-tally.pdf"
    pdf.write_bytes(page.pdf(prefer_css_page_size=True))  # bytes: see the screenshot fixture
    reader = PdfReader(str(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for words in (LABELS.title, LABELS.by_origin_province, "Khyber Pakhtunkhwa",
                  LABELS.households, "2025-04-01 to 2025-04-02", "All checkpoints"):
        assert words in text, words
    assert "Back to the national picture" not in text  # the screen's link is not printed
    shot = screenshot(page, "tally-print")
    # The PDF's pages as images next to the screenshots (tally-print-pdf-1.png ...), to look at.
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf),
                    str(shot.with_name("tally-print-pdf"))], check=True, timeout=60)


def test_only_a_supervisor_may_export(
        controlroom: ControlRoom, synced: Ledger,
        web_client: Callable[[ControlRoom, str], Any]) -> None:
    for role in ("viewer", "complaints"):
        client = web_client(controlroom, role)
        for path in (f"/exports/tally.csv?{RANGE}", f"/exports/tally/print?{RANGE}"):
            refused = client.get(path)
            assert refused.status_code == 403, path
            assert "supervisor" in refused.text
            assert "text/csv" not in refused.headers["content-type"]
        assert client.get(f"/?{RANGE}").status_code == 200


def test_a_bad_range_in_the_url_is_a_sentence_not_a_traceback(
        controlroom: ControlRoom, web_client: Callable[[ControlRoom, str], Any]) -> None:
    viewer = web_client(controlroom, "viewer")

    for query, sentence in (
            ("from=2025-04-02&to=2025-04-01", "ends (2025-04-01) before it starts"),
            ("from=1st+April", "is not a date; write it as YYYY-MM-DD"),
            ("from=2024-01-01&to=2025-06-30", "longer than 366 days"),
            ("checkpoint=Peshawar", "unknown crossing point 'Peshawar'")):
        answer = viewer.get(f"/?{query}")
        assert answer.status_code == 400, query
        assert sentence in html.unescape(answer.text), query
        assert "Traceback" not in answer.text
