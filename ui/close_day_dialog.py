"""The confirmation before a day is closed: the numbers about to be frozen, and who signs.

Closing cannot be undone, so nothing closes by accident: no button is the default that Enter
fires (the shift lead presses "Close day" itself: Alt+C, or Tab to it and Space), and a day
that is not over yet says plainly that everything recorded for it afterwards becomes a late
amendment.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contract.bidi import fill, isolate
from contract.sheetwords import BREAKDOWN_LISTS, SheetLabels, breakdown_rows
from ui.display import date_text, digits_text, number_text, time_text
from ui.messages import code_label

SIGNED_NAME_LIMIT = 100


class CloseDayDialog(QDialog):
    """Asks the shift lead to confirm closing ``day``, showing its tally as it will be frozen.

    ``now`` is the checkpoint's local time: a day not over by then gets the warning.
    """

    def __init__(self, day: date, place: str, tally: dict[str, Any], labels: SheetLabels,
                 signed_name: str, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("close_day_dialog")
        self.setWindowTitle(self.tr("Close day"))
        intro = QLabel(fill(self.tr(
            "Close %1 at %2? Its tally below is frozen, hashed and signed with your name. "
            "Records added, corrected or voided for this day afterwards show as late "
            "amendments on the next sheet."), date_text(day), place))
        intro.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("close_day_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("font-weight: bold")
        if day >= now.date():
            self.warning.setText(fill(self.tr(
                "%1 is not over yet: it is %2 at the checkpoint. Everyone recorded for this "
                "day after you close it, until midnight, will be a late amendment, not part "
                "of the signed numbers."), date_text(day), time_text(now)))
        self.warning.setVisible(bool(self.warning.text()))
        numbers = QFormLayout()
        self.numbers: dict[str, QLabel] = {}
        self._add(numbers, "total", labels.departures, number_text(tally["total"]), bold=True)
        self._add(numbers, "households", labels.households, number_text(tally["households"]),
                  bold=True)
        for key in BREAKDOWN_LISTS:
            # Each "name count" isolated: a right-to-left line keeps each count by its name.
            shown = [isolate(digits_text(f"{row.label} {row.count}")) for row in
                     breakdown_rows(tally, key, labels, code_label) if row.count]
            self._add(numbers, key, getattr(labels, key), " · ".join(shown) or number_text(0))
        self.signed = QLineEdit(signed_name)
        self.signed.setObjectName("signed_name")
        self.signed.setMaxLength(SIGNED_NAME_LIMIT)
        name_label = QLabel(self.tr("Signed &name:"))
        name_label.setBuddy(self.signed)
        numbers.addRow(name_label, self.signed)
        # Plain buttons, not a QDialogButtonBox: that makes its accept button the default
        # when shown, and Enter in the name field must not close the day.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(isolate(self.tr("&Close day")))
        self.close_button.setObjectName("confirm_close_day")
        cancel = QPushButton(isolate(self.tr("Cancel")))
        cancel.setObjectName("cancel_close_day")
        for button, slot in ((self.close_button, self.accept), (cancel, self.reject)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addLayout(numbers)
        layout.addLayout(buttons)
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
