# Generated from forms/main_window.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QMenuBar, QStackedWidget, QStatusBar, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow) -> None:
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        MainWindow.setMinimumSize(QSize(800, 520))
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralWidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(200, 0))
        self.navList.setMaximumSize(QSize(200, 16777215))
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setProperty(u"role", u"nav")

        self.centralLayout.addWidget(self.navList)

        self.stack = QStackedWidget(self.centralWidget)
        self.stack.setObjectName(u"stack")

        self.centralLayout.addWidget(self.stack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow) -> None:
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"acudesk", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Screens", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

