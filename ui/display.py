"""How the desktop shows numbers and dates: the signed-in user's digits and calendar (issue 12).

``apply_display`` is called at sign-in and whenever the user changes their preferences; until
then (and for the sign-in screen) digits are Latin and dates Gregorian. The setting is
process-wide on purpose, like ``QLocale.setDefault``: one person uses the app at a time, and
every table model, label and status message reads it when it formats, so a change shows on the
next repaint without passing the setting through every widget.

The rules themselves (which digits, how a Solar Hijri date reads) are the core's
``checkpoint.calendars.DateStyle``, which the printed sheet uses too; this module only adds the
translated month names.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from checkpoint.calendars import DateStyle
from checkpoint.preferences import CalendarKind, Digits, Preferences

_chosen = DateStyle()


def apply_display(prefs: Preferences) -> None:
    """Show numbers and dates from now on as ``prefs`` says (digits and calendar)."""
    global _chosen  # the one process-wide display setting (see the module's docstring)
    _chosen = DateStyle(digits=Digits(prefs.digits), calendar=CalendarKind(prefs.calendar))


def current_digits() -> Digits:
    """The digits numbers are shown in."""
    return _chosen.digits


def current_calendar() -> CalendarKind:
    """The calendar dates are shown in."""
    return _chosen.calendar


def solar_hijri_months() -> tuple[str, ...]:
    """The Afghan names of the Solar Hijri months, Hamal first, in the app's language."""
    # Literals, so that lupdate sees each one; read at each call, so a language switched at
    # run time shows at once.
    return (QCoreApplication.translate("calendar", "Hamal"),
            QCoreApplication.translate("calendar", "Sawr"),
            QCoreApplication.translate("calendar", "Jawza"),
            QCoreApplication.translate("calendar", "Saratan"),
            QCoreApplication.translate("calendar", "Asad"),
            QCoreApplication.translate("calendar", "Sonbola"),
            QCoreApplication.translate("calendar", "Mizan"),
            QCoreApplication.translate("calendar", "Aqrab"),
            QCoreApplication.translate("calendar", "Qaws"),
            QCoreApplication.translate("calendar", "Jadi"),
            QCoreApplication.translate("calendar", "Dalw"),
            QCoreApplication.translate("calendar", "Hut"))


def date_style() -> DateStyle:
    """The chosen style with translated month names (for the printed sheet, made off the GUI
    thread: read it on the GUI thread and pass it along)."""
    if _chosen.calendar == CalendarKind.GREGORIAN:
        return _chosen
    return replace(_chosen, month_names=solar_hijri_months())


def number_text(n: int) -> str:
    """A count in the chosen digits."""
    return _chosen.number(n)


def digits_text(text: str) -> str:
    """``text`` (a count sentence, a time) with ASCII digits in the chosen digits. Never for
    data a user compares with a document (numbers, codes, hashes): those stay as written."""
    return _chosen.digits_text(text)


def date_text(d: date) -> str:
    """A day as shown in text: ``2026-12-07``, or ``16 Qaws 1405`` in Solar Hijri."""
    return date_style().date(d)


def long_date_text(d: date) -> str:
    """A day in words, for a title: ``7 December 2026`` (month names in the app's language,
    from ``QLocale``), or ``16 Qaws 1405`` in Solar Hijri."""
    if _chosen.calendar == CalendarKind.SOLAR_HIJRI:
        return date_text(d)
    # Only the month's name from QLocale: its digits would be the locale's (Persian ones for
    # Dari) whatever digits the user chose.
    month = QLocale().monthName(d.month, QLocale.FormatType.LongFormat)
    return f"{number_text(d.day)} {month} {number_text(d.year)}"


def time_text(at: datetime) -> str:
    """The time of day of ``at`` (already in the checkpoint's zone): ``14:05``."""
    return _chosen.time(at)


def date_time_text(at: datetime) -> str:
    """A moment already in the checkpoint's zone: its day and its time."""
    return date_style().date_time(at)


def field_date_text(d: date) -> str:
    """A day as a date field shows it; ``checkpoint.hijri.parse_document_date`` reads it back
    to the same day (``2026-12-07`` or ``1405/09/16``)."""
    return _chosen.field_text(d)
