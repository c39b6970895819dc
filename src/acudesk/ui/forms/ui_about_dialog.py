# Generated from forms/about_dialog.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog) -> None:
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 340)
        AboutDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setSpacing(14)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 24, 28, 20)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.logoLabel = QLabel(AboutDialog)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(56, 56))
        self.logoLabel.setMaximumSize(QSize(56, 56))

        self.headerLayout.addWidget(self.logoLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.titleLayout.addWidget(self.titleLabel)

        self.taglineLabel = QLabel(AboutDialog)
        self.taglineLabel.setObjectName(u"taglineLabel")
        self.taglineLabel.setProperty(u"role", u"subtitle")

        self.titleLayout.addWidget(self.taglineLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.mainLayout.addLayout(self.headerLayout)

        self.factsLayout = QFormLayout()
        self.factsLayout.setObjectName(u"factsLayout")
        self.factsLayout.setHorizontalSpacing(18)
        self.factsLayout.setVerticalSpacing(8)
        self.versionCaption = QLabel(AboutDialog)
        self.versionCaption.setObjectName(u"versionCaption")
        self.versionCaption.setProperty(u"role", u"fieldname")

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionCaption)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionLabel)

        self.databaseCaption = QLabel(AboutDialog)
        self.databaseCaption.setObjectName(u"databaseCaption")
        self.databaseCaption.setProperty(u"role", u"fieldname")

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseLabel)

        self.dataFolderCaption = QLabel(AboutDialog)
        self.dataFolderCaption.setObjectName(u"dataFolderCaption")
        self.dataFolderCaption.setProperty(u"role", u"fieldname")

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dataFolderCaption)

        self.dataFolderLabel = QLabel(AboutDialog)
        self.dataFolderLabel.setObjectName(u"dataFolderLabel")
        self.dataFolderLabel.setWordWrap(True)
        self.dataFolderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dataFolderLabel)

        self.qtCaption = QLabel(AboutDialog)
        self.qtCaption.setObjectName(u"qtCaption")
        self.qtCaption.setProperty(u"role", u"fieldname")

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.qtCaption)

        self.qtLabel = QLabel(AboutDialog)
        self.qtLabel.setObjectName(u"qtLabel")
        self.qtLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.qtLabel)

        self.pythonCaption = QLabel(AboutDialog)
        self.pythonCaption.setObjectName(u"pythonCaption")
        self.pythonCaption.setProperty(u"role", u"fieldname")

        self.factsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pythonCaption)

        self.pythonLabel = QLabel(AboutDialog)
        self.pythonLabel.setObjectName(u"pythonLabel")
        self.pythonLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pythonLabel)


        self.mainLayout.addLayout(self.factsLayout)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.versionCaption.setBuddy(self.versionLabel)
        self.databaseCaption.setBuddy(self.databaseLabel)
        self.dataFolderCaption.setBuddy(self.dataFolderLabel)
        self.qtCaption.setBuddy(self.qtLabel)
        self.pythonCaption.setBuddy(self.pythonLabel)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog) -> None:
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About acudesk", None))
#if QT_CONFIG(accessibility)
        self.logoLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"acudesk logo", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"acudesk", None))
        self.taglineLabel.setText(QCoreApplication.translate("AboutDialog", u"Practice management for cosmetic acupuncture clinics", None))
        self.versionCaption.setText(QCoreApplication.translate("AboutDialog", u"Version", None))
#if QT_CONFIG(accessibility)
        self.versionLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Version", None))
#endif // QT_CONFIG(accessibility)
        self.databaseCaption.setText(QCoreApplication.translate("AboutDialog", u"Database", None))
#if QT_CONFIG(accessibility)
        self.databaseLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Database", None))
#endif // QT_CONFIG(accessibility)
        self.dataFolderCaption.setText(QCoreApplication.translate("AboutDialog", u"Data folder", None))
#if QT_CONFIG(accessibility)
        self.dataFolderLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
        self.qtCaption.setText(QCoreApplication.translate("AboutDialog", u"Qt", None))
#if QT_CONFIG(accessibility)
        self.qtLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Qt version", None))
#endif // QT_CONFIG(accessibility)
        self.pythonCaption.setText(QCoreApplication.translate("AboutDialog", u"Python", None))
#if QT_CONFIG(accessibility)
        self.pythonLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Python version", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

