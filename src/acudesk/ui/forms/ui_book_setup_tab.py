# Generated from forms/book_setup_tab.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'book_setup_tab.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_BookSetupTab(object):
    def setupUi(self, BookSetupTab) -> None:
        if not BookSetupTab.objectName():
            BookSetupTab.setObjectName(u"BookSetupTab")
        BookSetupTab.resize(980, 560)
        self.tabLayout = QHBoxLayout(BookSetupTab)
        self.tabLayout.setSpacing(14)
        self.tabLayout.setObjectName(u"tabLayout")
        self.listColumn = QVBoxLayout()
        self.listColumn.setSpacing(6)
        self.listColumn.setObjectName(u"listColumn")
        self.scopeLabel = QLabel(BookSetupTab)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.listColumn.addWidget(self.scopeLabel)

        self.scopeCombo = QComboBox(BookSetupTab)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.listColumn.addWidget(self.scopeCombo)

        self.itemList = QListWidget(BookSetupTab)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setMinimumSize(QSize(260, 0))
        self.itemList.setMaximumSize(QSize(420, 16777215))

        self.listColumn.addWidget(self.itemList)

        self.listHint = QLabel(BookSetupTab)
        self.listHint.setObjectName(u"listHint")
        self.listHint.setWordWrap(True)
        self.listHint.setProperty(u"role", u"hint")

        self.listColumn.addWidget(self.listHint)


        self.tabLayout.addLayout(self.listColumn)

        self.editorColumn = QVBoxLayout()
        self.editorColumn.setSpacing(8)
        self.editorColumn.setObjectName(u"editorColumn")
        self.editorGroup = QGroupBox(BookSetupTab)
        self.editorGroup.setObjectName(u"editorGroup")
        self.form = QFormLayout(self.editorGroup)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.editorColumn.addWidget(self.editorGroup)

        self.messageLabel = QLabel(BookSetupTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.editorColumn.addWidget(self.messageLabel)

        self.editorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorColumn.addItem(self.editorSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(BookSetupTab)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.reloadButton = QPushButton(BookSetupTab)
        self.reloadButton.setObjectName(u"reloadButton")

        self.buttonRow.addWidget(self.reloadButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.toggleButton = QPushButton(BookSetupTab)
        self.toggleButton.setObjectName(u"toggleButton")

        self.buttonRow.addWidget(self.toggleButton)

        self.saveButton = QPushButton(BookSetupTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.editorColumn.addLayout(self.buttonRow)


        self.tabLayout.addLayout(self.editorColumn)

#if QT_CONFIG(shortcut)
        self.scopeLabel.setBuddy(self.scopeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BookSetupTab)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(BookSetupTab)
    # setupUi

    def retranslateUi(self, BookSetupTab) -> None:
        self.scopeLabel.setText(QCoreApplication.translate("BookSetupTab", u"At &location", None))
#if QT_CONFIG(accessibility)
        self.scopeCombo.setAccessibleName(QCoreApplication.translate("BookSetupTab", u"At location", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("BookSetupTab", u"Set-up message", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("BookSetupTab", u"&New", None))
        self.reloadButton.setText(QCoreApplication.translate("BookSetupTab", u"&Reload", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("BookSetupTab", u"Read again what is saved (after another computer changed it)", None))
#endif // QT_CONFIG(tooltip)
        self.toggleButton.setText(QCoreApplication.translate("BookSetupTab", u"&Deactivate", None))
        self.saveButton.setText(QCoreApplication.translate("BookSetupTab", u"&Save", None))
        pass
    # retranslateUi

