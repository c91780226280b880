"""The duplicate warning: a document of this household already departed here.

Recording is never refused for it (the core only warns): the clerk sees the earlier records
and chooses to stop and look, or to save anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkpoint.ledger import Ledger
from checkpoint.records import EarlierDeparture
from contract import codes
from ui.entry.code_combo import code_text


class DuplicateDialog(QDialog):
    """Earlier departures with the same documents; accepted means "save anyway"."""

    def __init__(self, ledger: Ledger, earlier: Sequence[EarlierDeparture],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_warning")
        self.setWindowTitle(self.tr("Already departed?"))
        intro = QLabel(self.tr(
            "Earlier departures here with the same document: %n. Is this the same person "
            "crossing again, or a record typed twice?", "", len(earlier)))
        intro.setWordWrap(True)
        self.records = QTreeWidget()
        self.records.setRootIsDecorated(False)
        self.records.setHeaderLabels([self.tr("Name"), self.tr("Document"), self.tr("Departed"),
                                      self.tr("Recorded by")])
        zone = ledger.settings.zone
        types = codes.document_types()
        for departure in earlier:
            at = departure.crossed_at
            local = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(zone)
            kind = (code_text(types.entry(departure.document_type))
                    if departure.document_type in types else departure.document_type)
            QTreeWidgetItem(self.records, [departure.full_name,
                                           f"{kind} {departure.number}",
                                           local.strftime("%Y-%m-%d %H:%M"),
                                           departure.recorded_by])
        for column in range(4):
            self.records.resizeColumnToContents(column)
        self.records.setMinimumWidth(560)
        buttons = QDialogButtonBox()
        self.stop_button = QPushButton(self.tr("Stop and check"))
        self.stop_button.setToolTip(self.tr("Go back to the form; nothing is saved (Esc)"))
        self.save_button = QPushButton(self.tr("Save &anyway"))
        self.save_button.setToolTip(self.tr("Record this household as well (Alt+A)"))
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Enter, pressed out of habit, must not record a duplicate.
        self.stop_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.records)
        layout.addWidget(buttons)
        self.stop_button.setFocus()
