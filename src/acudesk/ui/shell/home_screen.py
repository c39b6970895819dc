"""Home: the clinic, who is signed in, and how many clients are on record."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_home_screen import Ui_HomeScreen


def greeting(hour: int) -> str:
    if hour < 12:
        return "Good morning"
    if hour < 18:
        return "Good afternoon"
    return "Good evening"


class HomeScreen(QWidget):
    def __init__(self, services: Services, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HomeScreen()
        self.ui.setupUi(self)
        self._services = services
        self._user = user
        first_name = user.display_name.split()[0] if user.display_name.strip() else user.username
        self.ui.greetingLabel.setText(f"{greeting(services.clock().hour)}, {first_name}")
        self.ui.userNameLabel.setText(user.display_name)
        self.ui.userRoleLabel.setText(f"{user.role.label} · signs in as {user.username}")
        self.ui.tipLabel.setText(
            "Press Ctrl+L to lock the screen when you step away from the desk, "
            "and Ctrl+Shift+B to back up the database."
        )
        self.refresh()

    def refresh(self) -> None:
        details = self._services.clinic.details()
        if details is not None:
            self.ui.clinicNameLabel.setText(details.name)
            self.ui.clinicAddressLabel.setText(details.address or "No address on record")
            self.ui.clinicPhoneLabel.setText(details.phone)
            self.ui.clinicPhoneLabel.setVisible(bool(details.phone))
        try:
            count = self._services.clinic.client_count(self._user)
        except AcudeskError as error:
            self.ui.clientCountLabel.setText("—")
            self.ui.clientCountHint.setText(error.message)
            return
        self.ui.clientCountLabel.setText(f"{count:,}")
        self.ui.clientCountHint.setText("client on record" if count == 1 else "clients on record")
