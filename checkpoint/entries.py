"""What a clerk (or a register row) says about a person, checked and normalised for storage.

The desktop form, the CSV import and the demo data all describe people with ``PersonEntry`` and
``DocumentEntry``; ``normalise_person`` is the one place their values are validated, so every
face accepts and refuses exactly the same things. It returns a ``CheckedPerson``: the type says
the values were checked, so recording does not check them again. Errors name the field (and,
for households and documents, which person and which document) so the face can point at it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import TypeVar

from checkpoint.errors import ValidationError, ValidationErrors
from checkpoint.folding import fold_name
from contract import codes
from contract.documents import document_number_key
from contract.errors import ErrorCode

MAX_AGE = 120
MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 2000
_SPACES = re.compile(r"\s+")
_T = TypeVar("_T")


@dataclass(frozen=True)
class DocumentEntry:
    """One document looked at. Coded fields take codes or what people write (``PoR``)."""

    document_type: str
    number: str = ""
    issuing_country: str = ""
    expiry: date | None = None
    result: str | None = None
    method: str = "visual"
    custody: str = "returned_to_holder"
    # What the desk warned about this document and the clerk saved anyway (codes of
    # ``codes.document_warnings``), and the version of HQ's lists a warning came from: the
    # clerk's decision, stored with the check (``checkpoint.warnings``).
    warnings: frozenset[str] = frozenset()
    reference_version: int | None = None


@dataclass(frozen=True)
class CheckedDocument(DocumentEntry):
    """A document entry with every value checked and in its stored form."""

    @property
    def number_key(self) -> str:
        """What the duplicate warning compares (``document_number_key``)."""
        return document_number_key(self.number)

    def result_on(self, crossing_day: date, policy_until: date | None) -> str | None:
        """The result recorded for a crossing on ``crossing_day``.

        A stated result is stored as stated; a document no longer valid cannot be
        ``verified`` (``DOCUMENT_EXPIRED``, so no face ever shows Verified and stores
        another result). With no stated result (a register row may have none) an expired
        document is recorded ``expired``. ``policy_until`` as in ``document_valid_until``.
        """
        valid_until = document_valid_until(self.expiry, policy_until)
        if not is_expired(valid_until, crossing_day):
            return self.result
        if self.result == "verified":
            raise ValidationError(f"the document expired on {valid_until}: it cannot be "
                                  "verified", code=ErrorCode.DOCUMENT_EXPIRED,
                                  field="check_result", valid_until=valid_until)
        return self.result or "expired"


def document_valid_until(expiry: date | None, policy_until: date | None) -> date | None:
    """The last day a document counts as valid: the policy date for its type when one is in
    force (``checkpoint.policies``: an extension or the end of a scheme, whatever is printed),
    else its printed expiry."""
    return policy_until if policy_until is not None else expiry


def is_expired(valid_until: date | None, crossing_day: date) -> bool:
    """Whether a document valid until ``valid_until`` is expired on ``crossing_day`` (a
    document with no expiry never is)."""
    return valid_until is not None and valid_until < crossing_day


@dataclass(frozen=True)
class PersonEntry:
    """One person crossing, as entered. Names are kept whole, never split."""

    full_name: str
    sex: str | None
    origin_province: str
    father_name: str = ""
    full_name_native: str = ""
    father_name_native: str = ""
    birth_date: date | None = None
    age_years: int | None = None
    age_estimated: bool = False
    nationality: str | None = None
    origin_district: str = ""
    destination_province: str | None = None
    return_type: str | None = None
    vrf_number: str = ""
    vulnerabilities: frozenset[str] = frozenset()
    remarks: str = ""
    documents: Sequence[DocumentEntry] = field(default_factory=tuple)


@dataclass(frozen=True)
class CheckedPerson(PersonEntry):
    """A person entry with every value checked and in its stored form (``normalise_person``)."""

    documents: tuple[CheckedDocument, ...] = ()


# Fields a correction may change (everything the clerk typed; never bookkeeping).
CORRECTABLE_FIELDS = tuple(f.name for f in fields(PersonEntry))


def clean_text(value: str | None, field_name: str, *, limit: int = MAX_TEXT_LENGTH) -> str:
    """Trimmed text with runs of white space made single; NFC so equal names compare equal."""
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", value or "")).strip()
    if len(text) > limit:
        raise ValidationError(f"{field_name.replace('_', ' ')} is longer than {limit} characters",
                              code=ErrorCode.TOO_LONG, field=field_name, limit=limit)
    return text


def _code(codelist: codes.CodeList, value: str | None, field_name: str) -> str | None:
    try:
        return codelist.resolve(value or "")
    except ValidationError as error:
        raise ValidationError(error.message, code=error.code, field=field_name,
                              value=value) from None


def _required_code(codelist: codes.CodeList, value: str | None, field_name: str) -> str:
    code = _code(codelist, value, field_name)
    if code is None:
        raise ValidationError(f"{field_name.replace('_', ' ')} is required",
                              code=ErrorCode.REQUIRED, field=field_name)
    return code


def _country(value: str | None, field_name: str) -> str:
    text = (value or "").strip().upper()
    if text and not re.fullmatch(r"[A-Z]{3}", text):
        raise ValidationError(f"{field_name.replace('_', ' ')} {value!r} is not a three-letter "
                              "country code (e.g. AFG)", code=ErrorCode.INVALID_COUNTRY,
                              field=field_name)
    return text


def normalise_document(entry: DocumentEntry) -> CheckedDocument:
    """Codes resolved and the number tidied, or a ``ValidationError``."""
    return CheckedDocument(
        document_type=_required_code(codes.document_types(), entry.document_type,
                                     "document_type"),
        number=clean_text(entry.number, "document_number", limit=64).upper(),
        issuing_country=_country(entry.issuing_country, "issuing_country"), expiry=entry.expiry,
        result=_code(codes.check_results(), entry.result, "check_result"),
        method=_required_code(codes.methods(), entry.method, "method"),
        custody=_required_code(codes.custody(), entry.custody, "custody"),
        warnings=frozenset(_required_code(codes.document_warnings(), code, "warnings")
                           for code in entry.warnings),
        reference_version=entry.reference_version)


def _checked_documents(documents: Sequence[DocumentEntry]) -> tuple[CheckedDocument, ...]:
    problems = _Problems()
    checked = []
    for index, document in enumerate(documents):
        try:
            checked.append(normalise_document(document))
        except ValidationError as error:
            error.params["document"] = index
            problems.found.append(error)
    problems.raise_any()
    return tuple(checked)


def normalise_person(entry: PersonEntry, crossing_day: date) -> CheckedPerson:
    """The entry with every value checked and in its stored form, or a ``ValidationErrors``
    holding every problem at once (``params['document']`` is the index of a document at
    fault)."""
    problems = _Problems()
    full_name = problems.check(
        lambda: _required_text(entry.full_name, "full_name", limit=MAX_NAME_LENGTH), "")
    problems.check(lambda: _check_age(entry, crossing_day), None)
    flags: frozenset[str] = problems.check(lambda: frozenset(
        _required_code(codes.vulnerabilities(), flag, "vulnerabilities")
        for flag in entry.vulnerabilities if flag and flag.strip()), frozenset[str]())
    person = CheckedPerson(
        full_name=full_name,
        father_name=problems.check(lambda: clean_text(entry.father_name, "father_name",
                                                      limit=MAX_NAME_LENGTH), ""),
        full_name_native=problems.check(lambda: clean_text(
            entry.full_name_native, "full_name_native", limit=MAX_NAME_LENGTH), ""),
        father_name_native=problems.check(lambda: clean_text(
            entry.father_name_native, "father_name_native", limit=MAX_NAME_LENGTH), ""),
        sex=problems.check(lambda: _required_code(codes.sexes(), entry.sex, "sex"), None),
        nationality=problems.check(lambda: _country(entry.nationality, "nationality"),
                                   "") or None,
        origin_province=problems.check(lambda: _required_code(
            codes.pk_provinces(), entry.origin_province, "origin_province"), ""),
        origin_district=problems.check(lambda: clean_text(
            entry.origin_district, "origin_district", limit=100), ""),
        destination_province=problems.check(lambda: _code(
            codes.af_provinces(), entry.destination_province, "destination_province"), None),
        return_type=problems.check(lambda: _code(codes.return_types(), entry.return_type,
                                                 "return_type"), None),
        vrf_number=problems.check(lambda: clean_text(entry.vrf_number, "vrf_number",
                                                     limit=64).upper(), ""),
        birth_date=entry.birth_date, age_years=entry.age_years,
        age_estimated=entry.age_estimated, vulnerabilities=flags,
        remarks=problems.check(lambda: clean_text(entry.remarks, "remarks"), ""),
        documents=problems.check(lambda: _checked_documents(entry.documents), ()))
    problems.raise_any()
    return person


class _Problems:
    """The problems of one entry, gathered field by field so a face can show them all."""

    def __init__(self) -> None:
        self.found: list[ValidationError] = []

    def check(self, value: Callable[[], _T], instead: _T) -> _T:
        """``value()``, or ``instead`` with its problem kept."""
        try:
            return value()
        except ValidationErrors as errors:
            self.found.extend(errors.problems)
        except ValidationError as error:
            self.found.append(error)
        return instead

    def raise_any(self) -> None:
        """Raise every problem found, if any."""
        if self.found:
            raise ValidationErrors(self.found)


def _required_text(value: str, field_name: str, *, limit: int) -> str:
    text = clean_text(value, field_name, limit=limit)
    if not text:
        raise ValidationError(f"{field_name.replace('_', ' ')} is required",
                              code=ErrorCode.REQUIRED, field=field_name)
    return text


def _check_age(entry: PersonEntry, crossing_day: date) -> None:
    if entry.age_years is not None and not 0 <= entry.age_years <= MAX_AGE:
        raise ValidationError(f"age must be a whole number from 0 to {MAX_AGE}",
                              code=ErrorCode.AGE_OUT_OF_RANGE, field="age_years")
    if entry.birth_date is not None:
        if entry.birth_date > crossing_day:
            raise ValidationError("birth date is after the crossing",
                                  code=ErrorCode.BIRTH_IN_FUTURE, field="birth_date")
        if crossing_day.year - entry.birth_date.year > MAX_AGE:
            raise ValidationError(f"birth date is more than {MAX_AGE} years ago",
                                  code=ErrorCode.AGE_OUT_OF_RANGE, field="birth_date")


def search_keys(entry: PersonEntry) -> tuple[str, str]:
    """Folded keys for the name and father's name (Latin and native script together)."""
    return (fold_name(f"{entry.full_name} {entry.full_name_native}"),
            fold_name(f"{entry.father_name} {entry.father_name_native}"))
