"""What the idle lock does to the app's other windows: hides and disables every one of them
while the lock page shows, brings each back as it was on unlock, and lets the lock key work
from any of them.

The main window's own "Lock now" action only fires while the main window is active (a
window-modal record or correction dialog blocks its shortcuts), so the key is also watched
application-wide here. Windows are hidden, never closed: a dialog keeps what was typed in it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

# Windows that show no data and vanish by themselves when focus moves: never hidden by us.
_TRANSIENT = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


def _depth(window: QWidget) -> int:
    depth, parent = 0, window.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


class LockCover(QObject):
    """Covers every window of the app but ``main`` while ``main`` is locked."""

    sig_lock_requested = Signal()
    """The lock key was pressed in one of the app's other windows."""

    def __init__(self, main: QWidget, lock_keys: QKeySequence) -> None:
        super().__init__(main)
        self._main = main
        self._lock_keys = lock_keys
        self._hidden: list[tuple[QWidget, bool]] = []
        self._active: QWidget | None = None
        self._allowed: QWidget | None = None
        self._locked = False
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def hidden_windows(self) -> list[QWidget]:
        """The windows hidden by the lock, oldest first."""
        return [window for window, _enabled in self._hidden if shiboken6.isValid(window)]

    def cover(self) -> None:
        """Hide and disable every other visible window (popups just close)."""
        self._locked = True
        self._active = QApplication.activeWindow()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for window in QApplication.topLevelWidgets():
            self._hide(window)

    def uncover(self) -> None:
        """Show the hidden windows again, enabled as they were; the keyboard goes back to the
        window that had it (or to the modal dialog that blocks it)."""
        self._locked = False
        hidden = [(w, enabled) for w, enabled in self._hidden if shiboken6.isValid(w)]
        self._hidden = []
        # A dialog before the dialogs it opened: each modal one must be shown after the one it
        # blocks, or the stack of modal windows comes back upside down.
        hidden.sort(key=lambda item: _depth(item[0]))
        for window, enabled in hidden:
            window.setEnabled(enabled)
            window.show()
        active = self._active if self._active is not None and shiboken6.isValid(self._active) \
            else None
        target = QApplication.activeModalWidget() or active
        if target is not None and target is not self._main:
            target.raise_()
            target.activateWindow()

    def allow(self, window: QWidget) -> None:
        """Let ``window`` show while locked: it belongs to the lock itself (signing out from
        the lock page asks its question there)."""
        self._allowed = window

    def stop(self) -> None:
        """Stop watching (the main window is closing)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _hide(self, window: QWidget) -> None:
        if (window is self._main or window is self._allowed or not window.isWindow()
                or not window.isVisible()
                or window.windowType() in _TRANSIENT
                or any(w is window for w, _enabled in self._hidden)):
            return
        # Its own setting, not one inherited from a parent window hidden a moment ago.
        disabled = window.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
        self._hidden.append((window, not disabled))
        window.setEnabled(False)  # nothing in it acts, even if something calls it
        window.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and not self._locked and isinstance(event, QKeyEvent) \
                and self._in_other_window(watched) \
                and QKeySequence(event.keyCombination()) == self._lock_keys:
            self.sig_lock_requested.emit()
            return True
        if kind == QEvent.Type.Show and self._locked and isinstance(watched, QWidget) \
                and watched.isWindow():
            # A window opened while locked (a late answer's dialog) waits behind the lock too.
            QTimer.singleShot(0, self, lambda: self._hide_late(watched))
        return False

    def _hide_late(self, window: QWidget) -> None:
        if self._locked and shiboken6.isValid(window):
            self._hide(window)

    def _in_other_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and shiboken6.isValid(self._main) \
            and watched.window() is not self._main
