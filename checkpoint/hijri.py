"""Solar Hijri (Jalali, Shamsi) dates, the calendar written on Afghan documents.

A Tazkira or an Afghan passport's visual zone gives dates such as ``1403/01/15``; the ledger
stores Gregorian dates. The arithmetic is ``jdatetime``'s; this module adds the parsing rules for
what a clerk types, and turns every impossible date into a ``ValidationError``.
"""

from __future__ import annotations

import re
from datetime import date

import jdatetime  # no type hints: see [[tool.mypy.overrides]] in pyproject.toml

from checkpoint.errors import ValidationError
from contract.errors import ErrorCode

__all__ = ["parse_document_date", "to_gregorian", "to_solar_hijri"]

# No Gregorian date on a document falls in these years, and Solar Hijri dates of living people
# do, so a year in this range settles the calendar without asking the clerk.
_SOLAR_HIJRI_YEARS = range(1200, 1500)
# Below the Solar Hijri range a year is a typing slip (1043 for 1403), not a Gregorian date.
_EARLIEST_YEAR = _SOLAR_HIJRI_YEARS.start

# Extended Arabic-Indic (Persian, Dari, Pashto keyboards) and Arabic-Indic digits.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# Year first with one separator used twice (1403/01/15, 1403-01-15, 2024-03-20), or day first
# with slashes (20/03/2024). Other shapes (20-03-2024, 03/20/2024 ...) are refused rather than
# read one way or the other.
_YEAR_FIRST = re.compile(r"(?P<year>[0-9]{4})(?P<sep>[-/])(?P<month>[0-9]{1,2})(?P=sep)"
                         r"(?P<day>[0-9]{1,2})", re.ASCII)
_DAY_FIRST = re.compile(r"(?P<day>[0-9]{1,2})/(?P<month>[0-9]{1,2})/(?P<year>[0-9]{4})", re.ASCII)
# Eight digits, year first (20261201, 14050910), as typed without separators on a keypad. Day
# first without separators (01122026) gives a year below 1200 and is refused as too early.
_COMPACT = re.compile(r"(?P<year>[0-9]{4})(?P<month>[0-9]{2})(?P<day>[0-9]{2})", re.ASCII)


def to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of the Solar Hijri ``year/month/day``.

    Raises ``ValidationError`` (code ``invalid_date``) for a day the calendar does not have,
    such as 1403/13/01 or 30 Esfand of a common year.
    """
    try:
        gregorian: date = jdatetime.date(year, month, day).togregorian()
    except ValueError as error:
        raise ValidationError(
            f"{year:04d}/{month:02d}/{day:02d} is not a Solar Hijri date ({error}).",
            code=ErrorCode.INVALID_DATE, year=year, month=month, day=day) from error
    return gregorian


def to_solar_hijri(d: date) -> tuple[int, int, int]:
    """The Solar Hijri ``(year, month, day)`` of the Gregorian date ``d``."""
    try:
        shamsi = jdatetime.date.fromgregorian(date=d)
    except ValueError as error:  # before the calendar's epoch (622 CE)
        raise ValidationError(f"{d.isoformat()} has no Solar Hijri date ({error}).",
                              code=ErrorCode.INVALID_DATE) from error
    return shamsi.year, shamsi.month, shamsi.day


def parse_document_date(text: str, *, field: str | None = None) -> date:
    """The Gregorian date written as ``text`` on a document.

    Accepts the year first (``YYYY-MM-DD``, ``YYYY/MM/DD`` or ``YYYYMMDD``) or the day first
    (``DD/MM/YYYY``).
    A year from 1200 to 1499 is Solar Hijri (``1403/01/15``), a later one Gregorian; Persian and
    Arabic-Indic digits count like ASCII ones. Anything else, or a day the calendar does not
    have, raises ``ValidationError`` with code ``invalid_date`` and the given ``field``.
    """
    cleaned = text.strip().translate(_DIGITS)
    match = _YEAR_FIRST.fullmatch(cleaned) or _DAY_FIRST.fullmatch(cleaned) \
        or _COMPACT.fullmatch(cleaned)
    if match is None:
        raise ValidationError(
            f"{text!r} is not a date: write it as YYYY-MM-DD, YYYYMMDD, DD/MM/YYYY or, in the"
            " Solar Hijri calendar, YYYY/MM/DD.", code=ErrorCode.INVALID_DATE, field=field,
            text=text)
    year, month, day = (int(match[name]) for name in ("year", "month", "day"))
    if year < _EARLIEST_YEAR:
        raise ValidationError(f"{text!r} is not a date: the year {year} is too early.",
                              code=ErrorCode.INVALID_DATE, field=field, text=text)
    try:
        if year in _SOLAR_HIJRI_YEARS:
            shamsi: date = jdatetime.date(year, month, day).togregorian()
            return shamsi
        return date(year, month, day)
    except ValueError as error:
        calendar = "Solar Hijri" if year in _SOLAR_HIJRI_YEARS else "Gregorian"
        raise ValidationError(f"{text!r} is not a {calendar} date ({error}).",
                              code=ErrorCode.INVALID_DATE, field=field, text=text) from error
