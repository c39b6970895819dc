# Generated from forms/recommendations_widget.ui by 'make forms'. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recommendations_widget.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget

class Ui_RecommendationsWidget(object):
    def setupUi(self, RecommendationsWidget) -> None:
        if not RecommendationsWidget.objectName():
            RecommendationsWidget.setObjectName(u"RecommendationsWidget")
        RecommendationsWidget.resize(640, 520)
        self.recommendationsLayout = QVBoxLayout(RecommendationsWidget)
        self.recommendationsLayout.setSpacing(8)
        self.recommendationsLayout.setObjectName(u"recommendationsLayout")
        self.recommendationsLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(RecommendationsWidget)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"heading")

        self.recommendationsLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(RecommendationsWidget)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.recommendationsLayout.addWidget(self.hintLabel)

        self.noticeLabel = QLabel(RecommendationsWidget)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"error")

        self.recommendationsLayout.addWidget(self.noticeLabel)

        self.picksScroll = QScrollArea(RecommendationsWidget)
        self.picksScroll.setObjectName(u"picksScroll")
        self.picksScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.picksScroll.setWidgetResizable(True)
        self.picksScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollLayout = QVBoxLayout(self.scrollContents)
        self.scrollLayout.setSpacing(8)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.scrollLayout.setContentsMargins(0, 0, 4, 0)
        self.picksFrame = QFrame(self.scrollContents)
        self.picksFrame.setObjectName(u"picksFrame")
        self.picksFrame.setProperty(u"role", u"card")
        self.picksGrid = QGridLayout(self.picksFrame)
        self.picksGrid.setObjectName(u"picksGrid")
        self.picksGrid.setHorizontalSpacing(14)
        self.picksGrid.setVerticalSpacing(4)

        self.scrollLayout.addWidget(self.picksFrame)

        self.excludedButton = QToolButton(self.scrollContents)
        self.excludedButton.setObjectName(u"excludedButton")
        self.excludedButton.setCheckable(True)
        self.excludedButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.excludedButton.setArrowType(Qt.ArrowType.RightArrow)
        self.excludedButton.setAutoRaise(True)

        self.scrollLayout.addWidget(self.excludedButton)

        self.excludedLabel = QLabel(self.scrollContents)
        self.excludedLabel.setObjectName(u"excludedLabel")
        self.excludedLabel.setWordWrap(True)
        self.excludedLabel.setTextFormat(Qt.TextFormat.RichText)
        self.excludedLabel.setProperty(u"role", u"hint")

        self.scrollLayout.addWidget(self.excludedLabel)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scrollLayout.addItem(self.bottomStretch)

        self.picksScroll.setWidget(self.scrollContents)

        self.recommendationsLayout.addWidget(self.picksScroll)


        self.retranslateUi(RecommendationsWidget)

        QMetaObject.connectSlotsByName(RecommendationsWidget)
    # setupUi

    def retranslateUi(self, RecommendationsWidget) -> None:
        self.titleLabel.setText(QCoreApplication.translate("RecommendationsWidget", u"Recommended products", None))
        self.hintLabel.setText(QCoreApplication.translate("RecommendationsWidget", u"Picked from the catalogue for this client's skin, concerns and allergies. Change a pick from its list; only products that suit the client are offered.", None))
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("RecommendationsWidget", u"Recommendations notice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.picksFrame.setAccessibleName(QCoreApplication.translate("RecommendationsWidget", u"Picks", None))
#endif // QT_CONFIG(accessibility)
        self.excludedButton.setText(QCoreApplication.translate("RecommendationsWidget", u"Show what was left out, and why", None))
#if QT_CONFIG(accessibility)
        self.excludedLabel.setAccessibleName(QCoreApplication.translate("RecommendationsWidget", u"Left out", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

