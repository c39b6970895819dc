"""Needles in and out: "in" follows the chart until adjusted by hand; "out" is counted at removal.

A difference is said next to "Needles out" at once, with "Record incident…" beside it: the
session cannot be completed until the counts agree or an incident is recorded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from acudesk.domain.treatment import NeedleIncident, count_in, needle_mismatch
from acudesk.ui.forms.ui_session_widget import Ui_SessionWidget
from acudesk.ui.i18n import translate
from acudesk.ui.sessions.dialogs import IncidentDialog

NOT_COUNTED = -1


def incident_text(incident: NeedleIncident) -> str:
    if incident.found:
        text = translate("NeedleCountSection", "Incident recorded: searched {where}; needle found.")
    else:
        text = translate(
            "NeedleCountSection", "Incident recorded: searched {where}; needle NOT found."
        )
    return f"{text.format(where=incident.searched)} {incident.action}"


class NeedleCountSection:
    def __init__(self, ui: Ui_SessionWidget, changed: Callable[[], None]) -> None:
        self.ui = ui
        self._changed = changed
        self._chart_count = 0
        self._override: int | None = None
        self.incident: NeedleIncident | None = None
        ui.needlesInSpin.valueChanged.connect(self._on_needles_in_changed)
        ui.needlesOutSpin.valueChanged.connect(self._on_needles_out_changed)
        ui.useChartCountButton.clicked.connect(self._on_use_chart_clicked)
        ui.recordIncidentButton.clicked.connect(self.record_incident)

    # --- values -----------------------------------------------------------------------------

    def load(self, needles_in: int | None, needles_out: int | None, chart_count: int) -> None:
        self._chart_count = chart_count
        self._override = needles_in
        self._set(self.ui.needlesInSpin, chart_count if needles_in is None else needles_in)
        self._set(self.ui.needlesOutSpin, NOT_COUNTED if needles_out is None else needles_out)
        self.refresh()

    def set_incident(self, incident: NeedleIncident | None) -> None:
        self.incident = incident
        self.refresh()

    def needles_in(self) -> int | None:
        return self._override

    def count_in(self) -> int:
        return count_in(self._override, self._chart_count)

    def needles_out(self) -> int | None:
        value = self.ui.needlesOutSpin.value()
        return None if value == NOT_COUNTED else value

    def chart_changed(self, chart_count: int) -> None:
        self._chart_count = chart_count
        if self._override is None:
            self._set(self.ui.needlesInSpin, chart_count)
        self.refresh()

    def counts_text(self) -> str:
        out = self.needles_out()
        return translate(
            "NeedleCountSection", "%n needles went in; {out} came out.", None, self.count_in()
        ).format(out="?" if out is None else out)

    def record_incident(self) -> IncidentDialog:
        """Where was searched, was the needle found, what was done (edits a recorded one)."""
        window = self.ui.recordIncidentButton.window()
        dialog = IncidentDialog(self.counts_text(), self.incident, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.incident_recorded.connect(self._on_incident_dialog_incident_recorded)
        dialog.open()
        return dialog

    def _on_incident_dialog_incident_recorded(self, incident: NeedleIncident) -> None:
        self.set_incident(incident)
        self._changed()

    # --- showing ----------------------------------------------------------------------------

    def mismatch(self) -> str:
        return needle_mismatch(self.count_in(), self.needles_out())

    def refresh(self) -> None:
        ui = self.ui
        if self._override is None:
            ui.needlesInHint.setText(translate("NeedleCountSection", "Counted from the chart."))
        else:
            ui.needlesInHint.setText(
                translate(
                    "NeedleCountSection", "Adjusted by hand (the chart shows {count})."
                ).format(count=self._chart_count)
            )
        ui.useChartCountButton.setVisible(self._override is not None)
        problem = self.mismatch() if self.incident is None else ""
        ui.needlesOutMessage.setText(problem)
        ui.needlesOutMessage.setVisible(bool(problem))
        ui.recordIncidentButton.setVisible(bool(self.mismatch()) or self.incident is not None)
        ui.recordIncidentButton.setText(
            translate("NeedleCountSection", "Edit the &incident…")
            if self.incident is not None
            else translate("NeedleCountSection", "Record &incident…")
        )
        ui.incidentLabel.setText("" if self.incident is None else incident_text(self.incident))
        ui.incidentLabel.setVisible(self.incident is not None)

    def show_problem(self, message: str) -> None:
        self.ui.needlesOutMessage.setText(message)
        self.ui.needlesOutMessage.setVisible(bool(message))
        if message:
            self.ui.sideTabs.setCurrentWidget(self.ui.needlesTab)
            self.ui.needlesOutSpin.setFocus()
            self.ui.recordIncidentButton.setVisible(bool(self.mismatch()))

    def set_read_only(self, read_only: bool) -> None:
        for widget in (
            self.ui.needlesInSpin,
            self.ui.needlesOutSpin,
            self.ui.useChartCountButton,
            self.ui.recordIncidentButton,
        ):
            widget.setEnabled(not read_only)

    # --- reacting ---------------------------------------------------------------------------

    @staticmethod
    def _set(spin: QSpinBox, value: int) -> None:
        spin.blockSignals(True)
        spin.setValue(value)
        spin.blockSignals(False)

    def _on_needles_in_changed(self, value: int) -> None:
        self._override = None if value == self._chart_count and self._override is None else value
        self.refresh()
        self._changed()

    def _on_needles_out_changed(self, _value: int) -> None:
        self.refresh()
        self._changed()

    def _on_use_chart_clicked(self) -> None:
        self._override = None
        self._set(self.ui.needlesInSpin, self._chart_count)
        self.refresh()
        self._changed()
