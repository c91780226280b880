"""How dates and numbers are shown: Latin or Eastern Arabic-Indic digits, Gregorian or Solar
Hijri dates (issue 12). Qt-free, so the printed sheet (``checkpoint.sheet``) and the desktop's
screens (``ui.display``) show a date the same way.

Only what is *shown* changes. Stored data, the canonical JSON that is hashed and signed, the audit
log and what a user types all stay in ASCII digits and Gregorian ISO dates. Values that are data
(a document number, a tally hash, a checkpoint code) are never passed through here: they must
read exactly as written on the document or as stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from checkpoint.hijri import to_solar_hijri
from checkpoint.preferences import CalendarKind, Digits

__all__ = ["SOLAR_HIJRI_MONTHS", "DateStyle", "eastern_digits"]

# The Afghan (Dari and Pashto) names of the Solar Hijri months, in English transliteration; a
# face translates them (the desktop in context "calendar").
SOLAR_HIJRI_MONTHS = ("Hamal", "Sawr", "Jawza", "Saratan", "Asad", "Sonbola", "Mizan", "Aqrab",
                      "Qaws", "Jadi", "Dalw", "Hut")

# The Extended Arabic-Indic digits (U+06F0-U+06F9): the forms Urdu, Dari and Pashto readers
# use, not the Arabic-Indic ones (U+0660-U+0669) whose 4, 5 and 6 differ.
_EASTERN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def eastern_digits(text: str) -> str:
    """``text`` with every ASCII digit in its Extended Arabic-Indic form."""
    return text.translate(_EASTERN)


@dataclass(frozen=True, slots=True)
class DateStyle:
    """One way of showing numbers and dates; the default is Latin digits, Gregorian ISO dates.

    A Gregorian date reads ``2026-12-07``, a Solar Hijri one ``16 Qaws 1405`` (day, month name,
    year, as Afghan calendars write it). ``field_text`` is the form a date field shows, which
    ``checkpoint.hijri.parse_document_date`` reads back to the same day: ``2026-12-07`` or
    ``1405/09/16``.
    """

    digits: Digits = Digits.LATIN
    calendar: CalendarKind = CalendarKind.GREGORIAN
    month_names: tuple[str, ...] = SOLAR_HIJRI_MONTHS  # Solar Hijri, Hamal first

    def digits_text(self, text: str) -> str:
        """``text`` with its ASCII digits in the chosen digits (for numbers, dates, times and
        sentences made of them; never for data such as document numbers or hashes)."""
        return eastern_digits(text) if self.digits == Digits.EASTERN else text

    def number(self, n: int) -> str:
        """A count, in the chosen digits (no grouping: counts on a checkpoint stay small)."""
        return self.digits_text(str(n))

    def date(self, day: date) -> str:
        """A day as shown in text: ``2026-12-07`` or ``16 Qaws 1405``."""
        if self.calendar == CalendarKind.SOLAR_HIJRI:
            year, month, number = to_solar_hijri(day)
            return f"{self.digits_text(str(number))} {self.month_names[month - 1]} " \
                   f"{self.digits_text(str(year))}"
        return self.digits_text(day.isoformat())

    def time(self, at: datetime) -> str:
        """The time of day of ``at`` (already in the checkpoint's zone), ``14:05``."""
        return self.digits_text(at.strftime("%H:%M"))

    def date_time(self, at: datetime) -> str:
        """A moment already in the checkpoint's zone: ``2026-12-07 14:05``."""
        return f"{self.date(at.date())} {self.time(at)}"

    def field_text(self, day: date) -> str:
        """A day as a date field shows it: what it shows parses back to the same day."""
        if self.calendar == CalendarKind.SOLAR_HIJRI:
            year, month, number = to_solar_hijri(day)
            return self.digits_text(f"{year:04d}/{month:02d}/{number:02d}")
        return self.digits_text(day.isoformat())
