# Generated from forms/handout_preview_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handout_preview_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QToolButton, QVBoxLayout, QWidget

class Ui_HandoutPreviewDialog(object):
    def setupUi(self, HandoutPreviewDialog) -> None:
        if not HandoutPreviewDialog.objectName():
            HandoutPreviewDialog.setObjectName(u"HandoutPreviewDialog")
        HandoutPreviewDialog.resize(1240, 700)
        self.mainLayout = QVBoxLayout(HandoutPreviewDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(HandoutPreviewDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.detailsLabel = QLabel(HandoutPreviewDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.detailsLabel)

        self.messageLabel = QLabel(HandoutPreviewDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(HandoutPreviewDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.previewFrame = QFrame(self.splitter)
        self.previewFrame.setObjectName(u"previewFrame")
        self.previewFrame.setProperty(u"role", u"card")
        self.previewLayout = QVBoxLayout(self.previewFrame)
        self.previewLayout.setSpacing(8)
        self.previewLayout.setObjectName(u"previewLayout")
        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setSpacing(6)
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.previousButton = QPushButton(self.previewFrame)
        self.previousButton.setObjectName(u"previousButton")

        self.navigationLayout.addWidget(self.previousButton)

        self.pageLabel = QLabel(self.previewFrame)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setMinimumSize(QSize(96, 0))
        self.pageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.navigationLayout.addWidget(self.pageLabel)

        self.nextButton = QPushButton(self.previewFrame)
        self.nextButton.setObjectName(u"nextButton")

        self.navigationLayout.addWidget(self.nextButton)

        self.navigationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigationLayout.addItem(self.navigationSpacer)

        self.zoomOutButton = QToolButton(self.previewFrame)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setMinimumSize(QSize(32, 0))

        self.navigationLayout.addWidget(self.zoomOutButton)

        self.zoomCombo = QComboBox(self.previewFrame)
        self.zoomCombo.setObjectName(u"zoomCombo")
        self.zoomCombo.setMinimumSize(QSize(120, 0))

        self.navigationLayout.addWidget(self.zoomCombo)

        self.zoomInButton = QToolButton(self.previewFrame)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setMinimumSize(QSize(32, 0))

        self.navigationLayout.addWidget(self.zoomInButton)


        self.previewLayout.addLayout(self.navigationLayout)

        self.pdfLayout = QVBoxLayout()
        self.pdfLayout.setObjectName(u"pdfLayout")

        self.previewLayout.addLayout(self.pdfLayout)

        self.splitter.addWidget(self.previewFrame)
        self.sidePanel = QWidget(self.splitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setSpacing(10)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(8, 0, 0, 0)
        self.languageLayout = QHBoxLayout()
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(self.sidePanel)
        self.languageLabel.setObjectName(u"languageLabel")
        self.languageLabel.setProperty(u"role", u"fieldname")

        self.languageLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(self.sidePanel)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.addWidget(self.languageCombo)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageLayout.addItem(self.languageSpacer)


        self.sideLayout.addLayout(self.languageLayout)

        self.picksLayout = QVBoxLayout()
        self.picksLayout.setObjectName(u"picksLayout")

        self.sideLayout.addLayout(self.picksLayout)

        self.splitter.addWidget(self.sidePanel)

        self.mainLayout.addWidget(self.splitter)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.hintLabel = QLabel(HandoutPreviewDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"role", u"hint")

        self.buttonLayout.addWidget(self.hintLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(HandoutPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(HandoutPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.pageSetupButton = QPushButton(HandoutPreviewDialog)
        self.pageSetupButton.setObjectName(u"pageSetupButton")
        self.pageSetupButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.pageSetupButton)

        self.printButton = QPushButton(HandoutPreviewDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.printButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoutPreviewDialog)

        self.printButton.setDefault(True)


        QMetaObject.connectSlotsByName(HandoutPreviewDialog)
    # setupUi

    def retranslateUi(self, HandoutPreviewDialog) -> None:
        HandoutPreviewDialog.setWindowTitle(QCoreApplication.translate("HandoutPreviewDialog", u"Aftercare sheet", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Handout for", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsLabel.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Session details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Handout message", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("HandoutPreviewDialog", u"< Pre&vious", None))
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Previous page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageLabel.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Page", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("HandoutPreviewDialog", u"Ne&xt >", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Next page", None))
#endif // QT_CONFIG(accessibility)
        self.zoomOutButton.setText(QCoreApplication.translate("HandoutPreviewDialog", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("HandoutPreviewDialog", u"Zoom out (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomOutButton.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.zoomCombo.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Zoom", None))
#endif // QT_CONFIG(accessibility)
        self.zoomInButton.setText(QCoreApplication.translate("HandoutPreviewDialog", u"+", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("HandoutPreviewDialog", u"Zoom in (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomInButton.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("HandoutPreviewDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Handout language", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("HandoutPreviewDialog", u"Nothing is recorded until you print or save the sheet.", None))
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Handout hint", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("HandoutPreviewDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("HandoutPreviewDialog", u"&Save as\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Save as", None))
#endif // QT_CONFIG(accessibility)
        self.pageSetupButton.setText(QCoreApplication.translate("HandoutPreviewDialog", u"Pa&ge setup\u2026", None))
#if QT_CONFIG(accessibility)
        self.pageSetupButton.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Page setup", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pageSetupButton.setToolTip(QCoreApplication.translate("HandoutPreviewDialog", u"Paper, orientation and printer for printing the sheet; kept until acudesk closes", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("HandoutPreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("HandoutPreviewDialog", u"Print", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

