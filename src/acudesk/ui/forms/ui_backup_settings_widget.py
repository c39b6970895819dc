# Generated from forms/backup_settings_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_settings_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox

class Ui_BackupSettingsWidget(object):
    def setupUi(self, BackupSettingsWidget) -> None:
        if not BackupSettingsWidget.objectName():
            BackupSettingsWidget.setObjectName(u"BackupSettingsWidget")
        BackupSettingsWidget.resize(760, 220)
        BackupSettingsWidget.setProperty(u"role", u"card")
        self.backupsGrid = QGridLayout(BackupSettingsWidget)
        self.backupsGrid.setObjectName(u"backupsGrid")
        self.backupsGrid.setHorizontalSpacing(14)
        self.backupsGrid.setVerticalSpacing(6)
        self.backupsCaption = QLabel(BackupSettingsWidget)
        self.backupsCaption.setObjectName(u"backupsCaption")
        self.backupsCaption.setProperty(u"role", u"caption")

        self.backupsGrid.addWidget(self.backupsCaption, 0, 0, 1, 3)

        self.folderLabel = QLabel(BackupSettingsWidget)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setProperty(u"role", u"fieldname")

        self.backupsGrid.addWidget(self.folderLabel, 1, 0, 1, 1)

        self.folderEdit = QLineEdit(BackupSettingsWidget)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setMaxLength(1000)

        self.backupsGrid.addWidget(self.folderEdit, 1, 1, 1, 1)

        self.chooseFolderButton = QPushButton(BackupSettingsWidget)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.backupsGrid.addWidget(self.chooseFolderButton, 1, 2, 1, 1)

        self.folderError = QLabel(BackupSettingsWidget)
        self.folderError.setObjectName(u"folderError")
        self.folderError.setWordWrap(True)
        self.folderError.setProperty(u"role", u"error")

        self.backupsGrid.addWidget(self.folderError, 2, 1, 1, 2)

        self.keepLabel = QLabel(BackupSettingsWidget)
        self.keepLabel.setObjectName(u"keepLabel")
        self.keepLabel.setProperty(u"role", u"fieldname")

        self.backupsGrid.addWidget(self.keepLabel, 3, 0, 1, 1)

        self.keepSpin = QSpinBox(BackupSettingsWidget)
        self.keepSpin.setObjectName(u"keepSpin")
        self.keepSpin.setMinimum(1)
        self.keepSpin.setMaximum(365)
        self.keepSpin.setMaximumSize(QSize(120, 16777215))

        self.backupsGrid.addWidget(self.keepSpin, 3, 1, 1, 1)

        self.keepError = QLabel(BackupSettingsWidget)
        self.keepError.setObjectName(u"keepError")
        self.keepError.setWordWrap(True)
        self.keepError.setProperty(u"role", u"error")

        self.backupsGrid.addWidget(self.keepError, 4, 1, 1, 2)

        self.backupsHint = QLabel(BackupSettingsWidget)
        self.backupsHint.setObjectName(u"backupsHint")
        self.backupsHint.setWordWrap(True)
        self.backupsHint.setProperty(u"role", u"hint")

        self.backupsGrid.addWidget(self.backupsHint, 5, 1, 1, 2)

        self.backupsButtons = QHBoxLayout()
        self.backupsButtons.setObjectName(u"backupsButtons")
        self.backupsNotice = QLabel(BackupSettingsWidget)
        self.backupsNotice.setObjectName(u"backupsNotice")
        self.backupsNotice.setProperty(u"role", u"notice")

        self.backupsButtons.addWidget(self.backupsNotice)

        self.backupsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupsButtons.addItem(self.backupsSpacer)


        self.backupsGrid.addLayout(self.backupsButtons, 6, 0, 1, 3)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
        self.keepLabel.setBuddy(self.keepSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BackupSettingsWidget)

        QMetaObject.connectSlotsByName(BackupSettingsWidget)
    # setupUi

    def retranslateUi(self, BackupSettingsWidget) -> None:
#if QT_CONFIG(accessibility)
        BackupSettingsWidget.setAccessibleName(QCoreApplication.translate("BackupSettingsWidget", u"Backups", None))
#endif // QT_CONFIG(accessibility)
        self.backupsCaption.setText(QCoreApplication.translate("BackupSettingsWidget", u"DAILY BACKUP", None))
        self.folderLabel.setText(QCoreApplication.translate("BackupSettingsWidget", u"Backups &folder", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("BackupSettingsWidget", u"Backups folder", None))
#endif // QT_CONFIG(accessibility)
        self.chooseFolderButton.setText(QCoreApplication.translate("BackupSettingsWidget", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseFolderButton.setAccessibleName(QCoreApplication.translate("BackupSettingsWidget", u"Choose backups folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.folderError.setAccessibleName(QCoreApplication.translate("BackupSettingsWidget", u"Backups folder message", None))
#endif // QT_CONFIG(accessibility)
        self.keepLabel.setText(QCoreApplication.translate("BackupSettingsWidget", u"&Keep the last", None))
#if QT_CONFIG(accessibility)
        self.keepSpin.setAccessibleName(QCoreApplication.translate("BackupSettingsWidget", u"Backups kept", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.keepError.setAccessibleName(QCoreApplication.translate("BackupSettingsWidget", u"Backups kept message", None))
#endif // QT_CONFIG(accessibility)
        self.backupsHint.setText(QCoreApplication.translate("BackupSettingsWidget", u"The first sign-in of each day backs up the whole database into this folder; older backups beyond this number are deleted. Leave the folder empty for the backups folder next to the database.", None))
#if QT_CONFIG(accessibility)
        self.backupsNotice.setAccessibleName(QCoreApplication.translate("BackupSettingsWidget", u"Backup settings saved", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

