"""The two looks of the app: the platform's own, and high contrast.

High contrast is black on white, not white on black: checkpoint desks stand in daylight, where
a dark screen mirrors the room, and the app's problem red, warning brown and saved green all
stay readable on white (each at least 7:1 here, against 4.5:1 to 7.9:1 in the normal look).
It runs on Qt's Fusion style, which draws every control from the palette (the Windows styles
ignore much of it), with black frames and a navy focus and selection.

The few colours set in style sheets (a field's problem mark, warnings, saved) are *tones*
asked for when a style sheet is made, so the screens rebuilt after a switch take the new ones.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_HIGH_CONTRAST_PROPERTY = "checkpoint_high_contrast"


class Tone(StrEnum):
    """What a coloured word or frame says."""

    PROBLEM = "problem"  # not saved until it is fixed
    WARNING = "warning"  # to act on or decide (bold)
    SAVED = "saved"  # done (bold)
    HINT = "hint"  # a quiet explanation
    INACTIVE = "inactive"  # a disabled account in a list


_NORMAL = {Tone.PROBLEM: "#b00020", Tone.WARNING: "#8a4b00", Tone.SAVED: "#1b5e20",
           Tone.HINT: "#5f6368", Tone.INACTIVE: "#757575"}
_HIGH = {Tone.PROBLEM: "#8b0000", Tone.WARNING: "#5c2e00", Tone.SAVED: "#004d00",
         Tone.HINT: "#000000", Tone.INACTIVE: "#4d4d4d"}


def high_contrast() -> bool:
    """Whether the high-contrast look is on (the app's own property: one look per process)."""
    app = QApplication.instance()
    return bool(app is not None and app.property(_HIGH_CONTRAST_PROPERTY))


def tone(kind: Tone) -> str:
    """The colour of ``kind`` in the look now on, as a style sheet writes it."""
    return (_HIGH if high_contrast() else _NORMAL)[kind]


def tone_colour(kind: Tone) -> QColor:
    """The colour of ``kind`` for a model's foreground role."""
    return QColor(tone(kind))


def problem_border() -> str:
    """The frame of a field with a problem (thicker in high contrast)."""
    width = 3 if high_contrast() else 2
    return f"{width}px solid {tone(Tone.PROBLEM)}"


def high_contrast_palette() -> QPalette:
    """Black on white, navy selection, black frames; disabled text still 7:1."""
    black, white, navy = QColor("#000000"), QColor("#ffffff"), QColor("#00007f")
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Base, white), (roles.AlternateBase, QColor("#e8e8e8")),
                         (roles.Highlight, navy), (roles.HighlightedText, white),
                         (roles.Link, navy), (roles.LinkVisited, QColor("#4b0082")),
                         (roles.ToolTipBase, white), (roles.ToolTipText, black),
                         (roles.PlaceholderText, QColor("#404040")),
                         (roles.Midlight, QColor("#c0c0c0")), (roles.Mid, black),
                         (roles.Dark, black), (roles.Shadow, black), (roles.Light, white),
                         (roles.BrightText, white), (roles.Button, white),
                         (roles.ButtonText, black), (roles.Window, white),
                         (roles.WindowText, black), (roles.Text, black)):
        palette.setColor(role, colour)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.PlaceholderText):
        palette.setColor(disabled, role, QColor("#595959"))
    return palette


class Looks:
    """Switches the running app between its normal look and high contrast; remembers the
    platform's own style and palette to go back to."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self._style = app.style().name()
        self._palette = QPalette(app.palette())

    def set_high_contrast(self, on: bool) -> None:
        """Turn high contrast on or off (nothing happens if it already is)."""
        if on == high_contrast():
            return
        self.app.setProperty(_HIGH_CONTRAST_PROPERTY, on)
        if on:
            self.app.setStyle("Fusion")
            self.app.setPalette(high_contrast_palette())
        else:
            self.app.setStyle(self._style)
            self.app.setPalette(self._palette)
