# Generated from forms/session_apply_protocol_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_apply_protocol_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_SessionApplyProtocolDialog(object):
    def setupUi(self, SessionApplyProtocolDialog) -> None:
        if not SessionApplyProtocolDialog.objectName():
            SessionApplyProtocolDialog.setObjectName(u"SessionApplyProtocolDialog")
        SessionApplyProtocolDialog.resize(460, 400)
        SessionApplyProtocolDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(SessionApplyProtocolDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 18)
        self.titleLabel = QLabel(SessionApplyProtocolDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"heading")

        self.mainLayout.addWidget(self.titleLabel)

        self.protocolList = QListWidget(SessionApplyProtocolDialog)
        self.protocolList.setObjectName(u"protocolList")
        self.protocolList.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.protocolList)

        self.descriptionLabel = QLabel(SessionApplyProtocolDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)
        self.descriptionLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.descriptionLabel)

        self.emptyLabel = QLabel(SessionApplyProtocolDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.emptyLabel)

        self.modeLayout = QHBoxLayout()
        self.modeLayout.setSpacing(18)
        self.modeLayout.setObjectName(u"modeLayout")
        self.replaceRadio = QRadioButton(SessionApplyProtocolDialog)
        self.replaceRadio.setObjectName(u"replaceRadio")

        self.modeLayout.addWidget(self.replaceRadio)

        self.addRadio = QRadioButton(SessionApplyProtocolDialog)
        self.addRadio.setObjectName(u"addRadio")

        self.modeLayout.addWidget(self.addRadio)

        self.modeLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.modeLayout.addItem(self.modeLayoutSpacer)


        self.mainLayout.addLayout(self.modeLayout)

        self.undoHint = QLabel(SessionApplyProtocolDialog)
        self.undoHint.setObjectName(u"undoHint")
        self.undoHint.setWordWrap(True)
        self.undoHint.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.undoHint)

        self.buttonBox = QDialogButtonBox(SessionApplyProtocolDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(SessionApplyProtocolDialog)

        QMetaObject.connectSlotsByName(SessionApplyProtocolDialog)
    # setupUi

    def retranslateUi(self, SessionApplyProtocolDialog) -> None:
        SessionApplyProtocolDialog.setWindowTitle(QCoreApplication.translate("SessionApplyProtocolDialog", u"Apply protocol \u2014 acudesk", None))
        self.titleLabel.setText(QCoreApplication.translate("SessionApplyProtocolDialog", u"Apply a protocol", None))
#if QT_CONFIG(accessibility)
        self.protocolList.setAccessibleName(QCoreApplication.translate("SessionApplyProtocolDialog", u"Protocols", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.descriptionLabel.setAccessibleName(QCoreApplication.translate("SessionApplyProtocolDialog", u"Protocol description", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("SessionApplyProtocolDialog", u"No protocols yet. Chart a session, then \u201cSave as protocol\u2026\u201d.", None))
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("SessionApplyProtocolDialog", u"No protocols", None))
#endif // QT_CONFIG(accessibility)
        self.replaceRadio.setText(QCoreApplication.translate("SessionApplyProtocolDialog", u"&Replace the chart", None))
#if QT_CONFIG(accessibility)
        self.replaceRadio.setAccessibleName(QCoreApplication.translate("SessionApplyProtocolDialog", u"Replace the chart", None))
#endif // QT_CONFIG(accessibility)
        self.addRadio.setText(QCoreApplication.translate("SessionApplyProtocolDialog", u"A&dd to the chart", None))
#if QT_CONFIG(accessibility)
        self.addRadio.setAccessibleName(QCoreApplication.translate("SessionApplyProtocolDialog", u"Add to the chart", None))
#endif // QT_CONFIG(accessibility)
        self.undoHint.setText(QCoreApplication.translate("SessionApplyProtocolDialog", u"You can undo this on the chart (Ctrl+Z).", None))
    # retranslateUi

