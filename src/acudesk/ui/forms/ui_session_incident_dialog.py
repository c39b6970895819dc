# Generated from forms/session_incident_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_incident_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_SessionIncidentDialog(object):
    def setupUi(self, SessionIncidentDialog) -> None:
        if not SessionIncidentDialog.objectName():
            SessionIncidentDialog.setObjectName(u"SessionIncidentDialog")
        SessionIncidentDialog.resize(460, 380)
        SessionIncidentDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(SessionIncidentDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 18)
        self.titleLabel = QLabel(SessionIncidentDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"heading")

        self.mainLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(SessionIncidentDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)
        self.countLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.countLabel)

        self.gap6 = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.gap6)

        self.searchedLabel = QLabel(SessionIncidentDialog)
        self.searchedLabel.setObjectName(u"searchedLabel")
        self.searchedLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.searchedLabel)

        self.searchedEdit = QLineEdit(SessionIncidentDialog)
        self.searchedEdit.setObjectName(u"searchedEdit")
        self.searchedEdit.setMaxLength(500)

        self.mainLayout.addWidget(self.searchedEdit)

        self.searchedMessage = QLabel(SessionIncidentDialog)
        self.searchedMessage.setObjectName(u"searchedMessage")
        self.searchedMessage.setWordWrap(True)
        self.searchedMessage.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.searchedMessage)

        self.foundLabel = QLabel(SessionIncidentDialog)
        self.foundLabel.setObjectName(u"foundLabel")
        self.foundLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.foundLabel)

        self.foundLayout = QHBoxLayout()
        self.foundLayout.setSpacing(18)
        self.foundLayout.setObjectName(u"foundLayout")
        self.foundYesRadio = QRadioButton(SessionIncidentDialog)
        self.foundYesRadio.setObjectName(u"foundYesRadio")

        self.foundLayout.addWidget(self.foundYesRadio)

        self.foundNoRadio = QRadioButton(SessionIncidentDialog)
        self.foundNoRadio.setObjectName(u"foundNoRadio")

        self.foundLayout.addWidget(self.foundNoRadio)

        self.foundLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.foundLayout.addItem(self.foundLayoutSpacer)


        self.mainLayout.addLayout(self.foundLayout)

        self.foundMessage = QLabel(SessionIncidentDialog)
        self.foundMessage.setObjectName(u"foundMessage")
        self.foundMessage.setWordWrap(True)
        self.foundMessage.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.foundMessage)

        self.actionLabel = QLabel(SessionIncidentDialog)
        self.actionLabel.setObjectName(u"actionLabel")
        self.actionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.actionLabel)

        self.actionEdit = QPlainTextEdit(SessionIncidentDialog)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setTabChangesFocus(True)
        self.actionEdit.setMaximumSize(QSize(16777215, 110))

        self.mainLayout.addWidget(self.actionEdit)

        self.actionMessage = QLabel(SessionIncidentDialog)
        self.actionMessage.setObjectName(u"actionMessage")
        self.actionMessage.setWordWrap(True)
        self.actionMessage.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.actionMessage)

        self.buttonBox = QDialogButtonBox(SessionIncidentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchedLabel.setBuddy(self.searchedEdit)
        self.actionLabel.setBuddy(self.actionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionIncidentDialog)

        QMetaObject.connectSlotsByName(SessionIncidentDialog)
    # setupUi

    def retranslateUi(self, SessionIncidentDialog) -> None:
        SessionIncidentDialog.setWindowTitle(QCoreApplication.translate("SessionIncidentDialog", u"Record a needle incident \u2014 acudesk", None))
        self.titleLabel.setText(QCoreApplication.translate("SessionIncidentDialog", u"Needle count incident", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("SessionIncidentDialog", u"Needle counts", None))
#endif // QT_CONFIG(accessibility)
        self.searchedLabel.setText(QCoreApplication.translate("SessionIncidentDialog", u"&Where did you search?", None))
#if QT_CONFIG(accessibility)
        self.searchedEdit.setAccessibleName(QCoreApplication.translate("SessionIncidentDialog", u"Where searched", None))
#endif // QT_CONFIG(accessibility)
        self.searchedEdit.setPlaceholderText(QCoreApplication.translate("SessionIncidentDialog", u"client, hairline, clothing, couch, floor\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchedMessage.setAccessibleName(QCoreApplication.translate("SessionIncidentDialog", u"Where searched message", None))
#endif // QT_CONFIG(accessibility)
        self.foundLabel.setText(QCoreApplication.translate("SessionIncidentDialog", u"Was the needle found?", None))
        self.foundYesRadio.setText(QCoreApplication.translate("SessionIncidentDialog", u"&Yes, found", None))
#if QT_CONFIG(accessibility)
        self.foundYesRadio.setAccessibleName(QCoreApplication.translate("SessionIncidentDialog", u"Found", None))
#endif // QT_CONFIG(accessibility)
        self.foundNoRadio.setText(QCoreApplication.translate("SessionIncidentDialog", u"&No, not found", None))
#if QT_CONFIG(accessibility)
        self.foundNoRadio.setAccessibleName(QCoreApplication.translate("SessionIncidentDialog", u"Not found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.foundMessage.setAccessibleName(QCoreApplication.translate("SessionIncidentDialog", u"Found message", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("SessionIncidentDialog", u"What &was done?", None))
#if QT_CONFIG(accessibility)
        self.actionEdit.setAccessibleName(QCoreApplication.translate("SessionIncidentDialog", u"What was done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionMessage.setAccessibleName(QCoreApplication.translate("SessionIncidentDialog", u"What was done message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

