"""The session's own fields on its screen: the retention time, gua sha, the three notes and
the next appointment (printed on the aftercare sheet). Its place in the course is shown, not
typed: it comes from the client's course."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from acudesk.domain.treatment import SessionNotes, SessionRecordData
from acudesk.ui.forms.ui_session_widget import Ui_SessionWidget


class SessionFields:
    """Reads and writes the plain fields of a SessionRecordData; the sections do the rest."""

    def __init__(self, ui: Ui_SessionWidget, changed: Callable[[], None], window: QWidget) -> None:
        from acudesk.ui.handouts.next_appointment import NextAppointmentField

        self.ui = ui
        self.next_appointment = NextAppointmentField(window)
        ui.notesLayout.insertWidget(ui.notesLayout.indexOf(ui.notesMessage), self.next_appointment)
        self.next_appointment.changed.connect(changed)
        ui.retentionSpin.valueChanged.connect(changed)
        ui.guaShaCheck.toggled.connect(changed)
        for edit in (ui.treatedEdit, ui.responseEdit, ui.planEdit):
            edit.textChanged.connect(changed)

    def load(self, data: SessionRecordData) -> None:
        ui = self.ui
        ui.retentionSpin.setValue(data.retention_minutes)
        ui.guaShaCheck.setChecked(data.gua_sha)
        ui.treatedEdit.setPlainText(data.notes.treated)
        ui.responseEdit.setPlainText(data.notes.response)
        ui.planEdit.setPlainText(data.notes.plan)
        self.next_appointment.set_value(data.next_appointment, data.started_at)

    def value(self, loaded: SessionRecordData) -> SessionRecordData:
        """These fields as a record (the sections' parts left at their defaults); the start
        and the place in the course as the session was loaded."""
        ui = self.ui
        return SessionRecordData(
            started_at=loaded.started_at,
            course_number=loaded.course_number,
            course_length=loaded.course_length,
            retention_minutes=ui.retentionSpin.value(),
            gua_sha=ui.guaShaCheck.isChecked(),
            notes=SessionNotes(
                ui.treatedEdit.toPlainText(),
                ui.responseEdit.toPlainText(),
                ui.planEdit.toPlainText(),
            ),
            next_appointment=self.next_appointment.value(),
        )

    def set_read_only(self, read_only: bool) -> None:
        ui = self.ui
        for widget in (ui.retentionSpin, ui.guaShaCheck):
            widget.setEnabled(not read_only)
        for edit in (ui.treatedEdit, ui.responseEdit, ui.planEdit):
            edit.setReadOnly(read_only)
        self.next_appointment.set_read_only(read_only)
