"""How old this device's copy of HQ's lists is, in words: short for the status bar, whole for
the IT sync panel and the bar's tooltip. Lists older than the IT admin's limit, or never
received, are said plainly, in the warning style: the desk's warnings may be missing."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from checkpoint.reference import ReferenceState
from ui.display import digits_text, number_text
from ui.theme import Tone, tone


def warning_style() -> str:
    """Bold dark orange (brown in high contrast): a warning to act on, not an error (the
    error red means "not saved")."""
    return f"color: {tone(Tone.WARNING)}; font-weight: bold;"


def age_text(age: timedelta) -> str:
    """``less than an hour`` / ``3 hours`` / ``2 days``."""
    hours = int(age.total_seconds() // 3600)
    if hours < 1:
        return QCoreApplication.translate("lists", "less than an hour")
    if hours == 1:  # English says the one apart; a translation's plural forms come from %n
        return digits_text(QCoreApplication.translate("lists", "1 hour"))
    # %n is always Latin digits: the words are put in the user's digits.
    if hours < 48:
        return digits_text(QCoreApplication.translate("lists", "%n hours", "", hours))
    return digits_text(QCoreApplication.translate("lists", "%n days", "", age.days))


def short_age_text(age: timedelta) -> str:
    """``<1 h`` / ``3 h`` / ``2 d``: what fits the status bar."""
    hours = int(age.total_seconds() // 3600)
    if hours < 1:
        return QCoreApplication.translate("lists", "<1 h")
    if hours < 48:
        return QCoreApplication.translate("lists", "%1 h").replace("%1", number_text(hours))
    return QCoreApplication.translate("lists", "%1 d").replace("%1", number_text(age.days))


def lists_bar_text(state: ReferenceState) -> str:
    """The status bar's few words: ``Lists: 3 h old``, ``Lists: OUT OF DATE``, ``Lists:
    none``."""
    if state.age is None:
        return QCoreApplication.translate("lists", "Lists: none")
    if state.stale:
        return QCoreApplication.translate("lists", "Lists: OUT OF DATE")
    return QCoreApplication.translate("lists", "Lists: %1 old").replace(
        "%1", short_age_text(state.age)
    )


def lists_text(state: ReferenceState) -> str:
    """The whole sentence: ``Lists from HQ: version 1234, 3 hours old``, and what stale or
    never received means for the desk."""
    if state.age is None:
        return QCoreApplication.translate(
            "lists",
            "Lists from HQ: never received. Warnings about cancelled cards, "
            "documents recorded at other checkpoints and policy dates are "
            "missing until this device syncs with HQ.",
        )
    text = QCoreApplication.translate("lists", "Lists from HQ: version %1, %2 old").replace(
        "%1", number_text(state.version)).replace("%2", age_text(state.age))
    if state.stale:
        limit = QCoreApplication.translate("lists", "one day") if state.stale_days == 1 else \
            digits_text(QCoreApplication.translate("lists", "%n days", "", state.stale_days))
        text += QCoreApplication.translate(
            "lists",
            ". OUT OF DATE (older than %1): warnings about cancelled cards and "
            "documents recorded elsewhere may be missing. Sync with HQ.",
        ).replace("%1", limit)
    return text
