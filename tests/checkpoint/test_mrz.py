"""Reading machine-readable zones: ICAO 9303 specimens, corrupted copies, reader noise."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkpoint.errors import MrzUnreadable, ValidationError
from checkpoint.mrz import MrzReading, check_digit, is_expired, read_mrz

TODAY = date(2025, 6, 1)

# ICAO Doc 9303 specimens (part 5 appendix, part 6 appendix, part 4 appendix).
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<",
       "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
       "D231458907UTO7408122F1204159<<<<<<<6")
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
# Document number D23145890734 (check digit 9) does not fit in nine characters: the check digit
# position holds "<" and "7349" opens optional data 1. Composite recomputed: 6.
TD1_LONG = ("I<UTOD23145890<7349<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
# An Afghan passport built for these tests: no personal number (check digit "<").
AFG = ("P<AFGAHMADZAI<<GUL<BIBI<<<<<<<<<<<<<<<<<<<<<",
       "P012345673AFG9003152F3007217<<<<<<<<<<<<<<<6")

SPECIMEN_FIELDS = {
    "issuing_country": "UTO", "primary_name": "ERIKSSON", "secondary_name": "ANNA MARIA",
    "nationality": "UTO", "birth_date": date(1974, 8, 12), "sex": "F",
    "expiry_date": date(2012, 4, 15),
}


def _independent_check_digit(value: str) -> str:
    """Part 3's 7-3-1 rule, written apart from the code under test."""
    values = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")} | {"<": 0}
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(value)) % 10)


def compose_td3(*, code: str, issuer: str, primary: str, secondary: str, number: str,
                nationality: str, birth: date, sex: str, expiry: date,
                personal: str) -> tuple[str, str]:
    """Two TD3 lines for the given fields, with every check digit computed."""
    names = primary.replace(" ", "<") + "<<" + secondary.replace(" ", "<")
    upper = (code.ljust(2, "<") + issuer.ljust(3, "<") + names.ljust(39, "<"))
    number_field = number.ljust(9, "<")
    personal_field = personal.ljust(14, "<")
    fields = [
        number_field + _independent_check_digit(number_field),
        nationality.ljust(3, "<"),
        birth.strftime("%y%m%d") + _independent_check_digit(birth.strftime("%y%m%d")),
        "<" if sex == "X" else sex,
        expiry.strftime("%y%m%d") + _independent_check_digit(expiry.strftime("%y%m%d")),
        personal_field + (_independent_check_digit(personal_field) if personal else "<"),
    ]
    lower = "".join(fields)
    composite = lower[0:10] + lower[13:20] + lower[21:43]
    return upper, lower + _independent_check_digit(composite)


def _read(lines: tuple[str, ...]) -> MrzReading:
    return read_mrz("\n".join(lines), today=TODAY)


def _bump(lines: tuple[str, ...], line: int, position: int) -> tuple[str, ...]:
    """A copy with the digit at 1-based ``position`` of ``line`` raised by one (9 becomes 0)."""
    text = lines[line]
    digit = str((int(text[position - 1]) + 1) % 10)
    changed = text[:position - 1] + digit + text[position:]
    return (*lines[:line], changed, *lines[line + 1:])


def test_check_digit_matches_the_specimens() -> None:
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("120415") == "9"
    assert check_digit("ZE184226B<<<<<") == "1"
    assert check_digit("D23145890734") == "9"
    assert check_digit("<<<<") == "0"


@pytest.mark.parametrize(("lines", "layout", "code", "number", "optional"), [
    (TD1, "TD1", "I", "D23145890", ""),
    (TD2, "TD2", "I", "D23145890", ""),
    (TD3, "TD3", "P", "L898902C3", "ZE184226B"),
])
def test_specimens_read_valid(lines: tuple[str, ...], layout: str, code: str, number: str,
                              optional: str) -> None:
    reading = _read(lines)
    assert reading.valid
    assert reading.errors == []
    assert reading.format == layout
    assert reading.document_code == code
    assert reading.document_number == number
    assert reading.optional_data == optional
    for name, value in SPECIMEN_FIELDS.items():
        assert getattr(reading, name) == value, name
    expected_checks = {"document_number": True, "birth_date": True, "expiry_date": True,
                       "optional_data": True if layout == "TD3" else None, "composite": True}
    assert reading.checks == expected_checks


def test_td3_specimen_json_is_the_cli_object() -> None:
    assert _read(TD3).to_json() == {
        "format": "TD3", "valid": True, "document_code": "P", "issuing_country": "UTO",
        "document_number": "L898902C3", "primary_name": "ERIKSSON",
        "secondary_name": "ANNA MARIA", "nationality": "UTO", "birth_date": "1974-08-12",
        "sex": "F", "expiry_date": "2012-04-15", "optional_data": "ZE184226B",
        "checks": {"document_number": True, "birth_date": True, "expiry_date": True,
                   "optional_data": True, "composite": True},
    }


# (specimen, line index, 1-based position of a digit inside the field, failing check).
# Day digits are chosen so the corrupted date is still a real date.
CORRUPTIONS = [
    (TD1, 0, 13, "document_number"), (TD1, 1, 6, "birth_date"), (TD1, 1, 14, "expiry_date"),
    (TD2, 1, 9, "document_number"), (TD2, 1, 19, "birth_date"), (TD2, 1, 27, "expiry_date"),
    (TD3, 1, 5, "document_number"), (TD3, 1, 19, "birth_date"), (TD3, 1, 27, "expiry_date"),
    (TD3, 1, 35, "optional_data"),
    (TD1_LONG, 0, 17, "document_number"), (AFG, 1, 3, "document_number"),
    (AFG, 1, 19, "birth_date"), (AFG, 1, 27, "expiry_date"),
]


@pytest.mark.parametrize(("lines", "line", "position", "failing"), CORRUPTIONS)
def test_one_changed_digit_fails_its_own_check_and_the_composite(
        lines: tuple[str, ...], line: int, position: int, failing: str) -> None:
    reading = _read(_bump(lines, line, position))
    assert not reading.valid
    assert {name for name, ok in reading.checks.items() if ok is False} == {failing, "composite"}
    assert [(e.field, e.code) for e in reading.errors] == [
        (failing, "check_digit"), ("composite", "check_digit")]


def test_changed_optional_data_without_its_own_check_fails_only_the_composite() -> None:
    lines = (TD1[0][:20] + "7" + TD1[0][21:], *TD1[1:])  # optional data 1 has no check digit
    reading = _read(lines)
    assert [(e.field, e.code) for e in reading.errors] == [("composite", "check_digit")]
    assert reading.optional_data == "7"


@pytest.mark.parametrize(("line", "position", "failing"), [
    (0, 15, "document_number"), (1, 7, "birth_date"), (1, 15, "expiry_date")])
def test_changed_check_digit_fails_that_check(line: int, position: int, failing: str) -> None:
    reading = _read(_bump(TD1, line, position))
    assert {name for name, ok in reading.checks.items() if ok is False} == {failing, "composite"}


def test_changed_composite_digit_fails_only_the_composite() -> None:
    reading = _read(_bump(TD3, 1, 44))
    assert [e.field for e in reading.errors] == ["composite"]


def test_td1_long_document_number_continues_in_optional_data() -> None:
    reading = _read(TD1_LONG)
    assert reading.valid, reading.errors
    assert reading.document_number == "D23145890734"
    assert reading.optional_data == ""
    assert reading.checks["document_number"] is True


def test_td1_long_document_number_keeps_the_rest_of_the_optional_data() -> None:
    upper = "I<UTOD23145890<7349<AB12<<<<<<"
    middle = TD1_LONG[1][:29]
    composite = check_digit(upper[5:30] + middle[0:7] + middle[8:15] + middle[18:29])
    reading = _read((upper, middle + composite, TD1_LONG[2]))
    assert reading.valid, reading.errors
    assert reading.document_number == "D23145890734"
    assert reading.optional_data == "AB12"


def test_td1_filler_check_digit_with_nothing_after_it_fails() -> None:
    upper = "I<UTOD23145890<<<<<<<<<<<<<<<<"
    reading = _read((upper, *TD1_LONG[1:]))
    assert reading.checks["document_number"] is False


def test_afghan_passport() -> None:
    reading = _read(AFG)
    assert reading.valid, reading.errors
    assert reading.to_json() == {
        "format": "TD3", "valid": True, "document_code": "P", "issuing_country": "AFG",
        "document_number": "P01234567", "primary_name": "AHMADZAI",
        "secondary_name": "GUL BIBI", "nationality": "AFG", "birth_date": "1990-03-15",
        "sex": "F", "expiry_date": "2030-07-21", "optional_data": "",
        "checks": {"document_number": True, "birth_date": True, "expiry_date": True,
                   "optional_data": True, "composite": True},
    }


def test_empty_personal_number_may_carry_zero_as_check_digit() -> None:
    lower = AFG[1][:42] + "0"
    lower += check_digit(lower[0:10] + lower[13:20] + lower[21:43])
    assert _read((AFG[0], lower)).checks["optional_data"] is True


def test_visas_have_no_composite_check() -> None:
    mrv_a = ("VIUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
             "L8988901C4XXX4009078F96121096ZE184226B<<<<<<")
    mrv_b = ("VIUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<")
    for lines, optional in ((mrv_a, "6ZE184226B"), (mrv_b, "")):
        reading = _read(lines)
        assert reading.valid, reading.errors
        assert reading.checks["composite"] is None
        assert reading.checks["optional_data"] is None
        assert reading.optional_data == optional


@pytest.mark.parametrize("typed", [
    "\r\n".join(TD3),
    "\t".join(TD3),
    "\r".join(TD3) + "\r",
    "\n".join(TD3) + "\n",
    "\n".join(TD3).lower(),
    "\n\n  " + TD3[0] + "  \r\n\r\n\t" + TD3[1] + " \n\n",
])
def test_reader_typed_input_reads_like_the_clean_zone(typed: str) -> None:
    assert read_mrz(typed, today=TODAY) == _read(TD3)


@pytest.mark.parametrize("text", [
    "", "\n\n", TD3[0],
    "\n".join((*TD3, TD3[1])),
    "\n".join((TD1[0], TD1[1], TD3[0])),
    TD3[0] + TD3[1],
    TD3[0] + "\n" + TD3[1][:-1],
])
def test_wrong_layout_is_unreadable(text: str) -> None:
    with pytest.raises(MrzUnreadable) as raised:
        read_mrz(text)
    assert raised.value.code == "unknown_format"


@pytest.mark.parametrize("bad", ["#", " ", "-", "É", "ß", "\u0660"])
def test_illegal_character_is_unreadable(bad: str) -> None:
    upper = TD3[0][:10] + bad + TD3[0][11:]
    with pytest.raises(MrzUnreadable) as raised:
        read_mrz(upper + "\n" + TD3[1])
    assert raised.value.code == "illegal_character"
    assert raised.value.params == {"line": 1, "position": 11}


def test_german_sharp_s_is_not_upper_cased_into_two_letters() -> None:
    # "ß".upper() is "SS": a 43-character line would otherwise become a valid-looking 44.
    upper = TD3[0][:10] + "ß" + TD3[0][12:]
    with pytest.raises(MrzUnreadable):
        read_mrz(upper + "\n" + TD3[1])


@pytest.mark.parametrize(("field", "today", "expected"), [
    ("740812", TODAY, date(1974, 8, 12)),
    ("100101", TODAY, date(2010, 1, 1)),
    ("250601", TODAY, date(2025, 6, 1)),  # born today: not in the future
    ("250602", TODAY, date(1925, 6, 2)),  # tomorrow would be in the future
    ("100101", date(2009, 12, 31), date(1910, 1, 1)),
])
def test_birth_century_is_the_latest_not_in_the_future(field: str, today: date,
                                                       expected: date) -> None:
    reading = read_mrz(TD3[0] + "\n" + _with_birth(field), today=today)
    assert reading.birth_date == expected
    assert reading.valid


def _with_birth(field: str) -> str:
    """The TD3 specimen's lower line with another date-of-birth field and fresh check digits."""
    lower = TD3[1][:13] + field + _independent_check_digit(field) + TD3[1][20:43]
    return lower + _independent_check_digit(lower[0:10] + lower[13:20] + lower[21:43])


def test_expiry_is_always_this_century() -> None:
    upper, lower = compose_td3(code="P", issuer="UTO", primary="X", secondary="", number="1",
                               nationality="UTO", birth=date(1970, 1, 1), sex="M",
                               expiry=date(2099, 12, 31), personal="")
    assert read_mrz(upper + "\n" + lower, today=date(2025, 1, 1)).expiry_date == date(2099, 12, 31)


@pytest.mark.parametrize("field", ["741312", "740231", "7408<<", "74AB12"])
def test_impossible_birth_date_reads_as_none_and_invalid(field: str) -> None:
    reading = read_mrz(TD3[0] + "\n" + _with_birth(field), today=TODAY)
    assert reading.birth_date is None
    assert reading.checks["birth_date"] is True  # the digit is right; the date is not
    assert not reading.valid
    assert [(e.field, e.code) for e in reading.errors] == [("birth_date", "invalid_date")]
    assert reading.to_json()["birth_date"] is None


def test_filler_sex_reads_as_x_and_other_letters_are_errors() -> None:
    lower = TD3[1][:20] + "<" + TD3[1][21:]
    assert _read((TD3[0], lower)).sex == "X"
    lower = TD3[1][:20] + "Q" + TD3[1][21:]
    reading = _read((TD3[0], lower))
    assert reading.sex is None
    assert [(e.field, e.code) for e in reading.errors] == [("sex", "invalid_value")]


def test_single_name_has_an_empty_secondary_name() -> None:
    upper = "P<AFGGULALAI" + "<" * 32
    reading = _read((upper, AFG[1]))
    assert (reading.primary_name, reading.secondary_name) == ("GULALAI", "")


def test_is_expired_counts_the_expiry_day_as_good() -> None:
    reading = _read(TD3)
    assert not is_expired(reading, date(2012, 4, 15))
    assert is_expired(reading, date(2012, 4, 16))
    assert not is_expired(_read(AFG), TODAY)


def test_is_expired_refuses_to_guess_an_unreadable_expiry() -> None:
    lower = TD3[1][:21] + "12<<15" + TD3[1][27:]
    with pytest.raises(ValidationError) as raised:
        is_expired(_read((TD3[0], lower)), TODAY)
    assert raised.value.field == "expiry_date"


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_word = st.text(_LETTERS, min_size=1, max_size=8)
_alnum = "0123456789" + _LETTERS


@given(
    code=st.sampled_from(["P", "PD", "PO", "PS"]),
    issuer=st.text(_LETTERS, min_size=3, max_size=3),
    primary=st.lists(_word, min_size=1, max_size=2).map(" ".join),
    secondary=st.lists(_word, max_size=2).map(" ".join),
    number=st.text(_alnum, min_size=1, max_size=9),
    nationality=st.text(_LETTERS, min_size=3, max_size=3),
    birth=st.dates(TODAY - timedelta(days=36_500), TODAY),
    sex=st.sampled_from(["M", "F", "X"]),
    expiry=st.dates(date(2000, 1, 1), date(2099, 12, 31)),
    personal=st.text(_alnum, max_size=14),
)
def test_composed_td3_reads_back(code: str, issuer: str, primary: str, secondary: str,
                                 number: str, nationality: str, birth: date, sex: str,
                                 expiry: date, personal: str) -> None:
    upper, lower = compose_td3(code=code, issuer=issuer, primary=primary, secondary=secondary,
                               number=number, nationality=nationality, birth=birth, sex=sex,
                               expiry=expiry, personal=personal)
    reading = read_mrz(f"{upper}\r\n{lower}", today=TODAY)
    assert reading.valid, reading.errors
    assert (reading.document_code, reading.issuing_country, reading.document_number,
            reading.primary_name, reading.secondary_name, reading.nationality,
            reading.birth_date, reading.sex, reading.expiry_date, reading.optional_data) == (
        code, issuer, number, primary, secondary, nationality, birth, sex, expiry, personal)
