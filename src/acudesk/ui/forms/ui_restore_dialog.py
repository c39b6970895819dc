# Generated from forms/restore_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog) -> None:
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(600, 300)
        RestoreDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(RestoreDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 24, 28, 20)
        self.titleLabel = QLabel(RestoreDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.backupCaption = QLabel(RestoreDialog)
        self.backupCaption.setObjectName(u"backupCaption")
        self.backupCaption.setProperty(u"role", u"caption")

        self.mainLayout.addWidget(self.backupCaption)

        self.backupLabel = QLabel(RestoreDialog)
        self.backupLabel.setObjectName(u"backupLabel")
        self.backupLabel.setWordWrap(True)
        self.backupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.backupLabel)

        self.replacedCaption = QLabel(RestoreDialog)
        self.replacedCaption.setObjectName(u"replacedCaption")
        self.replacedCaption.setProperty(u"role", u"caption")

        self.mainLayout.addWidget(self.replacedCaption)

        self.replacedLabel = QLabel(RestoreDialog)
        self.replacedLabel.setObjectName(u"replacedLabel")
        self.replacedLabel.setWordWrap(True)
        self.replacedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.replacedLabel)

        self.noteLabel = QLabel(RestoreDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.noteLabel)

        self.stretch = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.stretch)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog) -> None:
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from a backup \u2014 acudesk", None))
        self.titleLabel.setText(QCoreApplication.translate("RestoreDialog", u"Replace the whole database by this backup?", None))
        self.backupCaption.setText(QCoreApplication.translate("RestoreDialog", u"THE BACKUP", None))
#if QT_CONFIG(accessibility)
        self.backupLabel.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Backup to restore", None))
#endif // QT_CONFIG(accessibility)
        self.replacedCaption.setText(QCoreApplication.translate("RestoreDialog", u"WHAT IT REPLACES", None))
#if QT_CONFIG(accessibility)
        self.replacedLabel.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Database replaced", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteLabel.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"What happens", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

