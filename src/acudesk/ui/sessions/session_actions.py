"""What the session screen does besides saving: alerts and the intake, the retention timer,
the needle incident, reactions, protocols and amendments.

A mixin of SessionWidget, kept apart so each module stays one screenful of ideas.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QWidget

from acudesk.domain.errors import AcudeskError, ConflictError, ValidationError
from acudesk.domain.treatment import (
    NeedleIncident,
    SessionRecordData,
    SessionStatus,
    TreatmentSession,
)
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.sessions.dialogs import AmendDialog, IncidentDialog
from acudesk.ui.sessions.protocol_dialogs import ApplyProtocolDialog, SaveProtocolDialog
from acudesk.ui.sessions.retention import clock_text, short_name
from acudesk.ui.widgets.theme import restyle

if TYPE_CHECKING:
    from acudesk.ui.forms.ui_session_widget import Ui_SessionWidget
    from acudesk.ui.sessions.chart_host import ChartHost
    from acudesk.ui.sessions.events_table import AdverseEventRows
    from acudesk.ui.sessions.needle_count import NeedleCountSection
    from acudesk.ui.sessions.precheck import PreCheckSection
    from acudesk.ui.sessions.retention import RetentionTimers


class SessionActions:
    """Slots and helpers of SessionWidget that reach beyond its own fields."""

    if TYPE_CHECKING:  # what the mixin uses of SessionWidget
        ui: Ui_SessionWidget
        _services: Services
        _user: User
        _session: TreatmentSession
        _first: str
        _last: str
        _amending: bool
        _dirty: bool
        chart: ChartHost
        precheck: PreCheckSection
        needles: NeedleCountSection
        events: AdverseEventRows
        timers: RetentionTimers
        amend_dialog: Any
        session_saved: SignalInstance
        intake_saved: SignalInstance

        def say(self, message: str) -> None: ...
        def data(self) -> SessionRecordData: ...
        def chart_list(self) -> list[dict[str, Any]]: ...
        def show_errors(self, errors: dict[str, str]) -> None: ...
        def _load(self, session: TreatmentSession) -> None: ...
        def _apply_read_only(self) -> None: ...
        def _show_header(self) -> None: ...
        def _on_field_changed(self, *_args: object) -> None: ...

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    # --- alerts and the intake --------------------------------------------------------------

    def refresh_alerts(self) -> None:
        try:
            alerts = self._services.sessions.alerts(self._user, self._session.client_id)
        except AcudeskError as error:
            self.say(error.message)
            alerts = []
        self.precheck.set_alerts(alerts)
        self.chart.set_alerts(alerts)

    def _show_intake(self, *, updated: bool) -> None:
        try:
            latest = self._services.intake.latest(self._user, self._session.client_id)
        except AcudeskError as error:
            self.say(error.message)
            latest = None
        if latest is None:
            self.precheck.set_intake(None, None, updated=False)
        else:
            self.precheck.set_intake(latest.id, latest.data.taken_on, updated=updated)

    def _on_update_intake_button_clicked(self) -> Any:
        """The intake dialog, pre-filled from the latest intake; consent is signed again."""
        from acudesk.ui.intake.intake_dialog import IntakeDialog, IntakeStart

        try:
            latest = self._services.intake.latest(self._user, self._session.client_id)
        except AcudeskError as error:
            self.say(error.message)
            return None
        start = IntakeStart.review(latest, self._services.clock().date())
        name = f"{self._first} {self._last}".strip()
        dialog = IntakeDialog(
            self._services,
            self._user,
            self._session.client_id,
            name,
            start,
            self._widget(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.intake_saved.connect(self._on_intake_dialog_intake_saved)
        dialog.open()
        return dialog

    def _on_intake_dialog_intake_saved(self, client_id: int) -> None:
        self.refresh_alerts()  # a new intake can raise or clear alerts and cautions
        self._show_intake(updated=True)
        self.intake_saved.emit(client_id)

    # --- retention timer --------------------------------------------------------------------

    def _on_start_timer_button_clicked(self) -> None:
        try:
            started = self._services.sessions.start_timer(self._user, self._session)
        except ConflictError as error:
            self.say(error.message)
            return
        except AcudeskError as error:
            self.say(error.message)
            return
        assert started.timer_started_at is not None
        self._session = dataclasses.replace(
            self._session, version=started.version, timer_started_at=started.timer_started_at
        )
        who = short_name(self._first, self._last)
        self.timers.start(started.id, who, started.timer_started_at, self.ui.retentionSpin.value())

    def _on_retention_spin_value_changed(self, minutes: int) -> None:
        running = self.timers.get(self._session.id)
        if running is not None:
            self.timers.start(running.session_id, running.who, running.started_at, minutes)

    def _show_timer(self) -> None:
        ui = self.ui
        running = self.timers.get(self._session.id)
        is_open = self._session.status is SessionStatus.OPEN
        ui.startTimerButton.setVisible(is_open)
        if not is_open:
            state = "ready"
            ui.timerLabel.setText(f"{ui.retentionSpin.value()} min")
        elif running is None:
            state = "ready"
            ui.timerLabel.setText(clock_text(timedelta(minutes=ui.retentionSpin.value())))
            ui.startTimerButton.setText("Needling done — start &timer")
        elif running.ended:
            state = "ended"
            ui.timerLabel.setText("Time is up")
            ui.startTimerButton.setText("Restart &timer")
        else:
            state = "running"
            ui.timerLabel.setText(clock_text(running.left(self.timers.now())))
            ui.startTimerButton.setText("Restart &timer")
        ui.startTimerButton.setAccessibleName("Needling done — start timer")
        if ui.timerLabel.property("state") != state:
            ui.timerLabel.setProperty("state", state)
            ui.timerFrame.setProperty("state", state)
            restyle(ui.timerLabel)
            restyle(ui.timerFrame)

    # --- needles and reactions --------------------------------------------------------------

    def _on_record_incident_button_clicked(self) -> IncidentDialog:
        dialog = IncidentDialog(self.needles.counts_text(), self.needles.incident, self._widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.incident_recorded.connect(self._on_incident_dialog_incident_recorded)
        dialog.open()
        return dialog

    def _on_incident_dialog_incident_recorded(self, incident: NeedleIncident) -> None:
        self.needles.set_incident(incident)
        self._on_field_changed()

    def _on_add_event_button_clicked(self) -> None:
        row = self.events.add()
        self.ui.eventsTable.setCurrentCell(row, 2)
        self._on_field_changed()

    # --- protocols --------------------------------------------------------------------------

    def _protocols(self) -> list[tuple[int, str, str, list[dict[str, Any]]]] | None:
        try:
            return self._services.sessions.protocols(self._user)
        except AcudeskError as error:
            self.say(error.message)
            return None

    def _on_save_protocol_button_clicked(self) -> SaveProtocolDialog | None:
        protocols = self._protocols()
        if protocols is None:
            return None
        names = [name for _id, name, _d, _c in protocols]
        dialog = SaveProtocolDialog(
            self._services, self._user, self.chart_list(), names, self._widget()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.protocol_saved.connect(self._on_protocol_dialog_protocol_saved)
        dialog.open()
        return dialog

    def _on_protocol_dialog_protocol_saved(self, name: str) -> None:
        self.ui.savedLabel.setText(f"Saved as protocol '{name}'")

    def _on_apply_protocol_button_clicked(self) -> ApplyProtocolDialog | None:
        protocols = self._protocols()
        if protocols is None:
            return None
        dialog = ApplyProtocolDialog(protocols, self._widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.protocol_chosen.connect(self._on_apply_dialog_protocol_chosen)
        dialog.open()
        return dialog

    def _on_apply_dialog_protocol_chosen(
        self, name: str, chart: list[dict[str, Any]], replace_chart: bool
    ) -> None:
        self.chart.apply(name, chart, replace_chart=replace_chart)

    # --- amending a completed session -------------------------------------------------------

    def _on_amend_button_clicked(self) -> None:
        if self._amending:  # "Cancel amendment": back to the session as it is stored
            self._amending = False
            self._load(self._session)
            self.say("")
            return
        self._amending = True
        self._dirty = False
        self._apply_read_only()
        self._show_header()
        self.say("")

    def ask_amend_reason(self) -> AmendDialog:
        dialog = AmendDialog(self._widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reason_given.connect(lambda reason: self.amend_with(reason, dialog))
        self.amend_dialog = dialog
        dialog.open()
        return dialog

    def amend_with(self, reason: str, dialog: AmendDialog | None = None) -> bool:
        """One call, services.sessions.amend; the trail under the header then shows it."""
        try:
            saved: TreatmentSession = self._services.sessions.amend(
                self._user, self._session, self.data(), self.chart_list(), reason
            )
        except ValidationError as error:
            if dialog is not None and "reason" in error.errors:
                dialog.errors.show(error.errors)
                return False
            self.show_errors(error.errors)
        except AcudeskError as error:
            self.say(error.message)
        else:
            self._amending = False
            self._load(saved)
            self.session_saved.emit(saved)
            if dialog is not None:
                dialog.accept()
            return True
        if dialog is not None:
            dialog.reject()
        return False
