# Generated from forms/session_history_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_history_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_SessionHistoryWidget(object):
    def setupUi(self, SessionHistoryWidget) -> None:
        if not SessionHistoryWidget.objectName():
            SessionHistoryWidget.setObjectName(u"SessionHistoryWidget")
        SessionHistoryWidget.resize(900, 560)
        self.mainLayout = QVBoxLayout(SessionHistoryWidget)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.courseLayout = QHBoxLayout()
        self.courseLayout.setSpacing(14)
        self.courseLayout.setObjectName(u"courseLayout")
        self.courseLabel = QLabel(SessionHistoryWidget)
        self.courseLabel.setObjectName(u"courseLabel")
        self.courseLabel.setProperty(u"role", u"heading")

        self.courseLayout.addWidget(self.courseLabel)

        self.courseBar = QProgressBar(SessionHistoryWidget)
        self.courseBar.setObjectName(u"courseBar")
        self.courseBar.setMaximumSize(QSize(260, 14))
        self.courseBar.setTextVisible(False)

        self.courseLayout.addWidget(self.courseBar)

        self.courseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.courseLayout.addItem(self.courseSpacer)

        self.repeatButton = QPushButton(SessionHistoryWidget)
        self.repeatButton.setObjectName(u"repeatButton")

        self.courseLayout.addWidget(self.repeatButton)

        self.newButton = QPushButton(SessionHistoryWidget)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"role", u"primary")

        self.courseLayout.addWidget(self.newButton)


        self.mainLayout.addLayout(self.courseLayout)

        self.noticeLabel = QLabel(SessionHistoryWidget)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"notice")

        self.mainLayout.addWidget(self.noticeLabel)

        self.stack = QStackedWidget(SessionHistoryWidget)
        self.stack.setObjectName(u"stack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.historyList = QListView(self.listPage)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setAlternatingRowColors(True)
        self.historyList.setUniformItemSizes(True)

        self.listLayout.addWidget(self.historyList)

        self.stack.addWidget(self.listPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"hint")

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)

        self.mainLayout.addWidget(self.stack)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.hintLabel = QLabel(SessionHistoryWidget)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"role", u"hint")

        self.bottomLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.openButton = QPushButton(SessionHistoryWidget)
        self.openButton.setObjectName(u"openButton")

        self.bottomLayout.addWidget(self.openButton)


        self.mainLayout.addLayout(self.bottomLayout)


        self.retranslateUi(SessionHistoryWidget)

        QMetaObject.connectSlotsByName(SessionHistoryWidget)
    # setupUi

    def retranslateUi(self, SessionHistoryWidget) -> None:
#if QT_CONFIG(accessibility)
        self.courseLabel.setAccessibleName(QCoreApplication.translate("SessionHistoryWidget", u"Course progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.courseBar.setAccessibleName(QCoreApplication.translate("SessionHistoryWidget", u"Course progress bar", None))
#endif // QT_CONFIG(accessibility)
        self.repeatButton.setText(QCoreApplication.translate("SessionHistoryWidget", u"&Repeat last session", None))
#if QT_CONFIG(tooltip)
        self.repeatButton.setToolTip(QCoreApplication.translate("SessionHistoryWidget", u"Start a new session with the needles and electro pairs of the latest one, placed once the pre-treatment check is done", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.repeatButton.setAccessibleName(QCoreApplication.translate("SessionHistoryWidget", u"Repeat last session", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("SessionHistoryWidget", u"&New session", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("SessionHistoryWidget", u"Start a new session for this client (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("SessionHistoryWidget", u"New session", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("SessionHistoryWidget", u"Sessions notice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.historyList.setAccessibleName(QCoreApplication.translate("SessionHistoryWidget", u"Sessions", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("SessionHistoryWidget", u"No sessions yet. Start the first one with \u201cNew session\u201d; the pre-treatment check comes first.", None))
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("SessionHistoryWidget", u"No sessions", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("SessionHistoryWidget", u"Double-click a session, or press Enter, to open it.", None))
        self.openButton.setText(QCoreApplication.translate("SessionHistoryWidget", u"&Open", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("SessionHistoryWidget", u"Open session", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

