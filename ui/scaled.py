"""Widths chosen in pixels for the normal text size, grown with the user's text size.

A field given a fixed width (a sex list, a three-letter country) was sized for its words at
100 %; at 150 % the same words need half as much room again, or they are cut. Screens are built
again when the text size changes (``MainWindow.rebuild``), so reading the size once, as a
screen is built, is enough.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication


def text_scale() -> float:
    """The app's text size as a factor of the platform's own (1.5 at 150 %)."""
    platform = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    current = QGuiApplication.font()
    if platform.pointSizeF() > 0 and current.pointSizeF() > 0:
        return current.pointSizeF() / platform.pointSizeF()
    if platform.pixelSize() > 0 and current.pixelSize() > 0:
        return current.pixelSize() / platform.pixelSize()
    return 1.0


def scaled(pixels: int) -> int:
    """``pixels`` (right at the normal text size) at the app's text size now."""
    return round(pixels * text_scale())
