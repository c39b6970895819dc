"""The settings page's cards that have widgets of their own: the screen lock, the daily
backups and the reminders (the page's one Save saves them with the rest)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from acudesk.services.settings import SettingsService

if TYPE_CHECKING:
    from acudesk.services.auto_backup import AutoBackupService
    from acudesk.services.reminder_settings import ReminderSettingsService
    from acudesk.ui.clinic.backup_settings_widget import BackupSettingsWidget
    from acudesk.ui.clinic.reminder_settings_widget import ReminderSettingsWidget
    from acudesk.ui.clinic.screen_lock_settings_widget import ScreenLockSettingsWidget
    from acudesk.ui.clinic.settings_screen import SettingsScreen

REMINDER_KEYS = ("reminders",)  # the setting the reminders card shows (store.reminders)


class ExtraCard(Protocol):
    """What the page asks of each of these cards."""

    def load(self) -> None: ...
    def has_unsaved_changes(self) -> bool: ...
    def save(self) -> bool: ...


def more_cards(
    screen: SettingsScreen,
    settings: SettingsService,
    backups: AutoBackupService | None,
    reminders: ReminderSettingsService | None = None,
) -> tuple[ScreenLockSettingsWidget, BackupSettingsWidget | None, ReminderSettingsWidget | None]:
    """The screen lock's card, (when the app runs daily backups) the backups' card, under the
    handouts card, and (given the service) the reminders' card at the end."""
    from acudesk.ui.clinic.backup_settings_widget import BackupSettingsWidget
    from acudesk.ui.clinic.reminder_settings_widget import ReminderSettingsWidget
    from acudesk.ui.clinic.screen_lock_settings_widget import ScreenLockSettingsWidget

    layout = screen.ui.settingsLayout
    lock = ScreenLockSettingsWidget(settings, screen._user, screen)
    layout.insertWidget(layout.indexOf(screen.handouts_card) + 1, lock)
    card = None
    if backups is not None:
        card = BackupSettingsWidget(backups, screen._user, screen)  # folder, how many are kept
        layout.insertWidget(layout.indexOf(screen.handouts_card) + 1, card)
    remind = None
    if reminders is not None:
        remind = ReminderSettingsWidget(reminders, screen._user, screen)
        layout.insertWidget(layout.indexOf(lock) + 1, remind)
    return lock, card, remind
