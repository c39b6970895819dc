"""The head of the session screen: who and when, the state chip, the amendment trail, and the
line that says whether everything is saved."""

from __future__ import annotations

import re
from datetime import date

from acudesk.domain.errors import AcudeskError
from acudesk.domain.treatment import SessionStatus, TreatmentSession
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_session_widget import Ui_SessionWidget
from acudesk.ui.i18n import day_text, time_text, translate, weekday_text
from acudesk.ui.sessions.session_look import show_state, trail_html
from acudesk.ui.sessions.session_messages import SessionMessages


class SessionHeader:
    """Shows a session's header; reads the amendment trail (one service call) when completed."""

    def __init__(
        self,
        ui: Ui_SessionWidget,
        services: Services,
        user: User,
        client_name: tuple[str, str],
        messages: SessionMessages,
    ) -> None:
        self.ui = ui
        self._services = services
        self._user = user
        self._full_name = f"{client_name[0]} {client_name[1]}"
        self._messages = messages

    def title(self, session: TreatmentSession) -> str:
        return translate("SessionHeader", "{name} — {course} — acudesk").format(
            name=self._full_name, course=session.course_position
        )

    def show(self, session: TreatmentSession, *, amending: bool) -> None:
        started = session.data.started_at
        self.ui.clientLabel.setText(self._full_name.strip())
        self.ui.courseLabel.setText(session.course_position)
        when = f"{weekday_text(started)} {day_text(started.date())}, {time_text(started)}"
        details = f"{when}  ·  {session.practitioner}"
        if session.provenance:
            details += "\n" + provenance_text(session.provenance)
        self.ui.detailsLabel.setText(details)
        amendments: list[dict[str, object]] = []
        if session.status is SessionStatus.COMPLETED:
            try:
                amendments = self._services.sessions.amendments(self._user, session.id)
            except AcudeskError as error:
                self._messages.say(error.message)
        state = "amending" if amending else session.status.value
        if state == SessionStatus.COMPLETED.value and amendments:
            state = "amended"
        show_state(self.ui.statusLabel, state)
        self.ui.trailLabel.setText(trail_html(session, amendments))
        self.ui.trailLabel.setVisible(session.status is SessionStatus.COMPLETED)

    def show_saved(self, session: TreatmentSession, *, amending: bool, dirty: bool) -> None:
        if session.status is SessionStatus.COMPLETED and not amending:
            completed = session.completed_at
            text = (
                translate("SessionHeader", "Completed {time}, read-only").format(
                    time=time_text(completed)
                )
                if completed
                else translate("SessionHeader", "Completed")
            )
        elif dirty:
            text = (
                translate("SessionHeader", "Unsaved changes…")
                if not amending
                else translate("SessionHeader", "Amending: not saved yet")
            )
        else:
            text = translate("SessionHeader", "All changes saved")
        self.ui.savedLabel.setText(text)


_PROVENANCE = re.compile(
    r"^Imported from a file by (?P<importer>.*) on (?P<day>\d{4}-\d{2}-\d{2}); "
    r"originally recorded by (?P<author>.*)$"
)


def provenance_text(stored: str) -> str:
    """Where an imported session came from, in the screen's language (stored in English)."""
    found = _PROVENANCE.match(stored)
    if found is None:
        return stored
    return translate(
        "SessionHeader",
        "Imported from a file by {importer} on {day}; originally recorded by {author}",
    ).format(
        importer=found["importer"],
        day=day_text(date.fromisoformat(found["day"])),
        author=found["author"],
    )
