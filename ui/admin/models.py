"""Thin table models of the IT admin screen: the users, and the rows an import rejected.

Both lists are small and handed over whole by the panel that read them through the core; the
models never run SQL and never write.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from checkpoint.csv_import import RejectedRow
from checkpoint.users import UserInfo
from contract.bidi import fill
from ui.messages import error_text, role_label
from ui.theme import Tone, tone_colour
from ui.times import day_text

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
USERNAME_ROLE = Qt.ItemDataRole.UserRole + 1
"""The user name of a row of ``UsersModel``."""
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The line number of a row of ``RejectedRowsModel``."""


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("admin", "Yes")
        if value
        else QCoreApplication.translate("admin", "No")
    )


class UsersModel(QAbstractTableModel):
    """Every user: name, full name, role, active, must change password, can sign in, added
    when and by (the date at the checkpoint, ``zone``)."""

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._users: list[UserInfo] = []

    def set_users(self, users: Sequence[UserInfo]) -> None:
        """Show this list (as ``checkpoint.users.list_users`` returned it)."""
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user(self, row: int) -> UserInfo | None:
        """The user on ``row``, or None."""
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, username: str) -> int:
        """The row showing ``username``, or -1."""
        return next((row for row, user in enumerate(self._users) if user.username == username),
                    -1)

    def headers(self) -> list[str]:
        """The column titles."""
        return [
            QCoreApplication.translate("admin", "User"),
            QCoreApplication.translate("admin", "Full name"),
            QCoreApplication.translate("admin", "Role"),
            QCoreApplication.translate("admin", "Active"),
            QCoreApplication.translate("admin", "Must change password"),
            QCoreApplication.translate("admin", "Can sign in"),
            QCoreApplication.translate("admin", "Added"),
        ]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.user(index.row()) if index.isValid() else None
        if user is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            added = fill(QCoreApplication.translate("admin", "%1 by %2"),
                         day_text(user.created_at, self._zone), user.created_by)
            role_text = (
                role_label(user.role.value)
                if user.role_verified
                else QCoreApplication.translate("admin", "%1 (role not verified)").replace(
                    "%1", role_label(user.role.value)
                )
            )
            values = (user.username, user.full_name, role_text,
                      _yes_no(user.active), _yes_no(user.must_change_password),
                      _yes_no(user.can_sign_in), added)
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == USERNAME_ROLE:
            return user.username
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QBrush(tone_colour(Tone.INACTIVE))  # a disabled account reads as inactive
        if role == Qt.ItemDataRole.ToolTipRole and not user.role_verified:
            return QCoreApplication.translate(
                "admin",
                "This user's role was changed outside Checkpoint and cannot be trusted. "
                "Reset their password to grant the account again.",
            )
        if role == Qt.ItemDataRole.ToolTipRole and not user.can_sign_in:
            return QCoreApplication.translate(
                "admin", "This user has no key to the database and cannot sign in."
            )
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = self.headers()
            return titles[section] if 0 <= section < len(titles) else None
        return section + 1


class RejectedRowsModel(QAbstractTableModel):
    """The rows an import rejected: line number and reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RejectedRow] = []

    def set_rows(self, rows: Sequence[RejectedRow]) -> None:
        """Show these rejected rows (from an ``ImportReport``)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return str(row.line) if role == Qt.ItemDataRole.DisplayRole else None
            if index.column() == 1:
                return error_text(row.error)  # worded by its code, in the user's language
        if role == LINE_ROLE:
            return row.line
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            QCoreApplication.translate("admin", "Line"),
            QCoreApplication.translate("admin", "Reason"),
        ]
        return titles[section] if 0 <= section < len(titles) else None
