"""The app's lists: read-only tables of whole rows (nothing is ever edited in a cell)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


def list_view(model: QAbstractItemModel, name: str) -> QTableView:
    """A table over ``model`` that selects whole rows, never edits, and has no row numbers."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    return view
