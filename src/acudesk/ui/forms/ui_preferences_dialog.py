# Generated from forms/preferences_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog) -> None:
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(440, 240)
        PreferencesDialog.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(PreferencesDialog)
        self.mainLayout.setSpacing(4)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 18)
        self.introLabel = QLabel(PreferencesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.gap0 = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.gap0)

        self.languageLabel = QLabel(PreferencesDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.mainLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(PreferencesDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.mainLayout.addWidget(self.languageCombo)

        self.languageError = QLabel(PreferencesDialog)
        self.languageError.setObjectName(u"languageError")
        self.languageError.setWordWrap(True)
        self.languageError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.languageError)

        self.languageHint = QLabel(PreferencesDialog)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)
        self.languageHint.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.languageHint)

        self.spacer = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog) -> None:
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"My preferences", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Whose preferences", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Language of the screens", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languageError.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Language message", None))
#endif // QT_CONFIG(accessibility)
        self.languageHint.setText(QCoreApplication.translate("PreferencesDialog", u"The window opens again in the new language when you save. Handouts keep printing in each client's own language.", None))
    # retranslateUi

