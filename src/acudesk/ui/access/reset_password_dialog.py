"""Setting a new password for someone who forgot theirs."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.users import User
from acudesk.services.users import UserService
from acudesk.ui.forms.ui_reset_password_dialog import Ui_ResetPasswordDialog
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.field_errors import FieldErrors


class ResetPasswordDialog(QDialog):
    def __init__(
        self, users: UserService, actor: User, target: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ResetPasswordDialog()
        self.ui.setupUi(self)
        self._users = users
        self._actor = actor
        self._target = target
        self.ui.introLabel.setText(
            translate(
                "ResetPasswordDialog",
                "Choose a new password for <b>{name}</b> ({username}). "
                "Tell them in person; their account is unlocked at the same time.",
            ).format(name=escape(target.display_name), username=escape(target.username))
        )
        self._errors = FieldErrors(
            {
                "password": (self.ui.passwordEdit, self.ui.passwordError),
                "confirm": (self.ui.confirmEdit, self.ui.confirmError),
            },
            fallback=self.ui.confirmError,
        )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("ResetPasswordDialog", "Set password"))
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.passwordEdit.setFocus()

    def _on_button_box_accepted(self) -> None:
        self._errors.clear()
        password = self.ui.passwordEdit.text()
        if password != self.ui.confirmEdit.text():
            self._errors.show(
                {
                    "confirm": translate(
                        "ResetPasswordDialog", "The two passwords are different. Type them again."
                    )
                }
            )
            return
        try:
            self._users.reset_password(self._actor, self._target.id, password)
        except ValidationError as error:
            self._errors.show(error.errors)
            return
        except AcudeskError as error:
            self._errors.show({"confirm": error.message})
            return
        self.accept()
