"""Help → Keyboard shortcuts: every key the signed-in user's screens answer to, read from the
shortcuts themselves, so the list cannot drift from what the keys do.

A shortcut is listed when it says what it does: a menu action's text, or a ``QShortcut``'s
``whatsThis`` (set where the shortcut is made). Alt + an underlined letter is not listed: the
underline shows it where it works.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


def _keys(sequence: QKeySequence) -> str:
    # Isolated left to right, so "Ctrl+Shift+D" reads the same in a right-to-left table.
    return "\u2066" + sequence.toString(QKeySequence.SequenceFormat.NativeText) + "\u2069"


def listed_shortcuts(window: QMainWindow, tabs: QTabWidget) -> list[tuple[str, str, str]]:
    """(where, keys, what) for each shortcut of ``window`` that says what it does."""
    everywhere = QCoreApplication.translate("ShortcutsWindow", "Everywhere")
    rows: list[tuple[str, str, str]] = []
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.text():
            rows.append((everywhere, _keys(action.shortcut()), action.text().replace("&", "")))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis() and not shortcut.key().isEmpty():
            parent = shortcut.parent()
            where = _screen_of(parent, tabs) if isinstance(parent, QWidget) else ""
            rows.append((where or everywhere,
                         _keys(shortcut.key()), shortcut.whatsThis()))
    return rows


def _screen_of(widget: QWidget, tabs: QTabWidget) -> str:
    for index in range(tabs.count()):
        screen = tabs.widget(index)
        if screen is not None and (widget is screen or screen.isAncestorOf(widget)):
            return tabs.tabText(index).replace("&", "")
    return ""


class ShortcutsWindow(QDialog):
    """The keys of this session's screens in one table; Esc closes it."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_help")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcuts")
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"),
                                              self.tr("What it does")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        note = QLabel(self.tr("Alt and an underlined letter goes to that field or presses "
                              "that button. A correction uses the same keys as New crossing."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 520)
