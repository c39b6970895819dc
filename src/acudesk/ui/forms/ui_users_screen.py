# Generated from forms/users_screen.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_screen.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_UsersScreen(object):
    def setupUi(self, UsersScreen) -> None:
        if not UsersScreen.objectName():
            UsersScreen.setObjectName(u"UsersScreen")
        UsersScreen.resize(800, 600)
        self.usersLayout = QVBoxLayout(UsersScreen)
        self.usersLayout.setSpacing(12)
        self.usersLayout.setObjectName(u"usersLayout")
        self.usersLayout.setContentsMargins(36, 32, 36, 24)
        self.titleLabel = QLabel(UsersScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.usersLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(UsersScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.usersLayout.addWidget(self.hintLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(UsersScreen)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.addButton)

        self.buttonGap = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonGap)

        self.deactivateButton = QPushButton(UsersScreen)
        self.deactivateButton.setObjectName(u"deactivateButton")

        self.buttonLayout.addWidget(self.deactivateButton)

        self.reactivateButton = QPushButton(UsersScreen)
        self.reactivateButton.setObjectName(u"reactivateButton")

        self.buttonLayout.addWidget(self.reactivateButton)

        self.unlockButton = QPushButton(UsersScreen)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)

        self.resetPasswordButton = QPushButton(UsersScreen)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.buttonLayout.addWidget(self.resetPasswordButton)

        self.languageButton = QPushButton(UsersScreen)
        self.languageButton.setObjectName(u"languageButton")

        self.buttonLayout.addWidget(self.languageButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.usersLayout.addLayout(self.buttonLayout)

        self.usersTable = QTableView(UsersScreen)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setAlternatingRowColors(True)
        self.usersTable.setShowGrid(False)
        self.usersTable.horizontalHeader().setStretchLastSection(True)
        self.usersTable.verticalHeader().setVisible(False)

        self.usersLayout.addWidget(self.usersTable)

        self.messageLabel = QLabel(UsersScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.usersLayout.addWidget(self.messageLabel)


        self.retranslateUi(UsersScreen)

        QMetaObject.connectSlotsByName(UsersScreen)
    # setupUi

    def retranslateUi(self, UsersScreen) -> None:
        self.titleLabel.setText(QCoreApplication.translate("UsersScreen", u"Users", None))
        self.hintLabel.setText(QCoreApplication.translate("UsersScreen", u"Everyone who signs in to acudesk. A deactivated account keeps its history but can no longer sign in.", None))
        self.addButton.setText(QCoreApplication.translate("UsersScreen", u"&Add user\u2026", None))
        self.deactivateButton.setText(QCoreApplication.translate("UsersScreen", u"&Deactivate", None))
        self.reactivateButton.setText(QCoreApplication.translate("UsersScreen", u"Rea&ctivate", None))
        self.unlockButton.setText(QCoreApplication.translate("UsersScreen", u"&Unlock", None))
#if QT_CONFIG(tooltip)
        self.unlockButton.setToolTip(QCoreApplication.translate("UsersScreen", u"Let the user try signing in again after too many wrong passwords", None))
#endif // QT_CONFIG(tooltip)
        self.resetPasswordButton.setText(QCoreApplication.translate("UsersScreen", u"&Reset password\u2026", None))
        self.languageButton.setText(QCoreApplication.translate("UsersScreen", u"&Language\u2026", None))
#if QT_CONFIG(tooltip)
        self.languageButton.setToolTip(QCoreApplication.translate("UsersScreen", u"The language of this person's screens, from their next sign-in", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.usersTable.setAccessibleName(QCoreApplication.translate("UsersScreen", u"Users list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("UsersScreen", u"Users message", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

