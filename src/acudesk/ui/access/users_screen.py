"""Users: who may sign in, with what role; add, deactivate, unlock, reset a password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from acudesk.domain.changes import Changes
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.users import UserService
from acudesk.ui.access.add_user_dialog import AddUserDialog
from acudesk.ui.access.reset_password_dialog import ResetPasswordDialog
from acudesk.ui.access.users_table_model import UsersTableModel, language_label
from acudesk.ui.forms.ui_users_screen import Ui_UsersScreen
from acudesk.ui.i18n import translate
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.widgets.theme import say


class UsersScreen(QWidget):
    def __init__(
        self,
        users: UserService,
        actor: User,
        relay: ChangeRelay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersScreen()
        self.ui.setupUi(self)
        self._users = users
        self._actor = actor
        self.model = UsersTableModel()
        self.ui.usersTable.setModel(self.model)
        header = self.ui.usersTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        self.ui.usersTable.verticalHeader().setDefaultSectionSize(34)
        self.ui.usersTable.selectionModel().selectionChanged.connect(
            self._on_users_table_selection_changed
        )
        self.ui.addButton.clicked.connect(self._on_add_button_clicked)
        self.ui.deactivateButton.clicked.connect(self._on_deactivate_button_clicked)
        self.ui.reactivateButton.clicked.connect(self._on_reactivate_button_clicked)
        self.ui.unlockButton.clicked.connect(self._on_unlock_button_clicked)
        self.ui.resetPasswordButton.clicked.connect(self._on_reset_password_button_clicked)
        self.ui.languageButton.clicked.connect(self._on_language_button_clicked)
        self._say("")
        relay.changed.connect(self._on_relay_changed)
        self.reload()

    def _on_relay_changed(self, changes: Changes) -> None:
        """A user added, changed or locked out anywhere: the list follows, selection kept."""
        if changes.users or changes.everything:
            selected = self.selected_user()
            self.reload(select_id=selected.id if selected else None)

    def reload(self, select_id: int | None = None) -> None:
        try:
            users = self._users.list_users(self._actor)
        except AcudeskError as error:
            self.model.set_users([])
            self._say(error.message, error=True)
            self._update_buttons()
            return
        self.model.set_users(users)
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.ui.usersTable.selectRow(row)
        self._update_buttons()

    def selected_user(self) -> User | None:
        rows = self.ui.usersTable.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected_user()
        self.ui.deactivateButton.setEnabled(user is not None and user.active)
        self.ui.reactivateButton.setEnabled(user is not None and not user.active)
        self.ui.unlockButton.setEnabled(user is not None and user.active)
        self.ui.resetPasswordButton.setEnabled(user is not None)
        self.ui.languageButton.setEnabled(user is not None)

    def _say(self, message: str, *, error: bool = False) -> None:
        say(self.ui.messageLabel, message, error=error)

    def _on_users_table_selection_changed(self, *_args: QItemSelection) -> None:
        self._update_buttons()

    def _act(self, action: Callable[[User], str]) -> None:
        """Run one service call on the selected user; show what happened under the table."""
        user = self.selected_user()
        if user is None:
            return
        try:
            done = action(user)
        except AcudeskError as error:
            self._say(error.message, error=True)
            return
        self.reload(select_id=user.id)
        self._say(done)

    def _on_add_button_clicked(self) -> None:
        dialog = AddUserDialog(self._users, self._actor, self)
        dialog.user_added.connect(self._on_add_user_dialog_user_added)
        _open(dialog)

    def _on_add_user_dialog_user_added(self, added: User) -> None:
        self.reload(select_id=added.id)
        self._say(
            translate("UsersScreen", "{name} can now sign in as {username}.").format(
                name=added.display_name, username=added.username
            )
        )

    def _on_deactivate_button_clicked(self) -> None:
        def deactivate(user: User) -> str:
            self._users.set_active(self._actor, user.id, False)
            return translate("UsersScreen", "{name} can no longer sign in.").format(
                name=user.display_name
            )

        self._act(deactivate)

    def _on_reactivate_button_clicked(self) -> None:
        def reactivate(user: User) -> str:
            self._users.set_active(self._actor, user.id, True)
            return translate("UsersScreen", "{name} can sign in again.").format(
                name=user.display_name
            )

        self._act(reactivate)

    def _on_unlock_button_clicked(self) -> None:
        def unlock(user: User) -> str:
            self._users.unlock(self._actor, user.id)
            return translate("UsersScreen", "{name}'s account is unlocked.").format(
                name=user.display_name
            )

        self._act(unlock)

    def _on_reset_password_button_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(self._users, self._actor, user, self)
        dialog.accepted.connect(
            lambda: self._say(
                translate("UsersScreen", "{name} has a new password.").format(
                    name=user.display_name
                )
            )
        )
        _open(dialog)

    def _on_language_button_clicked(self) -> QDialog | None:
        from acudesk.ui.shell.preferences_dialog import PreferencesDialog

        user = self.selected_user()
        if user is None:
            return None
        dialog = PreferencesDialog(self._users, self._actor, user, self)
        dialog.user_saved.connect(self._on_preferences_dialog_user_saved)
        _open(dialog)
        return dialog

    def _on_preferences_dialog_user_saved(self, user: User) -> None:
        self.reload(select_id=user.id)
        self._say(
            translate(
                "UsersScreen", "{name}'s screens are in {language} from their next sign-in."
            ).format(name=user.display_name, language=language_label(user))
        )


def _open(dialog: QDialog) -> None:
    """Window-modal and deleted when closed: the screen does not block waiting for it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
