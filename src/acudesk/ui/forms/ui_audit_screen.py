# Generated from forms/audit_screen.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_screen.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_AuditScreen(object):
    def setupUi(self, AuditScreen) -> None:
        if not AuditScreen.objectName():
            AuditScreen.setObjectName(u"AuditScreen")
        AuditScreen.resize(1000, 640)
        self.auditLayout = QVBoxLayout(AuditScreen)
        self.auditLayout.setSpacing(12)
        self.auditLayout.setObjectName(u"auditLayout")
        self.auditLayout.setContentsMargins(36, 32, 36, 24)
        self.titleLabel = QLabel(AuditScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.auditLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(AuditScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.auditLayout.addWidget(self.hintLabel)

        self.filtersPanel = QWidget(AuditScreen)
        self.filtersPanel.setObjectName(u"filtersPanel")
        self.filtersLayout = QHBoxLayout(self.filtersPanel)
        self.filtersLayout.setSpacing(8)
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.filtersLayout.setContentsMargins(0, 0, 0, 0)
        self.personLabel = QLabel(self.filtersPanel)
        self.personLabel.setObjectName(u"personLabel")

        self.filtersLayout.addWidget(self.personLabel)

        self.personEdit = QLineEdit(self.filtersPanel)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setClearButtonEnabled(True)

        self.filtersLayout.addWidget(self.personEdit)

        self.clientLabel = QLabel(self.filtersPanel)
        self.clientLabel.setObjectName(u"clientLabel")

        self.filtersLayout.addWidget(self.clientLabel)

        self.clientEdit = QLineEdit(self.filtersPanel)
        self.clientEdit.setObjectName(u"clientEdit")
        self.clientEdit.setClearButtonEnabled(True)
        self.clientEdit.setMaximumWidth(130)

        self.filtersLayout.addWidget(self.clientEdit)

        self.actionLabel = QLabel(self.filtersPanel)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filtersLayout.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(self.filtersPanel)
        self.actionCombo.setObjectName(u"actionCombo")

        self.filtersLayout.addWidget(self.actionCombo)

        self.fromLabel = QLabel(self.filtersPanel)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filtersLayout.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(self.filtersPanel)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(self.filtersPanel)
        self.toLabel.setObjectName(u"toLabel")

        self.filtersLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(self.filtersPanel)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.toEdit)

        self.applyButton = QPushButton(self.filtersPanel)
        self.applyButton.setObjectName(u"applyButton")
        self.applyButton.setProperty(u"role", u"primary")

        self.filtersLayout.addWidget(self.applyButton)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)


        self.auditLayout.addWidget(self.filtersPanel)

        self.eventsTable = QTableView(AuditScreen)
        self.eventsTable.setObjectName(u"eventsTable")
        self.eventsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.eventsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.eventsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.eventsTable.setAlternatingRowColors(True)
        self.eventsTable.setShowGrid(False)
        self.eventsTable.setWordWrap(False)
        self.eventsTable.horizontalHeader().setStretchLastSection(True)
        self.eventsTable.verticalHeader().setVisible(False)

        self.auditLayout.addWidget(self.eventsTable)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setSpacing(8)
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(AuditScreen)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"caption")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.verifyButton = QPushButton(AuditScreen)
        self.verifyButton.setObjectName(u"verifyButton")

        self.footerLayout.addWidget(self.verifyButton)

        self.exportButton = QPushButton(AuditScreen)
        self.exportButton.setObjectName(u"exportButton")

        self.footerLayout.addWidget(self.exportButton)


        self.auditLayout.addLayout(self.footerLayout)

        self.messageLabel = QLabel(AuditScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.auditLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.clientLabel.setBuddy(self.clientEdit)
        self.actionLabel.setBuddy(self.actionCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personEdit, self.clientEdit)
        QWidget.setTabOrder(self.clientEdit, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.eventsTable)
        QWidget.setTabOrder(self.eventsTable, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.exportButton)

        self.retranslateUi(AuditScreen)

        QMetaObject.connectSlotsByName(AuditScreen)
    # setupUi

    def retranslateUi(self, AuditScreen) -> None:
        self.titleLabel.setText(QCoreApplication.translate("AuditScreen", u"Audit log", None))
        self.hintLabel.setText(QCoreApplication.translate("AuditScreen", u"Every sign-in attempt, every change and every read of clinical data, newest first. Each event is chained to the one before it, so a change made behind acudesk's back shows when the chain is verified.", None))
        self.personLabel.setText(QCoreApplication.translate("AuditScreen", u"&Person", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("AuditScreen", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("AuditScreen", u"username", None))
        self.clientLabel.setText(QCoreApplication.translate("AuditScreen", u"C&lient", None))
#if QT_CONFIG(accessibility)
        self.clientEdit.setAccessibleName(QCoreApplication.translate("AuditScreen", u"Client number", None))
#endif // QT_CONFIG(accessibility)
        self.clientEdit.setPlaceholderText(QCoreApplication.translate("AuditScreen", u"client number", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditScreen", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.actionCombo.setAccessibleName(QCoreApplication.translate("AuditScreen", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("AuditScreen", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("AuditScreen", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("AuditScreen", u"&To", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("AuditScreen", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.applyButton.setText(QCoreApplication.translate("AuditScreen", u"&Show", None))
#if QT_CONFIG(tooltip)
        self.applyButton.setToolTip(QCoreApplication.translate("AuditScreen", u"Show the events that match these filters", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.eventsTable.setAccessibleName(QCoreApplication.translate("AuditScreen", u"Audit events", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("AuditScreen", u"How many events", None))
#endif // QT_CONFIG(accessibility)
        self.verifyButton.setText(QCoreApplication.translate("AuditScreen", u"&Verify chain", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("AuditScreen", u"Check that no event was changed or removed since it was written", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("AuditScreen", u"&Export CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("AuditScreen", u"Save the events shown by these filters as a CSV file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("AuditScreen", u"Audit message", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

