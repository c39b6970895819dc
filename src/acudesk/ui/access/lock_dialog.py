"""The locked screen: only the same user's password (or signing out) gets past it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.users import UserService
from acudesk.ui.forms.ui_lock_dialog import Ui_LockDialog
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.field_errors import FieldErrors


class LockDialog(QDialog):
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(
        self,
        users: UserService,
        user: User,
        parent: QWidget | None = None,
        idle_minutes: int = 0,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        self._users = users
        self._user = user
        self._may_close = False
        self._errors = FieldErrors({"password": (self.ui.passwordEdit, self.ui.passwordError)})
        who = translate(
            "LockDialog",
            "{name} locked acudesk. Enter your password to carry on, "
            "or sign out so someone else can sign in.",
        )
        if idle_minutes:  # locked by itself: say so, not that the person did
            who = translate(
                "LockDialog",
                "acudesk locked itself after %n minute(s) without use. {name}: enter your "
                "password to carry on, or sign out so someone else can sign in.",
                None,
                idle_minutes,
            )
        self.ui.whoLabel.setText(who.format(name=user.display_name))
        self.ui.unlockButton.clicked.connect(self._on_unlock_clicked)
        self.ui.signOutButton.clicked.connect(self._on_sign_out_clicked)
        self.ui.passwordEdit.setFocus()
        # A fixed width lets wrapped labels (a long clinic name, messages) get their height.
        self.setFixedWidth(420)
        self.ensurePolished()  # the style sheet's fonts decide the heights
        self.adjustSize()  # room for the wrapped explanation

    def _on_unlock_clicked(self) -> None:
        try:
            self._users.confirm_password(self._user, self.ui.passwordEdit.text())
        except AcudeskError as error:
            self.ui.passwordEdit.clear()
            self._errors.show({"password": error.message})
            return
        self._may_close = True
        self.accept()
        self.unlocked.emit()

    def _on_sign_out_clicked(self) -> None:
        """Asks to sign out: the lock closes this user's windows first (close_for_sign_out)."""
        self.sign_out_requested.emit()

    def refuse_sign_out(self, message: str) -> None:
        self._errors.show({"password": message})

    def close_for_sign_out(self) -> None:
        self._may_close = True
        self.accept()

    def reject(self) -> None:
        """Escape does not get past a locked screen."""

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()
