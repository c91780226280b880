"""Numbers and dates as the reader chose to see them: Latin or Eastern digits, Gregorian or
Solar Hijri days (issue 12), the same on the screen and on the printed sheet."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from checkpoint.calendars import SOLAR_HIJRI_MONTHS, DateStyle, eastern_digits
from checkpoint.hijri import parse_document_date
from checkpoint.preferences import CalendarKind, Digits

EASTERN_SOLAR = DateStyle(Digits.EASTERN, CalendarKind.SOLAR_HIJRI)


def test_the_default_is_latin_digits_and_gregorian_iso_dates() -> None:
    style = DateStyle()
    assert style.number_text(1234) == "1234"
    assert style.day_text(date(2026, 12, 7)) == "2026-12-07"
    assert style.moment_text(datetime(2026, 12, 7, 14, 5)) == "2026-12-07 14:05"
    assert style.field_text(date(2026, 12, 7)) == "2026-12-07"


def test_eastern_digits_are_the_extended_arabic_indic_forms() -> None:
    # U+06F4..U+06F6 (Urdu, Dari, Pashto), not the Arabic U+0664..U+0666.
    assert eastern_digits("0123456789") == "۰۱۲۳۴۵۶۷۸۹"
    assert [hex(ord(c)) for c in eastern_digits("456")] == ["0x6f4", "0x6f5", "0x6f6"]
    assert DateStyle(Digits.EASTERN).number_text(2026) == "۲۰۲۶"
    assert DateStyle(Digits.EASTERN).day_text(date(2026, 12, 7)) == "۲۰۲۶-۱۲-۰۷"
    # Digits a locale wrote (Persian, Arabic-Indic) follow the user's choice too.
    assert DateStyle().digits_text("Records: ۱٬۲۳۴ and ١٢") == "Records: 1٬234 and 12"
    assert DateStyle(Digits.EASTERN).digits_text("Records: ١٢") == "Records: ۱۲"


def test_a_solar_hijri_day_reads_day_afghan_month_year() -> None:
    assert SOLAR_HIJRI_MONTHS[0] == "Hamal" and SOLAR_HIJRI_MONTHS[-1] == "Hut"
    solar = DateStyle(calendar=CalendarKind.SOLAR_HIJRI)
    assert solar.day_text(date(2026, 12, 7)) == "16 Qaws 1405"
    assert solar.day_text(date(2025, 3, 21)) == "1 Hamal 1404"  # Nowruz
    assert solar.moment_text(datetime(2026, 12, 7, 9, 30)) == "16 Qaws 1405 09:30"
    assert EASTERN_SOLAR.day_text(date(2026, 12, 7)) == "۱۶ Qaws ۱۴۰۵"
    translated = DateStyle(calendar=CalendarKind.SOLAR_HIJRI,
                           month_names=tuple(f"m{n}" for n in range(1, 13)))
    assert translated.day_text(date(2026, 12, 7)) == "16 m9 1405"


@pytest.mark.parametrize("style", [DateStyle(), DateStyle(Digits.EASTERN),
                                   DateStyle(calendar=CalendarKind.SOLAR_HIJRI), EASTERN_SOLAR])
def test_what_a_date_field_shows_reads_back_as_the_same_day(style: DateStyle) -> None:
    # Every day of three years, leap years and the Solar Hijri year's last day included.
    day = date(2024, 1, 1)
    while day < date(2027, 1, 1):
        assert parse_document_date(style.field_text(day)) == day, style.field_text(day)
        day += timedelta(days=1)
    assert EASTERN_SOLAR.field_text(date(2026, 12, 7)) == "۱۴۰۵/۰۹/۱۶"
