"""The retention timer on the session screen: "Needling done — start timer", the countdown,
and this room's entry in the timers every open session shares (the status bar shows them all).

The start is one service call (the moment is stored, so a reopened session shows its timer
still running); the countdown itself is RetentionTimers', ticking on an injectable clock.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta

from acudesk.domain.errors import AcudeskError
from acudesk.domain.treatment import SessionStatus, TreatmentSession
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_session_widget import Ui_SessionWidget
from acudesk.ui.i18n import translate
from acudesk.ui.sessions.retention import RetentionTimers, clock_text
from acudesk.ui.sessions.session_messages import SessionMessages
from acudesk.ui.widgets.theme import restyle


class RetentionTimerPanel:
    """Starts, follows and shows the retention timer of the session the screen holds.

    ``current`` reads that session; ``started`` hands back its new version once the start is
    stored (the version the next save must name).
    """

    def __init__(
        self,
        ui: Ui_SessionWidget,
        timers: RetentionTimers,
        services: Services,
        user: User,
        who: str,
        messages: SessionMessages,
        session: tuple[Callable[[], TreatmentSession], Callable[[TreatmentSession], None]],
    ) -> None:
        self.ui = ui
        self.timers = timers
        self._services = services
        self._user = user
        self._who = who  # "Anna R.": this room in the status bar
        self._messages = messages
        self._current, self._started = session
        ui.startTimerButton.clicked.connect(self._on_start_timer_button_clicked)
        ui.retentionSpin.valueChanged.connect(self._on_retention_spin_value_changed)
        timers.changed.connect(self.show)

    def _on_start_timer_button_clicked(self) -> None:
        started = self.start(self._current())
        if started is not None:
            self._started(started)

    def _on_retention_spin_value_changed(self, minutes: int) -> None:
        running = self.timers.get(self._current().id)
        if running is not None:
            self.timers.start(running.session_id, running.who, running.started_at, minutes)

    def start(self, session: TreatmentSession) -> TreatmentSession | None:
        """Needling is done: the service stores the moment; returns the session's new version."""
        try:
            started = self._services.sessions.start_timer(self._user, session)
        except AcudeskError as error:  # a conflict, a lost permission, the database gone
            self._messages.say(error.message)
            return None
        assert started.timer_started_at is not None
        self.timers.start(
            started.id, self._who, started.timer_started_at, self.ui.retentionSpin.value()
        )
        return dataclasses.replace(
            session, version=started.version, timer_started_at=started.timer_started_at
        )

    def resume(self, session: TreatmentSession) -> None:
        """An open session whose timer was started (before a restart, say) counts on."""
        started = session.timer_started_at
        if started is None or session.status is not SessionStatus.OPEN:
            return
        if self.timers.get(session.id) is None:
            self.timers.start(session.id, self._who, started, session.data.retention_minutes)

    def stop(self, session_id: int) -> None:
        self.timers.stop(session_id)

    def set_enabled(self, enabled: bool) -> None:
        self.ui.startTimerButton.setEnabled(enabled)

    def show(self) -> None:
        ui = self.ui
        session = self._current()
        running = self.timers.get(session.id)
        is_open = session.status is SessionStatus.OPEN
        ui.startTimerButton.setVisible(is_open)
        if not is_open:
            state = "ready"
            ui.timerLabel.setText(
                translate("TimerPanel", "{minutes} min").format(minutes=ui.retentionSpin.value())
            )
        elif running is None:
            state = "ready"
            ui.timerLabel.setText(clock_text(timedelta(minutes=ui.retentionSpin.value())))
            ui.startTimerButton.setText(translate("TimerPanel", "Needling done — start &timer"))
        elif running.ended:
            state = "ended"
            ui.timerLabel.setText(translate("TimerPanel", "Time is up"))
            ui.startTimerButton.setText(translate("TimerPanel", "Restart &timer"))
        else:
            state = "running"
            ui.timerLabel.setText(clock_text(running.left(self.timers.now())))
            ui.startTimerButton.setText(translate("TimerPanel", "Restart &timer"))
        ui.startTimerButton.setAccessibleName(
            translate("TimerPanel", "Needling done — start timer")
        )
        if ui.timerLabel.property("state") != state:
            ui.timerLabel.setProperty("state", state)
            ui.timerFrame.setProperty("state", state)
            restyle(ui.timerLabel)
            restyle(ui.timerFrame)
