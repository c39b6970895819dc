"""A thin Qt adapter over a plain list of domain ``User`` objects."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from acudesk.domain.users import User

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Username", "Name", "Role", "Status")


class UsersTableModel(QAbstractTableModel):
    def __init__(self, users: list[User] | None = None) -> None:
        super().__init__()
        self._users: list[User] = list(users or [])

    def set_users(self, users: list[User]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> User | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, user_id: int) -> int:
        return next((i for i, u in enumerate(self._users) if u.id == user_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        user = self.user_at(index.row())
        if user is None or not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                user.username,
                user.display_name,
                user.role.label,
                "Active" if user.active else "Deactivated",
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return Qt.GlobalColor.gray
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None
