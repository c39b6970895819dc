# Generated from forms/waitlist_entry_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'waitlist_entry_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_WaitlistEntryDialog(object):
    def setupUi(self, WaitlistEntryDialog) -> None:
        if not WaitlistEntryDialog.objectName():
            WaitlistEntryDialog.setObjectName(u"WaitlistEntryDialog")
        WaitlistEntryDialog.resize(640, 420)
        self.mainLayout = QVBoxLayout(WaitlistEntryDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 14)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setVerticalSpacing(2)
        self.clientEditLabel = QLabel(WaitlistEntryDialog)
        self.clientEditLabel.setObjectName(u"clientEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientEditLabel)

        self.clientEdit = QLineEdit(WaitlistEntryDialog)
        self.clientEdit.setObjectName(u"clientEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clientEdit)

        self.clientList = QListWidget(WaitlistEntryDialog)
        self.clientList.setObjectName(u"clientList")
        self.clientList.setMaximumSize(QSize(16777215, 96))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clientList)

        self.clientError = QLabel(WaitlistEntryDialog)
        self.clientError.setObjectName(u"clientError")
        self.clientError.setWordWrap(True)
        self.clientError.setProperty(u"role", u"error")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.clientError)

        self.serviceComboLabel = QLabel(WaitlistEntryDialog)
        self.serviceComboLabel.setObjectName(u"serviceComboLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serviceComboLabel)

        self.serviceCombo = QComboBox(WaitlistEntryDialog)
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.serviceError = QLabel(WaitlistEntryDialog)
        self.serviceError.setObjectName(u"serviceError")
        self.serviceError.setWordWrap(True)
        self.serviceError.setProperty(u"role", u"error")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.serviceError)

        self.practitionerComboLabel = QLabel(WaitlistEntryDialog)
        self.practitionerComboLabel.setObjectName(u"practitionerComboLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.practitionerComboLabel)

        self.practitionerCombo = QComboBox(WaitlistEntryDialog)
        self.practitionerCombo.setObjectName(u"practitionerCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.practitionerCombo)

        self.practitionerError = QLabel(WaitlistEntryDialog)
        self.practitionerError.setObjectName(u"practitionerError")
        self.practitionerError.setWordWrap(True)
        self.practitionerError.setProperty(u"role", u"error")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.practitionerError)

        self.daysBoxLabel = QLabel(WaitlistEntryDialog)
        self.daysBoxLabel.setObjectName(u"daysBoxLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.daysBoxLabel)

        self.daysBox = QWidget(WaitlistEntryDialog)
        self.daysBox.setObjectName(u"daysBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.daysBox.sizePolicy().hasHeightForWidth())
        self.daysBox.setSizePolicy(sizePolicy)
        self.daysLayout = QHBoxLayout(self.daysBox)
        self.daysLayout.setSpacing(10)
        self.daysLayout.setObjectName(u"daysLayout")
        self.daysLayout.setContentsMargins(0, 0, 0, 0)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.daysBox)

        self.weekdaysError = QLabel(WaitlistEntryDialog)
        self.weekdaysError.setObjectName(u"weekdaysError")
        self.weekdaysError.setWordWrap(True)
        self.weekdaysError.setProperty(u"role", u"error")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.weekdaysError)

        self.windowsEditLabel = QLabel(WaitlistEntryDialog)
        self.windowsEditLabel.setObjectName(u"windowsEditLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.windowsEditLabel)

        self.windowsEdit = QLineEdit(WaitlistEntryDialog)
        self.windowsEdit.setObjectName(u"windowsEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.windowsEdit)

        self.windowsError = QLabel(WaitlistEntryDialog)
        self.windowsError.setObjectName(u"windowsError")
        self.windowsError.setWordWrap(True)
        self.windowsError.setProperty(u"role", u"error")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.windowsError)

        self.untilEditLabel = QLabel(WaitlistEntryDialog)
        self.untilEditLabel.setObjectName(u"untilEditLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.untilEditLabel)

        self.untilEdit = QDateEdit(WaitlistEntryDialog)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.untilEdit)

        self.untilError = QLabel(WaitlistEntryDialog)
        self.untilError.setObjectName(u"untilError")
        self.untilError.setWordWrap(True)
        self.untilError.setProperty(u"role", u"error")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.untilError)

        self.notesEditLabel = QLabel(WaitlistEntryDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QLineEdit(WaitlistEntryDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(WaitlistEntryDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"role", u"error")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.mainLayout.addLayout(self.formLayout)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.formSpacer)

        self.messageLabel = QLabel(WaitlistEntryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(WaitlistEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.clientEditLabel.setBuddy(self.clientEdit)
        self.serviceComboLabel.setBuddy(self.serviceCombo)
        self.practitionerComboLabel.setBuddy(self.practitionerCombo)
        self.daysBoxLabel.setBuddy(self.daysBox)
        self.windowsEditLabel.setBuddy(self.windowsEdit)
        self.untilEditLabel.setBuddy(self.untilEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WaitlistEntryDialog)

        QMetaObject.connectSlotsByName(WaitlistEntryDialog)
    # setupUi

    def retranslateUi(self, WaitlistEntryDialog) -> None:
        WaitlistEntryDialog.setWindowTitle(QCoreApplication.translate("WaitlistEntryDialog", u"Waitlist entry \u2014 acudesk", None))
        self.clientEditLabel.setText(QCoreApplication.translate("WaitlistEntryDialog", u"&Client", None))
#if QT_CONFIG(accessibility)
        self.clientEdit.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Client", None))
#endif // QT_CONFIG(accessibility)
        self.clientEdit.setPlaceholderText(QCoreApplication.translate("WaitlistEntryDialog", u"Type part of a name, a phone or a date of birth", None))
#if QT_CONFIG(accessibility)
        self.clientList.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Matching clients", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clientError.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Client message", None))
#endif // QT_CONFIG(accessibility)
        self.serviceComboLabel.setText(QCoreApplication.translate("WaitlistEntryDialog", u"Se&rvice", None))
#if QT_CONFIG(accessibility)
        self.serviceCombo.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Service", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.serviceError.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Service message", None))
#endif // QT_CONFIG(accessibility)
        self.practitionerComboLabel.setText(QCoreApplication.translate("WaitlistEntryDialog", u"&Practitioner", None))
#if QT_CONFIG(accessibility)
        self.practitionerCombo.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Practitioner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.practitionerError.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Practitioner message", None))
#endif // QT_CONFIG(accessibility)
        self.daysBoxLabel.setText(QCoreApplication.translate("WaitlistEntryDialog", u"&Days", None))
#if QT_CONFIG(accessibility)
        self.daysBox.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Days of the week", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.weekdaysError.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Days of the week message", None))
#endif // QT_CONFIG(accessibility)
        self.windowsEditLabel.setText(QCoreApplication.translate("WaitlistEntryDialog", u"&Times", None))
#if QT_CONFIG(accessibility)
        self.windowsEdit.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Times of day", None))
#endif // QT_CONFIG(accessibility)
        self.windowsEdit.setPlaceholderText(QCoreApplication.translate("WaitlistEntryDialog", u"e.g. 09:00-12:00, 15:00-18:00 (empty: any time)", None))
#if QT_CONFIG(accessibility)
        self.windowsError.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Times of day message", None))
#endif // QT_CONFIG(accessibility)
        self.untilEditLabel.setText(QCoreApplication.translate("WaitlistEntryDialog", u"&Until", None))
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Waits until", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.untilError.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Waits until message", None))
#endif // QT_CONFIG(accessibility)
        self.notesEditLabel.setText(QCoreApplication.translate("WaitlistEntryDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesError.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Notes message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("WaitlistEntryDialog", u"Waitlist entry message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

