"""The tally's rules and its object (DESIGN §7), shared by the device and HQ.

A crossing adds a handful of *keys* — (dimension, value) pairs — to its day: one for the total,
one for each single-valued breakdown (origin province, sex, age band, return type; ``unknown``
where the value was not recorded, so each of them sums to the total), one per document type shown
(``none`` when no document was), one per check result, one per vulnerability and one per
warning the clerk was shown about a document and saved anyway (``by_warning_overridden``).
The device keeps these keys as per-day counters, HQ per crossing; both turn summed keys into
the tally object with :func:`build_tally`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date
from typing import Any, Protocol

from contract import codes

TOTAL = "total"
HOUSEHOLDS = "households"
UNKNOWN = "unknown"
NO_DOCUMENT = "none"
AGE_BANDS = ("0-17", "18-59", "60+", UNKNOWN)

# Tally object key -> counter dimension, in the order the object is printed.
BREAKDOWNS = (("by_origin_province", "origin_province"), ("by_document_type", "document_type"),
              ("by_check_result", "check_result"), ("by_sex", "sex"),
              ("by_age_band", "age_band"), ("by_return_type", "return_type"),
              ("by_vulnerability", "vulnerability"),
              ("by_warning_overridden", "warning_overridden"))
BREAKDOWN_NAMES = tuple(name for name, _ in BREAKDOWNS)
# The code list each breakdown's values are codes of (the age bands are the tally's own).
BREAKDOWN_CODES: dict[str, Callable[[], codes.CodeList] | None] = {
    "by_origin_province": codes.pk_provinces, "by_document_type": codes.document_types,
    "by_check_result": codes.check_results, "by_sex": codes.sexes, "by_age_band": None,
    "by_return_type": codes.return_types, "by_vulnerability": codes.vulnerabilities,
    "by_warning_overridden": codes.document_warnings}
# The breakdowns where a person has exactly one value: each sums to the total.
SINGLE_VALUED = ("origin_province", "sex", "age_band", "return_type")

Key = tuple[str, str]


class TalliedCrossing(Protocol):
    """What the keys read from a crossing (a device row, or a crossing as it travels)."""

    @property
    def origin_province(self) -> str | None: ...
    @property
    def sex(self) -> str | None: ...
    @property
    def age_years(self) -> int | None: ...
    @property
    def birth_date(self) -> date | None: ...
    @property
    def local_day(self) -> date: ...
    @property
    def return_type(self) -> str | None: ...


class TalliedCheck(Protocol):
    """What the keys read from a document check."""

    @property
    def document_type(self) -> str: ...
    @property
    def result(self) -> str | None: ...
    @property
    def warnings(self) -> Collection[str]: ...


def age_on(birth_date: date, on: date) -> int:
    """Whole years of age on ``on`` of a person born on ``birth_date``."""
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))


def age_band(age_years: int | None, birth_date: date | None, on: date) -> str:
    """The tally's age band for a person on the (checkpoint-local) day they crossed."""
    if age_years is None and birth_date is not None:
        age_years = age_on(birth_date, on)
    if age_years is None or age_years < 0:
        return UNKNOWN
    if age_years < 18:
        return "0-17"
    return "18-59" if age_years < 60 else "60+"


def crossing_keys(crossing: TalliedCrossing, checks: Iterable[TalliedCheck],
                  vulnerabilities: Iterable[str]) -> list[Key]:
    """The keys one (not voided) crossing adds to its day; a key may repeat (two checks with
    the same result count twice)."""
    checks = list(checks)
    keys: list[Key] = [(TOTAL, ""), ("origin_province", crossing.origin_province or UNKNOWN),
                       ("sex", crossing.sex or UNKNOWN),
                       ("age_band", age_band(crossing.age_years, crossing.birth_date,
                                             crossing.local_day)),
                       ("return_type", crossing.return_type or UNKNOWN)]
    document_types = sorted({check.document_type for check in checks}) or [NO_DOCUMENT]
    keys += [("document_type", kind) for kind in document_types]
    keys += [("check_result", check.result) for check in checks if check.result]
    keys += [("vulnerability", flag) for flag in vulnerabilities if flag]
    keys += [("warning_overridden", code) for check in checks for code in check.warnings]
    return keys


def build_tally(checkpoint: str, start: date, end: date,
                counts: Mapping[Key, int]) -> dict[str, Any]:
    """The DESIGN §7 tally object from summed keys (``households`` among them).

    ``start`` and ``end`` are days, or a shift's local times (``from`` and ``to`` are their ISO
    text). Zero counts are left out, except that every age band is always listed.
    """
    result: dict[str, Any] = {"checkpoint": checkpoint, "from": start.isoformat(),
                              "to": end.isoformat(), "total": counts.get((TOTAL, ""), 0),
                              "households": counts.get((HOUSEHOLDS, ""), 0)}
    for name, dimension in BREAKDOWNS:
        breakdown = {value: n for (dim, value), n in sorted(counts.items())
                     if dim == dimension and n}
        if dimension == "age_band":
            breakdown = {band: breakdown.get(band, 0) for band in AGE_BANDS}
        result[name] = breakdown
    return result
