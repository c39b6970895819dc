"""The skin assessment page: the two scales with their definitions, type, concerns and goals."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from acudesk.domain.intake import CONCERNS, FITZPATRICK, GLOGAU, SKIN_TYPES, SkinAssessment, roman
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, translate

CONCERN_COLUMNS = 3
SKIN_TYPE_LABELS = {
    "normal": QT_TRANSLATE_NOOP("SkinFields", "Normal"),
    "dry": QT_TRANSLATE_NOOP("SkinFields", "Dry"),
    "oily": QT_TRANSLATE_NOOP("SkinFields", "Oily"),
    "combination": QT_TRANSLATE_NOOP("SkinFields", "Combination"),
    "sensitive": QT_TRANSLATE_NOOP("SkinFields", "Sensitive"),
}


def skin_type_label(value: str) -> str:
    """ "Dry" / "Secca": a stored skin type as the screens name it."""
    label = SKIN_TYPE_LABELS.get(value)
    return translate("SkinFields", label) if label else value.capitalize()


class DefinitionLabel(QLabel):
    """The definition beside a scale's radio button: wraps, and a click picks the button."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._button = button
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._button.click()
        super().mouseReleaseEvent(event)


def _scale(
    name: str, definitions: Mapping[int, str], layout: QBoxLayout, parent: QWidget
) -> QButtonGroup:
    group = QButtonGroup(parent)
    grid = QGridLayout()
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(3)
    for row, (value, definition) in enumerate(definitions.items()):
        button = QRadioButton(roman(value), parent)
        button.setAccessibleName(f"{name} {roman(value)}")
        button.setAccessibleDescription(definition)
        button.setToolTip(
            translate("SkinFields", "{scale} type {number}: {definition}").format(
                scale=name, number=roman(value), definition=definition
            )
        )
        button.setMinimumWidth(56)
        group.addButton(button, value)
        grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(DefinitionLabel(definition, button, parent), row, 1)
    grid.setColumnStretch(1, 1)
    layout.addLayout(grid)
    layout.addStretch(1)
    return group


class SkinFields:
    """Builds the radio buttons and checklist from the domain tables; reads and writes them."""

    def __init__(
        self,
        fitzpatrick_layout: QBoxLayout,
        glogau_layout: QBoxLayout,
        skin_type_layout: QGridLayout,
        concerns_layout: QGridLayout,
        goals: QPlainTextEdit,
        parent: QWidget,
    ) -> None:
        self.fitzpatrick = _scale("Fitzpatrick", FITZPATRICK, fitzpatrick_layout, parent)
        self.glogau = _scale("Glogau", GLOGAU, glogau_layout, parent)
        self.skin_type = QButtonGroup(parent)
        for i, value in enumerate(SKIN_TYPES):
            button = QRadioButton(skin_type_label(value), parent)
            button.setAccessibleName(f"Skin type {value}")  # a stable handle: the stored value
            self.skin_type.addButton(button, i)
            skin_type_layout.addWidget(button, i // 3, i % 3)
        self.concerns: dict[str, QCheckBox] = {}
        per_column = -(-len(CONCERNS) // CONCERN_COLUMNS)
        for i, (cid, label) in enumerate(CONCERNS):
            check = QCheckBox(label, parent)
            check.setObjectName(f"concern-{cid}")
            check.setAccessibleName(label)
            concerns_layout.addWidget(check, i % per_column, i // per_column)
            self.concerns[cid] = check
        for column in range(CONCERN_COLUMNS):
            concerns_layout.setColumnStretch(column, 1)
        self.goals = goals

    def on_change(self, listener: Callable[..., None]) -> None:
        # Bound methods, not lambdas: a lambda holding a widget's owner in a connection
        # keeps a reference cycle that can make Qt delete an object twice.
        for group in (self.fitzpatrick, self.glogau, self.skin_type):
            group.buttonToggled.connect(listener)
        for check in self.concerns.values():
            check.toggled.connect(listener)
        self.goals.textChanged.connect(listener)

    def values(self) -> SkinAssessment:
        fitzpatrick = self.fitzpatrick.checkedId()
        glogau = self.glogau.checkedId()
        kind = self.skin_type.checkedId()
        return SkinAssessment(
            fitzpatrick=fitzpatrick if fitzpatrick > 0 else None,
            glogau=glogau if glogau > 0 else None,
            skin_type=SKIN_TYPES[kind] if kind >= 0 else "",
            concerns=tuple(cid for cid, check in self.concerns.items() if check.isChecked()),
            goals=self.goals.toPlainText().strip(),
        )

    def set_values(self, skin: SkinAssessment) -> None:
        _check(self.fitzpatrick, skin.fitzpatrick)
        _check(self.glogau, skin.glogau)
        _check(
            self.skin_type,
            SKIN_TYPES.index(skin.skin_type) if skin.skin_type in SKIN_TYPES else None,
        )
        for cid, check in self.concerns.items():
            check.setChecked(cid in skin.concerns)
        self.goals.setPlainText(skin.goals)


def _check(group: QButtonGroup, value: int | None) -> None:
    button: QAbstractButton | None = group.button(value) if value is not None else None
    if button is not None:
        button.setChecked(True)
        return
    checked = group.checkedButton()
    if checked is not None:  # an exclusive group cannot be emptied by unchecking alone
        group.setExclusive(False)
        checked.setChecked(False)
        group.setExclusive(True)
