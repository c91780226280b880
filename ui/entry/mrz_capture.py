"""Recognising a document reader's typing anywhere on the screen.

A reader types the machine-readable zone like a keyboard: 2 lines of 44 characters (passports),
2 of 36 or 3 of 30 (identity cards), of ``A-Z 0-9 <``, each line ended by Enter or Tab, faster
than anyone types. Whatever field has the cursor receives those keystrokes. This filter watches
the key presses meant for the screen's widgets and keeps the recent run of zone characters,
line by line, with the state each field had before each keystroke. When the run forms a
complete zone that :func:`checkpoint.mrz.read_mrz` reads:

* the Enter or Tab between lines never reaches the screen (Enter would save, Tab would move),
* the field the keystrokes went into is put back exactly as it was,
* ``sig_read`` carries the reading; the text itself is dropped at once (DESIGN §2.5: no raw MRZ
  is stored anywhere).

Every line after the first must have exactly a zone line's length, and the first must start
like a zone (a document code A, C, I, P or V and a three-letter issuing state). If the first line
came right after a clerk's own typing in the same field (no pause, no other key between), the
zone's first line is its tail, and then the zone is taken only when every check digit matches:
a clerk's ordinary typing is never mistaken for a reader.
"""

from __future__ import annotations

import re
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from checkpoint.errors import MrzUnreadable
from checkpoint.mrz import MrzReading, read_mrz

_ZONE_CHAR = re.compile(r"[A-Za-z0-9<]")
_FIRST_LINE = re.compile(r"[ACIPV][A-Z0-9<][A-Z<]{3}")
_LENGTHS = (30, 36, 44)
_LINES = {30: 3, 36: 2, 44: 2}
# Longer than this between two keystrokes and the run starts again: a reader never pauses, and
# a clerk who typed a little then picked up the passport has paused.
_PAUSE_S = 1.5
# A reader often ends the last line with Enter or Tab too; it belongs to the zone, not the form.
_TRAILING_S = 0.5
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                  Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock}
_SEPARATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}


@dataclass
class _Keystroke:
    char: str
    widget: QWidget
    before: Any


@dataclass
class _Line:
    """One line of the run: its last keystrokes and how many zone characters it had."""

    keys: deque[_Keystroke] = field(default_factory=lambda: deque(maxlen=max(_LENGTHS)))
    length: int = 0

    def tail(self, size: int) -> str | None:
        """The last ``size`` characters, if the line has that many."""
        if self.length < size:
            return None
        return "".join(k.char for k in list(self.keys)[-size:])


def _state(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text(), widget.cursorPosition()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractItemView):
        return QPersistentModelIndex(widget.currentIndex())
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return None


def _restore(widget: QWidget, state: Any) -> None:
    if isinstance(widget, QLineEdit):
        text, cursor = state
        widget.setText(text)
        widget.setCursorPosition(cursor)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(state)
        reset = getattr(widget, "reset_search", None)
        if callable(reset):
            reset()
    elif isinstance(widget, QAbstractItemView) and state.isValid():
        widget.setCurrentIndex(state)
    elif isinstance(widget, QAbstractButton) and widget.isCheckable():
        widget.setChecked(state)


class MrzCapture(QObject):
    """Watches the key presses sent to ``screen``'s widgets for a reader's zone."""

    sig_read = Signal(object, object)
    """A zone was typed: (the ``MrzReading``, the widget that had the cursor)."""

    def __init__(self, screen: QWidget) -> None:
        super().__init__(screen)
        self._screen = screen
        self._lines: list[_Line] = [_Line()]
        self._last_key = 0.0
        self._read_at = -1.0
        self._held = False  # whether the last separator was kept from the screen
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        # Only the first delivery (to the focused widget), not its propagation to parents.
        if watched is not QApplication.focusWidget():
            return False
        if watched is not self._screen and not self._screen.isAncestorOf(watched):
            return False
        assert isinstance(event, QKeyEvent)
        return self._key(watched, event)

    def reset(self) -> None:
        """Forget the run (and with it every character seen)."""
        self._lines = [_Line()]
        self._held = False

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        now = time.monotonic()
        if now - self._last_key > _PAUSE_S:
            self.reset()
        self._last_key = now
        chord = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier |
                                      Qt.KeyboardModifier.KeypadModifier)
        if key in _SEPARATORS and chord == Qt.KeyboardModifier.NoModifier:
            return self._separator(now)
        self._read_at = -1.0
        text = event.text()
        if chord != Qt.KeyboardModifier.NoModifier or not _ZONE_CHAR.fullmatch(text):
            self.reset()
            return False
        line = self._lines[-1]
        line.keys.append(_Keystroke(text.upper(), widget, _state(widget)))
        line.length += 1
        found = self._zone()
        if found is None:
            return False
        reading, zone = found
        self._undo(zone)
        self.reset()
        self._read_at = now
        self.sig_read.emit(reading, zone[0].widget)
        return True  # the zone's last character never reaches the field

    def _separator(self, now: float) -> bool:
        if self._read_at >= 0 and now - self._read_at < _TRAILING_S:
            return True  # what the reader sends after the last line (CR, LF, Tab)
        self._read_at = -1.0
        if self._lines[-1].length == 0:
            # A second separator in a row (a reader sending CR and LF) goes where the first
            # went.
            return self._held
        self._held = self._expects_more()
        self._lines = [*self._lines[-2:], _Line()]
        return self._held

    def _expects_more(self) -> bool:
        """Whether the line just ended is a zone line that more lines must follow."""
        current = self._lines[-1]
        if any(_is_first_line(current.tail(size)) for size in _LENGTHS):
            return True
        # The second of an identity card's three lines.
        return (current.length == 30 and len(self._lines) >= 2
                and _is_first_line(self._lines[-2].tail(30)))

    def _zone(self) -> tuple[MrzReading, list[_Keystroke]] | None:
        """The reading and keystrokes of the zone the run ends with, if it ends with one."""
        size = self._lines[-1].length
        count = _LINES.get(size, 0)
        if not count or len(self._lines) < count:
            return None
        first, *rest = self._lines[-count:]
        if any(line.length != size for line in rest) or not _is_first_line(first.tail(size)):
            return None
        zone = [*list(first.keys)[-size:], *(k for line in rest for k in line.keys)]
        text = "\n".join("".join(k.char for k in zone[i:i + size])
                         for i in range(0, len(zone), size))
        try:
            reading = read_mrz(text)
        except MrzUnreadable:
            return None
        # Keys of the clerk's own came just before the first line: take it only when every
        # check digit says it is a zone.
        if first.length != size and not reading.valid:
            return None
        return reading, zone

    def _undo(self, zone: list[_Keystroke]) -> None:
        """Put every field the zone's keystrokes reached back as it was before the first."""
        restored: list[QWidget] = []
        for keystroke in zone:
            if keystroke.widget not in restored:
                restored.append(keystroke.widget)
                _restore(keystroke.widget, keystroke.before)
        if restored and restored[0].isVisible():
            restored[0].setFocus(Qt.FocusReason.OtherFocusReason)


def _is_first_line(text: str | None) -> bool:
    return text is not None and bool(_FIRST_LINE.match(text))


__all__ = ["MrzCapture"]
