"""The Screen lock card of the clinic settings: minutes without use before the screens lock."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QWidget

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.settings import IDLE_LOCK_KEY
from acudesk.domain.users import User
from acudesk.services.settings import SettingsService
from acudesk.ui.forms.ui_screen_lock_settings_widget import Ui_ScreenLockSettingsWidget
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.field_errors import FieldErrors


class ScreenLockSettingsWidget(QFrame):
    def __init__(
        self, settings: SettingsService, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ScreenLockSettingsWidget()
        self.ui.setupUi(self)
        self._settings = settings
        self._user = user
        self._errors = FieldErrors({IDLE_LOCK_KEY: (self.ui.idleSpin, self.ui.idleError)})
        self.ui.idleSpin.valueChanged.connect(self._on_idle_spin_value_changed)
        self._say("")
        self.load()

    def load(self) -> None:
        self.ui.idleSpin.setValue(self._settings.idle_lock_minutes())
        self._on_idle_spin_value_changed(self.ui.idleSpin.value())
        self._loaded = self.ui.idleSpin.value()

    def has_unsaved_changes(self) -> bool:
        return self.ui.idleSpin.value() != self._loaded

    def _on_idle_spin_value_changed(self, minutes: int) -> None:
        self.ui.idleSpin.setSuffix(
            translate("ScreenLockSettingsWidget", " minute(s) without use", None, minutes)
        )

    def save(self) -> bool:
        """Save the minutes (the settings page's one Save calls it); False when refused."""
        try:
            saved = self._settings.set_idle_lock_minutes(self._user, self.ui.idleSpin.value())
        except ValidationError as error:
            self._errors.show(error.errors)
            return False
        except AcudeskError as error:
            self._errors.show({IDLE_LOCK_KEY: error.message})
            return False
        self._errors.clear()
        self._loaded = saved
        self._say(
            translate(
                "ScreenLockSettingsWidget",
                "Saved. The screens lock after %n minute(s) without use.",
                None,
                saved,
            )
        )
        return True

    def _say(self, text: str) -> None:
        label: QLabel = self.ui.lockNotice
        label.setText(text)
        label.setVisible(bool(text))
