"""A person's own preferences (the language of the screens), or an admin setting someone's."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.users import INTERFACE_LANGUAGES, User
from acudesk.services.users import UserService
from acudesk.ui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from acudesk.ui.i18n import language_name, system_language, translate
from acudesk.ui.widgets.field_errors import FieldErrors


class PreferencesDialog(QDialog):
    """Saves ``target``'s language through UserService; ``user_saved`` carries the new User."""

    user_saved = Signal(object)

    def __init__(
        self, users: UserService, actor: User, target: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self._users = users
        self._actor = actor
        self._target = target
        if target.id == actor.id:
            self.ui.introLabel.setText(
                translate("PreferencesDialog", "Your preferences, {name}: only yours.").format(
                    name=escape(target.display_name)
                )
            )
        else:
            self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
            self.ui.introLabel.setText(
                translate(
                    "PreferencesDialog",
                    "Preferences for <b>{name}</b> ({username}), used from their next sign-in.",
                ).format(name=escape(target.display_name), username=escape(target.username))
            )
        combo = self.ui.languageCombo
        combo.addItem(
            translate("PreferencesDialog", "This computer's language ({language})").format(
                language=language_name(system_language())
            ),
            None,
        )
        for code in INTERFACE_LANGUAGES:
            combo.addItem(language_name(code), code)
        combo.setCurrentIndex(max(0, combo.findData(target.language)))
        self._errors = FieldErrors({"language": (combo, self.ui.languageError)})
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)
        combo.setFocus()

    def chosen_language(self) -> str | None:
        code = self.ui.languageCombo.currentData()
        return str(code) if code else None

    def _on_button_box_accepted(self) -> None:
        self._errors.clear()
        try:
            user = self._users.set_language(self._actor, self._target.id, self.chosen_language())
        except ValidationError as error:
            self._errors.show(error.errors)
            return
        except AcudeskError as error:
            self._errors.show({"language": error.message})
            return
        self.user_saved.emit(user)
        self.accept()
