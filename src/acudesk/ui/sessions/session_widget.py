"""One treatment session, charted: pre-check first, then the point map given most of the room,
with the retention timer, the needle count, reactions and notes beside it.

An open session saves itself a few seconds after each change (one service call each) and
completes through one call; a completed session opens read-only and changes only through
"Amend…", which asks for the reason and keeps a trail. Conflicts show a banner; the screen
keeps everything that was typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from acudesk.domain.dates import human_date
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.treatment import (
    Confirmation,
    SessionNotes,
    SessionRecordData,
    SessionStatus,
    TreatmentSession,
)
from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services
from acudesk.ui.clients.confirm import confirm_discard
from acudesk.ui.forms.ui_session_widget import Ui_SessionWidget
from acudesk.ui.sessions.chart_host import ChartHost
from acudesk.ui.sessions.events_table import AdverseEventRows
from acudesk.ui.sessions.needle_count import NeedleCountSection
from acudesk.ui.sessions.precheck import PreCheckSection
from acudesk.ui.sessions.retention import RetentionTimers, find_timers, short_name
from acudesk.ui.sessions.session_actions import SessionActions
from acudesk.ui.sessions.session_look import STYLE_SHEET, show_state, trail_html

AUTOSAVE_MS = 3000


class SessionWidget(SessionActions, QWidget):
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
        self._first, self._last = client_name
        self._loading = False
        self._dirty = False
        self._amending = False
        self._closing_anyway = False
        self._confirmations: list[Confirmation] = []
        from acudesk.services.catalog import point_catalog

        self.chart = ChartHost(point_catalog(), self)
        self.ui.chartLayout.addWidget(self.chart.widget)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)
        self.precheck = PreCheckSection(self.ui, self._on_field_changed)
        self.needles = NeedleCountSection(self.ui, self._on_field_changed)
        self.events = AdverseEventRows(self.ui.eventsTable, self._on_field_changed)
        self.timers: RetentionTimers = find_timers(self) or RetentionTimers(services.clock, self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self._on_autosave_timer_timeout)
        self.amend_dialog: QWidget | None = None
        self._connect()
        self._add_handout_parts()
        self._load(session)
        self.refresh_alerts()
        self._show_intake(updated=False)
        self._clear_messages()
        if not self.is_read_only() and not self.precheck.is_done():
            self.ui.alertsReviewedCheck.setFocus()  # the check comes first
        self.resize(1320, 880)

    def _connect(self) -> None:
        ui = self.ui
        self.chart.changed.connect(self._on_chart_changed)
        self.chart.confirmation_given.connect(self._on_chart_confirmation_given)
        for spin in (ui.courseNumberSpin, ui.courseLengthSpin, ui.retentionSpin):
            spin.valueChanged.connect(self._on_field_changed)
        ui.retentionSpin.valueChanged.connect(self._on_retention_spin_value_changed)
        ui.guaShaCheck.toggled.connect(self._on_field_changed)
        for edit in (ui.treatedEdit, ui.responseEdit, ui.planEdit):
            edit.textChanged.connect(self._on_field_changed)
        ui.updateIntakeButton.clicked.connect(self._on_update_intake_button_clicked)
        ui.startTimerButton.clicked.connect(self._on_start_timer_button_clicked)
        ui.recordIncidentButton.clicked.connect(self._on_record_incident_button_clicked)
        ui.addEventButton.clicked.connect(self._on_add_event_button_clicked)
        ui.removeEventButton.clicked.connect(self.events.remove_selected)
        ui.saveButton.clicked.connect(self._on_save_button_clicked)
        ui.completeButton.clicked.connect(self._on_complete_button_clicked)
        ui.amendButton.clicked.connect(self._on_amend_button_clicked)
        ui.saveProtocolButton.clicked.connect(self._on_save_protocol_button_clicked)
        ui.applyProtocolButton.clicked.connect(self._on_apply_protocol_button_clicked)
        self.timers.changed.connect(self._show_timer)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_button_clicked)

    def _add_handout_parts(self) -> None:
        """Handouts: the next appointment (Notes tab) and Handout ▸ on a completed session."""
        from acudesk.ui.handouts.handout_menu import HandoutMenu, handout_button
        from acudesk.ui.handouts.next_appointment import NextAppointmentField

        self.next_appointment = NextAppointmentField(self)
        self.ui.notesLayout.insertWidget(
            self.ui.notesLayout.indexOf(self.ui.notesMessage), self.next_appointment
        )
        self.next_appointment.changed.connect(self._on_field_changed)
        name = (self._first, self._last)
        self.handout_menu = HandoutMenu(
            self._services, self._user, self._handout_session, name, self
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
        return self._session.status is SessionStatus.COMPLETED and not self._amending

    def _load(self, session: TreatmentSession) -> None:
        self._loading = True
        data = session.data
        ui = self.ui
        self._session = session
        self.chart.load(session.chart)
        ui.courseLengthSpin.setValue(data.course_length)
        ui.courseNumberSpin.setValue(data.course_number)
        ui.retentionSpin.setValue(data.retention_minutes)
        self.needles.load(data.needles_in, data.needles_out, self.chart.needle_count())
        self.needles.set_incident(data.incident)
        ui.guaShaCheck.setChecked(data.gua_sha)
        self.events.set_events(data.adverse_events)
        ui.treatedEdit.setPlainText(data.notes.treated)
        ui.responseEdit.setPlainText(data.notes.response)
        ui.planEdit.setPlainText(data.notes.plan)
        self._confirmations = list(data.confirmations)
        self.precheck.load(data.precheck)
        self.next_appointment.set_value(data.next_appointment, data.started_at)
        self._loading = False
        self._dirty = False
        self._show_header()
        self._apply_read_only()
        if session.timer_started_at is not None and session.status is SessionStatus.OPEN:
            who = short_name(self._first, self._last)
            if self.timers.get(session.id) is None:
                self.timers.start(session.id, who, session.timer_started_at, data.retention_minutes)
        self._show_timer()

    def data(self) -> SessionRecordData:
        """Everything on screen, as the service takes it."""
        ui = self.ui
        return SessionRecordData(
            started_at=self._session.data.started_at,
            course_number=ui.courseNumberSpin.value(),
            course_length=ui.courseLengthSpin.value(),
            retention_minutes=ui.retentionSpin.value(),
            precheck=self.precheck.value(),
            needles_in=self.needles.needles_in(),
            needles_out=self.needles.needles_out(),
            gua_sha=ui.guaShaCheck.isChecked(),
            adverse_events=self.events.events(),
            incident=self.needles.incident,
            confirmations=tuple(self._confirmations),
            notes=SessionNotes(
                ui.treatedEdit.toPlainText(),
                ui.responseEdit.toPlainText(),
                ui.planEdit.toPlainText(),
            ),
            next_appointment=self.next_appointment.value(),
        )

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    # --- header, trail, banner --------------------------------------------------------------

    def _show_header(self) -> None:
        s = self._session
        started = s.data.started_at
        self.setWindowTitle(f"{self._first} {self._last} — session {s.course_label} — acudesk")
        self.ui.clientLabel.setText(f"{self._first} {self._last}".strip())
        self.ui.detailsLabel.setText(
            f"{started:%A} {human_date(started.date())}, {started:%H:%M}  ·  {s.practitioner}"
        )
        amendments: list[dict[str, object]] = []
        if s.status is SessionStatus.COMPLETED:
            try:
                amendments = self._services.sessions.amendments(self._user, s.id)
            except AcudeskError as error:
                self.say(error.message)
        state = "amending" if self._amending else s.status.value
        if state == SessionStatus.COMPLETED.value and amendments:
            state = "amended"
        show_state(self.ui.statusLabel, state)
        self.ui.trailLabel.setText(trail_html(s, amendments))
        self.ui.trailLabel.setVisible(s.status is SessionStatus.COMPLETED)

    def say(self, message: str) -> None:
        """The banner above the check: conflicts and anything that has no field of its own."""
        self.ui.bannerLabel.setText(message)
        self.ui.bannerLabel.setVisible(bool(message))

    def _apply_read_only(self) -> None:
        read_only = self.is_read_only()
        can_chart = self._user.can(Permission.CHART_SESSIONS)
        locked = read_only or not can_chart
        ui = self.ui
        self.chart.set_read_only(locked)
        self.precheck.set_read_only(locked)
        self.needles.set_read_only(locked)
        self.events.set_read_only(locked)
        for widget in (
            ui.courseNumberSpin,
            ui.courseLengthSpin,
            ui.retentionSpin,
            ui.guaShaCheck,
            ui.addEventButton,
            ui.removeEventButton,
            ui.applyProtocolButton,
        ):
            widget.setEnabled(not locked)
        for edit in (ui.treatedEdit, ui.responseEdit, ui.planEdit):
            edit.setReadOnly(locked)
        self.next_appointment.set_read_only(locked)
        self.handout_button.setVisible(read_only)
        is_open = self._session.status is SessionStatus.OPEN
        ui.startTimerButton.setEnabled(is_open and can_chart)
        ui.completeButton.setVisible(is_open)
        ui.completeButton.setEnabled(can_chart)
        ui.saveButton.setVisible(not read_only)
        ui.saveButton.setEnabled(can_chart)
        ui.saveButton.setText("&Save amendment…" if self._amending else "&Save")
        ui.amendButton.setVisible((read_only or self._amending) and can_chart)
        ui.amendButton.setText("Cancel amendment" if self._amending else "&Amend…")
        ui.saveProtocolButton.setEnabled(can_chart)
        self._show_saved()

    def _show_saved(self) -> None:
        if self._session.status is SessionStatus.COMPLETED and not self._amending:
            completed = self._session.completed_at
            text = f"Completed {completed:%H:%M}, read-only" if completed else "Completed"
        elif self._dirty:
            text = "Unsaved changes…" if not self._amending else "Amending: not saved yet"
        else:
            text = "All changes saved"
        self.ui.savedLabel.setText(text)

    # --- changes and saving -----------------------------------------------------------------

    def _on_field_changed(self, *_args: object) -> None:
        if self._loading or self.is_read_only():
            return
        self._dirty = True
        self._show_saved()
        if self._session.status is SessionStatus.OPEN:
            self.autosave_timer.start()

    def _on_chart_changed(self) -> None:
        self.needles.chart_changed(self.chart.needle_count())
        self._on_field_changed()

    def _on_chart_confirmation_given(self, confirmation: Confirmation) -> None:
        self._confirmations.append(confirmation)
        self._on_field_changed()

    def _on_autosave_timer_timeout(self) -> None:
        if self._dirty and self._session.status is SessionStatus.OPEN:
            self.save()

    def _clear_messages(self) -> None:
        for label in (
            self.ui.courseMessage,
            self.ui.retentionMessage,
            self.ui.needlesInMessage,
            self.ui.notesMessage,
        ):
            label.setText("")
            label.setVisible(False)
        self.precheck.show_problem("")
        self.needles.refresh()
        self.say("")

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message next to its field; what has no field goes to the banner."""
        self._clear_messages()
        labels = {
            "course_length": self.ui.courseMessage,
            "course_number": self.ui.courseMessage,
            "retention_minutes": self.ui.retentionMessage,
            "needles_in": self.ui.needlesInMessage,
            "treated": self.ui.notesMessage,
            "response": self.ui.notesMessage,
            "plan": self.ui.notesMessage,
        }
        stray = []
        for name, message in errors.items():
            if name == "precheck":
                self.precheck.show_problem(message)
            elif name == "needles_out":
                self.needles.show_problem(message)
            elif name in labels:
                labels[name].setText(message)
                labels[name].setVisible(True)
            else:
                stray.append(message)
        if {"treated", "response", "plan"} & set(errors):
            self.ui.sideTabs.setCurrentWidget(self.ui.notesTab)
        if "precheck" in errors:
            self.precheck.show_problem(errors["precheck"])  # the first thing to fix has focus
        self.say(" ".join(stray))

    def _call(self, action: str) -> TreatmentSession | None:
        """One service call with what is on screen; errors shown, typing kept."""
        sessions = self._services.sessions
        try:
            if action == "save":
                saved = sessions.save(self._user, self._session, self.data(), self.chart_list())
            else:
                saved = sessions.complete(self._user, self._session, self.data(), self.chart_list())
        except ValidationError as error:
            self.show_errors(error.errors)
            return None
        except AcudeskError as error:  # a conflict, a lost permission, the database gone
            self.say(error.message)
            return None
        return saved

    def chart_list(self) -> list[dict[str, Any]]:
        return self.chart.chart_list()

    def save(self) -> bool:
        self.autosave_timer.stop()
        if self._amending:
            self.ask_amend_reason()
            return False
        if self._session.status is not SessionStatus.OPEN:
            return True
        saved = self._call("save")
        if saved is None:
            return False
        self._after_save(saved)
        return True

    def _after_save(self, saved: TreatmentSession) -> None:
        # Keep what is on screen (the chart and its undo history); take the new version only.
        self._session = saved
        self._dirty = False
        self._clear_messages()
        self._show_header()
        self._show_saved()
        self.session_saved.emit(saved)

    def complete(self) -> bool:
        self.autosave_timer.stop()
        saved = self._call("complete")
        if saved is None:
            return False
        self.timers.stop(saved.id)
        self._amending = False
        self._load(saved)
        self._clear_messages()
        self.session_saved.emit(saved)
        return True

    def _on_save_button_clicked(self) -> None:
        if self.ui.saveButton.isVisible() and self.ui.saveButton.isEnabled():
            self.save()

    def _on_complete_button_clicked(self) -> None:
        self.complete()

    def closeEvent(self, event: QCloseEvent) -> None:
        """An open session is saved on the way out. If that fails, or an amendment is not
        saved yet, the window stays and asks before anything typed is thrown away."""
        if self._dirty and not self._closing_anyway:
            if self._amending:
                reason = "The amendment is not saved yet."
            elif self._session.status is SessionStatus.OPEN and not self.save():
                reason = self.ui.bannerLabel.text() or "The session was not saved."
            else:
                reason = ""
            if reason:
                event.ignore()
                confirm_discard(
                    self,
                    "closeSessionBox",
                    "Close without saving?",
                    f"{reason} Close the session and lose the changes?",
                    "Close without saving",
                    self._close_anyway,
                )
                return
        self.autosave_timer.stop()
        super().closeEvent(event)

    def _close_anyway(self) -> None:
        self._closing_anyway = True
        self.close()
