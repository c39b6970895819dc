# Generated from forms/book_setup_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'book_setup_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_BookSetupDialog(object):
    def setupUi(self, BookSetupDialog) -> None:
        if not BookSetupDialog.objectName():
            BookSetupDialog.setObjectName(u"BookSetupDialog")
        BookSetupDialog.resize(520, 620)
        self.mainLayout = QVBoxLayout(BookSetupDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 14)
        self.introLabel = QLabel(BookSetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.locationGroup = QGroupBox(BookSetupDialog)
        self.locationGroup.setObjectName(u"locationGroup")
        self.locationGroupLayout = QFormLayout(self.locationGroup)
        self.locationGroupLayout.setObjectName(u"locationGroupLayout")
        self.nameLabel = QLabel(self.locationGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.locationGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.locationGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.locationGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.zoneLabel = QLabel(self.locationGroup)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.locationGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zoneCombo = QComboBox(self.locationGroup)
        self.zoneCombo.setObjectName(u"zoneCombo")
        self.zoneCombo.setEditable(True)

        self.locationGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.zoneCombo)

        self.opensLabel = QLabel(self.locationGroup)
        self.opensLabel.setObjectName(u"opensLabel")

        self.locationGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.opensLabel)

        self.opensEdit = QTimeEdit(self.locationGroup)
        self.opensEdit.setObjectName(u"opensEdit")
        self.opensEdit.setDisplayFormat(u"HH:mm")

        self.locationGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.opensEdit)

        self.closesLabel = QLabel(self.locationGroup)
        self.closesLabel.setObjectName(u"closesLabel")

        self.locationGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.closesLabel)

        self.closesEdit = QTimeEdit(self.locationGroup)
        self.closesEdit.setObjectName(u"closesEdit")
        self.closesEdit.setDisplayFormat(u"HH:mm")

        self.locationGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.closesEdit)

        self.daysLabel = QLabel(self.locationGroup)
        self.daysLabel.setObjectName(u"daysLabel")

        self.locationGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysLayout = QHBoxLayout()
        self.daysLayout.setObjectName(u"daysLayout")

        self.locationGroupLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.daysLayout)


        self.mainLayout.addWidget(self.locationGroup)

        self.roomsGroup = QGroupBox(BookSetupDialog)
        self.roomsGroup.setObjectName(u"roomsGroup")
        self.roomsGroupLayout = QFormLayout(self.roomsGroup)
        self.roomsGroupLayout.setObjectName(u"roomsGroupLayout")
        self.roomsLabel = QLabel(self.roomsGroup)
        self.roomsLabel.setObjectName(u"roomsLabel")

        self.roomsGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roomsLabel)

        self.roomsEdit = QLineEdit(self.roomsGroup)
        self.roomsEdit.setObjectName(u"roomsEdit")

        self.roomsGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roomsEdit)


        self.mainLayout.addWidget(self.roomsGroup)

        self.cancelGroup = QGroupBox(BookSetupDialog)
        self.cancelGroup.setObjectName(u"cancelGroup")
        self.cancelGroupLayout = QFormLayout(self.cancelGroup)
        self.cancelGroupLayout.setObjectName(u"cancelGroupLayout")
        self.lateLabel = QLabel(self.cancelGroup)
        self.lateLabel.setObjectName(u"lateLabel")

        self.cancelGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lateLabel)

        self.lateSpin = QSpinBox(self.cancelGroup)
        self.lateSpin.setObjectName(u"lateSpin")
        self.lateSpin.setMaximum(336)

        self.cancelGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lateSpin)


        self.mainLayout.addWidget(self.cancelGroup)

        self.serviceGroup = QGroupBox(BookSetupDialog)
        self.serviceGroup.setObjectName(u"serviceGroup")
        self.serviceGroupLayout = QFormLayout(self.serviceGroup)
        self.serviceGroupLayout.setObjectName(u"serviceGroupLayout")
        self.serviceLabel = QLabel(self.serviceGroup)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.serviceGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceEdit = QLineEdit(self.serviceGroup)
        self.serviceEdit.setObjectName(u"serviceEdit")

        self.serviceGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serviceEdit)

        self.minutesLabel = QLabel(self.serviceGroup)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.serviceGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesSpin = QSpinBox(self.serviceGroup)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(5)
        self.minutesSpin.setMaximum(480)
        self.minutesSpin.setValue(60)

        self.serviceGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minutesSpin)

        self.retentionFromLabel = QLabel(self.serviceGroup)
        self.retentionFromLabel.setObjectName(u"retentionFromLabel")

        self.serviceGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.retentionFromLabel)

        self.retentionFromSpin = QSpinBox(self.serviceGroup)
        self.retentionFromSpin.setObjectName(u"retentionFromSpin")
        self.retentionFromSpin.setMinimum(0)
        self.retentionFromSpin.setMaximum(480)
        self.retentionFromSpin.setValue(15)

        self.serviceGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.retentionFromSpin)

        self.retentionLabel = QLabel(self.serviceGroup)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.serviceGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionSpin = QSpinBox(self.serviceGroup)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(0)
        self.retentionSpin.setMaximum(480)
        self.retentionSpin.setValue(30)

        self.serviceGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.retentionSpin)

        self.afterLabel = QLabel(self.serviceGroup)
        self.afterLabel.setObjectName(u"afterLabel")

        self.serviceGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.afterLabel)

        self.afterSpin = QSpinBox(self.serviceGroup)
        self.afterSpin.setObjectName(u"afterSpin")
        self.afterSpin.setMinimum(0)
        self.afterSpin.setMaximum(120)
        self.afterSpin.setValue(10)

        self.serviceGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.afterSpin)


        self.mainLayout.addWidget(self.serviceGroup)

        self.messageLabel = QLabel(BookSetupDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(BookSetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.zoneLabel.setBuddy(self.zoneCombo)
        self.opensLabel.setBuddy(self.opensEdit)
        self.closesLabel.setBuddy(self.closesEdit)
        self.roomsLabel.setBuddy(self.roomsEdit)
        self.lateLabel.setBuddy(self.lateSpin)
        self.serviceLabel.setBuddy(self.serviceEdit)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.retentionFromLabel.setBuddy(self.retentionFromSpin)
        self.retentionLabel.setBuddy(self.retentionSpin)
        self.afterLabel.setBuddy(self.afterSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BookSetupDialog)

        QMetaObject.connectSlotsByName(BookSetupDialog)
    # setupUi

    def retranslateUi(self, BookSetupDialog) -> None:
        BookSetupDialog.setWindowTitle(QCoreApplication.translate("BookSetupDialog", u"Set up the book \u2014 acudesk", None))
        self.introLabel.setText(QCoreApplication.translate("BookSetupDialog", u"The location's hours, its rooms, and the services the book offers. While the needles are retained the practitioner is free to see another client.", None))
        self.locationGroup.setTitle(QCoreApplication.translate("BookSetupDialog", u"Location", None))
        self.nameLabel.setText(QCoreApplication.translate("BookSetupDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Location name", None))
#endif // QT_CONFIG(accessibility)
        self.zoneLabel.setText(QCoreApplication.translate("BookSetupDialog", u"Time &zone", None))
#if QT_CONFIG(accessibility)
        self.zoneCombo.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Time zone", None))
#endif // QT_CONFIG(accessibility)
        self.opensLabel.setText(QCoreApplication.translate("BookSetupDialog", u"&Opens", None))
#if QT_CONFIG(accessibility)
        self.opensEdit.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Opens", None))
#endif // QT_CONFIG(accessibility)
        self.closesLabel.setText(QCoreApplication.translate("BookSetupDialog", u"&Closes", None))
#if QT_CONFIG(accessibility)
        self.closesEdit.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Closes", None))
#endif // QT_CONFIG(accessibility)
        self.daysLabel.setText(QCoreApplication.translate("BookSetupDialog", u"Open days", None))
        self.roomsGroup.setTitle(QCoreApplication.translate("BookSetupDialog", u"Rooms", None))
        self.roomsLabel.setText(QCoreApplication.translate("BookSetupDialog", u"&Rooms to add", None))
#if QT_CONFIG(accessibility)
        self.roomsEdit.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Rooms to add", None))
#endif // QT_CONFIG(accessibility)
        self.roomsEdit.setPlaceholderText(QCoreApplication.translate("BookSetupDialog", u"Names separated by commas: Blue room, Garden room", None))
        self.cancelGroup.setTitle(QCoreApplication.translate("BookSetupDialog", u"Cancellations", None))
        self.lateLabel.setText(QCoreApplication.translate("BookSetupDialog", u"Late if cancelled &within", None))
#if QT_CONFIG(accessibility)
        self.lateSpin.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Late cancellation hours", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.lateSpin.setToolTip(QCoreApplication.translate("BookSetupDialog", u"A cancellation this many hours or fewer before the start is marked cancelled late", None))
#endif // QT_CONFIG(tooltip)
        self.lateSpin.setSuffix(QCoreApplication.translate("BookSetupDialog", u" hours before", None))
        self.serviceGroup.setTitle(QCoreApplication.translate("BookSetupDialog", u"A service to add", None))
        self.serviceLabel.setText(QCoreApplication.translate("BookSetupDialog", u"S&ervice", None))
#if QT_CONFIG(accessibility)
        self.serviceEdit.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Service name", None))
#endif // QT_CONFIG(accessibility)
        self.serviceEdit.setPlaceholderText(QCoreApplication.translate("BookSetupDialog", u"e.g. Facial acupuncture", None))
        self.minutesLabel.setText(QCoreApplication.translate("BookSetupDialog", u"&Lasts", None))
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Lasts", None))
#endif // QT_CONFIG(accessibility)
        self.minutesSpin.setSuffix(QCoreApplication.translate("BookSetupDialog", u" min", None))
        self.retentionFromLabel.setText(QCoreApplication.translate("BookSetupDialog", u"Needles in &after", None))
#if QT_CONFIG(accessibility)
        self.retentionFromSpin.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Needles in after", None))
#endif // QT_CONFIG(accessibility)
        self.retentionFromSpin.setSuffix(QCoreApplication.translate("BookSetupDialog", u" min", None))
        self.retentionLabel.setText(QCoreApplication.translate("BookSetupDialog", u"Re&tention", None))
#if QT_CONFIG(accessibility)
        self.retentionSpin.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Retention", None))
#endif // QT_CONFIG(accessibility)
        self.retentionSpin.setSuffix(QCoreApplication.translate("BookSetupDialog", u" min", None))
        self.afterLabel.setText(QCoreApplication.translate("BookSetupDialog", u"Clea&ning after", None))
#if QT_CONFIG(accessibility)
        self.afterSpin.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Cleaning after", None))
#endif // QT_CONFIG(accessibility)
        self.afterSpin.setSuffix(QCoreApplication.translate("BookSetupDialog", u" min", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Set-up message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

