"""One person's fields: who they are, where they go, the documents checked, and (folded away,
never required) vulnerability flags, remarks and the names in native script.

The one person editor: the New crossing screen shows one per person of the household, and the
correction dialog shows one for the record it corrects."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from checkpoint.entries import CheckedPerson, PersonEntry, normalise_person
from checkpoint.errors import ValidationError, ValidationErrors
from checkpoint.mrz import MrzReading
from contract import codes
from contract.bidi import isolate
from ui.display import number_text
from ui.entry.code_combo import CodeCombo, code_text
from ui.entry.date_input import DateInput
from ui.entry.document_rows import DocumentRow, DocumentRows
from ui.entry.marks import Marks
from ui.scaled import scaled

# Carried from the head to every member added after them (the household travels together).
JOURNEY = ("origin_province", "origin_district", "destination_province", "return_type",
           "vrf_number")
_AGE = QRegularExpression("[0-9]{0,3}")
_COUNTRY = QRegularExpression("[A-Za-z]{0,3}")


def _required(label: str) -> str:
    """A required field's label: marked, as the legend above the fields says."""
    return f"{label} *"


def keep_in_sight(area: QScrollArea, field: QWidget) -> None:
    """Scroll ``area`` so the whole of ``field`` is in sight, with a little room above and
    below. (``ensureWidgetVisible`` looks only at a text field's cursor, so a field at the
    bottom edge stayed half cut off.)"""
    content = area.widget()
    if content is None or not content.isAncestorOf(field):
        return
    centre = field.mapTo(content, field.rect().center())
    area.ensureVisible(centre.x(), centre.y(), 0, field.height() // 2 + 24)


def _uppercase(edit: QLineEdit) -> None:
    def fix(text: str) -> None:
        if text != text.upper():
            position = edit.cursorPosition()
            edit.setText(text.upper())
            edit.setCursorPosition(position)
    edit.textEdited.connect(fix)


class PersonForm(QWidget):
    """The fields of one person of the household."""

    sig_changed = Signal()
    """Something the clerk typed changed (the household list shows the new name)."""
    sig_journey_changed = Signal()
    """Origin, district, destination, return type or VRF number changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks = Marks()
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self._build_fields()
        self._build_more()
        self.documents = DocumentRows(self.marks)
        self.documents.sig_changed.connect(self._documents_changed)
        self.add_document_button = QPushButton(isolate(self.tr("Add document (Ctrl+D)")))
        self.add_document_button.setToolTip(self.tr("Add a document check (Ctrl+D)"))
        self.add_document_button.clicked.connect(self.add_document)
        self._lay_out()
        self._connect_edits()
        # Where Tab goes after the form's last field (the screen's buttons), kept there
        # however often the documents change the chain.
        self._after_fields: list[QWidget] = []
        self._name_fields()
        self._update_tab_order()

    # -- building -------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.full_name = QLineEdit()
        self.full_name.setToolTip(self.tr("Full name as written on the document; names are "
                                          "never split."))
        self.father_name = QLineEdit()
        self.father_hint = QLabel()
        self.father_hint.setProperty("role", "hint")
        self.sex = CodeCombo(codes.sexes())
        self.sex.setToolTip(self.tr("Type m or f."))
        self.age = QLineEdit()
        self.age.setValidator(QRegularExpressionValidator(_AGE, self.age))
        self.age.setMaximumWidth(scaled(56))
        self.age.setToolTip(self.tr("Age in whole years (0 to 120). Or give the birth date."))
        self.age_estimated = QCheckBox(self.tr("esti&mated"))
        self.birth_date = DateInput("birth_date",
                                    placeholder=self.tr("YYYY-MM-DD or 1403/01/15"))
        self.birth_date.sig_date_changed.connect(self._birth_date_changed)
        self.nationality = QLineEdit("AFG")
        self.nationality.setValidator(QRegularExpressionValidator(_COUNTRY, self.nationality))
        self.nationality.setMaximumWidth(scaled(56))
        self.nationality.setToolTip(self.tr("Three-letter country code (AFG, PAK)."))
        _uppercase(self.nationality)
        self.origin_province = CodeCombo(codes.pk_provinces())
        self.origin_province.setToolTip(self.tr(
            "Province in Pakistan: type a name or short form (KP, KPK, ICT, AJK, GB)."))
        self.origin_district = QLineEdit()
        self.destination_province = CodeCombo(codes.af_provinces())
        self.destination_province.setToolTip(self.tr(
            "Province in Afghanistan: type the first letters (nan, kab, kun)."))
        self.return_type = CodeCombo(codes.return_types())
        self.return_type.setToolTip(self.tr("Type v (voluntary), d (deported) or a (assisted)."))
        self.vrf_number = QLineEdit()
        self.vrf_number.setToolTip(self.tr("Voluntary repatriation form number, if any."))

    def _build_more(self) -> None:
        self.more = QToolButton()
        self.more.setText(self.tr("Vu&lnerabilities, remarks and native script"))
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.setAutoRaise(True)
        self.more.setToolTip(self.tr("Show or hide vulnerability flags, remarks and the names "
                                     "in native script (Alt+L). Never required."))
        self.more_summary = QLabel()
        self.more_summary.setProperty("role", "hint")
        self.more_box = QWidget()
        grid = QGridLayout(self.more_box)
        grid.setContentsMargins(16, 0, 0, 0)
        self._flags_grid = grid
        self._flags_per_line = 3
        self.vulnerabilities: dict[str, QCheckBox] = {}
        for index, entry in enumerate(codes.vulnerabilities().entries):
            box = QCheckBox(code_text(entry))
            self.vulnerabilities[entry.code] = box
            grid.addWidget(box, index // 3, index % 3)
        self.remarks = QLineEdit()
        self.remarks.setPlaceholderText(self.tr("Remarks (optional)"))
        self.full_name_native = QLineEdit()
        self.full_name_native.setPlaceholderText(self.tr("Full name in native script"))
        self.father_name_native = QLineEdit()
        self.father_name_native.setPlaceholderText(self.tr("Father's name in native script"))
        for edit in (self.full_name_native, self.father_name_native):
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        rows = (len(self.vulnerabilities) + 2) // 3
        grid.addWidget(self.remarks, rows, 0, 1, 3)
        grid.addWidget(self.full_name_native, rows + 1, 0, 1, 3)
        grid.addWidget(self.father_name_native, rows + 2, 0, 1, 3)
        self.more_box.hide()
        self.more.toggled.connect(self._show_more)

    def _cell(self, field: QWidget, *beside: QWidget, stretch: bool = False,
              below: QWidget | None = None) -> QWidget:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        line = QHBoxLayout()
        line.setSpacing(8)
        line.addWidget(field, 1 if stretch else 0)
        for widget in beside:
            line.addWidget(widget)
        if not stretch:
            line.addStretch(1)
        column.addLayout(line)
        if below is not None:
            column.addWidget(below)
        column.addWidget(self.marks.message_label(field))
        return cell

    def _form(self, rows: list[tuple[str, QWidget, QWidget]]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(6)
        for text, buddy, cell in rows:
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, cell)
        return form

    def _lay_out(self) -> None:
        self.sex.setFixedWidth(scaled(110))
        self.birth_date.setFixedWidth(scaled(190))
        for field in (self.origin_province, self.destination_province, self.return_type,
                      self.origin_district, self.vrf_number):
            field.setFixedWidth(scaled(230))
        person = self._form([
            (_required(self.tr("&Full name")), self.full_name,
             self._cell(self.full_name, stretch=True)),
            (self.tr("Fa&ther's name"), self.father_name,
             self._cell(self.father_name, stretch=True, below=self.father_hint)),
            (_required(self.tr("Se&x")), self.sex, self._cell(self.sex)),
            (self.tr("&Age"), self.age, self._cell(self.age, self.age_estimated)),
            (self.tr("&Birth date"), self.birth_date,
             self._cell(self.birth_date, self.birth_date.placed_hint())),
            (self.tr("&Nationality"), self.nationality, self._cell(self.nationality)),
        ])
        journey = self._form([
            (_required(self.tr("&Origin province")), self.origin_province,
             self._cell(self.origin_province)),
            (self.tr("Origin &district"), self.origin_district,
             self._cell(self.origin_district)),
            (self.tr("D&estination"), self.destination_province,
             self._cell(self.destination_province)),
            (self.tr("&Return type"), self.return_type, self._cell(self.return_type)),
            (self.tr("&VRF number"), self.vrf_number, self._cell(self.vrf_number)),
        ])
        self._person_fields, self._journey_fields = person, journey
        # Side by side when the form is wide enough, one under the other when not (reflow).
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setSpacing(24)
        self._columns.addLayout(person, 1)
        self._columns.addLayout(journey, 1)
        legend = QLabel(self.tr("* required"))
        legend.setProperty("role", "hint")
        heading_line = QHBoxLayout()
        heading_line.addWidget(self.heading)
        heading_line.addStretch(1)
        heading_line.addWidget(legend)
        documents_heading = QLabel(self.tr("Documents checked"))
        documents_heading.setProperty("role", "heading")
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_document_button)
        add_line.addStretch(1)
        more_line = QHBoxLayout()
        more_line.addWidget(self.more)
        more_line.addWidget(self.more_summary)
        more_line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(heading_line)
        layout.addLayout(self._columns)
        layout.addSpacing(6)
        layout.addWidget(documents_heading)
        layout.addWidget(self.documents)
        layout.addLayout(add_line)
        layout.addSpacing(6)
        layout.addLayout(more_line)
        layout.addWidget(self.more_box)
        layout.addStretch(1)

    def reflow(self, width: int) -> None:
        """Lay the fields out for ``width`` pixels (the screen's visible width): the person's
        and the journey's fields side by side only when both fit, the flags in as many
        columns as fit, so nothing is ever cut off or scrolled sideways."""
        side_by_side = (self._person_fields.sizeHint().width()
                        + self._journey_fields.sizeHint().width()
                        + self._columns.spacing()) <= width
        self._columns.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side
                                   else QBoxLayout.Direction.TopToBottom)
        boxes = list(self.vulnerabilities.values())
        widest = max(box.sizeHint().width() for box in boxes) + self._flags_grid.spacing()
        per_line = max(1, min(3, (width - 16) // max(widest, 1)))
        if per_line == self._flags_per_line:
            return
        self._flags_per_line = per_line
        edits = (self.remarks, self.full_name_native, self.father_name_native)
        for widget in (*boxes, *edits):
            self._flags_grid.removeWidget(widget)
        for index, box in enumerate(boxes):
            self._flags_grid.addWidget(box, index // per_line, index % per_line)
        rows = (len(boxes) + per_line - 1) // per_line
        for offset, edit in enumerate(edits):
            self._flags_grid.addWidget(edit, rows + offset, 0, 1, per_line)

    def _connect_edits(self) -> None:
        edits = (self.full_name, self.father_name, self.age, self.birth_date, self.nationality,
                 self.origin_district, self.vrf_number, self.remarks, self.full_name_native,
                 self.father_name_native)
        for edit in edits:
            edit.textEdited.connect(lambda _text, e=edit: self.marks.clear(e))
        for combo in (self.sex, self.origin_province, self.destination_province,
                      self.return_type):
            combo.activated.connect(lambda _index, c=combo: self.marks.clear(c))
        self.father_name.textEdited.connect(lambda _text: self._set_father_hint(""))
        self.father_hint.hide()
        for signal in (self.full_name.textChanged, self.age.textChanged,
                       self.sex.currentIndexChanged):
            signal.connect(self.sig_changed)
        for signal in (self.origin_province.currentIndexChanged,
                       self.origin_district.textChanged,
                       self.destination_province.currentIndexChanged,
                       self.return_type.currentIndexChanged, self.vrf_number.textChanged):
            signal.connect(self.sig_journey_changed)
        for box in self.vulnerabilities.values():
            box.toggled.connect(self._summarise_more)
        for edit in (self.remarks, self.full_name_native, self.father_name_native):
            edit.textChanged.connect(self._summarise_more)

    # -- tab order and sections -----------------------------------------------------------

    def fields(self) -> list[QWidget]:
        """Every field in tab order (document rows included)."""
        return [self.full_name, self.father_name, self.sex, self.age, self.age_estimated,
                self.birth_date, self.nationality, self.origin_province, self.origin_district,
                self.destination_province, self.return_type, self.vrf_number,
                *self.documents.widgets(), self.add_document_button, self.more,
                *self.vulnerabilities.values(), self.remarks, self.full_name_native,
                self.father_name_native]

    def lead_tab_to(self, widgets: list[QWidget]) -> None:
        """Tab from the form's last field goes on to ``widgets``, in this order."""
        self._after_fields = list(widgets)
        self._update_tab_order()

    def _name_fields(self) -> None:
        # Names for tests and accessibility tools, as the core calls the fields.
        for name in ("full_name", "father_name", "sex", "age", "age_estimated", "birth_date",
                     "nationality", "origin_province", "origin_district",
                     "destination_province", "return_type", "vrf_number", "remarks",
                     "full_name_native", "father_name_native"):
            getattr(self, name).setObjectName(name)
        self.add_document_button.setObjectName("add_document")
        self.more.setObjectName("more")

    def _update_tab_order(self) -> None:
        chain = [*self.fields(), *self._after_fields]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _documents_changed(self) -> None:
        self._update_tab_order()
        self.sig_changed.emit()

    def _show_more(self, shown: bool) -> None:
        self.more_box.setVisible(shown)
        self.more.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        # Opened to be used: the cursor goes to the first flag (and back out when folded).
        if shown:
            next(iter(self.vulnerabilities.values())).setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.more.setFocus(Qt.FocusReason.OtherFocusReason)

    def _summarise_more(self) -> None:
        flags = sum(box.isChecked() for box in self.vulnerabilities.values())
        parts = [self.tr("Flags: %n", "", flags)] if flags else []
        if self.remarks.text().strip():
            parts.append(self.tr("remarks"))
        if self.full_name_native.text().strip() or self.father_name_native.text().strip():
            parts.append(self.tr("native script"))
        self.more_summary.setText(" · ".join(parts))

    def _birth_date_changed(self, value: date | None) -> None:
        if value is None:
            self.age.setPlaceholderText("")
            self.sig_changed.emit()
            return
        today = date.today()
        years = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
        self.age.setPlaceholderText(number_text(years) if years >= 0 else "")
        self.sig_changed.emit()

    # -- what was entered -----------------------------------------------------------------

    def add_document(self) -> DocumentRow:
        """A new document row, with the cursor on its type."""
        row = self.documents.add_row()
        row.kind.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return row

    def remove_document(self, widget: QWidget | None) -> None:
        """Remove the document row ``widget`` is in (Ctrl+Shift+D); the cursor stays in the
        documents."""
        if self.documents.row_of(widget) is None:
            return
        target = self.documents.remove_at(widget) or self.add_document_button
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def entry(self) -> PersonEntry:
        """The person as the core takes it; ``ValidationErrors`` for what only the form can
        see (an unreadable date, a document without a result)."""
        entry, problems = self._entered()
        if problems:
            raise ValidationErrors(problems)
        return entry

    def checked_entry(self, day: date) -> CheckedPerson:
        """``entry()`` checked by the core for a crossing on ``day``, so every problem is
        shown on its field before anything is sent: ``ValidationErrors`` holding them all
        (``params['document']`` for a document's fields). Recording takes it as checked."""
        entry, problems = self._entered()
        try:
            checked = normalise_person(entry, day)
        except ValidationErrors as errors:
            problems.extend(errors.problems)
        if problems:
            raise ValidationErrors(problems)
        return checked

    def _entered(self) -> tuple[PersonEntry, list[ValidationError]]:
        problems: list[ValidationError] = []
        try:
            birth_date = self.birth_date.date_value()
        except ValidationError as error:
            problems.append(error)
            birth_date = None
        documents, document_problems = self.documents.entries()
        problems.extend(document_problems)
        age = self.age.text().strip()
        return PersonEntry(
            full_name=self.full_name.text(), sex=self.sex.code(),
            origin_province=self.origin_province.code() or "",
            father_name=self.father_name.text(),
            full_name_native=self.full_name_native.text(),
            father_name_native=self.father_name_native.text(), birth_date=birth_date,
            age_years=int(age) if age else None, age_estimated=self.age_estimated.isChecked(),
            nationality=self.nationality.text() or None,
            origin_district=self.origin_district.text(),
            destination_province=self.destination_province.code(),
            return_type=self.return_type.code(), vrf_number=self.vrf_number.text(),
            vulnerabilities=frozenset(code for code, box in self.vulnerabilities.items()
                                      if box.isChecked()),
            remarks=self.remarks.text(), documents=tuple(documents)), problems

    def show_entry(self, entry: PersonEntry) -> None:
        """Show a person already recorded (to be corrected); the folded fields open when
        anything in them was recorded."""
        for edit, text in ((self.full_name, entry.full_name),
                           (self.father_name, entry.father_name),
                           (self.full_name_native, entry.full_name_native),
                           (self.father_name_native, entry.father_name_native),
                           (self.nationality, entry.nationality or ""),
                           (self.origin_district, entry.origin_district),
                           (self.vrf_number, entry.vrf_number), (self.remarks, entry.remarks),
                           (self.age, "" if entry.age_years is None else str(entry.age_years))):
            edit.setText(text)
        self.age_estimated.setChecked(entry.age_estimated)
        self.birth_date.set_date(entry.birth_date)
        for combo, code in ((self.sex, entry.sex), (self.origin_province, entry.origin_province),
                            (self.destination_province, entry.destination_province),
                            (self.return_type, entry.return_type)):
            combo.set_code(code)
        for code, box in self.vulnerabilities.items():
            box.setChecked(code in entry.vulnerabilities)
        for document in entry.documents:
            self.documents.add_row().show(document)
        self.more.setChecked(bool(self.more_summary.text()))

    def journey(self) -> dict[str, Any]:
        """The fields carried from the head to the members."""
        return {"origin_province": self.origin_province.code(),
                "origin_district": self.origin_district.text(),
                "destination_province": self.destination_province.code(),
                "return_type": self.return_type.code(), "vrf_number": self.vrf_number.text()}

    def set_journey(self, values: dict[str, Any]) -> None:
        """Take carried-over fields (only those given)."""
        for name, value in values.items():
            widget = getattr(self, name)
            if isinstance(widget, CodeCombo):
                widget.set_code(value)
            else:
                widget.setText(value or "")

    def prefill_father(self, name: str) -> None:
        """Offer the head's name as father's name (typing replaces it)."""
        self.father_name.setText(name)
        self._set_father_hint(self.tr("The head's name: type to replace it.") if name else "")

    def _set_father_hint(self, text: str) -> None:
        self.father_hint.setText(text)
        self.father_hint.setVisible(bool(text))

    def has_typing(self) -> bool:
        """Whether the clerk entered anything about this person."""
        return bool(self.full_name.text().strip() or self.age.text().strip()
                    or self.birth_date.text().strip() or self.sex.code()
                    or self.documents.filled() or self.remarks.text().strip()
                    or self.full_name_native.text().strip()
                    or self.father_name_native.text().strip())

    # -- problems and the document reader -------------------------------------------------

    def field_widget(self, field: str | None, document: int | None = None) -> QWidget | None:
        """The widget for a core field name (in the ``document``-th document for its
        fields)."""
        filled = self.documents.filled()
        if document is not None and 0 <= document < len(filled):
            return filled[document].field(field or "")
        simple = {"full_name": self.full_name, "father_name": self.father_name,
                  "sex": self.sex, "age_years": self.age, "age": self.age,
                  "age_estimated": self.age_estimated, "birth_date": self.birth_date,
                  "nationality": self.nationality, "origin_province": self.origin_province,
                  "origin_district": self.origin_district,
                  "destination_province": self.destination_province,
                  "return_type": self.return_type, "vrf_number": self.vrf_number,
                  "remarks": self.remarks, "full_name_native": self.full_name_native,
                  "father_name_native": self.father_name_native,
                  "vulnerabilities": next(iter(self.vulnerabilities.values()))}
        if field in simple:
            return simple[field]
        if field and filled:  # a document field the core named without its row
            return filled[0].field(field)
        return None

    def show_problem(self, error: ValidationError, text: str) -> QWidget | None:
        """Mark the field ``error`` names with ``text``; the widget to put the cursor on."""
        widget = self.field_widget(error.field, error.params.get("document"))
        if widget is None:
            return None
        if self.more_box.isAncestorOf(widget):
            self.more.setChecked(True)
        self.marks.mark(widget, text)
        return widget

    def fill_from_reading(self, reading: MrzReading) -> DocumentRow:
        """Fill the fields a zone gives; mark every field whose check failed (the clerk looks
        at each and decides). Returns the document row filled."""
        self.marks.clear_all()
        # Primary then secondary identifier, in the zone's own order: which part is a family
        # name (if any) is not assumed, so nothing is moved around.
        self.full_name.setText(" ".join(part for part in (reading.primary_name,
                                                          reading.secondary_name) if part))
        if reading.sex in ("M", "F"):
            self.sex.set_code(reading.sex)
        else:
            self.marks.mark(self.sex, self.tr("The document gives no sex: choose one."))
        self.birth_date.set_written_date(reading.birth_date)
        if reading.nationality:
            self.nationality.setText(reading.nationality)
        row = self.documents.reader_row(reading.document_number)
        row.fill(reading)
        failed = self.tr("Check digit failed: compare with the document.")
        unreadable = self.tr("Not a valid date in the zone: type it from the document.")
        checks = reading.checks
        if reading.birth_date is None:
            self.marks.mark(self.birth_date, unreadable)
        elif checks.get("birth_date") is False:
            self.marks.mark(self.birth_date, failed)
        if checks.get("document_number") is False:
            self.marks.mark(row.number, self.tr(
                "Number: check digit failed, compare it with the document."))
        elif checks.get("composite") is False or checks.get("optional_data") is False:
            self.marks.mark(row.number, self.tr(
                "Composite check digit failed: compare number, birth date and expiry with "
                "the document."))
        if reading.expiry_date is None:
            self.marks.mark(row.expiry, self.tr(
                "Expiry: not a valid date in the zone, type it from the document."))
        elif checks.get("expiry_date") is False:
            self.marks.mark(row.expiry, self.tr(
                "Expiry: check digit failed, compare it with the document."))
        if row.needs_decision:
            self.marks.mark(row.result, self.tr(
                "Choose the result once you have looked at the document."))
        return row
