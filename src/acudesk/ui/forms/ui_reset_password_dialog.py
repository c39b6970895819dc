# Generated from forms/reset_password_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reset_password_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ResetPasswordDialog(object):
    def setupUi(self, ResetPasswordDialog) -> None:
        if not ResetPasswordDialog.objectName():
            ResetPasswordDialog.setObjectName(u"ResetPasswordDialog")
        ResetPasswordDialog.resize(420, 300)
        ResetPasswordDialog.setMinimumSize(QSize(400, 0))
        self.mainLayout = QVBoxLayout(ResetPasswordDialog)
        self.mainLayout.setSpacing(4)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 18)
        self.introLabel = QLabel(ResetPasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.gap0 = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.gap0)

        self.passwordLabel = QLabel(ResetPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.mainLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(ResetPasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainLayout.addWidget(self.passwordEdit)

        self.passwordError = QLabel(ResetPasswordDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.passwordError)

        self.gap1 = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.gap1)

        self.confirmLabel = QLabel(ResetPasswordDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.mainLayout.addWidget(self.confirmLabel)

        self.confirmEdit = QLineEdit(ResetPasswordDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainLayout.addWidget(self.confirmEdit)

        self.confirmError = QLabel(ResetPasswordDialog)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setWordWrap(True)
        self.confirmError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.confirmError)

        self.spacer = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(ResetPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResetPasswordDialog)

        QMetaObject.connectSlotsByName(ResetPasswordDialog)
    # setupUi

    def retranslateUi(self, ResetPasswordDialog) -> None:
        ResetPasswordDialog.setWindowTitle(QCoreApplication.translate("ResetPasswordDialog", u"Reset password", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("ResetPasswordDialog", u"Whose password", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"New &password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ResetPasswordDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passwordError.setAccessibleName(QCoreApplication.translate("ResetPasswordDialog", u"New password message", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"&Confirm new password", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("ResetPasswordDialog", u"Confirm new password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirmError.setAccessibleName(QCoreApplication.translate("ResetPasswordDialog", u"Confirm new password message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

