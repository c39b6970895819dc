"""The settings page's cards that have widgets of their own: the screen lock and the daily
backups (the page's one Save saves them with the rest)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from acudesk.services.settings import SettingsService

if TYPE_CHECKING:
    from acudesk.services.auto_backup import AutoBackupService
    from acudesk.ui.clinic.backup_settings_widget import BackupSettingsWidget
    from acudesk.ui.clinic.screen_lock_settings_widget import ScreenLockSettingsWidget
    from acudesk.ui.clinic.settings_screen import SettingsScreen


def more_cards(
    screen: SettingsScreen, settings: SettingsService, backups: AutoBackupService | None
) -> tuple[ScreenLockSettingsWidget, BackupSettingsWidget | None]:
    """The screen lock's card and (when the app runs daily backups) the backups' card, under
    the handouts card; the page's one Save saves them too."""
    from acudesk.ui.clinic.backup_settings_widget import BackupSettingsWidget
    from acudesk.ui.clinic.screen_lock_settings_widget import ScreenLockSettingsWidget

    layout = screen.ui.settingsLayout
    lock = ScreenLockSettingsWidget(settings, screen._user, screen)
    layout.insertWidget(layout.indexOf(screen.handouts_card) + 1, lock)
    if backups is None:
        return lock, None
    card = BackupSettingsWidget(backups, screen._user, screen)  # folder and how many are kept
    layout.insertWidget(layout.indexOf(screen.handouts_card) + 1, card)
    return lock, card
