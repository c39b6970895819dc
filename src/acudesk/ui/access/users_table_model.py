"""A thin Qt adapter over a plain list of domain ``User`` objects."""

from __future__ import annotations

from PySide6.QtCore import Qt

from acudesk.domain.users import User
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, language_name, translate
from acudesk.ui.widgets.table_model import TEXT_ROLES, RowsTableModel


def language_label(user: User) -> str:
    """ "Italiano", or "Computer's language" when the person has not chosen."""
    if user.language is None:
        return translate("UsersTableModel", "Computer's language")
    return language_name(user.language)


class UsersTableModel(RowsTableModel):
    context = "UsersTableModel"
    headers = (
        QT_TRANSLATE_NOOP("UsersTableModel", "Username"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Name"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Role"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Language"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Status"),
    )

    def __init__(self, users: list[User] | None = None) -> None:
        super().__init__()
        self.set_rows(list(users or []))

    def set_users(self, users: list[User]) -> None:
        self.set_rows(users)

    def user_at(self, row: int) -> User | None:
        user: User | None = self.item_at(row)
        return user

    def cell(self, item: User, column: int, role: int) -> object:
        if role in TEXT_ROLES:
            return (
                item.username,
                item.display_name,
                item.role.label,
                language_label(item),
                translate("UsersTableModel", "Active")
                if item.active
                else translate("UsersTableModel", "Deactivated"),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return Qt.GlobalColor.gray
        return None
