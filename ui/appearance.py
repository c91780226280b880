"""A user's preferences applied to the running app: the language (its translator, the layout
direction, ``QLocale``'s default), the text size, the high-contrast look, digits and calendar.

Built once by the composition root (``ui/app.py``), which applies the device's language before
anyone signs in and each user's own preferences at sign-in and whenever they change them. The
screens already built keep their words until they are built again (``MainWindow.rebuild``);
the font and palette reach every widget at once.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from checkpoint.preferences import Preferences, offered_language
from ui.display import apply_display
from ui.fonts import register_fonts, ui_font
from ui.theme import Looks
from ui.translation_files import load_translator


def system_language() -> str:
    """The offered language closest to the computer's own (English if none is)."""
    return offered_language(QLocale.system().name()) or "en"


class Appearance:
    """Puts preferences into effect, and can put back what the app started with."""

    def __init__(self, app: QApplication, started_language: str | None = None) -> None:
        self.app = app
        # What "" (no choice of one's own) means: ``--language`` or the computer's language.
        self.started_language = started_language or system_language()
        self.language: str | None = None  # the language now in effect (None: none applied)
        self._translator: QTranslator | None = None
        self._looks = Looks(app)
        self._start = (QFont(app.font()), app.layoutDirection(), QLocale())
        register_fonts()

    def apply(self, preferences: Preferences) -> None:
        """Put ``preferences`` into effect for the whole app."""
        language = preferences.language or self.started_language
        self._set_language(language)
        self.app.setFont(ui_font(language, preferences.font_scale))
        self._looks.set_high_contrast(preferences.high_contrast)
        apply_display(preferences)

    def _set_language(self, language: str) -> None:
        if language == self.language:
            return
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator.deleteLater()
        self._translator = load_translator(self.app, language)
        if self._translator is not None:
            self.app.installTranslator(self._translator)
        locale = QLocale(language)
        QLocale.setDefault(locale)
        self.app.setLayoutDirection(locale.textDirection())
        self.language = language

    def restore(self) -> None:
        """Back to how the app was before the first ``apply`` (the app ending, or a test)."""
        font, direction, locale = self._start
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
        self.language = None
        QLocale.setDefault(locale)
        self.app.setLayoutDirection(direction)
        self.app.setFont(font)
        self._looks.set_high_contrast(False)
        apply_display(Preferences())
