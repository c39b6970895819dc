# Generated from forms/import_clients_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_clients_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_ImportClientsDialog(object):
    def setupUi(self, ImportClientsDialog) -> None:
        if not ImportClientsDialog.objectName():
            ImportClientsDialog.setObjectName(u"ImportClientsDialog")
        ImportClientsDialog.resize(940, 700)
        self.mainLayout = QVBoxLayout(ImportClientsDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 24, 28, 20)
        self.titleLabel = QLabel(ImportClientsDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(ImportClientsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setSpacing(8)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(ImportClientsDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setProperty(u"role", u"fieldname")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(ImportClientsDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ImportClientsDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.chooseButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.columnsCaption = QLabel(ImportClientsDialog)
        self.columnsCaption.setObjectName(u"columnsCaption")
        self.columnsCaption.setProperty(u"role", u"caption")

        self.mainLayout.addWidget(self.columnsCaption)

        self.columnsTable = QTableWidget(ImportClientsDialog)
        if (self.columnsTable.columnCount() < 3):
            self.columnsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.columnsTable.setObjectName(u"columnsTable")
        self.columnsTable.setMinimumSize(QSize(0, 130))
        self.columnsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columnsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columnsTable.setAlternatingRowColors(True)
        self.columnsTable.setShowGrid(False)
        self.columnsTable.setColumnCount(3)
        self.columnsTable.horizontalHeader().setStretchLastSection(True)
        self.columnsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.columnsTable)

        self.summaryLabel = QLabel(ImportClientsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"heading")

        self.mainLayout.addWidget(self.summaryLabel)

        self.problemsCaption = QLabel(ImportClientsDialog)
        self.problemsCaption.setObjectName(u"problemsCaption")
        self.problemsCaption.setProperty(u"role", u"caption")

        self.mainLayout.addWidget(self.problemsCaption)

        self.fixHint = QLabel(ImportClientsDialog)
        self.fixHint.setObjectName(u"fixHint")
        self.fixHint.setWordWrap(True)
        self.fixHint.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.fixHint)

        self.fixTable = QTableWidget(ImportClientsDialog)
        self.fixTable.setObjectName(u"fixTable")
        self.fixTable.setMinimumSize(QSize(0, 100))
        self.fixTable.setAlternatingRowColors(True)
        self.fixTable.horizontalHeader().setStretchLastSection(True)
        self.fixTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.fixTable)

        self.problemsList = QListWidget(ImportClientsDialog)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMaximumSize(QSize(16777215, 72))
        self.problemsList.setAlternatingRowColors(True)
        self.problemsList.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsList)

        self.skipInvalidCheck = QCheckBox(ImportClientsDialog)
        self.skipInvalidCheck.setObjectName(u"skipInvalidCheck")

        self.mainLayout.addWidget(self.skipInvalidCheck)

        self.messageLabel = QLabel(ImportClientsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ImportClientsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.importButton = QPushButton(ImportClientsDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.importButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportClientsDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportClientsDialog)
    # setupUi

    def retranslateUi(self, ImportClientsDialog) -> None:
        ImportClientsDialog.setWindowTitle(QCoreApplication.translate("ImportClientsDialog", u"Import clients", None))
        self.titleLabel.setText(QCoreApplication.translate("ImportClientsDialog", u"Import clients from a spreadsheet", None))
        self.hintLabel.setText(QCoreApplication.translate("ImportClientsDialog", u"Choose a CSV file saved from a spreadsheet or exported from another system (comma or semicolon separated). Check which column holds what, look at the rows acudesk cannot take, then import.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportClientsDialog", u"&File", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportClientsDialog", u"File", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportClientsDialog", u"No file chosen yet", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportClientsDialog", u"&Choose file\u2026", None))
        self.columnsCaption.setText(QCoreApplication.translate("ImportClientsDialog", u"COLUMNS IN THE FILE", None))
        ___qtablewidgetitem = self.columnsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportClientsDialog", u"Column in the file", None))
        ___qtablewidgetitem1 = self.columnsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportClientsDialog", u"First value", None))
        ___qtablewidgetitem2 = self.columnsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportClientsDialog", u"Goes into", None))
#if QT_CONFIG(accessibility)
        self.columnsTable.setAccessibleName(QCoreApplication.translate("ImportClientsDialog", u"Columns", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ImportClientsDialog", u"Import summary", None))
#endif // QT_CONFIG(accessibility)
        self.problemsCaption.setText(QCoreApplication.translate("ImportClientsDialog", u"ROWS ACUDESK CANNOT TAKE", None))
        self.fixHint.setText(QCoreApplication.translate("ImportClientsDialog", u"Correct a row here (double-click a cell and type): it is checked again at once, and imported with the others.", None))
#if QT_CONFIG(accessibility)
        self.fixTable.setAccessibleName(QCoreApplication.translate("ImportClientsDialog", u"Rows to correct", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemsList.setAccessibleName(QCoreApplication.translate("ImportClientsDialog", u"Problems", None))
#endif // QT_CONFIG(accessibility)
        self.skipInvalidCheck.setText(QCoreApplication.translate("ImportClientsDialog", u"Import the good rows even though some rows have problems", None))
#if QT_CONFIG(accessibility)
        self.skipInvalidCheck.setAccessibleName(QCoreApplication.translate("ImportClientsDialog", u"Skip invalid rows", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ImportClientsDialog", u"Import message", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ImportClientsDialog", u"Close", None))
        self.importButton.setText(QCoreApplication.translate("ImportClientsDialog", u"&Import", None))
    # retranslateUi

