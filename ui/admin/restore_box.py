"""Restoring a backup from the IT admin's data panel.

The backup is copied beside the database and proven good on the long-tasks worker (the IT
admin's password opens it, it is this database's, its audit chain verifies) while the session
goes on; only then, after the officer confirmed, does the session end and the copy take the
database's place. The app then signs out to the sign-in window: everyone signs in to the
restored database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkpoint.backup import CheckedBackup, check_backup
from checkpoint.ledger import Ledger
from checkpoint.permissions import Action
from contract.bidi import isolate
from ui.context import AppContext
from ui.messages import error_text
from ui.operations import TaskOp
from ui.scaled import scaled

ERROR_STYLE = "color: #b00020;"


class RestoreDialog(QDialog):
    """Says what a restore replaces and asks for the IT admin's password; Cancel is the
    default, so Enter alone restores nothing."""

    def __init__(self, backup_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        warning = QLabel(self.tr(
            "Replace this computer's database with the backup %1?\n\nEverything recorded "
            "since that backup was made will no longer be in the database. The database in use "
            "now is kept beside it as a dated copy. Everyone is signed out and signs in to the "
            "restored database.").replace("%1", isolate(backup_file.name)))
        warning.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("restore_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Your &password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"),
                                                     QDialogButtonBox.ButtonRole.DestructiveRole)
        self.restore_button.setObjectName("confirm_restore")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(scaled(460))


class RestoreBox(QGroupBox):
    """Choose a backup, confirm, restore."""

    sig_finished = Signal(bool)
    """A restore ended; carries whether the database was replaced."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Restore"), parent)
        self.setObjectName("restore_box")
        self.context = context
        self.dialog: RestoreDialog | None = None
        self.path = QLineEdit()
        self.path.setObjectName("restore_path")
        self.path.setPlaceholderText(self.tr("a backup file, with its .keys file beside it"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("restore_path_browse")
        browse.clicked.connect(self.browse)
        self.button = QPushButton(self.tr("Rest&ore…"))
        self.button.setObjectName("restore_button")
        self.button.clicked.connect(self.ask)
        self.path.returnPressed.connect(self.ask)
        self.status = QLabel()
        self.status.setObjectName("restore_status")
        self.status.setWordWrap(True)
        if not context.may(Action.RESTORE):
            self.button.setEnabled(False)
            self.button.setToolTip(self.tr("Only an IT admin restores a backup."))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("Restore fro&m"))
        label.setBuddy(self.path)
        form = QFormLayout()
        form.addRow(label, row)
        intro = QLabel(self.tr("Put a backup of this database back in its place, once it "
                               "is checked."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.status)

    def browse(self) -> None:
        """Choose the backup in a file dialog."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), "",
                                              self.tr("Checkpoint backups (*.db);;All files "
                                                      "(*)"))
        if path:
            self.path.setText(path)
            self.button.setFocus()

    def _problem(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def ask(self) -> None:
        """Confirm with the IT admin's password, then check and restore."""
        if not self.button.isEnabled() or self.dialog is not None:
            return
        text = self.path.text().strip()
        if not text or not Path(text).is_file():
            self._problem(self.tr("Type or choose the backup file first.") if not text else
                          self.tr("There is no file %1.").replace("%1", isolate(text)))
            self.path.setFocus()
            return
        dialog = RestoreDialog(Path(text), self)
        self.dialog = dialog

        def answered(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._check(Path(text), dialog.password.text())

        dialog.finished.connect(answered)
        dialog.open()

    def _check(self, backup_file: Path, password: str) -> None:
        self.button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Checking the backup…"))
        ledger = self.context.ledger
        username, target = ledger.actor.username, ledger.path

        def call(_ledger: Ledger, _job: object) -> CheckedBackup:
            return check_backup(backup_file, target, username, password)

        def failed(error: Exception) -> None:
            self.button.setEnabled(True)
            self._problem(error_text(error))
            self.sig_finished.emit(False)

        TaskOp(self, self.context, self.context.tasks, call).success(self._put_in_place) \
            .failure(failed).run_in_background()

    def _put_in_place(self, checked: CheckedBackup) -> None:
        # The session ends first: no thread may hold the file while it is replaced.
        self.context.shut_down()
        try:
            checked.put_in_place()
        except OSError as error:
            checked.discard()
            self._problem(self.tr("The backup could not be put in place (%1); the database "
                                  "was not changed. Sign in again.")
                          .replace("%1", error.strerror or str(error)))
            self.sig_finished.emit(False)
        else:
            self.status.setText(self.tr("The backup was restored. Sign in again."))
            self.sig_finished.emit(True)
        self.context.sig_sign_out.emit()
