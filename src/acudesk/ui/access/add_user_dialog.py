"""Adding a user: the dialog stays open, with what was typed, until the service accepts it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.users import NewUser, Role, User
from acudesk.services.users import UserService
from acudesk.ui.forms.ui_add_user_dialog import Ui_AddUserDialog
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.field_errors import FieldErrors


class AddUserDialog(QDialog):
    """Accepted once the user exists; ``user_added`` carries the new user."""

    user_added = Signal(object)

    def __init__(self, users: UserService, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddUserDialog()
        self.ui.setupUi(self)
        self._users = users
        self._actor = actor
        for role in (Role.RECEPTION, Role.PRACTITIONER, Role.ADMIN):
            self.ui.roleCombo.addItem(role.label, role)
        self._errors = FieldErrors(
            {
                "display_name": (self.ui.displayNameEdit, self.ui.displayNameError),
                "username": (self.ui.usernameEdit, self.ui.usernameError),
                "role": (self.ui.roleCombo, self.ui.roleError),
                "password": (self.ui.passwordEdit, self.ui.passwordError),
            },
            fallback=self.ui.roleError,
        )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("AddUserDialog", "Add user"))
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.displayNameEdit.setFocus()

    def new_user(self) -> NewUser:
        ui = self.ui
        return NewUser(
            ui.usernameEdit.text(),
            ui.displayNameEdit.text(),
            Role(ui.roleCombo.currentData()),
            ui.passwordEdit.text(),
        )

    def _on_button_box_accepted(self) -> None:
        self._errors.clear()
        try:
            added = self._users.add_user(self._actor, self.new_user())
        except ValidationError as error:
            self._errors.show(error.errors)
            return
        except AcudeskError as error:
            self._errors.show({error.field or "role": error.message})
            return
        self.accept()
        self.user_added.emit(added)
