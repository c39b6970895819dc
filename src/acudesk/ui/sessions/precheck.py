"""The pre-treatment check on the session screen: alerts first, then two ticks.

While the check is incomplete it is a card above the chart; once done it folds into one line
("Pre-treatment check done…") with a button to show it again, so it never takes the chart's
room for the rest of the session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from acudesk.domain.screening import Alert, Severity
from acudesk.domain.treatment import PreCheck, needle_gate
from acudesk.ui.forms.ui_session_widget import Ui_SessionWidget
from acudesk.ui.i18n import day_text, translate


def _alerts_read(count: int) -> str:
    if not count:
        return translate("PreCheckSection", "no alerts")
    return translate("PreCheckSection", "%n alerts read", None, count)


class PreCheckSection:
    """Reads and writes the PreCheck of a session on the session form."""

    def __init__(self, ui: Ui_SessionWidget, changed: Callable[[], None]) -> None:
        self.ui = ui
        self._changed = changed
        self._alerts: list[Alert] = []
        self._intake_id: int | None = None
        self._intake_date: date | None = None
        self._updated = False
        self._read_only = False
        ui.alertsReviewedCheck.toggled.connect(self._on_tick)
        ui.intakeUnchangedCheck.toggled.connect(self._on_tick)
        ui.overrideReasonEdit.textEdited.connect(lambda _t: self._changed())
        ui.overrideReasonEdit.editingFinished.connect(self._fold_when_done)
        ui.hidePreCheckButton.clicked.connect(lambda: self.fold(True))
        ui.showPreCheckButton.clicked.connect(lambda: self.fold(False))

    @property
    def blocked(self) -> bool:
        return any(a.severity is Severity.BLOCK for a in self._alerts)

    def set_alerts(self, alerts: list[Alert]) -> None:
        self._alerts = list(alerts)
        self.ui.alertsBanner.set_alerts(alerts)
        self.ui.noAlertsLabel.setVisible(not alerts)
        self.ui.overrideLabel.setVisible(self.blocked)
        self.ui.overrideReasonEdit.setVisible(self.blocked)
        self._show_summary()

    def set_intake(self, intake_id: int | None, taken_on: date | None, *, updated: bool) -> None:
        self._intake_id = intake_id
        self._intake_date = taken_on
        self._updated = updated
        check = self.ui.intakeUnchangedCheck
        check.setEnabled(taken_on is not None and not self._read_only)
        if taken_on is None:
            check.setText(translate("PreCheckSection", "There is no intake yet: take one first"))
        elif updated:
            check.setText(
                translate("PreCheckSection", "The intake is up to date (updated {date})").format(
                    date=day_text(taken_on)
                )
            )
        else:
            check.setText(
                translate(
                    "PreCheckSection", "Nothing has changed since the intake on {date}"
                ).format(date=day_text(taken_on))
            )
        check.setAccessibleName(
            translate("PreCheckSection", "Nothing has changed since the intake")
        )
        if updated:
            check.setChecked(True)
        self._show_summary()

    def load(self, precheck: PreCheck) -> None:
        for box, value in (
            (self.ui.alertsReviewedCheck, precheck.alerts_reviewed),
            (self.ui.intakeUnchangedCheck, precheck.intake_unchanged),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.ui.overrideReasonEdit.setText(precheck.override_reason)
        self._show_summary()
        self.fold(self.is_done())

    def value(self) -> PreCheck:
        return PreCheck(
            alerts_reviewed=self.ui.alertsReviewedCheck.isChecked(),
            intake_unchanged=self.ui.intakeUnchangedCheck.isChecked(),
            intake_id=self._intake_id,
            override_reason=self.ui.overrideReasonEdit.text().strip() if self.blocked else "",
        )

    def is_done(self) -> bool:
        pre = self.value()
        return (
            pre.alerts_reviewed
            and pre.intake_unchanged
            and (not self.blocked or bool(pre.override_reason))
        )

    def gate_message(self) -> str:
        """Why no needle may be placed yet ("" once the check is done)."""
        return needle_gate(self.value(), self._alerts, 1)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (
            self.ui.alertsReviewedCheck,
            self.ui.intakeUnchangedCheck,
            self.ui.updateIntakeButton,
            self.ui.overrideReasonEdit,
        ):
            widget.setEnabled(not read_only)
        if self._intake_date is None:
            self.ui.intakeUnchangedCheck.setEnabled(False)

    def fold(self, folded: bool) -> None:
        self.ui.preCheckFrame.setVisible(not folded)
        self.ui.preCheckSummary.setVisible(folded)

    def show_problem(self, message: str) -> None:
        if message:
            self.fold(False)
        self.ui.precheckMessage.setText(message)
        self.ui.precheckMessage.setVisible(bool(message))
        if message:
            target = (
                self.ui.overrideReasonEdit
                if self.blocked and self.ui.alertsReviewedCheck.isChecked()
                else self.ui.alertsReviewedCheck
            )
            target.setFocus()

    def _on_tick(self, _checked: bool) -> None:
        self.show_problem("")
        self._changed()
        self._show_summary()
        self._fold_when_done()

    def _fold_when_done(self) -> None:
        self._show_summary()
        if self.is_done():
            self.fold(True)

    def _intake_words(self) -> str:
        if self._intake_date is None:
            return translate("PreCheckSection", "no intake")
        if self._updated:
            text = translate("PreCheckSection", "intake of {date} updated")
        else:
            text = translate("PreCheckSection", "intake of {date} unchanged")
        return text.format(date=day_text(self._intake_date))

    def _show_summary(self) -> None:
        alerts = len(self._alerts)
        stops = sum(a.severity is Severity.BLOCK for a in self._alerts)
        if self.is_done():
            text = translate("PreCheckSection", "✓  Pre-treatment check done: {alerts}, {intake}.")
            text = text.format(alerts=_alerts_read(alerts), intake=self._intake_words())
            if stops:
                text += translate(
                    "PreCheckSection", "  Going ahead despite a stop alert: {reason}"
                ).format(reason=self.value().override_reason)
            self.ui.preCheckSummary.setProperty("state", "done")
        else:
            text = translate("PreCheckSection", "Pre-treatment check not done yet.")
            self.ui.preCheckSummary.setProperty("state", "todo")
        self.ui.preCheckSummaryLabel.setText(text)
        style = self.ui.preCheckSummary.style()
        style.unpolish(self.ui.preCheckSummary)
        style.polish(self.ui.preCheckSummary)
