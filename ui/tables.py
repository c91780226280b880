"""The app's lists: read-only tables of whole rows (nothing is ever edited in a cell)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from checkpoint.bidi import isolate


class IsolatingDelegate(QStyledItemDelegate):
    """Draws every cell's text as a bidi isolate: a cell is laid out in the table's direction,
    so without it "0 to 17 years" reads "to 17 years 0" and "2025-04-01 16:56" reads
    "16:56 2025-04-01" in a right-to-left table. Models keep plain text."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.text = isolate(option.text)


def list_view(model: QAbstractItemModel, name: str) -> QTableView:
    """A table over ``model`` that selects whole rows, never edits, has no row numbers, and
    keeps each cell's text in its own reading order."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegate(IsolatingDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    return view
