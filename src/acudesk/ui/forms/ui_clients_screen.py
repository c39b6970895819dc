# Generated from forms/clients_screen.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clients_screen.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_ClientsScreen(object):
    def setupUi(self, ClientsScreen) -> None:
        if not ClientsScreen.objectName():
            ClientsScreen.setObjectName(u"ClientsScreen")
        ClientsScreen.resize(900, 640)
        self.clientsLayout = QVBoxLayout(ClientsScreen)
        self.clientsLayout.setObjectName(u"clientsLayout")
        self.clientsLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(ClientsScreen)
        self.stack.setObjectName(u"stack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setSpacing(12)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(36, 32, 36, 24)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setSpacing(12)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(self.listPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.newButton = QPushButton(self.listPage)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"role", u"primary")

        self.titleLayout.addWidget(self.newButton)


        self.listLayout.addLayout(self.titleLayout)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setSpacing(16)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(self.listPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaxLength(200)

        self.searchLayout.addWidget(self.searchEdit)

        self.archivedCheck = QCheckBox(self.listPage)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.searchLayout.addWidget(self.archivedCheck)


        self.listLayout.addLayout(self.searchLayout)

        self.countLabel = QLabel(self.listPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"hint")

        self.listLayout.addWidget(self.countLabel)

        self.clientsTable = QTableView(self.listPage)
        self.clientsTable.setObjectName(u"clientsTable")
        self.clientsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clientsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientsTable.setAlternatingRowColors(True)
        self.clientsTable.setShowGrid(False)
        self.clientsTable.setWordWrap(False)
        self.clientsTable.setTabKeyNavigation(False)
        self.clientsTable.horizontalHeader().setHighlightSections(False)
        self.clientsTable.horizontalHeader().setStretchLastSection(True)
        self.clientsTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.clientsTable)

        self.emptyLabel = QLabel(self.listPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setMargin(48)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.emptyLabel.sizePolicy().hasHeightForWidth())
        self.emptyLabel.setSizePolicy(sizePolicy)
        self.emptyLabel.setProperty(u"role", u"subtitle")

        self.listLayout.addWidget(self.emptyLabel)

        self.messageLabel = QLabel(self.listPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.listLayout.addWidget(self.messageLabel)

        self.stack.addWidget(self.listPage)

        self.clientsLayout.addWidget(self.stack)

        QWidget.setTabOrder(self.searchEdit, self.archivedCheck)
        QWidget.setTabOrder(self.archivedCheck, self.clientsTable)
        QWidget.setTabOrder(self.clientsTable, self.newButton)

        self.retranslateUi(ClientsScreen)

        QMetaObject.connectSlotsByName(ClientsScreen)
    # setupUi

    def retranslateUi(self, ClientsScreen) -> None:
        self.titleLabel.setText(QCoreApplication.translate("ClientsScreen", u"Clients", None))
        self.newButton.setText(QCoreApplication.translate("ClientsScreen", u"New client", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ClientsScreen", u"Register a new client (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("ClientsScreen", u"New client", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ClientsScreen", u"Search clients", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ClientsScreen", u"Search name, phone, email or date of birth", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("ClientsScreen", u"Ctrl+F. Press Enter to open the highlighted client, Down to move into the list.", None))
#endif // QT_CONFIG(tooltip)
        self.archivedCheck.setText(QCoreApplication.translate("ClientsScreen", u"Show &archived", None))
#if QT_CONFIG(accessibility)
        self.archivedCheck.setAccessibleName(QCoreApplication.translate("ClientsScreen", u"Show archived", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("ClientsScreen", u"Clients shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clientsTable.setAccessibleName(QCoreApplication.translate("ClientsScreen", u"Clients list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("ClientsScreen", u"No clients found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ClientsScreen", u"Clients message", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

