# Generated from forms/login_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog) -> None:
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(440, 300)
        LoginDialog.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(LoginDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 24, 28, 20)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.logoLabel = QLabel(LoginDialog)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(48, 48))
        self.logoLabel.setMaximumSize(QSize(48, 48))

        self.headerLayout.addWidget(self.logoLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.clinicNameLabel = QLabel(LoginDialog)
        self.clinicNameLabel.setObjectName(u"clinicNameLabel")
        self.clinicNameLabel.setWordWrap(True)
        self.clinicNameLabel.setProperty(u"role", u"title")

        self.titleLayout.addWidget(self.clinicNameLabel)

        self.subtitleLabel = QLabel(LoginDialog)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setProperty(u"role", u"subtitle")

        self.titleLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.mainLayout.addLayout(self.headerLayout)

        self.headerGap = QSpacerItem(0, 14, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.headerGap)

        self.usernameLabel = QLabel(LoginDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.mainLayout.addWidget(self.usernameLabel)

        self.usernameEdit = QLineEdit(LoginDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.mainLayout.addWidget(self.usernameEdit)

        self.usernameError = QLabel(LoginDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)
        self.usernameError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.usernameError)

        self.fieldGap = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.fieldGap)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.mainLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainLayout.addWidget(self.passwordEdit)

        self.passwordError = QLabel(LoginDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.passwordError)

        self.demoBox = QGroupBox(LoginDialog)
        self.demoBox.setObjectName(u"demoBox")
        self.demoLayout = QVBoxLayout(self.demoBox)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoHintLabel = QLabel(self.demoBox)
        self.demoHintLabel.setObjectName(u"demoHintLabel")
        self.demoHintLabel.setWordWrap(True)
        self.demoHintLabel.setProperty(u"role", u"hint")

        self.demoLayout.addWidget(self.demoHintLabel)

        self.demoTable = QTableWidget(self.demoBox)
        if (self.demoTable.columnCount() < 3):
            self.demoTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.demoTable.setObjectName(u"demoTable")
        self.demoTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.demoTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.demoTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.demoTable.setShowGrid(False)
        self.demoTable.setAlternatingRowColors(True)
        self.demoTable.horizontalHeader().setStretchLastSection(True)
        self.demoTable.verticalHeader().setVisible(False)

        self.demoLayout.addWidget(self.demoTable)


        self.mainLayout.addWidget(self.demoBox)

        self.bottomSpacer = QSpacerItem(0, 14, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(LoginDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.quitButton)

        self.signInButton = QPushButton(LoginDialog)
        self.signInButton.setObjectName(u"signInButton")
        self.signInButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.signInButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.demoTable)
        QWidget.setTabOrder(self.demoTable, self.quitButton)

        self.retranslateUi(LoginDialog)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog) -> None:
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Sign in \u2014 acudesk", None))
#if QT_CONFIG(accessibility)
        self.logoLabel.setAccessibleName(QCoreApplication.translate("LoginDialog", u"acudesk logo", None))
#endif // QT_CONFIG(accessibility)
        self.clinicNameLabel.setText(QCoreApplication.translate("LoginDialog", u"Clinic", None))
#if QT_CONFIG(accessibility)
        self.clinicNameLabel.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Clinic name", None))
#endif // QT_CONFIG(accessibility)
        self.subtitleLabel.setText(QCoreApplication.translate("LoginDialog", u"Sign in to continue", None))
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"&Username", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("LoginDialog", u"e.g. reception", None))
#if QT_CONFIG(accessibility)
        self.usernameError.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Username message", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passwordError.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Password message", None))
#endif // QT_CONFIG(accessibility)
        self.demoBox.setTitle(QCoreApplication.translate("LoginDialog", u"Demo accounts", None))
#if QT_CONFIG(accessibility)
        self.demoBox.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Demo accounts", None))
#endif // QT_CONFIG(accessibility)
        self.demoHintLabel.setText(QCoreApplication.translate("LoginDialog", u"This is the demo clinic with made-up clients. Click an account to fill it in.", None))
        ___qtablewidgetitem = self.demoTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("LoginDialog", u"Role", None))
        ___qtablewidgetitem1 = self.demoTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("LoginDialog", u"Username", None))
        ___qtablewidgetitem2 = self.demoTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("LoginDialog", u"Password", None))
#if QT_CONFIG(accessibility)
        self.demoTable.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Demo accounts list", None))
#endif // QT_CONFIG(accessibility)
        self.quitButton.setText(QCoreApplication.translate("LoginDialog", u"&Quit", None))
        self.signInButton.setText(QCoreApplication.translate("LoginDialog", u"&Sign in", None))
    # retranslateUi

