# Generated from forms/client_page.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_page.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout, QWidget

from acudesk.ui.widgets.alerts_banner import AlertsBanner

class Ui_ClientPage(object):
    def setupUi(self, ClientPage) -> None:
        if not ClientPage.objectName():
            ClientPage.setObjectName(u"ClientPage")
        ClientPage.resize(900, 760)
        self.pageLayout = QVBoxLayout(ClientPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(36, 24, 36, 20)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(ClientPage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.headerLayout.addWidget(self.backButton)

        self.nameLabel = QLabel(ClientPage)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nameLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.nameLabel)

        self.archivedLabel = QLabel(ClientPage)
        self.archivedLabel.setObjectName(u"archivedLabel")
        self.archivedLabel.setProperty(u"role", u"caption")

        self.headerLayout.addWidget(self.archivedLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.pageLayout.addLayout(self.headerLayout)

        self.detailsLabel = QLabel(ClientPage)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailsLabel.setProperty(u"role", u"subtitle")

        self.pageLayout.addWidget(self.detailsLabel)

        self.alertsBanner = AlertsBanner(ClientPage)
        self.alertsBanner.setObjectName(u"alertsBanner")

        self.pageLayout.addWidget(self.alertsBanner)

        self.tabs = QTabWidget(ClientPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 14, 0, 0)
        self.tabs.addTab(self.detailsTab, "")
        self.intakeTab = QWidget()
        self.intakeTab.setObjectName(u"intakeTab")
        self.intakeLayout = QVBoxLayout(self.intakeTab)
        self.intakeLayout.setObjectName(u"intakeLayout")
        self.intakeLayout.setContentsMargins(0, 14, 0, 0)
        self.tabs.addTab(self.intakeTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(ClientPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ClientPage)
    # setupUi

    def retranslateUi(self, ClientPage) -> None:
        self.backButton.setText(QCoreApplication.translate("ClientPage", u"\u2039  Clients", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("ClientPage", u"Back to the client list (Esc)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("ClientPage", u"Back to clients", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameLabel.setAccessibleName(QCoreApplication.translate("ClientPage", u"Client name", None))
#endif // QT_CONFIG(accessibility)
        self.archivedLabel.setText(QCoreApplication.translate("ClientPage", u"ARCHIVED", None))
#if QT_CONFIG(accessibility)
        self.archivedLabel.setAccessibleName(QCoreApplication.translate("ClientPage", u"Archived client", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsLabel.setAccessibleName(QCoreApplication.translate("ClientPage", u"Client summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ClientPage", u"Client record", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("ClientPage", u"&Details", None))
        self.tabs.setTabText(self.tabs.indexOf(self.intakeTab), QCoreApplication.translate("ClientPage", u"&Intake", None))
        pass
    # retranslateUi

