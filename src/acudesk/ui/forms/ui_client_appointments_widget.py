# Generated from forms/client_appointments_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_appointments_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_ClientAppointmentsWidget(object):
    def setupUi(self, ClientAppointmentsWidget) -> None:
        if not ClientAppointmentsWidget.objectName():
            ClientAppointmentsWidget.setObjectName(u"ClientAppointmentsWidget")
        ClientAppointmentsWidget.resize(800, 400)
        self.mainLayout = QVBoxLayout(ClientAppointmentsWidget)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 14, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ClientAppointmentsWidget)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"caption")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.mainLayout.addLayout(self.headerLayout)

        self.appointmentsTable = QTableView(ClientAppointmentsWidget)
        self.appointmentsTable.setObjectName(u"appointmentsTable")
        self.appointmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appointmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.appointmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.appointmentsTable)

        self.messageLabel = QLabel(ClientAppointmentsWidget)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.messageLabel)


        self.retranslateUi(ClientAppointmentsWidget)

        QMetaObject.connectSlotsByName(ClientAppointmentsWidget)
    # setupUi

    def retranslateUi(self, ClientAppointmentsWidget) -> None:
        self.titleLabel.setText(QCoreApplication.translate("ClientAppointmentsWidget", u"Appointments from today", None))
#if QT_CONFIG(accessibility)
        self.appointmentsTable.setAccessibleName(QCoreApplication.translate("ClientAppointmentsWidget", u"Upcoming appointments", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ClientAppointmentsWidget", u"Appointments message", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

