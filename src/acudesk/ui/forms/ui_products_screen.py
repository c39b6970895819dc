# Generated from forms/products_screen.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'products_screen.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ProductsWidget(object):
    def setupUi(self, ProductsWidget) -> None:
        if not ProductsWidget.objectName():
            ProductsWidget.setObjectName(u"ProductsWidget")
        ProductsWidget.resize(960, 640)
        self.productsLayout = QVBoxLayout(ProductsWidget)
        self.productsLayout.setSpacing(12)
        self.productsLayout.setObjectName(u"productsLayout")
        self.productsLayout.setContentsMargins(36, 32, 36, 24)
        self.titleLabel = QLabel(ProductsWidget)
        self.titleLabel.setObjectName(u"titleLabel")

        self.productsLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(ProductsWidget)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.productsLayout.addWidget(self.hintLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(ProductsWidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(280, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.categoryLabel = QLabel(ProductsWidget)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterLayout.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(ProductsWidget)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setMinimumSize(QSize(220, 0))

        self.filterLayout.addWidget(self.categoryCombo)

        self.showInactiveCheck = QCheckBox(ProductsWidget)
        self.showInactiveCheck.setObjectName(u"showInactiveCheck")

        self.filterLayout.addWidget(self.showInactiveCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.productsLayout.addLayout(self.filterLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(ProductsWidget)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.buttonGap = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonGap)

        self.editButton = QPushButton(ProductsWidget)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.deactivateButton = QPushButton(ProductsWidget)
        self.deactivateButton.setObjectName(u"deactivateButton")

        self.buttonLayout.addWidget(self.deactivateButton)

        self.reactivateButton = QPushButton(ProductsWidget)
        self.reactivateButton.setObjectName(u"reactivateButton")

        self.buttonLayout.addWidget(self.reactivateButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.countLabel = QLabel(ProductsWidget)
        self.countLabel.setObjectName(u"countLabel")

        self.buttonLayout.addWidget(self.countLabel)


        self.productsLayout.addLayout(self.buttonLayout)

        self.productsTable = QTableView(ProductsWidget)
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

        self.messageLabel = QLabel(ProductsWidget)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

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

        self.retranslateUi(ProductsWidget)

        QMetaObject.connectSlotsByName(ProductsWidget)
    # setupUi

    def retranslateUi(self, ProductsWidget) -> None:
        self.titleLabel.setText(QCoreApplication.translate("ProductsWidget", u"Products", None))
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("ProductsWidget", u"title", None))
        self.hintLabel.setText(QCoreApplication.translate("ProductsWidget", u"The products acudesk recommends on aftercare sheets. A product is never recommended to a client who reacts to one of its ingredients; sensitive skin gets fragrance-free, mineral products only.", None))
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("ProductsWidget", u"hint", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ProductsWidget", u"Search products", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ProductsWidget", u"Search by name, brand or ingredient", None))
        self.categoryLabel.setText(QCoreApplication.translate("ProductsWidget", u"&Category", None))
        self.categoryLabel.setProperty(u"role", QCoreApplication.translate("ProductsWidget", u"fieldname", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("ProductsWidget", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.showInactiveCheck.setText(QCoreApplication.translate("ProductsWidget", u"Show products no longer offered", None))
#if QT_CONFIG(accessibility)
        self.showInactiveCheck.setAccessibleName(QCoreApplication.translate("ProductsWidget", u"Show products no longer offered", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ProductsWidget", u"&Add product\u2026", None))
        self.addButton.setProperty(u"role", QCoreApplication.translate("ProductsWidget", u"primary", None))
        self.editButton.setText(QCoreApplication.translate("ProductsWidget", u"&Edit\u2026", None))
        self.deactivateButton.setText(QCoreApplication.translate("ProductsWidget", u"&Deactivate", None))
#if QT_CONFIG(tooltip)
        self.deactivateButton.setToolTip(QCoreApplication.translate("ProductsWidget", u"Stop recommending this product; it stays in the catalogue", None))
#endif // QT_CONFIG(tooltip)
        self.reactivateButton.setText(QCoreApplication.translate("ProductsWidget", u"Rea&ctivate", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("ProductsWidget", u"Products shown", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setProperty(u"role", QCoreApplication.translate("ProductsWidget", u"hint", None))
#if QT_CONFIG(accessibility)
        self.productsTable.setAccessibleName(QCoreApplication.translate("ProductsWidget", u"Products list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ProductsWidget", u"Products message", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setProperty(u"role", QCoreApplication.translate("ProductsWidget", u"error", None))
        pass
    # retranslateUi

