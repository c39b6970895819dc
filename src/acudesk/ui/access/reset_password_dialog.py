"""Setting a new password for someone who forgot theirs."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_reset_password_dialog import Ui_ResetPasswordDialog
from acudesk.ui.widgets.field_errors import FieldErrors


class ResetPasswordDialog(QDialog):
    def __init__(
        self, services: Services, actor: User, target: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ResetPasswordDialog()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self._target = target
        self.ui.introLabel.setText(
            f"Choose a new password for <b>{target.display_name}</b> ({target.username}). "
            "Tell them in person; their account is unlocked at the same time."
        )
        self._errors = FieldErrors(
            {
                "password": (self.ui.passwordEdit, self.ui.passwordError),
                "confirm": (self.ui.confirmEdit, self.ui.confirmError),
            },
            fallback=self.ui.confirmError,
        )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Set password")
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.passwordEdit.setFocus()

    def _on_button_box_accepted(self) -> None:
        self._errors.clear()
        password = self.ui.passwordEdit.text()
        if password != self.ui.confirmEdit.text():
            self._errors.show({"confirm": "The two passwords are different. Type them again."})
            return
        try:
            self._services.users.reset_password(self._actor, self._target.id, password)
        except ValidationError as error:
            self._errors.show(error.errors)
            return
        except AcudeskError as error:
            self._errors.show({"confirm": error.message})
            return
        self.accept()
