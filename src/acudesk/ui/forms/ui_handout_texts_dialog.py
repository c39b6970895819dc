# Generated from forms/handout_texts_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handout_texts_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout, QWidget

class Ui_HandoutTextsDialog(object):
    def setupUi(self, HandoutTextsDialog) -> None:
        if not HandoutTextsDialog.objectName():
            HandoutTextsDialog.setObjectName(u"HandoutTextsDialog")
        HandoutTextsDialog.resize(780, 600)
        HandoutTextsDialog.setMinimumSize(QSize(600, 460))
        self.mainLayout = QVBoxLayout(HandoutTextsDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 18)
        self.titleLabel = QLabel(HandoutTextsDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"heading")

        self.mainLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(HandoutTextsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.languageLayout = QHBoxLayout()
        self.languageLayout.setSpacing(8)
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(HandoutTextsDialog)
        self.languageLabel.setObjectName(u"languageLabel")
        self.languageLabel.setProperty(u"role", u"fieldname")

        self.languageLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(HandoutTextsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.addWidget(self.languageCombo)

        self.sourceLabel = QLabel(HandoutTextsDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setProperty(u"role", u"hint")

        self.languageLayout.addWidget(self.sourceLabel)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageLayout.addItem(self.languageSpacer)


        self.mainLayout.addLayout(self.languageLayout)

        self.sectionTabs = QTabWidget(HandoutTextsDialog)
        self.sectionTabs.setObjectName(u"sectionTabs")
        self.expectPage = QWidget()
        self.expectPage.setObjectName(u"expectPage")
        self.expectLayout = QVBoxLayout(self.expectPage)
        self.expectLayout.setObjectName(u"expectLayout")
        self.sectionTabs.addTab(self.expectPage, "")
        self.doPage = QWidget()
        self.doPage.setObjectName(u"doPage")
        self.doLayout = QVBoxLayout(self.doPage)
        self.doLayout.setObjectName(u"doLayout")
        self.sectionTabs.addTab(self.doPage, "")
        self.avoidPage = QWidget()
        self.avoidPage.setObjectName(u"avoidPage")
        self.avoidLayout = QVBoxLayout(self.avoidPage)
        self.avoidLayout.setObjectName(u"avoidLayout")
        self.sectionTabs.addTab(self.avoidPage, "")
        self.callPage = QWidget()
        self.callPage.setObjectName(u"callPage")
        self.callLayout = QVBoxLayout(self.callPage)
        self.callLayout.setSpacing(6)
        self.callLayout.setObjectName(u"callLayout")
        self.callTextLabel = QLabel(self.callPage)
        self.callTextLabel.setObjectName(u"callTextLabel")
        self.callTextLabel.setWordWrap(True)
        self.callTextLabel.setProperty(u"role", u"fieldname")

        self.callLayout.addWidget(self.callTextLabel)

        self.callTextEdit = QPlainTextEdit(self.callPage)
        self.callTextEdit.setObjectName(u"callTextEdit")
        self.callTextEdit.setTabChangesFocus(True)
        self.callTextEdit.setMaximumSize(QSize(16777215, 110))

        self.callLayout.addWidget(self.callTextEdit)

        self.callError = QLabel(self.callPage)
        self.callError.setObjectName(u"callError")
        self.callError.setWordWrap(True)
        self.callError.setProperty(u"role", u"error")

        self.callLayout.addWidget(self.callError)

        self.callTimingLabel = QLabel(self.callPage)
        self.callTimingLabel.setObjectName(u"callTimingLabel")
        self.callTimingLabel.setProperty(u"role", u"fieldname")

        self.callLayout.addWidget(self.callTimingLabel)

        self.callTimingEdit = QLineEdit(self.callPage)
        self.callTimingEdit.setObjectName(u"callTimingEdit")

        self.callLayout.addWidget(self.callTimingEdit)

        self.callSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.callLayout.addItem(self.callSpacer)

        self.sectionTabs.addTab(self.callPage, "")

        self.mainLayout.addWidget(self.sectionTabs)

        self.messageLabel = QLabel(HandoutTextsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.restoreButton = QPushButton(HandoutTextsDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.restoreButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(HandoutTextsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(HandoutTextsDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.callTextLabel.setBuddy(self.callTextEdit)
        self.callTimingLabel.setBuddy(self.callTimingEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoutTextsDialog)

        QMetaObject.connectSlotsByName(HandoutTextsDialog)
    # setupUi

    def retranslateUi(self, HandoutTextsDialog) -> None:
        HandoutTextsDialog.setWindowTitle(QCoreApplication.translate("HandoutTextsDialog", u"Handout texts", None))
        self.titleLabel.setText(QCoreApplication.translate("HandoutTextsDialog", u"Aftercare advice on the handout", None))
        self.hintLabel.setText(QCoreApplication.translate("HandoutTextsDialog", u"What clients read on the sheet they take home. Double-click a row to change it; the timing prints under the advice. Sheets already handed out keep the text they were printed with.", None))
        self.languageLabel.setText(QCoreApplication.translate("HandoutTextsDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("HandoutTextsDialog", u"Handout text language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceLabel.setAccessibleName(QCoreApplication.translate("HandoutTextsDialog", u"Whose text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sectionTabs.setAccessibleName(QCoreApplication.translate("HandoutTextsDialog", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.expectPage), QCoreApplication.translate("HandoutTextsDialog", u"What to expect", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.doPage), QCoreApplication.translate("HandoutTextsDialog", u"Do", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.avoidPage), QCoreApplication.translate("HandoutTextsDialog", u"Avoid", None))
        self.callTextLabel.setText(QCoreApplication.translate("HandoutTextsDialog", u"When the client should &call the clinic (printed with the clinic's phone)", None))
#if QT_CONFIG(accessibility)
        self.callTextEdit.setAccessibleName(QCoreApplication.translate("HandoutTextsDialog", u"When to call us", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.callError.setAccessibleName(QCoreApplication.translate("HandoutTextsDialog", u"When to call us message", None))
#endif // QT_CONFIG(accessibility)
        self.callTimingLabel.setText(QCoreApplication.translate("HandoutTextsDialog", u"&Timing", None))
#if QT_CONFIG(accessibility)
        self.callTimingEdit.setAccessibleName(QCoreApplication.translate("HandoutTextsDialog", u"When to call us timing", None))
#endif // QT_CONFIG(accessibility)
        self.callTimingEdit.setPlaceholderText(QCoreApplication.translate("HandoutTextsDialog", u"e.g. straight away", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.callPage), QCoreApplication.translate("HandoutTextsDialog", u"When to call us", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("HandoutTextsDialog", u"Handout texts message", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("HandoutTextsDialog", u"Restore acudesk's te&xt", None))
        self.closeButton.setText(QCoreApplication.translate("HandoutTextsDialog", u"Close", None))
        self.saveButton.setText(QCoreApplication.translate("HandoutTextsDialog", u"&Save", None))
    # retranslateUi

