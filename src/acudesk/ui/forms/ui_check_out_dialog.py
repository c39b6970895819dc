# Generated from forms/check_out_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_out_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_CheckOutDialog(object):
    def setupUi(self, CheckOutDialog) -> None:
        if not CheckOutDialog.objectName():
            CheckOutDialog.setObjectName(u"CheckOutDialog")
        CheckOutDialog.resize(620, 300)
        CheckOutDialog.setMinimumSize(QSize(600, 0))
        self.mainLayout = QVBoxLayout(CheckOutDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 24, 28, 20)
        self.titleLabel = QLabel(CheckOutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.visitLabel = QLabel(CheckOutDialog)
        self.visitLabel.setObjectName(u"visitLabel")
        self.visitLabel.setWordWrap(True)
        self.visitLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.visitLabel)

        self.handoutCaption = QLabel(CheckOutDialog)
        self.handoutCaption.setObjectName(u"handoutCaption")
        self.handoutCaption.setProperty(u"role", u"caption")

        self.mainLayout.addWidget(self.handoutCaption)

        self.handoutRow = QHBoxLayout()
        self.handoutRow.setObjectName(u"handoutRow")
        self.handoutLabel = QLabel(CheckOutDialog)
        self.handoutLabel.setObjectName(u"handoutLabel")
        self.handoutLabel.setWordWrap(True)

        self.handoutRow.addWidget(self.handoutLabel)

        self.printButton = QPushButton(CheckOutDialog)
        self.printButton.setObjectName(u"printButton")

        self.handoutRow.addWidget(self.printButton)


        self.mainLayout.addLayout(self.handoutRow)

        self.nextCaption = QLabel(CheckOutDialog)
        self.nextCaption.setObjectName(u"nextCaption")
        self.nextCaption.setProperty(u"role", u"caption")

        self.mainLayout.addWidget(self.nextCaption)

        self.nextRow = QHBoxLayout()
        self.nextRow.setObjectName(u"nextRow")
        self.nextLabel = QLabel(CheckOutDialog)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setWordWrap(True)

        self.nextRow.addWidget(self.nextLabel)

        self.bookNextButton = QPushButton(CheckOutDialog)
        self.bookNextButton.setObjectName(u"bookNextButton")

        self.nextRow.addWidget(self.bookNextButton)


        self.mainLayout.addLayout(self.nextRow)

        self.messageLabel = QLabel(CheckOutDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.messageLabel)

        self.stretch = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.stretch)

        self.buttonBox = QDialogButtonBox(CheckOutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(CheckOutDialog)

        QMetaObject.connectSlotsByName(CheckOutDialog)
    # setupUi

    def retranslateUi(self, CheckOutDialog) -> None:
        CheckOutDialog.setWindowTitle(QCoreApplication.translate("CheckOutDialog", u"Check out \u2014 acudesk", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("CheckOutDialog", u"Client checking out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.visitLabel.setAccessibleName(QCoreApplication.translate("CheckOutDialog", u"Visit", None))
#endif // QT_CONFIG(accessibility)
        self.handoutCaption.setText(QCoreApplication.translate("CheckOutDialog", u"AFTERCARE SHEET", None))
#if QT_CONFIG(accessibility)
        self.handoutLabel.setAccessibleName(QCoreApplication.translate("CheckOutDialog", u"Aftercare sheet", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("CheckOutDialog", u"&Print the aftercare sheet\u2026", None))
        self.nextCaption.setText(QCoreApplication.translate("CheckOutDialog", u"NEXT VISIT", None))
#if QT_CONFIG(accessibility)
        self.nextLabel.setAccessibleName(QCoreApplication.translate("CheckOutDialog", u"Next appointment", None))
#endif // QT_CONFIG(accessibility)
        self.bookNextButton.setText(QCoreApplication.translate("CheckOutDialog", u"&Book the next visit\u2026", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("CheckOutDialog", u"Check-out message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

