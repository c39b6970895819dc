# Generated from forms/client_form_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_form_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ClientFormWidget(object):
    def setupUi(self, ClientFormWidget) -> None:
        if not ClientFormWidget.objectName():
            ClientFormWidget.setObjectName(u"ClientFormWidget")
        ClientFormWidget.resize(820, 720)
        self.formLayout = QVBoxLayout(ClientFormWidget)
        self.formLayout.setSpacing(10)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.conflictBanner = QFrame(ClientFormWidget)
        self.conflictBanner.setObjectName(u"conflictBanner")
        self.conflictBanner.setProperty(u"role", u"card")
        self.conflictLayout = QHBoxLayout(self.conflictBanner)
        self.conflictLayout.setSpacing(12)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLabel = QLabel(self.conflictBanner)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setWordWrap(True)
        self.conflictLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.conflictLabel.sizePolicy().hasHeightForWidth())
        self.conflictLabel.setSizePolicy(sizePolicy)
        self.conflictLabel.setProperty(u"role", u"error")

        self.conflictLayout.addWidget(self.conflictLabel)

        self.reloadButton = QPushButton(self.conflictBanner)
        self.reloadButton.setObjectName(u"reloadButton")

        self.conflictLayout.addWidget(self.reloadButton)


        self.formLayout.addWidget(self.conflictBanner)

        self.scrollArea = QScrollArea(ClientFormWidget)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.fieldsPanel = QWidget()
        self.fieldsPanel.setObjectName(u"fieldsPanel")
        self.fieldsPanelLayout = QVBoxLayout(self.fieldsPanel)
        self.fieldsPanelLayout.setObjectName(u"fieldsPanelLayout")
        self.fieldsPanelLayout.setContentsMargins(2, 4, 12, 4)
        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setHorizontalSpacing(28)
        self.fieldsGrid.setVerticalSpacing(10)
        self.personalHeadingLayout = QVBoxLayout()
        self.personalHeadingLayout.setObjectName(u"personalHeadingLayout")
        self.personalHeadingLayout.setContentsMargins(-1, 0, -1, -1)
        self.personalHeading = QLabel(self.fieldsPanel)
        self.personalHeading.setObjectName(u"personalHeading")
        self.personalHeading.setProperty(u"role", u"caption")

        self.personalHeadingLayout.addWidget(self.personalHeading)


        self.fieldsGrid.addLayout(self.personalHeadingLayout, 0, 0, 1, 2)

        self.firstNameLayout = QVBoxLayout()
        self.firstNameLayout.setSpacing(4)
        self.firstNameLayout.setObjectName(u"firstNameLayout")
        self.firstNameLabel = QLabel(self.fieldsPanel)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.firstNameLayout.addWidget(self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.fieldsPanel)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(100)

        self.firstNameLayout.addWidget(self.firstNameEdit)

        self.firstNameError = QLabel(self.fieldsPanel)
        self.firstNameError.setObjectName(u"firstNameError")
        self.firstNameError.setWordWrap(True)
        self.firstNameError.setProperty(u"role", u"error")

        self.firstNameLayout.addWidget(self.firstNameError)

        self.firstNameStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.firstNameLayout.addItem(self.firstNameStretch)


        self.fieldsGrid.addLayout(self.firstNameLayout, 1, 0, 1, 1)

        self.lastNameLayout = QVBoxLayout()
        self.lastNameLayout.setSpacing(4)
        self.lastNameLayout.setObjectName(u"lastNameLayout")
        self.lastNameLabel = QLabel(self.fieldsPanel)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.lastNameLayout.addWidget(self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.fieldsPanel)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(100)

        self.lastNameLayout.addWidget(self.lastNameEdit)

        self.lastNameError = QLabel(self.fieldsPanel)
        self.lastNameError.setObjectName(u"lastNameError")
        self.lastNameError.setWordWrap(True)
        self.lastNameError.setProperty(u"role", u"error")

        self.lastNameLayout.addWidget(self.lastNameError)

        self.lastNameStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lastNameLayout.addItem(self.lastNameStretch)


        self.fieldsGrid.addLayout(self.lastNameLayout, 1, 1, 1, 1)

        self.preferredNameLayout = QVBoxLayout()
        self.preferredNameLayout.setSpacing(4)
        self.preferredNameLayout.setObjectName(u"preferredNameLayout")
        self.preferredNameLabel = QLabel(self.fieldsPanel)
        self.preferredNameLabel.setObjectName(u"preferredNameLabel")

        self.preferredNameLayout.addWidget(self.preferredNameLabel)

        self.preferredNameEdit = QLineEdit(self.fieldsPanel)
        self.preferredNameEdit.setObjectName(u"preferredNameEdit")
        self.preferredNameEdit.setMaxLength(100)

        self.preferredNameLayout.addWidget(self.preferredNameEdit)

        self.preferredNameError = QLabel(self.fieldsPanel)
        self.preferredNameError.setObjectName(u"preferredNameError")
        self.preferredNameError.setWordWrap(True)
        self.preferredNameError.setProperty(u"role", u"error")

        self.preferredNameLayout.addWidget(self.preferredNameError)

        self.preferredNameStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.preferredNameLayout.addItem(self.preferredNameStretch)


        self.fieldsGrid.addLayout(self.preferredNameLayout, 2, 0, 1, 1)

        self.dateOfBirthLayout = QVBoxLayout()
        self.dateOfBirthLayout.setSpacing(4)
        self.dateOfBirthLayout.setObjectName(u"dateOfBirthLayout")
        self.dateOfBirthLabel = QLabel(self.fieldsPanel)
        self.dateOfBirthLabel.setObjectName(u"dateOfBirthLabel")

        self.dateOfBirthLayout.addWidget(self.dateOfBirthLabel)

        self.dateOfBirthEdit = QLineEdit(self.fieldsPanel)
        self.dateOfBirthEdit.setObjectName(u"dateOfBirthEdit")
        self.dateOfBirthEdit.setMaxLength(40)

        self.dateOfBirthLayout.addWidget(self.dateOfBirthEdit)

        self.dateOfBirthHint = QLabel(self.fieldsPanel)
        self.dateOfBirthHint.setObjectName(u"dateOfBirthHint")
        self.dateOfBirthHint.setProperty(u"role", u"hint")

        self.dateOfBirthLayout.addWidget(self.dateOfBirthHint)

        self.dateOfBirthError = QLabel(self.fieldsPanel)
        self.dateOfBirthError.setObjectName(u"dateOfBirthError")
        self.dateOfBirthError.setWordWrap(True)
        self.dateOfBirthError.setProperty(u"role", u"error")

        self.dateOfBirthLayout.addWidget(self.dateOfBirthError)

        self.dateOfBirthStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dateOfBirthLayout.addItem(self.dateOfBirthStretch)


        self.fieldsGrid.addLayout(self.dateOfBirthLayout, 2, 1, 1, 1)

        self.genderLayout = QVBoxLayout()
        self.genderLayout.setSpacing(4)
        self.genderLayout.setObjectName(u"genderLayout")
        self.genderLabel = QLabel(self.fieldsPanel)
        self.genderLabel.setObjectName(u"genderLabel")

        self.genderLayout.addWidget(self.genderLabel)

        self.genderEdit = QComboBox(self.fieldsPanel)
        self.genderEdit.setObjectName(u"genderEdit")
        self.genderEdit.setEditable(True)
        self.genderEdit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.genderLayout.addWidget(self.genderEdit)

        self.genderError = QLabel(self.fieldsPanel)
        self.genderError.setObjectName(u"genderError")
        self.genderError.setWordWrap(True)
        self.genderError.setProperty(u"role", u"error")

        self.genderLayout.addWidget(self.genderError)

        self.genderStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.genderLayout.addItem(self.genderStretch)


        self.fieldsGrid.addLayout(self.genderLayout, 3, 0, 1, 1)

        self.languageLayout = QVBoxLayout()
        self.languageLayout.setSpacing(4)
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(self.fieldsPanel)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.addWidget(self.languageLabel)

        self.languageEdit = QComboBox(self.fieldsPanel)
        self.languageEdit.setObjectName(u"languageEdit")

        self.languageLayout.addWidget(self.languageEdit)

        self.languageError = QLabel(self.fieldsPanel)
        self.languageError.setObjectName(u"languageError")
        self.languageError.setWordWrap(True)
        self.languageError.setProperty(u"role", u"error")

        self.languageLayout.addWidget(self.languageError)

        self.languageStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.languageLayout.addItem(self.languageStretch)


        self.fieldsGrid.addLayout(self.languageLayout, 3, 1, 1, 1)

        self.contactHeadingLayout = QVBoxLayout()
        self.contactHeadingLayout.setObjectName(u"contactHeadingLayout")
        self.contactHeadingLayout.setContentsMargins(-1, 14, -1, -1)
        self.contactHeading = QLabel(self.fieldsPanel)
        self.contactHeading.setObjectName(u"contactHeading")
        self.contactHeading.setProperty(u"role", u"caption")

        self.contactHeadingLayout.addWidget(self.contactHeading)


        self.fieldsGrid.addLayout(self.contactHeadingLayout, 4, 0, 1, 2)

        self.phoneLayout = QVBoxLayout()
        self.phoneLayout.setSpacing(4)
        self.phoneLayout.setObjectName(u"phoneLayout")
        self.phoneLabel = QLabel(self.fieldsPanel)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.phoneLayout.addWidget(self.phoneLabel)

        self.phoneEdit = QLineEdit(self.fieldsPanel)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.phoneLayout.addWidget(self.phoneEdit)

        self.phoneError = QLabel(self.fieldsPanel)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"role", u"error")

        self.phoneLayout.addWidget(self.phoneError)

        self.reminderSmsCheck = QCheckBox(self.fieldsPanel)
        self.reminderSmsCheck.setObjectName(u"reminderSmsCheck")

        self.phoneLayout.addWidget(self.reminderSmsCheck)

        self.reminderSmsError = QLabel(self.fieldsPanel)
        self.reminderSmsError.setObjectName(u"reminderSmsError")
        self.reminderSmsError.setWordWrap(True)
        self.reminderSmsError.setProperty(u"role", u"error")

        self.phoneLayout.addWidget(self.reminderSmsError)

        self.phoneStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.phoneLayout.addItem(self.phoneStretch)


        self.fieldsGrid.addLayout(self.phoneLayout, 5, 0, 1, 1)

        self.emailLayout = QVBoxLayout()
        self.emailLayout.setSpacing(4)
        self.emailLayout.setObjectName(u"emailLayout")
        self.emailLabel = QLabel(self.fieldsPanel)
        self.emailLabel.setObjectName(u"emailLabel")

        self.emailLayout.addWidget(self.emailLabel)

        self.emailEdit = QLineEdit(self.fieldsPanel)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.emailLayout.addWidget(self.emailEdit)

        self.emailError = QLabel(self.fieldsPanel)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"error")

        self.emailLayout.addWidget(self.emailError)

        self.reminderEmailCheck = QCheckBox(self.fieldsPanel)
        self.reminderEmailCheck.setObjectName(u"reminderEmailCheck")

        self.emailLayout.addWidget(self.reminderEmailCheck)

        self.reminderEmailError = QLabel(self.fieldsPanel)
        self.reminderEmailError.setObjectName(u"reminderEmailError")
        self.reminderEmailError.setWordWrap(True)
        self.reminderEmailError.setProperty(u"role", u"error")

        self.emailLayout.addWidget(self.reminderEmailError)

        self.emailStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emailLayout.addItem(self.emailStretch)


        self.fieldsGrid.addLayout(self.emailLayout, 5, 1, 1, 1)

        self.addressLayout = QVBoxLayout()
        self.addressLayout.setSpacing(4)
        self.addressLayout.setObjectName(u"addressLayout")
        self.addressLabel = QLabel(self.fieldsPanel)
        self.addressLabel.setObjectName(u"addressLabel")

        self.addressLayout.addWidget(self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.fieldsPanel)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMinimumSize(QSize(0, 64))
        self.addressEdit.setMaximumSize(QSize(16777215, 64))
        self.addressEdit.setTabChangesFocus(True)

        self.addressLayout.addWidget(self.addressEdit)

        self.addressError = QLabel(self.fieldsPanel)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)
        self.addressError.setProperty(u"role", u"error")

        self.addressLayout.addWidget(self.addressError)

        self.addressStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.addressLayout.addItem(self.addressStretch)


        self.fieldsGrid.addLayout(self.addressLayout, 6, 0, 1, 1)

        self.emergencyContactLayout = QVBoxLayout()
        self.emergencyContactLayout.setSpacing(4)
        self.emergencyContactLayout.setObjectName(u"emergencyContactLayout")
        self.emergencyContactLabel = QLabel(self.fieldsPanel)
        self.emergencyContactLabel.setObjectName(u"emergencyContactLabel")

        self.emergencyContactLayout.addWidget(self.emergencyContactLabel)

        self.emergencyContactEdit = QPlainTextEdit(self.fieldsPanel)
        self.emergencyContactEdit.setObjectName(u"emergencyContactEdit")
        self.emergencyContactEdit.setMinimumSize(QSize(0, 64))
        self.emergencyContactEdit.setMaximumSize(QSize(16777215, 64))
        self.emergencyContactEdit.setTabChangesFocus(True)

        self.emergencyContactLayout.addWidget(self.emergencyContactEdit)

        self.emergencyContactError = QLabel(self.fieldsPanel)
        self.emergencyContactError.setObjectName(u"emergencyContactError")
        self.emergencyContactError.setWordWrap(True)
        self.emergencyContactError.setProperty(u"role", u"error")

        self.emergencyContactLayout.addWidget(self.emergencyContactError)

        self.emergencyContactStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emergencyContactLayout.addItem(self.emergencyContactStretch)


        self.fieldsGrid.addLayout(self.emergencyContactLayout, 6, 1, 1, 1)

        self.clinicHeadingLayout = QVBoxLayout()
        self.clinicHeadingLayout.setObjectName(u"clinicHeadingLayout")
        self.clinicHeadingLayout.setContentsMargins(-1, 14, -1, -1)
        self.clinicHeading = QLabel(self.fieldsPanel)
        self.clinicHeading.setObjectName(u"clinicHeading")
        self.clinicHeading.setProperty(u"role", u"caption")

        self.clinicHeadingLayout.addWidget(self.clinicHeading)


        self.fieldsGrid.addLayout(self.clinicHeadingLayout, 7, 0, 1, 2)

        self.physicianLayout = QVBoxLayout()
        self.physicianLayout.setSpacing(4)
        self.physicianLayout.setObjectName(u"physicianLayout")
        self.physicianLabel = QLabel(self.fieldsPanel)
        self.physicianLabel.setObjectName(u"physicianLabel")

        self.physicianLayout.addWidget(self.physicianLabel)

        self.physicianEdit = QLineEdit(self.fieldsPanel)
        self.physicianEdit.setObjectName(u"physicianEdit")
        self.physicianEdit.setMaxLength(500)

        self.physicianLayout.addWidget(self.physicianEdit)

        self.physicianError = QLabel(self.fieldsPanel)
        self.physicianError.setObjectName(u"physicianError")
        self.physicianError.setWordWrap(True)
        self.physicianError.setProperty(u"role", u"error")

        self.physicianLayout.addWidget(self.physicianError)

        self.physicianStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.physicianLayout.addItem(self.physicianStretch)


        self.fieldsGrid.addLayout(self.physicianLayout, 8, 0, 1, 1)

        self.referralSourceLayout = QVBoxLayout()
        self.referralSourceLayout.setSpacing(4)
        self.referralSourceLayout.setObjectName(u"referralSourceLayout")
        self.referralSourceLabel = QLabel(self.fieldsPanel)
        self.referralSourceLabel.setObjectName(u"referralSourceLabel")

        self.referralSourceLayout.addWidget(self.referralSourceLabel)

        self.referralSourceEdit = QComboBox(self.fieldsPanel)
        self.referralSourceEdit.setObjectName(u"referralSourceEdit")
        self.referralSourceEdit.setEditable(True)
        self.referralSourceEdit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.referralSourceLayout.addWidget(self.referralSourceEdit)

        self.referralSourceError = QLabel(self.fieldsPanel)
        self.referralSourceError.setObjectName(u"referralSourceError")
        self.referralSourceError.setWordWrap(True)
        self.referralSourceError.setProperty(u"role", u"error")

        self.referralSourceLayout.addWidget(self.referralSourceError)

        self.referralSourceStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.referralSourceLayout.addItem(self.referralSourceStretch)


        self.fieldsGrid.addLayout(self.referralSourceLayout, 8, 1, 1, 1)

        self.notesLayout = QVBoxLayout()
        self.notesLayout.setSpacing(4)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLabel = QLabel(self.fieldsPanel)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.fieldsPanel)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 96))
        self.notesEdit.setMaximumSize(QSize(16777215, 240))
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)

        self.notesError = QLabel(self.fieldsPanel)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"role", u"error")

        self.notesLayout.addWidget(self.notesError)

        self.notesStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.notesLayout.addItem(self.notesStretch)


        self.fieldsGrid.addLayout(self.notesLayout, 9, 0, 1, 2)

        self.fieldsGrid.setColumnStretch(0, 1)
        self.fieldsGrid.setColumnStretch(1, 1)

        self.fieldsPanelLayout.addLayout(self.fieldsGrid)

        self.fieldsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsPanelLayout.addItem(self.fieldsSpacer)

        self.scrollArea.setWidget(self.fieldsPanel)

        self.formLayout.addWidget(self.scrollArea)

        self.formMessage = QLabel(ClientFormWidget)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)
        self.formMessage.setProperty(u"role", u"error")

        self.formLayout.addWidget(self.formMessage)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(10)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.archiveButton = QPushButton(ClientFormWidget)
        self.archiveButton.setObjectName(u"archiveButton")

        self.buttonLayout.addWidget(self.archiveButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.savedLabel = QLabel(ClientFormWidget)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setProperty(u"role", u"notice")

        self.buttonLayout.addWidget(self.savedLabel)

        self.saveButton = QPushButton(ClientFormWidget)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.saveButton)


        self.formLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.preferredNameLabel.setBuddy(self.preferredNameEdit)
        self.dateOfBirthLabel.setBuddy(self.dateOfBirthEdit)
        self.genderLabel.setBuddy(self.genderEdit)
        self.languageLabel.setBuddy(self.languageEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.emergencyContactLabel.setBuddy(self.emergencyContactEdit)
        self.physicianLabel.setBuddy(self.physicianEdit)
        self.referralSourceLabel.setBuddy(self.referralSourceEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.preferredNameEdit)
        QWidget.setTabOrder(self.preferredNameEdit, self.dateOfBirthEdit)
        QWidget.setTabOrder(self.dateOfBirthEdit, self.genderEdit)
        QWidget.setTabOrder(self.genderEdit, self.languageEdit)
        QWidget.setTabOrder(self.languageEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.reminderSmsCheck)
        QWidget.setTabOrder(self.reminderSmsCheck, self.reminderEmailCheck)
        QWidget.setTabOrder(self.reminderEmailCheck, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.emergencyContactEdit)
        QWidget.setTabOrder(self.emergencyContactEdit, self.physicianEdit)
        QWidget.setTabOrder(self.physicianEdit, self.referralSourceEdit)
        QWidget.setTabOrder(self.referralSourceEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.saveButton)

        self.retranslateUi(ClientFormWidget)

        QMetaObject.connectSlotsByName(ClientFormWidget)
    # setupUi

    def retranslateUi(self, ClientFormWidget) -> None:
#if QT_CONFIG(accessibility)
        self.conflictBanner.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Save refused", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.conflictLabel.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Save refused message", None))
#endif // QT_CONFIG(accessibility)
        self.reloadButton.setText(QCoreApplication.translate("ClientFormWidget", u"Reload theirs\u2026", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("ClientFormWidget", u"Replace what you typed with the version saved on the other computer", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reloadButton.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Reload theirs", None))
#endif // QT_CONFIG(accessibility)
        self.personalHeading.setText(QCoreApplication.translate("ClientFormWidget", u"PERSONAL", None))
        self.firstNameLabel.setText(QCoreApplication.translate("ClientFormWidget", u"&First name", None))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"First name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.firstNameError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"First name message", None))
#endif // QT_CONFIG(accessibility)
        self.lastNameLabel.setText(QCoreApplication.translate("ClientFormWidget", u"&Last name", None))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Last name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lastNameError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Last name message", None))
#endif // QT_CONFIG(accessibility)
        self.preferredNameLabel.setText(QCoreApplication.translate("ClientFormWidget", u"&Preferred name", None))
#if QT_CONFIG(accessibility)
        self.preferredNameEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Preferred name", None))
#endif // QT_CONFIG(accessibility)
        self.preferredNameEdit.setPlaceholderText(QCoreApplication.translate("ClientFormWidget", u"What they like to be called", None))
#if QT_CONFIG(accessibility)
        self.preferredNameError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Preferred name message", None))
#endif // QT_CONFIG(accessibility)
        self.dateOfBirthLabel.setText(QCoreApplication.translate("ClientFormWidget", u"&Date of birth", None))
#if QT_CONFIG(accessibility)
        self.dateOfBirthEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateOfBirthHint.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Date of birth hint", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateOfBirthError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Date of birth message", None))
#endif // QT_CONFIG(accessibility)
        self.genderLabel.setText(QCoreApplication.translate("ClientFormWidget", u"&Gender", None))
#if QT_CONFIG(accessibility)
        self.genderEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Gender", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.genderError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Gender message", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("ClientFormWidget", u"Handout lan&guage", None))
#if QT_CONFIG(accessibility)
        self.languageEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Handout language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languageError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Handout language message", None))
#endif // QT_CONFIG(accessibility)
        self.contactHeading.setText(QCoreApplication.translate("ClientFormWidget", u"CONTACT", None))
        self.phoneLabel.setText(QCoreApplication.translate("ClientFormWidget", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ClientFormWidget", u"Mobile or landline", None))
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Phone message", None))
#endif // QT_CONFIG(accessibility)
        self.reminderSmsCheck.setText(QCoreApplication.translate("ClientFormWidget", u"Appointment reminders by &SMS", None))
#if QT_CONFIG(tooltip)
        self.reminderSmsCheck.setToolTip(QCoreApplication.translate("ClientFormWidget", u"The client agreed to be reminded of appointments this way (the day they agreed is kept)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reminderSmsCheck.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Reminders by SMS", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reminderSmsError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Reminders by SMS message", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("ClientFormWidget", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("ClientFormWidget", u"name@example.com", None))
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Email message", None))
#endif // QT_CONFIG(accessibility)
        self.reminderEmailCheck.setText(QCoreApplication.translate("ClientFormWidget", u"Appointment reminders by ema&il", None))
#if QT_CONFIG(tooltip)
        self.reminderEmailCheck.setToolTip(QCoreApplication.translate("ClientFormWidget", u"The client agreed to be reminded of appointments this way (the day they agreed is kept)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reminderEmailCheck.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Reminders by email", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reminderEmailError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Reminders by email message", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("ClientFormWidget", u"Add&ress", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("ClientFormWidget", u"Street, town, postcode", None))
#if QT_CONFIG(accessibility)
        self.addressError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Address message", None))
#endif // QT_CONFIG(accessibility)
        self.emergencyContactLabel.setText(QCoreApplication.translate("ClientFormWidget", u"E&mergency contact", None))
#if QT_CONFIG(accessibility)
        self.emergencyContactEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Emergency contact", None))
#endif // QT_CONFIG(accessibility)
        self.emergencyContactEdit.setPlaceholderText(QCoreApplication.translate("ClientFormWidget", u"Name, relationship and phone", None))
#if QT_CONFIG(accessibility)
        self.emergencyContactError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Emergency contact message", None))
#endif // QT_CONFIG(accessibility)
        self.clinicHeading.setText(QCoreApplication.translate("ClientFormWidget", u"CLINIC", None))
        self.physicianLabel.setText(QCoreApplication.translate("ClientFormWidget", u"Ph&ysician", None))
#if QT_CONFIG(accessibility)
        self.physicianEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Physician", None))
#endif // QT_CONFIG(accessibility)
        self.physicianEdit.setPlaceholderText(QCoreApplication.translate("ClientFormWidget", u"Their doctor or GP practice", None))
#if QT_CONFIG(accessibility)
        self.physicianError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Physician message", None))
#endif // QT_CONFIG(accessibility)
        self.referralSourceLabel.setText(QCoreApplication.translate("ClientFormWidget", u"How they &heard of us", None))
#if QT_CONFIG(accessibility)
        self.referralSourceEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"How they heard of us", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.referralSourceError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"How they heard of us message", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("ClientFormWidget", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ClientFormWidget", u"Anything reception should know (not clinical history: that goes in the intake)", None))
#if QT_CONFIG(accessibility)
        self.notesError.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Notes message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formMessage.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Client form message", None))
#endif // QT_CONFIG(accessibility)
        self.archiveButton.setText(QCoreApplication.translate("ClientFormWidget", u"Archive", None))
#if QT_CONFIG(accessibility)
        self.archiveButton.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Archive", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("ClientFormWidget", u"Hide this client from searches. Nothing is deleted; Restore brings them back.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.savedLabel.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Saved", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("ClientFormWidget", u"Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ClientFormWidget", u"Save (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ClientFormWidget", u"Save client", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

