"""The book's detail card: the chosen appointment and the steps of its day."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from acudesk.domain.appointments import NEXT_STATUSES, Appointment, AppointmentStatus
from acudesk.domain.day_board import TREATABLE
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.book import BookService
from acudesk.ui.forms.ui_book_screen import Ui_BookScreen
from acudesk.ui.i18n import time_text, translate
from acudesk.ui.widgets.theme import restyle

if TYPE_CHECKING:
    from acudesk.ui.book.visit_windows import VisitsFactory


class AppointmentCard(QObject):
    """Drives the card's widgets (from the screen's form); says what changed or went wrong."""

    changed = Signal(object)  # the appointment as saved
    failed = Signal(str)
    series_cancel: CancelScope | None = None  # asks about a course's following sessions

    def __init__(
        self,
        ui: Ui_BookScreen,
        book: BookService,
        user: User,
        parent: QWidget,
        visits: VisitsFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui, self._book, self._user, self._parent = ui, book, user, parent
        self.visits = self._visits = visits(parent) if visits is not None else None
        if self._visits is not None:
            self._visits.failed.connect(self.failed)
        self.appointment: Appointment | None = None
        self.cancel_dialog: QInputDialog | None = None
        ui.confirmedButton.clicked.connect(self._on_confirmed_clicked)
        ui.arrivedButton.clicked.connect(self._on_arrived_clicked)
        ui.treatButton.clicked.connect(self._on_treat_clicked)
        ui.checkOutButton.clicked.connect(self._on_check_out_clicked)
        ui.treatButton.setVisible(visits is not None)
        ui.checkOutButton.setVisible(visits is not None)
        if self._visits is not None and not self._visits.can_treat:
            ui.treatButton.setToolTip(
                translate("BookScreen", "Only practitioners start treatment sessions.")
            )
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

    def show(
        self, appointment: Appointment | None, zone: ZoneInfo | None, *, private: bool = False
    ) -> None:
        """The card of ``appointment``; ``private`` (the book's privacy mode) keeps the
        client's name off it as off the book."""
        ui = self._ui
        self.appointment = appointment
        chosen = appointment is not None and zone is not None
        ui.detailTitle.setProperty("role", "heading" if chosen else "subtitle")
        restyle(ui.detailTitle)
        if appointment is None or zone is None:
            ui.detailTitle.setText(translate("BookScreen", "No appointment chosen"))
            ui.detailText.setText(
                translate(
                    "BookScreen",
                    "Click an appointment to see it; double-click an empty time to book it.",
                )
            )
            for button in (*self._buttons.values(), ui.treatButton, ui.checkOutButton):
                button.setEnabled(False)
            return
        start, end = appointment.start.astimezone(zone), appointment.end.astimezone(zone)
        lines = (
            appointment.service_name,
            f"{time_text(start.time())}–{time_text(end.time())}",
            appointment.status.label,
            appointment.notes,
        )
        ui.detailTitle.setText(
            translate("BookScreen", "Name hidden (Shift+P shows it)")
            if private
            else appointment.client_name
        )
        ui.detailText.setText("\n".join(line for line in lines if line))
        allowed = NEXT_STATUSES[appointment.status]
        for status, button in self._buttons.items():
            button.setEnabled(status in allowed)
        status = appointment.status
        can_treat = self._visits is not None and self._visits.can_treat
        ui.treatButton.setEnabled(can_treat and status in TREATABLE)
        ui.checkOutButton.setEnabled(status is AppointmentStatus.COMPLETED)

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
        """The client confirmed (a call, a reply): the book's status, so no reminder goes."""
        self._set_status(AppointmentStatus.CONFIRMED)

    def _on_arrived_clicked(self) -> None:
        if self._visits is None:
            self._set_status(AppointmentStatus.ARRIVED)
            return
        if self.appointment is None:
            return
        visit = self._visits.arrive(self.appointment)  # a practitioner's opens the session
        if visit is not None:
            self.appointment = visit.appointment
            self.changed.emit(visit.appointment)

    def _on_treat_clicked(self) -> None:
        if self._visits is not None and self.appointment is not None:
            self._visits.treat(self.appointment)

    def _on_check_out_clicked(self) -> None:
        if self._visits is not None and self.appointment is not None:
            self._visits.check_out(self.appointment.id)

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
        chosen, scope = self.appointment, self.series_cancel
        if chosen is None or scope is None or not scope.offer_cancel(self, chosen, reason):
            self.cancel_one(reason)

    def cancel_one(self, reason: str) -> None:
        """Cancel the appointment shown, alone."""
        self._set_status(AppointmentStatus.CANCELLED, reason)


class CancelScope:
    """Asked before a cancellation (series_flow: a course's following sessions): True when it
    takes the cancellation over, False to cancel the one appointment as ever."""

    def offer_cancel(self, card: AppointmentCard, appointment: Appointment, reason: str) -> bool:
        return False
