# Generated from forms/home_screen.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_screen.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_HomeScreen(object):
    def setupUi(self, HomeScreen) -> None:
        if not HomeScreen.objectName():
            HomeScreen.setObjectName(u"HomeScreen")
        HomeScreen.resize(800, 600)
        self.homeLayout = QVBoxLayout(HomeScreen)
        self.homeLayout.setSpacing(12)
        self.homeLayout.setObjectName(u"homeLayout")
        self.homeLayout.setContentsMargins(32, 20, 32, 16)
        self.greetingLabel = QLabel(HomeScreen)
        self.greetingLabel.setObjectName(u"greetingLabel")
        self.greetingLabel.setProperty(u"role", u"title")

        self.homeLayout.addWidget(self.greetingLabel)

        self.cardsLayout = QHBoxLayout()
        self.cardsLayout.setSpacing(18)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.clinicCard = QFrame(HomeScreen)
        self.clinicCard.setObjectName(u"clinicCard")
        self.clinicCard.setProperty(u"role", u"card")
        self.clinicCardLayout = QVBoxLayout(self.clinicCard)
        self.clinicCardLayout.setSpacing(6)
        self.clinicCardLayout.setObjectName(u"clinicCardLayout")
        self.clinicCaption = QLabel(self.clinicCard)
        self.clinicCaption.setObjectName(u"clinicCaption")
        self.clinicCaption.setProperty(u"role", u"caption")

        self.clinicCardLayout.addWidget(self.clinicCaption)

        self.clinicNameLabel = QLabel(self.clinicCard)
        self.clinicNameLabel.setObjectName(u"clinicNameLabel")
        self.clinicNameLabel.setProperty(u"role", u"heading")
        self.clinicNameLabel.setWordWrap(True)

        self.clinicCardLayout.addWidget(self.clinicNameLabel)

        self.clinicAddressLabel = QLabel(self.clinicCard)
        self.clinicAddressLabel.setObjectName(u"clinicAddressLabel")
        self.clinicAddressLabel.setWordWrap(True)
        self.clinicAddressLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.clinicCardLayout.addWidget(self.clinicAddressLabel)

        self.clinicPhoneLabel = QLabel(self.clinicCard)
        self.clinicPhoneLabel.setObjectName(u"clinicPhoneLabel")
        self.clinicPhoneLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.clinicCardLayout.addWidget(self.clinicPhoneLabel)

        self.clinicCardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.clinicCardLayout.addItem(self.clinicCardSpacer)


        self.cardsLayout.addWidget(self.clinicCard)

        self.clientsCard = QFrame(HomeScreen)
        self.clientsCard.setObjectName(u"clientsCard")
        self.clientsCard.setProperty(u"role", u"card")
        self.clientsCardLayout = QVBoxLayout(self.clientsCard)
        self.clientsCardLayout.setSpacing(6)
        self.clientsCardLayout.setObjectName(u"clientsCardLayout")
        self.clientsCaption = QLabel(self.clientsCard)
        self.clientsCaption.setObjectName(u"clientsCaption")
        self.clientsCaption.setProperty(u"role", u"caption")

        self.clientsCardLayout.addWidget(self.clientsCaption)

        self.clientCountLabel = QLabel(self.clientsCard)
        self.clientCountLabel.setObjectName(u"clientCountLabel")
        self.clientCountLabel.setProperty(u"role", u"figure")

        self.clientsCardLayout.addWidget(self.clientCountLabel)

        self.clientCountHint = QLabel(self.clientsCard)
        self.clientCountHint.setObjectName(u"clientCountHint")
        self.clientCountHint.setProperty(u"role", u"hint")

        self.clientsCardLayout.addWidget(self.clientCountHint)

        self.clientsCardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.clientsCardLayout.addItem(self.clientsCardSpacer)


        self.cardsLayout.addWidget(self.clientsCard)

        self.userCard = QFrame(HomeScreen)
        self.userCard.setObjectName(u"userCard")
        self.userCard.setProperty(u"role", u"card")
        self.userCardLayout = QVBoxLayout(self.userCard)
        self.userCardLayout.setSpacing(6)
        self.userCardLayout.setObjectName(u"userCardLayout")
        self.userCaption = QLabel(self.userCard)
        self.userCaption.setObjectName(u"userCaption")
        self.userCaption.setProperty(u"role", u"caption")

        self.userCardLayout.addWidget(self.userCaption)

        self.userNameLabel = QLabel(self.userCard)
        self.userNameLabel.setObjectName(u"userNameLabel")
        self.userNameLabel.setProperty(u"role", u"heading")
        self.userNameLabel.setWordWrap(True)

        self.userCardLayout.addWidget(self.userNameLabel)

        self.userRoleLabel = QLabel(self.userCard)
        self.userRoleLabel.setObjectName(u"userRoleLabel")

        self.userCardLayout.addWidget(self.userRoleLabel)

        self.userCardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.userCardLayout.addItem(self.userCardSpacer)


        self.cardsLayout.addWidget(self.userCard)


        self.homeLayout.addLayout(self.cardsLayout)

        self.backupStateLabel = QLabel(HomeScreen)
        self.backupStateLabel.setObjectName(u"backupStateLabel")
        self.backupStateLabel.setWordWrap(True)
        self.backupStateLabel.setProperty(u"role", u"hint")

        self.homeLayout.addWidget(self.backupStateLabel)

        self.tipLabel = QLabel(HomeScreen)
        self.tipLabel.setObjectName(u"tipLabel")
        self.tipLabel.setWordWrap(True)
        self.tipLabel.setProperty(u"role", u"hint")

        self.homeLayout.addWidget(self.tipLabel)

        self.homeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.homeLayout.addItem(self.homeSpacer)

        self.homeLayout.setStretch(4, 1)

        self.retranslateUi(HomeScreen)

        QMetaObject.connectSlotsByName(HomeScreen)
    # setupUi

    def retranslateUi(self, HomeScreen) -> None:
#if QT_CONFIG(accessibility)
        self.greetingLabel.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Greeting", None))
#endif // QT_CONFIG(accessibility)
        self.clinicCaption.setText(QCoreApplication.translate("HomeScreen", u"CLINIC", None))
#if QT_CONFIG(accessibility)
        self.clinicNameLabel.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Clinic name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clinicAddressLabel.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Clinic address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clinicPhoneLabel.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Clinic phone", None))
#endif // QT_CONFIG(accessibility)
        self.clientsCaption.setText(QCoreApplication.translate("HomeScreen", u"CLIENTS", None))
#if QT_CONFIG(accessibility)
        self.clientCountLabel.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Number of clients", None))
#endif // QT_CONFIG(accessibility)
        self.clientCountHint.setText(QCoreApplication.translate("HomeScreen", u"on record in this clinic", None))
        self.userCaption.setText(QCoreApplication.translate("HomeScreen", u"SIGNED IN", None))
#if QT_CONFIG(accessibility)
        self.userNameLabel.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Signed-in user", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.userRoleLabel.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Role", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backupStateLabel.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Backup state", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tipLabel.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Tip", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

