"""Properties of importing a legacy register (DESIGN §8), on a real encrypted ledger.

Whatever file an IT officer is handed (any header, any cells, quoting right or wrong, a BOM or
none, bytes that are not UTF-8), the import either refuses the whole file with one reason and
changes nothing, or accounts for every row: accepted, already present, skipped as voided, or
rejected with its line and a one-line reason. What was stored before is never changed by it,
the audit gains counts and never a person's details, and the same file imported again adds
nothing.

The examples share one ledger (a sign-in costs an Argon2id derivation), so each import lands in
a database that already holds what earlier examples imported: the realistic case.
"""

from __future__ import annotations

import csv
import io
import json
import re
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from checkpoint.csv_import import ImportReport, import_register
from checkpoint.errors import ValidationError
from checkpoint.ledger import Ledger, open_ledger
from contract.errors import ErrorCode
from tests.support.sites import ADMIN_PASSWORD, copy_database

# Refusals of a whole file: nothing is imported and nothing is audited.
WHOLE_FILE_CODES = {ErrorCode.NOT_UTF8, ErrorCode.EMPTY_FILE, ErrorCode.MISSING_COLUMNS,
                    ErrorCode.DUPLICATE_COLUMN, ErrorCode.UNREADABLE_CSV}
STORED_TABLES = ("crossing", "document_check", "crossing_revision", "household", "day_count",
                 "day_closeout", "late_amendment", "complaint", "user", "setting")
IMPORT_DETAILS = {"file", "accepted", "already_present", "rejected", "skipped_voided",
                  "cancelled"}
CREATE_DETAILS = {"count", "households", "late", "source"}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory,
           new_database_template: Path) -> Iterator[Ledger]:
    """One Torkham ledger for every example, signed in as its IT admin."""
    path = tmp_path_factory.mktemp("register-imports") / "checkpoint.db"
    copy_database(new_database_template, path)
    opened = open_ledger(path, "admin", ADMIN_PASSWORD)
    yield opened
    opened.close()


# -- registers ---------------------------------------------------------------------------------

# Per column: values a register holds that the import takes, and values it must refuse.
GOOD: dict[str, tuple[str, ...]] = {
    "date": ("2025-03-01", "01/03/2025", "2025-3-2", "3/3/2025"),
    "time": ("", "08:30", "23:59", "7:05", "00:00:30"),
    "full_name": ("Gul Bibi", "Mohammad Karim", "Zarghona", "Abdul  Wali", " Nasrin ",
                  "محمد کریم", 'Said "Khan"', "Khan, Wali"),
    "father_name": ("", "Wali", "Abdul Karim", "گل"),
    "sex": ("M", "f", "Male", "FEMALE"),
    "age": ("", "0", "7", "45", "120"),
    "birth_date": ("", "1990-05-01", "01/05/1990"),
    "origin_province": ("KP", "KPK", "Khyber Pakhtunkhwa", "ICT", "islamabad", "AJK", "GB",
                        "PK-PB", "sindh"),
    "origin_district": ("Peshawar", "", "Quetta"),
    "destination_province": ("Nangarhar", "AF-NAN", "kabul", ""),
    "document_type": ("PoR", "ACC", "passport", "Tazkira", "visa", "other", "none", ""),
    "document_number": ("", "AB1234567", "por-123"),
    "check_result": ("verified", "Expired", "mismatch", "suspected forgery",
                     "suspected_forgery", "unreadable", "not presented", ""),
    "return_type": ("voluntary", "Deported", "assisted", ""),
    "household": ("", "H1", "h1 ", "H2"),
    "remarks": ("", "travelling with goods", "ill, assisted", "line one\nline two"),
    "vulnerabilities": ("", "disability", "separated child;older person at risk"),
    "voided": ("", "no", "yes"),
    "uuid": ("", "3f0e8d4a-54f4-4c1e-9a51-9d5b0c2a7e11"),
}
BAD: dict[str, tuple[str, ...]] = {
    "date": ("31/02/2025", "2025-13-01", "2099-01-01", "", "yesterday", "2025/03/01"),
    "time": ("24:00", "12:60", "noon"),
    "full_name": ("", "   "),
    "sex": ("X", "", "unknown"),
    "age": ("121", "-1", "4.5", "abc", "١٢"),
    "birth_date": ("2030-01-01", "1990-02-30", "05/1990"),
    "origin_province": ("Kabulistan", "", "Nangarhar"),
    "destination_province": ("Peshawar", "Mars"),
    "document_type": ("driving licence",),
    "check_result": ("maybe",),
    "return_type": ("tourist",),
    "vulnerabilities": ("unknown flag",),
    "voided": ("maybe",),
    "uuid": ("not-a-uuid",),
}
REQUIRED = ("date", "full_name", "sex", "origin_province")
OPTIONAL = tuple(name for name in GOOD if name not in REQUIRED)


def _cell(name: str, spoiled: bool) -> st.SearchStrategy[str]:
    """A good value for the column, or (when spoiled) a bad one or any text at all."""
    if not spoiled:
        return st.sampled_from(GOOD[name])
    return st.sampled_from(BAD.get(name, ("",)) or ("",)) | st.text(max_size=12)


def _spelled(name: str) -> st.SearchStrategy[str]:
    """A column name as a register writes it: any case, spaces or hyphens for underscores."""
    return st.tuples(st.sampled_from([str.lower, str.upper, str.title]),
                     st.sampled_from(["_", " ", "-"]), st.sampled_from(["", " "])).map(
        lambda way: way[2] + way[0](name).replace("_", way[1]) + way[2])


@dataclass(frozen=True)
class Register:
    """A register file as bytes, and the values that must never reach the audit."""

    content: bytes
    personal: frozenset[str]


@st.composite
def registers(draw: st.DrawFn) -> Register:
    columns = list(REQUIRED) + draw(st.lists(st.sampled_from(OPTIONAL), unique=True,
                                             max_size=len(OPTIONAL)))
    if draw(st.sampled_from(range(10))) == 0:  # now and then a required column is missing ...
        columns.remove(draw(st.sampled_from(REQUIRED)))
    if draw(st.sampled_from(range(10))) == 0:  # ... or one is there twice
        columns.append(draw(st.sampled_from(columns)))
    columns = draw(st.permutations(columns))
    header = [draw(_spelled(name)) for name in columns]
    if draw(st.booleans()):
        header.insert(draw(st.integers(0, len(header))), "Serial No")  # a column of its own
        columns = [*columns[:header.index("Serial No")], "serial", *columns[
            header.index("Serial No"):]]
    rows: list[list[str]] = []
    personal: set[str] = set()
    for _ in range(draw(st.integers(0, 6))):
        spoiled = set(draw(st.lists(st.sampled_from(columns), max_size=2)))
        if draw(st.booleans()):
            spoiled = set()  # about half the rows are good
        cells = [draw(_cell(name, name in spoiled)) if name in GOOD else draw(st.text(max_size=5))
                 for name in columns]
        personal |= {cell.strip() for name, cell in zip(columns, cells, strict=True)
                     if name in ("full_name", "father_name", "document_number")}
        shape = draw(st.sampled_from(range(10)))
        if shape == 0:
            cells = cells[:draw(st.integers(0, len(cells)))]  # a short row
        elif shape == 1:
            cells.append(draw(st.text(min_size=1, max_size=8)))  # one value too many
        rows.append(cells)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\r\n", "\n"])))
    writer.writerow(header)
    for cells in rows:
        if draw(st.sampled_from(range(15))) == 0:  # written by hand: quotes and commas as they come
            out.write(",".join(cells) + "\n")
        elif draw(st.sampled_from(range(15))) == 0:
            out.write("\n")  # a blank line
        else:
            writer.writerow(cells)
    content = out.getvalue().encode("utf-8")
    if draw(st.booleans()):
        content = b"\xef\xbb\xbf" + content  # Excel's "CSV UTF-8" starts with a BOM
    if draw(st.sampled_from(range(15))) == 0:  # Excel's plain "CSV": cp1252, not UTF-8
        at = draw(st.integers(0, len(content)))
        content = content[:at] + draw(st.sampled_from([b"\xe9", b"\x96", b"\xff\xfe"])) \
            + content[at:]
    return Register(content, frozenset(value for value in personal if len(value) >= 4))


# -- reading the ledger and the file the way a person would --------------------------------------

def _stored(ledger: Ledger) -> dict[str, list[tuple]]:
    """Every row of every table that holds what was recorded (the audit apart)."""
    with ledger.reading() as session:
        return {table: sorted(map(tuple, session.execute(text(f'SELECT * FROM "{table}"'))),
                              key=repr)
                for table in STORED_TABLES}


def _audit(ledger: Ledger) -> list[tuple]:
    with ledger.reading() as session:
        return list(map(tuple, session.execute(text(
            "SELECT seq, action, target, details, hash FROM audit_entry ORDER BY seq"))))


def _data_rows(content: bytes) -> int | None:
    """Non-blank rows after the header, read as plainly as a spreadsheet would; None when the
    file is not UTF-8 CSV at all."""
    try:
        decoded = content.decode("utf-8-sig")
        rows = [r for r in csv.reader(io.StringIO(decoded, newline="")) if any(map(str.strip, r))]
    except (UnicodeDecodeError, csv.Error):
        return None
    return max(len(rows) - 1, 0)


def _import(ledger: Ledger, register: Register) -> tuple[ImportReport | ValidationError, Path]:
    # A folder per file, beside the ledger (and removed with it): the rejected rows' file is
    # written next to the register.
    folder = Path(tempfile.mkdtemp(prefix="register-", dir=ledger.path.parent))
    path = folder / "register.csv"
    path.write_bytes(register.content)
    try:
        return import_register(ledger, path), path
    except ValidationError as refused:
        return refused, path


def _accounts_for_every_row(report: ImportReport, register: Register) -> None:
    rows = _data_rows(register.content)
    assert rows is not None
    assert report.accepted + report.already_present + report.skipped_voided \
        + len(report.rejected) == rows
    lines = [row.line for row in report.rejected]
    # Physical lines as an editor counts them: CR LF, LF or a lone CR ends one.
    physical_lines = len(re.split(rb"\r\n|\r|\n", register.content))
    assert lines == sorted(set(lines))
    assert all(2 <= line <= physical_lines for line in lines)
    for row in report.rejected:
        assert row.reason and "\n" not in row.reason and "Traceback" not in row.reason
        assert str(row) == f"line {row.line}: {row.reason}"


def _rejected_file_matches(report: ImportReport, path: Path) -> None:
    rejected_path = path.with_name(path.name + ".rejected.csv")
    if not report.rejected:
        assert not rejected_path.exists()
        return
    assert report.rejected_path == rejected_path
    assert stat.S_IMODE(rejected_path.stat().st_mode) == 0o600  # names in plain text
    with rejected_path.open(encoding="utf-8-sig", newline="") as kept:
        written = [(int(row[0]), row[1]) for row in list(csv.reader(kept))[1:]]
    assert written == [(row.line, row.reason) for row in report.rejected]


def _audit_holds_counts_only(entries: list[tuple], report: ImportReport,
                             register: Register) -> None:
    actions = [action for _, action, _, _, _ in entries]
    assert actions.count("import") == 1 and set(actions) <= {"create", "import"}
    for _, action, _, details, _ in entries:
        read = json.loads(details)
        assert set(read) <= (IMPORT_DETAILS if action == "import" else CREATE_DETAILS)
        assert not any(value in details for value in register.personal)
        if action == "import":
            assert (read["accepted"], read["already_present"], read["rejected"]) == (
                report.accepted, report.already_present, len(report.rejected))
    created = sum(json.loads(details)["count"] for _, action, _, details, _ in entries
                  if action == "create")
    assert created == report.accepted


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(register=registers())
def test_every_row_is_accounted_for_and_nothing_stored_changes(ledger: Ledger,
                                                              register: Register) -> None:
    stored, audit = _stored(ledger), _audit(ledger)
    outcome, path = _import(ledger, register)

    event("refused whole" if isinstance(outcome, ValidationError) else
          f"accepted {'some' if outcome.accepted else 'none'}, "
          f"rejected {'some' if outcome.rejected else 'none'}")
    if isinstance(outcome, ValidationError):
        # The whole file refused, in one sentence, before anything was recorded or audited.
        assert outcome.code in WHOLE_FILE_CODES, outcome
        assert "\n" not in str(outcome)
        assert (_stored(ledger), _audit(ledger)) == (stored, audit)
        return
    _accounts_for_every_row(outcome, register)
    _rejected_file_matches(outcome, path)
    now = _stored(ledger)
    # Rows already there are never changed; the new crossings are exactly the accepted rows.
    assert set(stored["crossing"]) <= set(now["crossing"])
    assert set(stored["document_check"]) <= set(now["document_check"])
    assert len(now["crossing"]) == len(stored["crossing"]) + outcome.accepted
    if outcome.accepted == 0:
        assert now == stored
    after = _audit(ledger)
    assert after[:len(audit)] == audit
    _audit_holds_counts_only(after[len(audit):], outcome, register)

    # The same file again adds nothing, and says the same about the same rows.
    again, _ = _import(ledger, register)
    assert isinstance(again, ImportReport)
    assert again.accepted == 0
    assert again.already_present == outcome.accepted + outcome.already_present
    assert again.skipped_voided == outcome.skipped_voided
    assert [(r.line, r.reason) for r in again.rejected] == \
        [(r.line, r.reason) for r in outcome.rejected]
    assert _stored(ledger) == now
