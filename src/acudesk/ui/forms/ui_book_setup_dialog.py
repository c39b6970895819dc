# Generated from forms/book_setup_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'book_setup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_BookSetupDialog(object):
    def setupUi(self, BookSetupDialog) -> None:
        if not BookSetupDialog.objectName():
            BookSetupDialog.setObjectName(u"BookSetupDialog")
        BookSetupDialog.resize(1040, 680)
        self.mainLayout = QVBoxLayout(BookSetupDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 12)
        self.introLabel = QLabel(BookSetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.tabs = QTabWidget(BookSetupDialog)
        self.tabs.setObjectName(u"tabs")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(BookSetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(BookSetupDialog)

        QMetaObject.connectSlotsByName(BookSetupDialog)
    # setupUi

    def retranslateUi(self, BookSetupDialog) -> None:
        BookSetupDialog.setWindowTitle(QCoreApplication.translate("BookSetupDialog", u"Book set-up \u2014 acudesk", None))
        self.introLabel.setText(QCoreApplication.translate("BookSetupDialog", u"What the book knows: locations and their hours, rooms, devices, the services offered, who works when, and time off. Nothing an appointment points to is deleted: it is made inactive.", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("BookSetupDialog", u"Set-up sections", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

