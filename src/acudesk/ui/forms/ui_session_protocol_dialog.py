# Generated from forms/session_protocol_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_protocol_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_SessionProtocolDialog(object):
    def setupUi(self, SessionProtocolDialog) -> None:
        if not SessionProtocolDialog.objectName():
            SessionProtocolDialog.setObjectName(u"SessionProtocolDialog")
        SessionProtocolDialog.resize(440, 320)
        SessionProtocolDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(SessionProtocolDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 18)
        self.titleLabel = QLabel(SessionProtocolDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"heading")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SessionProtocolDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.gap6 = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.gap6)

        self.nameLabel = QLabel(SessionProtocolDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(SessionProtocolDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.mainLayout.addWidget(self.nameEdit)

        self.nameMessage = QLabel(SessionProtocolDialog)
        self.nameMessage.setObjectName(u"nameMessage")
        self.nameMessage.setWordWrap(True)
        self.nameMessage.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.nameMessage)

        self.descriptionLabel = QLabel(SessionProtocolDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(SessionProtocolDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 100))

        self.mainLayout.addWidget(self.descriptionEdit)

        self.chartMessage = QLabel(SessionProtocolDialog)
        self.chartMessage.setObjectName(u"chartMessage")
        self.chartMessage.setWordWrap(True)
        self.chartMessage.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.chartMessage)

        self.buttonBox = QDialogButtonBox(SessionProtocolDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionProtocolDialog)

        QMetaObject.connectSlotsByName(SessionProtocolDialog)
    # setupUi

    def retranslateUi(self, SessionProtocolDialog) -> None:
        SessionProtocolDialog.setWindowTitle(QCoreApplication.translate("SessionProtocolDialog", u"Save as protocol \u2014 acudesk", None))
        self.titleLabel.setText(QCoreApplication.translate("SessionProtocolDialog", u"Save the chart as a protocol", None))
        self.introLabel.setText(QCoreApplication.translate("SessionProtocolDialog", u"A protocol is a named chart you can apply to any session later.", None))
        self.nameLabel.setText(QCoreApplication.translate("SessionProtocolDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SessionProtocolDialog", u"Protocol name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameMessage.setAccessibleName(QCoreApplication.translate("SessionProtocolDialog", u"Protocol name message", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("SessionProtocolDialog", u"&Description (optional)", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("SessionProtocolDialog", u"Protocol description", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartMessage.setAccessibleName(QCoreApplication.translate("SessionProtocolDialog", u"Protocol chart message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

