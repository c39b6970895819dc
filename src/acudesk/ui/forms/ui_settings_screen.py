# Generated from forms/settings_screen.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_screen.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_SettingsScreen(object):
    def setupUi(self, SettingsScreen) -> None:
        if not SettingsScreen.objectName():
            SettingsScreen.setObjectName(u"SettingsScreen")
        SettingsScreen.resize(900, 760)
        self.outerLayout = QVBoxLayout(SettingsScreen)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(SettingsScreen)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.settingsLayout = QVBoxLayout(self.scrollContents)
        self.settingsLayout.setSpacing(16)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsLayout.setContentsMargins(36, 32, 36, 24)
        self.titleLabel = QLabel(self.scrollContents)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.settingsLayout.addWidget(self.titleLabel)

        self.clinicCard = QFrame(self.scrollContents)
        self.clinicCard.setObjectName(u"clinicCard")
        self.clinicCard.setProperty(u"role", u"card")
        self.clinicGrid = QGridLayout(self.clinicCard)
        self.clinicGrid.setObjectName(u"clinicGrid")
        self.clinicGrid.setHorizontalSpacing(14)
        self.clinicGrid.setVerticalSpacing(4)
        self.clinicCaption = QLabel(self.clinicCard)
        self.clinicCaption.setObjectName(u"clinicCaption")
        self.clinicCaption.setProperty(u"role", u"caption")

        self.clinicGrid.addWidget(self.clinicCaption, 0, 0, 1, 2)

        self.nameLabel = QLabel(self.clinicCard)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setProperty(u"role", u"fieldname")

        self.clinicGrid.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(self.clinicCard)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.clinicGrid.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.nameError = QLabel(self.clinicCard)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setProperty(u"role", u"error")

        self.clinicGrid.addWidget(self.nameError, 2, 1, 1, 1)

        self.addressLabel = QLabel(self.clinicCard)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.addressLabel.setProperty(u"role", u"fieldname")

        self.clinicGrid.addWidget(self.addressLabel, 3, 0, 1, 1)

        self.addressEdit = QPlainTextEdit(self.clinicCard)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 72))

        self.clinicGrid.addWidget(self.addressEdit, 3, 1, 1, 1)

        self.addressError = QLabel(self.clinicCard)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setProperty(u"role", u"error")

        self.clinicGrid.addWidget(self.addressError, 4, 1, 1, 1)

        self.phoneLabel = QLabel(self.clinicCard)
        self.phoneLabel.setObjectName(u"phoneLabel")
        self.phoneLabel.setProperty(u"role", u"fieldname")

        self.clinicGrid.addWidget(self.phoneLabel, 5, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.clinicCard)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.clinicGrid.addWidget(self.phoneEdit, 5, 1, 1, 1)

        self.phoneError = QLabel(self.clinicCard)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setProperty(u"role", u"error")

        self.clinicGrid.addWidget(self.phoneError, 6, 1, 1, 1)


        self.settingsLayout.addWidget(self.clinicCard)

        self.rulesCard = QFrame(self.scrollContents)
        self.rulesCard.setObjectName(u"rulesCard")
        self.rulesCard.setProperty(u"role", u"card")
        self.rulesLayout = QVBoxLayout(self.rulesCard)
        self.rulesLayout.setSpacing(8)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesCaption = QLabel(self.rulesCard)
        self.rulesCaption.setObjectName(u"rulesCaption")
        self.rulesCaption.setProperty(u"role", u"caption")

        self.rulesLayout.addWidget(self.rulesCaption)

        self.regionForm = QFormLayout()
        self.regionForm.setObjectName(u"regionForm")
        self.regionForm.setHorizontalSpacing(14)
        self.regionLabel = QLabel(self.rulesCard)
        self.regionLabel.setObjectName(u"regionLabel")
        self.regionLabel.setProperty(u"role", u"fieldname")

        self.regionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(self.rulesCard)
        self.regionCombo.setObjectName(u"regionCombo")

        self.regionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.dateOrderLabel = QLabel(self.rulesCard)
        self.dateOrderLabel.setObjectName(u"dateOrderLabel")
        self.dateOrderLabel.setProperty(u"role", u"fieldname")

        self.regionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateOrderLabel)

        self.dateOrderCombo = QComboBox(self.rulesCard)
        self.dateOrderCombo.setObjectName(u"dateOrderCombo")

        self.regionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateOrderCombo)

        self.reviewLabel = QLabel(self.rulesCard)
        self.reviewLabel.setObjectName(u"reviewLabel")
        self.reviewLabel.setProperty(u"role", u"fieldname")

        self.regionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reviewLabel)

        self.reviewSpin = QSpinBox(self.rulesCard)
        self.reviewSpin.setObjectName(u"reviewSpin")
        self.reviewSpin.setMaximumSize(QSize(180, 16777215))
        self.reviewSpin.setMinimum(1)
        self.reviewSpin.setMaximum(120)

        self.regionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reviewSpin)


        self.rulesLayout.addLayout(self.regionForm)

        self.waitsHint = QLabel(self.rulesCard)
        self.waitsHint.setObjectName(u"waitsHint")
        self.waitsHint.setWordWrap(True)
        self.waitsHint.setProperty(u"role", u"hint")

        self.rulesLayout.addWidget(self.waitsHint)

        self.waitsTable = QTableWidget(self.rulesCard)
        if (self.waitsTable.columnCount() < 2):
            self.waitsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.waitsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.waitsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.waitsTable.setObjectName(u"waitsTable")
        self.waitsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.waitsTable.setShowGrid(False)
        self.waitsTable.setAlternatingRowColors(True)
        self.waitsTable.setColumnCount(2)
        self.waitsTable.horizontalHeader().setStretchLastSection(True)
        self.waitsTable.verticalHeader().setVisible(False)

        self.rulesLayout.addWidget(self.waitsTable)

        self.severityHint = QLabel(self.rulesCard)
        self.severityHint.setObjectName(u"severityHint")
        self.severityHint.setWordWrap(True)
        self.severityHint.setProperty(u"role", u"hint")

        self.rulesLayout.addWidget(self.severityHint)

        self.severityTable = QTableWidget(self.rulesCard)
        if (self.severityTable.columnCount() < 2):
            self.severityTable.setColumnCount(2)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.severityTable.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.severityTable.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        self.severityTable.setObjectName(u"severityTable")
        self.severityTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.severityTable.setShowGrid(False)
        self.severityTable.setAlternatingRowColors(True)
        self.severityTable.setColumnCount(2)
        self.severityTable.horizontalHeader().setStretchLastSection(True)
        self.severityTable.verticalHeader().setVisible(False)

        self.rulesLayout.addWidget(self.severityTable)

        self.rulesError = QLabel(self.rulesCard)
        self.rulesError.setObjectName(u"rulesError")
        self.rulesError.setWordWrap(True)
        self.rulesError.setProperty(u"role", u"error")

        self.rulesLayout.addWidget(self.rulesError)

        self.rulesButtons = QHBoxLayout()
        self.rulesButtons.setObjectName(u"rulesButtons")
        self.rulesNotice = QLabel(self.rulesCard)
        self.rulesNotice.setObjectName(u"rulesNotice")
        self.rulesNotice.setProperty(u"role", u"notice")

        self.rulesButtons.addWidget(self.rulesNotice)

        self.rulesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rulesButtons.addItem(self.rulesSpacer)

        self.restoreDefaultsButton = QPushButton(self.rulesCard)
        self.restoreDefaultsButton.setObjectName(u"restoreDefaultsButton")

        self.rulesButtons.addWidget(self.restoreDefaultsButton)


        self.rulesLayout.addLayout(self.rulesButtons)


        self.settingsLayout.addWidget(self.rulesCard)

        self.scrollArea.setWidget(self.scrollContents)

        self.outerLayout.addWidget(self.scrollArea)

        self.saveBar = QFrame(SettingsScreen)
        self.saveBar.setObjectName(u"saveBar")
        self.saveBar.setProperty(u"role", u"card")
        self.saveBarLayout = QHBoxLayout(self.saveBar)
        self.saveBarLayout.setObjectName(u"saveBarLayout")
        self.saveBarLayout.setContentsMargins(36, -1, 36, -1)
        self.saveNotice = QLabel(self.saveBar)
        self.saveNotice.setObjectName(u"saveNotice")
        self.saveNotice.setWordWrap(True)
        self.saveNotice.setProperty(u"role", u"notice")

        self.saveBarLayout.addWidget(self.saveNotice)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveBarLayout.addItem(self.saveSpacer)

        self.saveButton = QPushButton(self.saveBar)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")

        self.saveBarLayout.addWidget(self.saveButton)


        self.outerLayout.addWidget(self.saveBar)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.regionLabel.setBuddy(self.regionCombo)
        self.dateOrderLabel.setBuddy(self.dateOrderCombo)
        self.reviewLabel.setBuddy(self.reviewSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsScreen)

        QMetaObject.connectSlotsByName(SettingsScreen)
    # setupUi

    def retranslateUi(self, SettingsScreen) -> None:
        self.titleLabel.setText(QCoreApplication.translate("SettingsScreen", u"Clinic settings", None))
        self.clinicCaption.setText(QCoreApplication.translate("SettingsScreen", u"CLINIC DETAILS \u2014 PRINTED ON EVERY HANDOUT", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsScreen", u"Clinic &name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Clinic name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Clinic name error", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("SettingsScreen", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Clinic address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addressError.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Clinic address error", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("SettingsScreen", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Clinic phone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Clinic phone error", None))
#endif // QT_CONFIG(accessibility)
        self.rulesCaption.setText(QCoreApplication.translate("SettingsScreen", u"REGION AND SCREENING RULES", None))
        self.regionLabel.setText(QCoreApplication.translate("SettingsScreen", u"Phone numbers &without a +country code are from", None))
#if QT_CONFIG(accessibility)
        self.regionCombo.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Phone region", None))
#endif // QT_CONFIG(accessibility)
        self.dateOrderLabel.setText(QCoreApplication.translate("SettingsScreen", u"&Dates are typed as", None))
#if QT_CONFIG(accessibility)
        self.dateOrderCombo.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Date order", None))
#endif // QT_CONFIG(accessibility)
        self.reviewLabel.setText(QCoreApplication.translate("SettingsScreen", u"Ask for a new intake &after", None))
#if QT_CONFIG(accessibility)
        self.reviewSpin.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Review period in months", None))
#endif // QT_CONFIG(accessibility)
        self.reviewSpin.setSuffix(QCoreApplication.translate("SettingsScreen", u" months", None))
        self.waitsHint.setText(QCoreApplication.translate("SettingsScreen", u"Days to wait after a cosmetic procedure before facial acupuncture. Published advice varies (from two weeks to several months for injectables): choose what your clinic follows.", None))
        ___qtablewidgetitem = self.waitsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingsScreen", u"Procedure", None))
        ___qtablewidgetitem1 = self.waitsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingsScreen", u"Wait", None))
#if QT_CONFIG(accessibility)
        self.waitsTable.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Waiting periods", None))
#endif // QT_CONFIG(accessibility)
        self.severityHint.setText(QCoreApplication.translate("SettingsScreen", u"How strongly each screening alert speaks: Stop (red) asks the practitioner not to treat, Caution (amber) asks for care, Note (blue) informs.", None))
        ___qtablewidgetitem2 = self.severityTable.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SettingsScreen", u"Alert", None))
        ___qtablewidgetitem3 = self.severityTable.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SettingsScreen", u"Severity", None))
#if QT_CONFIG(accessibility)
        self.severityTable.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Alert severities", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rulesError.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Rules error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rulesNotice.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Rules saved", None))
#endif // QT_CONFIG(accessibility)
        self.restoreDefaultsButton.setText(QCoreApplication.translate("SettingsScreen", u"Restore defaults", None))
#if QT_CONFIG(accessibility)
        self.saveNotice.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Settings saved", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("SettingsScreen", u"&Save settings", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("SettingsScreen", u"Save every section of this page at once (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

