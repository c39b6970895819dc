"""A visit's windows, for Home and the book alike: the arrival that opens the client's session
on its pre-check, the session window (one per session), and check-out once it is completed.

Built by the composition with the services registry, because the session window it opens
takes the registry (as the Sessions tab's does). The session window and check-out are imported
when first opened: Home makes its visit windows at start-up, and they weigh some 60 ms.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from acudesk.domain.appointments import Appointment, AppointmentStatus, Visit
from acudesk.domain.errors import AcudeskError
from acudesk.domain.treatment import SessionStatus, TreatmentSession
from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services

if TYPE_CHECKING:
    from acudesk.ui.book.check_out_dialog import CheckOutDialog
    from acudesk.ui.sessions.session_widget import SessionWidget

_STARTS = (AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED, AppointmentStatus.ARRIVED)


class VisitWindows(QObject):
    """``failed(message)`` when a step is refused; windows stay open until closed."""

    failed = Signal(str)

    def __init__(self, services: Services, user: User, host: QWidget) -> None:
        super().__init__(host)
        self._services, self._user, self._host = services, user, host
        self.windows: dict[int, SessionWidget] = {}
        self.check_outs: dict[int, CheckOutDialog] = {}
        self._offered: set[int] = set()  # check-out offered once a visit, not at each amendment

    @property
    def can_treat(self) -> bool:
        return self._user.can(Permission.CHART_SESSIONS)

    def arrive(self, appointment: Appointment) -> Visit | None:
        """Mark the arrival; the session it starts (for a practitioner) opens on its check."""
        try:
            visit = self._services.visits.arrive(self._user, appointment)
        except AcudeskError as error:
            self.failed.emit(error.message)
            return None
        if visit.session_id is not None:
            self.open_session(visit.appointment)
        return visit

    def treat(self, appointment: Appointment) -> SessionWidget | None:
        """Start the waiting client's session, or bring its window forward."""
        try:
            if appointment.status in _STARTS:
                appointment = self._services.visits.start_treatment(
                    self._user, appointment
                ).appointment
        except AcudeskError as error:
            self.failed.emit(error.message)
            return None
        return self.open_session(appointment)

    def open_session(self, appointment: Appointment) -> SessionWidget | None:
        try:
            session = self._services.visits.session_of(self._user, appointment.id)
        except AcudeskError as error:
            self.failed.emit(error.message)
            return None
        if session is None:
            return None
        window = self.windows.get(session.id)
        if window is None or not window.isVisible():
            from acudesk.ui.sessions.session_widget import SessionWidget

            first, _, last = appointment.client_name.partition(" ")
            window = SessionWidget(
                self._services, self._user, session, (first, last), self._host.window()
            )
            window.session_saved.connect(self._on_session_saved)
            window.destroyed.connect(lambda *_a, sid=session.id: self.windows.pop(sid, None))
            self.windows[session.id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def check_out(self, appointment_id: int) -> CheckOutDialog:
        dialog = self.check_outs.get(appointment_id)
        if dialog is None or not dialog.isVisible():
            from acudesk.ui.book.check_out_dialog import CheckOutDialog

            dialog = CheckOutDialog(self._services, self._user, appointment_id, self._host.window())
            dialog.finished.connect(lambda *_a, a=appointment_id: self.check_outs.pop(a, None))
            self.check_outs[appointment_id] = dialog
        dialog.open()
        return dialog

    def _on_session_saved(self, session: TreatmentSession) -> None:
        treated = session.appointment_id
        if session.status is SessionStatus.COMPLETED and treated and treated not in self._offered:
            self._offered.add(treated)
            self.check_out(treated)


VisitsFactory = Callable[[QWidget], VisitWindows]  # a screen makes its own, as their host
