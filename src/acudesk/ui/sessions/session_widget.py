"""One treatment session, charted: pre-check first, then the point map given most of the room,
with the retention timer, the needle count, reactions and notes beside it.

An open session saves itself a few seconds after each change (one service call each) and
completes through one call; a completed session opens read-only and changes only through
"Amend…", which asks for the reason and keeps a trail. Conflicts show a banner; the screen
keeps everything that was typed.

The screen owns the session being edited and wires its parts, each a small object of its own:
the pre-check and what feeds it, the needle count, reactions, the timer, protocols, the
amendment, the header and the messages.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.treatment import (
    Confirmation,
    SessionRecordData,
    SessionStatus,
    TreatmentSession,
)
from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_session_widget import Ui_SessionWidget
from acudesk.ui.sessions.amendment import Amendment
from acudesk.ui.sessions.chart_host import ChartHost
from acudesk.ui.sessions.events_table import AdverseEventRows
from acudesk.ui.sessions.needle_count import NeedleCountSection
from acudesk.ui.sessions.precheck import PreCheckSection
from acudesk.ui.sessions.precheck_controller import PreCheckController
from acudesk.ui.sessions.protocol_actions import ProtocolActions
from acudesk.ui.sessions.retention import RetentionTimers, find_timers, short_name
from acudesk.ui.sessions.session_fields import SessionFields
from acudesk.ui.sessions.session_header import SessionHeader
from acudesk.ui.sessions.session_life import SessionLife
from acudesk.ui.sessions.session_look import STYLE_SHEET
from acudesk.ui.sessions.session_messages import SessionMessages
from acudesk.ui.sessions.timer_panel import RetentionTimerPanel
from acudesk.ui.widgets.screen_fit import fit_to_screen

AUTOSAVE_MS = 3000

SessionCall = Callable[
    [User, TreatmentSession, SessionRecordData, list[dict[str, Any]]], TreatmentSession
]


class SessionWidget(QWidget):
    """A window of its own (one per room); ``session_saved`` tells the history to refresh."""

    session_saved = Signal(object)  # TreatmentSession
    intake_saved = Signal(int)  # client id

    def __init__(
        self,
        services: Services,
        user: User,
        session: TreatmentSession,
        client_name: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_SessionWidget()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(STYLE_SHEET)
        self._services = services
        self._user = user
        self._session = session
        self._client_name = client_name
        self._loading = False
        self._dirty = False
        self._closing_anyway = False
        self._confirmations: list[Confirmation] = []
        self._build_parts()
        self._connect()
        self._add_handout_menu()
        self._load(session)
        self.checks.refresh_alerts()
        self.checks.show_intake(updated=False)
        self.messages.clear()
        if not self.is_read_only() and not self.precheck.is_done():
            self.ui.alertsReviewedCheck.setFocus()  # the check comes first
        fit_to_screen(self, 1320, 880)

    def _build_parts(self) -> None:
        from acudesk.services.catalog import point_catalog

        ui, services, user = self.ui, self._services, self._user
        first, last = self._client_name
        self.chart = ChartHost(point_catalog(), self)
        ui.chartLayout.addWidget(self.chart.widget)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 0)
        self.fields = SessionFields(ui, self._on_field_changed, self)
        self.next_appointment = self.fields.next_appointment
        self.precheck = PreCheckSection(ui, self._on_field_changed)
        self.needles = NeedleCountSection(ui, self._on_field_changed)
        self.events = AdverseEventRows(ui.eventsTable, self._on_field_changed)
        self.messages = SessionMessages(ui, self.precheck, self.needles)
        self.header = SessionHeader(ui, services, user, self._client_name, self.messages)
        client = (self._session.client_id, f"{first} {last}".strip())
        self.checks = PreCheckController(
            services, user, client, self.precheck, self.chart, self.messages, self
        )
        self.timers: RetentionTimers = find_timers(self) or RetentionTimers(services.clock, self)
        who = short_name(first, last)
        held = (lambda: self._session, self._take_version)
        self.timer = RetentionTimerPanel(ui, self.timers, services, user, who, self.messages, held)
        self.protocols = ProtocolActions(ui, services, user, self.chart, self.messages, self)
        self.amendment = Amendment(ui, services, user, self.messages, self)
        self.life = SessionLife(ui, services, user, self.chart, self.messages, self)
        self.chart.set_needle_gate(self._needle_gate)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)

    def _connect(self) -> None:
        ui = self.ui
        self.chart.changed.connect(self._on_chart_changed)
        self.chart.confirmation_given.connect(self._on_chart_confirmation_given)
        self.checks.intake_saved.connect(self.intake_saved)
        self.amendment.amended.connect(self._on_amendment_amended)
        self.life.cancelled.connect(self._on_life_cancelled)
        self.autosave_timer.timeout.connect(self._on_autosave_timer_timeout)
        ui.addEventButton.clicked.connect(self.events.add_new)
        ui.removeEventButton.clicked.connect(self.events.remove_selected)
        ui.saveButton.clicked.connect(self._on_save_button_clicked)
        ui.completeButton.clicked.connect(self.complete)
        ui.amendButton.clicked.connect(self._on_amend_button_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_button_clicked)

    def _add_handout_menu(self) -> None:
        """Handout ▸ (preview, print, save) on a completed session."""
        from acudesk.ui.handouts.handout_menu import HandoutMenu, handout_button

        self.handout_menu = HandoutMenu(
            self._services, self._user, self._handout_session, self._client_name, self
        )
        self.handout_button = handout_button(self.handout_menu)
        buttons = self.ui.buttonLayout
        buttons.insertWidget(buttons.indexOf(self.ui.amendButton), self.handout_button)

    def _handout_session(self) -> TreatmentSession | None:
        return self._session if self.is_read_only() else None

    # --- loading and collecting -------------------------------------------------------------

    @property
    def session(self) -> TreatmentSession:
        return self._session

    def is_read_only(self) -> bool:
        return self._session.status is SessionStatus.COMPLETED and not self.amendment.active

    def _load(self, session: TreatmentSession) -> None:
        self._loading = True
        data = session.data
        self._session = session
        self.chart.load(session.chart)
        self.fields.load(data)
        self.needles.load(data.needles_in, data.needles_out, self.chart.needle_count())
        self.needles.set_incident(data.incident)
        self.events.set_events(data.adverse_events)
        self._confirmations = list(data.confirmations)
        self.precheck.load(data.precheck)
        self._loading = False
        self._dirty = False
        self._show_header()
        self._apply_read_only()
        self.timer.resume(session)
        self.timer.show()

    def data(self) -> SessionRecordData:
        """Everything on screen, as the service takes it."""
        return dataclasses.replace(
            self.fields.value(self._session.data),
            precheck=self.precheck.value(),
            needles_in=self.needles.needles_in(),
            needles_out=self.needles.needles_out(),
            adverse_events=self.events.events(),
            incident=self.needles.incident,
            confirmations=tuple(self._confirmations),
        )

    # --- what the screen shows --------------------------------------------------------------

    def _show_header(self) -> None:
        self.setWindowTitle(self.header.title(self._session))
        self.header.show(self._session, amending=self.amendment.active)

    def _show_saved(self) -> None:
        amending = self.amendment.active
        self.header.show_saved(self._session, amending=amending, dirty=self._dirty)

    def _apply_read_only(self) -> None:
        read_only = self.is_read_only()
        can_chart = self._user.can(Permission.CHART_SESSIONS)
        locked = read_only or not can_chart
        ui = self.ui
        self.chart.set_read_only(locked)
        self.fields.set_read_only(locked)
        self.precheck.set_read_only(locked)
        self.needles.set_read_only(locked)
        self.events.set_read_only(locked)
        ui.addEventButton.setEnabled(not locked)
        ui.removeEventButton.setEnabled(not locked)
        self.protocols.set_read_only(locked=locked, can_chart=can_chart)
        self.handout_button.setVisible(read_only)
        is_open = self._session.status is SessionStatus.OPEN
        self.timer.set_enabled(is_open and can_chart)
        ui.completeButton.setVisible(is_open)
        ui.completeButton.setEnabled(can_chart)
        self.life.cancel_button.setVisible(is_open)
        self.life.cancel_button.setEnabled(can_chart)
        ui.saveButton.setVisible(not read_only)
        ui.saveButton.setEnabled(can_chart)
        self.amendment.show_buttons(read_only=read_only, can_chart=can_chart)
        self._show_saved()

    # --- changes ----------------------------------------------------------------------------

    def _on_field_changed(self, *_args: object) -> None:
        if self._loading or self.is_read_only():
            return
        self._dirty = True
        self._show_saved()
        if self._session.status is SessionStatus.OPEN:
            self.autosave_timer.start()
            self.life.precheck_changed(ready=self.precheck.is_done())

    def _needle_gate(self) -> str:
        """Why no needle may go on the chart yet ("" when it may): the pre-check comes first."""
        why = self.precheck.gate_message()
        if why:
            self.precheck.fold(False)
        return why

    def plan_needles(self, chart: list[dict[str, Any]], name: str) -> None:
        """Needles to place as one step ("Repeat last session") once the pre-check is done."""
        self.life.plan(chart, name, ready=self.precheck.is_done())

    def _on_life_cancelled(self, cancelled: TreatmentSession) -> None:
        self.timer.stop(cancelled.id)
        self._session = cancelled
        self.session_saved.emit(cancelled)
        self.close_anyway()

    def _on_chart_changed(self) -> None:
        self.needles.chart_changed(self.chart.needle_count())
        self._on_field_changed()

    def _on_chart_confirmation_given(self, confirmation: Confirmation) -> None:
        self._confirmations.append(confirmation)
        self._on_field_changed()

    def _take_version(self, session: TreatmentSession) -> None:
        """The session as stored after a change made beside the form (the timer's start)."""
        self._session = session

    # --- saving, completing, amending -------------------------------------------------------

    def _call(self, call: SessionCall) -> TreatmentSession | None:
        """One service call (save or complete) with what is on screen; errors shown, typing
        kept."""
        try:
            return call(self._user, self._session, self.data(), self.chart.chart_list())
        except ValidationError as error:
            self.messages.show_errors(error.errors)
        except AcudeskError as error:  # a conflict, a lost permission, the database gone
            self.messages.say(error.message)
        return None

    def save(self) -> bool:
        self.autosave_timer.stop()
        if self.amendment.active:
            self.amendment.ask_reason(self._session, self.data(), self.chart.chart_list())
            return False
        if self._session.status is not SessionStatus.OPEN:
            return True
        saved = self._call(self._services.sessions.save)
        if saved is None:
            return False
        # Keep what is on screen (the chart and its undo history); take the new version only.
        self._session = saved
        self._dirty = False
        self.messages.clear()
        self._show_header()
        self._show_saved()
        self.session_saved.emit(saved)
        return True

    def complete(self) -> bool:
        self.autosave_timer.stop()
        saved = self._call(self._services.sessions.complete)
        if saved is None:
            return False
        self.timer.stop(saved.id)
        self.amendment.active = False
        self._load(saved)
        self.messages.clear()
        self.session_saved.emit(saved)
        return True

    def _on_autosave_timer_timeout(self) -> None:
        if self._dirty and self._session.status is SessionStatus.OPEN:
            self.save()

    def _on_save_button_clicked(self) -> None:
        if self.ui.saveButton.isVisible() and self.ui.saveButton.isEnabled():
            self.save()

    def _on_amend_button_clicked(self) -> None:
        if self.amendment.active:  # "Cancel amendment": back to the session as it is stored
            self.amendment.active = False
            self._load(self._session)
        else:
            self.amendment.active = True
            self._dirty = False
            self._apply_read_only()
            self._show_header()
        self.messages.say("")

    def _on_amendment_amended(self, saved: TreatmentSession) -> None:
        self._load(saved)  # the trail under the header now shows the amendment
        self.session_saved.emit(saved)

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """An open session is saved on the way out. If that fails, an amendment is not saved
        yet, or nothing is recorded in it, the window stays and asks first (SessionLife)."""
        if not self._closing_anyway and self.life.hold_close():
            event.ignore()
            return
        self.autosave_timer.stop()
        super().closeEvent(event)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def close_anyway(self) -> None:
        self._closing_anyway = True
        self.close()
