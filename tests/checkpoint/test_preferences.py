"""Each user's own preferences, stored in the database they sign in to (real SQLite files)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from checkpoint.errors import ValidationError
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.preferences import (
    CalendarKind,
    Digits,
    Preferences,
    device_language,
    device_language_path,
    remember_device_language,
)
from tests.checkpoint.test_migrations import DATA, PASSWORD
from tests.support.sites import PASSWORDS, copy_database

URDU_LARGE = Preferences(language="ur", digits=Digits.EASTERN,
                         calendar=CalendarKind.SOLAR_HIJRI, font_scale=150, high_contrast=True)


def test_a_user_who_never_chose_sees_the_defaults(staff: dict[str, Ledger]) -> None:
    assert staff["clerk"].preferences() == Preferences()
    assert Preferences() == Preferences(language="", digits=Digits.LATIN,
                                        calendar=CalendarKind.GREGORIAN, font_scale=100,
                                        high_contrast=False)


def test_preferences_survive_signing_out_and_in_again(staff: dict[str, Ledger],
                                                      db_path: Path) -> None:
    staff["clerk"].set_preferences(URDU_LARGE)
    staff.pop("clerk").close()
    again = open_ledger(db_path, "clerk", PASSWORDS["clerk"])
    try:
        assert again.preferences() == URDU_LARGE
        again.set_preferences(replace(URDU_LARGE, font_scale=80, high_contrast=False))
        assert again.preferences().font_scale == 80
        assert again.preferences().language == "ur"
    finally:
        again.close()


def test_each_user_has_their_own(staff: dict[str, Ledger]) -> None:
    staff["clerk"].set_preferences(URDU_LARGE)
    staff["lead"].set_preferences(Preferences(language="ps"))
    assert staff["clerk"].preferences() == URDU_LARGE
    assert staff["lead"].preferences() == Preferences(language="ps")
    assert staff["clerk2"].preferences() == Preferences()


@pytest.mark.parametrize(("bad", "field"), [
    (Preferences(language="de"), "language"),
    (Preferences(language="UR"), "language"),
    (Preferences(digits="roman"), "digits"),  # type: ignore[arg-type]
    (Preferences(calendar="lunar"), "calendar"),  # type: ignore[arg-type]
    (Preferences(font_scale=79), "font_scale"),
    (Preferences(font_scale=201), "font_scale"),
    (Preferences(font_scale=True), "font_scale"),
    (Preferences(high_contrast="yes"), "high_contrast"),  # type: ignore[arg-type]
])
def test_a_value_that_cannot_be_accepted_is_refused_by_field_and_nothing_is_stored(
        staff: dict[str, Ledger], bad: Preferences, field: str) -> None:
    clerk = staff["clerk"]
    clerk.set_preferences(URDU_LARGE)
    with pytest.raises(ValidationError) as refused:
        clerk.set_preferences(bad)
    assert refused.value.field == field
    assert clerk.preferences() == URDU_LARGE


def test_plain_strings_from_a_form_or_a_script_are_taken_as_their_kinds(
        staff: dict[str, Ledger]) -> None:
    staff["clerk"].set_preferences(Preferences(digits="eastern",  # type: ignore[arg-type]
                                               calendar="solar_hijri"))  # type: ignore[arg-type]
    stored = staff["clerk"].preferences()
    assert stored.digits is Digits.EASTERN and stored.calendar is CalendarKind.SOLAR_HIJRI


def test_every_offered_language_and_the_edges_of_the_text_size_are_accepted(
        staff: dict[str, Ledger]) -> None:
    clerk = staff["clerk"]
    for language in ("", "en", "ur", "ps", "fa_AF"):
        for scale in (80, 200):
            clerk.set_preferences(Preferences(language=language, font_scale=scale))
            assert clerk.preferences() == Preferences(language=language, font_scale=scale)


def test_a_database_from_before_preferences_upgrades_and_keeps_them(tmp_path: Path) -> None:
    copy = tmp_path / "old.db"
    copy_database(DATA / "schema-0012.db", copy)
    ledger = open_ledger(copy, "clerk", PASSWORD)
    try:
        assert ledger.preferences() == Preferences()
        ledger.set_preferences(URDU_LARGE)
    finally:
        ledger.close()
    admin = open_ledger(copy, "admin", PASSWORD)
    clerk = open_ledger(copy, "clerk", PASSWORD)
    try:
        assert clerk.preferences() == URDU_LARGE
        assert admin.preferences() == Preferences()
    finally:
        admin.close()
        clerk.close()


def test_the_device_remembers_the_language_last_chosen_beside_its_database(
        tmp_path: Path) -> None:
    database = tmp_path / "checkpoint.db"
    assert device_language(database) == ""
    remember_device_language(database, "ps")
    assert device_language(database) == "ps"
    assert device_language_path(database).parent == tmp_path
    remember_device_language(database, "")
    assert device_language(database) == "" and not device_language_path(database).exists()
    device_language_path(database).write_text("klingon\n", encoding="utf-8")
    assert device_language(database) == ""  # a file edited by hand is not obeyed
    with pytest.raises(ValidationError):
        remember_device_language(database, "de")
