# Generated from forms/booking_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'booking_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox, QVBoxLayout

class Ui_BookingDialog(object):
    def setupUi(self, BookingDialog) -> None:
        if not BookingDialog.objectName():
            BookingDialog.setObjectName(u"BookingDialog")
        BookingDialog.resize(560, 600)
        self.mainLayout = QVBoxLayout(BookingDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 14)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.clientLabel = QLabel(BookingDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientEdit = QLineEdit(BookingDialog)
        self.clientEdit.setObjectName(u"clientEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clientEdit)

        self.clientList = QListWidget(BookingDialog)
        self.clientList.setObjectName(u"clientList")
        self.clientList.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clientList)

        self.serviceLabel = QLabel(BookingDialog)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceCombo = QComboBox(BookingDialog)
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.startLabel = QLabel(BookingDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startLayout = QHBoxLayout()
        self.startLayout.setObjectName(u"startLayout")
        self.startEdit = QDateTimeEdit(BookingDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.startLayout.addWidget(self.startEdit)

        self.findFreeButton = QPushButton(BookingDialog)
        self.findFreeButton.setObjectName(u"findFreeButton")
        self.findFreeButton.setAutoDefault(False)

        self.startLayout.addWidget(self.findFreeButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.startLayout)

        self.practitionerLabel = QLabel(BookingDialog)
        self.practitionerLabel.setObjectName(u"practitionerLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.practitionerLabel)

        self.practitionerCombo = QComboBox(BookingDialog)
        self.practitionerCombo.setObjectName(u"practitionerCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.practitionerCombo)

        self.roomLabel = QLabel(BookingDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomCombo = QComboBox(BookingDialog)
        self.roomCombo.setObjectName(u"roomCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roomCombo)

        self.repeatLabel = QLabel(BookingDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatLayout = QHBoxLayout()
        self.repeatLayout.setObjectName(u"repeatLayout")
        self.countSpin = QSpinBox(BookingDialog)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(60)

        self.repeatLayout.addWidget(self.countSpin)

        self.everyCombo = QComboBox(BookingDialog)
        self.everyCombo.setObjectName(u"everyCombo")

        self.repeatLayout.addWidget(self.everyCombo)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.repeatLayout)

        self.notesLabel = QLabel(BookingDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(BookingDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(BookingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.planList = QListWidget(BookingDialog)
        self.planList.setObjectName(u"planList")

        self.mainLayout.addWidget(self.planList)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.acceptAllButton = QPushButton(BookingDialog)
        self.acceptAllButton.setObjectName(u"acceptAllButton")

        self.buttonsLayout.addWidget(self.acceptAllButton)

        self.buttonBox = QDialogButtonBox(BookingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.clientLabel.setBuddy(self.clientEdit)
        self.serviceLabel.setBuddy(self.serviceCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.practitionerLabel.setBuddy(self.practitionerCombo)
        self.roomLabel.setBuddy(self.roomCombo)
        self.repeatLabel.setBuddy(self.countSpin)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BookingDialog)

        QMetaObject.connectSlotsByName(BookingDialog)
    # setupUi

    def retranslateUi(self, BookingDialog) -> None:
        BookingDialog.setWindowTitle(QCoreApplication.translate("BookingDialog", u"New appointment \u2014 acudesk", None))
        self.clientLabel.setText(QCoreApplication.translate("BookingDialog", u"&Client", None))
#if QT_CONFIG(accessibility)
        self.clientEdit.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Client", None))
#endif // QT_CONFIG(accessibility)
        self.clientEdit.setPlaceholderText(QCoreApplication.translate("BookingDialog", u"Type part of a name, a phone or a date of birth", None))
#if QT_CONFIG(accessibility)
        self.clientList.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Matching clients", None))
#endif // QT_CONFIG(accessibility)
        self.serviceLabel.setText(QCoreApplication.translate("BookingDialog", u"&Service", None))
#if QT_CONFIG(accessibility)
        self.serviceCombo.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Service", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("BookingDialog", u"S&tarts", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Starts", None))
#endif // QT_CONFIG(accessibility)
        self.findFreeButton.setText(QCoreApplication.translate("BookingDialog", u"&Find next free", None))
#if QT_CONFIG(tooltip)
        self.findFreeButton.setToolTip(QCoreApplication.translate("BookingDialog", u"Fill in the next time that is free for this service, practitioner and room (Alt+F; again for the one after)", None))
#endif // QT_CONFIG(tooltip)
        self.practitionerLabel.setText(QCoreApplication.translate("BookingDialog", u"&Practitioner", None))
#if QT_CONFIG(accessibility)
        self.practitionerCombo.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Practitioner", None))
#endif // QT_CONFIG(accessibility)
        self.roomLabel.setText(QCoreApplication.translate("BookingDialog", u"&Room", None))
#if QT_CONFIG(accessibility)
        self.roomCombo.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Room", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("BookingDialog", u"Sess&ions", None))
#if QT_CONFIG(accessibility)
        self.countSpin.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Sessions to book", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.everyCombo.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Repeat every", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("BookingDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Booking message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.planList.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Sessions of the course", None))
#endif // QT_CONFIG(accessibility)
        self.acceptAllButton.setText(QCoreApplication.translate("BookingDialog", u"Accept &every alternative", None))
    # retranslateUi

