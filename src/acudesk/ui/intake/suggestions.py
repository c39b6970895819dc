"""Offers to tick what the medications or allergies imply: a Tick it button beside
"Warfarin suggests 'Takes blood thinners (anticoagulant / antiplatelet)'.".

Shown next to the conditions (Health) and under the lists where they are typed (Medicines);
both follow the form as it changes. Which conditions are implied is a domain rule
(``domain.inference``); this module only shows it and ticks the box.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acudesk.domain.inference import Inference, suggested_conditions, suggestion_text
from acudesk.domain.intake import split_list
from acudesk.ui.forms.ui_intake_dialog import Ui_IntakeDialog
from acudesk.ui.i18n import translate
from acudesk.ui.intake.conditions import ConditionRows


class ConditionSuggestionsWidget(QFrame):
    """One line per implied condition that is not ticked; hidden when there is none."""

    def __init__(
        self,
        rows: ConditionRows,
        medications: QPlainTextEdit,
        allergies: QPlainTextEdit,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._rows = rows
        self._medications = medications
        self._allergies = allergies
        self._shown: list[tuple[str, str]] | None = None  # None: nothing drawn yet
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 6)
        self._layout.setSpacing(4)
        medications.textChanged.connect(self.refresh)
        allergies.textChanged.connect(self.refresh)
        rows.on_change(self.refresh)
        self.refresh()

    def suggestions(self) -> list[Inference]:
        ticked, _details = self._rows.values()
        return suggested_conditions(
            split_list(self._medications.toPlainText()),
            split_list(self._allergies.toPlainText()),
            ticked,
        )

    def refresh(self) -> None:
        suggestions = self.suggestions()
        shown = [(s.condition, suggestion_text(s)) for s in suggestions]
        if shown == self._shown:
            return  # typing on: nothing new to say
        self._shown = shown
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for suggestion in suggestions:
            line = self._line(suggestion)
            self._layout.addWidget(line)
            line.show()
        self.setVisible(bool(suggestions))

    def _line(self, suggestion: Inference) -> QWidget:
        line = QWidget(self)
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        text = QLabel(suggestion_text(suggestion), line)
        text.setWordWrap(True)
        text.setProperty("role", "notice")
        tick = QPushButton(translate("ConditionSuggestions", "Tick it"), line)
        tick.setAccessibleName(
            translate("ConditionSuggestions", "Tick '{condition}'").format(
                condition=suggestion.condition_label
            )
        )
        tick.clicked.connect(
            lambda _checked=False, cid=suggestion.condition: self._on_tick_clicked(cid)
        )
        # The button before the sentence, so the two stay together however wide the page
        # and the sentence wraps to what is left.
        row.addWidget(tick)
        row.addWidget(text, 1)
        return line

    def _on_tick_clicked(self, condition: str) -> None:
        """Tick the condition; a detail still empty gets the line it is inferred from now
        (the line may have grown since the suggestion appeared: "Warfarin" -> "Warfarin 3 mg")."""
        current = next((s for s in self.suggestions() if s.condition == condition), None)
        detail = self._rows.details.get(condition)
        if current is not None and isinstance(detail, QLineEdit) and not detail.text().strip():
            detail.setText(current.text)
        self._rows.checks[condition].setChecked(True)


def add_condition_suggestions(
    ui: Ui_IntakeDialog, rows: ConditionRows
) -> tuple[ConditionSuggestionsWidget, ConditionSuggestionsWidget]:
    """The suggestions above the conditions (Health) and under the lists (Medicines)."""
    health = ConditionSuggestionsWidget(
        rows,
        ui.medicationsEdit,
        ui.allergiesEdit,
        translate("ConditionSuggestions", "Suggested conditions"),
        ui.healthContent,
    )
    _insert(ui.healthLayout, ui.healthLayout.indexOf(ui.conditionsBox), health)
    medicines = ConditionSuggestionsWidget(
        rows,
        ui.medicationsEdit,
        ui.allergiesEdit,
        translate("ConditionSuggestions", "Suggested conditions from the lists"),
        ui.medicinesContent,
    )
    _insert(ui.medicinesLayout, ui.medicinesLayout.indexOf(ui.listsLayout) + 1, medicines)
    return health, medicines


def _insert(layout: QBoxLayout, index: int, widget: QWidget) -> None:
    layout.insertWidget(max(index, 0), widget)
