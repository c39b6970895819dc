# Generated from forms/free_slot_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'free_slot_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

class Ui_FreeSlotDialog(object):
    def setupUi(self, FreeSlotDialog) -> None:
        if not FreeSlotDialog.objectName():
            FreeSlotDialog.setObjectName(u"FreeSlotDialog")
        FreeSlotDialog.resize(560, 520)
        self.mainLayout = QVBoxLayout(FreeSlotDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 14)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.serviceLabel = QLabel(FreeSlotDialog)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceCombo = QComboBox(FreeSlotDialog)
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.practitionerLabel = QLabel(FreeSlotDialog)
        self.practitionerLabel.setObjectName(u"practitionerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.practitionerLabel)

        self.practitionerCombo = QComboBox(FreeSlotDialog)
        self.practitionerCombo.setObjectName(u"practitionerCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.practitionerCombo)

        self.roomLabel = QLabel(FreeSlotDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomCombo = QComboBox(FreeSlotDialog)
        self.roomCombo.setObjectName(u"roomCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roomCombo)

        self.fromLabel = QLabel(FreeSlotDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateTimeEdit(FreeSlotDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fromEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.slotsLabel = QLabel(FreeSlotDialog)
        self.slotsLabel.setObjectName(u"slotsLabel")
        self.slotsLabel.setProperty(u"role", u"caption")

        self.mainLayout.addWidget(self.slotsLabel)

        self.slotList = QListWidget(FreeSlotDialog)
        self.slotList.setObjectName(u"slotList")

        self.mainLayout.addWidget(self.slotList)

        self.messageLabel = QLabel(FreeSlotDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.laterButton = QPushButton(FreeSlotDialog)
        self.laterButton.setObjectName(u"laterButton")

        self.buttonsLayout.addWidget(self.laterButton)

        self.buttonBox = QDialogButtonBox(FreeSlotDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.serviceLabel.setBuddy(self.serviceCombo)
        self.practitionerLabel.setBuddy(self.practitionerCombo)
        self.roomLabel.setBuddy(self.roomCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.slotsLabel.setBuddy(self.slotList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FreeSlotDialog)

        QMetaObject.connectSlotsByName(FreeSlotDialog)
    # setupUi

    def retranslateUi(self, FreeSlotDialog) -> None:
        FreeSlotDialog.setWindowTitle(QCoreApplication.translate("FreeSlotDialog", u"Next free times \u2014 acudesk", None))
        self.serviceLabel.setText(QCoreApplication.translate("FreeSlotDialog", u"&Service", None))
#if QT_CONFIG(accessibility)
        self.serviceCombo.setAccessibleName(QCoreApplication.translate("FreeSlotDialog", u"Service", None))
#endif // QT_CONFIG(accessibility)
        self.practitionerLabel.setText(QCoreApplication.translate("FreeSlotDialog", u"&Practitioner", None))
#if QT_CONFIG(accessibility)
        self.practitionerCombo.setAccessibleName(QCoreApplication.translate("FreeSlotDialog", u"Practitioner", None))
#endif // QT_CONFIG(accessibility)
        self.roomLabel.setText(QCoreApplication.translate("FreeSlotDialog", u"&Room", None))
#if QT_CONFIG(accessibility)
        self.roomCombo.setAccessibleName(QCoreApplication.translate("FreeSlotDialog", u"Room", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("FreeSlotDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("FreeSlotDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.slotsLabel.setText(QCoreApplication.translate("FreeSlotDialog", u"Free &times", None))
#if QT_CONFIG(accessibility)
        self.slotList.setAccessibleName(QCoreApplication.translate("FreeSlotDialog", u"Free times", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("FreeSlotDialog", u"Finder message", None))
#endif // QT_CONFIG(accessibility)
        self.laterButton.setText(QCoreApplication.translate("FreeSlotDialog", u"&Later times", None))
#if QT_CONFIG(tooltip)
        self.laterButton.setToolTip(QCoreApplication.translate("FreeSlotDialog", u"Look for free times after the last one listed", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

