"""The document checks of one person: 0..n rows of type, number, issuing country, expiry,
result, method and custody, laid out as aligned columns."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from checkpoint import codelists
from checkpoint.entries import DocumentEntry
from checkpoint.errors import ValidationError
from checkpoint.mrz import MrzReading
from ui.entry.code_combo import CodeCombo
from ui.entry.date_input import DateInput
from ui.entry.marks import Marks

# Who issues a document type, when that is not in doubt: PoR cards and Afghan Citizen Cards are
# issued in Pakistan, the Tazkira in Afghanistan. Passports and visas depend on the holder.
_ISSUER = {"por": "PAK", "acc": "PAK", "tazkira": "AFG"}
# Fields of a row by the names the core's errors use for them.
_FIELDS = ("document_type", "document_number", "issuing_country", "expiry", "check_result",
           "method", "custody")
_ALIASES = {"number": "document_number", "result": "check_result", "expiry_date": "expiry"}
_COUNTRY = QRegularExpression("[A-Za-z]{0,3}")


def document_kind(reading: MrzReading) -> str:
    """The document type a zone stands for: P… passport, V… visa, an Afghan identity card
    (I, A or C issued by AFG) the Tazkira; any other identity card "other"."""
    code = reading.document_code[:1]
    if code == "P":
        return "passport"
    if code == "V":
        return "visa"
    if reading.issuing_country == "AFG":
        return "tazkira"
    return "other"


class DocumentRow:
    """The widgets of one document check."""

    def __init__(self, owner: DocumentRows) -> None:
        self.kind = CodeCombo(codelists.document_types())
        self.number = QLineEdit()
        self.country = QLineEdit()
        self.country.setValidator(QRegularExpressionValidator(_COUNTRY, self.country))
        self.country.setPlaceholderText("AFG")
        self.expiry = DateInput("expiry")
        # The row has no room for the date's meaning: its label stays hidden, owned by the
        # field so it goes with it (unowned, it lived on as a top-level window).
        self.expiry.hint.setParent(self.expiry)
        self.expiry.hint.hide()
        self.result = CodeCombo(codelists.check_results())
        self.result.set_code("verified")
        self.method = CodeCombo(codelists.methods())
        self.method.set_code("visual")
        self.custody = CodeCombo(codelists.custody())
        self.custody.set_code("returned_to_holder")
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(owner.tr("Remove this document (Ctrl+Shift+D)"))
        self.message = QLabel()
        self.message.setProperty("role", "problem")
        self.message.setWordWrap(True)
        self.message.hide()
        # Set when the document reader's check digits failed: the clerk must choose a result.
        self.needs_decision = False
        self._issuer_default = ""
        self.kind.setToolTip(owner.tr("Document type: type p (PoR), a (ACC), pa (passport), "
                                      "t (Tazkira), v (visa)."))
        self.number.setToolTip(owner.tr("Document number, as printed."))
        self.country.setToolTip(owner.tr("Issuing country, three letters (AFG, PAK)."))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.country.textEdited.connect(
            lambda text: self.country.setText(text.upper()) if text != text.upper() else None)

    def fields(self) -> list[QWidget]:
        """The row's fields in tab order."""
        return [self.kind, self.number, self.country, self.expiry, self.result, self.method,
                self.custody]

    def field(self, name: str) -> QWidget:
        """The widget for a core field name (``document_number``, ``check_result``, ...)."""
        name = _ALIASES.get(name, name)
        return dict(zip(_FIELDS, self.fields(), strict=True)).get(name, self.kind)

    def is_blank(self) -> bool:
        """Nothing was entered (a row added and left empty is not a document)."""
        return (self.kind.code() is None and not self.number.text().strip()
                and not self.expiry.text().strip()
                and self.country.text().strip() in ("", self._issuer_default))

    def entry(self) -> DocumentEntry:
        """The row as the core takes it; ``ValidationError`` for an unreadable expiry."""
        return DocumentEntry(
            document_type=self.kind.code() or "", number=self.number.text(),
            issuing_country=self.country.text(), expiry=self.expiry.date_value(),
            result=self.result.code(), method=self.method.code() or "",
            custody=self.custody.code() or "")

    def fill(self, reading: MrzReading) -> None:
        """Take the document's own fields from a zone the reader typed."""
        self.kind.set_code(document_kind(reading))
        self.number.setText(reading.document_number)
        self.country.setText(reading.issuing_country)
        self.expiry.set_date(reading.expiry_date)
        self.method.set_code("reader")
        self.custody.set_code("returned_to_holder")
        failed = any(reading.checks.get(name) is False for name in
                     ("document_number", "expiry_date", "optional_data", "composite"))
        self.needs_decision = failed or reading.expiry_date is None
        self.result.set_code(None if self.needs_decision else "verified")

    def _kind_changed(self) -> None:
        issuer = _ISSUER.get(self.kind.code() or "", "")
        if self.country.text() in ("", self._issuer_default):
            self.country.setText(issuer)
        self._issuer_default = issuer


class DocumentRows(QWidget):
    """0..n document rows under a header; Ctrl+D adds one (see the screen's shortcuts)."""

    sig_changed = Signal()
    """Rows were added or removed, or a row changed."""

    def __init__(self, marks: Marks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks = marks
        self.rows: list[DocumentRow] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._headers = [QLabel(text) for text in (
            self.tr("Type"), self.tr("Number"), self.tr("Issued by"), self.tr("Expiry"),
            self.tr("Result"), self.tr("Method"), self.tr("Custody"))]
        for column, header in enumerate(self._headers):
            header.setProperty("role", "hint")
            self._grid.addWidget(header, 0, column)
        for column, stretch in enumerate((0, 3, 0, 0, 0, 0, 0)):
            self._grid.setColumnStretch(column, stretch)
        self.empty = QLabel(self.tr("No document. Ctrl+D adds one."))
        self.empty.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._grid)
        layout.addWidget(self.empty)
        self._relayout()

    def add_row(self) -> DocumentRow:
        """A new empty row at the end."""
        row = DocumentRow(self)
        for widget in row.fields():
            self.marks.attach(widget, row.message)
        row.kind.setFixedWidth(112)
        row.country.setFixedWidth(46)
        row.expiry.setFixedWidth(100)
        row.number.setMinimumWidth(100)
        row.result.setFixedWidth(128)
        row.method.setFixedWidth(140)
        row.custody.setFixedWidth(138)
        row.remove.clicked.connect(lambda _checked=False, r=row: self.remove_row(r))
        for combo in (row.kind, row.result, row.method, row.custody):
            combo.currentIndexChanged.connect(self.sig_changed)
            combo.activated.connect(lambda _i, r=row, c=combo: self._edited(r, c))
        for edit in (row.number, row.country, row.expiry):
            edit.textChanged.connect(self.sig_changed)
            edit.textEdited.connect(lambda _t, r=row, e=edit: self._edited(r, e))
        self.rows.append(row)
        self._relayout()
        self.sig_changed.emit()
        return row

    def remove_row(self, row: DocumentRow) -> None:
        """Take a row away (its problems go with it)."""
        if row not in self.rows:
            return
        self.rows.remove(row)
        for widget in (*row.fields(), row.remove, row.message):
            self.marks.forget(widget)
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._relayout()
        self.sig_changed.emit()

    def row_of(self, widget: QWidget | None) -> DocumentRow | None:
        """The row a widget belongs to, if any."""
        return next((row for row in self.rows if widget in row.fields()), None)

    def reader_row(self, number: str) -> DocumentRow:
        """Where a zone the reader typed goes: the row with that number, else the first blank
        row, else a new one."""
        for row in self.rows:
            if number and row.number.text().strip().upper() == number:
                return row
        return next((row for row in self.rows if row.is_blank()), None) or self.add_row()

    def entries(self) -> list[DocumentEntry]:
        """The documents entered (blank rows left out). A problem raises ``ValidationError``
        with ``params['document']``, the row's index."""
        return [entry for _index, entry in self.numbered_entries()]

    def numbered_entries(self) -> list[tuple[int, DocumentEntry]]:
        """Like ``entries``, each with the index of its row."""
        found = []
        for index, row in enumerate(self.rows):
            if row.is_blank():
                continue
            try:
                if row.needs_decision and row.result.code() is None:
                    raise ValidationError("a check digit failed: choose the check result",
                                          code="reader_check_failed", field="check_result")
                found.append((index, row.entry()))
            except ValidationError as error:
                error.params["document"] = index
                raise
        return found

    def widgets(self) -> list[QWidget]:
        """Every row's fields, in tab order."""
        return [widget for row in self.rows for widget in row.fields()]

    def _edited(self, row: DocumentRow, widget: QWidget) -> None:
        self.marks.clear(widget)
        if widget is row.result and row.result.code() is not None:
            # The clerk looked and decided: the reader's warnings on this row are answered.
            row.needs_decision = False
            for field in row.fields():
                self.marks.clear(field)

    def _relayout(self) -> None:
        for index, row in enumerate(self.rows):
            line = 1 + 2 * index
            for column, widget in enumerate(row.fields()):
                self._grid.addWidget(widget, line, column)
                widget.show()  # at once, not later: Ctrl+D puts the cursor in it
            self._grid.addWidget(row.remove, line, len(row.fields()))
            row.remove.show()
            self._grid.addWidget(row.message, line + 1, 0, 1, len(row.fields()))
        for header in self._headers:
            header.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
