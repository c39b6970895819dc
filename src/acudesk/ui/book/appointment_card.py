"""The book's detail card: the chosen appointment and the steps of its day."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from acudesk.domain.appointments import NEXT_STATUSES, Appointment, AppointmentStatus
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.book import BookService
from acudesk.services.reminders import ReminderService
from acudesk.ui.forms.ui_book_screen import Ui_BookScreen
from acudesk.ui.i18n import time_text, translate


class AppointmentCard(QObject):
    """Drives the card's widgets (from the screen's form); says what changed or went wrong."""

    changed = Signal(object)  # the appointment as saved
    failed = Signal(str)

    def __init__(
        self,
        ui: Ui_BookScreen,
        book: BookService,
        user: User,
        parent: QWidget,
        reminders: ReminderService | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui, self._book, self._user, self._parent = ui, book, user, parent
        self._reminders = reminders
        self.appointment: Appointment | None = None
        self.cancel_dialog: QInputDialog | None = None
        ui.confirmedButton.clicked.connect(self._on_confirmed_clicked)
        ui.confirmedButton.setVisible(reminders is not None)
        ui.arrivedButton.clicked.connect(self._on_arrived_clicked)
        ui.completedButton.clicked.connect(self._on_completed_clicked)
        ui.noShowButton.clicked.connect(self._on_no_show_clicked)
        ui.cancelAppointmentButton.clicked.connect(self._on_cancel_clicked)

    @property
    def _buttons(self) -> dict[AppointmentStatus, QWidget]:
        ui = self._ui
        return {
            AppointmentStatus.CONFIRMED: ui.confirmedButton,
            AppointmentStatus.ARRIVED: ui.arrivedButton,
            AppointmentStatus.COMPLETED: ui.completedButton,
            AppointmentStatus.NO_SHOW: ui.noShowButton,
            AppointmentStatus.CANCELLED: ui.cancelAppointmentButton,
        }

    def show(self, appointment: Appointment | None, zone: ZoneInfo | None) -> None:
        ui = self._ui
        self.appointment = appointment
        if appointment is None or zone is None:
            ui.detailTitle.setText(translate("BookScreen", "No appointment chosen"))
            ui.detailText.setText(
                translate(
                    "BookScreen",
                    "Click an appointment to see it; double-click an empty time to book it.",
                )
            )
            for button in self._buttons.values():
                button.setEnabled(False)
            return
        start, end = appointment.start.astimezone(zone), appointment.end.astimezone(zone)
        lines = (
            appointment.service_name,
            f"{time_text(start.time())}–{time_text(end.time())}",
            appointment.status.label,
            appointment.notes,
        )
        ui.detailTitle.setText(appointment.client_name)
        ui.detailText.setText("\n".join(line for line in lines if line))
        allowed = NEXT_STATUSES[appointment.status]
        for status, button in self._buttons.items():
            button.setEnabled(status in allowed)

    def _set_status(self, status: AppointmentStatus, reason: str = "") -> None:
        if self.appointment is None:
            return
        try:
            saved = self._book.set_status(self._user, self.appointment, status, reason)
        except AcudeskError as error:
            self.failed.emit(error.message)
            return
        self.appointment = saved
        self.changed.emit(saved)

    def _on_confirmed_clicked(self) -> None:
        """The client confirmed (a call, a reply): recorded, and no further reminder goes."""
        if self.appointment is None or self._reminders is None:
            return
        try:
            saved = self._reminders.confirm(self._user, self.appointment)
        except AcudeskError as error:
            self.failed.emit(error.message)
            return
        self.appointment = saved
        self.changed.emit(saved)

    def _on_arrived_clicked(self) -> None:
        self._set_status(AppointmentStatus.ARRIVED)

    def _on_completed_clicked(self) -> None:
        self._set_status(AppointmentStatus.COMPLETED)

    def _on_no_show_clicked(self) -> None:
        self._set_status(AppointmentStatus.NO_SHOW)

    def _on_cancel_clicked(self) -> None:
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(translate("BookScreen", "Cancel appointment"))
        dialog.setLabelText(translate("BookScreen", "Why is it cancelled?"))
        dialog.setOkButtonText(translate("BookScreen", "Cancel the appointment"))
        dialog.setCancelButtonText(translate("BookScreen", "Keep it"))
        dialog.textValueSelected.connect(self._on_cancel_reason_given)
        dialog.open()
        self.cancel_dialog = dialog

    def _on_cancel_reason_given(self, reason: str) -> None:
        self._set_status(AppointmentStatus.CANCELLED, reason)
