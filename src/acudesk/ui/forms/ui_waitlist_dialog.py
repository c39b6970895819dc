# Generated from forms/waitlist_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'waitlist_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_WaitlistDialog(object):
    def setupUi(self, WaitlistDialog) -> None:
        if not WaitlistDialog.objectName():
            WaitlistDialog.setObjectName(u"WaitlistDialog")
        WaitlistDialog.resize(1180, 600)
        self.mainLayout = QVBoxLayout(WaitlistDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(WaitlistDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"heading")

        self.mainLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(WaitlistDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.serviceFilterLabel = QLabel(WaitlistDialog)
        self.serviceFilterLabel.setObjectName(u"serviceFilterLabel")

        self.filterLayout.addWidget(self.serviceFilterLabel)

        self.serviceFilter = QComboBox(WaitlistDialog)
        self.serviceFilter.setObjectName(u"serviceFilter")
        self.serviceFilter.setMinimumSize(QSize(200, 0))

        self.filterLayout.addWidget(self.serviceFilter)

        self.practitionerFilterLabel = QLabel(WaitlistDialog)
        self.practitionerFilterLabel.setObjectName(u"practitionerFilterLabel")

        self.filterLayout.addWidget(self.practitionerFilterLabel)

        self.practitionerFilter = QComboBox(WaitlistDialog)
        self.practitionerFilter.setObjectName(u"practitionerFilter")
        self.practitionerFilter.setMinimumSize(QSize(180, 0))

        self.filterLayout.addWidget(self.practitionerFilter)

        self.allCheck = QCheckBox(WaitlistDialog)
        self.allCheck.setObjectName(u"allCheck")

        self.filterLayout.addWidget(self.allCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.entriesTable = QTableView(WaitlistDialog)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesTable.setSortingEnabled(True)
        self.entriesTable.setAlternatingRowColors(True)
        self.entriesTable.setWordWrap(False)

        self.mainLayout.addWidget(self.entriesTable)

        self.messageLabel = QLabel(WaitlistDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(WaitlistDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(WaitlistDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(WaitlistDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.buttonBox = QDialogButtonBox(WaitlistDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.serviceFilterLabel.setBuddy(self.serviceFilter)
        self.practitionerFilterLabel.setBuddy(self.practitionerFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WaitlistDialog)

        QMetaObject.connectSlotsByName(WaitlistDialog)
    # setupUi

    def retranslateUi(self, WaitlistDialog) -> None:
        WaitlistDialog.setWindowTitle(QCoreApplication.translate("WaitlistDialog", u"Waitlist \u2014 acudesk", None))
        self.titleLabel.setText(QCoreApplication.translate("WaitlistDialog", u"Waitlist", None))
        self.hintLabel.setText(QCoreApplication.translate("WaitlistDialog", u"Clients waiting for a time. When a booking is cancelled or moved, the Book shows a badge on the freed time with the number of entries that fit it.", None))
        self.serviceFilterLabel.setText(QCoreApplication.translate("WaitlistDialog", u"&Service", None))
#if QT_CONFIG(accessibility)
        self.serviceFilter.setAccessibleName(QCoreApplication.translate("WaitlistDialog", u"Show the service", None))
#endif // QT_CONFIG(accessibility)
        self.practitionerFilterLabel.setText(QCoreApplication.translate("WaitlistDialog", u"&Practitioner", None))
#if QT_CONFIG(accessibility)
        self.practitionerFilter.setAccessibleName(QCoreApplication.translate("WaitlistDialog", u"Show the practitioner", None))
#endif // QT_CONFIG(accessibility)
        self.allCheck.setText(QCoreApplication.translate("WaitlistDialog", u"Show booked, removed and e&xpired", None))
#if QT_CONFIG(accessibility)
        self.allCheck.setAccessibleName(QCoreApplication.translate("WaitlistDialog", u"Show booked, removed and expired", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleName(QCoreApplication.translate("WaitlistDialog", u"Waitlist entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("WaitlistDialog", u"Waitlist message", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("WaitlistDialog", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("WaitlistDialog", u"Put a client on the waitlist", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("WaitlistDialog", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("WaitlistDialog", u"Change the chosen entry (Enter, or a double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("WaitlistDialog", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("WaitlistDialog", u"Take the chosen entry off the waitlist (Delete)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

