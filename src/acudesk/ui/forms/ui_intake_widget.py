# Generated from forms/intake_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from acudesk.ui.widgets.signature_pad import SignaturePad

class Ui_IntakeWidget(object):
    def setupUi(self, IntakeWidget) -> None:
        if not IntakeWidget.objectName():
            IntakeWidget.setObjectName(u"IntakeWidget")
        IntakeWidget.resize(960, 680)
        self.mainLayout = QVBoxLayout(IntakeWidget)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.headingLabel = QLabel(IntakeWidget)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.titleLayout.addWidget(self.headingLabel)

        self.stampLabel = QLabel(IntakeWidget)
        self.stampLabel.setObjectName(u"stampLabel")
        self.stampLabel.setProperty(u"role", u"subtitle")

        self.titleLayout.addWidget(self.stampLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.printButton = QPushButton(IntakeWidget)
        self.printButton.setObjectName(u"printButton")

        self.headerLayout.addWidget(self.printButton)

        self.reviewButton = QPushButton(IntakeWidget)
        self.reviewButton.setObjectName(u"reviewButton")
        self.reviewButton.setProperty(u"role", u"primary")

        self.headerLayout.addWidget(self.reviewButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.noticeLabel = QLabel(IntakeWidget)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"notice")

        self.mainLayout.addWidget(self.noticeLabel)

        self.stack = QStackedWidget(IntakeWidget)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setSpacing(10)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTop = QSpacerItem(0, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTop)

        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyTitle.setProperty(u"role", u"heading")

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyHint = QLabel(self.emptyPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHint.setWordWrap(True)
        self.emptyHint.setProperty(u"role", u"hint")

        self.emptyLayout.addWidget(self.emptyHint)

        self.emptyBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottom)

        self.stack.addWidget(self.emptyPage)
        self.intakePage = QWidget()
        self.intakePage.setObjectName(u"intakePage")
        self.intakeLayout = QHBoxLayout(self.intakePage)
        self.intakeLayout.setSpacing(16)
        self.intakeLayout.setObjectName(u"intakeLayout")
        self.intakeLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryCard = QFrame(self.intakePage)
        self.summaryCard.setObjectName(u"summaryCard")
        self.summaryCard.setProperty(u"role", u"card")
        self.summaryLayout = QVBoxLayout(self.summaryCard)
        self.summaryLayout.setSpacing(6)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryView = QTextBrowser(self.summaryCard)
        self.summaryView.setObjectName(u"summaryView")
        self.summaryView.setFrameShape(QFrame.Shape.NoFrame)
        self.summaryView.setOpenLinks(False)

        self.summaryLayout.addWidget(self.summaryView)

        self.signatureCaption = QLabel(self.summaryCard)
        self.signatureCaption.setObjectName(u"signatureCaption")
        self.signatureCaption.setProperty(u"role", u"caption")

        self.summaryLayout.addWidget(self.signatureCaption)

        self.signatureView = SignaturePad(self.summaryCard)
        self.signatureView.setObjectName(u"signatureView")
        self.signatureView.setMinimumSize(QSize(300, 110))
        self.signatureView.setMaximumSize(QSize(460, 140))

        self.summaryLayout.addWidget(self.signatureView)


        self.intakeLayout.addWidget(self.summaryCard)

        self.historyCard = QFrame(self.intakePage)
        self.historyCard.setObjectName(u"historyCard")
        self.historyCard.setMinimumSize(QSize(250, 0))
        self.historyCard.setMaximumSize(QSize(300, 16777215))
        self.historyCard.setProperty(u"role", u"card")
        self.historyLayout = QVBoxLayout(self.historyCard)
        self.historyLayout.setSpacing(6)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyCaption = QLabel(self.historyCard)
        self.historyCaption.setObjectName(u"historyCaption")
        self.historyCaption.setProperty(u"role", u"caption")

        self.historyLayout.addWidget(self.historyCaption)

        self.historyList = QListWidget(self.historyCard)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setFrameShape(QFrame.Shape.NoFrame)

        self.historyLayout.addWidget(self.historyList)

        self.historyHint = QLabel(self.historyCard)
        self.historyHint.setObjectName(u"historyHint")
        self.historyHint.setWordWrap(True)
        self.historyHint.setProperty(u"role", u"hint")

        self.historyLayout.addWidget(self.historyHint)


        self.intakeLayout.addWidget(self.historyCard)

        self.stack.addWidget(self.intakePage)

        self.mainLayout.addWidget(self.stack)


        self.retranslateUi(IntakeWidget)

        QMetaObject.connectSlotsByName(IntakeWidget)
    # setupUi

    def retranslateUi(self, IntakeWidget) -> None:
        self.headingLabel.setText(QCoreApplication.translate("IntakeWidget", u"Intake assessment", None))
#if QT_CONFIG(accessibility)
        self.stampLabel.setAccessibleName(QCoreApplication.translate("IntakeWidget", u"Intake date", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("IntakeWidget", u"&Print summary\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("IntakeWidget", u"Save the intake summary, with the signature, as a PDF to print or send", None))
#endif // QT_CONFIG(tooltip)
        self.reviewButton.setText(QCoreApplication.translate("IntakeWidget", u"&Review intake", None))
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("IntakeWidget", u"Notice", None))
#endif // QT_CONFIG(accessibility)
        self.emptyTitle.setText(QCoreApplication.translate("IntakeWidget", u"No intake yet", None))
        self.emptyHint.setText(QCoreApplication.translate("IntakeWidget", u"Before the first session, take the intake with the client: health history, skin assessment, and consent with a signature.", None))
#if QT_CONFIG(accessibility)
        self.summaryView.setAccessibleName(QCoreApplication.translate("IntakeWidget", u"Intake summary", None))
#endif // QT_CONFIG(accessibility)
        self.signatureCaption.setText(QCoreApplication.translate("IntakeWidget", u"SIGNATURE", None))
#if QT_CONFIG(accessibility)
        self.signatureView.setAccessibleName(QCoreApplication.translate("IntakeWidget", u"Stored signature", None))
#endif // QT_CONFIG(accessibility)
        self.historyCaption.setText(QCoreApplication.translate("IntakeWidget", u"HISTORY", None))
#if QT_CONFIG(accessibility)
        self.historyList.setAccessibleName(QCoreApplication.translate("IntakeWidget", u"Intake history", None))
#endif // QT_CONFIG(accessibility)
        self.historyHint.setText(QCoreApplication.translate("IntakeWidget", u"Every review is kept. Pick one to read it.", None))
        pass
    # retranslateUi

