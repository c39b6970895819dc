# Generated from forms/add_user_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_user_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_AddUserDialog(object):
    def setupUi(self, AddUserDialog) -> None:
        if not AddUserDialog.objectName():
            AddUserDialog.setObjectName(u"AddUserDialog")
        AddUserDialog.resize(440, 460)
        AddUserDialog.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(AddUserDialog)
        self.mainLayout.setSpacing(4)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 18)
        self.displayNameLabel = QLabel(AddUserDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.mainLayout.addWidget(self.displayNameLabel)

        self.displayNameEdit = QLineEdit(AddUserDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(120)

        self.mainLayout.addWidget(self.displayNameEdit)

        self.displayNameError = QLabel(AddUserDialog)
        self.displayNameError.setObjectName(u"displayNameError")
        self.displayNameError.setWordWrap(True)
        self.displayNameError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.displayNameError)

        self.gap1 = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.gap1)

        self.usernameLabel = QLabel(AddUserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.mainLayout.addWidget(self.usernameLabel)

        self.usernameEdit = QLineEdit(AddUserDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(32)

        self.mainLayout.addWidget(self.usernameEdit)

        self.usernameError = QLabel(AddUserDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)
        self.usernameError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.usernameError)

        self.gap2 = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.gap2)

        self.roleLabel = QLabel(AddUserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.mainLayout.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(AddUserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.mainLayout.addWidget(self.roleCombo)

        self.roleError = QLabel(AddUserDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setWordWrap(True)
        self.roleError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.roleError)

        self.gap3 = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.gap3)

        self.passwordLabel = QLabel(AddUserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.mainLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(AddUserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainLayout.addWidget(self.passwordEdit)

        self.passwordError = QLabel(AddUserDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.passwordError)

        self.passwordHint = QLabel(AddUserDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)
        self.passwordHint.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.passwordHint)

        self.spacer = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(AddUserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddUserDialog)

        QMetaObject.connectSlotsByName(AddUserDialog)
    # setupUi

    def retranslateUi(self, AddUserDialog) -> None:
        AddUserDialog.setWindowTitle(QCoreApplication.translate("AddUserDialog", u"Add user", None))
        self.displayNameLabel.setText(QCoreApplication.translate("AddUserDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.displayNameEdit.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameEdit.setPlaceholderText(QCoreApplication.translate("AddUserDialog", u"As it should appear on screen", None))
#if QT_CONFIG(accessibility)
        self.displayNameError.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Name message", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("AddUserDialog", u"&Username", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("AddUserDialog", u"Used to sign in, e.g. maria", None))
#if QT_CONFIG(accessibility)
        self.usernameError.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Username message", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("AddUserDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roleError.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"Role message", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("AddUserDialog", u"First &password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"First password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passwordError.setAccessibleName(QCoreApplication.translate("AddUserDialog", u"First password message", None))
#endif // QT_CONFIG(accessibility)
        self.passwordHint.setText(QCoreApplication.translate("AddUserDialog", u"Give it to the person; they can change it after signing in.", None))
    # retranslateUi

