"""View → Preferences… (Ctrl+,): the signed-in user's language, digits, calendar, text size and
high contrast. The dialog only chooses; the main window stores and applies the choice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from checkpoint.preferences import FONT_SCALE_RANGE, CalendarKind, Digits, Preferences
from ui.display import number_text
from ui.translation_files import LANGUAGES

# Text sizes offered, in percent: small steps near the normal size, larger ones above it.
TEXT_SIZES = (80, 90, 100, 110, 125, 150, 175, 200)


class PreferencesDialog(QDialog):
    """The five preferences as lists and a box; OK emits the choice, Esc cancels."""

    sig_chosen = Signal(object)
    """OK was pressed; carries the chosen ``Preferences``."""

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        # Each language in its own name: whoever cannot read the current one still finds theirs.
        self.language.addItem(self.tr("Automatic (as the app was started)"), "")
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.digits = QComboBox()
        self.digits.setObjectName("digits")
        self.digits.addItem(self.tr("Latin (0123)"), Digits.LATIN.value)
        self.digits.addItem(self.tr("Eastern Arabic-Indic (۰۱۲۳)"), Digits.EASTERN.value)
        self.calendar = QComboBox()
        self.calendar.setObjectName("calendar")
        self.calendar.addItem(self.tr("Gregorian"), CalendarKind.GREGORIAN.value)
        self.calendar.addItem(self.tr("Solar Hijri"), CalendarKind.SOLAR_HIJRI.value)
        self.text_size = QComboBox()
        self.text_size.setObjectName("text_size")
        sizes = sorted({*TEXT_SIZES, current.font_scale} & set(range(FONT_SCALE_RANGE[0],
                                                                      FONT_SCALE_RANGE[1] + 1)))
        for percent in sizes:
            # No space before "%": right to left, "150 %" would read "% 150".
            self.text_size.addItem(self.tr("%1%").replace("%1", number_text(percent)), percent)
        self.high_contrast = QCheckBox(self.tr("&High contrast (black on white)"))
        self.high_contrast.setObjectName("high_contrast")
        self._show(current)

        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Digits"), self.digits)
        form.addRow(self.tr("&Calendar"), self.calendar)
        form.addRow(self.tr("&Text size"), self.text_size)
        form.addRow("", self.high_contrast)
        note = QLabel(self.tr("Dates can be typed in either calendar, whichever is shown."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.language.setFocus()

    def _show(self, current: Preferences) -> None:
        for box, value in ((self.language, current.language),
                           (self.digits, Digits(current.digits).value),
                           (self.calendar, CalendarKind(current.calendar).value),
                           (self.text_size, current.font_scale)):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.high_contrast.setChecked(current.high_contrast)

    def chosen(self) -> Preferences:
        """What the dialog shows now, as preferences."""
        return Preferences(language=self.language.currentData(),
                           digits=Digits(self.digits.currentData()),
                           calendar=CalendarKind(self.calendar.currentData()),
                           font_scale=int(self.text_size.currentData()),
                           high_contrast=self.high_contrast.isChecked())

    def _ok(self) -> None:
        self.accept()
        self.sig_chosen.emit(self.chosen())
