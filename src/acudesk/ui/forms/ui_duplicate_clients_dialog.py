# Generated from forms/duplicate_clients_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duplicate_clients_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_DuplicateClientsDialog(object):
    def setupUi(self, DuplicateClientsDialog) -> None:
        if not DuplicateClientsDialog.objectName():
            DuplicateClientsDialog.setObjectName(u"DuplicateClientsDialog")
        DuplicateClientsDialog.resize(600, 340)
        DuplicateClientsDialog.setMinimumSize(QSize(600, 0))
        self.mainLayout = QVBoxLayout(DuplicateClientsDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 18)
        self.titleLabel = QLabel(DuplicateClientsDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"heading")

        self.mainLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(DuplicateClientsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.matchesLayout = QVBoxLayout()
        self.matchesLayout.setSpacing(8)
        self.matchesLayout.setObjectName(u"matchesLayout")
        self.matchesLayout.setContentsMargins(-1, 6, -1, 6)

        self.mainLayout.addLayout(self.matchesLayout)

        self.spacer = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(10)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.backButton = QPushButton(DuplicateClientsDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonLayout.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveNewButton = QPushButton(DuplicateClientsDialog)
        self.saveNewButton.setObjectName(u"saveNewButton")
        self.saveNewButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveNewButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(DuplicateClientsDialog)

        QMetaObject.connectSlotsByName(DuplicateClientsDialog)
    # setupUi

    def retranslateUi(self, DuplicateClientsDialog) -> None:
        DuplicateClientsDialog.setWindowTitle(QCoreApplication.translate("DuplicateClientsDialog", u"Already registered?", None))
        self.titleLabel.setText(QCoreApplication.translate("DuplicateClientsDialog", u"This may be a client you already have", None))
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("DuplicateClientsDialog", u"Why", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("DuplicateClientsDialog", u"Back to the form", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("DuplicateClientsDialog", u"Back to the form", None))
#endif // QT_CONFIG(accessibility)
        self.saveNewButton.setText(QCoreApplication.translate("DuplicateClientsDialog", u"Save as a new client", None))
#if QT_CONFIG(accessibility)
        self.saveNewButton.setAccessibleName(QCoreApplication.translate("DuplicateClientsDialog", u"Save as a new client", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

