"""Signing in, choosing a new password, and creating the database on first run."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from checkpoint.errors import CheckpointError, LoginThrottled
from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import Ledger, create_ledger, open_ledger
from checkpoint.settings import DEFAULT_TIMEZONE
from checkpoint.users import change_own_password
from contract import codes
from contract.bidi import isolate
from ui.messages import code_label, error_text
from ui.theme import Tone, tone
from ui.workers import SerialWorker


class _BusyDialog(QDialog):
    """A dialog whose accept runs a slow core call (Argon2id) on a worker, never on the GUI."""

    def __init__(self, worker: SerialWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {tone(Tone.PROBLEM)};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        # Wide enough for a sentence on two or three lines, not one word a line.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

    def say(self, text: str) -> None:
        """Show ``text`` under the form, the dialog growing to show all of it (a word-wrapped
        label does not ask its layout for the height it needs)."""
        self.message.setText(text)
        self.message.setMinimumHeight(self.message.heightForWidth(self.message.width())
                                      if text else 0)
        self.adjustSize()

    def _call(self) -> Callable[[], object]:
        """The slow core call, with what was typed read now, on the GUI thread."""
        raise NotImplementedError

    def _succeeded(self, result: object) -> None:
        raise NotImplementedError

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if not busy:
            # Disabling the box dropped the default button: Enter must sign in again.
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.setCursor(Qt.CursorShape.WaitCursor if busy else Qt.CursorShape.ArrowCursor)

    def _start(self) -> None:
        problem = self.check()
        if problem:
            self.say(problem)
            return
        self.say(self.tr("Please wait…"))
        self._set_busy(True)
        # Read on the GUI thread; the worker only runs the call. An answer for a dialog
        # closed meanwhile is dropped by the worker's signal, which dies with the dialog.
        call = self._call()
        self._worker.submit(lambda _job: call(), on_done=self._done, on_failed=self._failed)

    def check(self) -> str:
        """A problem with what was typed, found before any work is done ("" if none)."""
        return ""

    def _done(self, result: object) -> None:
        self._set_busy(False)
        self.say("")
        self._succeeded(result)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.say(error_text(error))
        if isinstance(error, LoginThrottled):
            # Keep the button off until the wait is over, so nobody fights the clock.
            self.buttons.setEnabled(False)
            QTimer.singleShot(int(error.params.get("retry_after", 1)) * 1000, self.buttons,
                              lambda: self.buttons.setEnabled(True))


class SignInDialog(_BusyDialog):
    """User name and password; on success ``ledger`` holds the unlocked database."""

    def __init__(self, database: Path, worker: SerialWorker, *,
                 demo_passwords: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.database = database
        self.ledger: Ledger | None = None
        self.setWindowTitle(self.tr("Checkpoint — sign in"))
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Checkpoint</h2>"))
        layout.addWidget(title)
        if demo_passwords:
            shown = "<br>".join(f"<b>{name}</b> / {secret}"
                                for name, secret in demo_passwords.items())
            demo = QLabel(self.tr("Demo database — nothing here is real. Sign in as:") +
                          f"<br>{shown}")
            demo.setObjectName("demo_users")
            layout.addWidget(demo)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def check(self) -> str:
        if not self.user.text().strip() or not self.password.text():
            return self.tr("Type your user name and password.")
        return ""

    def _call(self) -> Callable[[], Ledger]:
        database, user, password = self.database, self.user.text(), self.password.text()
        return lambda: open_ledger(database, user, password)

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, Ledger)
        self.ledger = result
        self.password.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.password.clear()
        self.password.setFocus()
        super()._failed(error)


class NewPasswordDialog(_BusyDialog):
    """The signed-in user chooses their own password (first sign-in, or after a reset)."""

    def __init__(self, ledger: Ledger, worker: SerialWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.ledger = ledger
        self.setWindowTitle(self.tr("Choose your password"))
        self.new = QLineEdit()
        self.new.setObjectName("new_password")
        self.again = QLineEdit()
        self.again.setObjectName("again")
        for box in (self.new, self.again):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&New password"), self.new)
        form.addRow(self.tr("&Again"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose a password only you know (at least 8 "
                                        "characters). You will need it at every sign-in.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def check(self) -> str:
        if self.new.text() != self.again.text():
            return self.tr("The two passwords differ.")
        return ""

    def _call(self) -> Callable[[], None]:
        ledger, password = self.ledger, self.new.text()
        return lambda: change_own_password(ledger, password)

    def _succeeded(self, result: object) -> None:
        self.accept()


def next_steps(parent: QWidget) -> QMessageBox:
    """What the first IT admin does next, shown once the new database is open."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("FirstRunDialog", "Next steps"),
        QCoreApplication.translate(
            "FirstRunDialog",
            "<b>The database is ready.</b> Next, on the IT admin screen:<ol>"
            "<li><b>Users</b>: add the shift leads and clerks, each with a first password they "
            "change at their first sign-in;</li>"
            "<li><b>Sync with HQ</b>: enroll this computer with the one-time code from the "
            "control room;</li>"
            "<li><b>Data</b>: make a first backup, and keep backing up.</li></ol>",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("next_steps")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


class FirstRunDialog(_BusyDialog):
    """No database yet: choose the checkpoint, its time zone and the first IT admin."""

    sig_created = Signal(object)
    """The database was created; carries the signed-in ``Ledger`` of the first admin."""

    def __init__(self, database: Path, worker: SerialWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.database = database
        self.ledger: Ledger | None = None
        self.setWindowTitle(self.tr("Checkpoint — first start"))
        self.checkpoint = QComboBox()
        self.checkpoint.setObjectName("checkpoint")
        points = codes.crossing_points()
        for code in points.codes:
            self.checkpoint.addItem(code_label(points, code), code)
        self.timezone = QComboBox()
        self.timezone.setObjectName("timezone")
        self.timezone.setEditable(True)
        self.timezone.addItems([DEFAULT_TIMEZONE, "Asia/Kabul", "UTC"])
        self.admin = QLineEdit()
        self.admin.setObjectName("admin")
        self.admin_full_name = QLineEdit()
        self.admin_full_name.setObjectName("admin_full_name")
        self.admin_full_name.setPlaceholderText(self.tr("as printed under the signature on "
                                                        "tally sheets"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.again = QLineEdit()
        self.again.setObjectName("again")
        for box in (self.password, self.again):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Checkpoint"), self.checkpoint)
        form.addRow(self.tr("&Time zone"), self.timezone)
        form.addRow(self.tr("IT admin &user name"), self.admin)
        form.addRow(self.tr("IT admin's &full name"), self.admin_full_name)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Again"), self.again)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("There is no Checkpoint database on this computer yet. Create it "
                               "here; the IT admin then adds the other users."))
        intro.setWordWrap(True)
        self.files = QLabel(self.tr(
            "The records will be kept, encrypted, in<br><b>%1</b><br>and the keys to open "
            "them in<br><b>%2</b><p>Keep both, and back them up together: the database "
            "cannot be opened without its key file, and a key file opens no other database."
            "</p>").replace("%1", isolate(html.escape(str(database))))
            .replace("%2", isolate(html.escape(str(keyfile_path(database))))))
        self.files.setObjectName("files")
        self.files.setWordWrap(True)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        layout.addWidget(self.files)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def check(self) -> str:
        if not self.admin.text().strip():
            return self.tr("Type the IT admin's user name.")
        if self.password.text() != self.again.text():
            return self.tr("The two passwords differ.")
        return ""

    def _call(self) -> Callable[[], Ledger]:
        database, checkpoint = self.database, self.checkpoint.currentData()
        admin, password = self.admin.text(), self.password.text()
        timezone = self.timezone.currentText().strip() or None
        full_name = self.admin_full_name.text()
        return lambda: create_ledger(database, checkpoint=checkpoint, admin=admin,
                                     password=password, timezone=timezone,
                                     admin_full_name=full_name)

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, Ledger)
        self.ledger = result
        self.accept()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, CheckpointError) and error.field == "timezone":
            self.timezone.setFocus()
        elif isinstance(error, CheckpointError) and error.field == "full_name":
            self.admin_full_name.setFocus()
        super()._failed(error)
