"""Check-out, after the session: print the aftercare sheet, book the next visit.

The sheet prints the client's next appointment from the book, so booking first and printing
after puts the new date on the sheet; the dialog says what is booked either way.
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from acudesk.domain.appointments import CheckOut
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.handouts import IssuedHandout
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_check_out_dialog import Ui_CheckOutDialog
from acudesk.ui.handouts.output import ask_printer
from acudesk.ui.handouts.pdf_printing import print_pdf
from acudesk.ui.i18n import day_text, time_text, translate, weekday_text
from acudesk.ui.widgets.theme import restyle


class CheckOutDialog(QDialog):
    def __init__(
        self,
        services: Services,
        user: User,
        appointment_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CheckOutDialog()
        ui.setupUi(self)
        self._services, self._user, self._appointment_id = services, user, appointment_id
        self.visit: CheckOut | None = None
        self.booking_dialog: QDialog | None = None
        self.print_dialog: QDialog | None = None
        ui.buttonBox.rejected.connect(self.reject)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(False)
        ui.printButton.clicked.connect(self._on_print_clicked)
        ui.bookNextButton.clicked.connect(self._on_book_next_clicked)
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        try:
            self.visit = visit = self._services.visits.check_out(self._user, self._appointment_id)
        except AcudeskError as error:
            self._say(error.message, error=True)
            ui.printButton.setEnabled(False)
            ui.bookNextButton.setEnabled(False)
            return
        appointment = visit.appointment
        ui.titleLabel.setText(appointment.client_name)
        ui.visitLabel.setText(
            translate("CheckOutDialog", "{service}, {status}").format(
                service=appointment.service_name, status=appointment.status.label.lower()
            )
        )
        if visit.session_id is None:
            ui.handoutLabel.setText(
                translate("CheckOutDialog", "No session was charted for this visit.")
            )
        elif visit.handed_out:
            ui.handoutLabel.setText(translate("CheckOutDialog", "A sheet was given already."))
        else:
            ui.handoutLabel.setText(translate("CheckOutDialog", "Not printed yet."))
        ui.printButton.setEnabled(visit.session_id is not None)
        coming = visit.next_booking
        if coming is None:
            ui.nextLabel.setText(translate("CheckOutDialog", "Nothing booked yet."))
        else:
            zone = self._zone(coming.location_id)
            local = coming.start.astimezone(zone) if zone else coming.start
            ui.nextLabel.setText(
                translate("CheckOutDialog", "{weekday} {day} at {time}").format(
                    weekday=weekday_text(local.date()),
                    day=day_text(local.date()),
                    time=time_text(local.time()),
                )
            )
        (ui.bookNextButton if coming is None else ui.printButton).setFocus()

    def _zone(self, location_id: int) -> ZoneInfo | None:
        for location in self._services.book_setup.locations(self._user):
            if location.id == location_id:
                return location.tz
        return None

    def _on_print_clicked(self) -> None:
        if self.visit is None or self.visit.session_id is None:
            return
        size = self._services.settings.handouts().page_size
        job = translate("CheckOutDialog", "Aftercare {name}").format(
            name=self.visit.appointment.client_name
        )
        self.print_dialog = ask_printer(self, size, job, self.print_to)

    def print_to(self, printer: QPrinter) -> IssuedHandout | None:
        """Issue the sheet (kept as a handout given) and print it on ``printer``."""
        if self.visit is None or self.visit.session_id is None:
            return None
        try:
            issued = self._services.handouts.issue(self._user, self.visit.session_id)
            print_pdf(issued.pdf, printer)
        except AcudeskError as error:
            self._say(error.message, error=True)
            return None
        self.refresh()
        self._say(translate("CheckOutDialog", "The aftercare sheet went to the printer."))
        return issued

    def _on_book_next_clicked(self) -> None:
        self.book_next()

    def book_next(self) -> QDialog | None:
        """The booking dialog for the same client, service, room and practitioner, a week on."""
        from acudesk.ui.book.booking_dialog import BookingDialog

        if self.visit is None:
            return None
        done = self.visit.appointment
        services = self._services
        location = next(
            (x for x in services.book_setup.locations(self._user) if x.id == done.location_id),
            None,
        )
        if location is None:
            return None
        dialog = BookingDialog(
            services.book,
            services.book_setup,
            services.clients,
            self._user,
            location,
            start=done.start + timedelta(days=7),
            room_id=done.room_id,
            practitioner_id=done.practitioner_id,
            parent=self,
        )
        dialog.choose_client(done.client_id, done.client_name)
        dialog.choose_service(done.service_id)
        dialog.accepted.connect(self._on_booking_accepted)
        dialog.open()
        self.booking_dialog = dialog
        return dialog

    def _on_booking_accepted(self) -> None:
        self.refresh()
        self._say(translate("CheckOutDialog", "Booked. Print the sheet now to show the date."))

    def _say(self, message: str, *, error: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(message)
        label.setProperty("role", "error" if error else "hint")
        restyle(label)
