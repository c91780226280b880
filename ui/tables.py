"""The app's lists: read-only tables of whole rows (nothing is ever edited in a cell), and the
find boxes that lead into them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from contract.bidi import isolate


class ListView(QTableView):
    """A list whose highlighted row is always the selected one.

    Qt gives a list it tabs into a current row without selecting it, so the row a keyboard
    user sees marked and the row a button acts on could differ; here they are the same row
    (the first, when none was chosen yet)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.select_current_row()

    def select_current_row(self) -> None:
        """Select the current row, or the first row if there is none."""
        model, selection = self.model(), self.selectionModel()
        if model is None or selection is None or model.rowCount() == 0:
            return
        current = self.currentIndex()
        if not current.isValid():
            current = model.index(0, 0)
        if not selection.isRowSelected(current.row(), current.parent()):
            flags = QItemSelectionModel.SelectionFlag
            selection.setCurrentIndex(current, flags.ClearAndSelect | flags.Rows)


class IsolatingDelegate(QStyledItemDelegate):
    """Draws every cell's text as a bidi isolate: a cell is laid out in the table's direction,
    so without it "0 to 17 years" reads "to 17 years 0" and "2025-04-01 16:56" reads
    "16:56 2025-04-01" in a right-to-left table. Models keep plain text."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.text = isolate(option.text)


def list_view(model: QAbstractItemModel, name: str) -> ListView:
    """A table over ``model`` that selects whole rows, never edits, has no row numbers, keeps
    each cell's text in its own reading order, and is left with Tab while arrows move in it."""
    view = ListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegate(IsolatingDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the list (never traps a keyboard user in it)
    view.verticalHeader().hide()
    return view


# Keys that mean "to the matches" in a find box; a QLineEdit does nothing with them itself.
_TO_MATCHES = {Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp}
_ENTER = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class _FindKeys(QObject):
    def __init__(self, box: QLineEdit, matches: QWidget, search: Callable[[], None]) -> None:
        super().__init__(box)
        self.matches = matches
        self.search = search

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.key() in _ENTER:
            self.search()
        elif event.key() not in _TO_MATCHES:
            return False
        if self.matches.isEnabled():
            self.matches.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def lead_into(box: QLineEdit, matches: QWidget, search: Callable[[], None]) -> None:
    """Make ``box`` a find box for ``matches``, the same way on every screen: Enter runs
    ``search`` at once and goes to the matches; Down, Up, Page Down and Page Up go to the
    matches, on the row already chosen or the first. A second Enter acts on that row."""
    box.installEventFilter(_FindKeys(box, matches, search))
