# Generated from forms/today_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_TodayWidget(object):
    def setupUi(self, TodayWidget) -> None:
        if not TodayWidget.objectName():
            TodayWidget.setObjectName(u"TodayWidget")
        TodayWidget.resize(800, 360)
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

        self.tomorrowLabel = QLabel(TodayWidget)
        self.tomorrowLabel.setObjectName(u"tomorrowLabel")
        self.tomorrowLabel.setProperty(u"role", u"hint")

        self.todayHeader.addWidget(self.tomorrowLabel)


        self.todayLayout.addLayout(self.todayHeader)

        self.nowLabel = QLabel(TodayWidget)
        self.nowLabel.setObjectName(u"nowLabel")
        self.nowLabel.setWordWrap(True)

        self.todayLayout.addWidget(self.nowLabel)

        self.appointmentsTable = QTableView(TodayWidget)
        self.appointmentsTable.setObjectName(u"appointmentsTable")
        self.appointmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appointmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.appointmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.appointmentsTable.setAlternatingRowColors(True)
        self.appointmentsTable.setShowGrid(False)

        self.todayLayout.addWidget(self.appointmentsTable)


        self.retranslateUi(TodayWidget)

        QMetaObject.connectSlotsByName(TodayWidget)
    # setupUi

    def retranslateUi(self, TodayWidget) -> None:
        self.todayCaption.setText(QCoreApplication.translate("TodayWidget", u"TODAY", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("TodayWidget", u"Today at a glance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tomorrowLabel.setAccessibleName(QCoreApplication.translate("TodayWidget", u"Tomorrow", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nowLabel.setAccessibleName(QCoreApplication.translate("TodayWidget", u"In the rooms now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.appointmentsTable.setAccessibleName(QCoreApplication.translate("TodayWidget", u"Today's appointments", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

