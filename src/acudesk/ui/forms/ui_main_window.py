# Generated from forms/main_window.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow) -> None:
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        MainWindow.setMinimumSize(QSize(800, 520))
        self.importClientsAction = QAction(MainWindow)
        self.importClientsAction.setObjectName(u"importClientsAction")
#if QT_CONFIG(shortcut)
        self.importClientsAction.setShortcut(u"Ctrl+Shift+I")
#endif // QT_CONFIG(shortcut)
        self.exportClientsAction = QAction(MainWindow)
        self.exportClientsAction.setObjectName(u"exportClientsAction")
#if QT_CONFIG(shortcut)
        self.exportClientsAction.setShortcut(u"Ctrl+Shift+E")
#endif // QT_CONFIG(shortcut)
        self.backUpAction = QAction(MainWindow)
        self.backUpAction.setObjectName(u"backUpAction")
#if QT_CONFIG(shortcut)
        self.backUpAction.setShortcut(u"Ctrl+Shift+B")
#endif // QT_CONFIG(shortcut)
        self.preferencesAction = QAction(MainWindow)
        self.preferencesAction.setObjectName(u"preferencesAction")
        self.lockAction = QAction(MainWindow)
        self.lockAction.setObjectName(u"lockAction")
#if QT_CONFIG(shortcut)
        self.lockAction.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.signOutAction = QAction(MainWindow)
        self.signOutAction.setObjectName(u"signOutAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
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
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.importClientsAction)
        self.fileMenu.addAction(self.exportClientsAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.backUpAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.preferencesAction)
        self.fileMenu.addAction(self.lockAction)
        self.fileMenu.addAction(self.signOutAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow) -> None:
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"acudesk", None))
        self.importClientsAction.setText(QCoreApplication.translate("MainWindow", u"&Import clients\u2026", None))
#if QT_CONFIG(tooltip)
        self.importClientsAction.setToolTip(QCoreApplication.translate("MainWindow", u"Add clients from a CSV file saved from a spreadsheet or another system", None))
#endif // QT_CONFIG(tooltip)
        self.exportClientsAction.setText(QCoreApplication.translate("MainWindow", u"&Export clients\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportClientsAction.setToolTip(QCoreApplication.translate("MainWindow", u"Save the whole client list as a CSV file", None))
#endif // QT_CONFIG(tooltip)
        self.backUpAction.setText(QCoreApplication.translate("MainWindow", u"&Back up now", None))
#if QT_CONFIG(tooltip)
        self.backUpAction.setToolTip(QCoreApplication.translate("MainWindow", u"Copy the whole database to the backups folder", None))
#endif // QT_CONFIG(tooltip)
        self.preferencesAction.setText(QCoreApplication.translate("MainWindow", u"My &preferences\u2026", None))
#if QT_CONFIG(tooltip)
        self.preferencesAction.setToolTip(QCoreApplication.translate("MainWindow", u"Choose the language acudesk speaks to you in", None))
#endif // QT_CONFIG(tooltip)
        self.lockAction.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
#if QT_CONFIG(tooltip)
        self.lockAction.setToolTip(QCoreApplication.translate("MainWindow", u"Hide the screen until you enter your password again", None))
#endif // QT_CONFIG(tooltip)
        self.signOutAction.setText(QCoreApplication.translate("MainWindow", u"&Sign out", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About acudesk", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Screens", None))
#endif // QT_CONFIG(accessibility)
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

