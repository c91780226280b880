"""A user's own preferences: language, digits, calendar, font size and contrast (issue 12).

Placeholder written by the display part with exactly the types of the interface the prefs part
provides (``Ledger.preferences``, the dialog and migration 0013 come with that part).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Digits(StrEnum):
    LATIN = "latin"
    EASTERN = "eastern"


class CalendarKind(StrEnum):
    GREGORIAN = "gregorian"
    SOLAR_HIJRI = "solar_hijri"


@dataclass(frozen=True, slots=True)
class Preferences:
    language: str = ""            # "" = as started (--language or system); else a key of LANGUAGES
    digits: Digits = Digits.LATIN
    calendar: CalendarKind = CalendarKind.GREGORIAN
    font_scale: int = 100         # percent, 80..200
    high_contrast: bool = False
