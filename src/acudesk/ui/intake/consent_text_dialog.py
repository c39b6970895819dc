"""For admins: the informed-consent text clients read on the intake form."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QWidget

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.settings import DEFAULT_CONSENT_TEXT, ClinicSettings
from acudesk.domain.users import User
from acudesk.services.settings import SettingsService
from acudesk.ui.forms.ui_consent_text_dialog import Ui_ConsentTextDialog
from acudesk.ui.widgets.field_errors import FieldErrors


class ConsentTextDialog(QDialog):
    """One text box; Save makes one call, settings.update (admins only)."""

    def __init__(
        self, settings: SettingsService, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsentTextDialog()
        self.ui.setupUi(self)
        self._service = settings
        self._user = user
        self._settings: ClinicSettings = settings.current()
        self.ui.consentTextEdit.setPlainText(self._settings.consent_text)
        self._errors = FieldErrors(
            {"consent_text": (self.ui.consentTextEdit, self.ui.consentTextError)},
            fallback=self.ui.consentTextError,
        )
        self.ui.saveButton.clicked.connect(self._on_save_button_clicked)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.defaultButton.clicked.connect(self._on_default_button_clicked)

    def _on_default_button_clicked(self) -> None:
        self.ui.consentTextEdit.setPlainText(DEFAULT_CONSENT_TEXT)

    def _on_save_button_clicked(self) -> None:
        wanted = dataclasses.replace(
            self._settings, consent_text=self.ui.consentTextEdit.toPlainText()
        )
        try:
            self._settings = self._service.update(self._user, wanted)
        except ValidationError as error:
            self._errors.show(error.errors)
            return
        except AcudeskError as error:  # e.g. not an admin
            self._errors.show({"consent_text": error.message})
            return
        self.accept()
