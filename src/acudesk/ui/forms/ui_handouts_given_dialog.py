# Generated from forms/handouts_given_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handouts_given_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_HandoutsGivenDialog(object):
    def setupUi(self, HandoutsGivenDialog) -> None:
        if not HandoutsGivenDialog.objectName():
            HandoutsGivenDialog.setObjectName(u"HandoutsGivenDialog")
        HandoutsGivenDialog.resize(640, 420)
        self.mainLayout = QVBoxLayout(HandoutsGivenDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(HandoutsGivenDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"heading")

        self.mainLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(HandoutsGivenDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(HandoutsGivenDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.givenList = QListWidget(HandoutsGivenDialog)
        self.givenList.setObjectName(u"givenList")
        self.givenList.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.givenList)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(HandoutsGivenDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)

        self.saveCopyButton = QPushButton(HandoutsGivenDialog)
        self.saveCopyButton.setObjectName(u"saveCopyButton")

        self.buttonLayout.addWidget(self.saveCopyButton)

        self.reprintButton = QPushButton(HandoutsGivenDialog)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.reprintButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(HandoutsGivenDialog)

        self.reprintButton.setDefault(True)


        QMetaObject.connectSlotsByName(HandoutsGivenDialog)
    # setupUi

    def retranslateUi(self, HandoutsGivenDialog) -> None:
        HandoutsGivenDialog.setWindowTitle(QCoreApplication.translate("HandoutsGivenDialog", u"Handouts given", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("HandoutsGivenDialog", u"Handouts given for", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("HandoutsGivenDialog", u"Each sheet is kept exactly as it was printed or saved. Reprint gives the client the same pages again, whatever has changed since.", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("HandoutsGivenDialog", u"Handouts given message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.givenList.setAccessibleName(QCoreApplication.translate("HandoutsGivenDialog", u"Handouts given", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("HandoutsGivenDialog", u"Close", None))
        self.saveCopyButton.setText(QCoreApplication.translate("HandoutsGivenDialog", u"Save a &copy\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveCopyButton.setAccessibleName(QCoreApplication.translate("HandoutsGivenDialog", u"Save a copy", None))
#endif // QT_CONFIG(accessibility)
        self.reprintButton.setText(QCoreApplication.translate("HandoutsGivenDialog", u"&Reprint\u2026", None))
#if QT_CONFIG(accessibility)
        self.reprintButton.setAccessibleName(QCoreApplication.translate("HandoutsGivenDialog", u"Reprint", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

