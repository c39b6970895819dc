# Generated from forms/product_editor_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_editor_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ProductEditorDialog(object):
    def setupUi(self, ProductEditorDialog) -> None:
        if not ProductEditorDialog.objectName():
            ProductEditorDialog.setObjectName(u"ProductEditorDialog")
        ProductEditorDialog.resize(1160, 700)
        ProductEditorDialog.setMinimumSize(QSize(960, 0))
        self.mainLayout = QVBoxLayout(ProductEditorDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 18)
        self.titleLabel = QLabel(ProductEditorDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"heading")

        self.mainLayout.addWidget(self.titleLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(28)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(4)
        self.leftColumn.setObjectName(u"leftColumn")
        self.nameLabel = QLabel(ProductEditorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.leftColumn.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(ProductEditorDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.leftColumn.addWidget(self.nameEdit)

        self.nameError = QLabel(ProductEditorDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.leftColumn.addWidget(self.nameError)

        self.g1 = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.leftColumn.addItem(self.g1)

        self.brandLabel = QLabel(ProductEditorDialog)
        self.brandLabel.setObjectName(u"brandLabel")

        self.leftColumn.addWidget(self.brandLabel)

        self.brandEdit = QLineEdit(ProductEditorDialog)
        self.brandEdit.setObjectName(u"brandEdit")
        self.brandEdit.setMaxLength(120)

        self.leftColumn.addWidget(self.brandEdit)

        self.brandError = QLabel(ProductEditorDialog)
        self.brandError.setObjectName(u"brandError")
        self.brandError.setWordWrap(True)
        self.brandError.setProperty(u"role", u"error")

        self.leftColumn.addWidget(self.brandError)

        self.g2 = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.leftColumn.addItem(self.g2)

        self.categoryLabel = QLabel(ProductEditorDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.leftColumn.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(ProductEditorDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.leftColumn.addWidget(self.categoryCombo)

        self.categoryError = QLabel(ProductEditorDialog)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setWordWrap(True)
        self.categoryError.setProperty(u"role", u"error")

        self.leftColumn.addWidget(self.categoryError)

        self.g3 = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.leftColumn.addItem(self.g3)

        self.ingredientsLabel = QLabel(ProductEditorDialog)
        self.ingredientsLabel.setObjectName(u"ingredientsLabel")

        self.leftColumn.addWidget(self.ingredientsLabel)

        self.ingredientsEdit = QPlainTextEdit(ProductEditorDialog)
        self.ingredientsEdit.setObjectName(u"ingredientsEdit")
        self.ingredientsEdit.setTabChangesFocus(True)
        self.ingredientsEdit.setMinimumSize(QSize(0, 180))

        self.leftColumn.addWidget(self.ingredientsEdit)

        self.ingredientsHint = QLabel(ProductEditorDialog)
        self.ingredientsHint.setObjectName(u"ingredientsHint")
        self.ingredientsHint.setWordWrap(True)
        self.ingredientsHint.setProperty(u"role", u"hint")

        self.leftColumn.addWidget(self.ingredientsHint)

        self.ingredientsError = QLabel(ProductEditorDialog)
        self.ingredientsError.setObjectName(u"ingredientsError")
        self.ingredientsError.setWordWrap(True)
        self.ingredientsError.setProperty(u"role", u"error")

        self.leftColumn.addWidget(self.ingredientsError)

        self.g4 = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.leftColumn.addItem(self.g4)

        self.notesLabel = QLabel(ProductEditorDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.leftColumn.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(ProductEditorDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 76))

        self.leftColumn.addWidget(self.notesEdit)

        self.notesError = QLabel(ProductEditorDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"role", u"error")

        self.leftColumn.addWidget(self.notesError)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(4)
        self.rightColumn.setObjectName(u"rightColumn")
        self.skinTypesLabel = QLabel(ProductEditorDialog)
        self.skinTypesLabel.setObjectName(u"skinTypesLabel")

        self.rightColumn.addWidget(self.skinTypesLabel)

        self.skinTypesGrid = QGridLayout()
        self.skinTypesGrid.setObjectName(u"skinTypesGrid")
        self.skinTypesGrid.setHorizontalSpacing(18)
        self.normalCheck = QCheckBox(ProductEditorDialog)
        self.normalCheck.setObjectName(u"normalCheck")

        self.skinTypesGrid.addWidget(self.normalCheck, 0, 0, 1, 1)

        self.dryCheck = QCheckBox(ProductEditorDialog)
        self.dryCheck.setObjectName(u"dryCheck")

        self.skinTypesGrid.addWidget(self.dryCheck, 0, 1, 1, 1)

        self.oilyCheck = QCheckBox(ProductEditorDialog)
        self.oilyCheck.setObjectName(u"oilyCheck")

        self.skinTypesGrid.addWidget(self.oilyCheck, 0, 2, 1, 1)

        self.combinationCheck = QCheckBox(ProductEditorDialog)
        self.combinationCheck.setObjectName(u"combinationCheck")

        self.skinTypesGrid.addWidget(self.combinationCheck, 1, 0, 1, 1)

        self.sensitiveCheck = QCheckBox(ProductEditorDialog)
        self.sensitiveCheck.setObjectName(u"sensitiveCheck")

        self.skinTypesGrid.addWidget(self.sensitiveCheck, 1, 1, 1, 1)


        self.rightColumn.addLayout(self.skinTypesGrid)

        self.skinTypesHint = QLabel(ProductEditorDialog)
        self.skinTypesHint.setObjectName(u"skinTypesHint")
        self.skinTypesHint.setWordWrap(True)
        self.skinTypesHint.setProperty(u"role", u"hint")

        self.rightColumn.addWidget(self.skinTypesHint)

        self.skinTypesError = QLabel(ProductEditorDialog)
        self.skinTypesError.setObjectName(u"skinTypesError")
        self.skinTypesError.setWordWrap(True)
        self.skinTypesError.setProperty(u"role", u"error")

        self.rightColumn.addWidget(self.skinTypesError)

        self.g5 = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.rightColumn.addItem(self.g5)

        self.concernsLabel = QLabel(ProductEditorDialog)
        self.concernsLabel.setObjectName(u"concernsLabel")

        self.rightColumn.addWidget(self.concernsLabel)

        self.concernsList = QListWidget(ProductEditorDialog)
        self.concernsList.setObjectName(u"concernsList")
        self.concernsList.setMinimumSize(QSize(0, 340))

        self.rightColumn.addWidget(self.concernsList)

        self.concernsError = QLabel(ProductEditorDialog)
        self.concernsError.setObjectName(u"concernsError")
        self.concernsError.setWordWrap(True)
        self.concernsError.setProperty(u"role", u"error")

        self.rightColumn.addWidget(self.concernsError)

        self.g6 = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.rightColumn.addItem(self.g6)

        self.shadesCheck = QCheckBox(ProductEditorDialog)
        self.shadesCheck.setObjectName(u"shadesCheck")

        self.rightColumn.addWidget(self.shadesCheck)

        self.shadesLayout = QHBoxLayout()
        self.shadesLayout.setSpacing(8)
        self.shadesLayout.setObjectName(u"shadesLayout")
        self.shadesLayout.setContentsMargins(24, -1, -1, -1)
        self.shadeFromLabel = QLabel(ProductEditorDialog)
        self.shadeFromLabel.setObjectName(u"shadeFromLabel")

        self.shadesLayout.addWidget(self.shadeFromLabel)

        self.shadeFromCombo = QComboBox(ProductEditorDialog)
        self.shadeFromCombo.setObjectName(u"shadeFromCombo")

        self.shadesLayout.addWidget(self.shadeFromCombo)

        self.shadeToLabel = QLabel(ProductEditorDialog)
        self.shadeToLabel.setObjectName(u"shadeToLabel")

        self.shadesLayout.addWidget(self.shadeToLabel)

        self.shadeToCombo = QComboBox(ProductEditorDialog)
        self.shadeToCombo.setObjectName(u"shadeToCombo")

        self.shadesLayout.addWidget(self.shadeToCombo)

        self.shadesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shadesLayout.addItem(self.shadesSpacer)


        self.rightColumn.addLayout(self.shadesLayout)

        self.shadesError = QLabel(ProductEditorDialog)
        self.shadesError.setObjectName(u"shadesError")
        self.shadesError.setWordWrap(True)
        self.shadesError.setProperty(u"role", u"error")

        self.rightColumn.addWidget(self.shadesError)

        self.g7 = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.rightColumn.addItem(self.g7)

        self.fragranceFreeCheck = QCheckBox(ProductEditorDialog)
        self.fragranceFreeCheck.setObjectName(u"fragranceFreeCheck")

        self.rightColumn.addWidget(self.fragranceFreeCheck)

        self.fragranceFreeError = QLabel(ProductEditorDialog)
        self.fragranceFreeError.setObjectName(u"fragranceFreeError")
        self.fragranceFreeError.setWordWrap(True)
        self.fragranceFreeError.setProperty(u"role", u"error")

        self.rightColumn.addWidget(self.fragranceFreeError)

        self.mineralCheck = QCheckBox(ProductEditorDialog)
        self.mineralCheck.setObjectName(u"mineralCheck")

        self.rightColumn.addWidget(self.mineralCheck)

        self.mineralError = QLabel(ProductEditorDialog)
        self.mineralError.setObjectName(u"mineralError")
        self.mineralError.setWordWrap(True)
        self.mineralError.setProperty(u"role", u"error")

        self.rightColumn.addWidget(self.mineralError)

        self.activeCheck = QCheckBox(ProductEditorDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.rightColumn.addWidget(self.activeCheck)

        self.rightStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightStretch)


        self.columnsLayout.addLayout(self.rightColumn)

        self.columnsLayout.setStretch(0, 2)
        self.columnsLayout.setStretch(1, 3)

        self.mainLayout.addLayout(self.columnsLayout)

        self.formError = QLabel(ProductEditorDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ProductEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.brandLabel.setBuddy(self.brandEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.ingredientsLabel.setBuddy(self.ingredientsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.concernsLabel.setBuddy(self.concernsList)
        self.shadeFromLabel.setBuddy(self.shadeFromCombo)
        self.shadeToLabel.setBuddy(self.shadeToCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.brandEdit)
        QWidget.setTabOrder(self.brandEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.ingredientsEdit)
        QWidget.setTabOrder(self.ingredientsEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.normalCheck)
        QWidget.setTabOrder(self.normalCheck, self.dryCheck)
        QWidget.setTabOrder(self.dryCheck, self.oilyCheck)
        QWidget.setTabOrder(self.oilyCheck, self.combinationCheck)
        QWidget.setTabOrder(self.combinationCheck, self.sensitiveCheck)
        QWidget.setTabOrder(self.sensitiveCheck, self.concernsList)
        QWidget.setTabOrder(self.concernsList, self.shadesCheck)
        QWidget.setTabOrder(self.shadesCheck, self.shadeFromCombo)
        QWidget.setTabOrder(self.shadeFromCombo, self.shadeToCombo)
        QWidget.setTabOrder(self.shadeToCombo, self.fragranceFreeCheck)
        QWidget.setTabOrder(self.fragranceFreeCheck, self.mineralCheck)
        QWidget.setTabOrder(self.mineralCheck, self.activeCheck)

        self.retranslateUi(ProductEditorDialog)

        QMetaObject.connectSlotsByName(ProductEditorDialog)
    # setupUi

    def retranslateUi(self, ProductEditorDialog) -> None:
        ProductEditorDialog.setWindowTitle(QCoreApplication.translate("ProductEditorDialog", u"Product", None))
        self.titleLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"Product", None))
        self.nameLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProductEditorDialog", u"e.g. Pure Mineral Foundation", None))
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Name message", None))
#endif // QT_CONFIG(accessibility)
        self.brandLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"&Brand", None))
#if QT_CONFIG(accessibility)
        self.brandEdit.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Brand", None))
#endif // QT_CONFIG(accessibility)
        self.brandEdit.setPlaceholderText(QCoreApplication.translate("ProductEditorDialog", u"Who makes it", None))
#if QT_CONFIG(accessibility)
        self.brandError.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Brand message", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"Ca&tegory", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryError.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Category message", None))
#endif // QT_CONFIG(accessibility)
        self.ingredientsLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"&Ingredients (INCI names, one per line)", None))
#if QT_CONFIG(accessibility)
        self.ingredientsEdit.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Ingredients", None))
#endif // QT_CONFIG(accessibility)
        self.ingredientsEdit.setPlaceholderText(QCoreApplication.translate("ProductEditorDialog", u"Mica (CI 77019)\n"
"Titanium Dioxide (CI 77891)\n"
"Zinc Oxide (CI 77947)", None))
        self.ingredientsHint.setText(QCoreApplication.translate("ProductEditorDialog", u"Copy the list from the label: a list separated by commas is split into one ingredient per line when you save.", None))
#if QT_CONFIG(accessibility)
        self.ingredientsError.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Ingredients message", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ProductEditorDialog", u"How to use it, what to tell the client", None))
#if QT_CONFIG(accessibility)
        self.notesError.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Notes message", None))
#endif // QT_CONFIG(accessibility)
        self.skinTypesLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"Suits skin types", None))
        self.normalCheck.setText(QCoreApplication.translate("ProductEditorDialog", u"Normal", None))
#if QT_CONFIG(accessibility)
        self.normalCheck.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Normal skin", None))
#endif // QT_CONFIG(accessibility)
        self.dryCheck.setText(QCoreApplication.translate("ProductEditorDialog", u"Dry", None))
#if QT_CONFIG(accessibility)
        self.dryCheck.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Dry skin", None))
#endif // QT_CONFIG(accessibility)
        self.oilyCheck.setText(QCoreApplication.translate("ProductEditorDialog", u"Oily", None))
#if QT_CONFIG(accessibility)
        self.oilyCheck.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Oily skin", None))
#endif // QT_CONFIG(accessibility)
        self.combinationCheck.setText(QCoreApplication.translate("ProductEditorDialog", u"Combination", None))
#if QT_CONFIG(accessibility)
        self.combinationCheck.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Combination skin", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveCheck.setText(QCoreApplication.translate("ProductEditorDialog", u"Sensitive", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheck.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Sensitive skin", None))
#endif // QT_CONFIG(accessibility)
        self.skinTypesHint.setText(QCoreApplication.translate("ProductEditorDialog", u"None ticked: suits every skin type.", None))
#if QT_CONFIG(accessibility)
        self.skinTypesError.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Skin types message", None))
#endif // QT_CONFIG(accessibility)
        self.concernsLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"&Helps with", None))
#if QT_CONFIG(accessibility)
        self.concernsList.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Helps with", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.concernsError.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Helps with message", None))
#endif // QT_CONFIG(accessibility)
        self.shadesCheck.setText(QCoreApplication.translate("ProductEditorDialog", u"Comes in &shades for some skin tones", None))
#if QT_CONFIG(accessibility)
        self.shadesCheck.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Comes in shades", None))
#endif // QT_CONFIG(accessibility)
        self.shadeFromLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"Fitzpatrick type", None))
#if QT_CONFIG(accessibility)
        self.shadeFromCombo.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Lightest type", None))
#endif // QT_CONFIG(accessibility)
        self.shadeToLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"to", None))
#if QT_CONFIG(accessibility)
        self.shadeToCombo.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Deepest type", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.shadesError.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Shades message", None))
#endif // QT_CONFIG(accessibility)
        self.fragranceFreeCheck.setText(QCoreApplication.translate("ProductEditorDialog", u"&Fragrance-free", None))
#if QT_CONFIG(accessibility)
        self.fragranceFreeCheck.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Fragrance-free", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fragranceFreeError.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Fragrance-free message", None))
#endif // QT_CONFIG(accessibility)
        self.mineralCheck.setText(QCoreApplication.translate("ProductEditorDialog", u"&Mineral UV filters only (no chemical sunscreen)", None))
#if QT_CONFIG(accessibility)
        self.mineralCheck.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Mineral UV filters only", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mineralError.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Mineral UV filters only message", None))
#endif // QT_CONFIG(accessibility)
        self.activeCheck.setText(QCoreApplication.translate("ProductEditorDialog", u"Offered to &clients (recommended on aftercare sheets)", None))
#if QT_CONFIG(accessibility)
        self.activeCheck.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Offered to clients", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("ProductEditorDialog", u"Product message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

