"""Solar Hijri dates as written on Afghan documents."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkpoint.errors import ValidationError
from checkpoint.hijri import parse_document_date, to_gregorian, to_solar_hijri

KNOWN_PAIRS = [
    ((1404, 1, 1), date(2025, 3, 21)),
    ((1403, 1, 1), date(2024, 3, 20)),
    ((1400, 1, 1), date(2021, 3, 21)),  # Nowruz 1400
    ((1403, 12, 30), date(2025, 3, 20)),  # 1403 is a leap year: Esfand has 30 days
    ((1403, 1, 15), date(2024, 4, 3)),
    ((1369, 10, 11), date(1991, 1, 1)),
]

# Solar Hijri 1200/01/01 to 1499/12/29, the years parse_document_date reads as Solar Hijri.
HIJRI_RANGE = st.dates(date(1821, 3, 21), date(2121, 3, 20))


@pytest.mark.parametrize(("shamsi", "gregorian"), KNOWN_PAIRS)
def test_known_pairs_both_ways(shamsi: tuple[int, int, int], gregorian: date) -> None:
    assert to_gregorian(*shamsi) == gregorian
    assert to_solar_hijri(gregorian) == shamsi


@pytest.mark.parametrize("shamsi", [(1403, 13, 1), (1403, 0, 10), (1404, 12, 30),
                                    (1403, 7, 31), (1403, 1, 0)])
def test_impossible_solar_hijri_dates_are_refused(shamsi: tuple[int, int, int]) -> None:
    with pytest.raises(ValidationError) as raised:
        to_gregorian(*shamsi)
    assert raised.value.code == "invalid_date"


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-03-20", date(2024, 3, 20)),
    ("20/03/2024", date(2024, 3, 20)),
    ("1403/01/15", date(2024, 4, 3)),
    ("1403-01-15", date(2024, 4, 3)),
    ("1403/1/15", date(2024, 4, 3)),
    ("15/01/1403", date(2024, 4, 3)),  # day first: the year still settles the calendar
    ("  1404/01/01\n", date(2025, 3, 21)),
    ("۱۴۰۳/۰۱/۱۵", date(2024, 4, 3)),  # Persian digits
    ("١٤٠٣-٠١-١٥", date(2024, 4, 3)),  # Arabic-Indic digits
    ("۲۰۲۴-۰۳-۲۰", date(2024, 3, 20)),
    ("29/02/2024", date(2024, 2, 29)),
    ("1403/12/30", date(2025, 3, 20)),
    ("20261201", date(2026, 12, 1)),  # typed on a keypad, no separators
    ("14050910", date(2026, 12, 1)),
])
def test_parse_document_date_accepts(text: str, expected: date) -> None:
    assert parse_document_date(text) == expected


@pytest.mark.parametrize("text", [
    "1403/13/01", "31/02/2024", "29/02/2023", "1404/12/30", "2024-02-30",
    "", "   ", "today", "2024-03", "20-03-2024", "2024.03.20", "1403/01-15",
    "12345/01/01", "20/03/24", "0999-01-01", "2024-03-20T10:00",
    "01122026", "2026121", "202612011", "20261301",
])
def test_parse_document_date_refuses(text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_document_date(text, field="birth_date")
    assert raised.value.code == "invalid_date"
    assert raised.value.field == "birth_date"
    assert repr(text) in str(raised.value)


def test_parse_document_date_field_defaults_to_none() -> None:
    with pytest.raises(ValidationError) as raised:
        parse_document_date("1403/13/01")
    assert raised.value.field is None


@given(HIJRI_RANGE)
def test_round_trip(gregorian: date) -> None:
    year, month, day = to_solar_hijri(gregorian)
    assert 1200 <= year <= 1499
    assert to_gregorian(year, month, day) == gregorian
    assert parse_document_date(f"{year}/{month:02d}/{day:02d}") == gregorian
    assert parse_document_date(f"{year}-{month}-{day}") == gregorian


@given(st.dates(date(1500, 1, 1), date(9999, 12, 31)))
def test_gregorian_text_round_trip(gregorian: date) -> None:
    assert parse_document_date(gregorian.isoformat()) == gregorian
    assert parse_document_date(gregorian.strftime("%d/%m/%Y")) == gregorian
