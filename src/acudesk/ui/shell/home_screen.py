"""Home: the clinic, who is signed in, and how many clients are on record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from acudesk.domain.changes import Changes
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.clinic import ClinicService
from acudesk.services.clock import Clock
from acudesk.store.backup_state import KEYS as BACKUP_KEYS
from acudesk.ui.forms.ui_home_screen import Ui_HomeScreen
from acudesk.ui.i18n import number_text, translate
from acudesk.ui.shell.backup_state import backup_state_text
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.widgets.theme import restyle

if TYPE_CHECKING:
    from acudesk.services.auto_backup import AutoBackupService


def greeting(hour: int) -> str:
    if hour < 12:
        return translate("HomeScreen", "Good morning")
    if hour < 18:
        return translate("HomeScreen", "Good afternoon")
    return translate("HomeScreen", "Good evening")


class HomeScreen(QWidget):
    def __init__(
        self,
        clinic: ClinicService,
        clock: Clock,
        user: User,
        relay: ChangeRelay,
        backups: AutoBackupService | None = None,
        parent: QWidget | None = None,
        *,
        today: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HomeScreen()
        self.ui.setupUi(self)
        self._clinic = clinic
        self._clock = clock
        self._backups = backups
        self._user = user
        first_name = user.display_name.split()[0] if user.display_name.strip() else user.username
        self.ui.greetingLabel.setText(
            translate("HomeScreen", "{greeting}, {name}").format(
                greeting=greeting(clock().hour), name=first_name
            )
        )
        self.ui.userNameLabel.setText(user.display_name)
        self.ui.userRoleLabel.setText(
            translate("HomeScreen", "{role} · signs in as {username}").format(
                role=user.role.label, username=user.username
            )
        )
        self.ui.tipLabel.setText(
            translate(
                "HomeScreen",
                "Press Ctrl+L to lock the screen when you step away from the desk, "
                "and Ctrl+Shift+B to back up the database.",
            )
        )
        self.today = today
        if today is not None:  # the day's appointments, between the cards and the tips
            layout = self.ui.homeLayout
            layout.insertWidget(layout.indexOf(self.ui.backupStateLabel), today, 1)
            layout.setStretch(layout.count() - 1, 0)  # the spacer: the day takes the room
        relay.changed.connect(self._on_relay_changed)
        self.refresh()

    def _on_relay_changed(self, changes: Changes) -> None:
        """Home shows the clinic's details and how many clients there are."""
        if changes.clinic or changes.clients or changes.everything:
            self.refresh()
        elif changes.touches_settings(*BACKUP_KEYS):
            self.refresh_backup()

    def refresh_backup(self) -> None:
        """The daily backup's state: when it last worked and how many are kept, or a warning."""
        label = self.ui.backupStateLabel
        label.setVisible(self._backups is not None)
        if self._backups is None:
            return
        text, warning = backup_state_text(self._backups.state(), self._clock().date())
        label.setText(text)
        label.setProperty("role", "error" if warning else "hint")
        restyle(label)

    def refresh(self) -> None:
        self.refresh_backup()
        details = self._clinic.details()
        if details is not None:
            self.ui.clinicNameLabel.setText(details.name)
            self.ui.clinicAddressLabel.setText(
                details.address or translate("HomeScreen", "No address on record")
            )
            self.ui.clinicPhoneLabel.setText(details.phone)
            self.ui.clinicPhoneLabel.setVisible(bool(details.phone))
        try:
            count = self._clinic.client_count_at_a_glance(self._user)
        except AcudeskError as error:
            self.ui.clientCountLabel.setText("—")
            self.ui.clientCountHint.setText(error.message)
            return
        shown = number_text(count.number)
        if not count.exact:
            shown = translate("HomeScreen", "about {number}").format(number=shown)
        self.ui.clientCountLabel.setText(shown)
        self.ui.clientCountHint.setText(
            translate("HomeScreen", "clients on record", None, count.number)
        )
