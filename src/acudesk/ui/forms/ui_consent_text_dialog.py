# Generated from forms/consent_text_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_text_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ConsentTextDialog(object):
    def setupUi(self, ConsentTextDialog) -> None:
        if not ConsentTextDialog.objectName():
            ConsentTextDialog.setObjectName(u"ConsentTextDialog")
        ConsentTextDialog.resize(640, 520)
        ConsentTextDialog.setMinimumSize(QSize(520, 400))
        self.mainLayout = QVBoxLayout(ConsentTextDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 18)
        self.titleLabel = QLabel(ConsentTextDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"heading")

        self.mainLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(ConsentTextDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.consentTextEdit = QPlainTextEdit(ConsentTextDialog)
        self.consentTextEdit.setObjectName(u"consentTextEdit")
        self.consentTextEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.consentTextEdit)

        self.consentTextError = QLabel(ConsentTextDialog)
        self.consentTextError.setObjectName(u"consentTextError")
        self.consentTextError.setWordWrap(True)
        self.consentTextError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.consentTextError)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.defaultButton = QPushButton(ConsentTextDialog)
        self.defaultButton.setObjectName(u"defaultButton")
        self.defaultButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.defaultButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ConsentTextDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(ConsentTextDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ConsentTextDialog)

        QMetaObject.connectSlotsByName(ConsentTextDialog)
    # setupUi

    def retranslateUi(self, ConsentTextDialog) -> None:
        ConsentTextDialog.setWindowTitle(QCoreApplication.translate("ConsentTextDialog", u"Consent text", None))
        self.titleLabel.setText(QCoreApplication.translate("ConsentTextDialog", u"Informed-consent text", None))
        self.hintLabel.setText(QCoreApplication.translate("ConsentTextDialog", u"Clients read this on the intake form before they tick consent and sign. Intakes already signed keep the text they were signed with on their printed summary.", None))
#if QT_CONFIG(accessibility)
        self.consentTextEdit.setAccessibleName(QCoreApplication.translate("ConsentTextDialog", u"Consent text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consentTextError.setAccessibleName(QCoreApplication.translate("ConsentTextDialog", u"Consent text message", None))
#endif // QT_CONFIG(accessibility)
        self.defaultButton.setText(QCoreApplication.translate("ConsentTextDialog", u"Use the &standard text", None))
        self.cancelButton.setText(QCoreApplication.translate("ConsentTextDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("ConsentTextDialog", u"&Save", None))
    # retranslateUi

