# Generated from forms/session_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from acudesk.ui.widgets.alerts_banner import AlertsBanner

class Ui_SessionWidget(object):
    def setupUi(self, SessionWidget) -> None:
        if not SessionWidget.objectName():
            SessionWidget.setObjectName(u"SessionWidget")
        SessionWidget.resize(1280, 860)
        self.mainLayout = QVBoxLayout(SessionWidget)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 14, 20, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.clientLabel = QLabel(SessionWidget)
        self.clientLabel.setObjectName(u"clientLabel")
        self.clientLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.clientLabel)

        self.statusLabel = QLabel(SessionWidget)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.headerLayout.addWidget(self.statusLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.courseLabel = QLabel(SessionWidget)
        self.courseLabel.setObjectName(u"courseLabel")
        self.courseLabel.setProperty(u"role", u"fieldname")

        self.headerLayout.addWidget(self.courseLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.detailsLabel = QLabel(SessionWidget)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setProperty(u"role", u"subtitle")

        self.mainLayout.addWidget(self.detailsLabel)

        self.courseMessage = QLabel(SessionWidget)
        self.courseMessage.setObjectName(u"courseMessage")
        self.courseMessage.setWordWrap(True)
        self.courseMessage.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.courseMessage)

        self.trailLabel = QLabel(SessionWidget)
        self.trailLabel.setObjectName(u"trailLabel")
        self.trailLabel.setWordWrap(True)
        self.trailLabel.setTextFormat(Qt.TextFormat.RichText)
        self.trailLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.trailLabel)

        self.bannerLabel = QLabel(SessionWidget)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setProperty(u"role", u"banner")

        self.mainLayout.addWidget(self.bannerLabel)

        self.preCheckFrame = QFrame(SessionWidget)
        self.preCheckFrame.setObjectName(u"preCheckFrame")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.preCheckFrame.sizePolicy().hasHeightForWidth())
        self.preCheckFrame.setSizePolicy(sizePolicy)
        self.preCheckFrame.setProperty(u"role", u"card")
        self.preCheckLayout = QVBoxLayout(self.preCheckFrame)
        self.preCheckLayout.setSpacing(6)
        self.preCheckLayout.setObjectName(u"preCheckLayout")
        self.preCheckTitleLayout = QHBoxLayout()
        self.preCheckTitleLayout.setObjectName(u"preCheckTitleLayout")
        self.preCheckTitle = QLabel(self.preCheckFrame)
        self.preCheckTitle.setObjectName(u"preCheckTitle")
        self.preCheckTitle.setProperty(u"role", u"heading")

        self.preCheckTitleLayout.addWidget(self.preCheckTitle)

        self.preCheckSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preCheckTitleLayout.addItem(self.preCheckSpacer)

        self.hidePreCheckButton = QPushButton(self.preCheckFrame)
        self.hidePreCheckButton.setObjectName(u"hidePreCheckButton")

        self.preCheckTitleLayout.addWidget(self.hidePreCheckButton)


        self.preCheckLayout.addLayout(self.preCheckTitleLayout)

        self.alertsBanner = AlertsBanner(self.preCheckFrame)
        self.alertsBanner.setObjectName(u"alertsBanner")

        self.preCheckLayout.addWidget(self.alertsBanner)

        self.noAlertsLabel = QLabel(self.preCheckFrame)
        self.noAlertsLabel.setObjectName(u"noAlertsLabel")
        self.noAlertsLabel.setProperty(u"role", u"hint")

        self.preCheckLayout.addWidget(self.noAlertsLabel)

        self.alertsReviewedCheck = QCheckBox(self.preCheckFrame)
        self.alertsReviewedCheck.setObjectName(u"alertsReviewedCheck")

        self.preCheckLayout.addWidget(self.alertsReviewedCheck)

        self.intakeLayout = QHBoxLayout()
        self.intakeLayout.setSpacing(12)
        self.intakeLayout.setObjectName(u"intakeLayout")
        self.intakeUnchangedCheck = QCheckBox(self.preCheckFrame)
        self.intakeUnchangedCheck.setObjectName(u"intakeUnchangedCheck")

        self.intakeLayout.addWidget(self.intakeUnchangedCheck)

        self.updateIntakeButton = QPushButton(self.preCheckFrame)
        self.updateIntakeButton.setObjectName(u"updateIntakeButton")

        self.intakeLayout.addWidget(self.updateIntakeButton)

        self.intakeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.intakeLayout.addItem(self.intakeSpacer)


        self.preCheckLayout.addLayout(self.intakeLayout)

        self.overrideLabel = QLabel(self.preCheckFrame)
        self.overrideLabel.setObjectName(u"overrideLabel")

        self.preCheckLayout.addWidget(self.overrideLabel)

        self.overrideReasonEdit = QLineEdit(self.preCheckFrame)
        self.overrideReasonEdit.setObjectName(u"overrideReasonEdit")
        self.overrideReasonEdit.setMaxLength(500)

        self.preCheckLayout.addWidget(self.overrideReasonEdit)

        self.precheckMessage = QLabel(self.preCheckFrame)
        self.precheckMessage.setObjectName(u"precheckMessage")
        self.precheckMessage.setWordWrap(True)
        self.precheckMessage.setProperty(u"role", u"error")

        self.preCheckLayout.addWidget(self.precheckMessage)


        self.mainLayout.addWidget(self.preCheckFrame)

        self.preCheckSummary = QFrame(SessionWidget)
        self.preCheckSummary.setObjectName(u"preCheckSummary")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.preCheckSummary.sizePolicy().hasHeightForWidth())
        self.preCheckSummary.setSizePolicy(sizePolicy1)
        self.preCheckSummary.setProperty(u"role", u"strip")
        self.preCheckSummaryLayout = QHBoxLayout(self.preCheckSummary)
        self.preCheckSummaryLayout.setObjectName(u"preCheckSummaryLayout")
        self.preCheckSummaryLayout.setContentsMargins(10, 4, 4, 4)
        self.preCheckSummaryLabel = QLabel(self.preCheckSummary)
        self.preCheckSummaryLabel.setObjectName(u"preCheckSummaryLabel")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.preCheckSummaryLabel.sizePolicy().hasHeightForWidth())
        self.preCheckSummaryLabel.setSizePolicy(sizePolicy2)
        self.preCheckSummaryLabel.setWordWrap(True)

        self.preCheckSummaryLayout.addWidget(self.preCheckSummaryLabel)

        self.showPreCheckButton = QPushButton(self.preCheckSummary)
        self.showPreCheckButton.setObjectName(u"showPreCheckButton")

        self.preCheckSummaryLayout.addWidget(self.showPreCheckButton)


        self.mainLayout.addWidget(self.preCheckSummary)

        self.splitter = QSplitter(SessionWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.chartHost = QWidget(self.splitter)
        self.chartHost.setObjectName(u"chartHost")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy3.setHorizontalStretch(3)
        sizePolicy3.setVerticalStretch(1)
        sizePolicy3.setHeightForWidth(self.chartHost.sizePolicy().hasHeightForWidth())
        self.chartHost.setSizePolicy(sizePolicy3)
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chartHost)
        self.sideScroll = QScrollArea(self.splitter)
        self.sideScroll.setObjectName(u"sideScroll")
        self.sideScroll.setMinimumSize(QSize(470, 0))
        self.sideScroll.setMaximumSize(QSize(500, 16777215))
        self.sideScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sideScroll.setWidgetResizable(True)
        self.sidePanel = QWidget()
        self.sidePanel.setObjectName(u"sidePanel")
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setSpacing(8)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(6, 0, 0, 0)
        self.timerFrame = QFrame(self.sidePanel)
        self.timerFrame.setObjectName(u"timerFrame")
        self.timerFrame.setProperty(u"role", u"card")
        self.timerLayout = QGridLayout(self.timerFrame)
        self.timerLayout.setObjectName(u"timerLayout")
        self.timerLayout.setVerticalSpacing(4)
        self.timerCaption = QLabel(self.timerFrame)
        self.timerCaption.setObjectName(u"timerCaption")
        self.timerCaption.setProperty(u"role", u"caption")

        self.timerLayout.addWidget(self.timerCaption, 0, 0, 1, 2)

        self.timerLabel = QLabel(self.timerFrame)
        self.timerLabel.setObjectName(u"timerLabel")
        self.timerLabel.setProperty(u"role", u"timer")

        self.timerLayout.addWidget(self.timerLabel, 1, 0, 1, 1)

        self.retentionSpin = QSpinBox(self.timerFrame)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(120)
        self.retentionSpin.setValue(30)

        self.timerLayout.addWidget(self.retentionSpin, 1, 1, 1, 1)

        self.startTimerButton = QPushButton(self.timerFrame)
        self.startTimerButton.setObjectName(u"startTimerButton")

        self.timerLayout.addWidget(self.startTimerButton, 2, 0, 1, 2)

        self.retentionMessage = QLabel(self.timerFrame)
        self.retentionMessage.setObjectName(u"retentionMessage")
        self.retentionMessage.setWordWrap(True)
        self.retentionMessage.setProperty(u"role", u"error")

        self.timerLayout.addWidget(self.retentionMessage, 3, 0, 1, 2)


        self.sideLayout.addWidget(self.timerFrame)

        self.sideTabs = QTabWidget(self.sidePanel)
        self.sideTabs.setObjectName(u"sideTabs")
        self.sideTabs.setDocumentMode(True)
        self.needlesTab = QWidget()
        self.needlesTab.setObjectName(u"needlesTab")
        self.needlesLayout = QVBoxLayout(self.needlesTab)
        self.needlesLayout.setSpacing(4)
        self.needlesLayout.setObjectName(u"needlesLayout")
        self.needlesInLabel = QLabel(self.needlesTab)
        self.needlesInLabel.setObjectName(u"needlesInLabel")

        self.needlesLayout.addWidget(self.needlesInLabel)

        self.needlesInLayout = QHBoxLayout()
        self.needlesInLayout.setObjectName(u"needlesInLayout")
        self.needlesInSpin = QSpinBox(self.needlesTab)
        self.needlesInSpin.setObjectName(u"needlesInSpin")
        self.needlesInSpin.setMaximum(500)

        self.needlesInLayout.addWidget(self.needlesInSpin)

        self.useChartCountButton = QPushButton(self.needlesTab)
        self.useChartCountButton.setObjectName(u"useChartCountButton")

        self.needlesInLayout.addWidget(self.useChartCountButton)

        self.needlesInSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.needlesInLayout.addItem(self.needlesInSpacer)


        self.needlesLayout.addLayout(self.needlesInLayout)

        self.needlesInHint = QLabel(self.needlesTab)
        self.needlesInHint.setObjectName(u"needlesInHint")
        self.needlesInHint.setWordWrap(True)
        self.needlesInHint.setProperty(u"role", u"hint")

        self.needlesLayout.addWidget(self.needlesInHint)

        self.needlesInMessage = QLabel(self.needlesTab)
        self.needlesInMessage.setObjectName(u"needlesInMessage")
        self.needlesInMessage.setWordWrap(True)
        self.needlesInMessage.setProperty(u"role", u"error")

        self.needlesLayout.addWidget(self.needlesInMessage)

        self.needlesOutLabel = QLabel(self.needlesTab)
        self.needlesOutLabel.setObjectName(u"needlesOutLabel")

        self.needlesLayout.addWidget(self.needlesOutLabel)

        self.needlesOutLayout = QHBoxLayout()
        self.needlesOutLayout.setObjectName(u"needlesOutLayout")
        self.needlesOutSpin = QSpinBox(self.needlesTab)
        self.needlesOutSpin.setObjectName(u"needlesOutSpin")
        self.needlesOutSpin.setMinimum(-1)
        self.needlesOutSpin.setMaximum(500)
        self.needlesOutSpin.setValue(-1)

        self.needlesOutLayout.addWidget(self.needlesOutSpin)

        self.needlesOutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.needlesOutLayout.addItem(self.needlesOutSpacer)


        self.needlesLayout.addLayout(self.needlesOutLayout)

        self.needlesOutMessage = QLabel(self.needlesTab)
        self.needlesOutMessage.setObjectName(u"needlesOutMessage")
        self.needlesOutMessage.setWordWrap(True)
        self.needlesOutMessage.setProperty(u"role", u"error")

        self.needlesLayout.addWidget(self.needlesOutMessage)

        self.incidentLayout = QHBoxLayout()
        self.incidentLayout.setObjectName(u"incidentLayout")
        self.recordIncidentButton = QPushButton(self.needlesTab)
        self.recordIncidentButton.setObjectName(u"recordIncidentButton")

        self.incidentLayout.addWidget(self.recordIncidentButton)

        self.incidentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.incidentLayout.addItem(self.incidentSpacer)


        self.needlesLayout.addLayout(self.incidentLayout)

        self.incidentLabel = QLabel(self.needlesTab)
        self.incidentLabel.setObjectName(u"incidentLabel")
        self.incidentLabel.setWordWrap(True)
        self.incidentLabel.setProperty(u"role", u"notice")

        self.needlesLayout.addWidget(self.incidentLabel)

        self.guaShaCheck = QCheckBox(self.needlesTab)
        self.guaShaCheck.setObjectName(u"guaShaCheck")

        self.needlesLayout.addWidget(self.guaShaCheck)

        self.needlesBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.needlesLayout.addItem(self.needlesBottom)

        self.sideTabs.addTab(self.needlesTab, "")
        self.eventsTab = QWidget()
        self.eventsTab.setObjectName(u"eventsTab")
        self.eventsLayout = QVBoxLayout(self.eventsTab)
        self.eventsLayout.setObjectName(u"eventsLayout")
        self.eventsTable = QTableWidget(self.eventsTab)
        if (self.eventsTable.columnCount() < 4):
            self.eventsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.eventsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.eventsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.eventsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.eventsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.eventsTable.setObjectName(u"eventsTable")
        self.eventsTable.setColumnCount(4)
        self.eventsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.eventsTable.setWordWrap(True)

        self.eventsLayout.addWidget(self.eventsTable)

        self.eventButtons = QHBoxLayout()
        self.eventButtons.setObjectName(u"eventButtons")
        self.addEventButton = QPushButton(self.eventsTab)
        self.addEventButton.setObjectName(u"addEventButton")

        self.eventButtons.addWidget(self.addEventButton)

        self.removeEventButton = QPushButton(self.eventsTab)
        self.removeEventButton.setObjectName(u"removeEventButton")

        self.eventButtons.addWidget(self.removeEventButton)

        self.eventSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.eventButtons.addItem(self.eventSpacer)


        self.eventsLayout.addLayout(self.eventButtons)

        self.sideTabs.addTab(self.eventsTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setSpacing(4)
        self.notesLayout.setObjectName(u"notesLayout")
        self.treatedLabel = QLabel(self.notesTab)
        self.treatedLabel.setObjectName(u"treatedLabel")

        self.notesLayout.addWidget(self.treatedLabel)

        self.treatedEdit = QPlainTextEdit(self.notesTab)
        self.treatedEdit.setObjectName(u"treatedEdit")
        self.treatedEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.treatedEdit)

        self.responseLabel = QLabel(self.notesTab)
        self.responseLabel.setObjectName(u"responseLabel")

        self.notesLayout.addWidget(self.responseLabel)

        self.responseEdit = QPlainTextEdit(self.notesTab)
        self.responseEdit.setObjectName(u"responseEdit")
        self.responseEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.responseEdit)

        self.planLabel = QLabel(self.notesTab)
        self.planLabel.setObjectName(u"planLabel")

        self.notesLayout.addWidget(self.planLabel)

        self.planEdit = QPlainTextEdit(self.notesTab)
        self.planEdit.setObjectName(u"planEdit")
        self.planEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.planEdit)

        self.notesMessage = QLabel(self.notesTab)
        self.notesMessage.setObjectName(u"notesMessage")
        self.notesMessage.setWordWrap(True)
        self.notesMessage.setProperty(u"role", u"error")

        self.notesLayout.addWidget(self.notesMessage)

        self.sideTabs.addTab(self.notesTab, "")

        self.sideLayout.addWidget(self.sideTabs)

        self.sideScroll.setWidget(self.sidePanel)
        self.splitter.addWidget(self.sideScroll)

        self.mainLayout.addWidget(self.splitter)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.applyProtocolButton = QPushButton(SessionWidget)
        self.applyProtocolButton.setObjectName(u"applyProtocolButton")

        self.buttonLayout.addWidget(self.applyProtocolButton)

        self.saveProtocolButton = QPushButton(SessionWidget)
        self.saveProtocolButton.setObjectName(u"saveProtocolButton")

        self.buttonLayout.addWidget(self.saveProtocolButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.savedLabel = QLabel(SessionWidget)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setProperty(u"role", u"hint")

        self.buttonLayout.addWidget(self.savedLabel)

        self.amendButton = QPushButton(SessionWidget)
        self.amendButton.setObjectName(u"amendButton")

        self.buttonLayout.addWidget(self.amendButton)

        self.saveButton = QPushButton(SessionWidget)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.completeButton = QPushButton(SessionWidget)
        self.completeButton.setObjectName(u"completeButton")
        self.completeButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.completeButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.mainLayout.setStretch(7, 1)
#if QT_CONFIG(shortcut)
        self.overrideLabel.setBuddy(self.overrideReasonEdit)
        self.needlesInLabel.setBuddy(self.needlesInSpin)
        self.needlesOutLabel.setBuddy(self.needlesOutSpin)
        self.treatedLabel.setBuddy(self.treatedEdit)
        self.responseLabel.setBuddy(self.responseEdit)
        self.planLabel.setBuddy(self.planEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionWidget)

        self.sideTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SessionWidget)
    # setupUi

    def retranslateUi(self, SessionWidget) -> None:
        SessionWidget.setWindowTitle(QCoreApplication.translate("SessionWidget", u"Session \u2014 acudesk", None))
#if QT_CONFIG(accessibility)
        self.clientLabel.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Client", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Session status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.courseLabel.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Place in the course", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.courseLabel.setToolTip(QCoreApplication.translate("SessionWidget", u"From the client's course: start or close a course on the Sessions tab", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.detailsLabel.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Session details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.courseMessage.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Course message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trailLabel.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Amendment trail", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bannerLabel.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Session banner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preCheckFrame.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Pre-treatment check", None))
#endif // QT_CONFIG(accessibility)
        self.preCheckTitle.setText(QCoreApplication.translate("SessionWidget", u"Before any needle: the pre-treatment check", None))
        self.hidePreCheckButton.setText(QCoreApplication.translate("SessionWidget", u"Fold the check away", None))
#if QT_CONFIG(accessibility)
        self.hidePreCheckButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Fold the pre-treatment check", None))
#endif // QT_CONFIG(accessibility)
        self.noAlertsLabel.setText(QCoreApplication.translate("SessionWidget", u"No screening alerts for this client.", None))
        self.alertsReviewedCheck.setText(QCoreApplication.translate("SessionWidget", u"I have &read the alerts", None))
#if QT_CONFIG(accessibility)
        self.alertsReviewedCheck.setAccessibleName(QCoreApplication.translate("SessionWidget", u"I have read the alerts", None))
#endif // QT_CONFIG(accessibility)
        self.intakeUnchangedCheck.setText(QCoreApplication.translate("SessionWidget", u"Nothing has changed since the intake", None))
#if QT_CONFIG(accessibility)
        self.intakeUnchangedCheck.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Nothing has changed since the intake", None))
#endif // QT_CONFIG(accessibility)
        self.updateIntakeButton.setText(QCoreApplication.translate("SessionWidget", u"&Update the intake\u2026", None))
#if QT_CONFIG(accessibility)
        self.updateIntakeButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Update the intake", None))
#endif // QT_CONFIG(accessibility)
        self.overrideLabel.setText(QCoreApplication.translate("SessionWidget", u"A stop alert stands. Why does treatment go ahead?", None))
#if QT_CONFIG(accessibility)
        self.overrideReasonEdit.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Reason to go ahead", None))
#endif // QT_CONFIG(accessibility)
        self.overrideReasonEdit.setPlaceholderText(QCoreApplication.translate("SessionWidget", u"e.g. physician's clearance seen, dated \u2026", None))
#if QT_CONFIG(accessibility)
        self.precheckMessage.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Pre-treatment check message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preCheckSummaryLabel.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Pre-treatment check summary", None))
#endif // QT_CONFIG(accessibility)
        self.showPreCheckButton.setText(QCoreApplication.translate("SessionWidget", u"Show the check", None))
#if QT_CONFIG(accessibility)
        self.showPreCheckButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Show the pre-treatment check", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timerFrame.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Retention timer", None))
#endif // QT_CONFIG(accessibility)
        self.timerCaption.setText(QCoreApplication.translate("SessionWidget", u"RETENTION", None))
#if QT_CONFIG(accessibility)
        self.timerLabel.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Time left", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.retentionSpin.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Retention minutes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.retentionSpin.setToolTip(QCoreApplication.translate("SessionWidget", u"Retention time for this session", None))
#endif // QT_CONFIG(tooltip)
        self.retentionSpin.setSuffix(QCoreApplication.translate("SessionWidget", u" min", None))
        self.startTimerButton.setText(QCoreApplication.translate("SessionWidget", u"Needling done \u2014 start &timer", None))
#if QT_CONFIG(accessibility)
        self.startTimerButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Needling done \u2014 start timer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.retentionMessage.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Retention minutes message", None))
#endif // QT_CONFIG(accessibility)
        self.needlesInLabel.setText(QCoreApplication.translate("SessionWidget", u"Needles &in", None))
#if QT_CONFIG(accessibility)
        self.needlesInSpin.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Needles in", None))
#endif // QT_CONFIG(accessibility)
        self.useChartCountButton.setText(QCoreApplication.translate("SessionWidget", u"Use the chart's count", None))
#if QT_CONFIG(accessibility)
        self.useChartCountButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Use the chart's count", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.needlesInHint.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Needles in hint", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.needlesInMessage.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Needles in message", None))
#endif // QT_CONFIG(accessibility)
        self.needlesOutLabel.setText(QCoreApplication.translate("SessionWidget", u"Needles &out (counted at removal)", None))
#if QT_CONFIG(accessibility)
        self.needlesOutSpin.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Needles out", None))
#endif // QT_CONFIG(accessibility)
        self.needlesOutSpin.setSpecialValueText(QCoreApplication.translate("SessionWidget", u"not counted", None))
#if QT_CONFIG(accessibility)
        self.needlesOutMessage.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Needles out message", None))
#endif // QT_CONFIG(accessibility)
        self.recordIncidentButton.setText(QCoreApplication.translate("SessionWidget", u"Record &incident\u2026", None))
#if QT_CONFIG(accessibility)
        self.recordIncidentButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Record incident", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.incidentLabel.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Incident", None))
#endif // QT_CONFIG(accessibility)
        self.guaShaCheck.setText(QCoreApplication.translate("SessionWidget", u"&Gua sha massage given", None))
#if QT_CONFIG(accessibility)
        self.guaShaCheck.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Gua sha", None))
#endif // QT_CONFIG(accessibility)
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.needlesTab), QCoreApplication.translate("SessionWidget", u"Needle &count", None))
        ___qtablewidgetitem = self.eventsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SessionWidget", u"Event", None))
        ___qtablewidgetitem1 = self.eventsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SessionWidget", u"Severity", None))
        ___qtablewidgetitem2 = self.eventsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SessionWidget", u"What happened", None))
        ___qtablewidgetitem3 = self.eventsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SessionWidget", u"What was done", None))
#if QT_CONFIG(accessibility)
        self.eventsTable.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Adverse events", None))
#endif // QT_CONFIG(accessibility)
        self.addEventButton.setText(QCoreApplication.translate("SessionWidget", u"&Add event", None))
#if QT_CONFIG(accessibility)
        self.addEventButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Add event", None))
#endif // QT_CONFIG(accessibility)
        self.removeEventButton.setText(QCoreApplication.translate("SessionWidget", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.removeEventButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Remove event", None))
#endif // QT_CONFIG(accessibility)
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.eventsTab), QCoreApplication.translate("SessionWidget", u"&Reactions", None))
        self.treatedLabel.setText(QCoreApplication.translate("SessionWidget", u"What was treated", None))
#if QT_CONFIG(accessibility)
        self.treatedEdit.setAccessibleName(QCoreApplication.translate("SessionWidget", u"What was treated", None))
#endif // QT_CONFIG(accessibility)
        self.responseLabel.setText(QCoreApplication.translate("SessionWidget", u"The client's response", None))
#if QT_CONFIG(accessibility)
        self.responseEdit.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Response", None))
#endif // QT_CONFIG(accessibility)
        self.planLabel.setText(QCoreApplication.translate("SessionWidget", u"Plan for next time", None))
#if QT_CONFIG(accessibility)
        self.planEdit.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Plan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesMessage.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Notes message", None))
#endif // QT_CONFIG(accessibility)
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.notesTab), QCoreApplication.translate("SessionWidget", u"N&otes", None))
        self.applyProtocolButton.setText(QCoreApplication.translate("SessionWidget", u"A&pply protocol\u2026", None))
#if QT_CONFIG(accessibility)
        self.applyProtocolButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Apply protocol", None))
#endif // QT_CONFIG(accessibility)
        self.saveProtocolButton.setText(QCoreApplication.translate("SessionWidget", u"Save as protoco&l\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveProtocolButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Save as protocol", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.savedLabel.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Save state", None))
#endif // QT_CONFIG(accessibility)
        self.amendButton.setText(QCoreApplication.translate("SessionWidget", u"&Amend\u2026", None))
#if QT_CONFIG(accessibility)
        self.amendButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Amend", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("SessionWidget", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("SessionWidget", u"Save (Ctrl+S); an open session also saves itself a few seconds after each change", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Save session", None))
#endif // QT_CONFIG(accessibility)
        self.completeButton.setText(QCoreApplication.translate("SessionWidget", u"&Complete session", None))
#if QT_CONFIG(accessibility)
        self.completeButton.setAccessibleName(QCoreApplication.translate("SessionWidget", u"Complete session", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

