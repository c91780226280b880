"""The confirmation before a day is closed: the numbers about to be frozen, and who signs."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkpoint.sheet import BREAKDOWN_LISTS, SheetLabels, breakdown_rows
from ui.messages import code_label

SIGNED_NAME_LIMIT = 100


class CloseDayDialog(QDialog):
    """Asks the shift lead to confirm closing ``day``, showing its tally as it will be frozen."""

    def __init__(self, day: date, place: str, tally: dict[str, Any], labels: SheetLabels,
                 signed_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("close_day_dialog")
        self.setWindowTitle(self.tr("Close day"))
        intro = QLabel(self.tr(
            "Close %1 at %2? Its tally below is frozen, hashed and signed with your name. "
            "Records added, corrected or voided for this day afterwards show as late "
            "amendments on the next sheet.").replace("%1", day.isoformat()).replace("%2", place))
        intro.setWordWrap(True)
        numbers = QFormLayout()
        self.numbers: dict[str, QLabel] = {}
        self._add(numbers, "total", labels.departures, str(tally["total"]), bold=True)
        self._add(numbers, "households", labels.households, str(tally["households"]),
                  bold=True)
        for key in BREAKDOWN_LISTS:
            shown = [f"{row.label} {row.count}" for row in
                     breakdown_rows(tally, key, labels, code_label) if row.count]
            self._add(numbers, key, getattr(labels, key), " · ".join(shown) or "0")
        self.signed = QLineEdit(signed_name)
        self.signed.setObjectName("signed_name")
        self.signed.setMaxLength(SIGNED_NAME_LIMIT)
        name_label = QLabel(self.tr("Signed &name:"))
        name_label.setBuddy(self.signed)
        numbers.addRow(name_label, self.signed)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("&Close day"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setObjectName("confirm_close_day")
        self.close_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(numbers)
        layout.addWidget(buttons)
        self.signed.setFocus()
        self.signed.selectAll()

    def _add(self, form: QFormLayout, key: str, label: str, value: str,
             bold: bool = False) -> None:
        shown = QLabel(value)
        shown.setWordWrap(True)
        if bold:
            font = shown.font()
            font.setBold(True)
            shown.setFont(font)
        self.numbers[key] = shown
        form.addRow(label, shown)

    def signed_name(self) -> str:
        """The name to sign the close-out with."""
        return self.signed.text().strip()
