"""Reading a document's machine-readable zone (ICAO Doc 9303, parts 3 to 7).

A document reader types the zone like a keyboard, so the text arrives with line breaks of any
kind, stray whitespace, blank lines and sometimes lower case. That noise is tolerated; the
characters themselves are never guessed (no O-for-0 repair): a zone that is not exactly an ICAO
layout is refused with :class:`~checkpoint.errors.MrzUnreadable`, and a zone that has the right
layout but wrong content is read anyway, with every failing check named in ``errors``.

Formats: TD1 (3 x 30, identity cards), TD2 (2 x 36) and TD3 (2 x 44, passports). Visas share the
TD2 and TD3 sizes (MRV-B and MRV-A, part 7); they are read with the same field positions but carry
no composite check digit, so ``checks["composite"]`` is None for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from checkpoint.errors import MrzUnreadable, ValidationError
from contract.errors import ErrorCode

__all__ = ["MrzFieldError", "MrzReading", "check_digit", "is_expired", "read_mrz"]

_LAYOUTS: dict[tuple[int, ...], str] = {(30, 30, 30): "TD1", (36, 36): "TD2", (44, 44): "TD3"}
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\t")
# Checked before upper-casing: str.upper() turns "ß" into "SS" and "ı" into "I", which would
# silently invent characters the document does not carry.
_ILLEGAL = re.compile(r"[^A-Za-z0-9<]")
_FILLER_RUN = re.compile(r"<+")
_WEIGHTS = (7, 3, 1)
_SEX = {"M": "M", "F": "F", "<": "X", "X": "X"}
_CHECKED_FIELDS = ("document_number", "birth_date", "expiry_date", "optional_data", "composite")
_FIELD_WORDS = {
    "document_number": "document number",
    "birth_date": "date of birth",
    "expiry_date": "date of expiry",
    "optional_data": "personal number",
    "composite": "composite",
}


@dataclass(frozen=True)
class MrzFieldError:
    """One thing wrong inside a readable zone: ``field`` and a stable ``code``."""

    field: str
    code: str
    message: str


@dataclass(frozen=True)
class MrzReading:
    """The fields of one machine-readable zone and the verdict of each check digit."""

    format: str
    document_code: str
    issuing_country: str
    document_number: str
    primary_name: str
    secondary_name: str
    nationality: str
    birth_date: date | None
    sex: str | None
    expiry_date: date | None
    optional_data: str
    checks: dict[str, bool | None]
    errors: list[MrzFieldError]

    @property
    def valid(self) -> bool:
        """True when every check digit the format has matches and every field is readable."""
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        """The object ``checkpoint-admin mrz --json`` prints (DESIGN section 7)."""
        return {
            "format": self.format,
            "valid": self.valid,
            "document_code": self.document_code,
            "issuing_country": self.issuing_country,
            "document_number": self.document_number,
            "primary_name": self.primary_name,
            "secondary_name": self.secondary_name,
            "nationality": self.nationality,
            "birth_date": _iso(self.birth_date),
            "sex": self.sex,
            "expiry_date": _iso(self.expiry_date),
            "optional_data": self.optional_data,
            "checks": dict(self.checks),
        }


@dataclass(frozen=True)
class _Zone:
    """Raw slices of one zone, still with fillers, before interpretation."""

    document_code: str
    issuing_country: str
    document_number: str
    document_number_check: str
    names: str
    nationality: str
    birth: str
    birth_check: str
    sex: str
    expiry: str
    expiry_check: str
    optional_data: str
    # (raw field, check digit) pairs; None where the format has no such check digit. Only TD3
    # passports check their optional data (the personal number).
    optional_checked: tuple[str, str] | None
    composite: tuple[str, str] | None


def check_digit(value: str) -> str:
    """ICAO 9303 part 3 check digit of ``value`` (digits, A-Z and ``<``), as one character."""
    total = 0
    for index, char in enumerate(value):
        if char.isdigit():
            number = int(char)
        elif char == "<":
            number = 0
        else:
            number = ord(char) - ord("A") + 10
        total += number * _WEIGHTS[index % 3]
    return str(total % 10)


def read_mrz(text: str, *, today: date | None = None) -> MrzReading:
    """Read the zone a document reader typed into ``text``.

    ``today`` fixes the century of the date of birth (the latest one that does not put the birth
    in the future); it defaults to the current date. Raises ``MrzUnreadable`` when the text is not
    a zone of a known layout or holds characters an MRZ cannot contain.
    """
    lines = _split_lines(text)
    layout = _LAYOUTS.get(tuple(len(line) for line in lines))
    if layout is None:
        lengths = [len(line) for line in lines]
        raise MrzUnreadable(
            f"Not a machine-readable zone: expected 3 lines of 30, 2 of 36 or 2 of 44 characters,"
            f" got {len(lines)} line(s) of lengths {lengths}.",
            code=ErrorCode.UNKNOWN_FORMAT, lengths=lengths)
    lines = [line.upper() for line in lines]
    if layout == "TD1":
        zone = _td1(lines)
    elif layout == "TD2":
        zone = _td2(lines)
    else:
        zone = _td3(lines)
    return _interpret(layout, zone, today or date.today())


def is_expired(reading: MrzReading, on: date) -> bool:
    """Whether the document had expired on ``on`` (it is still good on its expiry day).

    Raises ``ValidationError`` when the zone's expiry date is not a date: an unreadable expiry is
    reported as such rather than guessed either way.
    """
    if reading.expiry_date is None:
        raise ValidationError("The document's date of expiry is not a valid date.",
                              code=ErrorCode.INVALID_DATE, field="expiry_date")
    return reading.expiry_date < on


def _split_lines(text: str) -> list[str]:
    lines = [line.strip() for line in _LINE_BREAK.split(text)]
    lines = [line for line in lines if line]
    for number, line in enumerate(lines, start=1):
        bad = _ILLEGAL.search(line)
        if bad is not None:
            raise MrzUnreadable(
                f"Line {number}, position {bad.start() + 1}: {bad.group()!r} cannot appear in a"
                " machine-readable zone.",
                code=ErrorCode.ILLEGAL_CHARACTER, line=number, position=bad.start() + 1)
    return lines


def _td1(lines: list[str]) -> _Zone:
    upper, middle, lower = lines
    number, number_check, optional_1 = _long_number(upper[5:14], upper[14], upper[15:30])
    return _Zone(
        document_code=upper[0:2], issuing_country=upper[2:5],
        document_number=number, document_number_check=number_check, names=lower,
        nationality=middle[15:18], birth=middle[0:6], birth_check=middle[6], sex=middle[7],
        expiry=middle[8:14], expiry_check=middle[14],
        optional_data=_join_optional(optional_1, middle[18:29]), optional_checked=None,
        composite=(upper[5:30] + middle[0:7] + middle[8:15] + middle[18:29], middle[29]))


def _td2(lines: list[str]) -> _Zone:
    upper, lower = lines
    visa = upper.startswith("V")
    if visa:  # MRV-B: optional data runs to the end; there is no composite check
        number, number_check, optional = lower[0:9].rstrip("<"), lower[9], lower[28:36]
    else:  # part 6 carries the same long-document-number rule as TD1
        number, number_check, optional = _long_number(lower[0:9], lower[9], lower[28:35])
    return _Zone(
        document_code=upper[0:2], issuing_country=upper[2:5],
        document_number=number, document_number_check=number_check, names=upper[5:36],
        nationality=lower[10:13], birth=lower[13:19], birth_check=lower[19], sex=lower[20],
        expiry=lower[21:27], expiry_check=lower[27],
        optional_data=_strip_fillers(optional), optional_checked=None,
        composite=None if visa else (lower[0:10] + lower[13:20] + lower[21:35], lower[35]))


def _td3(lines: list[str]) -> _Zone:
    upper, lower = lines
    visa = upper.startswith("V")
    return _Zone(
        document_code=upper[0:2], issuing_country=upper[2:5],
        document_number=lower[0:9].rstrip("<"), document_number_check=lower[9],
        names=upper[5:44], nationality=lower[10:13], birth=lower[13:19],
        birth_check=lower[19], sex=lower[20], expiry=lower[21:27], expiry_check=lower[27],
        # MRV-A: positions 29-44 are all optional data, with neither personal-number check
        # digit nor composite.
        optional_data=_strip_fillers(lower[28:44] if visa else lower[28:42]),
        optional_checked=None if visa else (lower[28:42], lower[42]),
        composite=None if visa else (lower[0:10] + lower[13:20] + lower[21:43], lower[43]))


def _long_number(principal: str, check: str, optional: str) -> tuple[str, str, str]:
    """Document number, its check digit and the remaining optional data (part 5, note j).

    A filler in the check digit position means the number did not fit in nine characters: it
    continues in the optional data up to the first filler, and the last character before that
    filler is the check digit of the whole number.
    """
    if check != "<":
        return principal.rstrip("<"), check, optional
    overflow = optional.split("<", 1)[0]
    if not overflow:  # nothing continues the number: leave the filler to fail the check
        return principal.rstrip("<"), check, optional
    return principal + overflow[:-1], overflow[-1], optional[len(overflow):]


def _interpret(layout: str, zone: _Zone, today: date) -> MrzReading:
    checks: dict[str, bool | None] = {
        "document_number": _digit_matches(zone.document_number, zone.document_number_check),
        "birth_date": _digit_matches(zone.birth, zone.birth_check),
        "expiry_date": _digit_matches(zone.expiry, zone.expiry_check),
        "optional_data": _optional_check(zone),
        "composite": None if zone.composite is None else _digit_matches(*zone.composite),
    }
    errors = [
        MrzFieldError(name, "check_digit",
                      f"The {_FIELD_WORDS[name]} check digit does not match.")
        for name in _CHECKED_FIELDS if checks[name] is False
    ]
    birth_date = _birth_date(zone.birth, today)
    expiry_date = _expiry_date(zone.expiry)
    for name, value in (("birth_date", birth_date), ("expiry_date", expiry_date)):
        if value is None:
            errors.append(MrzFieldError(name, "invalid_date",
                                        f"The {_FIELD_WORDS[name]} is not a valid date."))
    sex = _SEX.get(zone.sex)
    if sex is None:
        errors.append(MrzFieldError("sex", "invalid_value",
                                    "The sex field holds neither M, F, X nor a filler."))
    primary, _, secondary = zone.names.partition("<<")
    return MrzReading(
        format=layout,
        document_code=zone.document_code.rstrip("<"),
        issuing_country=zone.issuing_country.rstrip("<"),
        document_number=zone.document_number,
        primary_name=_name(primary),
        secondary_name=_name(secondary),
        nationality=zone.nationality.rstrip("<"),
        birth_date=birth_date,
        sex=sex,
        expiry_date=expiry_date,
        optional_data=zone.optional_data,
        checks=checks,
        errors=errors,
    )


def _digit_matches(value: str, digit: str) -> bool:
    return digit.isdigit() and check_digit(value) == digit


def _optional_check(zone: _Zone) -> bool | None:
    if zone.optional_checked is None:
        return None
    field, digit = zone.optional_checked
    # Part 4: an unused personal number may carry either a filler or zero as its check digit.
    if not field.strip("<") and digit in ("<", "0"):
        return True
    return _digit_matches(field, digit)


def _birth_date(field: str, today: date) -> date | None:
    parts = _date_parts(field)
    if parts is None:
        return None
    yy, month, day = parts
    year = today.year // 100 * 100 + yy
    # Compare as tuples so an impossible day (31 April) is refused below, not here.
    if (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    return _date_or_none(year, month, day)


def _expiry_date(field: str) -> date | None:
    parts = _date_parts(field)
    return None if parts is None else _date_or_none(2000 + parts[0], parts[1], parts[2])


def _date_parts(field: str) -> tuple[int, int, int] | None:
    # Unknown parts of a date are written as fillers; they make the date unusable, not a guess.
    if not (field.isascii() and field.isdigit()):
        return None
    return int(field[0:2]), int(field[2:4]), int(field[4:6])


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _name(part: str) -> str:
    return _FILLER_RUN.sub(" ", part).strip()


def _strip_fillers(value: str) -> str:
    return value.strip("<")


def _join_optional(first: str, second: str) -> str:
    return " ".join(part for part in (_strip_fillers(first), _strip_fillers(second)) if part)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()
