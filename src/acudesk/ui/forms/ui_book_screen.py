# Generated from forms/book_screen.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'book_screen.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout

class Ui_BookScreen(object):
    def setupUi(self, BookScreen) -> None:
        if not BookScreen.objectName():
            BookScreen.setObjectName(u"BookScreen")
        BookScreen.resize(1100, 700)
        self.mainLayout = QVBoxLayout(BookScreen)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(6)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(BookScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"heading")

        self.headerLayout.addWidget(self.titleLabel)

        self.locationCombo = QComboBox(BookScreen)
        self.locationCombo.setObjectName(u"locationCombo")

        self.headerLayout.addWidget(self.locationCombo)

        self.daySheetButton = QPushButton(BookScreen)
        self.daySheetButton.setObjectName(u"daySheetButton")

        self.headerLayout.addWidget(self.daySheetButton)

        self.setupButton = QPushButton(BookScreen)
        self.setupButton.setObjectName(u"setupButton")

        self.headerLayout.addWidget(self.setupButton)

        self.headerGap = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerGap)

        self.previousButton = QToolButton(BookScreen)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setText(u"\u25c0")

        self.headerLayout.addWidget(self.previousButton)

        self.todayButton = QPushButton(BookScreen)
        self.todayButton.setObjectName(u"todayButton")

        self.headerLayout.addWidget(self.todayButton)

        self.nextButton = QToolButton(BookScreen)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setText(u"\u25b6")

        self.headerLayout.addWidget(self.nextButton)

        self.dayLabel = QLabel(BookScreen)
        self.dayLabel.setObjectName(u"dayLabel")
        self.dayLabel.setMinimumSize(QSize(150, 0))
        self.dayLabel.setProperty(u"role", u"subtitle")

        self.headerLayout.addWidget(self.dayLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.toolsLayout = QHBoxLayout()
        self.toolsLayout.setSpacing(6)
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.spanCombo = QComboBox(BookScreen)
        self.spanCombo.setObjectName(u"spanCombo")

        self.toolsLayout.addWidget(self.spanCombo)

        self.byCombo = QComboBox(BookScreen)
        self.byCombo.setObjectName(u"byCombo")

        self.toolsLayout.addWidget(self.byCombo)

        self.privacyCheck = QCheckBox(BookScreen)
        self.privacyCheck.setObjectName(u"privacyCheck")

        self.toolsLayout.addWidget(self.privacyCheck)

        self.toolsGap = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsLayout.addItem(self.toolsGap)

        self.newButton = QPushButton(BookScreen)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"role", u"primary")

        self.toolsLayout.addWidget(self.newButton)


        self.mainLayout.addLayout(self.toolsLayout)

        self.messageLabel = QLabel(BookScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.messageLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.dayLayout = QVBoxLayout()
        self.dayLayout.setObjectName(u"dayLayout")

        self.bodyLayout.addLayout(self.dayLayout)

        self.detailCard = QFrame(BookScreen)
        self.detailCard.setObjectName(u"detailCard")
        self.detailCard.setMinimumSize(QSize(250, 0))
        self.detailCard.setMaximumSize(QSize(300, 16777215))
        self.detailCard.setProperty(u"role", u"card")
        self.detailLayout = QVBoxLayout(self.detailCard)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailTitle = QLabel(self.detailCard)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setWordWrap(True)
        self.detailTitle.setProperty(u"role", u"subtitle")

        self.detailLayout.addWidget(self.detailTitle)

        self.detailText = QLabel(self.detailCard)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setWordWrap(True)

        self.detailLayout.addWidget(self.detailText)

        self.confirmedButton = QPushButton(self.detailCard)
        self.confirmedButton.setObjectName(u"confirmedButton")

        self.detailLayout.addWidget(self.confirmedButton)

        self.arrivedButton = QPushButton(self.detailCard)
        self.arrivedButton.setObjectName(u"arrivedButton")

        self.detailLayout.addWidget(self.arrivedButton)

        self.treatButton = QPushButton(self.detailCard)
        self.treatButton.setObjectName(u"treatButton")

        self.detailLayout.addWidget(self.treatButton)

        self.checkOutButton = QPushButton(self.detailCard)
        self.checkOutButton.setObjectName(u"checkOutButton")

        self.detailLayout.addWidget(self.checkOutButton)

        self.completedButton = QPushButton(self.detailCard)
        self.completedButton.setObjectName(u"completedButton")

        self.detailLayout.addWidget(self.completedButton)

        self.noShowButton = QPushButton(self.detailCard)
        self.noShowButton.setObjectName(u"noShowButton")

        self.detailLayout.addWidget(self.noShowButton)

        self.cancelAppointmentButton = QPushButton(self.detailCard)
        self.cancelAppointmentButton.setObjectName(u"cancelAppointmentButton")

        self.detailLayout.addWidget(self.cancelAppointmentButton)

        self.detailGap = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailGap)


        self.bodyLayout.addWidget(self.detailCard)


        self.mainLayout.addLayout(self.bodyLayout)


        self.retranslateUi(BookScreen)

        QMetaObject.connectSlotsByName(BookScreen)
    # setupUi

    def retranslateUi(self, BookScreen) -> None:
        self.titleLabel.setText(QCoreApplication.translate("BookScreen", u"Appointment book", None))
#if QT_CONFIG(accessibility)
        self.locationCombo.setAccessibleName(QCoreApplication.translate("BookScreen", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.daySheetButton.setText(QCoreApplication.translate("BookScreen", u"Day &sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.daySheetButton.setToolTip(QCoreApplication.translate("BookScreen", u"Save the day as a PDF to print, a section per column", None))
#endif // QT_CONFIG(tooltip)
        self.setupButton.setText(QCoreApplication.translate("BookScreen", u"Set &up\u2026", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("BookScreen", u"Back (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("BookScreen", u"Back", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("BookScreen", u"&Today", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("BookScreen", u"Forward (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("BookScreen", u"Forward", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dayLabel.setAccessibleName(QCoreApplication.translate("BookScreen", u"Day shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.spanCombo.setAccessibleName(QCoreApplication.translate("BookScreen", u"Day or week", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.byCombo.setAccessibleName(QCoreApplication.translate("BookScreen", u"Columns", None))
#endif // QT_CONFIG(accessibility)
        self.privacyCheck.setText(QCoreApplication.translate("BookScreen", u"&Hide names", None))
#if QT_CONFIG(tooltip)
        self.privacyCheck.setToolTip(QCoreApplication.translate("BookScreen", u"Privacy mode: the book shows services, not names (Shift+P)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("BookScreen", u"&New appointment\u2026", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("BookScreen", u"Book message", None))
#endif // QT_CONFIG(accessibility)
        self.detailTitle.setText(QCoreApplication.translate("BookScreen", u"No appointment chosen", None))
#if QT_CONFIG(accessibility)
        self.detailText.setAccessibleName(QCoreApplication.translate("BookScreen", u"Appointment details", None))
#endif // QT_CONFIG(accessibility)
        self.detailText.setText(QCoreApplication.translate("BookScreen", u"Click an appointment to see it; double-click an empty time to book it.", None))
        self.confirmedButton.setText(QCoreApplication.translate("BookScreen", u"Client con&firmed", None))
#if QT_CONFIG(tooltip)
        self.confirmedButton.setToolTip(QCoreApplication.translate("BookScreen", u"The client confirmed the appointment (by phone or a reply): recorded, and no further reminder goes", None))
#endif // QT_CONFIG(tooltip)
        self.arrivedButton.setText(QCoreApplication.translate("BookScreen", u"&Arrived", None))
        self.treatButton.setText(QCoreApplication.translate("BookScreen", u"Treat&ment", None))
#if QT_CONFIG(tooltip)
        self.treatButton.setToolTip(QCoreApplication.translate("BookScreen", u"Start the session of a client who has arrived, or open it", None))
#endif // QT_CONFIG(tooltip)
        self.checkOutButton.setText(QCoreApplication.translate("BookScreen", u"Check &out\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkOutButton.setToolTip(QCoreApplication.translate("BookScreen", u"Print the aftercare sheet and book the next visit", None))
#endif // QT_CONFIG(tooltip)
        self.completedButton.setText(QCoreApplication.translate("BookScreen", u"&Completed", None))
        self.noShowButton.setText(QCoreApplication.translate("BookScreen", u"No-sho&w", None))
        self.cancelAppointmentButton.setText(QCoreApplication.translate("BookScreen", u"Cance&l appointment\u2026", None))
        pass
    # retranslateUi

