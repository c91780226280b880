"""The correction form: what was recorded about a person and their documents, editable, saved
through ``correct_crossing`` on the database worker.

Only the fields that differ from the record are sent, so an unchanged form saves nothing and a
correction's history names exactly what changed. Dates accept Gregorian or Solar Hijri.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkpoint.entries import DocumentEntry
from checkpoint.errors import ValidationError
from checkpoint.hijri import parse_document_date
from checkpoint.records import CrossingDetail, correct_crossing
from contract import codes
from ui.context import AppContext
from ui.crossings_model import document_label
from ui.messages import code_label, error_text, field_label

_DATE_HINT = "YYYY-MM-DD, DD/MM/YYYY, 1403/01/15"
_TEXT_FIELDS = ("full_name", "father_name", "full_name_native", "father_name_native",
                "nationality", "origin_district", "vrf_number", "remarks")
_CODE_FIELDS = {"sex": codes.sexes, "origin_province": codes.pk_provinces,
                "destination_province": codes.af_provinces,
                "return_type": codes.return_types}
_OPTIONAL_CODES = ("destination_province", "return_type")


def _code_combo(codelist: codes.CodeList, *, optional: bool) -> QComboBox:
    combo = QComboBox()
    if optional:
        # "" stands for "none given": a None through a QVariant loses a reference to None in
        # PySide6 6.12, and enough of them abort the interpreter.
        combo.addItem("—", "")
    for code in codelist.codes:
        combo.addItem(code_label(codelist, code), code)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    found = combo.findData("" if value is None else value)
    combo.setCurrentIndex(found if found >= 0 else 0)


def _parse_day(text: str, field: str) -> date | None:
    return parse_document_date(text, field=field) if text.strip() else None


class _DocumentRow:
    """The widgets of one document check in the grid."""

    def __init__(self, entry: DocumentEntry | None) -> None:
        self.document_type = QComboBox()
        for code in codes.document_types().codes:
            self.document_type.addItem(document_label(code), code)
        self.number = QLineEdit()
        self.issuing_country = QLineEdit()
        self.issuing_country.setMaxLength(3)
        self.expiry = QLineEdit()
        self.expiry.setPlaceholderText("YYYY-MM-DD")
        self.expiry.setToolTip(_DATE_HINT)
        self.expiry.setMinimumWidth(self.expiry.fontMetrics().horizontalAdvance("0000-00-00 ")
                                    + 16)
        self.result = _code_combo(codes.check_results(), optional=True)
        self.method = _code_combo(codes.methods(), optional=False)
        self.custody = _code_combo(codes.custody(), optional=False)
        self.remove = QPushButton()
        self.remove.setAutoDefault(False)  # Enter saves the form, never removes a row
        entry = entry or DocumentEntry("por")
        _select(self.document_type, entry.document_type)
        self.number.setText(entry.number)
        self.issuing_country.setText(entry.issuing_country)
        self.expiry.setText(entry.expiry.isoformat() if entry.expiry else "")
        _select(self.result, entry.result)
        _select(self.method, entry.method)
        _select(self.custody, entry.custody)

    def widgets(self) -> list[QWidget]:
        return [self.document_type, self.number, self.issuing_country, self.expiry,
                self.result, self.method, self.custody, self.remove]

    def entry(self) -> DocumentEntry:
        return DocumentEntry(
            document_type=self.document_type.currentData(), number=self.number.text().strip(),
            issuing_country=self.issuing_country.text().strip().upper(),
            expiry=_parse_day(self.expiry.text(), "expiry"),
            result=self.result.currentData() or None, method=self.method.currentData(),
            custody=self.custody.currentData())


class CorrectionDialog(QDialog):
    """Edit a crossing's person and documents; closes only after the correction committed."""

    def __init__(self, context: AppContext, detail: CrossingDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correction_dialog")
        self.context = context
        self.crossing_uuid = detail.crossing.uuid
        self.setWindowTitle(self.tr("Correct: %1").replace("%1", detail.crossing.full_name))
        crossing = detail.crossing
        self.original: dict[str, Any] = {
            name: getattr(crossing, name) for name in
            (*_TEXT_FIELDS, *_CODE_FIELDS, "birth_date", "age_years", "age_estimated")}
        self.original["vulnerabilities"] = tuple(
            sorted(flag for flag in crossing.vulnerabilities.split(",") if flag))
        self.original["documents"] = tuple(
            DocumentEntry(c.document_type, c.number, c.issuing_country, c.expiry, c.result,
                          c.method, c.custody) for c in detail.checks)
        self.flags: dict[str, QCheckBox] = {}
        self.document_rows: list[_DocumentRow] = []
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self._build()
        self._fill()
        self.resize(1060, 680)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.texts = {name: QLineEdit() for name in _TEXT_FIELDS}
        self.texts["nationality"].setMaxLength(3)
        self.codes = {name: _code_combo(codelist(), optional=name in _OPTIONAL_CODES)
                      for name, codelist in _CODE_FIELDS.items()}
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(_DATE_HINT)
        self.age = QSpinBox()
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("unknown"))
        self.age_estimated = QCheckBox(self.tr("&estimated"))
        self.fields: dict[str, QWidget] = {**self.texts, **self.codes,
                                           "birth_date": self.birth_date,
                                           "age_years": self.age,
                                           "age_estimated": self.age_estimated}
        for name, widget in self.fields.items():
            widget.setObjectName(name)
        labels = {"full_name": self.tr("&Full name:"), "father_name": self.tr("Fa&ther's name:"),
                  "sex": self.tr("Se&x:"), "age_years": self.tr("A&ge:"),
                  "origin_province": self.tr("&Origin province:"),
                  "destination_province": self.tr("Desti&nation:"),
                  "remarks": self.tr("Re&marks:")}
        person, place = QFormLayout(), QFormLayout()
        ages = QHBoxLayout()
        ages.addWidget(self.age)
        ages.addWidget(self.age_estimated)
        ages.addStretch(1)
        layout_of = {"full_name": person, "father_name": person, "full_name_native": person,
                     "father_name_native": person, "sex": person, "birth_date": person,
                     "age_years": person, "nationality": person, "origin_province": place,
                     "origin_district": place, "destination_province": place,
                     "return_type": place, "vrf_number": place, "remarks": place}
        for name, form in layout_of.items():
            label = QLabel(labels.get(name) or field_label(name) + ":")
            widget = self.fields[name]
            label.setBuddy(widget)
            form.addRow(label, ages if name == "age_years" else widget)
        place.addRow(QLabel(field_label("vulnerabilities") + ":"), self._flags_box())
        forms = QHBoxLayout()
        forms.addLayout(person, 1)
        forms.addLayout(place, 1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save correction"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the correction (Enter)"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(forms)
        inner.addWidget(self._documents_box())
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _flags_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        flags = codes.vulnerabilities()
        for number, code in enumerate(flags.codes):
            check = QCheckBox(code_label(flags, code))
            check.setObjectName(f"flag_{code}")
            self.flags[code] = check
            grid.addWidget(check, number // 2, number % 2)
        return box

    def _documents_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Documents"))
        self.documents_grid = QGridLayout()
        titles = [self.tr("Document"), field_label("number"), field_label("issuing_country"),
                  field_label("expiry"), field_label("result"), field_label("method"),
                  field_label("custody")]
        for column, title in enumerate(titles):
            self.documents_grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.documents_grid.setColumnStretch(1, 2)
        self.add_document_button = QPushButton(self.tr("&Add document"))
        self.add_document_button.setObjectName("add_document")
        self.add_document_button.setAutoDefault(False)
        self.add_document_button.clicked.connect(lambda: self.add_document(None))
        layout = QVBoxLayout(box)
        layout.addLayout(self.documents_grid)
        row = QHBoxLayout()
        row.addWidget(self.add_document_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def add_document(self, entry: DocumentEntry | None) -> _DocumentRow:
        """Another document row (empty, or showing ``entry``)."""
        document = _DocumentRow(entry)
        document.remove.setText(self.tr("Remove"))
        document.remove.clicked.connect(lambda: self._remove_document(document))
        self.document_rows.append(document)
        self._lay_out_documents()
        if entry is None:
            document.document_type.setFocus()
        return document

    def _remove_document(self, document: _DocumentRow) -> None:
        self.document_rows.remove(document)
        for widget in document.widgets():
            widget.deleteLater()
        self._lay_out_documents()

    def _lay_out_documents(self) -> None:
        for number, document in enumerate(self.document_rows, start=1):
            for column, widget in enumerate(document.widgets()):
                self.documents_grid.addWidget(widget, number, column)

    # -- values -----------------------------------------------------------------------------

    def _fill(self) -> None:
        original = self.original
        for name, edit in self.texts.items():
            edit.setText(original[name] or "")
        for name, combo in self.codes.items():
            _select(combo, original[name])
        birth = original["birth_date"]
        self.birth_date.setText(birth.isoformat() if birth else "")
        age = original["age_years"]
        self.age.setValue(-1 if age is None else age)
        self.age_estimated.setChecked(bool(original["age_estimated"]))
        for code, check in self.flags.items():
            check.setChecked(code in original["vulnerabilities"])
        for entry in original["documents"]:
            self.add_document(entry)
        self.texts["full_name"].setFocus()

    def values(self) -> dict[str, Any]:
        """What the form says now, as ``PersonEntry`` field values (raises
        ``ValidationError`` for a date that cannot be read)."""
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self.texts.items()}
        values["nationality"] = values["nationality"].upper() or None
        values.update((name, combo.currentData() or None) for name, combo in self.codes.items())
        values["birth_date"] = _parse_day(self.birth_date.text(), "birth_date")
        values["age_years"] = None if self.age.value() < 0 else self.age.value()
        values["age_estimated"] = self.age_estimated.isChecked()
        values["vulnerabilities"] = tuple(sorted(code for code, check in self.flags.items()
                                                 if check.isChecked()))
        values["documents"] = tuple(document.entry() for document in self.document_rows)
        return values

    def changes(self) -> dict[str, Any]:
        """Only what differs from the record."""
        return {name: value for name, value in self.values().items()
                if value != self.original[name]}

    # -- saving -----------------------------------------------------------------------------

    def accept(self) -> None:  # Enter saves through save(), never closes unsaved
        self.save()

    def save(self) -> None:
        """Send the changes to the core; close only after the commit returned."""
        if not self.save_button.isEnabled():
            return
        try:
            changes = self.changes()
        except ValidationError as error:
            self._failed(error)
            return
        if not changes:
            self.message.setText(self.tr("Nothing was changed."))
            return
        crossing_uuid = self.crossing_uuid
        self._busy(True)
        self.message.setText(self.tr("Saving…"))
        self.context.write(lambda ledger: correct_crossing(ledger, crossing_uuid, changes),
                           on_done=self._saved, on_failed=self._failed)

    def _busy(self, busy: bool) -> None:
        for widget in (self.save_button, self.cancel_button):
            widget.setEnabled(not busy)

    def _saved(self, _revision: int) -> None:
        self._busy(False)
        super().accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.message.setText(error_text(error))
        field = getattr(error, "field", None)
        target = self.fields.get(field or "")
        if target is None and self.document_rows and field in (
                "document_type", "number", "document_number", "issuing_country", "expiry",
                "result", "check_result", "method", "custody"):
            target = self.document_rows[0].number
        if target is not None:
            target.setFocus()
