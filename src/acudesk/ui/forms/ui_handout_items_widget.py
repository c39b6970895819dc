# Generated from forms/handout_items_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handout_items_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_HandoutItemsWidget(object):
    def setupUi(self, HandoutItemsWidget) -> None:
        if not HandoutItemsWidget.objectName():
            HandoutItemsWidget.setObjectName(u"HandoutItemsWidget")
        HandoutItemsWidget.resize(640, 360)
        self.itemsLayout = QVBoxLayout(HandoutItemsWidget)
        self.itemsLayout.setSpacing(6)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsLayout.setContentsMargins(0, 0, 0, 0)
        self.itemsTable = QTableView(HandoutItemsWidget)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.itemsTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemsTable.setWordWrap(True)
        self.itemsTable.setAlternatingRowColors(True)
        self.itemsTable.setTabKeyNavigation(False)

        self.itemsLayout.addWidget(self.itemsTable)

        self.itemsError = QLabel(HandoutItemsWidget)
        self.itemsError.setObjectName(u"itemsError")
        self.itemsError.setWordWrap(True)
        self.itemsError.setProperty(u"role", u"error")

        self.itemsLayout.addWidget(self.itemsError)

        self.rowButtonsLayout = QHBoxLayout()
        self.rowButtonsLayout.setSpacing(6)
        self.rowButtonsLayout.setObjectName(u"rowButtonsLayout")
        self.addButton = QPushButton(HandoutItemsWidget)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.rowButtonsLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(HandoutItemsWidget)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.rowButtonsLayout.addWidget(self.removeButton)

        self.upButton = QPushButton(HandoutItemsWidget)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setAutoDefault(False)

        self.rowButtonsLayout.addWidget(self.upButton)

        self.downButton = QPushButton(HandoutItemsWidget)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setAutoDefault(False)

        self.rowButtonsLayout.addWidget(self.downButton)

        self.rowButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowButtonsLayout.addItem(self.rowButtonsSpacer)


        self.itemsLayout.addLayout(self.rowButtonsLayout)


        self.retranslateUi(HandoutItemsWidget)

        QMetaObject.connectSlotsByName(HandoutItemsWidget)
    # setupUi

    def retranslateUi(self, HandoutItemsWidget) -> None:
        self.addButton.setText(QCoreApplication.translate("HandoutItemsWidget", u"&Add", None))
        self.removeButton.setText(QCoreApplication.translate("HandoutItemsWidget", u"&Remove", None))
        self.upButton.setText(QCoreApplication.translate("HandoutItemsWidget", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("HandoutItemsWidget", u"Move do&wn", None))
        pass
    # retranslateUi

