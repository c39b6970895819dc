"""A client's recommended products, one per category, each with its reason; the
practitioner can switch a pick to another product that suits the client.

Embedded by the aftercare sheet: ``picks()`` is what to print.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from acudesk.domain.errors import AcudeskError
from acudesk.domain.products import ProductCategory
from acudesk.domain.recommendations import Recommendation, RecommendationResult
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_recommendations_widget import Ui_RecommendationsWidget
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.theme import restyle

PICK_GAP = 12  # pixels between one pick's reason and the next category
LIST_CHARACTERS = 16  # a list keeps this many characters; longer names are shortened


def _wrapping(text: str) -> QLabel:
    """A hint that wraps to whatever width it is given, never asking for more."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    label.setMinimumWidth(1)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)  # the height follows the width it wraps to
    label.setSizePolicy(policy)
    return label


class PickComboBox(QComboBox):
    """A list whose chosen name ends in "…" when the panel is too narrow for all of it."""

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def _pick_combo(category: ProductCategory, options: Sequence[Recommendation]) -> QComboBox:
    """The products that suit, full names in the list and as tooltip, shortened to fit."""
    combo = PickComboBox()
    combo.setAccessibleName(
        translate("RecommendationsWidget", "{category} pick").format(category=category.label)
    )
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(LIST_CHARACTERS)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    for option in options:
        name = option.product.display_name
        combo.addItem(name, option.product.id)
        combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
    combo.setToolTip(options[0].product.display_name)
    return combo


def _allergy_warning() -> QLabel:
    """Allergies acudesk could not check the picks for, said where the practitioner reads."""
    label = QLabel()
    label.setAccessibleName(translate("RecommendationsWidget", "Allergies to check"))
    label.setWordWrap(True)
    label.setProperty("role", "error")
    label.setVisible(False)
    return label


class RecommendationsWidget(QWidget):
    picks_changed = Signal()

    def __init__(
        self, services: Services, user: User, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecommendationsWidget()
        self.ui.setupUi(self)
        self._services = services
        self._user = user
        self._client_id = client_id
        self._result: RecommendationResult | None = None
        self._combos: dict[ProductCategory, QComboBox] = {}
        self._reasons: dict[ProductCategory, QLabel] = {}
        self._allergy_warning = _allergy_warning()
        layout = self.ui.recommendationsLayout
        layout.insertWidget(layout.indexOf(self.ui.noticeLabel) + 1, self._allergy_warning)
        self.ui.excludedButton.toggled.connect(self._on_excluded_button_toggled)
        self.ui.excludedLabel.setVisible(False)
        self.reload()

    def reload(self) -> None:
        """Ask the service again (the intake or the catalogue may have changed)."""
        try:
            self._result = self._services.products.recommend_for_client(self._user, self._client_id)
        except AcudeskError as error:
            self._result = None
            self._set_notice(error.message)
            self._set_allergy_warnings(())
            self._build_rows()
            return
        self._set_notice(self._result.notice)
        self._set_allergy_warnings(self._result.allergy_warnings())
        self._build_rows()

    def picks(self) -> list[Recommendation]:
        """The chosen product of each category, with its reason, in routine order."""
        if self._result is None:
            return []
        chosen: list[Recommendation] = []
        for category, combo in self._combos.items():
            options = self._result.options.get(category, ())
            index = combo.currentIndex()
            if 0 <= index < len(options):
                chosen.append(options[index])
        return chosen

    def choose(self, category: ProductCategory, product_id: int) -> None:
        """Switch the pick of ``category`` (as the practitioner does with the list)."""
        combo = self._combos[category]
        combo.setCurrentIndex(combo.findData(product_id))

    def _set_notice(self, text: str) -> None:
        self.ui.noticeLabel.setText(text)
        self.ui.noticeLabel.setVisible(bool(text))

    def _set_allergy_warnings(self, warnings: Sequence[str]) -> None:
        self._allergy_warning.setText("\n".join(warnings))
        self._allergy_warning.setVisible(bool(warnings))

    def _clear_rows(self) -> None:
        grid = self.ui.picksGrid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._combos.clear()
        self._reasons.clear()

    def _build_rows(self) -> None:
        """Each pick stacked: its category, the list, the reason wrapping underneath, so a
        long name or reason never runs past the panel's edge, however narrow."""
        self._clear_rows()
        result = self._result
        grid = self.ui.picksGrid
        grid.setColumnStretch(0, 1)
        categories = [] if result is None else [p.category for p in result.picks]
        categories += [] if result is None else list(result.unfilled)
        row = 0
        for category in sorted(categories, key=list(ProductCategory).index):
            if row:
                grid.setRowMinimumHeight(row, PICK_GAP)
                row += 1
            name = QLabel(category.label)
            name.setProperty("role", "fieldname")
            grid.addWidget(name, row, 0)
            options = result.options.get(category, ()) if result else ()
            if not options:
                nothing = translate(
                    "RecommendationsWidget", "Nothing in the catalogue suits this client."
                )
                grid.addWidget(_wrapping(nothing), row + 1, 0)
                row += 2
                continue
            combo = _pick_combo(category, options)
            combo.currentIndexChanged.connect(
                lambda _i, c=category: self._on_pick_combo_current_index_changed(c)
            )
            reason = _wrapping(options[0].reason)
            reason.setAccessibleName(
                translate("RecommendationsWidget", "{category} reason").format(
                    category=category.label
                )
            )
            grid.addWidget(combo, row + 1, 0)
            grid.addWidget(reason, row + 2, 0)
            self._combos[category] = combo
            self._reasons[category] = reason
            row += 3
        self.ui.picksFrame.setVisible(row > 0)
        self._fill_excluded()
        restyle(self)

    def _fill_excluded(self) -> None:
        excluded = self._result.excluded if self._result else ()
        self.ui.excludedButton.setVisible(bool(excluded))
        lines = [
            f"<b>{escape(e.product.display_name)}</b> ({escape(e.product.category.label)}): "
            f"{escape(e.why)}"
            for e in excluded
        ]
        self.ui.excludedLabel.setText("<br>".join(lines))

    def _on_pick_combo_current_index_changed(self, category: ProductCategory) -> None:
        options = self._result.options.get(category, ()) if self._result else ()
        index = self._combos[category].currentIndex()
        if 0 <= index < len(options):
            self._reasons[category].setText(options[index].reason)
            self._combos[category].setToolTip(options[index].product.display_name)
        self.picks_changed.emit()

    def _on_excluded_button_toggled(self, shown: bool) -> None:
        self.ui.excludedLabel.setVisible(shown)
        self.ui.excludedButton.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.ui.excludedButton.setText(
            translate("RecommendationsWidget", "Hide what was left out")
            if shown
            else translate("RecommendationsWidget", "Show what was left out, and why")
        )
