# Generated from forms/session_amend_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_amend_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_SessionAmendDialog(object):
    def setupUi(self, SessionAmendDialog) -> None:
        if not SessionAmendDialog.objectName():
            SessionAmendDialog.setObjectName(u"SessionAmendDialog")
        SessionAmendDialog.resize(440, 280)
        SessionAmendDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(SessionAmendDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 18)
        self.titleLabel = QLabel(SessionAmendDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"heading")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SessionAmendDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.gap6 = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.gap6)

        self.reasonLabel = QLabel(SessionAmendDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(SessionAmendDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 100))

        self.mainLayout.addWidget(self.reasonEdit)

        self.reasonMessage = QLabel(SessionAmendDialog)
        self.reasonMessage.setObjectName(u"reasonMessage")
        self.reasonMessage.setWordWrap(True)
        self.reasonMessage.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.reasonMessage)

        self.buttonBox = QDialogButtonBox(SessionAmendDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionAmendDialog)

        QMetaObject.connectSlotsByName(SessionAmendDialog)
    # setupUi

    def retranslateUi(self, SessionAmendDialog) -> None:
        SessionAmendDialog.setWindowTitle(QCoreApplication.translate("SessionAmendDialog", u"Amend session \u2014 acudesk", None))
        self.titleLabel.setText(QCoreApplication.translate("SessionAmendDialog", u"Amend a completed session", None))
        self.introLabel.setText(QCoreApplication.translate("SessionAmendDialog", u"The session keeps its first version; the trail shows who changed it, when and why.", None))
        self.reasonLabel.setText(QCoreApplication.translate("SessionAmendDialog", u"&Why is the session being changed?", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("SessionAmendDialog", u"Reason for the amendment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reasonMessage.setAccessibleName(QCoreApplication.translate("SessionAmendDialog", u"Reason for the amendment message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

