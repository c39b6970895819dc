# Generated from forms/handout_settings_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handout_settings_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_HandoutSettingsWidget(object):
    def setupUi(self, HandoutSettingsWidget) -> None:
        if not HandoutSettingsWidget.objectName():
            HandoutSettingsWidget.setObjectName(u"HandoutSettingsWidget")
        HandoutSettingsWidget.resize(760, 260)
        HandoutSettingsWidget.setProperty(u"role", u"card")
        self.handoutsGrid = QGridLayout(HandoutSettingsWidget)
        self.handoutsGrid.setObjectName(u"handoutsGrid")
        self.handoutsGrid.setHorizontalSpacing(14)
        self.handoutsGrid.setVerticalSpacing(6)
        self.handoutsCaption = QLabel(HandoutSettingsWidget)
        self.handoutsCaption.setObjectName(u"handoutsCaption")
        self.handoutsCaption.setProperty(u"role", u"caption")

        self.handoutsGrid.addWidget(self.handoutsCaption, 0, 0, 1, 3)

        self.pageSizeLabel = QLabel(HandoutSettingsWidget)
        self.pageSizeLabel.setObjectName(u"pageSizeLabel")
        self.pageSizeLabel.setProperty(u"role", u"fieldname")

        self.handoutsGrid.addWidget(self.pageSizeLabel, 1, 0, 1, 1)

        self.pageSizeCombo = QComboBox(HandoutSettingsWidget)
        self.pageSizeCombo.setObjectName(u"pageSizeCombo")
        self.pageSizeCombo.setMinimumSize(QSize(260, 0))
        self.pageSizeCombo.setMaximumSize(QSize(340, 16777215))

        self.handoutsGrid.addWidget(self.pageSizeCombo, 1, 1, 1, 1)

        self.pageSizeError = QLabel(HandoutSettingsWidget)
        self.pageSizeError.setObjectName(u"pageSizeError")
        self.pageSizeError.setProperty(u"role", u"error")

        self.handoutsGrid.addWidget(self.pageSizeError, 2, 1, 1, 1)

        self.logoLabel = QLabel(HandoutSettingsWidget)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.logoLabel.setProperty(u"role", u"fieldname")

        self.handoutsGrid.addWidget(self.logoLabel, 3, 0, 1, 1)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setSpacing(12)
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(HandoutSettingsWidget)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(240, 96))
        self.logoPreview.setMaximumSize(QSize(240, 96))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setWordWrap(True)

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setSpacing(6)
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(HandoutSettingsWidget)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(HandoutSettingsWidget)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoButtons.addWidget(self.removeLogoButton)

        self.logoButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoButtons.addItem(self.logoButtonsSpacer)


        self.logoLayout.addLayout(self.logoButtons)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.handoutsGrid.addLayout(self.logoLayout, 3, 1, 1, 1)

        self.logoError = QLabel(HandoutSettingsWidget)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setWordWrap(True)
        self.logoError.setProperty(u"role", u"error")

        self.handoutsGrid.addWidget(self.logoError, 4, 1, 1, 1)

        self.logoHint = QLabel(HandoutSettingsWidget)
        self.logoHint.setObjectName(u"logoHint")
        self.logoHint.setWordWrap(True)
        self.logoHint.setProperty(u"role", u"hint")

        self.handoutsGrid.addWidget(self.logoHint, 5, 1, 1, 1)

        self.handoutsButtons = QHBoxLayout()
        self.handoutsButtons.setObjectName(u"handoutsButtons")
        self.handoutsNotice = QLabel(HandoutSettingsWidget)
        self.handoutsNotice.setObjectName(u"handoutsNotice")
        self.handoutsNotice.setProperty(u"role", u"notice")

        self.handoutsButtons.addWidget(self.handoutsNotice)

        self.handoutsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handoutsButtons.addItem(self.handoutsSpacer)


        self.handoutsGrid.addLayout(self.handoutsButtons, 6, 0, 1, 3)

#if QT_CONFIG(shortcut)
        self.pageSizeLabel.setBuddy(self.pageSizeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoutSettingsWidget)

        QMetaObject.connectSlotsByName(HandoutSettingsWidget)
    # setupUi

    def retranslateUi(self, HandoutSettingsWidget) -> None:
#if QT_CONFIG(accessibility)
        HandoutSettingsWidget.setAccessibleName(QCoreApplication.translate("HandoutSettingsWidget", u"Handouts", None))
#endif // QT_CONFIG(accessibility)
        self.handoutsCaption.setText(QCoreApplication.translate("HandoutSettingsWidget", u"HANDOUTS \u2014 PAPER AND LOGO", None))
        self.pageSizeLabel.setText(QCoreApplication.translate("HandoutSettingsWidget", u"Pa&per size", None))
#if QT_CONFIG(accessibility)
        self.pageSizeCombo.setAccessibleName(QCoreApplication.translate("HandoutSettingsWidget", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageSizeError.setAccessibleName(QCoreApplication.translate("HandoutSettingsWidget", u"Paper size message", None))
#endif // QT_CONFIG(accessibility)
        self.logoLabel.setText(QCoreApplication.translate("HandoutSettingsWidget", u"Logo", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("HandoutSettingsWidget", u"Logo preview", None))
#endif // QT_CONFIG(accessibility)
        self.chooseLogoButton.setText(QCoreApplication.translate("HandoutSettingsWidget", u"&Choose logo\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseLogoButton.setAccessibleName(QCoreApplication.translate("HandoutSettingsWidget", u"Choose logo", None))
#endif // QT_CONFIG(accessibility)
        self.removeLogoButton.setText(QCoreApplication.translate("HandoutSettingsWidget", u"&Remove logo", None))
#if QT_CONFIG(accessibility)
        self.removeLogoButton.setAccessibleName(QCoreApplication.translate("HandoutSettingsWidget", u"Remove logo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.logoError.setAccessibleName(QCoreApplication.translate("HandoutSettingsWidget", u"Logo message", None))
#endif // QT_CONFIG(accessibility)
        self.logoHint.setText(QCoreApplication.translate("HandoutSettingsWidget", u"Printed at the top left of every aftercare sheet. A PNG or JPEG; a wide logo on a white or clear background prints best.", None))
#if QT_CONFIG(accessibility)
        self.handoutsNotice.setAccessibleName(QCoreApplication.translate("HandoutSettingsWidget", u"Handout settings saved", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

