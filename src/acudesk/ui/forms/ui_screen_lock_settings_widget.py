# Generated from forms/screen_lock_settings_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'screen_lock_settings_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox

class Ui_ScreenLockSettingsWidget(object):
    def setupUi(self, ScreenLockSettingsWidget) -> None:
        if not ScreenLockSettingsWidget.objectName():
            ScreenLockSettingsWidget.setObjectName(u"ScreenLockSettingsWidget")
        ScreenLockSettingsWidget.resize(760, 160)
        ScreenLockSettingsWidget.setProperty(u"role", u"card")
        self.lockGrid = QGridLayout(ScreenLockSettingsWidget)
        self.lockGrid.setObjectName(u"lockGrid")
        self.lockGrid.setHorizontalSpacing(14)
        self.lockGrid.setVerticalSpacing(6)
        self.lockCaption = QLabel(ScreenLockSettingsWidget)
        self.lockCaption.setObjectName(u"lockCaption")
        self.lockCaption.setProperty(u"role", u"caption")

        self.lockGrid.addWidget(self.lockCaption, 0, 0, 1, 3)

        self.idleLabel = QLabel(ScreenLockSettingsWidget)
        self.idleLabel.setObjectName(u"idleLabel")
        self.idleLabel.setProperty(u"role", u"fieldname")

        self.lockGrid.addWidget(self.idleLabel, 1, 0, 1, 1)

        self.idleSpin = QSpinBox(ScreenLockSettingsWidget)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(60)
        self.idleSpin.setValue(5)
        self.idleSpin.setMinimumSize(QSize(260, 0))
        self.idleSpin.setMaximumSize(QSize(340, 16777215))

        self.lockGrid.addWidget(self.idleSpin, 1, 1, 1, 1)

        self.idleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lockGrid.addItem(self.idleSpacer, 1, 2, 1, 1)

        self.idleError = QLabel(ScreenLockSettingsWidget)
        self.idleError.setObjectName(u"idleError")
        self.idleError.setWordWrap(True)
        self.idleError.setProperty(u"role", u"error")

        self.lockGrid.addWidget(self.idleError, 2, 1, 1, 2)

        self.idleHint = QLabel(ScreenLockSettingsWidget)
        self.idleHint.setObjectName(u"idleHint")
        self.idleHint.setWordWrap(True)
        self.idleHint.setProperty(u"role", u"hint")

        self.lockGrid.addWidget(self.idleHint, 3, 1, 1, 2)

        self.lockButtons = QHBoxLayout()
        self.lockButtons.setObjectName(u"lockButtons")
        self.lockNotice = QLabel(ScreenLockSettingsWidget)
        self.lockNotice.setObjectName(u"lockNotice")
        self.lockNotice.setProperty(u"role", u"notice")

        self.lockButtons.addWidget(self.lockNotice)

        self.lockButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lockButtons.addItem(self.lockButtonsSpacer)


        self.lockGrid.addLayout(self.lockButtons, 4, 0, 1, 3)

#if QT_CONFIG(shortcut)
        self.idleLabel.setBuddy(self.idleSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScreenLockSettingsWidget)

        QMetaObject.connectSlotsByName(ScreenLockSettingsWidget)
    # setupUi

    def retranslateUi(self, ScreenLockSettingsWidget) -> None:
#if QT_CONFIG(accessibility)
        ScreenLockSettingsWidget.setAccessibleName(QCoreApplication.translate("ScreenLockSettingsWidget", u"Screen lock", None))
#endif // QT_CONFIG(accessibility)
        self.lockCaption.setText(QCoreApplication.translate("ScreenLockSettingsWidget", u"SCREEN LOCK", None))
        self.idleLabel.setText(QCoreApplication.translate("ScreenLockSettingsWidget", u"Lock the screens &after", None))
#if QT_CONFIG(accessibility)
        self.idleSpin.setAccessibleName(QCoreApplication.translate("ScreenLockSettingsWidget", u"Minutes before the screens lock", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.idleError.setAccessibleName(QCoreApplication.translate("ScreenLockSettingsWidget", u"Screen lock message", None))
#endif // QT_CONFIG(accessibility)
        self.idleHint.setText(QCoreApplication.translate("ScreenLockSettingsWidget", u"With no key pressed and no click for this long, acudesk hides every window (session notes included) until the person's password is given again. Ctrl+L locks at once.", None))
#if QT_CONFIG(accessibility)
        self.lockNotice.setAccessibleName(QCoreApplication.translate("ScreenLockSettingsWidget", u"Screen lock saved", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

