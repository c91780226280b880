"""Locking the window after idle minutes; unlocking needs the signed-in user's password.

The lock is a page laid over the screens in the window's stack: the screens stay alive
underneath, so whatever was typed into an unsaved form is still there after unlocking.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkpoint.keyslots import KeySlots, keyfile_path
from checkpoint.ledger import Ledger
from contract.bidi import fill
from ui.context import AppContext
from ui.messages import error_text
from ui.operations import TaskOp
from ui.scaled import scaled

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Emits ``sig_idle`` after ``minutes`` without a key press or mouse use anywhere."""

    sig_idle = Signal()
    """Nobody has used the keyboard or mouse for the configured time."""

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sig_idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time (0 turns locking off)."""
        self._timer.setInterval(max(0, minutes) * 60_000)
        self.restart()

    def set_interval_ms(self, milliseconds: int) -> None:
        """The idle time in milliseconds (tests use short ones)."""
        self._timer.setInterval(milliseconds)
        self.restart()

    def restart(self) -> None:
        """Start counting idle time from now."""
        if self._timer.interval() > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        """Stop watching (on sign-out)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.restart()
        return False


class LockPage(QWidget):
    """The locked screen: who is signed in, a password field, unlock or sign out."""

    sig_unlocked = Signal()
    """The right password was typed."""
    sig_sign_out = Signal()
    """The user chose to sign out instead (someone else takes the desk)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        actor = context.ledger.actor
        self.password = QLineEdit()
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._unlock)
        self.message = QLabel()
        self.message.setObjectName("unlock_message")
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(self._unlock)
        sign_out = QPushButton(self.tr("&Sign out"))
        sign_out.clicked.connect(self.sig_sign_out)
        title = QLabel(self.tr("<h2>Locked</h2>"))
        who = QLabel(fill(self.tr("Signed in as %1. Type your password to go on; nothing you "
                                  "typed has been lost."), actor.username))
        who.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(sign_out)
        column = QVBoxLayout()
        for widget in (title, who, self.password, self.message):
            column.addWidget(widget)
        column.addLayout(buttons)
        box = QWidget()
        box.setLayout(column)
        # A fixed width: the wrapped sentence then gets the height it needs for that width
        # (a box only as wide as its hint, centred, cut the text off at the bottom).
        box.setFixedWidth(scaled(440))
        middle = QHBoxLayout()
        middle.addStretch()
        middle.addWidget(box)
        middle.addStretch()
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addLayout(middle)
        outer.addStretch()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.password.clear()
        self.message.clear()
        self.password.setFocus()

    def _unlock(self) -> None:
        secret = self.password.text()
        self.password.clear()
        self.unlock_button.setEnabled(False)

        def check(ledger: Ledger, _job: object) -> None:
            KeySlots.load(keyfile_path(ledger.path)).unlock(ledger.actor.username, secret)

        # An op, so an answer arriving after sign-out never touches this deleted page.
        TaskOp(self, self._context, self._context.passwords, check) \
            .success(self._unlocked).failure(self._refused).run_in_background()

    def _refused(self, error: Exception) -> None:
        self.unlock_button.setEnabled(True)
        self.message.setText(error_text(error))

    def _unlocked(self, _result: object) -> None:
        self.unlock_button.setEnabled(True)
        self.sig_unlocked.emit()
