"""The New crossing screen: a household (head and members) entered by keyboard, saved at once.

Keys (also in the tooltips and on the buttons): Ctrl+S (or Ctrl+Enter, or the Save button)
saves the household; Enter moves to the next field, so a habit never saves half a household;
Ctrl+M
adds a member (origin, district, destination, return type and VRF number carried over),
Ctrl+D adds a document, Ctrl+Shift+D removes the document under the cursor, Ctrl+PgDown and
Ctrl+PgUp move between people, Alt+P goes to the list of people. A document reader's zone is
recognised wherever the cursor is (``mrz_capture``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkpoint.entries import CheckedPerson
from checkpoint.errors import CheckpointError, ValidationError, ValidationErrors
from checkpoint.mrz import MrzReading
from checkpoint.permissions import Action
from checkpoint.policies import document_policies
from checkpoint.records import record_household
from checkpoint.warnings import DocumentWarning, document_warnings, with_warnings
from contract.bidi import fill, isolate
from contract.errors import ErrorCode
from ui.context import AppContext
from ui.display import date_text, digits_text, number_text, time_text
from ui.entry.crossing_form import JOURNEY, PersonForm, keep_in_sight
from ui.entry.document_rows import DocumentPolicy
from ui.entry.finding_lookup import FindingLookup
from ui.entry.marks import marks_style
from ui.entry.mrz_capture import MrzCapture
from ui.entry.recent_saves import RecentSavesPanel
from ui.entry.warning_dialog import WarningDialog
from ui.messages import error_text
from ui.operations import CollectionOp, QueryOp
from ui.scaled import scaled
from ui.tables import IsolatingDelegate
from ui.theme import Tone, tone_colour


class HouseholdView(QWidget):
    """The screen (objectName ``new_crossing``): people on the left, the person's fields in
    the middle, the desk's last saves on the right."""

    sig_saved = Signal(list)
    """A household was recorded and committed; carries the new records' UUIDs (head first)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_crossing")
        self.setStyleSheet(marks_style())
        self.context = context
        self.forms: list[PersonForm] = []
        self.warning_dialog: WarningDialog | None = None
        self.record_dialog: QDialog | None = None
        self._saving = False
        self._focus_before_save: QWidget | None = None
        self._problem_fields: list[tuple[PersonForm, QWidget]] = []
        self._head_journey: dict[str, object] = {}
        self._head_name = ""
        # Run once this household is committed (leaving the session chose "Save").
        self._after_save: Callable[[], None] | None = None
        self._build()
        self._add_shortcuts()
        self.capture = MrzCapture(self)
        self.capture.sig_read.connect(self._zone_read)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)
        self._policy = DocumentPolicy(context.ledger.today())
        self.lookup = FindingLookup(context, lambda: self._policy.day, parent=self)
        self.new_household()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.roster = QListWidget()
        self.roster.setObjectName("people")
        self.roster.setItemDelegate(IsolatingDelegate(self.roster))  # "Amina (30)" in RTL
        self.roster.setToolTip(self.tr("The household: Ctrl+PgDown and Ctrl+PgUp move between "
                                       "people, Ctrl+M adds a member."))
        self.roster.currentRowChanged.connect(self._show_page)
        people_label = QLabel(self.tr("Peo&ple"))
        people_label.setProperty("role", "heading")
        people_label.setBuddy(self.roster)
        self.remove_member_button = self._button(self.tr("Remove member"), "Ctrl+Shift+M",
                                                 self.remove_member, keys_shown=False)
        left = QVBoxLayout()
        left.addWidget(people_label)
        left.addWidget(self.roster, 1)
        left.addWidget(self.remove_member_button)
        left_box = QWidget()
        left_box.setLayout(left)
        # Never narrower than at the normal size, but growing slower than the text: a long
        # name there is cut short with "…", while the form beside it must stay whole.
        left_box.setFixedWidth(max(180, scaled(150)))
        left.setContentsMargins(0, 0, 0, 0)

        self.pages = QStackedWidget()
        self.form_area = QScrollArea()
        self.form_area.setWidget(self.pages)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a field: Tab skips it
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area.viewport().setAutoFillBackground(False)
        self.form_area.viewport().installEventFilter(self)
        self.pages.setAutoFillBackground(False)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.discard_button = self._button(self.tr("Discard"), "Ctrl+Shift+N", self.discard,
                                           keys_shown=False)
        self.add_member_button = self._button(self.tr("Add member"), "Ctrl+M", self.add_member)
        self.save_button = self._button(self.tr("Save household"), "Ctrl+S", self.save,
                                        extra=self.tr("Enter moves to the next field."))
        for button, name in ((self.discard_button, "discard"),
                             (self.add_member_button, "add_member"),
                             (self.save_button, "save_household")):
            button.setObjectName(name)
        if not self.context.may(Action.RECORD):
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.tr("Your role does not record crossings."))
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        for button in (self.discard_button, self.add_member_button, self.save_button):
            bottom.addWidget(button)
        middle = QVBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.form_area, 1)
        middle.addWidget(line)
        middle.addLayout(bottom)

        self.recent = RecentSavesPanel(self.context)
        self.recent.sig_open.connect(self.open_record)
        self.recent.setFixedWidth(scaled(250))
        self._columns = layout = QHBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(left_box)
        layout.addLayout(middle, 1)
        layout.addWidget(self.recent)

    def _button(self, name: str, keys: str, slot: Callable[[], object], *,
                keys_shown: bool = True, extra: str = "") -> QPushButton:
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        with_keys = self.tr("%1 (%2)").replace("%1", name).replace("%2", isolate(shown))
        button = QPushButton(with_keys if keys_shown else name)
        button.setToolTip(" ".join(filter(None, (with_keys, extra))))
        button.setAutoDefault(True)  # Enter on a focused button presses it
        button.clicked.connect(slot)
        return button

    def _add_shortcuts(self) -> None:
        keys: list[tuple[str, Callable[[], object], str]] = [
            ("Ctrl+S", self.save, self.tr("Save the household")),
            ("Ctrl+Return", self.save, self.tr("Save the household")),
            ("Ctrl+Enter", self.save, ""),  # the keypad's Enter: one line is enough
            ("Ctrl+M", self.add_member, self.tr("Add a member")),
            ("Ctrl+Shift+M", self.remove_member, self.tr("Remove the member shown")),
            ("Ctrl+D", self.add_document, self.tr("Add a document")),
            ("Ctrl+Shift+D", self.remove_document,
             self.tr("Remove the document the cursor is in")),
            ("Ctrl+PgDown", lambda: self.show_person(self.roster.currentRow() + 1),
             self.tr("Next person in the household")),
            ("Ctrl+PgUp", lambda: self.show_person(self.roster.currentRow() - 1),
             self.tr("Previous person in the household")),
            ("Ctrl+Shift+N", self.discard, self.tr("Discard the household"))]
        for sequence, slot, what in keys:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)  # listed in Help → Keyboard shortcuts
            shortcut.activated.connect(slot)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.current_form().full_name.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- room: at a large text size on a small screen the desk's last saves give way --------

    def _width_with_recent(self) -> int:
        width = self._columns.minimumSize().width()
        if self.recent.isHidden():
            width += self.recent.minimumWidth() + self._columns.spacing()
        return width

    def minimumSizeHint(self) -> QSize:
        # The form must be whole; the last saves are a convenience (Records has them all), so
        # they never make the window wider than the screen.
        hint = super().minimumSizeHint()
        if not self.recent.isHidden():
            hint.setWidth(hint.width() - self.recent.minimumWidth() - self._columns.spacing())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.recent.setHidden(event.size().width() < self._width_with_recent())

    # -- people ---------------------------------------------------------------------------

    def current_form(self) -> PersonForm:
        """The person whose fields are showing."""
        return self.forms[max(self.roster.currentRow(), 0)]

    def new_household(self) -> None:
        """An empty form for the next household, the cursor on the head's full name."""
        for form in self.forms:
            self.pages.removeWidget(form)
            form.deleteLater()
        self.forms = []
        self.roster.clear()
        self._problem_fields = []
        self.capture.reset()
        head = self._add_form()
        head.sig_journey_changed.connect(self._head_journey_changed)
        head.full_name.textChanged.connect(self._head_name_changed)
        self._head_journey = head.journey()
        self._head_name = ""
        self.show_person(0)
        # The day and the policy dates the expiry rule uses, read again for each
        # household (a desk stays open past midnight; HQ sends new policy dates).
        QueryOp(self, self.context, document_policies).success(self._policy_read) \
            .run_in_background()

    def _policy_read(self, valid_until: dict[str, date]) -> None:
        self._policy = DocumentPolicy(self.context.ledger.today(), valid_until)
        for form in self.forms:
            form.documents.set_policy(self._policy)

    def _add_form(self) -> PersonForm:
        form = PersonForm()
        form.documents.set_policy(self._policy)
        self.lookup.watch(form.documents)
        form.reflow(self.form_area.viewport().width())
        self.forms.append(form)
        self.pages.addWidget(form)
        self.roster.addItem("")
        form.sig_changed.connect(self._refresh_roster)
        # The buttons under the form come next, in the order they are read.
        form.lead_tab_to([self.discard_button, self.add_member_button, self.save_button])
        self._refresh_roster()
        return form

    def add_member(self) -> PersonForm:
        """A new member: the head's journey carried over, the cursor on the member's name."""
        head = self.forms[0]
        form = self._add_form()
        form.set_journey(head.journey())
        if head.sex.code() == "M" and head.full_name.text().strip():
            # Most members are the head's children: offer his name as their father's name.
            form.prefill_father(head.full_name.text().strip())
        self.show_person(len(self.forms) - 1)
        return form

    def remove_member(self) -> None:
        """Take the current member out of the household (never the head)."""
        index = self.roster.currentRow()
        if index <= 0 or self._saving:
            return
        form = self.forms[index]
        if form.has_typing() and QMessageBox.question(
                self, self.tr("Remove member"),
                fill(self.tr("Remove %1 from this household? What was typed for them is lost."),
                     form.full_name.text().strip() or self.tr("this member"))
        ) != QMessageBox.StandardButton.Yes:
            return
        self.forms.pop(index)
        self.pages.removeWidget(form)
        form.deleteLater()
        self.roster.takeItem(index)
        self._refresh_roster()
        self.show_person(min(index, len(self.forms) - 1))

    def show_person(self, index: int) -> None:
        """Show person ``index`` with the cursor on their full name."""
        if not 0 <= index < len(self.forms):
            return
        self.roster.setCurrentRow(index)
        self.forms[index].full_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_page(self, index: int) -> None:
        if 0 <= index < len(self.forms):
            self.pages.setCurrentWidget(self.forms[index])
        self.remove_member_button.setEnabled(index > 0)

    def _refresh_roster(self) -> None:
        count = len(self.forms)
        for index, form in enumerate(self.forms):
            name = form.full_name.text().strip() or self.tr("(no name yet)")
            details = [self.tr("head") if index == 0 else self.tr("member")]
            if form.sex.code():
                details.append(form.sex.code() or "")
            age = form.age.text().strip() or form.age.placeholderText()  # from a birth date
            if age:
                details.append(age)
            item = self.roster.item(index)
            if item is not None:
                item.setText(f"{number_text(index + 1)}. {name}\n     {' · '.join(details)}")
            form.heading.setText(self.tr("Head of household") if index == 0 else
                                 self.tr("Member %1 of %2").replace("%1", number_text(index + 1))
                                 .replace("%2", number_text(count)))

    def _head_journey_changed(self) -> None:
        # Members still showing what they were given follow the head; a member's own
        # change stays.
        head = self.forms[0].journey()
        for member in self.forms[1:]:
            own = member.journey()
            member.set_journey({name: head[name] for name in JOURNEY
                                if own[name] == self._head_journey.get(name)
                                and own[name] != head[name]})
        self._head_journey = head

    def _head_name_changed(self, text: str) -> None:
        new = text.strip()
        for member in self.forms[1:]:
            if member.father_hint.text() and member.father_name.text() == self._head_name:
                member.prefill_father(new)
        self._head_name = new

    # -- documents and the reader ---------------------------------------------------------

    def add_document(self) -> None:
        """A new document row for the person showing (Ctrl+D)."""
        self.current_form().add_document()

    def remove_document(self) -> None:
        """Remove the document row the cursor is in (Ctrl+Shift+D)."""
        self.current_form().remove_document(QApplication.focusWidget())

    def _form_of(self, widget: QWidget | None) -> PersonForm | None:
        return next((form for form in self.forms if widget is not None
                     and form.isAncestorOf(widget)), None)

    def _zone_read(self, reading: MrzReading, widget: QWidget) -> None:
        form = self._form_of(widget) or self.current_form()
        self.show_person(self.forms.index(form))
        row = form.fill_from_reading(reading)
        filled = {form.full_name, form.sex, form.birth_date, form.nationality, *row.fields()}
        if form.isAncestorOf(widget) and widget not in filled:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # the zone has no father's name: the cursor waits there (a member's offered
            # name selected, so typing replaces it)
            form.father_name.setFocus(Qt.FocusReason.TabFocusReason)
        document = f"{row.kind.currentText()} {reading.document_number}".strip()
        expired = row.expired_on()
        if reading.valid and expired is not None and form.marks.marked() == [row.expiry]:
            self._say(fill(self.tr("%1 read: every check digit correct, but it expired on %2. "
                                   "Result: %3."), document, date_text(expired),
                           row.result.currentText()), problem=True)
            return
        if reading.valid and not form.marks.marked():
            self._say(fill(self.tr("%1 read: every check digit correct."), document))
            return
        words = {"document_number": self.tr("document number"),
                 "birth_date": self.tr("birth date"), "expiry_date": self.tr("expiry"),
                 "optional_data": self.tr("personal number"), "composite": self.tr("composite"),
                 "sex": self.tr("sex")}
        failed = ", ".join(dict.fromkeys(words.get(e.field, e.field) for e in reading.errors))
        text = self.tr("%1 read, but not every check passed (%2): look at the marked fields "
                       "and decide.") if failed else self.tr("%1 read: look at the marked "
                                                             "fields.")
        self._say(fill(text, document, failed), problem=True)

    # -- saving ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field that has no use for it (they all pass it on) moves to the next
        # field, as Tab does; it never saves. Elsewhere (the people, the recent saves) it
        # stops here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            focus = QApplication.focusWidget()
            if focus is not None and self.pages.isAncestorOf(focus):
                self.focusNextChild()
            elif focus is self.roster:
                self.show_person(self.roster.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form_area.viewport() and event.type() == QEvent.Type.Resize:
            self._reflow()
        return super().eventFilter(watched, event)

    def _reflow(self) -> None:
        width = self.form_area.viewport().width()
        for form in self.forms:
            form.reflow(width)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Whatever moved the cursor (Tab, Enter, Alt+letter, a problem shown), the field
        # with it is in sight.
        if new is not None and self.pages.isAncestorOf(new):
            keep_in_sight(self.form_area, new)

    def open_record(self, crossing_uuid: str) -> None:
        """Show a household's head just saved (Enter on the recent saves): its records,
        correction and void as the role allows."""
        # Imported here: the record dialog holds the person form of this package.
        from ui.record_dialog import RecordDialog
        if self.record_dialog is not None:
            self.record_dialog.close()
        dialog = RecordDialog(self.context, crossing_uuid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget_record(d))
        self.record_dialog = dialog
        dialog.open()

    def _forget_record(self, dialog: QDialog) -> None:
        if self.record_dialog is dialog:
            self.record_dialog = None

    def save(self) -> None:
        """Check every person, gather what the desk warns about their documents (earlier
        departures here, HQ's lists), let the clerk decide, then record the household in one
        transaction; "Saved" only once the commit returned."""
        if self._saving or self.warning_dialog is not None or \
                not self.context.may(Action.RECORD):
            return
        people = self._checked_people()
        if people is None:
            return
        documents = [document for person in people for document in person.documents]
        if not documents:
            self._write(people)
            return
        # The form stays locked while the check reads, so nothing typed meanwhile is lost;
        # what an earlier Save said about this household is out of date now.
        self._set_saving(True)
        self._say(self.tr("Checking the documents…"))
        day = self._policy.day
        QueryOp(self, self.context, lambda ledger: document_warnings(ledger, documents, day)) \
            .success(lambda found: self._checked_documents(people, found)) \
            .failure(self._save_failed).run_in_background()

    def _checked_documents(self, people: list[CheckedPerson],
                           found: list[DocumentWarning]) -> None:
        if not found:
            self._write(people)
            return
        self._set_saving(False)
        self._say("")
        focus = self._focus_before_save
        dialog = WarningDialog(found, self.context.ledger.settings.zone, self)
        self.warning_dialog = dialog
        dialog.finished.connect(lambda _result: self._back_from_dialog(focus))
        # Saved anyway: each document keeps the warnings the clerk was shown about it.
        dialog.accepted.connect(lambda: self._write([replace(person, documents=tuple(
            with_warnings(document, found) for document in person.documents))
            for person in people]))
        dialog.rejected.connect(lambda: self._not_saved(
            self.tr("Not saved: look at the documents the desk warned about first.")))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.activateWindow()
        dialog.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _back_from_dialog(self, focus: QWidget | None) -> None:
        self.warning_dialog = None
        self.activateWindow()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _checked_people(self) -> list[CheckedPerson] | None:
        """Every person checked; or every problem of every person marked at once, with a
        summary, the cursor on the first."""
        for form, field in self._problem_fields:
            form.marks.clear(field)
        self._problem_fields = []
        day = self.context.ledger.today()
        people: list[CheckedPerson] = []
        problems: list[ValidationError] = []
        for index, form in enumerate(self.forms):
            try:
                people.append(form.checked_entry(day))
            except ValidationErrors as errors:
                for problem in errors.problems:
                    problem.params["person"] = index
                    problems.append(problem)
        self._colour_roster({problem.params["person"] for problem in problems})
        if not problems:
            return people
        first: QWidget | None = None
        for problem in problems:
            shown = self._show_problem(problem.params["person"], problem)
            first = first or shown
        self._say(self._summary(problems), problem=True)
        self.show_person(problems[0].params["person"])
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return None

    def _summary(self, problems: list[ValidationError]) -> str:
        """"Not saved. Fix what is marked in red (3): Head: Sex is required. ..." (the first
        few in words; every one is marked on its field)."""
        shown = 4
        words = " ".join(self._problem_text(problem, with_person=True)
                         for problem in problems[:shown])
        more = len(problems) - shown
        if more > 0:
            words += " " + self.tr("…and %n more.", "", more)
        return self.tr("Not saved. Fix what is marked in red (%n): ", "", len(problems)) + words

    def _problem_text(self, error: ValidationError, *, with_person: bool) -> str:
        params = dict(error.params)
        person = params.pop("person", None)
        if error.code == ErrorCode.READER_CHECK_FAILED:
            text = self.tr("A check digit failed on this document: look at it and choose the "
                           "check result.")
        else:
            text = error_text(ValidationError(error.message, code=error.code, field=error.field,
                                              **params))
        if with_person and isinstance(person, int):
            who = self.tr("Head") if person == 0 else \
                self.tr("Member %1").replace("%1", number_text(person + 1))
            text = f"{who}: {text}"
        return text

    def _show_problem(self, index: int, error: ValidationError) -> QWidget | None:
        form = self.forms[index]
        widget = form.show_problem(error, self._problem_text(error, with_person=False))
        if widget is not None:
            self._problem_fields.append((form, widget))
        return widget

    def _colour_roster(self, people: set[int]) -> None:
        for index in range(self.roster.count()):
            item = self.roster.item(index)
            item.setForeground(QBrush(tone_colour(Tone.PROBLEM)) if index in people else QBrush())

    def _write(self, people: list[CheckedPerson]) -> None:
        if not self._saving:  # already locked when the duplicate check found nothing
            self._set_saving(True)
        self._say(self.tr("Saving…"))
        CollectionOp(self, self.context, lambda ledger: record_household(ledger, people)) \
            .success(lambda result: self._saved(people, result)) \
            .failure(self._save_failed).run_in_background()

    def _set_saving(self, saving: bool) -> None:
        if saving:
            self._focus_before_save = QApplication.focusWidget()
        self._saving = saving
        for widget in (self.pages, self.roster, self.save_button, self.add_member_button,
                       self.discard_button, self.remove_member_button):
            widget.setEnabled(not saving)
        if not saving:
            self.remove_member_button.setEnabled(self.roster.currentRow() > 0)
            self.save_button.setEnabled(self.context.may(Action.RECORD))

    def _saved(self, people: list[CheckedPerson], uuids: list[str]) -> None:
        self._set_saving(False)
        at = time_text(datetime.now().astimezone(self.context.ledger.settings.zone))
        text = fill(digits_text(self.tr("Saved at %1: %2. People: %n.", "", len(people))), at,
                    people[0].full_name.strip())
        self.new_household()
        self._say(text, saved=True)
        self.context.sig_status.emit(text)
        self.sig_saved.emit(uuids)
        after, self._after_save = self._after_save, None
        if after is not None:
            after()

    # -- leaving the session (``ui.unsaved.UnsavedWork``) ---------------------------------

    def unsaved_work(self) -> str:
        """"a household being typed" while anything was typed for anyone in it."""
        if any(form.has_typing() for form in self.forms):
            return self.tr("a household being typed on New crossing")
        return ""

    def save_unsaved(self, on_saved: Callable[[], None]) -> None:
        """Save the household as Ctrl+S does; ``on_saved`` once it is committed."""
        self._after_save = on_saved
        self.save()
        if not self._saving and self.warning_dialog is None:
            self._after_save = None  # refused before anything was sent: the problem shows

    def _not_saved(self, text: str) -> None:
        self._after_save = None
        self._say(text, problem=True)

    def _save_failed(self, error: Exception) -> None:
        self._set_saving(False)
        self._after_save = None
        person = error.params.get("person") if isinstance(error, CheckpointError) else None
        if isinstance(error, ValidationError) and isinstance(person, int) \
                and 0 <= person < len(self.forms):
            widget = self._show_problem(person, error)
            self._colour_roster({person})
            self.show_person(person)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self._say(self._problem_text(error, with_person=True), problem=True)
            return
        self._say(error_text(error), problem=True)
        if self._focus_before_save is not None:
            self._focus_before_save.setFocus(Qt.FocusReason.OtherFocusReason)

    def discard(self) -> None:
        """Drop the household being typed (asks first when anything was typed)."""
        if self._saving:
            return
        if any(form.has_typing() for form in self.forms) and QMessageBox.question(
                self, self.tr("Discard household"),
                self.tr("Discard everything typed for this household?")
        ) != QMessageBox.StandardButton.Yes:
            return
        self.new_household()
        self._say("")

    def _say(self, text: str, *, problem: bool = False, saved: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "problem" if problem else "saved" if saved else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
