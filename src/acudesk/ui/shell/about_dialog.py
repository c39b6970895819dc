"""About: versions, where the data is, which database is open."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QWidget

from acudesk import __version__
from acudesk.config import data_dir
from acudesk.ui.forms.ui_about_dialog import Ui_AboutDialog
from acudesk.ui.widgets.messages import set_logo


class AboutDialog(QDialog):
    def __init__(self, database_description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        set_logo(self.ui.logoLabel, 56)
        self.ui.versionLabel.setText(__version__)
        self.ui.databaseLabel.setText(database_description)
        self.ui.dataFolderLabel.setText(str(data_dir()))
        self.ui.qtLabel.setText(f"Qt {qVersion()}, PySide6 {PySide6.__version__}")
        self.ui.pythonLabel.setText(f"Python {platform.python_version()}")
        self.ui.buttonBox.rejected.connect(self.reject)
