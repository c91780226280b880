"""The document checks of one person: 0..n documents of type, number, result, issuing
country, expiry, method and custody.

Each document is a block of two short lines, each field under its own label, so the form
stays narrow enough for a 1024-pixel screen. A new document has no result: the clerk states
one. When the expiry is typed or read, the core's rule (``is_expired``, with the policy
dates in force) is applied at once and the result that will be stored is shown. When the
number or type settles (typed, or read by the document reader), the rows ask their screen to
look the document up (``sig_look_up``); what the desk would warn about it shows under the
row (``show_findings``), before the clerk presses Save.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from checkpoint.entries import DocumentEntry, document_valid_until, is_expired
from checkpoint.errors import ValidationError
from checkpoint.mrz import MrzReading
from contract import codes
from contract.bidi import fill
from contract.documents import document_number_key
from contract.errors import ErrorCode
from ui.display import date_text
from ui.entry.code_combo import CodeCombo
from ui.entry.date_input import DateInput
from ui.entry.marks import Marks, keep_in_sight_while_working
from ui.scaled import scaled

# Who issues a document type, when that is not in doubt: PoR cards and Afghan Citizen Cards are
# issued in Pakistan, the Tazkira in Afghanistan. Passports and visas depend on the holder.
_ISSUER = {"por": "PAK", "acc": "PAK", "tazkira": "AFG"}
# Fields of a row, in tab order, by the names the core's errors use for them.
_FIELDS = ("document_type", "document_number", "check_result", "issuing_country", "expiry",
           "method", "custody")
_ALIASES = {"number": "document_number", "result": "check_result", "expiry_date": "expiry"}
_COUNTRY = QRegularExpression("[A-Za-z]{0,3}")
# How long the number must stay unchanged before it is looked up (a reader types it in a burst).
LOOK_UP_DELAY_MS = 300


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
        self._owner = owner
        self.kind = CodeCombo(codes.document_types())
        self.number = QLineEdit()
        self.country = QLineEdit()
        self.country.setValidator(QRegularExpressionValidator(_COUNTRY, self.country))
        self.country.setPlaceholderText("AFG")
        self.expiry = DateInput("expiry")
        self.result = CodeCombo(codes.check_results())  # no default: the clerk states it
        self.method = CodeCombo(codes.methods())
        self.method.set_code("visual")
        self.custody = CodeCombo(codes.custody())
        self.custody.set_code("returned_to_holder")
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(
            QCoreApplication.translate("DocumentRows", "Remove this document (Ctrl+Shift+D)")
        )
        self.message = QLabel()
        self.message.setProperty("role", "problem")
        self.message.setWordWrap(True)
        self.message.hide()
        # What the desk would warn about this document (``checkpoint.warnings``), before Save.
        self.finding = QLabel()
        self.finding.setObjectName("document_finding")
        self.finding.setProperty("role", "warning")
        self.finding.setWordWrap(True)
        self.finding.hide()
        self.look_up_timer = QTimer(owner)
        self.look_up_timer.setSingleShot(True)
        self.look_up_timer.setInterval(LOOK_UP_DELAY_MS)
        # A recorded check's own warnings and list version (a correction shows it), kept while
        # its type and number stay as they were: the clerk decided on that document already.
        self._decided: tuple[tuple[str, str], frozenset[str], int | None] | None = None
        # Set when the document reader's check digits failed: the clerk must choose a result.
        self.needs_decision = False
        # The result this form put there because the document is expired (not the clerk's).
        self._expired_shown = False
        self._issuer_default = ""
        self.kind.setToolTip(
            QCoreApplication.translate(
                "DocumentRows",
                "Document type: type p (PoR), a (ACC), pa (passport), t (Tazkira), v (visa).",
            )
        )
        self.number.setToolTip(
            QCoreApplication.translate("DocumentRows", "Document number, as printed.")
        )
        self.result.setToolTip(
            QCoreApplication.translate(
                "DocumentRows",
                "What you found: type v (verified), e (expired), "
                "m (mismatch), n (not presented). Required.",
            )
        )
        self.country.setToolTip(
            QCoreApplication.translate("DocumentRows", "Issuing country, three letters (AFG, PAK).")
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.country.textEdited.connect(
            lambda text: self.country.setText(text.upper()) if text != text.upper() else None)
        self.block = self._lay_out(owner)

    def _lay_out(self, owner: DocumentRows) -> QFrame:
        for widget, name in zip(self.fields(), _FIELDS, strict=True):
            widget.setObjectName(name)
        self.kind.setFixedWidth(scaled(112))
        self.number.setMinimumWidth(scaled(120))
        self.result.setFixedWidth(scaled(150))
        self.country.setFixedWidth(scaled(46))
        self.expiry.setFixedWidth(scaled(100))
        self.method.setFixedWidth(scaled(140))
        self.custody.setFixedWidth(scaled(150))
        labelled = dict(
            zip(
                self.fields(),
                (
                    QCoreApplication.translate("DocumentRows", "Type *"),
                    QCoreApplication.translate("DocumentRows", "Number"),
                    QCoreApplication.translate("DocumentRows", "Result *"),
                    QCoreApplication.translate("DocumentRows", "Issued by"),
                    QCoreApplication.translate("DocumentRows", "Expiry"),
                    QCoreApplication.translate("DocumentRows", "Method"),
                    QCoreApplication.translate("DocumentRows", "Custody"),
                ),
                strict=True,
            )
        )
        first, second = QHBoxLayout(), QHBoxLayout()
        for line, widgets in ((first, self.fields()[:3]), (second, self.fields()[3:])):
            line.setSpacing(8)
            for widget in widgets:
                column = QVBoxLayout()
                column.setSpacing(1)
                label = QLabel(labelled[widget])
                label.setProperty("role", "hint")
                label.setBuddy(widget)
                column.addWidget(label)
                column.addWidget(widget)
                line.addLayout(column, 1 if widget is self.number else 0)
        first.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignBottom)
        second.addStretch(1)
        block = QFrame()
        block.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(block)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.finding)
        layout.addWidget(self.message)
        return block

    def fields(self) -> list[QWidget]:
        """The row's fields in tab order: what every check states first, then the details
        (mostly prefilled)."""
        return [self.kind, self.number, self.result, self.country, self.expiry, self.method,
                self.custody]

    def field(self, name: str) -> QWidget:
        """The widget for a core field name (``document_number``, ``check_result``, ...)."""
        name = _ALIASES.get(name, name)
        return dict(zip(_FIELDS, self.fields(), strict=True)).get(name, self.kind)

    def is_blank(self) -> bool:
        """Nothing was entered (a row added and left empty is not a document)."""
        return (self.kind.code() is None and not self.number.text().strip()
                and not self.expiry.text().strip() and self.result.code() is None
                and self.country.text().strip() in ("", self._issuer_default))

    def entered(self) -> tuple[DocumentEntry, list[ValidationError]]:
        """The row as the core takes it, and what only the form can see is wrong with it: an
        unreadable expiry (taken as empty) or no result stated."""
        problems: list[ValidationError] = []
        if self.result.code() is None:
            code = ErrorCode.READER_CHECK_FAILED if self.needs_decision else ErrorCode.REQUIRED
            problems.append(ValidationError("check result is required", code=code,
                                            field="check_result"))
        try:
            expiry = self.expiry.date_value()
        except ValidationError as error:
            problems.append(error)
            expiry = None
        warnings, version = frozenset[str](), None
        if self._decided is not None and self._decided[0] == self.looked_up():
            _key, warnings, version = self._decided
        return DocumentEntry(
            document_type=self.kind.code() or "", number=self.number.text(),
            issuing_country=self.country.text(), expiry=expiry, result=self.result.code(),
            method=self.method.code() or "", custody=self.custody.code() or "",
            warnings=warnings, reference_version=version), problems

    def looked_up(self) -> tuple[str, str]:
        """The document as the lists key it: its type code and number key."""
        return self.kind.code() or "", document_number_key(self.number.text())

    def show_findings(self, texts: list[str]) -> None:
        """Show what the desk would warn about this document ("" lines: nothing found)."""
        self.finding.setText("\n".join(texts))
        self.finding.setVisible(bool(texts))
        if texts:
            keep_in_sight_while_working(self.finding, self.block.isAncestorOf)

    def show(self, entry: DocumentEntry) -> None:
        """Show a document check already recorded (to be corrected)."""
        self.kind.set_code(entry.document_type)
        self.number.setText(entry.number)
        self.country.setText(entry.issuing_country)
        self.expiry.set_date(entry.expiry)
        self.result.set_code(entry.result)
        self.method.set_code(entry.method)
        self.custody.set_code(entry.custody)
        self._decided = (self.looked_up(), entry.warnings, entry.reference_version)

    def fill(self, reading: MrzReading) -> None:
        """Take the document's own fields from a zone the reader typed; the reader proposes
        Verified only when every check digit is right and the document is valid today."""
        self.kind.set_code(document_kind(reading))
        self.number.setText(reading.document_number)
        self.country.setText(reading.issuing_country)
        self.expiry.set_written_date(reading.expiry_date)
        self.method.set_code("reader")
        self.custody.set_code("returned_to_holder")
        failed = any(reading.checks.get(name) is False for name in
                     ("document_number", "expiry_date", "optional_data", "composite"))
        self.needs_decision = failed or reading.expiry_date is None
        self._expired_shown = False
        self.result.set_code(None if self.needs_decision else "verified")
        self.review_expiry()

    def expired_on(self) -> date | None:
        """The last valid day, when the document is expired on the crossing day (the core's
        rule, with the policy extension for its type); None when it is valid or unknown."""
        try:
            expiry = self.expiry.date_value()
        except ValidationError:
            return None
        policy = self._owner.policy
        valid_until = document_valid_until(expiry, policy.valid_until.get(self.kind.code() or ""))
        return valid_until if is_expired(valid_until, policy.day) else None

    def review_expiry(self) -> None:
        """Show what an expiry means for the result as soon as it is typed or read: an
        expired document's result shows Expired (not Verified, which the core refuses)."""
        expired = self.expired_on()
        marks = self._owner.marks
        if expired is None:
            marks.clear(self.expiry)
            if self._expired_shown and self.result.code() == "expired":
                self.result.set_code(None)  # the form's own guess goes with its reason
            self._expired_shown = False
            return
        # After a failed check digit the expiry itself is in doubt: the clerk decides.
        if self.result.code() in (None, "verified") and not self.needs_decision:
            self.result.set_code("expired")
            self._expired_shown = True
        words = (
            QCoreApplication.translate("DocumentRows", "Expired on %1: the result is %2.")
            if self.result.code()
            else QCoreApplication.translate("DocumentRows", "Expired on %1.")
        )
        marks.mark(self.expiry, fill(words, date_text(expired), self.result.currentText()))

    def _kind_changed(self) -> None:
        issuer = _ISSUER.get(self.kind.code() or "", "")
        if self.country.text() in ("", self._issuer_default):
            self.country.setText(issuer)
        self._issuer_default = issuer
        self.review_expiry()


class DocumentPolicy:
    """What the expiry rule needs from the desk: the crossing day and the policy dates in
    force (``checkpoint.policies.document_policies``)."""

    def __init__(self, day: date | None = None,
                 valid_until: dict[str, date] | None = None) -> None:
        self.day = day or date.today()
        self.valid_until = valid_until or {}


class DocumentRows(QWidget):
    """0..n document blocks; Ctrl+D adds one (see the screen's shortcuts)."""

    sig_changed = Signal()
    """Rows were added or removed, or a row changed."""
    sig_look_up = Signal(object)
    """A row's type or number settled: carries the ``DocumentRow`` to look up."""

    def __init__(self, marks: Marks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks = marks
        self.policy = DocumentPolicy()
        self.rows: list[DocumentRow] = []
        self.empty = QLabel(self.tr("No document. Ctrl+D adds one."))
        self.empty.setProperty("role", "hint")
        self._blocks = QVBoxLayout()
        self._blocks.setContentsMargins(0, 0, 0, 0)
        self._blocks.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._blocks)
        layout.addWidget(self.empty)

    def set_policy(self, policy: DocumentPolicy) -> None:
        """Check expiries against ``policy`` from now on (and at once for the rows there)."""
        self.policy = policy
        for row in self.rows:
            row.review_expiry()

    def add_row(self) -> DocumentRow:
        """A new empty row at the end."""
        row = DocumentRow(self)
        for widget in row.fields():
            self.marks.attach(widget, row.message)
        row.remove.clicked.connect(lambda _checked=False, r=row: self.remove_row(r))
        for combo in (row.kind, row.result, row.method, row.custody):
            combo.currentIndexChanged.connect(self.sig_changed)
            combo.activated.connect(lambda _i, r=row, c=combo: self._edited(r, c))
        for edit in (row.number, row.country, row.expiry):
            edit.textChanged.connect(self.sig_changed)
            edit.textEdited.connect(lambda _t, r=row, e=edit: self._edited(r, e))
        # Typed, read by the reader or shown for a correction: looked up once it settles.
        row.number.textChanged.connect(row.look_up_timer.start)
        row.kind.currentIndexChanged.connect(row.look_up_timer.start)
        row.look_up_timer.timeout.connect(lambda r=row: self._settled(r))
        self.rows.append(row)
        self._blocks.addWidget(row.block)
        row.block.show()  # at once, not later: Ctrl+D puts the cursor in it
        self.empty.hide()
        self.sig_changed.emit()
        return row

    def _settled(self, row: DocumentRow) -> None:
        if row not in self.rows:
            return
        if not row.kind.code():
            row.show_findings([])
            return
        self.sig_look_up.emit(row)

    def remove_row(self, row: DocumentRow) -> None:
        """Take a row away (its problems go with it)."""
        if row not in self.rows:
            return
        row.look_up_timer.stop()
        self.rows.remove(row)
        for widget in (*row.fields(), row.remove, row.message):
            self.marks.forget(widget)
        self._blocks.removeWidget(row.block)
        row.block.hide()
        row.block.deleteLater()
        self.empty.setVisible(not self.rows)
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

    def filled(self) -> list[DocumentRow]:
        """The rows that hold a document (a row added and left empty is not one)."""
        return [row for row in self.rows if not row.is_blank()]

    def entries(self) -> tuple[list[DocumentEntry], list[ValidationError]]:
        """The documents entered, in order, and the problems only the form sees, each with
        ``params['document']``, the document's index (as the core's errors give it)."""
        found, problems = [], []
        for index, row in enumerate(self.filled()):
            entry, row_problems = row.entered()
            found.append(entry)
            for problem in row_problems:
                problem.params["document"] = index
                problems.append(problem)
        return found, problems

    def remove_at(self, widget: QWidget | None) -> QWidget | None:
        """Remove the row ``widget`` is in; where the cursor goes next (None: not in a row)."""
        row = self.row_of(widget)
        if row is None:
            return None
        index = self.rows.index(row)
        self.remove_row(row)
        return self.rows[min(index, len(self.rows) - 1)].kind if self.rows else None

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
        if widget in (row.expiry, row.result):
            row.review_expiry()
