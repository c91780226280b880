"""The status bar's passing message: one line, cut with an ellipsis where the permanent
labels (user, place, count, sync) begin, the full text in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class StatusMessage(QLabel):
    """Shows a message for a while; never wider than the room it is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_message")
        # Takes what room is left and no more: a long message never pushes the permanent
        # labels aside or runs under them.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)

    def show_message(self, text: str, milliseconds: int = 8000) -> None:
        """Show ``text`` for ``milliseconds`` (0: until the next message)."""
        self._full = text
        self.setToolTip(text)
        self._elide()
        if milliseconds > 0:
            self._timer.start(milliseconds)
        else:
            self._timer.stop()

    def clear_message(self) -> None:
        """Take the message away."""
        self.show_message("", 0)

    def full_text(self) -> str:
        """The whole message, however much of it fits."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(0, self.contentsRect().width())))
