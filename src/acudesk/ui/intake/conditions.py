"""The health-history checklist: one tick per condition, with a detail field where needed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from acudesk.domain.intake import CONDITIONS, Condition, Controlled
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, translate

# What the detail field asks, in the receptionist's words; by condition, else by kind.
DETAIL_PROMPTS = {
    "bleeding-disorder": QT_TRANSLATE_NOOP("ConditionRows", "Which one?"),
    "anticoagulants": QT_TRANSLATE_NOOP("ConditionRows", "Which medicine?"),
    "pacemaker": QT_TRANSLATE_NOOP("ConditionRows", "Which device?"),
    "heart-condition": QT_TRANSLATE_NOOP("ConditionRows", "Which condition?"),
    "cancer": QT_TRANSLATE_NOOP("ConditionRows", "Which, and what treatment?"),
    "lymphoedema": QT_TRANSLATE_NOOP("ConditionRows", "Which limb or side?"),
    "immunosuppression": QT_TRANSLATE_NOOP("ConditionRows", "Which condition or medicine?"),
    "keloid": QT_TRANSLATE_NOOP("ConditionRows", "Where?"),
    "isotretinoin": QT_TRANSLATE_NOOP("ConditionRows", "Since when, or when did it stop?"),
    "migraine": QT_TRANSLATE_NOOP("ConditionRows", "How often?"),
}
CONTROLLED_LABELS = {
    Controlled.CONTROLLED: QT_TRANSLATE_NOOP("ConditionRows", "Controlled"),
    Controlled.UNCONTROLLED: QT_TRANSLATE_NOOP("ConditionRows", "Not controlled"),
}
DETAIL_WIDTH = 300


def _detail_widget(condition: Condition, parent: QWidget) -> QLineEdit | QComboBox:
    if condition.detail == "controlled":
        combo = QComboBox(parent)
        combo.setPlaceholderText(translate("ConditionRows", "Controlled?"))
        for value, label in CONTROLLED_LABELS.items():
            combo.addItem(translate("ConditionRows", label), value.value)
        combo.setCurrentIndex(-1)
        widget: QLineEdit | QComboBox = combo
    else:
        edit = QLineEdit(parent)
        edit.setMaxLength(200)
        default = (
            QT_TRANSLATE_NOOP("ConditionRows", "Which area?")
            if condition.detail == "area"
            else QT_TRANSLATE_NOOP("ConditionRows", "Details")
        )
        edit.setPlaceholderText(
            translate("ConditionRows", DETAIL_PROMPTS.get(condition.id, default))
        )
        widget = edit
    widget.setObjectName(f"detail-{condition.id}")
    widget.setAccessibleName(f"{condition.id} detail")  # a stable handle, like the tick's
    widget.setFixedWidth(DETAIL_WIDTH)
    widget.setVisible(False)
    return widget


class ConditionRows:
    """Fills the conditions grid from CONDITIONS; reads and writes the ticked ids and details."""

    def __init__(self, layout: QGridLayout, parent: QWidget) -> None:
        self.checks: dict[str, QCheckBox] = {}
        self.details: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self._listeners: list[Callable[[], None]] = []
        for i, condition in enumerate(CONDITIONS):
            check = QCheckBox(condition.label, parent)
            check.setObjectName(condition.id)
            check.setAccessibleName(condition.id)
            check.setAccessibleDescription(condition.label)
            check.setMinimumHeight(27)
            layout.addWidget(check, 2 * i, 0)
            self.checks[condition.id] = check
            if condition.detail:
                detail = _detail_widget(condition, parent)
                layout.addWidget(detail, 2 * i, 1)
                self.details[condition.id] = detail
                error = QLabel(parent)
                error.setProperty("role", "error")
                error.setWordWrap(True)
                layout.addWidget(error, 2 * i + 1, 1)
                self.errors[condition.id] = error
                check.toggled.connect(detail.setVisible)
                if isinstance(detail, QComboBox):
                    detail.currentIndexChanged.connect(self._changed)
                else:
                    detail.textEdited.connect(self._changed)
            check.toggled.connect(self._changed)
        # The detail sits right after the longest label, where the eye already is.
        layout.setColumnStretch(2, 1)
        layout.setColumnMinimumWidth(1, DETAIL_WIDTH)

    def on_change(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self, *_args: object) -> None:
        for listener in self._listeners:
            listener()

    def values(self) -> tuple[tuple[str, ...], dict[str, str]]:
        ticked = tuple(cid for cid, check in self.checks.items() if check.isChecked())
        details: dict[str, str] = {}
        for cid in ticked:
            widget = self.details.get(cid)
            if isinstance(widget, QComboBox):
                text = str(widget.currentData() or "")
            elif isinstance(widget, QLineEdit):
                text = widget.text().strip()
            else:
                text = ""
            if text:
                details[cid] = text
        return ticked, details

    def set_values(self, conditions: tuple[str, ...], details: dict[str, str]) -> None:
        for cid, check in self.checks.items():
            check.setChecked(cid in conditions)
            widget = self.details.get(cid)
            text = details.get(cid, "")
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(text) if text else -1)
            elif isinstance(widget, QLineEdit):
                widget.setText(text)

    def error_fields(self) -> dict[str, tuple[QWidget, QLabel]]:
        """For FieldErrors: "detail.<id>" → (detail input, its message label)."""
        return {f"detail.{cid}": (self.details[cid], label) for cid, label in self.errors.items()}
