"""Importing a legacy register kept as a spreadsheet (DESIGN §8, ``checkpoint-admin import-csv``).

The file is read three times, each time streamed, so memory does not grow with its length
(apart from one small digest per row, see ``_RowReader``): a byte scan that finds text which is
not UTF-8, a CSV pass that checks the header and counts the rows, and the import itself. Every
problem that spoils the whole file is therefore found before anything is recorded.

Each row is checked on its own with the same ``normalise_person`` the desktop form uses; a bad
row is rejected whole, with its line and a reason naming the column, and the rows around it
import. Good rows are recorded ``CHUNK_ROWS`` at a time, each chunk one transaction. Every row
gets a UUID derived from its content, so importing the same file again finds its rows already
there instead of counting the people twice.

Beyond the §8 columns the import reads what ``csv_export`` writes for a round trip: further
documents (``document_2_type``, ``document_2_number``, ``document_2_check_result``, ...),
``vulnerabilities`` (codes separated by ``;``), ``checkpoint`` and ``uuid`` (the record's
identity, kept when the file comes from this checkpoint: importing a database's own export back
adds nothing, and moving records to a new device keeps them the same records for HQ) and
``voided`` (a voided record is skipped, counted in ``skipped_voided``). Existing records are
never changed by an import.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import re
import uuid as uuidlib
from collections.abc import Callable, Generator, Mapping
from contextlib import closing, suppress
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import IO, Any

from checkpoint import audit
from checkpoint.entries import CheckedPerson, DocumentEntry, PersonEntry, normalise_person
from checkpoint.errors import DiskFull, ValidationError, disk_full
from checkpoint.ledger import Ledger
from checkpoint.permissions import Action
from checkpoint.private_files import open_private
from checkpoint.records import HouseholdEntry, existing_uuids, record_households
from contract import codes
from contract.canonical import canonical_json
from contract.errors import ErrorCode

REGISTER_COLUMNS = ("date", "time", "full_name", "father_name", "sex", "age", "birth_date",
                    "origin_province", "origin_district", "destination_province",
                    "document_type", "document_number", "check_result", "return_type",
                    "household", "remarks")
REQUIRED_COLUMNS = ("date", "full_name", "sex", "origin_province")
ROUND_TRIP_COLUMNS = ("vulnerabilities", "checkpoint", "uuid", "voided")
EXTRA_DOCUMENT = re.compile(r"document_(?P<n>[2-9]|[1-9][0-9])_(?P<part>type|number|check_result)")
CHUNK_ROWS = 500
# Fixed forever: the UUIDs of imported rows are derived in it, on every device and in every run.
IMPORT_NAMESPACE = uuidlib.UUID("6f727178-a495-481d-bb47-289118830637")

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DAY_FIRST_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?")
_WHOLE_NUMBER = re.compile(r"[0-9]{1,3}")
_YES, _NO = {"yes", "y", "true", "1", "voided"}, {"", "no", "n", "false", "0"}
# Core field names -> the register's column names, so reasons name what the user sees.
_COLUMN_OF_FIELD = {"age_years": "age", "number": "document_number", "result": "check_result"}


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not imported: its first physical line (the header is line 1) and why.

    ``reason`` is the English sentence the command line prints and ``FILE.rejected.csv`` keeps;
    ``code``, ``column`` (the register's column at fault, the error's field) and ``params`` are
    the same refusal structured, so the app words it in the user's language.
    """

    line: int
    reason: str
    code: ErrorCode
    column: str | None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def error(self) -> ValidationError:
        """The refusal as the core's typed error (what the app's wording takes)."""
        return ValidationError(self.reason, code=self.code, field=self.column, **self.params)

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class ImportReport:
    """What an import did. ``cancelled``: stopped on request; rows committed before stay."""

    accepted: int
    already_present: int
    rejected: list[RejectedRow]
    rejected_path: Path | None
    cancelled: bool = False
    skipped_voided: int = 0


class _Rejected(Exception):
    """A row that cannot be read: ``reason`` names the column; ``error`` is it, structured."""

    def __init__(self, reason: str, error: ValidationError) -> None:
        super().__init__(reason)
        self.reason = reason
        self.error = error


def _reject(column: str | None, code: ErrorCode, reason: str, **params: object) -> _Rejected:
    """A row's refusal by the import itself, with its code and the column at fault."""
    return _Rejected(reason, ValidationError(reason, code=code, field=column, **params))


def header_key(name: str) -> str:
    """A header cell as a column name: trimmed, lower case, spaces and hyphens as ``_``."""
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def _columns(header: list[str]) -> dict[str, int]:
    """Recognised column name -> position; refuses a header missing a required column."""
    known = set(REGISTER_COLUMNS) | set(ROUND_TRIP_COLUMNS)
    positions: dict[str, int] = {}
    for position, cell in enumerate(header):
        name = header_key(cell)
        if name not in known and not EXTRA_DOCUMENT.fullmatch(name):
            continue  # extra columns a register keeps for itself are ignored
        if name in positions:
            raise ValidationError(f"the column {name} appears twice in the header",
                                  code=ErrorCode.DUPLICATE_COLUMN, field=name)
        positions[name] = position
    missing = [name for name in REQUIRED_COLUMNS if name not in positions]
    if missing:
        raise ValidationError(
            f"the file has no {', '.join(missing)} column{'s' if len(missing) > 1 else ''}; "
            f"nothing was imported (required: {', '.join(REQUIRED_COLUMNS)})",
            code=ErrorCode.MISSING_COLUMNS, field=missing[0], columns=missing)
    return positions


def _check_utf8(path: Path) -> None:
    """Refuse, with its line, the first byte that is not UTF-8 (Excel's 'CSV' is often cp1252)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with path.open("rb") as binary:
        for block in iter(lambda: binary.read(1 << 20), b""):
            try:
                decoder.decode(block)
            except UnicodeDecodeError as error:
                line += bytes(error.object[:error.start]).count(b"\n")
                raise ValidationError(f"line {line}: the file is not UTF-8 text; save it as "
                                      "'CSV UTF-8' and import it again", code=ErrorCode.NOT_UTF8,
                                      line=line) from None
            line += block.count(b"\n")
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise ValidationError(f"line {line}: the file ends in the middle of a character",
                                  code=ErrorCode.NOT_UTF8, line=line) from None


def _read_rows(path: Path) -> Generator[tuple[int, list[str]], None, None]:
    """Every row that is not blank, with the physical line it starts on (header included)."""
    with path.open("rb") as binary, \
            io.TextIOWrapper(binary, encoding="utf-8-sig", newline="") as text:
        reader = csv.reader(text)
        line = 1
        try:
            for cells in reader:
                if any(cell.strip() for cell in cells):
                    yield line, cells
                line = reader.line_num + 1
        except csv.Error as error:  # e.g. a quote never closed swallowing the rest of the file
            raise ValidationError(f"line {line}: the file cannot be read from here: {error}",
                                  code=ErrorCode.UNREADABLE_CSV, line=line) from None


def _scan(path: Path) -> tuple[list[str], int]:
    """The header and the number of data rows; raises for anything that spoils the file."""
    _check_utf8(path)
    rows = _read_rows(path)
    first = next(rows, None)
    if first is None:
        raise ValidationError("the file is empty; a header row is required",
                              code=ErrorCode.EMPTY_FILE)
    _columns(first[1])
    return first[1], sum(1 for _ in rows)


def _parse_date(text: str, column: str) -> date:
    match = _ISO_DATE.fullmatch(text)
    parts = match.groups() if match else None
    if parts is None and (match := _DAY_FIRST_DATE.fullmatch(text)):
        day, month, year = match.groups()
        parts = (year, month, day)
    if parts is None:
        raise _reject(column, ErrorCode.INVALID_DATE,
                      f"{column}: {text!r} is not a date (write YYYY-MM-DD or DD/MM/YYYY)",
                      value=text)
    try:
        return date(*(int(part) for part in parts))
    except ValueError as error:
        raise _reject(column, ErrorCode.INVALID_DATE,
                      f"{column}: {text!r} is not a date ({error})", value=text) from None


def _parse_time(text: str) -> time | None:
    if not text:
        return None
    match = _TIME.fullmatch(text)
    hour, minute, second = (int(part or 0) for part in match.groups()) if match else (99, 0, 0)
    if hour > 23 or minute > 59 or second > 59:
        raise _reject("time", ErrorCode.INVALID_TIME,
                      f"time: {text!r} is not a time (write HH:MM, from 00:00 to 23:59)",
                      value=text)
    return time(hour, minute, second)


def _rejected_by(error: ValidationError, column: str | None,
                 values: Mapping[str, str]) -> _Rejected:
    """A core error as a refusal naming the register's column and the value written there."""
    column = column or _COLUMN_OF_FIELD.get(error.field or "", error.field or "row")
    written = values.get(column, "")
    reason = f"{column}: {error.message}"
    if written and written not in error.message:
        reason = f"{column}: {error.message} ({written!r})"
    params = {"value": written, **error.params} if written else error.params
    return _Rejected(reason, ValidationError(reason, code=error.code, field=column, **params))


class _RowReader:
    """Turns register rows into households to record, or ``_Rejected``.

    Two identical rows are two people, so a row's UUID includes how many identical rows came
    before it in the file. Those counts are kept in a dict keyed by an 8-byte digest of the row
    (about 100 bytes a row: ~10 MB for 100,000 rows). A TEMP table would not save that memory,
    because the ledger's connections keep temp tables in memory (``temp_store = MEMORY``), and
    it would need one connection held for the whole import. A digest collision only shifts an
    occurrence index, deterministically, so it can never lose a row or count one twice.
    """

    def __init__(self, ledger: Ledger, columns: dict[str, int]) -> None:
        self.checkpoint = ledger.settings.checkpoint
        self.ledger = ledger
        self.today = ledger.today()
        self.columns = columns
        matches = (EXTRA_DOCUMENT.fullmatch(name) for name in columns)
        extra = sorted({int(match["n"]) for match in matches if match})
        self.documents = [("document_type", "document_number", "check_result")] + [
            (f"document_{n}_type", f"document_{n}_number", f"document_{n}_check_result")
            for n in extra]
        self.seen: dict[bytes, int] = {}

    def values(self, cells: list[str]) -> dict[str, str]:
        """Recognised column -> trimmed value ('' where the row is short)."""
        return {name: cells[i].strip() if i < len(cells) else ""
                for name, i in self.columns.items()}

    def household(self, cells: list[str], header_width: int) -> HouseholdEntry | None:
        """The row as a household of one person (joined to others by its household UUID).

        None for a row our own export marked voided.
        """
        if len(cells) > header_width and any(cell.strip() for cell in cells[header_width:]):
            raise _reject(None, ErrorCode.EXTRA_CELLS,
                          f"the row has {len(cells)} values but the header has {header_width}"
                          " columns (a comma inside a value that is not in quotes?)",
                          values=len(cells), columns=header_width)
        values = self.values(cells)
        voided = values.get("voided", "").lower()
        if voided not in _YES | _NO:
            raise _reject("voided", ErrorCode.NOT_YES_OR_NO,
                          f"voided: {values['voided']!r} is not yes or no", value=values["voided"])
        if voided in _YES:
            return None
        if not values["date"]:
            raise _reject("date", ErrorCode.REQUIRED, "date: a date is required")
        day = _parse_date(values["date"], "date")
        if day > self.today:
            raise _reject("date", ErrorCode.DATE_IN_FUTURE,
                          f"date: {values['date']!r} is after today", value=values["date"])
        at = _parse_time(values.get("time", ""))
        person = self._person(values, day)
        crossing_uuid = self._uuid(values)
        household = re.sub(r"\s+", " ", values.get("household", "")).casefold()
        household_uuid = uuidlib.uuid5(IMPORT_NAMESPACE, canonical_json(
            [self.checkpoint, "household", day, household] if household
            else [self.checkpoint, "alone", crossing_uuid]))
        return HouseholdEntry([person], self.ledger.local_to_utc(day, at), str(household_uuid),
                              [crossing_uuid])

    def _person(self, values: dict[str, str], day: date) -> CheckedPerson:
        age = values.get("age", "")
        if age and not (_WHOLE_NUMBER.fullmatch(age) and int(age) <= 120):
            raise _reject("age", ErrorCode.AGE_OUT_OF_RANGE,
                          f"age: {age!r} is not a whole number from 0 to 120", value=age)
        birth = values.get("birth_date", "")
        shown = [(document, columns) for columns in self.documents
                 if (document := self._document(values, *columns)) is not None]
        person = PersonEntry(
            full_name=values["full_name"], sex=values["sex"] or None,
            origin_province=values["origin_province"],
            father_name=values.get("father_name", ""),
            birth_date=_parse_date(birth, "birth_date") if birth else None,
            age_years=int(age) if age else None,
            origin_district=values.get("origin_district", ""),
            destination_province=values.get("destination_province") or None,
            return_type=values.get("return_type") or None,
            vulnerabilities=frozenset(re.split(r"[;,|]", values.get("vulnerabilities", ""))),
            remarks=values.get("remarks", ""),
            documents=tuple(document for document, _columns in shown))
        try:
            return normalise_person(person, day)
        except ValidationError as error:
            column = None
            if "document" in error.params:
                type_column, number_column, result_column = shown[error.params["document"]][1]
                column = {"document_type": type_column, "document_number": number_column,
                          "check_result": result_column}.get(error.field or "", type_column)
            raise _rejected_by(error, column, values) from None

    def _document(self, values: dict[str, str], type_column: str, number_column: str,
                  result_column: str) -> DocumentEntry | None:
        kind, number = values.get(type_column, ""), values.get(number_column, "")
        result = values.get(result_column, "")
        try:
            code = codes.document_types().resolve(kind)
        except ValidationError as error:
            raise _rejected_by(error, type_column, values) from None
        if code in (None, "none"):
            if number:
                raise _reject(type_column, ErrorCode.NUMBER_WITHOUT_TYPE,
                              f"{type_column}: a document number is given but no "
                              "document type")
            if not result:
                return None  # no document shown, and nothing said about it
        # No warnings are stored (``checkpoint.warnings``): a warning records that a clerk was
        # shown it and decided to save anyway, and nobody is asked during an import. The paper
        # register's rows were decided on at the desk long ago, against lists that were not the
        # device's current ones; stamping today's findings on them would count overrides on
        # the tally that nobody made.
        return DocumentEntry(document_type=code or "none", number=number, result=result or None)

    def _uuid(self, values: dict[str, str]) -> str:
        """The row's crossing UUID: the one our export wrote, or one derived from the row."""
        if values.get("uuid"):
            try:
                written = uuidlib.UUID(values["uuid"])
            except ValueError:
                raise _reject("uuid", ErrorCode.INVALID_UUID,
                              f"uuid: {values['uuid']!r} is not a UUID",
                              value=values["uuid"]) from None
            key = written.bytes  # 16 bytes: never equal to an 8-byte row digest below
            if key in self.seen:
                raise _reject("uuid", ErrorCode.REPEATED_UUID,
                              f"uuid: {written} is on an earlier line of this file",
                              value=str(written))
            self.seen[key] = 1
            source = values.get("checkpoint", "").upper()
            if source and source != self.checkpoint:
                # Another checkpoint's record: HQ holds it under that UUID already, so here it
                # is a new record, with a UUID of its own (still the same in every run).
                return str(uuidlib.uuid5(IMPORT_NAMESPACE, canonical_json(
                    [self.checkpoint, "from", source, str(written)])))
            return str(written)
        # Values as written (trimmed), empty ones left out, so an added empty column or another
        # column order gives the same UUID.
        content = [self.checkpoint, {name: value for name, value in values.items()
                                     if value and name not in ROUND_TRIP_COLUMNS}]
        key = hashlib.blake2b(canonical_json(content).encode(), digest_size=8).digest()
        occurrence = self.seen.get(key, 0)
        self.seen[key] = occurrence + 1
        return str(uuidlib.uuid5(IMPORT_NAMESPACE, canonical_json([*content, occurrence])))


class _RejectedFile:
    """``FILE.rejected.csv``: the rejected rows with their line and reason, for fixing in Excel.

    Written under a temporary name and put in place at the end, so a stale file from an earlier
    run is replaced (or removed) only once this run knows its own rejects.
    """

    def __init__(self, source: Path, header: list[str]) -> None:
        self.path = source.with_name(source.name + ".rejected.csv")
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.header = header
        self.file: IO[str] | None = None
        self.writer: csv.DictWriter | None = None

    def write(self, line: int, reason: str, cells: list[str]) -> None:
        """One rejected row: ``line`` and ``reason`` first, then the cells as they were."""
        if self.file is None:
            # utf-8-sig: the BOM makes Excel read the file as UTF-8.
            # Owner-only: the rows carry names and document numbers in plain text.
            self.file = open_private(self.partial, "w", encoding="utf-8-sig", newline="")
            csv.writer(self.file).writerow(["line", "reason", *self.header])
        csv.writer(self.file).writerow([line, reason, *cells])

    def finish(self) -> Path | None:
        """Put the file in place; with no rejects, remove a stale one. Its path, or None."""
        if self.file is None:
            self.path.unlink(missing_ok=True)
            return None
        self.file.close()
        os.replace(self.partial, self.path)
        return self.path

    def discard(self) -> None:
        """Leave nothing half-written behind after a failure."""
        if self.file is not None:
            self.file.close()
        self.partial.unlink(missing_ok=True)


@dataclass
class _Pending:
    line: int
    cells: list[str]
    household: HouseholdEntry

    @property
    def crossing_uuid(self) -> str:
        """The UUID the row's crossing has (or will have)."""
        return self.household.uuids[0] if self.household.uuids else ""


class _Import:
    """One run: the chunk being gathered and the counts so far."""

    def __init__(self, ledger: Ledger, path: Path, header: list[str]) -> None:
        self.ledger = ledger
        self.rows = _RowReader(ledger, _columns(header))
        self.header_width = len(header)
        self.rejected_file = _RejectedFile(path, header)
        self.accepted = self.already_present = self.skipped_voided = 0
        self.rejected: list[RejectedRow] = []
        self.pending: list[_Pending] = []
        self.pending_rejects: list[tuple[int, _Rejected, list[str]]] = []
        self.pending_voided = 0
        self.cancelled = False

    def add(self, line: int, cells: list[str]) -> None:
        """Read one row into the current chunk."""
        try:
            household = self.rows.household(cells, self.header_width)
        except _Rejected as rejected:
            self.pending_rejects.append((line, rejected, cells))
            return
        if household is None:
            self.pending_voided += 1
        else:
            self.pending.append(_Pending(line, cells, household))

    @property
    def chunk_size(self) -> int:
        """Rows read into the current chunk."""
        return len(self.pending) + len(self.pending_rejects) + self.pending_voided

    def flush(self) -> None:
        """Record the chunk (one transaction) and write its rejects in line order."""
        if self.pending:
            with self.ledger.reading() as session:
                present = existing_uuids(session, [p.crossing_uuid for p in self.pending])
            todo = [p for p in self.pending if p.crossing_uuid not in present]
            self.already_present += len(self.pending) - len(todo)
            self._record(todo)
        for line, rejected, cells in sorted(self.pending_rejects, key=lambda r: r[0]):
            error = rejected.error
            self.rejected.append(RejectedRow(line, rejected.reason, error.code, error.field,
                                             error.params))
            self.rejected_file.write(line, rejected.reason, cells)
        self.skipped_voided += self.pending_voided
        self.pending, self.pending_rejects, self.pending_voided = [], [], 0

    def _record(self, todo: list[_Pending]) -> None:
        details = {"source": "import"}
        try:
            record_households(self.ledger, [p.household for p in todo], audit_details=details)
            self.accepted += len(todo)
            return
        except ValidationError:
            pass  # something the row checks missed: find it one household at a time
        for pending in todo:
            try:
                record_households(self.ledger, [pending.household], audit_details=details)
                self.accepted += 1
            except ValidationError as error:
                values = self.rows.values(pending.cells)
                self.pending_rejects.append((pending.line, _rejected_by(error, None, values),
                                             pending.cells))

    def read(self, path: Path, total: int, progress: Callable[[int, int], None] | None,
             should_stop: Callable[[], bool] | None) -> None:
        """Read every row after the header, recording chunk by chunk."""
        read = 0
        with closing(_read_rows(path)) as rows:
            next(rows)  # the header, checked by _scan
            for line, cells in rows:
                if should_stop is not None and should_stop():
                    # The chunk read so far is dropped: what the report counts is committed.
                    self.pending, self.pending_rejects, self.pending_voided = [], [], 0
                    self.cancelled = True
                    return
                self.add(line, cells)
                read += 1
                if self.chunk_size >= CHUNK_ROWS:
                    self.flush()
                    if progress is not None:
                        progress(read, total)
        self.flush()
        if progress is not None:
            progress(read, total)


def import_register(ledger: Ledger, path: Path, *,
                    progress: Callable[[int, int], None] | None = None,
                    should_stop: Callable[[], bool] | None = None) -> ImportReport:
    """Import the register at ``path`` (IT admin); see the module docstring and DESIGN §8.

    A file that cannot be read as a whole (not UTF-8, no header, a required column missing)
    raises ``ValidationError`` before anything is recorded. ``progress(rows_read, total_rows)``
    is called after each chunk. When ``should_stop()`` turns true the chunk being read is
    dropped, the chunks already committed stay, and the report says ``cancelled``; importing the
    file again later completes it.
    """
    ledger.actor.require(Action.IMPORT)
    path = Path(path)
    header, total = _scan(path)
    run = _Import(ledger, path, header)
    try:
        run.read(path, total, progress, should_stop)
        rejected_path = run.rejected_file.finish()
    except BaseException as error:
        run.rejected_file.discard()
        # Chunks may already be committed, so the attempt is audited; but the error that
        # stopped the import matters more than a second one from writing its audit entry.
        with suppress(Exception):
            _audit(ledger, path, run, failed=type(error).__name__)
        full = disk_full(error) if isinstance(error, Exception) else None
        if full is not None:
            raise _stopped_by_full_disk(run.accepted) from None
        raise
    _audit(ledger, path, run)
    return ImportReport(run.accepted, run.already_present, run.rejected, rejected_path,
                        run.cancelled, run.skipped_voided)


def _stopped_by_full_disk(accepted: int) -> DiskFull:
    # The chunks before the one that failed are committed and stay; the file's rows carry
    # their own UUIDs, so importing it again adds only what is missing.
    if not accepted:
        return DiskFull("The disk is full: nothing was imported. Free some space and import "
                        "the file again.", imported=0)
    return DiskFull(f"The disk is full: {accepted} rows were imported before it filled up. "
                    "Free some space and import the file again: the rows already imported "
                    "are not added twice.", imported=accepted)


def _audit(ledger: Ledger, path: Path, run: _Import, failed: str | None = None) -> None:
    # Counts and the file's name only: never a row's contents.
    details = {"file": path.name, "accepted": run.accepted,
               "already_present": run.already_present, "rejected": len(run.rejected),
               "skipped_voided": run.skipped_voided, "cancelled": run.cancelled}
    if failed:
        details["failed"] = failed
    with ledger.writing() as session:
        audit.append(session, ledger.actor.username, "import", details=details)
