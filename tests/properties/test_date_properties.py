"""Properties of the dates people type: Gregorian and Solar Hijri (DESIGN §4).

Every date field of the desk reads through ``parse_document_date``; the command line's
``--from``/``--to``/day arguments through ``parse_day``. Whatever is typed gives a date or a
clear refusal; Solar Hijri dates round-trip over the calendar's supported years; the day a
screen shows after reading a date reads back as the same day; and the desk and the command line
never read one text as two different days.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from checkpoint.errors import ValidationError
from checkpoint.hijri import parse_document_date, to_gregorian, to_solar_hijri
from checkpoint_admin.commands import parse_day
from contract.errors import ErrorCode

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
# Solar Hijri years 1200-1499 are read as Solar Hijri: 1200/01/01 to 1499/12/29.
FIRST_HIJRI_DAY, LAST_HIJRI_DAY = date(1821, 3, 21), date(2121, 3, 20)


def _in_digits(text: str, digits: str) -> str:
    return text.translate(str.maketrans("0123456789", digits))


# Text shaped like a date, most of it wrong: digits of three scripts, any separator, any length.
DATE_LIKE = st.builds(
    lambda parts, separators, pad: pad + "".join(
        part + separator for part, separator in zip(parts, separators, strict=False))
    + parts[-1] + pad,
    st.lists(st.text("0123456789" + PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, min_size=1,
                     max_size=5), min_size=1, max_size=4),
    st.lists(st.sampled_from(["-", "/", ".", " ", "", "\\", "--"]), min_size=3, max_size=3),
    st.sampled_from(["", " ", "\t", "\u200f"]))
ANY_TYPED = st.text() | DATE_LIKE | st.dates().map(date.isoformat) \
    | st.dates().map(lambda d: d.strftime("%d/%m/%Y"))


@settings(max_examples=500, deadline=None)
@given(typed=ANY_TYPED)
def test_anything_typed_is_a_date_or_a_clear_refusal(typed: str) -> None:
    try:
        read = parse_document_date(typed, field="birth_date")
    except ValidationError as refused:
        assert (refused.code, refused.field) == (ErrorCode.INVALID_DATE, "birth_date")
        assert "\n" not in str(refused) and str(refused).endswith((".", ")"))
        return
    assert isinstance(read, date)


@settings(max_examples=300, deadline=None)
@given(typed=ANY_TYPED)
def test_the_day_shown_reads_back_as_the_same_day(typed: str) -> None:
    # A day field shows what it read as YYYY-MM-DD (and a date field "= YYYY-MM-DD"): read
    # again, that must be the same day, or the screen would move to another one.
    try:
        read = parse_document_date(typed)
    except ValidationError:
        return
    assert parse_document_date(read.isoformat()) == read


@settings(max_examples=300, deadline=None)
@given(day=st.dates(FIRST_HIJRI_DAY, LAST_HIJRI_DAY),
       digits=st.sampled_from(["0123456789", PERSIAN_DIGITS, ARABIC_INDIC_DIGITS]),
       layout=st.sampled_from(["{y}/{m:02d}/{d:02d}", "{y}-{m}-{d}", "{d:02d}/{m:02d}/{y}",
                               "{y}{m:02d}{d:02d}", " {y}/{m}/{d} "]))
def test_solar_hijri_dates_round_trip(day: date, digits: str, layout: str) -> None:
    year, month, day_of_month = to_solar_hijri(day)
    assert 1200 <= year <= 1499
    assert to_gregorian(year, month, day_of_month) == day
    typed = _in_digits(layout.format(y=year, m=month, d=day_of_month), digits)
    assert parse_document_date(typed) == day


@settings(max_examples=200, deadline=None)
@given(day=st.dates(FIRST_HIJRI_DAY, LAST_HIJRI_DAY - timedelta(days=1)))
def test_the_next_gregorian_day_is_the_next_solar_hijri_day(day: date) -> None:
    # No two days share a Solar Hijri date and none is skipped: the calendars move together.
    year, month, day_of_month = to_solar_hijri(day)
    following = to_solar_hijri(day + timedelta(days=1))
    if following[:2] == (year, month):
        assert following[2] == day_of_month + 1
    else:
        assert following[2] == 1
        assert following[:2] == ((year, month + 1) if month < 12 else (year + 1, 1))


@settings(max_examples=300, deadline=None)
@given(typed=ANY_TYPED | st.dates(FIRST_HIJRI_DAY, LAST_HIJRI_DAY).map(
    lambda d: "{}-{:02d}-{:02d}".format(*to_solar_hijri(d))))
def test_the_command_line_and_the_desk_never_read_one_text_as_two_days(typed: str) -> None:
    # An IT officer exporting "1403-09-01" must get the day a clerk typing it at the desk gets.
    try:
        on_the_command_line = parse_day(typed)
    except argparse.ArgumentTypeError as refused:
        assert "\n" not in str(refused)
        return
    assert on_the_command_line == parse_document_date(typed)
