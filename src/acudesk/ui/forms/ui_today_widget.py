# Generated from forms/today_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_TodayWidget(object):
    def setupUi(self, TodayWidget) -> None:
        if not TodayWidget.objectName():
            TodayWidget.setObjectName(u"TodayWidget")
        TodayWidget.resize(1100, 460)
        TodayWidget.setProperty(u"role", u"card")
        self.todayLayout = QVBoxLayout(TodayWidget)
        self.todayLayout.setSpacing(6)
        self.todayLayout.setObjectName(u"todayLayout")
        self.todayHeader = QHBoxLayout()
        self.todayHeader.setObjectName(u"todayHeader")
        self.todayCaption = QLabel(TodayWidget)
        self.todayCaption.setObjectName(u"todayCaption")
        self.todayCaption.setProperty(u"role", u"caption")

        self.todayHeader.addWidget(self.todayCaption)

        self.summaryLabel = QLabel(TodayWidget)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setProperty(u"role", u"hint")

        self.todayHeader.addWidget(self.summaryLabel)

        self.todayHeaderGap = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.todayHeader.addItem(self.todayHeaderGap)

        self.messageLabel = QLabel(TodayWidget)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setProperty(u"role", u"hint")

        self.todayHeader.addWidget(self.messageLabel)


        self.todayLayout.addLayout(self.todayHeader)

        self.todayBody = QHBoxLayout()
        self.todayBody.setSpacing(16)
        self.todayBody.setObjectName(u"todayBody")
        self.dayColumn = QVBoxLayout()
        self.dayColumn.setSpacing(6)
        self.dayColumn.setObjectName(u"dayColumn")
        self.appointmentsTable = QTableView(TodayWidget)
        self.appointmentsTable.setObjectName(u"appointmentsTable")
        self.appointmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appointmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.appointmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.appointmentsTable.setAlternatingRowColors(True)
        self.appointmentsTable.setShowGrid(False)

        self.dayColumn.addWidget(self.appointmentsTable)

        self.dayActions = QHBoxLayout()
        self.dayActions.setObjectName(u"dayActions")
        self.arrivedButton = QPushButton(TodayWidget)
        self.arrivedButton.setObjectName(u"arrivedButton")

        self.dayActions.addWidget(self.arrivedButton)

        self.treatButton = QPushButton(TodayWidget)
        self.treatButton.setObjectName(u"treatButton")

        self.dayActions.addWidget(self.treatButton)

        self.checkOutButton = QPushButton(TodayWidget)
        self.checkOutButton.setObjectName(u"checkOutButton")

        self.dayActions.addWidget(self.checkOutButton)

        self.dayActionsGap = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayActions.addItem(self.dayActionsGap)


        self.dayColumn.addLayout(self.dayActions)


        self.todayBody.addLayout(self.dayColumn)

        self.sideColumn = QVBoxLayout()
        self.sideColumn.setSpacing(5)
        self.sideColumn.setObjectName(u"sideColumn")
        self.roomsCaption = QLabel(TodayWidget)
        self.roomsCaption.setObjectName(u"roomsCaption")
        self.roomsCaption.setProperty(u"role", u"caption")

        self.sideColumn.addWidget(self.roomsCaption)

        self.roomsList = QListWidget(TodayWidget)
        self.roomsList.setObjectName(u"roomsList")
        self.roomsList.setMinimumSize(QSize(0, 44))
        self.roomsList.setAlternatingRowColors(True)

        self.sideColumn.addWidget(self.roomsList)

        self.waitingCaption = QLabel(TodayWidget)
        self.waitingCaption.setObjectName(u"waitingCaption")
        self.waitingCaption.setProperty(u"role", u"caption")

        self.sideColumn.addWidget(self.waitingCaption)

        self.waitingList = QListWidget(TodayWidget)
        self.waitingList.setObjectName(u"waitingList")
        self.waitingList.setMinimumSize(QSize(0, 30))
        self.waitingList.setAlternatingRowColors(True)

        self.sideColumn.addWidget(self.waitingList)

        self.handoutsCaption = QLabel(TodayWidget)
        self.handoutsCaption.setObjectName(u"handoutsCaption")
        self.handoutsCaption.setProperty(u"role", u"caption")

        self.sideColumn.addWidget(self.handoutsCaption)

        self.handoutsList = QListWidget(TodayWidget)
        self.handoutsList.setObjectName(u"handoutsList")
        self.handoutsList.setMinimumSize(QSize(0, 30))
        self.handoutsList.setAlternatingRowColors(True)

        self.sideColumn.addWidget(self.handoutsList)

        self.intakesCaption = QLabel(TodayWidget)
        self.intakesCaption.setObjectName(u"intakesCaption")
        self.intakesCaption.setProperty(u"role", u"caption")

        self.sideColumn.addWidget(self.intakesCaption)

        self.intakesList = QListWidget(TodayWidget)
        self.intakesList.setObjectName(u"intakesList")
        self.intakesList.setMinimumSize(QSize(0, 30))
        self.intakesList.setAlternatingRowColors(True)

        self.sideColumn.addWidget(self.intakesList)

        self.tomorrowActions = QHBoxLayout()
        self.tomorrowActions.setObjectName(u"tomorrowActions")
        self.tomorrowCaption = QLabel(TodayWidget)
        self.tomorrowCaption.setObjectName(u"tomorrowCaption")
        self.tomorrowCaption.setProperty(u"role", u"caption")

        self.tomorrowActions.addWidget(self.tomorrowCaption)

        self.tomorrowActionsGap = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tomorrowActions.addItem(self.tomorrowActionsGap)

        self.confirmButton = QPushButton(TodayWidget)
        self.confirmButton.setObjectName(u"confirmButton")

        self.tomorrowActions.addWidget(self.confirmButton)


        self.sideColumn.addLayout(self.tomorrowActions)

        self.tomorrowList = QListWidget(TodayWidget)
        self.tomorrowList.setObjectName(u"tomorrowList")
        self.tomorrowList.setMinimumSize(QSize(0, 44))
        self.tomorrowList.setAlternatingRowColors(True)

        self.sideColumn.addWidget(self.tomorrowList)


        self.todayBody.addLayout(self.sideColumn)

        self.todayBody.setStretch(0, 3)
        self.todayBody.setStretch(1, 2)

        self.todayLayout.addLayout(self.todayBody)


        self.retranslateUi(TodayWidget)

        QMetaObject.connectSlotsByName(TodayWidget)
    # setupUi

    def retranslateUi(self, TodayWidget) -> None:
        self.todayCaption.setText(QCoreApplication.translate("TodayWidget", u"TODAY", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("TodayWidget", u"Today at a glance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("TodayWidget", u"Today's message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.appointmentsTable.setAccessibleName(QCoreApplication.translate("TodayWidget", u"Today's appointments", None))
#endif // QT_CONFIG(accessibility)
        self.arrivedButton.setText(QCoreApplication.translate("TodayWidget", u"&Arrived", None))
#if QT_CONFIG(tooltip)
        self.arrivedButton.setToolTip(QCoreApplication.translate("TodayWidget", u"The client is here: a practitioner's session opens on its pre-check", None))
#endif // QT_CONFIG(tooltip)
        self.treatButton.setText(QCoreApplication.translate("TodayWidget", u"Treat&ment", None))
#if QT_CONFIG(tooltip)
        self.treatButton.setToolTip(QCoreApplication.translate("TodayWidget", u"Start the session of a client who has arrived, or open it", None))
#endif // QT_CONFIG(tooltip)
        self.checkOutButton.setText(QCoreApplication.translate("TodayWidget", u"Check &out\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkOutButton.setToolTip(QCoreApplication.translate("TodayWidget", u"Print the aftercare sheet and book the next visit", None))
#endif // QT_CONFIG(tooltip)
        self.roomsCaption.setText(QCoreApplication.translate("TodayWidget", u"IN THE ROOMS", None))
#if QT_CONFIG(accessibility)
        self.roomsList.setAccessibleName(QCoreApplication.translate("TodayWidget", u"In the rooms now", None))
#endif // QT_CONFIG(accessibility)
        self.waitingCaption.setText(QCoreApplication.translate("TodayWidget", u"ARRIVED, WAITING", None))
#if QT_CONFIG(accessibility)
        self.waitingList.setAccessibleName(QCoreApplication.translate("TodayWidget", u"Arrivals waiting", None))
#endif // QT_CONFIG(accessibility)
        self.handoutsCaption.setText(QCoreApplication.translate("TodayWidget", u"HANDOUTS TO PRINT", None))
#if QT_CONFIG(accessibility)
        self.handoutsList.setAccessibleName(QCoreApplication.translate("TodayWidget", u"Handouts to print", None))
#endif // QT_CONFIG(accessibility)
        self.intakesCaption.setText(QCoreApplication.translate("TodayWidget", u"INTAKES TO REVIEW", None))
#if QT_CONFIG(accessibility)
        self.intakesList.setAccessibleName(QCoreApplication.translate("TodayWidget", u"Intakes due for review", None))
#endif // QT_CONFIG(accessibility)
        self.tomorrowCaption.setText(QCoreApplication.translate("TodayWidget", u"TOMORROW, NOT YET CONFIRMED", None))
        self.confirmButton.setText(QCoreApplication.translate("TodayWidget", u"Client con&firmed", None))
#if QT_CONFIG(tooltip)
        self.confirmButton.setToolTip(QCoreApplication.translate("TodayWidget", u"The client confirmed tomorrow's appointment", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tomorrowList.setAccessibleName(QCoreApplication.translate("TodayWidget", u"Tomorrow not yet confirmed", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

