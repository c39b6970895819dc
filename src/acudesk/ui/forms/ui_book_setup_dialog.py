# Generated from forms/book_setup_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'book_setup_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout

class Ui_BookSetupDialog(object):
    def setupUi(self, BookSetupDialog) -> None:
        if not BookSetupDialog.objectName():
            BookSetupDialog.setObjectName(u"BookSetupDialog")
        BookSetupDialog.resize(1040, 680)
        self.mainLayout = QVBoxLayout(BookSetupDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 12)
        self.introLabel = QLabel(BookSetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.tabs = QTabWidget(BookSetupDialog)
        self.tabs.setObjectName(u"tabs")

        self.mainLayout.addWidget(self.tabs)

        self.cancelRow = QHBoxLayout()
        self.cancelRow.setObjectName(u"cancelRow")
        self.lateLabel = QLabel(BookSetupDialog)
        self.lateLabel.setObjectName(u"lateLabel")

        self.cancelRow.addWidget(self.lateLabel)

        self.lateSpin = QSpinBox(BookSetupDialog)
        self.lateSpin.setObjectName(u"lateSpin")
        self.lateSpin.setMaximum(336)

        self.cancelRow.addWidget(self.lateSpin)

        self.lateSaveButton = QPushButton(BookSetupDialog)
        self.lateSaveButton.setObjectName(u"lateSaveButton")
        self.lateSaveButton.setAutoDefault(False)

        self.cancelRow.addWidget(self.lateSaveButton)

        self.lateMessage = QLabel(BookSetupDialog)
        self.lateMessage.setObjectName(u"lateMessage")
        self.lateMessage.setWordWrap(True)
        self.lateMessage.setProperty(u"role", u"error")

        self.cancelRow.addWidget(self.lateMessage)

        self.cancelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cancelRow.addItem(self.cancelSpacer)


        self.mainLayout.addLayout(self.cancelRow)

        self.buttonBox = QDialogButtonBox(BookSetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lateLabel.setBuddy(self.lateSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BookSetupDialog)

        QMetaObject.connectSlotsByName(BookSetupDialog)
    # setupUi

    def retranslateUi(self, BookSetupDialog) -> None:
        BookSetupDialog.setWindowTitle(QCoreApplication.translate("BookSetupDialog", u"Book set-up \u2014 acudesk", None))
        self.introLabel.setText(QCoreApplication.translate("BookSetupDialog", u"What the book knows: locations and their hours, rooms, devices, the services offered, who works when, and time off. Nothing an appointment points to is deleted: it is made inactive.", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Set-up sections", None))
#endif // QT_CONFIG(accessibility)
        self.lateLabel.setText(QCoreApplication.translate("BookSetupDialog", u"A cancellation is late if made wit&hin", None))
#if QT_CONFIG(accessibility)
        self.lateSpin.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Late cancellation hours", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.lateSpin.setToolTip(QCoreApplication.translate("BookSetupDialog", u"A cancellation this many hours or fewer before the start is marked cancelled late", None))
#endif // QT_CONFIG(tooltip)
        self.lateSpin.setSuffix(QCoreApplication.translate("BookSetupDialog", u" hours of the start", None))
        self.lateSaveButton.setText(QCoreApplication.translate("BookSetupDialog", u"Save r&ule", None))
    # retranslateUi

