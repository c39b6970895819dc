# Generated from forms/help_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout

class Ui_HelpDialog(object):
    def setupUi(self, HelpDialog) -> None:
        if not HelpDialog.objectName():
            HelpDialog.setObjectName(u"HelpDialog")
        HelpDialog.resize(920, 660)
        self.mainLayout = QVBoxLayout(HelpDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.guideLayout = QHBoxLayout()
        self.guideLayout.setSpacing(8)
        self.guideLayout.setObjectName(u"guideLayout")
        self.guideLabel = QLabel(HelpDialog)
        self.guideLabel.setObjectName(u"guideLabel")

        self.guideLayout.addWidget(self.guideLabel)

        self.guideCombo = QComboBox(HelpDialog)
        self.guideCombo.setObjectName(u"guideCombo")

        self.guideLayout.addWidget(self.guideCombo)

        self.guideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.guideLayout.addItem(self.guideSpacer)


        self.mainLayout.addLayout(self.guideLayout)

        self.browser = QTextBrowser(HelpDialog)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(False)

        self.mainLayout.addWidget(self.browser)

        self.buttonBox = QDialogButtonBox(HelpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.guideLabel.setBuddy(self.guideCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HelpDialog)

        QMetaObject.connectSlotsByName(HelpDialog)
    # setupUi

    def retranslateUi(self, HelpDialog) -> None:
        HelpDialog.setWindowTitle(QCoreApplication.translate("HelpDialog", u"acudesk help", None))
        self.guideLabel.setText(QCoreApplication.translate("HelpDialog", u"&Guide", None))
#if QT_CONFIG(accessibility)
        self.guideCombo.setAccessibleName(QCoreApplication.translate("HelpDialog", u"Guide", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("HelpDialog", u"Guide text", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

