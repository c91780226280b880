"""A date field that takes what is written on the document: Gregorian or Solar Hijri.

``2024-04-03``, ``03/04/2024`` and ``1403/01/15`` are all read by
:func:`checkpoint.hijri.parse_document_date`; what the clerk typed stays as typed, and the
Gregorian date it means is shown beside it (``= 2024-04-03``) so a slip is seen at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from checkpoint.errors import ValidationError
from checkpoint.hijri import parse_document_date


class DateInput(QLineEdit):
    """One date; ``date_value()`` is the Gregorian date or None (empty)."""

    sig_date_changed = Signal(object)
    """The typed text now means another date; carries the date or None (empty or unreadable)."""

    def __init__(self, field: str, *, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(placeholder or self.tr("YYYY-MM-DD"))
        self.setToolTip(self.tr("A Gregorian date (2024-04-03 or 03/04/2024) or a Solar Hijri "
                                "date (1403/01/15), as written on the document."))
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.textChanged.connect(self._show_meaning)

    def date_value(self) -> date | None:
        """The Gregorian date typed, None if empty; ``ValidationError`` naming this field if
        the text is not a date."""
        text = self.text().strip()
        if not text:
            return None
        return parse_document_date(text, field=self.field)

    def set_date(self, value: date | None) -> None:
        """Show ``value`` in ISO form (or clear the field)."""
        self.setText(value.isoformat() if value else "")

    def _show_meaning(self, text: str) -> None:
        try:
            value = self.date_value()
        except ValidationError:
            value = None
        # Only worth a word when the text is not already the ISO form of the date.
        shown = value is not None and text.strip() != value.isoformat()
        self.hint.setText(self.tr("= %1").replace("%1", value.isoformat()) if shown and value
                          else "")
        self.sig_date_changed.emit(value)
