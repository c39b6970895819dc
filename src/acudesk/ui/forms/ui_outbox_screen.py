# Generated from forms/outbox_screen.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outbox_screen.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_OutboxScreen(object):
    def setupUi(self, OutboxScreen) -> None:
        if not OutboxScreen.objectName():
            OutboxScreen.setObjectName(u"OutboxScreen")
        OutboxScreen.resize(1000, 640)
        self.outboxLayout = QVBoxLayout(OutboxScreen)
        self.outboxLayout.setSpacing(12)
        self.outboxLayout.setObjectName(u"outboxLayout")
        self.outboxLayout.setContentsMargins(36, 32, 36, 24)
        self.titleLabel = QLabel(OutboxScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outboxLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(OutboxScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.outboxLayout.addWidget(self.hintLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusLabel = QLabel(OutboxScreen)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(OutboxScreen)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumWidth(180)

        self.filterLayout.addWidget(self.statusCombo)

        self.countLabel = QLabel(OutboxScreen)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.sendButton = QPushButton(OutboxScreen)
        self.sendButton.setObjectName(u"sendButton")

        self.filterLayout.addWidget(self.sendButton)

        self.retryButton = QPushButton(OutboxScreen)
        self.retryButton.setObjectName(u"retryButton")

        self.filterLayout.addWidget(self.retryButton)


        self.outboxLayout.addLayout(self.filterLayout)

        self.messagesTable = QTableView(OutboxScreen)
        self.messagesTable.setObjectName(u"messagesTable")
        self.messagesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.messagesTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.messagesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.messagesTable.setAlternatingRowColors(True)
        self.messagesTable.setWordWrap(False)
        self.messagesTable.horizontalHeader().setStretchLastSection(True)
        self.messagesTable.verticalHeader().setVisible(False)

        self.outboxLayout.addWidget(self.messagesTable)

        self.messageText = QPlainTextEdit(OutboxScreen)
        self.messageText.setObjectName(u"messageText")
        self.messageText.setReadOnly(True)
        self.messageText.setMaximumSize(QSize(16777215, 150))

        self.outboxLayout.addWidget(self.messageText)

        self.outboxNotice = QLabel(OutboxScreen)
        self.outboxNotice.setObjectName(u"outboxNotice")
        self.outboxNotice.setWordWrap(True)
        self.outboxNotice.setProperty(u"role", u"notice")

        self.outboxLayout.addWidget(self.outboxNotice)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.sendButton)
        QWidget.setTabOrder(self.sendButton, self.retryButton)
        QWidget.setTabOrder(self.retryButton, self.messagesTable)
        QWidget.setTabOrder(self.messagesTable, self.messageText)

        self.retranslateUi(OutboxScreen)

        QMetaObject.connectSlotsByName(OutboxScreen)
    # setupUi

    def retranslateUi(self, OutboxScreen) -> None:
        self.titleLabel.setText(QCoreApplication.translate("OutboxScreen", u"Reminders outbox", None))
        self.hintLabel.setText(QCoreApplication.translate("OutboxScreen", u"Every appointment reminder, newest first: queued, sent, or failed with the reason. A failed one goes again when you retry it. Reminders are sent by \"acudesk reminders send\" (run every few minutes) or by Send due reminders now.", None))
        self.statusLabel.setText(QCoreApplication.translate("OutboxScreen", u"Sho&w", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("OutboxScreen", u"Show messages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("OutboxScreen", u"Messages shown", None))
#endif // QT_CONFIG(accessibility)
        self.sendButton.setText(QCoreApplication.translate("OutboxScreen", u"Send &due reminders now", None))
#if QT_CONFIG(tooltip)
        self.sendButton.setToolTip(QCoreApplication.translate("OutboxScreen", u"Queue the reminders the clinic's rules say are due and send every queued one", None))
#endif // QT_CONFIG(tooltip)
        self.retryButton.setText(QCoreApplication.translate("OutboxScreen", u"&Retry", None))
#if QT_CONFIG(tooltip)
        self.retryButton.setToolTip(QCoreApplication.translate("OutboxScreen", u"Send the chosen failed messages again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.messagesTable.setAccessibleName(QCoreApplication.translate("OutboxScreen", u"Messages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageText.setAccessibleName(QCoreApplication.translate("OutboxScreen", u"The chosen message", None))
#endif // QT_CONFIG(accessibility)
        self.messageText.setPlaceholderText(QCoreApplication.translate("OutboxScreen", u"Choose a message to read it.", None))
#if QT_CONFIG(accessibility)
        self.outboxNotice.setAccessibleName(QCoreApplication.translate("OutboxScreen", u"Outbox message", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

