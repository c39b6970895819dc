# Generated from forms/lock_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_LockDialog(object):
    def setupUi(self, LockDialog) -> None:
        if not LockDialog.objectName():
            LockDialog.setObjectName(u"LockDialog")
        LockDialog.resize(420, 260)
        LockDialog.setMinimumSize(QSize(400, 0))
        self.mainLayout = QVBoxLayout(LockDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 24, 28, 20)
        self.titleLabel = QLabel(LockDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.whoLabel = QLabel(LockDialog)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setWordWrap(True)
        self.whoLabel.setProperty(u"role", u"subtitle")

        self.mainLayout.addWidget(self.whoLabel)

        self.gap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.gap)

        self.passwordLabel = QLabel(LockDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.mainLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(LockDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainLayout.addWidget(self.passwordEdit)

        self.passwordError = QLabel(LockDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.passwordError)

        self.spacer = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.spacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.signOutButton = QPushButton(LockDialog)
        self.signOutButton.setObjectName(u"signOutButton")
        self.signOutButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.signOutButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(LockDialog)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.unlockButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LockDialog)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockDialog)
    # setupUi

    def retranslateUi(self, LockDialog) -> None:
        LockDialog.setWindowTitle(QCoreApplication.translate("LockDialog", u"Screen locked \u2014 acudesk", None))
        self.titleLabel.setText(QCoreApplication.translate("LockDialog", u"Screen locked", None))
#if QT_CONFIG(accessibility)
        self.whoLabel.setAccessibleName(QCoreApplication.translate("LockDialog", u"Locked by", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("LockDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LockDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passwordError.setAccessibleName(QCoreApplication.translate("LockDialog", u"Password message", None))
#endif // QT_CONFIG(accessibility)
        self.signOutButton.setText(QCoreApplication.translate("LockDialog", u"Sign &out", None))
#if QT_CONFIG(tooltip)
        self.signOutButton.setToolTip(QCoreApplication.translate("LockDialog", u"Close this session so someone else can sign in", None))
#endif // QT_CONFIG(tooltip)
        self.unlockButton.setText(QCoreApplication.translate("LockDialog", u"&Unlock", None))
    # retranslateUi

