"""Each user's own preferences: language, digits, calendar, text size and high contrast.

Kept per user inside the encrypted database (``UserPreference``), so whoever signs in at a
shared desk gets their own. A user may read and change only their own; nothing here is
personal data of the people recorded, so changes are not audited. The faces apply them
(``ui.appearance``); this module only says what they are and refuses values that are not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from sqlmodel import Session

from checkpoint.errors import ValidationError
from checkpoint.models import UserPreference
from contract.errors import ErrorCode

# The languages a user may choose. The core cannot see the desktop's translation files, so
# the codes are written here and ``ui.translation_files.LANGUAGES`` (code -> own name) must
# offer the same set (a test holds them together).
LANGUAGE_CODES: frozenset[str] = frozenset({"en", "ur", "ps", "fa_AF"})
FONT_SCALE_RANGE = (80, 200)  # percent of the normal text size

E = TypeVar("E", bound=StrEnum)


class Digits(StrEnum):
    """How numbers are written on screen and on the sheet."""

    LATIN = "latin"
    EASTERN = "eastern"  # Eastern Arabic-Indic (Persian) digits: ۰۱۲۳


class CalendarKind(StrEnum):
    """Which calendar dates are shown in."""

    GREGORIAN = "gregorian"
    SOLAR_HIJRI = "solar_hijri"


def offered_language(name: str) -> str | None:
    """The offered language a locale name asks for (``ur_PK`` → ``ur``, ``fa`` → ``fa_AF``),
    or None if none is offered for it."""
    if name in LANGUAGE_CODES:
        return name
    wanted = name.replace("-", "_").split("_")[0].lower()
    return next((code for code in sorted(LANGUAGE_CODES) if code.split("_")[0] == wanted),
                None)


@dataclass(frozen=True, slots=True)
class Preferences:
    """One user's preferences; the defaults are what a user who never chose sees."""

    language: str = ""  # "" = as the app was started (--language or the system's); else a code
    digits: Digits = Digits.LATIN
    calendar: CalendarKind = CalendarKind.GREGORIAN
    font_scale: int = 100  # percent, FONT_SCALE_RANGE
    high_contrast: bool = False


def checked(preferences: Preferences) -> Preferences:
    """``preferences`` with its enums made proper, or ``ValidationError`` naming the first
    field that cannot be accepted."""
    if preferences.language and preferences.language not in LANGUAGE_CODES:
        raise ValidationError(
            f"language {preferences.language!r} is not offered (one of "
            f"{', '.join(sorted(LANGUAGE_CODES))}, or empty for the system's)",
            code=ErrorCode.INVALID, field="language", value=preferences.language)
    digits = _member(Digits, preferences.digits, "digits")
    calendar = _member(CalendarKind, preferences.calendar, "calendar")
    low, high = FONT_SCALE_RANGE
    scale = preferences.font_scale
    if isinstance(scale, bool) or not isinstance(scale, int) or not low <= scale <= high:
        raise ValidationError(f"the text size must be a whole percentage from {low} to {high}",
                              code=ErrorCode.OUT_OF_RANGE, field="font_scale", minimum=low,
                              maximum=high, value=scale)
    if not isinstance(preferences.high_contrast, bool):
        raise ValidationError("high contrast is either on or off", code=ErrorCode.INVALID,
                              field="high_contrast")
    return replace(preferences, digits=digits, calendar=calendar)


def _member(kind: type[E], value: object, field: str) -> E:
    try:
        return kind(str(value))
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise ValidationError(f"{field} {value!r} is not one of {allowed}",
                              code=ErrorCode.INVALID, field=field, value=value) from None


def read_preferences(session: Session, username: str) -> Preferences:
    """``username``'s stored preferences (the defaults if they never chose). A stored value
    this build does not know (a language withdrawn since) falls back to its default rather
    than keeping the user out."""
    row = session.get(UserPreference, username)
    if row is None:
        return Preferences()
    defaults = Preferences()
    return Preferences(
        language=row.language if row.language in LANGUAGE_CODES else defaults.language,
        digits=Digits(row.digits) if row.digits in set(Digits) else defaults.digits,
        calendar=(CalendarKind(row.calendar) if row.calendar in set(CalendarKind)
                  else defaults.calendar),
        font_scale=(row.font_scale if FONT_SCALE_RANGE[0] <= row.font_scale
                    <= FONT_SCALE_RANGE[1] else defaults.font_scale),
        high_contrast=bool(row.high_contrast))


def write_preferences(session: Session, username: str, preferences: Preferences) -> None:
    """Store ``username``'s preferences (checked first: nothing is written if one is bad)."""
    good = checked(preferences)
    row = session.get(UserPreference, username) or UserPreference(username=username)
    row.language = good.language
    row.digits = good.digits.value
    row.calendar = good.calendar.value
    row.font_scale = good.font_scale
    row.high_contrast = good.high_contrast
    session.add(row)


# -- the device's language, for the sign-in before anyone has signed in -------------------------
# The database is locked until someone signs in, so the language the sign-in window speaks is
# kept beside it, in plain text: a language code says nothing about anyone.


def device_language_path(database: Path) -> Path:
    """Where the language last chosen on this device is kept: beside its database."""
    return database.with_name(database.name + ".language")


def device_language(database: Path) -> str:
    """The language last chosen on this device ("" if none, or if the file is not one)."""
    try:
        text = device_language_path(database).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeError):
        return ""
    return text if text in LANGUAGE_CODES else ""


def remember_device_language(database: Path, language: str) -> None:
    """Keep ``language`` as this device's (a user chose it); "" forgets it. Raises OSError
    when the folder cannot be written (the caller decides whether that matters)."""
    path = device_language_path(database)
    if not language:
        path.unlink(missing_ok=True)
        return
    if language not in LANGUAGE_CODES:
        raise ValidationError(f"language {language!r} is not offered", code=ErrorCode.INVALID,
                              field="language", value=language)
    if device_language(database) != language:
        temporary = path.with_name(path.name + ".new")
        temporary.write_text(language + "\n", encoding="utf-8")
        temporary.replace(path)
