# Generated from forms/products_screen.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'products_screen.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ProductsScreen(object):
    def setupUi(self, ProductsScreen) -> None:
        if not ProductsScreen.objectName():
            ProductsScreen.setObjectName(u"ProductsScreen")
        ProductsScreen.resize(960, 640)
        self.productsLayout = QVBoxLayout(ProductsScreen)
        self.productsLayout.setSpacing(12)
        self.productsLayout.setObjectName(u"productsLayout")
        self.productsLayout.setContentsMargins(36, 32, 36, 24)
        self.titleLabel = QLabel(ProductsScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.productsLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(ProductsScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.productsLayout.addWidget(self.hintLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(ProductsScreen)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(280, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.categoryLabel = QLabel(ProductsScreen)
        self.categoryLabel.setObjectName(u"categoryLabel")
        self.categoryLabel.setProperty(u"role", u"fieldname")

        self.filterLayout.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(ProductsScreen)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setMinimumSize(QSize(220, 0))

        self.filterLayout.addWidget(self.categoryCombo)

        self.showInactiveCheck = QCheckBox(ProductsScreen)
        self.showInactiveCheck.setObjectName(u"showInactiveCheck")

        self.filterLayout.addWidget(self.showInactiveCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.productsLayout.addLayout(self.filterLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(ProductsScreen)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.addButton)

        self.buttonGap = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonGap)

        self.editButton = QPushButton(ProductsScreen)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.deactivateButton = QPushButton(ProductsScreen)
        self.deactivateButton.setObjectName(u"deactivateButton")

        self.buttonLayout.addWidget(self.deactivateButton)

        self.reactivateButton = QPushButton(ProductsScreen)
        self.reactivateButton.setObjectName(u"reactivateButton")

        self.buttonLayout.addWidget(self.reactivateButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.countLabel = QLabel(ProductsScreen)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"hint")

        self.buttonLayout.addWidget(self.countLabel)


        self.productsLayout.addLayout(self.buttonLayout)

        self.productsTable = QTableView(ProductsScreen)
        self.productsTable.setObjectName(u"productsTable")
        self.productsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.productsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.productsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.productsTable.setAlternatingRowColors(True)
        self.productsTable.setShowGrid(False)
        self.productsTable.setWordWrap(False)
        self.productsTable.horizontalHeader().setStretchLastSection(True)
        self.productsTable.verticalHeader().setVisible(False)

        self.productsLayout.addWidget(self.productsTable)

        self.messageLabel = QLabel(ProductsScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.productsLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.showInactiveCheck)
        QWidget.setTabOrder(self.showInactiveCheck, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deactivateButton)
        QWidget.setTabOrder(self.deactivateButton, self.reactivateButton)
        QWidget.setTabOrder(self.reactivateButton, self.productsTable)

        self.retranslateUi(ProductsScreen)

        QMetaObject.connectSlotsByName(ProductsScreen)
    # setupUi

    def retranslateUi(self, ProductsScreen) -> None:
        self.titleLabel.setText(QCoreApplication.translate("ProductsScreen", u"Products", None))
        self.hintLabel.setText(QCoreApplication.translate("ProductsScreen", u"The products acudesk recommends on aftercare sheets. A product is never recommended to a client who reacts to one of its ingredients; sensitive skin gets fragrance-free, mineral products only.", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ProductsScreen", u"Search products", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ProductsScreen", u"Search by name, brand or ingredient", None))
        self.categoryLabel.setText(QCoreApplication.translate("ProductsScreen", u"&Category", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("ProductsScreen", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.showInactiveCheck.setText(QCoreApplication.translate("ProductsScreen", u"Show products no longer offered", None))
#if QT_CONFIG(accessibility)
        self.showInactiveCheck.setAccessibleName(QCoreApplication.translate("ProductsScreen", u"Show products no longer offered", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ProductsScreen", u"&Add product\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ProductsScreen", u"&Edit\u2026", None))
        self.deactivateButton.setText(QCoreApplication.translate("ProductsScreen", u"&Deactivate", None))
#if QT_CONFIG(tooltip)
        self.deactivateButton.setToolTip(QCoreApplication.translate("ProductsScreen", u"Stop recommending this product; it stays in the catalogue", None))
#endif // QT_CONFIG(tooltip)
        self.reactivateButton.setText(QCoreApplication.translate("ProductsScreen", u"Rea&ctivate", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("ProductsScreen", u"Products shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.productsTable.setAccessibleName(QCoreApplication.translate("ProductsScreen", u"Products list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ProductsScreen", u"Products message", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

