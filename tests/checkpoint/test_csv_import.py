"""Importing legacy registers and exporting crossings as CSV (DESIGN §7, §8), on real ledgers."""

from __future__ import annotations

import codecs
import csv
import io
import json
import random
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from checkpoint.csv_export import export_crossings
from checkpoint.csv_import import CHUNK_ROWS, import_register
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.errors import PermissionDenied, ValidationError
from checkpoint.ledger import Ledger, create_ledger, open_ledger
from checkpoint.models import AuditEntry
from checkpoint.records import (
    HouseholdEntry,
    existing_uuids,
    record_households,
    void_crossing,
)
from checkpoint.tally import tally
from contract.errors import ErrorCode
from tests.support.sites import Site

PASSWORD = "admin-pass-1"
FIRST_DAY, LAST_DAY = date(2025, 3, 1), date(2025, 3, 7)

# What a register writes -> what the tally counts it as (the test's own reading of §8).
PROVINCES = {"KPK": "PK-KP", "Khyber-Pakhtunkhwa": "PK-KP", "khyber pakhtunkhwa": "PK-KP",
             "ICT": "PK-IS", "islamabad": "PK-IS", "AJK": "PK-JK", "Azad Kashmir": "PK-JK",
             "GB": "PK-GB", "Punjab": "PK-PB", "sindh": "PK-SD"}
DOCUMENTS = {"POR": "por", "P.O.R": "por", "acc": "acc", "Passport": "passport",
             "tazkira": "tazkira", "none": None, "": None}
RESULTS = {"verified": "verified", "Expired": "expired", "suspected forgery": "suspected_forgery",
           "unreadable": "unreadable", "": None}
SEXES = {"M": "M", "f": "F", "Male": "M", "FEMALE": "F"}
RETURNS = {"voluntary": "voluntary", "Deported": "deported", "assisted": "assisted", "": None}
DESTINATIONS = ("Nangarhar", "Kabul", "AF-KNR", "laghman", "")
NAMES = ("Ahmad", "Gul", "Bibi", "Zarmina", "Mohammad", "Abdullah", "Fatima", "Nasrin", "Wali",
         "Shah", "Khan", "Noor", "Rahim", "Hamida")
# The register's own header words, upper-cased, some with spaces or hyphens, plus a column of
# its own that the import must ignore.
HEADER = {"date": "DATE", "time": "TIME", "full_name": "FULL NAME", "father_name": "FATHER_NAME",
          "sex": "SEX", "age": "AGE", "birth_date": "BIRTH-DATE",
          "origin_province": "ORIGIN-PROVINCE", "origin_district": "ORIGIN DISTRICT",
          "destination_province": "DESTINATION_PROVINCE", "document_type": "DOCUMENT TYPE",
          "document_number": "DOCUMENT_NUMBER", "check_result": "CHECK RESULT",
          "return_type": "RETURN TYPE", "household": "HOUSEHOLD", "remarks": "REMARKS",
          "serial": "SERIAL NO"}

# (column at fault, value written there): each makes one row unreadable.
BAD_VALUES = (("origin_province", "Kabulistan"), ("date", "31/02/2025"), ("age", "130"),
              ("age", "abc"), ("full_name", ""), ("sex", ""), ("sex", "X"),
              ("document_type", "driving licence"), ("check_result", "maybe"),
              ("time", "25:61"), ("destination_province", "Peshawar"),
              ("return_type", "tourist"), ("birth_date", "1990-13-01"))


@pytest.fixture
def ledger(site: Site) -> Iterator[Ledger]:
    """A Torkham database of this test's own, signed in as its IT admin."""
    opened = open_ledger(site.path, "admin", site.passwords["admin"])
    yield opened
    opened.close()


@pytest.fixture
def clerk(ledger: Ledger, site: Site) -> Iterator[Ledger]:
    """A clerk signed in to the same database."""
    opened = open_ledger(site.path, "clerk", site.passwords["clerk"])
    yield opened
    opened.close()


# -- the register the tests write ---------------------------------------------------------------

def _good_family(rng: random.Random, number: int) -> list[dict[str, str]]:
    day = FIRST_DAY + timedelta(days=rng.randrange(7))
    size = rng.choice((1, 1, 1, 2, 3, 4))
    household = f"H{number}" if size > 1 or rng.random() < 0.2 else ""
    time = rng.choice(("", f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"))
    origin, district = rng.choice(list(PROVINCES)), rng.choice(("Peshawar", "Quetta", ""))
    family = []
    for _ in range(size):
        document = rng.choice(list(DOCUMENTS))
        real = DOCUMENTS[document] is not None
        age, birth = "", ""
        kind = rng.randrange(3)
        if kind == 0:
            age = str(rng.randrange(0, 100))
        elif kind == 1:
            birth = (day - timedelta(days=rng.randrange(1, 36000))).isoformat()
            if rng.random() < 0.5:
                birth = date.fromisoformat(birth).strftime("%d/%m/%Y")
        family.append({
            "date": day.isoformat() if rng.random() < 0.5 else day.strftime("%d/%m/%Y"),
            "time": time, "full_name": f"{rng.choice(NAMES)} {rng.choice(NAMES)}",
            "father_name": rng.choice(NAMES), "sex": rng.choice(list(SEXES)), "age": age,
            "birth_date": birth, "origin_province": origin, "origin_district": district,
            "destination_province": rng.choice(DESTINATIONS),
            "document_type": document,
            "document_number": f"N{rng.randrange(10**6)}" if real and rng.random() < 0.7 else "",
            "check_result": (rng.choice(list(RESULTS)) if real
                             else rng.choice(("", "", "not presented"))),
            "return_type": rng.choice(list(RETURNS)), "household": household,
            "remarks": rng.choice(("", "", "travelling with goods", "ill, assisted")),
            "serial": str(rng.randrange(10**5))})
    return family


def _register(rng: random.Random, families: int) -> tuple[list[dict[str, str]],
                                                            list[tuple[int, str, str]]]:
    """Good rows from ``families`` families, with one bad row of each kind mixed in.

    Returns every row in file order and, for the bad ones, (index, column, value).
    """
    rows = [row for number in range(families) for row in _good_family(rng, number)]
    bad = []
    households = [row for row in rows if row["household"]]
    for column, value in BAD_VALUES:
        # A copy of a household member: the rest of that household must still import.
        row = dict(rng.choice(households), **{column: value}, serial="bad")
        if column == "birth_date":
            row["age"] = ""
        index = rng.randrange(len(rows) + 1)
        rows.insert(index, row)
        bad.append(row)
    # A number with no document type is refused rather than guessed at.
    orphan = dict(rng.choice(households), document_type="", document_number="X1",
                  check_result="", serial="bad")
    rows.insert(rng.randrange(len(rows) + 1), orphan)
    bad.append(orphan)
    columns = [*(c for c, _ in BAD_VALUES), "document_type"]
    values = [*(v for _, v in BAD_VALUES), ""]
    bad_at = [(next(i for i, row in enumerate(rows) if row is b), c, v)
              for b, c, v in zip(bad, columns, values, strict=True)]
    return rows, sorted(bad_at)


def _write(path: Path, rows: list[dict[str, str]], columns: list[str],
           names: dict[str, str] | None = None, *, bom: bool = True) -> list[int]:
    """Write the rows as CSV; returns each row's first physical line (the header is line 1)."""
    names = names or {}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([names.get(c, c) for c in columns])
    lines = []
    for row in rows:
        lines.append(out.getvalue().count("\n") + 1)
        writer.writerow([row.get(c, "") for c in columns])
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + out.getvalue().encode("utf-8"))
    return lines


def _parse_day(text: str) -> date:
    if "/" in text:
        d, m, y = text.split("/")
        return date(int(y), int(m), int(d))
    return date.fromisoformat(text)


def _age_band(row: dict[str, str]) -> str:
    if row["age"]:
        age = int(row["age"])
    elif row["birth_date"]:
        born, on = _parse_day(row["birth_date"]), _parse_day(row["date"])
        age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    else:
        return "unknown"
    return "0-17" if age < 18 else "18-59" if age < 60 else "60+"


def _expected_tally(good: list[dict[str, str]]) -> dict:
    """The tally of the good rows, counted here from what the test wrote."""
    counts: dict[str, Counter[str]] = {name: Counter() for name in (
        "by_origin_province", "by_document_type", "by_check_result", "by_sex", "by_age_band",
        "by_return_type")}
    households = set()
    for index, row in enumerate(good):
        day = _parse_day(row["date"])
        households.add((day, row["household"]) if row["household"] else index)
        counts["by_origin_province"][PROVINCES[row["origin_province"]]] += 1
        counts["by_document_type"][DOCUMENTS[row["document_type"]] or "none"] += 1
        result = RESULTS.get(row["check_result"], "not_presented")
        if result:
            counts["by_check_result"][result] += 1
        counts["by_sex"][SEXES[row["sex"]]] += 1
        counts["by_age_band"][_age_band(row)] += 1
        counts["by_return_type"][RETURNS[row["return_type"]] or "unknown"] += 1  # DESIGN §7
    result_object = {"checkpoint": "TORKHAM", "from": FIRST_DAY.isoformat(),
                     "to": LAST_DAY.isoformat(), "total": len(good),
                     "households": len(households), "by_vulnerability": {},
                     # A register's rows are never warned about (checkpoint.csv_import).
                     "by_warning_overridden": {}}
    for name, counter in counts.items():
        result_object[name] = dict(sorted(counter.items()))
    result_object["by_age_band"] = {band: counts["by_age_band"][band]
                                    for band in ("0-17", "18-59", "60+", "unknown")}
    return result_object


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


# -- the test ------------------------------------------------------------------------

def test_messy_register_imports_good_rows_and_rejects_bad_ones_by_line(ledger: Ledger,
                                                                      tmp_path: Path) -> None:
    rng = random.Random(20250301)
    rows, bad = _register(rng, families=150)
    columns = list(HEADER)
    rng.shuffle(columns)
    path = tmp_path / "register.csv"
    lines = _write(path, rows, columns, HEADER)
    bad_indexes = {index for index, _, _ in bad}
    good = [row for i, row in enumerate(rows) if i not in bad_indexes]
    assert len(good) > 250
    progress: list[tuple[int, int]] = []

    report = import_register(ledger, path, progress=lambda read, total: progress.append(
        (read, total)))

    assert report.accepted == len(good)
    assert report.already_present == 0
    assert not report.cancelled
    assert [r.line for r in report.rejected] == [lines[index] for index, _, _ in bad]
    for rejected, (_, column, value) in zip(report.rejected, bad, strict=True):
        assert rejected.reason.startswith(f"{column}: "), rejected
        assert repr(value) in rejected.reason if value else True, rejected
        assert rejected.column == column and rejected.code in ErrorCode, rejected
    assert progress[-1] == (len(rows), len(rows))
    assert tally(ledger, FIRST_DAY, LAST_DAY) == _expected_tally(good)

    # The rejected rows, as written, with their line and reason, for fixing in Excel.
    assert report.rejected_path == tmp_path / "register.csv.rejected.csv"
    assert report.rejected_path.read_bytes().startswith(codecs.BOM_UTF8)
    written = _read_csv(report.rejected_path)
    assert written[0] == ["line", "reason", *(HEADER[c] for c in columns)]
    assert written[1:] == [[str(lines[index]), rejected.reason,
                            *(rows[index][c] for c in columns)]
                           for (index, _, _), rejected in zip(bad, report.rejected, strict=True)]

    again = import_register(ledger, path)

    assert (again.accepted, again.already_present) == (0, len(good))
    assert again.rejected == report.rejected
    assert tally(ledger, FIRST_DAY, LAST_DAY) == _expected_tally(good)


def test_each_rejected_row_keeps_its_code_column_and_value(ledger: Ledger,
                                                          tmp_path: Path) -> None:
    rows = [{"date": "2025-03-01", "full_name": "Gul", "sex": "M", "origin_province": "KP",
             "age": "30", "time": ""} for _ in range(5)]
    rows[0]["origin_province"] = "Kabulistan"
    rows[1]["age"] = "130"
    rows[2]["date"] = "31/02/2025"
    rows[3]["time"] = "25:61"
    path = tmp_path / "register.csv"
    _write(path, rows, list(rows[0]), {})

    report = import_register(ledger, path)

    structured = [(r.line, r.code, r.column, r.params.get("value")) for r in report.rejected]
    assert structured == [(2, ErrorCode.UNKNOWN_PK_PROVINCE, "origin_province", "Kabulistan"),
                          (3, ErrorCode.AGE_OUT_OF_RANGE, "age", "130"),
                          (4, ErrorCode.INVALID_DATE, "date", "31/02/2025"),
                          (5, ErrorCode.INVALID_TIME, "time", "25:61")]
    # The English reason, for the command line and FILE.rejected.csv, is as before.
    assert report.rejected[1].reason == "age: '130' is not a whole number from 0 to 120"
    assert report.rejected[0].error.code == ErrorCode.UNKNOWN_PK_PROVINCE


def test_the_import_is_audited_by_counts_only(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    _write(path, [{"date": "2025-03-01", "full_name": "Zarmina Noor", "sex": "F",
                   "origin_province": "KP"},
                  {"date": "2025-03-01", "full_name": "Rahim Shah", "sex": "M",
                   "origin_province": "Kabulistan"}],
           ["date", "full_name", "sex", "origin_province"])

    import_register(ledger, path)

    with ledger.reading() as session:
        entries = session.execute(select(AuditEntry.details)
                                  .where(AuditEntry.action == "import")).scalars().all()
    assert [json.loads(details) for details in entries] == [
        {"file": "r.csv", "accepted": 1, "already_present": 0, "rejected": 1,
         "skipped_voided": 0, "cancelled": False}]


# -- whole-file problems ----------------------------------------------------------------------

def test_a_missing_required_column_refuses_the_whole_file(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    _write(path, [{"date": "2025-03-01", "full_name": "Ahmad Khan", "origin_province": "KP"}],
           ["Date", "Full Name", "origin province", "Age"])

    with pytest.raises(ValidationError) as raised:
        import_register(ledger, path)

    assert raised.value.code == "missing_columns"
    assert raised.value.field == "sex"
    assert "sex" in str(raised.value)
    assert tally(ledger, FIRST_DAY)["total"] == 0
    assert not (tmp_path / "register.csv.rejected.csv").exists()


def test_a_file_that_is_not_utf8_is_refused_naming_the_line(ledger: Ledger,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_bytes("date,full_name,sex,origin_province\n2025-03-01,Ahmad,M,KP\n"
                     "2025-03-01,Jos\u00e9,M,KP\n".encode("cp1252"))

    with pytest.raises(ValidationError, match="line 3") as raised:
        import_register(ledger, path)

    assert raised.value.code == "not_utf8"
    assert tally(ledger, FIRST_DAY)["total"] == 0


# -- rows -------------------------------------------------------------------------------------

def test_a_quoted_value_may_hold_a_newline_and_lines_stay_physical(ledger: Ledger,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text('date,full_name,sex,origin_province,remarks\n'
                    '2025-03-01,Ahmad Khan,M,KP,"came with\ntwo goats"\n'
                    '2025-03-01,Gul Bibi,F,Kabulistan,\n'
                    '2025-03-01,"Wali\nShah",M,punjab,\n', encoding="utf-8")

    report = import_register(ledger, path)

    assert report.accepted == 2
    assert [(r.line, r.reason.split(":")[0]) for r in report.rejected] == [
        (4, "origin_province")]


def test_two_identical_rows_are_two_people(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    row = {"date": "01/03/2025", "full_name": "Noor Khan", "sex": "m", "origin_province": "KPK",
           "age": "4", "household": "7"}
    _write(path, [row, row, dict(row, full_name="Hamida")],
           ["date", "full_name", "sex", "origin_province", "age", "household"])

    first = import_register(ledger, path)
    second = import_register(ledger, path)

    assert first.accepted == 3
    assert (second.accepted, second.already_present) == (0, 3)
    result = tally(ledger, FIRST_DAY)
    assert (result["total"], result["households"]) == (3, 1)


def test_no_document_with_a_check_result_is_a_check_of_no_document(ledger: Ledger,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    base = {"date": "2025-03-01", "full_name": "A", "sex": "F", "origin_province": "GB"}
    _write(path, [dict(base, document_type="none", check_result="not presented"),
                  dict(base, document_type="", check_result=""),
                  dict(base, document_type="P.O.R", check_result="Verified")],
           ["date", "full_name", "sex", "origin_province", "document_type", "check_result"])

    assert import_register(ledger, path).accepted == 3

    result = tally(ledger, FIRST_DAY)
    assert result["by_document_type"] == {"none": 2, "por": 1}
    assert result["by_check_result"] == {"not_presented": 1, "verified": 1}


def test_a_clean_run_removes_a_stale_rejected_file(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    stale = tmp_path / "register.csv.rejected.csv"
    stale.write_text("line,reason\n2,old\n", encoding="utf-8")
    _write(path, [{"date": "2025-03-01", "full_name": "A", "sex": "M", "origin_province": "KP"}],
           ["date", "full_name", "sex", "origin_province"], bom=False)

    report = import_register(ledger, path)

    assert (report.accepted, report.rejected, report.rejected_path) == (1, [], None)
    assert not stale.exists()


def test_cancel_keeps_committed_chunks_and_a_second_run_completes(ledger: Ledger,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    rows = [{"date": "2025-03-02", "full_name": f"Person {n}", "sex": "F",
             "origin_province": "sindh"} for n in range(CHUNK_ROWS * 2 + 10)]
    _write(path, rows, ["date", "full_name", "sex", "origin_province"])
    progress: list[tuple[int, int]] = []

    stopped = import_register(ledger, path, progress=lambda r, t: progress.append((r, t)),
                              should_stop=lambda: bool(progress))
    assert stopped.cancelled
    assert stopped.accepted == CHUNK_ROWS
    assert tally(ledger, date(2025, 3, 2))["total"] == CHUNK_ROWS

    finished = import_register(ledger, path)
    assert (finished.accepted, finished.already_present) == (len(rows) - CHUNK_ROWS, CHUNK_ROWS)
    assert tally(ledger, date(2025, 3, 2))["total"] == len(rows)


def test_a_clerk_cannot_import(clerk: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    _write(path, [], ["date", "full_name", "sex", "origin_province"])

    with pytest.raises(PermissionDenied):
        import_register(clerk, path)


# -- export -----------------------------------------------------------------------------------

def _fill_and_export(ledger: Ledger, tmp_path: Path) -> tuple[dict, Path, str]:
    """A week of imported and desktop-recorded crossings, exported: (tally, file, a UUID)."""
    rows, _ = _register(random.Random(7), families=60)
    register = tmp_path / "register.csv"
    _write(register, rows, list(HEADER), HEADER)
    import_register(ledger, register)
    # What only the desktop records: two documents, vulnerabilities, and a voided record.
    two = PersonEntry("Hamida Gul", "F", "PK-KP", age_years=31,
                      vulnerabilities=("female_headed_household", "disability"),
                      documents=(DocumentEntry("por", "P-1", result="verified"),
                                 DocumentEntry("passport", "AB12", result="mismatch")))
    child = PersonEntry("Noor", "M", "PK-KP", age_years=3,
                        vulnerabilities=("separated_child",))
    at = ledger.local_to_utc(date(2025, 3, 4), None)
    ((kept, voided),) = record_households(ledger, [HouseholdEntry([two, child], crossed_at=at)])
    void_crossing(ledger, voided, "entered twice")
    before = tally(ledger, FIRST_DAY, LAST_DAY)
    exported = tmp_path / "export.csv"

    count = export_crossings(ledger, FIRST_DAY, LAST_DAY, exported)

    assert count == before["total"] + 1  # the voided record is exported, marked
    header = _read_csv(exported)[0]
    assert header[-3:] == ["checkpoint", "uuid", "voided"]
    assert "document_2_type" in header
    with ledger.reading() as session:
        audited = session.execute(select(AuditEntry.details)
                                  .where(AuditEntry.action == "export")).scalars().all()
    assert [json.loads(d) for d in audited] == [{"count": count, "from": "2025-03-01",
                                                 "to": "2025-03-07"}]
    return before, exported, kept


def _has_crossing(ledger: Ledger, crossing_uuid: str) -> bool:
    with ledger.reading() as session:
        return bool(existing_uuids(session, [crossing_uuid]))


def test_export_then_import_into_a_fresh_database_round_trips_the_tally(
        ledger: Ledger, tmp_path: Path) -> None:
    before, exported, kept = _fill_and_export(ledger, tmp_path)
    other = create_ledger(tmp_path / "other.db", checkpoint="TORKHAM", admin="admin",
                          password=PASSWORD)
    try:
        report = import_register(other, exported)

        assert (report.accepted, report.rejected, report.skipped_voided) == (
            before["total"], [], 1)
        assert tally(other, FIRST_DAY, LAST_DAY) == before
        assert _has_crossing(other, kept)  # the same record, for HQ too
    finally:
        other.close()
    back = import_register(ledger, exported)
    assert (back.accepted, back.already_present) == (0, before["total"])
    assert tally(ledger, FIRST_DAY, LAST_DAY) == before


def test_another_checkpoints_export_imports_as_new_records(ledger: Ledger,
                                                           tmp_path: Path) -> None:
    before, exported, kept = _fill_and_export(ledger, tmp_path)
    other = create_ledger(tmp_path / "other.db", checkpoint="CHAMAN", admin="admin",
                          password=PASSWORD)
    try:
        first = import_register(other, exported)
        again = import_register(other, exported)

        assert first.accepted == before["total"]
        assert (again.accepted, again.already_present) == (0, before["total"])
        assert tally(other, FIRST_DAY, LAST_DAY) == dict(before, checkpoint="CHAMAN")
        assert not _has_crossing(other, kept)
    finally:
        other.close()


def test_a_clerk_cannot_export(clerk: Ledger, tmp_path: Path) -> None:
    target = tmp_path / "export.csv"

    with pytest.raises(PermissionDenied):
        export_crossings(clerk, FIRST_DAY, LAST_DAY, target)

    assert not target.exists()
    assert list(tmp_path.glob("*.partial")) == []
