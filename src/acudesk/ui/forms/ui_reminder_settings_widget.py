# Generated from forms/reminder_settings_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reminder_settings_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSpinBox, QTimeEdit, QWidget

class Ui_ReminderSettingsWidget(object):
    def setupUi(self, ReminderSettingsWidget) -> None:
        if not ReminderSettingsWidget.objectName():
            ReminderSettingsWidget.setObjectName(u"ReminderSettingsWidget")
        ReminderSettingsWidget.resize(900, 640)
        ReminderSettingsWidget.setProperty(u"role", u"card")
        self.remindersGrid = QGridLayout(ReminderSettingsWidget)
        self.remindersGrid.setObjectName(u"remindersGrid")
        self.remindersGrid.setHorizontalSpacing(14)
        self.remindersGrid.setVerticalSpacing(6)
        self.remindersCaption = QLabel(ReminderSettingsWidget)
        self.remindersCaption.setObjectName(u"remindersCaption")
        self.remindersCaption.setProperty(u"role", u"caption")

        self.remindersGrid.addWidget(self.remindersCaption, 0, 0, 1, 4)

        self.remindersHint = QLabel(ReminderSettingsWidget)
        self.remindersHint.setObjectName(u"remindersHint")
        self.remindersHint.setWordWrap(True)
        self.remindersHint.setProperty(u"role", u"hint")

        self.remindersGrid.addWidget(self.remindersHint, 1, 0, 1, 4)

        self.emailCaption = QLabel(ReminderSettingsWidget)
        self.emailCaption.setObjectName(u"emailCaption")
        self.emailCaption.setProperty(u"role", u"caption")

        self.remindersGrid.addWidget(self.emailCaption, 2, 0, 1, 4)

        self.hostLabel = QLabel(ReminderSettingsWidget)
        self.hostLabel.setObjectName(u"hostLabel")
        self.hostLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.hostLabel, 3, 0, 1, 1)

        self.hostEdit = QLineEdit(ReminderSettingsWidget)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setMaxLength(253)

        self.remindersGrid.addWidget(self.hostEdit, 3, 1, 1, 1)

        self.portLabel = QLabel(ReminderSettingsWidget)
        self.portLabel.setObjectName(u"portLabel")
        self.portLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.portLabel, 3, 2, 1, 1)

        self.portSpin = QSpinBox(ReminderSettingsWidget)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(587)

        self.remindersGrid.addWidget(self.portSpin, 3, 3, 1, 1)

        self.hostError = QLabel(ReminderSettingsWidget)
        self.hostError.setObjectName(u"hostError")
        self.hostError.setWordWrap(True)
        self.hostError.setProperty(u"role", u"error")

        self.remindersGrid.addWidget(self.hostError, 4, 1, 1, 1)

        self.portError = QLabel(ReminderSettingsWidget)
        self.portError.setObjectName(u"portError")
        self.portError.setWordWrap(True)
        self.portError.setProperty(u"role", u"error")

        self.remindersGrid.addWidget(self.portError, 4, 3, 1, 1)

        self.securityLabel = QLabel(ReminderSettingsWidget)
        self.securityLabel.setObjectName(u"securityLabel")
        self.securityLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.securityLabel, 5, 0, 1, 1)

        self.securityCombo = QComboBox(ReminderSettingsWidget)
        self.securityCombo.setObjectName(u"securityCombo")

        self.remindersGrid.addWidget(self.securityCombo, 5, 1, 1, 1)

        self.userLabel = QLabel(ReminderSettingsWidget)
        self.userLabel.setObjectName(u"userLabel")
        self.userLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.userLabel, 5, 2, 1, 1)

        self.userEdit = QLineEdit(ReminderSettingsWidget)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(254)

        self.remindersGrid.addWidget(self.userEdit, 5, 3, 1, 1)

        self.senderLabel = QLabel(ReminderSettingsWidget)
        self.senderLabel.setObjectName(u"senderLabel")
        self.senderLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.senderLabel, 6, 0, 1, 1)

        self.senderEdit = QLineEdit(ReminderSettingsWidget)
        self.senderEdit.setObjectName(u"senderEdit")
        self.senderEdit.setMaxLength(254)

        self.remindersGrid.addWidget(self.senderEdit, 6, 1, 1, 1)

        self.passwordLabel = QLabel(ReminderSettingsWidget)
        self.passwordLabel.setObjectName(u"passwordLabel")
        self.passwordLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.passwordLabel, 6, 2, 1, 1)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setSpacing(8)
        self.passwordRow.setObjectName(u"passwordRow")
        self.passwordEdit = QLineEdit(ReminderSettingsWidget)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordRow.addWidget(self.passwordEdit)

        self.savePasswordButton = QPushButton(ReminderSettingsWidget)
        self.savePasswordButton.setObjectName(u"savePasswordButton")

        self.passwordRow.addWidget(self.savePasswordButton)


        self.remindersGrid.addLayout(self.passwordRow, 6, 3, 1, 1)

        self.senderError = QLabel(ReminderSettingsWidget)
        self.senderError.setObjectName(u"senderError")
        self.senderError.setWordWrap(True)
        self.senderError.setProperty(u"role", u"error")

        self.remindersGrid.addWidget(self.senderError, 7, 1, 1, 1)

        self.passwordError = QLabel(ReminderSettingsWidget)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.remindersGrid.addWidget(self.passwordError, 7, 3, 1, 1)

        self.passwordState = QLabel(ReminderSettingsWidget)
        self.passwordState.setObjectName(u"passwordState")
        self.passwordState.setWordWrap(True)
        self.passwordState.setProperty(u"role", u"hint")

        self.remindersGrid.addWidget(self.passwordState, 8, 3, 1, 1)

        self.smsCaption = QLabel(ReminderSettingsWidget)
        self.smsCaption.setObjectName(u"smsCaption")
        self.smsCaption.setProperty(u"role", u"caption")

        self.remindersGrid.addWidget(self.smsCaption, 9, 0, 1, 4)

        self.gatewayLabel = QLabel(ReminderSettingsWidget)
        self.gatewayLabel.setObjectName(u"gatewayLabel")
        self.gatewayLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.gatewayLabel, 10, 0, 1, 1)

        self.gatewayCombo = QComboBox(ReminderSettingsWidget)
        self.gatewayCombo.setObjectName(u"gatewayCombo")

        self.remindersGrid.addWidget(self.gatewayCombo, 10, 1, 1, 1)

        self.gatewayTextLabel = QLabel(ReminderSettingsWidget)
        self.gatewayTextLabel.setObjectName(u"gatewayTextLabel")
        self.gatewayTextLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.gatewayTextLabel, 11, 0, 1, 1)

        self.gatewayEdit = QLineEdit(ReminderSettingsWidget)
        self.gatewayEdit.setObjectName(u"gatewayEdit")
        self.gatewayEdit.setMaxLength(1000)

        self.remindersGrid.addWidget(self.gatewayEdit, 11, 1, 1, 3)

        self.gatewayError = QLabel(ReminderSettingsWidget)
        self.gatewayError.setObjectName(u"gatewayError")
        self.gatewayError.setWordWrap(True)
        self.gatewayError.setProperty(u"role", u"error")

        self.remindersGrid.addWidget(self.gatewayError, 12, 1, 1, 3)

        self.gatewayHint = QLabel(ReminderSettingsWidget)
        self.gatewayHint.setObjectName(u"gatewayHint")
        self.gatewayHint.setWordWrap(True)
        self.gatewayHint.setProperty(u"role", u"hint")

        self.remindersGrid.addWidget(self.gatewayHint, 13, 1, 1, 3)

        self.whenCaption = QLabel(ReminderSettingsWidget)
        self.whenCaption.setObjectName(u"whenCaption")
        self.whenCaption.setProperty(u"role", u"caption")

        self.remindersGrid.addWidget(self.whenCaption, 14, 0, 1, 4)

        self.leadLabel = QLabel(ReminderSettingsWidget)
        self.leadLabel.setObjectName(u"leadLabel")
        self.leadLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.leadLabel, 15, 0, 1, 1)

        self.leadSpin = QSpinBox(ReminderSettingsWidget)
        self.leadSpin.setObjectName(u"leadSpin")
        self.leadSpin.setMinimum(1)
        self.leadSpin.setMaximum(168)
        self.leadSpin.setValue(24)

        self.remindersGrid.addWidget(self.leadSpin, 15, 1, 1, 1)

        self.settleLabel = QLabel(ReminderSettingsWidget)
        self.settleLabel.setObjectName(u"settleLabel")
        self.settleLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.settleLabel, 15, 2, 1, 1)

        self.settleSpin = QSpinBox(ReminderSettingsWidget)
        self.settleSpin.setObjectName(u"settleSpin")
        self.settleSpin.setMinimum(0)
        self.settleSpin.setMaximum(120)
        self.settleSpin.setValue(10)

        self.remindersGrid.addWidget(self.settleSpin, 15, 3, 1, 1)

        self.leadError = QLabel(ReminderSettingsWidget)
        self.leadError.setObjectName(u"leadError")
        self.leadError.setWordWrap(True)
        self.leadError.setProperty(u"role", u"error")

        self.remindersGrid.addWidget(self.leadError, 16, 1, 1, 1)

        self.settleError = QLabel(ReminderSettingsWidget)
        self.settleError.setObjectName(u"settleError")
        self.settleError.setWordWrap(True)
        self.settleError.setProperty(u"role", u"error")

        self.remindersGrid.addWidget(self.settleError, 16, 3, 1, 1)

        self.quietStartLabel = QLabel(ReminderSettingsWidget)
        self.quietStartLabel.setObjectName(u"quietStartLabel")
        self.quietStartLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.quietStartLabel, 17, 0, 1, 1)

        self.quietStartEdit = QTimeEdit(ReminderSettingsWidget)
        self.quietStartEdit.setObjectName(u"quietStartEdit")
        self.quietStartEdit.setDisplayFormat(u"HH:mm")

        self.remindersGrid.addWidget(self.quietStartEdit, 17, 1, 1, 1)

        self.quietEndLabel = QLabel(ReminderSettingsWidget)
        self.quietEndLabel.setObjectName(u"quietEndLabel")
        self.quietEndLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.quietEndLabel, 17, 2, 1, 1)

        self.quietEndEdit = QTimeEdit(ReminderSettingsWidget)
        self.quietEndEdit.setObjectName(u"quietEndEdit")
        self.quietEndEdit.setDisplayFormat(u"HH:mm")

        self.remindersGrid.addWidget(self.quietEndEdit, 17, 3, 1, 1)

        self.quietHint = QLabel(ReminderSettingsWidget)
        self.quietHint.setObjectName(u"quietHint")
        self.quietHint.setWordWrap(True)
        self.quietHint.setProperty(u"role", u"hint")

        self.remindersGrid.addWidget(self.quietHint, 18, 1, 1, 3)

        self.testCaption = QLabel(ReminderSettingsWidget)
        self.testCaption.setObjectName(u"testCaption")
        self.testCaption.setProperty(u"role", u"caption")

        self.remindersGrid.addWidget(self.testCaption, 19, 0, 1, 4)

        self.testLabel = QLabel(ReminderSettingsWidget)
        self.testLabel.setObjectName(u"testLabel")
        self.testLabel.setProperty(u"role", u"fieldname")

        self.remindersGrid.addWidget(self.testLabel, 20, 0, 1, 1)

        self.testRow = QHBoxLayout()
        self.testRow.setSpacing(8)
        self.testRow.setObjectName(u"testRow")
        self.testEdit = QLineEdit(ReminderSettingsWidget)
        self.testEdit.setObjectName(u"testEdit")

        self.testRow.addWidget(self.testEdit)

        self.testButton = QPushButton(ReminderSettingsWidget)
        self.testButton.setObjectName(u"testButton")

        self.testRow.addWidget(self.testButton)

        self.testBusy = QProgressBar(ReminderSettingsWidget)
        self.testBusy.setObjectName(u"testBusy")
        self.testBusy.setMaximumSize(QSize(120, 16777215))
        self.testBusy.setMaximum(0)
        self.testBusy.setTextVisible(False)
        self.testBusy.setVisible(False)

        self.testRow.addWidget(self.testBusy)


        self.remindersGrid.addLayout(self.testRow, 20, 1, 1, 3)

        self.testError = QLabel(ReminderSettingsWidget)
        self.testError.setObjectName(u"testError")
        self.testError.setWordWrap(True)
        self.testError.setProperty(u"role", u"error")

        self.remindersGrid.addWidget(self.testError, 21, 1, 1, 3)

        self.remindersNotice = QLabel(ReminderSettingsWidget)
        self.remindersNotice.setObjectName(u"remindersNotice")
        self.remindersNotice.setWordWrap(True)
        self.remindersNotice.setProperty(u"role", u"notice")

        self.remindersGrid.addWidget(self.remindersNotice, 22, 0, 1, 4)

        self.remindersGrid.setColumnStretch(1, 1)
        self.remindersGrid.setColumnStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.securityLabel.setBuddy(self.securityCombo)
        self.userLabel.setBuddy(self.userEdit)
        self.senderLabel.setBuddy(self.senderEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.gatewayLabel.setBuddy(self.gatewayCombo)
        self.gatewayTextLabel.setBuddy(self.gatewayEdit)
        self.leadLabel.setBuddy(self.leadSpin)
        self.settleLabel.setBuddy(self.settleSpin)
        self.quietStartLabel.setBuddy(self.quietStartEdit)
        self.quietEndLabel.setBuddy(self.quietEndEdit)
        self.testLabel.setBuddy(self.testEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.securityCombo)
        QWidget.setTabOrder(self.securityCombo, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.senderEdit)
        QWidget.setTabOrder(self.senderEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.savePasswordButton)
        QWidget.setTabOrder(self.savePasswordButton, self.gatewayCombo)
        QWidget.setTabOrder(self.gatewayCombo, self.gatewayEdit)
        QWidget.setTabOrder(self.gatewayEdit, self.leadSpin)
        QWidget.setTabOrder(self.leadSpin, self.settleSpin)
        QWidget.setTabOrder(self.settleSpin, self.quietStartEdit)
        QWidget.setTabOrder(self.quietStartEdit, self.quietEndEdit)
        QWidget.setTabOrder(self.quietEndEdit, self.testEdit)
        QWidget.setTabOrder(self.testEdit, self.testButton)

        self.retranslateUi(ReminderSettingsWidget)

        QMetaObject.connectSlotsByName(ReminderSettingsWidget)
    # setupUi

    def retranslateUi(self, ReminderSettingsWidget) -> None:
#if QT_CONFIG(accessibility)
        ReminderSettingsWidget.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Appointment reminders", None))
#endif // QT_CONFIG(accessibility)
        self.remindersCaption.setText(QCoreApplication.translate("ReminderSettingsWidget", u"APPOINTMENT REMINDERS", None))
        self.remindersHint.setText(QCoreApplication.translate("ReminderSettingsWidget", u"Reminders go through the clinic's own mail server and SMS gateway, to clients who agreed on their form; no outside service is involved.", None))
        self.emailCaption.setText(QCoreApplication.translate("ReminderSettingsWidget", u"EMAIL (SMTP)", None))
        self.hostLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"SMTP s&erver", None))
#if QT_CONFIG(accessibility)
        self.hostEdit.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"SMTP server", None))
#endif // QT_CONFIG(accessibility)
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ReminderSettingsWidget", u"smtp.example.com", None))
        self.portLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"P&ort", None))
#if QT_CONFIG(accessibility)
        self.portSpin.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"SMTP port", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hostError.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"SMTP server message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.portError.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"SMTP port message", None))
#endif // QT_CONFIG(accessibility)
        self.securityLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"Securit&y", None))
#if QT_CONFIG(accessibility)
        self.securityCombo.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Connection security", None))
#endif // QT_CONFIG(accessibility)
        self.userLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"&User", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"SMTP user", None))
#endif // QT_CONFIG(accessibility)
        self.senderLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"From address", None))
#if QT_CONFIG(accessibility)
        self.senderEdit.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"From address", None))
#endif // QT_CONFIG(accessibility)
        self.senderEdit.setPlaceholderText(QCoreApplication.translate("ReminderSettingsWidget", u"reception@clinic.example", None))
        self.passwordLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"SMTP password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.savePasswordButton.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Save the password", None))
#endif // QT_CONFIG(accessibility)
        self.savePasswordButton.setText(QCoreApplication.translate("ReminderSettingsWidget", u"Sa&ve password", None))
#if QT_CONFIG(accessibility)
        self.senderError.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"From address message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passwordError.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"SMTP password message", None))
#endif // QT_CONFIG(accessibility)
        self.passwordState.setText("")
        self.smsCaption.setText(QCoreApplication.translate("ReminderSettingsWidget", u"SMS", None))
        self.gatewayLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"SMS &gateway", None))
#if QT_CONFIG(accessibility)
        self.gatewayCombo.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"SMS gateway", None))
#endif // QT_CONFIG(accessibility)
        self.gatewayTextLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"Gateway UR&L or address", None))
#if QT_CONFIG(accessibility)
        self.gatewayEdit.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Gateway URL or address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.gatewayError.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Gateway URL or address message", None))
#endif // QT_CONFIG(accessibility)
        self.gatewayHint.setText("")
        self.whenCaption.setText(QCoreApplication.translate("ReminderSettingsWidget", u"WHEN", None))
        self.leadLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"Send &before", None))
#if QT_CONFIG(accessibility)
        self.leadSpin.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Hours before the appointment", None))
#endif // QT_CONFIG(accessibility)
        self.settleLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"Wai&t after booking", None))
#if QT_CONFIG(accessibility)
        self.settleSpin.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Minutes after booking", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.leadError.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Hours before the appointment message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.settleError.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Minutes after booking message", None))
#endif // QT_CONFIG(accessibility)
        self.quietStartLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"&Quiet from", None))
#if QT_CONFIG(accessibility)
        self.quietStartEdit.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Quiet hours from", None))
#endif // QT_CONFIG(accessibility)
        self.quietEndLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"unt&il", None))
#if QT_CONFIG(accessibility)
        self.quietEndEdit.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Quiet hours until", None))
#endif // QT_CONFIG(accessibility)
        self.quietHint.setText(QCoreApplication.translate("ReminderSettingsWidget", u"No message goes in the quiet hours (they may run past midnight): one due then waits for their end. Nothing goes for an appointment already confirmed or cancelled, and only one of each kind per appointment.", None))
        self.testCaption.setText(QCoreApplication.translate("ReminderSettingsWidget", u"TRY IT", None))
        self.testLabel.setText(QCoreApplication.translate("ReminderSettingsWidget", u"Test message to", None))
#if QT_CONFIG(accessibility)
        self.testEdit.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Test message to", None))
#endif // QT_CONFIG(accessibility)
        self.testEdit.setPlaceholderText(QCoreApplication.translate("ReminderSettingsWidget", u"an email address or a mobile number", None))
#if QT_CONFIG(accessibility)
        self.testButton.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Send a test message", None))
#endif // QT_CONFIG(accessibility)
        self.testButton.setText(QCoreApplication.translate("ReminderSettingsWidget", u"Send a test &message", None))
#if QT_CONFIG(accessibility)
        self.testBusy.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Sending the test message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.testError.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Test message message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.remindersNotice.setAccessibleName(QCoreApplication.translate("ReminderSettingsWidget", u"Reminders saved", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

