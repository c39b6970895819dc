# Generated from forms/waitlist_matches_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'waitlist_matches_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QVBoxLayout

class Ui_WaitlistMatchesDialog(object):
    def setupUi(self, WaitlistMatchesDialog) -> None:
        if not WaitlistMatchesDialog.objectName():
            WaitlistMatchesDialog.setObjectName(u"WaitlistMatchesDialog")
        WaitlistMatchesDialog.resize(640, 440)
        self.mainLayout = QVBoxLayout(WaitlistMatchesDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 14)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.freedLabel = QLabel(WaitlistMatchesDialog)
        self.freedLabel.setObjectName(u"freedLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.freedLabel)

        self.freedCombo = QComboBox(WaitlistMatchesDialog)
        self.freedCombo.setObjectName(u"freedCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.freedCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.matchesLabel = QLabel(WaitlistMatchesDialog)
        self.matchesLabel.setObjectName(u"matchesLabel")

        self.mainLayout.addWidget(self.matchesLabel)

        self.matchesList = QListWidget(WaitlistMatchesDialog)
        self.matchesList.setObjectName(u"matchesList")

        self.mainLayout.addWidget(self.matchesList)

        self.messageLabel = QLabel(WaitlistMatchesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(WaitlistMatchesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.freedLabel.setBuddy(self.freedCombo)
        self.matchesLabel.setBuddy(self.matchesList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WaitlistMatchesDialog)

        QMetaObject.connectSlotsByName(WaitlistMatchesDialog)
    # setupUi

    def retranslateUi(self, WaitlistMatchesDialog) -> None:
        WaitlistMatchesDialog.setWindowTitle(QCoreApplication.translate("WaitlistMatchesDialog", u"Freed time \u2014 acudesk", None))
        self.freedLabel.setText(QCoreApplication.translate("WaitlistMatchesDialog", u"Freed &time", None))
#if QT_CONFIG(accessibility)
        self.freedCombo.setAccessibleName(QCoreApplication.translate("WaitlistMatchesDialog", u"Freed time", None))
#endif // QT_CONFIG(accessibility)
        self.matchesLabel.setText(QCoreApplication.translate("WaitlistMatchesDialog", u"&Waiting clients who fit, who waited longest first", None))
#if QT_CONFIG(accessibility)
        self.matchesList.setAccessibleName(QCoreApplication.translate("WaitlistMatchesDialog", u"Waiting clients who fit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("WaitlistMatchesDialog", u"Freed time message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

