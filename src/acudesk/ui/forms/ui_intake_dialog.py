# Generated from forms/intake_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from acudesk.ui.widgets.signature_pad import SignaturePad

class Ui_IntakeDialog(object):
    def setupUi(self, IntakeDialog) -> None:
        if not IntakeDialog.objectName():
            IntakeDialog.setObjectName(u"IntakeDialog")
        IntakeDialog.resize(1060, 830)
        IntakeDialog.setMinimumSize(QSize(880, 600))
        self.mainLayout = QVBoxLayout(IntakeDialog)
        self.mainLayout.setSpacing(0)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(0)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.sideLayout = QVBoxLayout()
        self.sideLayout.setSpacing(0)
        self.sideLayout.setObjectName(u"sideLayout")
        self.stepList = QListWidget(IntakeDialog)
        self.stepList.setObjectName(u"stepList")
        self.stepList.setMinimumSize(QSize(220, 0))
        self.stepList.setMaximumSize(QSize(220, 16777215))
        self.stepList.setFrameShape(QFrame.Shape.NoFrame)
        self.stepList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stepList.setProperty(u"role", u"nav")

        self.sideLayout.addWidget(self.stepList)


        self.bodyLayout.addLayout(self.sideLayout)

        self.contentLayout = QVBoxLayout()
        self.contentLayout.setSpacing(6)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(28, 20, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(IntakeDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.clientLabel = QLabel(IntakeDialog)
        self.clientLabel.setObjectName(u"clientLabel")
        self.clientLabel.setProperty(u"role", u"subtitle")

        self.headerLayout.addWidget(self.clientLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.draftLabel = QLabel(IntakeDialog)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setProperty(u"role", u"hint")

        self.headerLayout.addWidget(self.draftLabel)


        self.contentLayout.addLayout(self.headerLayout)

        self.bannerLabel = QLabel(IntakeDialog)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setProperty(u"role", u"error")

        self.contentLayout.addWidget(self.bannerLabel)

        self.pages = QStackedWidget(IntakeDialog)
        self.pages.setObjectName(u"pages")
        self.healthPage = QScrollArea()
        self.healthPage.setObjectName(u"healthPage")
        self.healthPage.setFrameShape(QFrame.Shape.NoFrame)
        self.healthPage.setWidgetResizable(True)
        self.healthContent = QWidget()
        self.healthContent.setObjectName(u"healthContent")
        self.healthLayout = QVBoxLayout(self.healthContent)
        self.healthLayout.setSpacing(6)
        self.healthLayout.setObjectName(u"healthLayout")
        self.healthLayout.setContentsMargins(0, 8, 8, 8)
        self.healthHeading = QLabel(self.healthContent)
        self.healthHeading.setObjectName(u"healthHeading")
        self.healthHeading.setProperty(u"role", u"heading")

        self.healthLayout.addWidget(self.healthHeading)

        self.healthHint = QLabel(self.healthContent)
        self.healthHint.setObjectName(u"healthHint")
        self.healthHint.setWordWrap(True)
        self.healthHint.setProperty(u"role", u"hint")

        self.healthLayout.addWidget(self.healthHint)

        self.conditionsBox = QFrame(self.healthContent)
        self.conditionsBox.setObjectName(u"conditionsBox")
        self.conditionsBox.setProperty(u"role", u"card")
        self.conditionsLayout = QGridLayout(self.conditionsBox)
        self.conditionsLayout.setObjectName(u"conditionsLayout")
        self.conditionsLayout.setHorizontalSpacing(16)
        self.conditionsLayout.setVerticalSpacing(0)

        self.healthLayout.addWidget(self.conditionsBox)

        self.conditionsError = QLabel(self.healthContent)
        self.conditionsError.setObjectName(u"conditionsError")
        self.conditionsError.setWordWrap(True)
        self.conditionsError.setProperty(u"role", u"error")

        self.healthLayout.addWidget(self.conditionsError)

        self.healthSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.healthLayout.addItem(self.healthSpacer)

        self.healthPage.setWidget(self.healthContent)
        self.pages.addWidget(self.healthPage)
        self.medicinesPage = QScrollArea()
        self.medicinesPage.setObjectName(u"medicinesPage")
        self.medicinesPage.setFrameShape(QFrame.Shape.NoFrame)
        self.medicinesPage.setWidgetResizable(True)
        self.medicinesContent = QWidget()
        self.medicinesContent.setObjectName(u"medicinesContent")
        self.medicinesLayout = QVBoxLayout(self.medicinesContent)
        self.medicinesLayout.setSpacing(6)
        self.medicinesLayout.setObjectName(u"medicinesLayout")
        self.medicinesLayout.setContentsMargins(0, 8, 8, 8)
        self.medicinesHeading = QLabel(self.medicinesContent)
        self.medicinesHeading.setObjectName(u"medicinesHeading")
        self.medicinesHeading.setProperty(u"role", u"heading")

        self.medicinesLayout.addWidget(self.medicinesHeading)

        self.medicinesHint = QLabel(self.medicinesContent)
        self.medicinesHint.setObjectName(u"medicinesHint")
        self.medicinesHint.setWordWrap(True)
        self.medicinesHint.setProperty(u"role", u"hint")

        self.medicinesLayout.addWidget(self.medicinesHint)

        self.listsLayout = QGridLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.listsLayout.setHorizontalSpacing(20)
        self.listsLayout.setVerticalSpacing(4)
        self.medicationsLabel = QLabel(self.medicinesContent)
        self.medicationsLabel.setObjectName(u"medicationsLabel")

        self.listsLayout.addWidget(self.medicationsLabel, 0, 0, 1, 1)

        self.allergiesLabel = QLabel(self.medicinesContent)
        self.allergiesLabel.setObjectName(u"allergiesLabel")

        self.listsLayout.addWidget(self.allergiesLabel, 0, 1, 1, 1)

        self.medicationsEdit = QPlainTextEdit(self.medicinesContent)
        self.medicationsEdit.setObjectName(u"medicationsEdit")
        self.medicationsEdit.setTabChangesFocus(True)
        self.medicationsEdit.setMinimumSize(QSize(0, 120))
        self.medicationsEdit.setMaximumSize(QSize(16777215, 160))

        self.listsLayout.addWidget(self.medicationsEdit, 1, 0, 1, 1)

        self.allergiesEdit = QPlainTextEdit(self.medicinesContent)
        self.allergiesEdit.setObjectName(u"allergiesEdit")
        self.allergiesEdit.setTabChangesFocus(True)
        self.allergiesEdit.setMinimumSize(QSize(0, 120))
        self.allergiesEdit.setMaximumSize(QSize(16777215, 160))

        self.listsLayout.addWidget(self.allergiesEdit, 1, 1, 1, 1)


        self.medicinesLayout.addLayout(self.listsLayout)

        self.medicinesGap = QSpacerItem(0, 14, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.medicinesLayout.addItem(self.medicinesGap)

        self.proceduresHeading = QLabel(self.medicinesContent)
        self.proceduresHeading.setObjectName(u"proceduresHeading")
        self.proceduresHeading.setProperty(u"role", u"heading")

        self.medicinesLayout.addWidget(self.proceduresHeading)

        self.proceduresHint = QLabel(self.medicinesContent)
        self.proceduresHint.setObjectName(u"proceduresHint")
        self.proceduresHint.setWordWrap(True)
        self.proceduresHint.setProperty(u"role", u"hint")

        self.medicinesLayout.addWidget(self.proceduresHint)

        self.proceduresTable = QTableWidget(self.medicinesContent)
        if (self.proceduresTable.columnCount() < 3):
            self.proceduresTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.proceduresTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.proceduresTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.proceduresTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.proceduresTable.setObjectName(u"proceduresTable")
        self.proceduresTable.setMinimumSize(QSize(0, 150))
        self.proceduresTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proceduresTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proceduresTable.setShowGrid(False)
        self.proceduresTable.setColumnCount(3)
        self.proceduresTable.horizontalHeader().setStretchLastSection(True)
        self.proceduresTable.verticalHeader().setVisible(False)

        self.medicinesLayout.addWidget(self.proceduresTable)

        self.proceduresError = QLabel(self.medicinesContent)
        self.proceduresError.setObjectName(u"proceduresError")
        self.proceduresError.setWordWrap(True)
        self.proceduresError.setProperty(u"role", u"error")

        self.medicinesLayout.addWidget(self.proceduresError)

        self.procedureButtons = QHBoxLayout()
        self.procedureButtons.setSpacing(8)
        self.procedureButtons.setObjectName(u"procedureButtons")
        self.addProcedureButton = QPushButton(self.medicinesContent)
        self.addProcedureButton.setObjectName(u"addProcedureButton")
        self.addProcedureButton.setAutoDefault(False)

        self.procedureButtons.addWidget(self.addProcedureButton)

        self.removeProcedureButton = QPushButton(self.medicinesContent)
        self.removeProcedureButton.setObjectName(u"removeProcedureButton")
        self.removeProcedureButton.setAutoDefault(False)

        self.procedureButtons.addWidget(self.removeProcedureButton)

        self.procedureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.procedureButtons.addItem(self.procedureSpacer)


        self.medicinesLayout.addLayout(self.procedureButtons)

        self.medicinesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.medicinesLayout.addItem(self.medicinesSpacer)

        self.medicinesPage.setWidget(self.medicinesContent)
        self.pages.addWidget(self.medicinesPage)
        self.skinPage = QScrollArea()
        self.skinPage.setObjectName(u"skinPage")
        self.skinPage.setFrameShape(QFrame.Shape.NoFrame)
        self.skinPage.setWidgetResizable(True)
        self.skinContent = QWidget()
        self.skinContent.setObjectName(u"skinContent")
        self.skinLayout = QVBoxLayout(self.skinContent)
        self.skinLayout.setSpacing(6)
        self.skinLayout.setObjectName(u"skinLayout")
        self.skinLayout.setContentsMargins(0, 8, 8, 8)
        self.skinHeading = QLabel(self.skinContent)
        self.skinHeading.setObjectName(u"skinHeading")
        self.skinHeading.setProperty(u"role", u"heading")

        self.skinLayout.addWidget(self.skinHeading)

        self.scalesLayout = QHBoxLayout()
        self.scalesLayout.setSpacing(16)
        self.scalesLayout.setObjectName(u"scalesLayout")
        self.fitzpatrickGroup = QGroupBox(self.skinContent)
        self.fitzpatrickGroup.setObjectName(u"fitzpatrickGroup")
        self.fitzpatrickLayout = QVBoxLayout(self.fitzpatrickGroup)
        self.fitzpatrickLayout.setSpacing(4)
        self.fitzpatrickLayout.setObjectName(u"fitzpatrickLayout")

        self.scalesLayout.addWidget(self.fitzpatrickGroup)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(8)
        self.rightColumn.setObjectName(u"rightColumn")
        self.glogauGroup = QGroupBox(self.skinContent)
        self.glogauGroup.setObjectName(u"glogauGroup")
        self.glogauLayout = QVBoxLayout(self.glogauGroup)
        self.glogauLayout.setSpacing(4)
        self.glogauLayout.setObjectName(u"glogauLayout")

        self.rightColumn.addWidget(self.glogauGroup)

        self.skinTypeGroup = QGroupBox(self.skinContent)
        self.skinTypeGroup.setObjectName(u"skinTypeGroup")
        self.skinTypeGroupLayout = QVBoxLayout(self.skinTypeGroup)
        self.skinTypeGroupLayout.setObjectName(u"skinTypeGroupLayout")
        self.skinTypeBox = QWidget(self.skinTypeGroup)
        self.skinTypeBox.setObjectName(u"skinTypeBox")
        self.skinTypeButtons = QGridLayout(self.skinTypeBox)
        self.skinTypeButtons.setObjectName(u"skinTypeButtons")
        self.skinTypeButtons.setHorizontalSpacing(18)
        self.skinTypeButtons.setVerticalSpacing(6)
        self.skinTypeButtons.setContentsMargins(0, 0, 0, 0)

        self.skinTypeGroupLayout.addWidget(self.skinTypeBox)

        self.skinTypeError = QLabel(self.skinTypeGroup)
        self.skinTypeError.setObjectName(u"skinTypeError")
        self.skinTypeError.setWordWrap(True)
        self.skinTypeError.setProperty(u"role", u"error")

        self.skinTypeGroupLayout.addWidget(self.skinTypeError)


        self.rightColumn.addWidget(self.skinTypeGroup)


        self.scalesLayout.addLayout(self.rightColumn)


        self.skinLayout.addLayout(self.scalesLayout)

        self.scaleErrorsLayout = QHBoxLayout()
        self.scaleErrorsLayout.setObjectName(u"scaleErrorsLayout")
        self.fitzpatrickError = QLabel(self.skinContent)
        self.fitzpatrickError.setObjectName(u"fitzpatrickError")
        self.fitzpatrickError.setWordWrap(True)
        self.fitzpatrickError.setProperty(u"role", u"error")

        self.scaleErrorsLayout.addWidget(self.fitzpatrickError)

        self.glogauError = QLabel(self.skinContent)
        self.glogauError.setObjectName(u"glogauError")
        self.glogauError.setWordWrap(True)
        self.glogauError.setProperty(u"role", u"error")

        self.scaleErrorsLayout.addWidget(self.glogauError)


        self.skinLayout.addLayout(self.scaleErrorsLayout)

        self.concernsGroup = QGroupBox(self.skinContent)
        self.concernsGroup.setObjectName(u"concernsGroup")
        self.concernsLayout = QGridLayout(self.concernsGroup)
        self.concernsLayout.setObjectName(u"concernsLayout")
        self.concernsLayout.setHorizontalSpacing(18)
        self.concernsLayout.setVerticalSpacing(2)

        self.skinLayout.addWidget(self.concernsGroup)

        self.concernsError = QLabel(self.skinContent)
        self.concernsError.setObjectName(u"concernsError")
        self.concernsError.setWordWrap(True)
        self.concernsError.setProperty(u"role", u"error")

        self.skinLayout.addWidget(self.concernsError)

        self.goalsLabel = QLabel(self.skinContent)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.skinLayout.addWidget(self.goalsLabel)

        self.goalsEdit = QPlainTextEdit(self.skinContent)
        self.goalsEdit.setObjectName(u"goalsEdit")
        self.goalsEdit.setTabChangesFocus(True)
        self.goalsEdit.setMinimumSize(QSize(0, 64))
        self.goalsEdit.setMaximumSize(QSize(16777215, 90))

        self.skinLayout.addWidget(self.goalsEdit)

        self.goalsError = QLabel(self.skinContent)
        self.goalsError.setObjectName(u"goalsError")
        self.goalsError.setWordWrap(True)
        self.goalsError.setProperty(u"role", u"error")

        self.skinLayout.addWidget(self.goalsError)

        self.skinSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.skinLayout.addItem(self.skinSpacer)

        self.skinPage.setWidget(self.skinContent)
        self.pages.addWidget(self.skinPage)
        self.consentPage = QScrollArea()
        self.consentPage.setObjectName(u"consentPage")
        self.consentPage.setFrameShape(QFrame.Shape.NoFrame)
        self.consentPage.setWidgetResizable(True)
        self.consentContent = QWidget()
        self.consentContent.setObjectName(u"consentContent")
        self.consentLayout = QVBoxLayout(self.consentContent)
        self.consentLayout.setSpacing(6)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentLayout.setContentsMargins(0, 8, 8, 8)
        self.consentHeading = QLabel(self.consentContent)
        self.consentHeading.setObjectName(u"consentHeading")
        self.consentHeading.setProperty(u"role", u"heading")

        self.consentLayout.addWidget(self.consentHeading)

        self.consentHint = QLabel(self.consentContent)
        self.consentHint.setObjectName(u"consentHint")
        self.consentHint.setWordWrap(True)
        self.consentHint.setProperty(u"role", u"hint")

        self.consentLayout.addWidget(self.consentHint)

        self.consentTextView = QTextBrowser(self.consentContent)
        self.consentTextView.setObjectName(u"consentTextView")
        self.consentTextView.setMinimumSize(QSize(0, 120))
        self.consentTextView.setMaximumSize(QSize(16777215, 190))

        self.consentLayout.addWidget(self.consentTextView)

        self.treatmentCheck = QCheckBox(self.consentContent)
        self.treatmentCheck.setObjectName(u"treatmentCheck")

        self.consentLayout.addWidget(self.treatmentCheck)

        self.photosCheck = QCheckBox(self.consentContent)
        self.photosCheck.setObjectName(u"photosCheck")

        self.consentLayout.addWidget(self.photosCheck)

        self.consentGap = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.consentLayout.addItem(self.consentGap)

        self.signatureLabel = QLabel(self.consentContent)
        self.signatureLabel.setObjectName(u"signatureLabel")
        self.signatureLabel.setProperty(u"role", u"fieldname")

        self.consentLayout.addWidget(self.signatureLabel)

        self.signaturePad = SignaturePad(self.consentContent)
        self.signaturePad.setObjectName(u"signaturePad")
        self.signaturePad.setMinimumSize(QSize(420, 160))
        self.signaturePad.setMaximumSize(QSize(640, 200))

        self.consentLayout.addWidget(self.signaturePad)

        self.signatureError = QLabel(self.consentContent)
        self.signatureError.setObjectName(u"signatureError")
        self.signatureError.setWordWrap(True)
        self.signatureError.setProperty(u"role", u"error")

        self.consentLayout.addWidget(self.signatureError)

        self.signedOnLayout = QHBoxLayout()
        self.signedOnLayout.setSpacing(10)
        self.signedOnLayout.setObjectName(u"signedOnLayout")
        self.clearSignatureButton = QPushButton(self.consentContent)
        self.clearSignatureButton.setObjectName(u"clearSignatureButton")
        self.clearSignatureButton.setAutoDefault(False)

        self.signedOnLayout.addWidget(self.clearSignatureButton)

        self.signedOnGap = QSpacerItem(24, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.signedOnLayout.addItem(self.signedOnGap)

        self.signedOnLabel = QLabel(self.consentContent)
        self.signedOnLabel.setObjectName(u"signedOnLabel")

        self.signedOnLayout.addWidget(self.signedOnLabel)

        self.signedOnEdit = QLineEdit(self.consentContent)
        self.signedOnEdit.setObjectName(u"signedOnEdit")
        self.signedOnEdit.setMaximumSize(QSize(140, 16777215))

        self.signedOnLayout.addWidget(self.signedOnEdit)

        self.signedOnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signedOnLayout.addItem(self.signedOnSpacer)


        self.consentLayout.addLayout(self.signedOnLayout)

        self.signedOnError = QLabel(self.consentContent)
        self.signedOnError.setObjectName(u"signedOnError")
        self.signedOnError.setWordWrap(True)
        self.signedOnError.setProperty(u"role", u"error")

        self.consentLayout.addWidget(self.signedOnError)

        self.consentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.consentLayout.addItem(self.consentSpacer)

        self.consentPage.setWidget(self.consentContent)
        self.pages.addWidget(self.consentPage)

        self.contentLayout.addWidget(self.pages)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.backButton = QPushButton(IntakeDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.backButton)

        self.nextButton = QPushButton(IntakeDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.nextButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(IntakeDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(IntakeDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.saveButton)


        self.contentLayout.addLayout(self.buttonLayout)


        self.bodyLayout.addLayout(self.contentLayout)


        self.mainLayout.addLayout(self.bodyLayout)

#if QT_CONFIG(shortcut)
        self.medicationsLabel.setBuddy(self.medicationsEdit)
        self.allergiesLabel.setBuddy(self.allergiesEdit)
        self.goalsLabel.setBuddy(self.goalsEdit)
        self.signedOnLabel.setBuddy(self.signedOnEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntakeDialog)

        QMetaObject.connectSlotsByName(IntakeDialog)
    # setupUi

    def retranslateUi(self, IntakeDialog) -> None:
        IntakeDialog.setWindowTitle(QCoreApplication.translate("IntakeDialog", u"Intake assessment", None))
#if QT_CONFIG(accessibility)
        self.stepList.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Steps", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("IntakeDialog", u"Intake assessment", None))
#if QT_CONFIG(accessibility)
        self.clientLabel.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Client", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.draftLabel.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Draft status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bannerLabel.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Intake pages", None))
#endif // QT_CONFIG(accessibility)
        self.healthHeading.setText(QCoreApplication.translate("IntakeDialog", u"Health conditions", None))
        self.healthHint.setText(QCoreApplication.translate("IntakeDialog", u"Read each line with the client and tick what applies now. Where we need to know more, a field opens beside the tick.", None))
#if QT_CONFIG(accessibility)
        self.conditionsBox.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Conditions", None))
#endif // QT_CONFIG(accessibility)
        self.medicinesHeading.setText(QCoreApplication.translate("IntakeDialog", u"Medicines and sensitivities", None))
        self.medicinesHint.setText(QCoreApplication.translate("IntakeDialog", u"One per line, or separated by commas. Include supplements, creams and anything taken only now and then.", None))
        self.medicationsLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Medications", None))
        self.allergiesLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Allergies and sensitivities", None))
#if QT_CONFIG(accessibility)
        self.medicationsEdit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Medications", None))
#endif // QT_CONFIG(accessibility)
        self.medicationsEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"e.g. Levothyroxine 50 mcg\n"
"Ibuprofen when needed", None))
#if QT_CONFIG(accessibility)
        self.allergiesEdit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Allergies and sensitivities", None))
#endif // QT_CONFIG(accessibility)
        self.allergiesEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Foods, medicines, metals, or cosmetic ingredients by INCI name, e.g. Nickel, Bismuth Oxychloride", None))
        self.proceduresHeading.setText(QCoreApplication.translate("IntakeDialog", u"Recent cosmetic procedures", None))
        self.proceduresHint.setText(QCoreApplication.translate("IntakeDialog", u"Botox, fillers, peels, laser and the like in the last year. Type dates as day/month/year, e.g. 12/03/2026; a month is enough when the client is unsure (01/03/2026).", None))
        ___qtablewidgetitem = self.proceduresTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("IntakeDialog", u"Procedure", None))
        ___qtablewidgetitem1 = self.proceduresTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("IntakeDialog", u"Date", None))
        ___qtablewidgetitem2 = self.proceduresTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("IntakeDialog", u"Area", None))
#if QT_CONFIG(accessibility)
        self.proceduresTable.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Recent procedures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.proceduresError.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Procedures message", None))
#endif // QT_CONFIG(accessibility)
        self.addProcedureButton.setText(QCoreApplication.translate("IntakeDialog", u"Add &procedure", None))
        self.removeProcedureButton.setText(QCoreApplication.translate("IntakeDialog", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeProcedureButton.setToolTip(QCoreApplication.translate("IntakeDialog", u"Remove the selected procedure", None))
#endif // QT_CONFIG(tooltip)
        self.skinHeading.setText(QCoreApplication.translate("IntakeDialog", u"Skin assessment", None))
        self.fitzpatrickGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"Fitzpatrick skin type: how the skin reacts to sun", None))
#if QT_CONFIG(accessibility)
        self.fitzpatrickGroup.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Fitzpatrick skin type", None))
#endif // QT_CONFIG(accessibility)
        self.glogauGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"Glogau photo-ageing: how deep the lines are", None))
#if QT_CONFIG(accessibility)
        self.glogauGroup.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Glogau photo-ageing", None))
#endif // QT_CONFIG(accessibility)
        self.skinTypeGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"Skin type", None))
#if QT_CONFIG(accessibility)
        self.skinTypeBox.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Skin type", None))
#endif // QT_CONFIG(accessibility)
        self.concernsGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"What the client would like to improve", None))
#if QT_CONFIG(accessibility)
        self.concernsGroup.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Concerns", None))
#endif // QT_CONFIG(accessibility)
        self.goalsLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Goals, in the client's words", None))
#if QT_CONFIG(accessibility)
        self.goalsEdit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Goals", None))
#endif // QT_CONFIG(accessibility)
        self.goalsEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"e.g. Look less tired before my daughter's wedding in June", None))
        self.consentHeading.setText(QCoreApplication.translate("IntakeDialog", u"Informed consent", None))
        self.consentHint.setText(QCoreApplication.translate("IntakeDialog", u"Turn the screen to the client, or read this aloud, before they tick and sign.", None))
#if QT_CONFIG(accessibility)
        self.consentTextView.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Consent text", None))
#endif // QT_CONFIG(accessibility)
        self.treatmentCheck.setText(QCoreApplication.translate("IntakeDialog", u"I consent to &treatment", None))
#if QT_CONFIG(accessibility)
        self.treatmentCheck.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"I consent to treatment", None))
#endif // QT_CONFIG(accessibility)
        self.photosCheck.setText(QCoreApplication.translate("IntakeDialog", u"I consent to &photographs being taken for my record", None))
#if QT_CONFIG(accessibility)
        self.photosCheck.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"I consent to photographs", None))
#endif // QT_CONFIG(accessibility)
        self.signatureLabel.setText(QCoreApplication.translate("IntakeDialog", u"Client's signature", None))
#if QT_CONFIG(accessibility)
        self.signatureError.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Signature message", None))
#endif // QT_CONFIG(accessibility)
        self.clearSignatureButton.setText(QCoreApplication.translate("IntakeDialog", u"C&lear signature", None))
        self.signedOnLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.signedOnEdit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.signedOnEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(tooltip)
        self.signedOnEdit.setToolTip(QCoreApplication.translate("IntakeDialog", u"The date of this intake and of the signature", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.signedOnError.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Date message", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("IntakeDialog", u"\u2190 &Back", None))
        self.nextButton.setText(QCoreApplication.translate("IntakeDialog", u"&Next \u2192", None))
        self.closeButton.setText(QCoreApplication.translate("IntakeDialog", u"Close", None))
        self.saveButton.setText(QCoreApplication.translate("IntakeDialog", u"&Save intake", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("IntakeDialog", u"Save this intake as a new dated record (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

