"""Properties of the MRZ reader and ``checkpoint-admin mrz`` (DESIGN §7), over generated zones.

A document reader types whatever it scanned into the entry form: any text must give a reading or
the typed ``MrzUnreadable``, never another exception; a zone written by the rules reads back as
written; a digit misread in a checked field never passes as valid; and the command's exit status
says which of the three happened.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checkpoint.errors import MrzUnreadable
from checkpoint.mrz import MrzReading, read_mrz
from checkpoint_admin.main import main
from contract.errors import ErrorCode

TODAY = date(2025, 6, 1)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
ZONE_CHARACTERS = LETTERS + DIGITS + "<"
JSON_KEYS = ["format", "valid", "document_code", "issuing_country", "document_number",
             "primary_name", "secondary_name", "nationality", "birth_date", "sex", "expiry_date",
             "optional_data", "checks"]
CHECK_NAMES = ["document_number", "birth_date", "expiry_date", "optional_data", "composite"]


def check_digit(value: str) -> str:
    """ICAO 9303 part 3's 7-3-1 rule, written apart from the code under test."""
    values = {c: i for i, c in enumerate(DIGITS + LETTERS)} | {"<": 0}
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(value)) % 10)


# -- zones written by the rules ------------------------------------------------------------------

@dataclass(frozen=True)
class Document:
    """The fields a zone is written from, and what the reader must give back."""

    layout: str
    code: str
    issuer: str
    primary: str
    secondary: str
    number: str
    nationality: str
    birth: date
    sex: str
    expiry: date
    optional: str

    @property
    def is_visa(self) -> bool:
        return self.code.startswith("V")

    def names(self, width: int) -> str:
        written = self.primary.replace(" ", "<") + "<<" + self.secondary.replace(" ", "<")
        return written.ljust(width, "<")

    def dates(self) -> tuple[str, str, str]:
        """Birth with its digit, the sex, expiry with its digit."""
        birth, expiry = self.birth.strftime("%y%m%d"), self.expiry.strftime("%y%m%d")
        return (birth + check_digit(birth), "<" if self.sex == "X" else self.sex,
                expiry + check_digit(expiry))

    def zone(self) -> tuple[str, ...]:
        return {"TD1": self._td1, "TD2": self._td2, "TD3": self._td3}[self.layout]()

    def _td1(self) -> tuple[str, ...]:
        if len(self.number) <= 9:
            number = self.number.ljust(9, "<") + check_digit(self.number.ljust(9, "<"))
            optional_1 = self.optional.ljust(15, "<")
        else:  # part 5 note j: the number runs on into optional data 1, then its check digit
            number = self.number[:9] + "<"
            optional_1 = (self.number[9:] + check_digit(self.number)).ljust(15, "<")
        upper = self.code.ljust(2, "<") + self.issuer + number + optional_1
        birth, sex, expiry = self.dates()
        middle = birth + sex + expiry + self.nationality + "<" * 11
        composite = upper[5:30] + middle[0:7] + middle[8:15] + middle[18:29]
        return upper, middle + check_digit(composite), self.names(30)

    def _td2(self) -> tuple[str, ...]:
        upper = self.code.ljust(2, "<") + self.issuer + self.names(31)
        number = self.number.ljust(9, "<")
        birth, sex, expiry = self.dates()
        lower = (number + check_digit(number) + self.nationality + birth + sex + expiry
                 + self.optional.ljust(8 if self.is_visa else 7, "<"))
        if not self.is_visa:
            lower += check_digit(lower[0:10] + lower[13:20] + lower[21:35])
        return upper, lower

    def _td3(self) -> tuple[str, ...]:
        upper = self.code.ljust(2, "<") + self.issuer + self.names(39)
        number = self.number.ljust(9, "<")
        birth, sex, expiry = self.dates()
        lower = number + check_digit(number) + self.nationality + birth + sex + expiry
        if self.is_visa:
            return upper, lower + self.optional.ljust(16, "<")
        personal = self.optional.ljust(14, "<")
        lower += personal + (check_digit(personal) if self.optional else "<")
        return upper, lower + check_digit(lower[0:10] + lower[13:20] + lower[21:43])


def _word(max_size: int) -> st.SearchStrategy[str]:
    return st.text(LETTERS, min_size=1, max_size=max_size)


def _names(width: int) -> st.SearchStrategy[tuple[str, str]]:
    """A primary and a secondary name that fit the name field together."""
    primary = st.lists(_word(8), min_size=1, max_size=2).map(" ".join)
    secondary = st.lists(_word(8), max_size=2).map(" ".join)
    return st.tuples(primary, secondary).filter(lambda p: len(p[0]) + 2 + len(p[1]) <= width)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Any document a reader could scan: TD1 cards (long numbers too), TD2 and TD3 documents,
    MRV-A and MRV-B visas."""
    layout = draw(st.sampled_from(["TD1", "TD2", "TD3"]))
    if layout == "TD1":
        code = draw(st.sampled_from(["I", "ID", "AC", "C"]))
        number = draw(st.text(DIGITS + LETTERS, min_size=1, max_size=12))
        optional = "" if len(number) > 9 else draw(st.text(DIGITS + LETTERS, max_size=15))
    else:
        code = draw(st.sampled_from(["P", "PD", "I", "AC", "V", "VD"]))
        number = draw(st.text(DIGITS + LETTERS, min_size=1, max_size=9))
        room = {"TD2": 8 if code.startswith("V") else 7,
                "TD3": 16 if code.startswith("V") else 14}[layout]
        optional = draw(st.text(DIGITS + LETTERS, max_size=room))
    primary, secondary = draw(_names({"TD1": 30, "TD2": 31, "TD3": 39}[layout]))
    # The reader puts a birth in the latest century that is not after today.
    earliest_birth = date(TODAY.year - 100, TODAY.month, TODAY.day) + timedelta(days=1)
    return Document(
        layout=layout, code=code, issuer=draw(st.text(LETTERS, min_size=3, max_size=3)),
        primary=primary, secondary=secondary, number=number,
        nationality=draw(st.text(LETTERS, min_size=3, max_size=3)),
        birth=draw(st.dates(earliest_birth, TODAY)), sex=draw(st.sampled_from("MFX")),
        expiry=draw(st.dates(date(2000, 1, 1), date(2099, 12, 31))), optional=optional)


# -- what a reader may type ------------------------------------------------------------------------

# What readers send between lines (Enter as CR, LF or both; some send Tab), with blank lines and
# stray spaces.
LINE_BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\t", "\n\n", " \n ", "\r\n\r\n"])


@st.composite
def reader_noise(draw: st.DrawFn) -> str:
    """A zone as a reader or a clumsy hand might type it: characters replaced (by zone
    characters, lower case, look-alikes or anything at all), inserted or dropped; lines lost,
    doubled or cut; other line breaks and whitespace; lower case throughout."""
    lines = list(draw(documents()).zone())
    for _ in range(draw(st.integers(0, 4))):
        row = draw(st.integers(0, len(lines) - 1))
        line = lines[row]
        at = draw(st.integers(0, max(len(line) - 1, 0)))
        replacement = draw(st.sampled_from(ZONE_CHARACTERS) | st.sampled_from("oOlI0ßıİ«‹ ")
                           | st.characters())
        action = draw(st.sampled_from(["replace", "insert", "drop", "cut", "double"]))
        if action == "replace":
            lines[row] = line[:at] + replacement + line[at + 1:]
        elif action == "insert":
            lines[row] = line[:at] + replacement + line[at:]
        elif action == "drop":
            lines[row] = line[:at] + line[at + 1:]
        elif action == "cut":
            lines[row] = line[:at]
        else:
            lines.insert(row, line)
    text = draw(LINE_BREAKS | st.sampled_from(["\u2028", "\x0b", "\x85", ""])).join(lines)
    return text.lower() if draw(st.booleans()) else text


ANY_TEXT = st.text() | reader_noise() | st.lists(st.text(ZONE_CHARACTERS, max_size=50),
                                                max_size=4).map("\n".join)


def _reading_or_refusal(text: str, today: date = TODAY) -> MrzReading | MrzUnreadable:
    try:
        return read_mrz(text, today=today)
    except MrzUnreadable as refused:
        return refused


@settings(max_examples=300, deadline=None)
@given(text=ANY_TEXT)
def test_any_text_gives_a_reading_or_says_it_is_unreadable(text: str) -> None:
    result = _reading_or_refusal(text)
    if isinstance(result, MrzUnreadable):
        assert result.code in (ErrorCode.UNKNOWN_FORMAT, ErrorCode.ILLEGAL_CHARACTER)
        assert "\n" not in str(result)
        return
    printed = result.to_json()
    assert list(printed) == JSON_KEYS
    assert json.loads(json.dumps(printed)) == printed
    assert list(result.checks) == CHECK_NAMES
    assert set(result.checks.values()) <= {True, False, None}
    assert result.valid == (not result.errors)
    # Every failed check is named among the errors, so the clerk is told which.
    failed = {name for name, verdict in result.checks.items() if verdict is False}
    assert failed <= {problem.field for problem in result.errors}
    assert result.sex in ("M", "F", "X", None)


@settings(max_examples=200, deadline=None)
@given(document=documents(), line_break=LINE_BREAKS)
# An MRV-B visa with a short number (its fillers were read as part of the number).
@example(document=Document("TD2", "V", "UTO", "ERIKSSON", "ANNA", "D2314", "UTO",
                           date(1974, 8, 12), "F", date(2012, 4, 15), "8"), line_break="\n")
def test_a_zone_written_by_the_rules_reads_back_its_fields(document: Document,
                                                           line_break: str) -> None:
    reading = read_mrz(line_break.join(document.zone()), today=TODAY)
    assert reading.valid, reading.errors
    assert reading.format == document.layout
    assert (reading.document_code, reading.issuing_country, reading.document_number,
            reading.primary_name, reading.secondary_name, reading.nationality,
            reading.birth_date, reading.sex, reading.expiry_date, reading.optional_data) == (
        document.code, document.issuer, document.number, document.primary, document.secondary,
        document.nationality, document.birth, document.sex, document.expiry, document.optional)
    assert (reading.checks["composite"] is None) == document.is_visa


def _checked_positions(document: Document) -> Iterator[tuple[int, int]]:
    """(line, position) of every digit a check digit covers (or that is one)."""
    lines = document.zone()
    unchecked: dict[str, set[tuple[int, int]]] = {
        # TD1: the nationality, the sex and the names are in no check.
        "TD1": {(1, 7), *((1, p) for p in range(15, 18)), *((2, p) for p in range(30))},
        "TD2": {(0, p) for p in range(36)} | {(1, 10), (1, 11), (1, 12), (1, 20)},
        "TD3": {(0, p) for p in range(44)} | {(1, 10), (1, 11), (1, 12), (1, 20)},
    }[document.layout]
    if document.is_visa:  # no composite: only the three fields with their own digits
        checked = {*range(0, 10), *range(13, 20), *range(21, 28)}
        unchecked |= {(1, p) for p in range(len(lines[1])) if p not in checked}
    for row, line in enumerate(lines):
        for position, char in enumerate(line):
            if char.isdigit() and (row, position) not in unchecked:
                yield row, position


@settings(max_examples=200, deadline=None)
@given(document=documents(), data=st.data())
def test_one_misread_digit_in_a_checked_field_is_never_valid(document: Document,
                                                             data: st.DataObject) -> None:
    positions = list(_checked_positions(document))
    if not positions:
        return
    row, position = data.draw(st.sampled_from(positions))
    lines = list(document.zone())
    old = lines[row][position]
    new = data.draw(st.sampled_from([d for d in DIGITS if d != old]))
    lines[row] = lines[row][:position] + new + lines[row][position + 1:]
    assert not read_mrz("\n".join(lines), today=TODAY).valid


# -- the command line ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Run:
    status: int
    out: str
    err: str


def run_mrz(text: str) -> Run:
    """``checkpoint-admin mrz --json`` in this process with ``text`` on its stdin."""
    out, err, stdin = io.StringIO(), io.StringIO(), sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["mrz", "--json"])
    finally:
        sys.stdin = stdin
    return Run(status, out.getvalue(), err.getvalue())


@settings(max_examples=150, deadline=None)
@given(text=ANY_TEXT | documents().map(lambda d: "\n".join(d.zone())))
def test_mrz_command_exits_0_valid_1_check_failed_2_unreadable(text: str) -> None:
    done = run_mrz(text)
    expected = _reading_or_refusal(text, date.today())  # the command reads births as of today
    if isinstance(expected, MrzUnreadable):
        assert (done.status, done.out) == (2, "")
        assert done.err.startswith("checkpoint-admin: unreadable MRZ: ")
        assert len(done.err.strip().splitlines()) == 1
        return
    assert done.status == (0 if expected.valid else 1)
    assert json.loads(done.out) == expected.to_json()
    assert done.err == ""


@pytest.mark.parametrize("typed", [b"P<UTO\xff\xfe\n", b"\xe9\xe9\xe9", b"\x00\x80"])
def test_mrz_command_says_bytes_that_are_not_text_are_unreadable(typed: bytes) -> None:
    # A reader set to another code page types bytes that are not UTF-8; an IT officer's terminal
    # with a strict locale (PYTHONIOENCODING imitates one) must still get exit 2 and a sentence.
    done = subprocess.run([sys.executable, "-m", "checkpoint_admin", "mrz", "--json"], input=typed,
                          capture_output=True, timeout=60,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"})
    assert (done.returncode, done.stdout) == (2, b"")
    assert done.stderr.startswith(b"checkpoint-admin: unreadable MRZ: ")
    assert len(done.stderr.strip().splitlines()) == 1
