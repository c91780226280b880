"""The national picture and its exports (issue 10), on a control room fed by device batches,
on SQLite and PostgreSQL: the same numbers as ``controlroom tally --json``, late amendments and
unsettled days in plain sight, the CSV in the sheet's words, and who may export."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, text

from contract.sheetwords import SheetLabels
from sync.server.database import make_engine, reading
from sync.server.day_chart import day_chart_svg
from sync.server.errors import Forbidden, Malformed
from sync.server.picture import DayCount, NationalPicture, UnsettledDay, checkpoint_code
from sync.server.staff import desk
from sync.server.staff.roles import StaffActor, StaffRole
from sync.server.tally_csv import tally_csv
from tests.support.controlroom import ControlRoom
from tests.sync.payloads import (
    DAY,
    batch,
    closeout,
    crossing,
    new_uuid,
    post_batch,
    record,
    statuses,
)

NEXT_DAY = DAY + timedelta(days=1)
VIEWER = StaffActor("test-viewer", StaffRole.VIEWER)
SUPERVISOR = StaffActor("test-supervisor", StaffRole.SUPERVISOR)


@pytest.fixture
def engine(controlroom: ControlRoom) -> Iterator[Engine]:
    made = make_engine(controlroom.db_url)
    yield made
    made.dispose()


def _sync(hq: ControlRoom, checkpoint: str, records: list[dict[str, Any]]) -> None:
    device = hq.enroll(checkpoint)
    assert set(statuses(post_batch(hq, device, batch(device, records)))) == {"accepted"}


def _two_checkpoints_synced(hq: ControlRoom) -> None:
    """Torkham: 4 on DAY (a family of three), 2 on the next day, one voided; its DAY closed
    with 6 counted, so 2 records are still missing. Chaman: 3 on the next day, not closed,
    one of them entered late."""
    family = "6f1c1f2e-0000-4000-8000-000000000001"
    torkham = [crossing(household=family, sex="F", age=8), crossing(household=family, age=40),
               crossing(household=family, sex="F", age=70, province="PK-PB"),
               crossing(province="PK-SD", return_type="deported"),
               crossing(day=NEXT_DAY), crossing(day=NEXT_DAY, age=None),
               crossing(day=NEXT_DAY, voided=True)]
    _sync(hq, "TORKHAM", [record(c) for c in torkham]
          + [record(closeout("TORKHAM", DAY, total=6), kind="closeout")])
    chaman = [crossing("CHAMAN", day=NEXT_DAY, province="PK-BA"),
              crossing("CHAMAN", day=NEXT_DAY, documents=[]),
              crossing("CHAMAN", day=NEXT_DAY, late=True)]
    _sync(hq, "CHAMAN", [record(c) for c in chaman])


def _cli_tally(hq: ControlRoom, start: date, end: date, *more: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "sync.server.cli", "tally", "--db", hq.db_url, "--from",
         start.isoformat(), "--to", end.isoformat(), "--json", *more],
        capture_output=True, text=True, timeout=120, check=True)
    printed: dict[str, Any] = json.loads(done.stdout)
    return printed


def _picture(engine: Engine, start: date, end: date, checkpoint: str | None = None,
             actor: StaffActor = VIEWER) -> NationalPicture:
    with reading(engine) as session:
        return desk.national_picture(session, actor, start, end, checkpoint)


def test_the_picture_has_the_numbers_controlroom_tally_prints(
        controlroom: ControlRoom, engine: Engine) -> None:
    _two_checkpoints_synced(controlroom)

    picture = _picture(engine, DAY, NEXT_DAY)
    torkham = _picture(engine, DAY, NEXT_DAY, "TORKHAM")

    assert picture.tally == _cli_tally(controlroom, DAY, NEXT_DAY)
    assert torkham.tally == _cli_tally(controlroom, DAY, NEXT_DAY, "--checkpoint", "TORKHAM")
    assert (picture.tally["total"], picture.tally["households"]) == (9, 7)
    assert picture.tally["by_checkpoint"] == {"CHAMAN": 3, "TORKHAM": 6}
    assert picture.days == [DayCount(DAY, 4), DayCount(NEXT_DAY, 5)]
    assert torkham.days == [DayCount(DAY, 4), DayCount(NEXT_DAY, 2)]
    # A week around them: the days without crossings are there, at zero.
    week = _picture(engine, DAY - timedelta(days=2), DAY + timedelta(days=4))
    assert [line.departures for line in week.days] == [0, 0, 4, 5, 0, 0, 0]
    assert week.tally == _cli_tally(controlroom, DAY - timedelta(days=2),
                                    DAY + timedelta(days=4))


def test_late_amendments_and_unsettled_days_are_in_the_picture(
        controlroom: ControlRoom, engine: Engine) -> None:
    _two_checkpoints_synced(controlroom)

    picture = _picture(engine, DAY, NEXT_DAY)

    assert [(line.checkpoint, line.day, line.crossings) for line in picture.late] == [
        ("CHAMAN", NEXT_DAY, 1)]
    assert picture.late_crossings == 1
    assert picture.unsettled == [
        UnsettledDay("TORKHAM", DAY, departures=4, closed=True, frozen_total=6, missing=2),
        UnsettledDay("CHAMAN", NEXT_DAY, departures=3, closed=False),
        UnsettledDay("TORKHAM", NEXT_DAY, departures=2, closed=False)]
    # Torkham's missing records arrive: its closed day is settled and leaves the list.
    device = controlroom.enroll("TORKHAM")
    statuses(post_batch(controlroom, device, batch(device, [
        record(crossing()), record(crossing())])))
    settled = _picture(engine, DAY, DAY)
    assert settled.unsettled == []
    assert settled.tally["total"] == 6


def test_the_csv_has_the_pictures_numbers_in_the_sheets_words(
        controlroom: ControlRoom, engine: Engine) -> None:
    _two_checkpoints_synced(controlroom)
    with reading(engine) as session:
        picture = desk.tally_export(session, SUPERVISOR, DAY, NEXT_DAY)

    raw = tally_csv(picture)

    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    labels = SheetLabels()
    assert list(rows[0]) == [labels.period, labels.checkpoint, "Table", "Code", "Name",
                             labels.count]
    assert {(row[labels.period], row[labels.checkpoint]) for row in rows} == {
        ("2025-04-01 to 2025-04-02", "All checkpoints")}

    def table(heading: str) -> dict[str, int]:
        return {row["Code"]: int(row[labels.count]) for row in rows if row["Table"] == heading}

    def names(heading: str) -> dict[str, str]:
        return {row["Code"]: row["Name"] for row in rows if row["Table"] == heading}

    assert table(labels.totals) == {"total": 9, "households": 7}
    assert names(labels.totals) == {"total": "Departures", "households": "Households"}
    checkpoints = table("Departures by checkpoint")
    assert {code: n for code, n in checkpoints.items() if n} == {"CHAMAN": 3, "TORKHAM": 6}
    assert checkpoints["GHULAM_KHAN"] == 0  # a silent checkpoint is listed, at zero
    assert names("Departures by checkpoint")["TORKHAM"] == "Torkham"
    provinces = table(labels.by_origin_province)
    assert {code: n for code, n in provinces.items() if n} == picture.tally["by_origin_province"]
    assert names(labels.by_origin_province)["PK-KP"] == "Khyber Pakhtunkhwa"
    assert provinces["PK-GB"] == 0  # every province is listed, as on the sheet
    ages = names(labels.by_age_band)
    assert (ages["0-17"], ages["60+"], ages["unknown"]) == (
        "0 to 17 years", "60 years and over", "Not recorded")
    for key, heading in (("by_sex", labels.by_sex), ("by_age_band", labels.by_age_band),
                         ("by_return_type", labels.by_return_type)):
        assert sum(table(heading).values()) == 9, heading
        assert {c: n for c, n in table(heading).items() if n} == {
            c: n for c, n in picture.tally[key].items() if n}
    assert table("Departures by day") == {"2025-04-01": 4, "2025-04-02": 5}


def test_a_viewer_reads_the_picture_but_only_a_supervisor_exports_it(
        controlroom: ControlRoom, engine: Engine) -> None:
    _two_checkpoints_synced(controlroom)
    with reading(engine) as session:
        for role in (StaffRole.VIEWER, StaffRole.COMPLAINTS):
            actor = StaffActor(f"test-{role.value}", role)
            assert desk.national_picture(session, actor, DAY, DAY).tally["total"] == 4
            with pytest.raises(Forbidden, match="needs supervisor or above"):
                desk.tally_export(session, actor, DAY, DAY)
        for role in (StaffRole.SUPERVISOR, StaffRole.ADMIN):
            actor = StaffActor(f"test-{role.value}", role)
            assert desk.tally_export(session, actor, DAY, DAY).tally["total"] == 4
        first_time = StaffActor("test-new", StaffRole.ADMIN, must_change_password=True)
        with pytest.raises(Forbidden, match="Change your password first"):
            desk.national_picture(session, first_time, DAY, DAY)


def test_a_bad_range_or_checkpoint_is_refused_in_a_sentence(
        controlroom: ControlRoom, engine: Engine) -> None:
    with pytest.raises(Malformed, match=r"ends \(2025-04-01\) before it starts \(2025-04-02\)"):
        _picture(engine, NEXT_DAY, DAY)
    with pytest.raises(Malformed, match="longer than 366 days; ask for a year or less"):
        _picture(engine, DAY, DAY + timedelta(days=400))
    with pytest.raises(Malformed, match="unknown crossing point 'Peshawar'; expected one of: "
                                        "Torkham, Chaman"):
        checkpoint_code("Peshawar")
    assert (checkpoint_code(" ghulam khan "), checkpoint_code(""), checkpoint_code(None)) == (
        "GHULAM_KHAN", None, None)


def test_the_day_chart_is_an_svg_a_screen_reader_can_read() -> None:
    days = [DayCount(DAY + timedelta(days=i), n) for i, n in enumerate((4120, 0, 20073, 5435))]

    svg = ElementTree.fromstring(day_chart_svg(days, "Departures by day"))

    ns = "{http://www.w3.org/2000/svg}"
    assert svg.get("role") == "img"
    assert svg.findtext(f"{ns}title") == "Departures by day"
    assert svg.findtext(f"{ns}desc") == (
        "29,628 departures from 2025-04-01 to 2025-04-04, over 4 days. Busiest day "
        "2025-04-03 with 20,073; quietest 2025-04-02 with 0.")
    bars = svg.findall(f"{ns}rect")
    assert [bar.findtext(f"{ns}title") for bar in bars] == [
        "2025-04-01: 4,120 departures", "2025-04-02: 0 departures",
        "2025-04-03: 20,073 departures", "2025-04-04: 5,435 departures"]
    heights = [float(bar.get("height", "")) for bar in bars]
    assert heights[1] == 0 and heights[2] == max(heights)
    written = [text.text for text in svg.findall(f"{ns}text") if text.get("class") == "value"]
    assert written == ["4,120", "0", "20,073", "5,435"]
    assert ElementTree.fromstring(day_chart_svg([])).findtext(f"{ns}desc") == "No days."


def _from_each_crossing(engine: Engine) -> tuple[dict[tuple[str, str, str, str], int], int]:
    """The tally's keys per day and the households, counted afresh from every current crossing
    (what ``hq_day_tally`` and ``hq_household`` must always agree with)."""
    with engine.connect() as connection:
        keys = {(str(day), where, dimension, value): int(n)
                for day, where, dimension, value, n in connection.execute(text(
                    "SELECT local_day, checkpoint, dimension, value, sum(n) "
                    "FROM hq_crossing_count GROUP BY local_day, checkpoint, dimension, value"))}
        households = connection.execute(text(
            "SELECT count(*) FROM (SELECT household_uuid FROM hq_crossing GROUP BY "
            "household_uuid HAVING min(CASE WHEN voided THEN 1 ELSE 0 END) = 0 "
            "AND min(local_day) BETWEEN :start AND :end) AS living"),
            {"start": DAY, "end": NEXT_DAY}).scalar_one()
    return keys, int(households)


def test_the_days_sums_follow_every_correction_void_and_household_move(
        controlroom: ControlRoom, engine: Engine) -> None:
    device = controlroom.enroll("TORKHAM")
    family, other = new_uuid(), new_uuid()
    first = crossing(household=family)
    second = crossing(household=family, day=NEXT_DAY, sex="F")
    third = crossing(household=other)
    revisions = [
        [record(first), record(second), record(third)],
        # The first moves to the next day and province; the second to the other household;
        # the third is voided (its household has nobody left).
        [record({**first, "local_day": NEXT_DAY.isoformat(), "origin_province": "PK-PB"},
                revision=2),
         record({**second, "household_uuid": other}, revision=2),
         record({**third, "voided": True, "void_reason": "entered twice"}, revision=2)],
        # The void is undone, and the first comes back to its day.
        [record({**third, "voided": False}, revision=3), record(first, revision=3)],
    ]
    for records in revisions:
        statuses(post_batch(controlroom, device, batch(device, records)))

        keys, households = _from_each_crossing(engine)
        with engine.connect() as connection:
            summed = {(str(day), where, dimension, value): int(n)
                      for day, where, dimension, value, n in connection.execute(text(
                          "SELECT local_day, checkpoint, dimension, value, n "
                          "FROM hq_day_tally WHERE n <> 0"))}
        assert summed == keys
        assert _picture(engine, DAY, NEXT_DAY).tally["households"] == households
