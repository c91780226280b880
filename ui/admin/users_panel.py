"""The users panel of the IT admin screen: list, add, name, disable, re-enable, reset a password.

Every change goes through ``checkpoint.users`` on the database worker: a new key slot costs
Argon2id (~0.3 s), which never runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkpoint.errors import CheckpointError
from checkpoint.ledger import Ledger
from checkpoint.permissions import Action, Role
from checkpoint.users import (
    UserInfo,
    add_user,
    disable_user,
    enable_user,
    list_users,
    reset_password,
    set_full_name,
)
from contract.bidi import fill, isolate
from ui.admin.models import UsersModel
from ui.context import AppContext
from ui.messages import error_text, role_label
from ui.operations import CollectionOp, QueryOp
from ui.scaled import scaled
from ui.tables import list_view

ERROR_STYLE = "color: #b00020;"


def _password_box(name: str) -> QLineEdit:
    box = QLineEdit()
    box.setObjectName(name)
    box.setEchoMode(QLineEdit.EchoMode.Password)
    return box


class TemporaryPasswordDialog(QDialog):
    """Asks twice for a temporary password; stays open until the panel says it was set."""

    sig_chosen = Signal(str)
    """The two passwords match; carries the password (the panel sets it, then closes us)."""

    def __init__(self, title: str, explanation: str, action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.setWindowTitle(title)
        self.password = _password_box("temporary_password")
        self.again = _password_box("temporary_again")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Temporary &password"), self.password)
        form.addRow(self.tr("Repeat pass&word"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(scaled(420))

    def _check(self) -> None:
        if not self.password.text():
            self.show_problem(self.tr("Type a temporary password."))
        elif self.password.text() != self.again.text():
            self.show_problem(self.tr("The two passwords differ."))
        else:
            self.set_busy(True)
            self.message.setText(self.tr("Please wait…"))
            self.sig_chosen.emit(self.password.text())

    def set_busy(self, busy: bool) -> None:
        """Block a second OK (and closing) while the password is being set."""
        self._busy = busy
        self.buttons.setEnabled(not busy)
        if not busy:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)

    def reject(self) -> None:
        if not self._busy:  # the answer of the running change must find the dialog
            super().reject()

    def show_problem(self, text: str) -> None:
        """Say what is wrong and go back to the first field."""
        self.set_busy(False)
        self.message.setText(text)
        self.password.setFocus()
        self.password.selectAll()


class UsersPanel(QWidget):
    """The list of users and what an IT admin does with them."""

    sig_users_changed = Signal()
    """A user was added, disabled, re-enabled or given a temporary password."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_panel")
        self.context = context
        self.allowed = context.may(Action.MANAGE_USERS)
        self.password_dialog: TemporaryPasswordDialog | None = None
        self.name_dialog: QInputDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = UsersModel(context.ledger.settings.zone, self)
        self.table = list_view(self.model, "users_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.disable_button = QPushButton(isolate(self.tr("D&isable…")))
        self.disable_button.setObjectName("disable_user")
        self.disable_button.clicked.connect(self.disable_selected)
        self.reset_button = QPushButton(isolate(self.tr("&Reset password…")))
        self.reset_button.setObjectName("reset_password")
        self.reset_button.clicked.connect(self.reset_selected)
        self.enable_button = QPushButton(isolate(self.tr("Re-&enable…")))
        self.enable_button.setObjectName("enable_user")
        self.enable_button.clicked.connect(self.enable_selected)
        self.name_button = QPushButton(self.tr("Change full name…"))
        self.name_button.setObjectName("change_full_name")
        self.name_button.clicked.connect(self.rename_selected)
        self.message = QLabel()
        self.message.setObjectName("users_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_add_form()
        self._lay_out()
        self.reload()

    # -- layout -----------------------------------------------------------------------------

    def _build_add_form(self) -> None:
        self.new_name = QLineEdit()
        self.new_name.setObjectName("new_name")
        self.new_name.setPlaceholderText(self.tr("e.g. shah.wali"))
        self.new_full_name = QLineEdit()
        self.new_full_name.setObjectName("new_full_name")
        self.new_full_name.setPlaceholderText(self.tr("as signed on tally sheets"))
        self.new_role = QComboBox()
        self.new_role.setObjectName("new_role")
        for role in Role:
            self.new_role.addItem(role_label(role.value), role.value)
        self.new_password = _password_box("new_password")
        self.new_again = _password_box("new_again")
        self.add_button = QPushButton(self.tr("&Add user"))
        self.add_button.setObjectName("add_user")
        self.add_button.setToolTip(self.tr("Add the user (Enter)"))
        self.add_button.clicked.connect(self.add)
        for box in (self.new_name, self.new_full_name, self.new_password, self.new_again):
            box.returnPressed.connect(self.add)
        self.add_message = QLabel()
        self.add_message.setObjectName("add_message")
        self.add_message.setWordWrap(True)

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in (self.name_button, self.disable_button, self.reset_button,
                       self.enable_button):
            actions.addWidget(button)
        actions.addStretch()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(actions)
        left.addWidget(self.message)
        form = QFormLayout()
        form.addRow(self.tr("User &name"), self.new_name)
        form.addRow(self.tr("Full na&me"), self.new_full_name)
        form.addRow(self.tr("R&ole"), self.new_role)
        form.addRow(self.tr("First &password"), self.new_password)
        form.addRow(self.tr("Repeat pass&word"), self.new_again)
        hint = QLabel(self.tr("Give the first password to the user in person. They must "
                              "choose their own at their first sign-in."))
        hint.setWordWrap(True)
        add_box = QGroupBox(self.tr("Add a user"))
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(form)
        add_layout.addWidget(hint)
        add_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        add_layout.addWidget(self.add_message)
        add_layout.addStretch()
        outer = QHBoxLayout(self)
        outer.addLayout(left, 3)
        outer.addWidget(add_box, 2)
        self.setTabOrder(self.table, self.name_button)
        self.setTabOrder(self.name_button, self.disable_button)
        self.setTabOrder(self.disable_button, self.reset_button)
        self.setTabOrder(self.reset_button, self.enable_button)
        self.setTabOrder(self.enable_button, self.new_name)
        self.setTabOrder(self.new_name, self.new_full_name)
        self.setTabOrder(self.new_full_name, self.new_role)
        self.setTabOrder(self.new_role, self.new_password)
        self.setTabOrder(self.new_password, self.new_again)
        self.setTabOrder(self.new_again, self.add_button)
        if not self.allowed:
            why = self.tr("Only an IT admin manages users.")
            for widget in (self.add_button, self.new_name, self.new_full_name, self.new_role,
                           self.new_password, self.new_again):
                widget.setEnabled(False)
                widget.setToolTip(why)

    # -- the list ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # the command line may have changed users meanwhile

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the users again on the reader (a small list: names, roles and flags), then
        run ``then``."""
        if not self.allowed:
            self.model.set_users([])
            self._update_buttons()
            return
        QueryOp(self, self.context, list_users) \
            .success(lambda users: self._show_users(users, then)).run_in_background()

    def _show_users(self, users: list[UserInfo], then: Callable[[], None] | None) -> None:
        chosen = self.selected_user()
        self.model.set_users(users)
        if chosen is not None:
            self.select(chosen.username)
        self._update_buttons()
        if then is not None:
            then()

    def select(self, username: str) -> None:
        """Select the row of ``username`` (if listed)."""
        row = self.model.row_of(username)
        if row >= 0:
            self.table.selectRow(row)

    def selected_user(self) -> UserInfo | None:
        """The user chosen in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        user = self.selected_user()
        me = self.context.ledger.actor.username
        none = self.tr("Choose a user in the list first.")
        buttons = (self.name_button, self.disable_button, self.reset_button, self.enable_button)
        if not self.allowed:
            states = dict.fromkeys(buttons, self.tr("Only an IT admin manages users."))
        elif user is None:
            states = dict.fromkeys(buttons, none)
        else:
            states = {
                self.name_button: "",
                self.disable_button:
                    self.tr("You cannot disable your own account.") if user.username == me
                    else self.tr("This account is already disabled.") if not user.active
                    else "",
                self.reset_button:
                    self.tr("This account is disabled: re-enable it instead.")
                    if not user.active else "",
                self.enable_button:
                    self.tr("This account is active.") if user.active else "",
            }
        enabled_tips = {
            self.name_button: self.tr("Change the name shown on tally sheets and close-outs"),
            self.disable_button: self.tr("Stop this user signing in (their records stay)"),
            self.reset_button: self.tr("Give this user a temporary password they must change"),
            self.enable_button: self.tr("Let this user sign in again with a temporary "
                                        "password"),
        }
        for button, why in states.items():
            button.setEnabled(not why)
            button.setToolTip(why or enabled_tips[button])

    # -- actions ----------------------------------------------------------------------------

    def _write(self, call: Callable[[Ledger], Any], done: Callable[[Any], None],
               failed: Callable[[Exception], None]) -> None:
        CollectionOp(self, self.context, call, records_changed=False).success(done) \
            .failure(failed).run_in_background()

    def _changed(self, text: str, username: str) -> None:
        def shown() -> None:  # the list already shows the change when the message says it
            self.select(username)
            self.message.setStyleSheet("")
            self.message.setText(text)
            self.context.sig_status.emit(text)
            self.sig_users_changed.emit()

        self.reload(then=shown)

    def _failed(self, error: Exception) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error))
        self.reload()

    def add(self) -> None:
        """Add the user typed in the form (they must change the password at first sign-in)."""
        if not self.add_button.isEnabled():
            return
        name, role = self.new_name.text().strip(), str(self.new_role.currentData())
        full_name = self.new_full_name.text()
        password = self.new_password.text()
        if not name:
            self._add_problem(self.tr("Type the new user's name."), self.new_name)
            return
        if not password:
            self._add_problem(self.tr("Type a first password for the user."), self.new_password)
            return
        if password != self.new_again.text():
            self._add_problem(self.tr("The two passwords differ."), self.new_again)
            return
        self.add_button.setEnabled(False)
        self.add_message.setStyleSheet("")
        self.add_message.setText(fill(self.tr("Adding %1…"), name))

        def done(info: UserInfo) -> None:
            self.add_button.setEnabled(True)
            for box in (self.new_name, self.new_full_name, self.new_password, self.new_again):
                box.clear()
            text = fill(self.tr("%1 was added as %2. They must choose their own password at "
                                "their first sign-in."), info.username,
                        role_label(info.role.value))
            self.add_message.setText(text)
            self._changed(text, info.username)
            self.new_name.setFocus()

        def failed(error: Exception) -> None:
            self.add_button.setEnabled(True)
            field = error.field if isinstance(error, CheckpointError) else None
            box = {"username": self.new_name, "full_name": self.new_full_name,
                   "password": self.new_password, "role": self.new_role}.get(field or "",
                                                                              self.new_name)
            self._add_problem(error_text(error), box)

        self._write(lambda ledger: add_user(ledger, name, role, password, full_name=full_name),
                    done, failed)

    def _add_problem(self, text: str, field: QWidget) -> None:
        self.add_message.setStyleSheet(ERROR_STYLE)
        self.add_message.setText(text)
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()

    def rename_selected(self) -> None:
        """Ask for the chosen user's full name (shown on sheets and close-outs) and set it."""
        user = self.selected_user()
        if user is None or not self.name_button.isEnabled():
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("full_name_dialog")
        dialog.setWindowTitle(self.tr("Full name"))
        dialog.setLabelText(fill(self.tr("Full name of %1, as printed on tally sheets and "
                                         "close-outs:"), user.username))
        dialog.setTextValue(user.full_name)
        dialog.setOkButtonText(self.tr("Save"))
        self.name_dialog = dialog
        username = user.username

        def answered(result: int) -> None:
            self.name_dialog = None
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted:
                return
            full_name = dialog.textValue()

            def done(_result: object) -> None:
                self._changed(fill(self.tr("The full name of %1 was saved."), username),
                              username)

            self._write(lambda ledger: set_full_name(ledger, username, full_name), done,
                        self._failed)

        dialog.finished.connect(answered)
        dialog.open()

    def disable_selected(self) -> None:
        """Ask, then disable the chosen user (never oneself: the core refuses too)."""
        user = self.selected_user()
        if user is None or not self.disable_button.isEnabled():
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Disable user"), fill(self.tr(
            "Disable %1? They will no longer be able to sign in. Their records stay, and you "
            "can re-enable the account later with a new temporary password."), user.username),
            QMessageBox.StandardButton.Cancel, self)
        confirm = box.addButton(self.tr("D&isable"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box

        def answered() -> None:
            self.confirm_box = None
            box.deleteLater()
            if box.clickedButton() is confirm:
                self._disable(user.username)

        box.finished.connect(answered)
        box.open()

    def _disable(self, username: str) -> None:
        def done(lost: list[str]) -> None:
            text = fill(self.tr("%1 can no longer sign in; the database has a new key."),
                        username)
            if lost:  # still on a slot from before the upgrade: no new key could reach them
                text += " " + fill(self.tr("These users need a new password (Reset password): "
                                           "%1"), ", ".join(lost))
            self._changed(text, username)

        self._write(lambda ledger: disable_user(ledger, username), done, self._failed)

    def reset_selected(self) -> None:
        """Give the chosen user a temporary password they must change at next sign-in."""
        user = self.selected_user()
        if user is None or not self.reset_button.isEnabled():
            return
        name = user.username
        self._ask_password(
            self.tr("Reset password"),
            fill(self.tr("Choose a temporary password for %1 and give it to them in person. "
                         "They must choose their own at their next sign-in."), name),
            self.tr("Set password"),
            lambda ledger, secret: reset_password(ledger, name, secret),
            fill(self.tr("%1 has a temporary password and must change it at the next "
                         "sign-in."), name), name)

    def enable_selected(self) -> None:
        """Let the chosen disabled user sign in again, with a temporary password."""
        user = self.selected_user()
        if user is None or not self.enable_button.isEnabled():
            return
        name = user.username
        self._ask_password(
            self.tr("Re-enable user"),
            fill(self.tr("%1 will be able to sign in again with this temporary password, and "
                         "must choose their own at the next sign-in."), name),
            self.tr("Re-enable"),
            lambda ledger, secret: enable_user(ledger, name, secret),
            fill(self.tr("%1 can sign in again with the temporary password."), name),
            name)

    def _ask_password(self, title: str, explanation: str, action: str,
                      call: Callable[[Ledger, str], None], success: str, username: str) -> None:
        dialog = TemporaryPasswordDialog(title, explanation, action, self)
        self.password_dialog = dialog

        def chosen(secret: str) -> None:
            def done(_result: object) -> None:
                dialog.accept()
                self._changed(success, username)

            def failed(error: Exception) -> None:
                dialog.show_problem(error_text(error))

            self._write(lambda ledger: call(ledger, secret), done, failed)

        def closed() -> None:
            if self.password_dialog is dialog:
                self.password_dialog = None
            dialog.deleteLater()

        dialog.sig_chosen.connect(chosen)
        dialog.finished.connect(closed)
        dialog.open()
