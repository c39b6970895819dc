"""The Daily backup card of the clinic settings: the backups folder and how many are kept."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QWidget

from acudesk.domain.backups import BackupSchedule
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.users import User
from acudesk.services.auto_backup import AutoBackupService
from acudesk.ui.forms.ui_backup_settings_widget import Ui_BackupSettingsWidget
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.field_errors import FieldErrors


class BackupSettingsWidget(QFrame):
    def __init__(
        self, backups: AutoBackupService, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupSettingsWidget()
        self.ui.setupUi(self)
        self._backups = backups
        self._user = user
        ui = self.ui
        self._errors = FieldErrors(
            {
                "backup_folder": (ui.folderEdit, ui.folderError),
                "backup_keep": (ui.keepSpin, ui.keepError),
            }
        )
        ui.chooseFolderButton.clicked.connect(self._on_choose_folder_button_clicked)
        self._say("")
        self.load()

    def load(self) -> None:
        schedule = self._backups.schedule()
        self.ui.folderEdit.setText(schedule.folder)
        self.ui.folderEdit.setPlaceholderText(str(self._backups.default_folder()))
        self.ui.keepSpin.setValue(schedule.keep)
        self._loaded = self.value()

    def value(self) -> BackupSchedule:
        return BackupSchedule(self.ui.folderEdit.text().strip(), self.ui.keepSpin.value())

    def has_unsaved_changes(self) -> bool:
        return self.value() != self._loaded

    def _on_choose_folder_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            translate("BackupSettingsWidget", "Choose the backups folder"),
            str(self._backups.folder()),
        )
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def save(self) -> bool:
        try:
            saved = self._backups.update_schedule(self._user, self.value())
        except ValidationError as error:
            self._errors.show(error.errors)
            return False
        except AcudeskError as error:
            self._errors.show({"backup_folder": error.message})
            return False
        self._errors.clear()
        self._loaded = saved
        self._say(
            translate("BackupSettingsWidget", "Saved. Daily backups go to {folder}.").format(
                folder=self._backups.folder()
            )
        )
        return True

    def _say(self, text: str) -> None:
        label: QLabel = self.ui.backupsNotice
        label.setText(text)
        label.setVisible(bool(text))
