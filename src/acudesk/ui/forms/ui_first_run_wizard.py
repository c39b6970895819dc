# Generated from forms/first_run_wizard.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWizard, QWizardPage

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard) -> None:
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(620, 540)
        FirstRunWizard.setMinimumSize(QSize(560, 500))
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        FirstRunWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.welcomePage = QWizardPage()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setSpacing(12)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeLabel = QLabel(self.welcomePage)
        self.welcomeLabel.setObjectName(u"welcomeLabel")
        self.welcomeLabel.setWordWrap(True)
        self.welcomeLabel.setTextFormat(Qt.TextFormat.RichText)

        self.welcomeLayout.addWidget(self.welcomeLabel)

        self.languageLayout = QHBoxLayout()
        self.languageLayout.setSpacing(10)
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(self.welcomePage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(self.welcomePage)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.addWidget(self.languageCombo)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageLayout.addItem(self.languageSpacer)


        self.welcomeLayout.addLayout(self.languageLayout)

        self.welcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        FirstRunWizard.addPage(self.welcomePage)
        self.clinicPage = QWizardPage()
        self.clinicPage.setObjectName(u"clinicPage")
        self.clinicLayout = QVBoxLayout(self.clinicPage)
        self.clinicLayout.setSpacing(4)
        self.clinicLayout.setObjectName(u"clinicLayout")
        self.clinicNameLabel = QLabel(self.clinicPage)
        self.clinicNameLabel.setObjectName(u"clinicNameLabel")

        self.clinicLayout.addWidget(self.clinicNameLabel)

        self.clinicNameEdit = QLineEdit(self.clinicPage)
        self.clinicNameEdit.setObjectName(u"clinicNameEdit")
        self.clinicNameEdit.setMaxLength(120)

        self.clinicLayout.addWidget(self.clinicNameEdit)

        self.clinicNameError = QLabel(self.clinicPage)
        self.clinicNameError.setObjectName(u"clinicNameError")
        self.clinicNameError.setWordWrap(True)
        self.clinicNameError.setProperty(u"role", u"error")

        self.clinicLayout.addWidget(self.clinicNameError)

        self.clinicGap1 = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.clinicLayout.addItem(self.clinicGap1)

        self.addressLabel = QLabel(self.clinicPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.clinicLayout.addWidget(self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.clinicPage)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 84))

        self.clinicLayout.addWidget(self.addressEdit)

        self.addressError = QLabel(self.clinicPage)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)
        self.addressError.setProperty(u"role", u"error")

        self.clinicLayout.addWidget(self.addressError)

        self.clinicGap2 = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.clinicLayout.addItem(self.clinicGap2)

        self.phoneLabel = QLabel(self.clinicPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.clinicLayout.addWidget(self.phoneLabel)

        self.phoneEdit = QLineEdit(self.clinicPage)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.clinicLayout.addWidget(self.phoneEdit)

        self.phoneError = QLabel(self.clinicPage)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"role", u"error")

        self.clinicLayout.addWidget(self.phoneError)

        self.clinicSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.clinicLayout.addItem(self.clinicSpacer)

        FirstRunWizard.addPage(self.clinicPage)
        self.formatsPage = QWizardPage()
        self.formatsPage.setObjectName(u"formatsPage")
        self.formatsLayout = QVBoxLayout(self.formatsPage)
        self.formatsLayout.setSpacing(4)
        self.formatsLayout.setObjectName(u"formatsLayout")
        self.countryLabel = QLabel(self.formatsPage)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formatsLayout.addWidget(self.countryLabel)

        self.countryCombo = QComboBox(self.formatsPage)
        self.countryCombo.setObjectName(u"countryCombo")

        self.formatsLayout.addWidget(self.countryCombo)

        self.countryHint = QLabel(self.formatsPage)
        self.countryHint.setObjectName(u"countryHint")
        self.countryHint.setWordWrap(True)
        self.countryHint.setProperty(u"role", u"hint")

        self.formatsLayout.addWidget(self.countryHint)

        self.countryError = QLabel(self.formatsPage)
        self.countryError.setObjectName(u"countryError")
        self.countryError.setWordWrap(True)
        self.countryError.setProperty(u"role", u"error")

        self.formatsLayout.addWidget(self.countryError)

        self.countryGap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.formatsLayout.addItem(self.countryGap)

        self.dateOrderLabel = QLabel(self.formatsPage)
        self.dateOrderLabel.setObjectName(u"dateOrderLabel")

        self.formatsLayout.addWidget(self.dateOrderLabel)

        self.dateOrderCombo = QComboBox(self.formatsPage)
        self.dateOrderCombo.setObjectName(u"dateOrderCombo")

        self.formatsLayout.addWidget(self.dateOrderCombo)

        self.dateOrderError = QLabel(self.formatsPage)
        self.dateOrderError.setObjectName(u"dateOrderError")
        self.dateOrderError.setWordWrap(True)
        self.dateOrderError.setProperty(u"role", u"error")

        self.formatsLayout.addWidget(self.dateOrderError)

        self.dateOrderGap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.formatsLayout.addItem(self.dateOrderGap)

        self.paperSizeLabel = QLabel(self.formatsPage)
        self.paperSizeLabel.setObjectName(u"paperSizeLabel")

        self.formatsLayout.addWidget(self.paperSizeLabel)

        self.paperSizeCombo = QComboBox(self.formatsPage)
        self.paperSizeCombo.setObjectName(u"paperSizeCombo")

        self.formatsLayout.addWidget(self.paperSizeCombo)

        self.paperSizeError = QLabel(self.formatsPage)
        self.paperSizeError.setObjectName(u"paperSizeError")
        self.paperSizeError.setWordWrap(True)
        self.paperSizeError.setProperty(u"role", u"error")

        self.formatsLayout.addWidget(self.paperSizeError)

        self.formatsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formatsLayout.addItem(self.formatsStretch)

        FirstRunWizard.addPage(self.formatsPage)
        self.adminPage = QWizardPage()
        self.adminPage.setObjectName(u"adminPage")
        self.adminLayout = QVBoxLayout(self.adminPage)
        self.adminLayout.setSpacing(4)
        self.adminLayout.setObjectName(u"adminLayout")
        self.displayNameLabel = QLabel(self.adminPage)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.adminLayout.addWidget(self.displayNameLabel)

        self.displayNameEdit = QLineEdit(self.adminPage)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(120)

        self.adminLayout.addWidget(self.displayNameEdit)

        self.displayNameError = QLabel(self.adminPage)
        self.displayNameError.setObjectName(u"displayNameError")
        self.displayNameError.setWordWrap(True)
        self.displayNameError.setProperty(u"role", u"error")

        self.adminLayout.addWidget(self.displayNameError)

        self.adminGap1 = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.adminLayout.addItem(self.adminGap1)

        self.usernameLabel = QLabel(self.adminPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.adminLayout.addWidget(self.usernameLabel)

        self.usernameEdit = QLineEdit(self.adminPage)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(32)

        self.adminLayout.addWidget(self.usernameEdit)

        self.usernameError = QLabel(self.adminPage)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)
        self.usernameError.setProperty(u"role", u"error")

        self.adminLayout.addWidget(self.usernameError)

        self.adminGap2 = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.adminLayout.addItem(self.adminGap2)

        self.passwordLabel = QLabel(self.adminPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(self.adminPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminLayout.addWidget(self.passwordEdit)

        self.passwordError = QLabel(self.adminPage)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.adminLayout.addWidget(self.passwordError)

        self.adminGap3 = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.adminLayout.addItem(self.adminGap3)

        self.confirmLabel = QLabel(self.adminPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.adminLayout.addWidget(self.confirmLabel)

        self.confirmEdit = QLineEdit(self.adminPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminLayout.addWidget(self.confirmEdit)

        self.confirmError = QLabel(self.adminPage)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setWordWrap(True)
        self.confirmError.setProperty(u"role", u"error")

        self.adminLayout.addWidget(self.confirmError)

        self.adminSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.adminLayout.addItem(self.adminSpacer)

        FirstRunWizard.addPage(self.adminPage)
        self.finishPage = QWizardPage()
        self.finishPage.setObjectName(u"finishPage")
        self.finishLayout = QVBoxLayout(self.finishPage)
        self.finishLayout.setSpacing(12)
        self.finishLayout.setObjectName(u"finishLayout")
        self.summaryLabel = QLabel(self.finishPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.finishLayout.addWidget(self.summaryLabel)

        self.finishError = QLabel(self.finishPage)
        self.finishError.setObjectName(u"finishError")
        self.finishError.setWordWrap(True)
        self.finishError.setProperty(u"role", u"error")

        self.finishLayout.addWidget(self.finishError)

        self.finishSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.finishLayout.addItem(self.finishSpacer)

        FirstRunWizard.addPage(self.finishPage)
#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.clinicNameLabel.setBuddy(self.clinicNameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.countryLabel.setBuddy(self.countryCombo)
        self.dateOrderLabel.setBuddy(self.dateOrderCombo)
        self.paperSizeLabel.setBuddy(self.paperSizeCombo)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard) -> None:
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"Set up acudesk", None))
        self.welcomePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Welcome to acudesk", None))
        self.welcomePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Let's get your clinic ready. This takes about a minute.", None))
        self.welcomeLabel.setText(QCoreApplication.translate("FirstRunWizard", u"<p>acudesk keeps your clients, their intake forms, treatment charts and aftercare sheets in one place.</p><p>On the next pages you will enter:</p><ul><li>the clinic's name, address and phone number, as printed on handouts;</li><li>the first administrator account: the person who adds the other users and makes backups.</li></ul><p>You can change the clinic details later.</p>", None))
        self.languageLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Language of the screens", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.clinicPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Your clinic", None))
        self.clinicPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"These details appear in the title bar and on every aftercare handout.", None))
        self.clinicNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Clinic &name", None))
#if QT_CONFIG(accessibility)
        self.clinicNameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Clinic name", None))
#endif // QT_CONFIG(accessibility)
        self.clinicNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. Willow Skin & Acupuncture", None))
#if QT_CONFIG(accessibility)
        self.clinicNameError.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Clinic name message", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"Street, town and postcode, one per line", None))
#if QT_CONFIG(accessibility)
        self.addressError.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Address message", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. +44 20 7946 0000", None))
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Phone message", None))
#endif // QT_CONFIG(accessibility)
        self.formatsPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Country and formats", None))
        self.formatsPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"How phone numbers and dates are read, and the paper handouts are printed on. You can change them later in Settings.", None))
        self.countryLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Country", None))
#if QT_CONFIG(accessibility)
        self.countryCombo.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.countryHint.setText(QCoreApplication.translate("FirstRunWizard", u"Phone numbers typed without a +country code are read as numbers of this country.", None))
#if QT_CONFIG(accessibility)
        self.countryError.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Country message", None))
#endif // QT_CONFIG(accessibility)
        self.dateOrderLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Dates are typed as", None))
#if QT_CONFIG(accessibility)
        self.dateOrderCombo.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Date order", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateOrderError.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Date order message", None))
#endif // QT_CONFIG(accessibility)
        self.paperSizeLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Paper for handouts", None))
#if QT_CONFIG(accessibility)
        self.paperSizeCombo.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.paperSizeError.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Paper size message", None))
#endif // QT_CONFIG(accessibility)
        self.adminPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"The administrator", None))
        self.adminPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The first account. An administrator adds the other users and can make backups.", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.displayNameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"As it should appear on screen, e.g. Olivia Owner", None))
#if QT_CONFIG(accessibility)
        self.displayNameError.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Your name message", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Username", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"Used to sign in, e.g. olivia", None))
#if QT_CONFIG(accessibility)
        self.usernameError.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Username message", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passwordError.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Password message", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Confirm password", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Confirm password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirmError.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Confirm password message", None))
#endif // QT_CONFIG(accessibility)
        self.finishPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Ready", None))
        self.finishPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Check the details below, then press Finish to create the clinic.", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.finishError.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Set-up message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

