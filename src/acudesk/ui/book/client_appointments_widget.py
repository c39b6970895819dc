"""A client's appointments from today on, on their page; and booking one with the client chosen.

Attached to the page by the composition (attach_client_booking): an Appointments tab and Book
appointment… (Ctrl+B) on its header, for every tab; the list follows the change bus, so a
booking made on the Book or at another desk appears here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QVBoxLayout, QWidget

from acudesk.domain.book_places import Location
from acudesk.domain.book_search import ClientAppointment
from acudesk.domain.changes import Changes
from acudesk.domain.clients import Client
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.book import BookService
from acudesk.services.book_search import BookSearchService
from acudesk.services.book_setup import BookSetupService
from acudesk.services.clients import ClientService
from acudesk.services.clock import Clock
from acudesk.ui.book.booking_dialog import BookingDialog
from acudesk.ui.forms.ui_client_appointments_widget import Ui_ClientAppointmentsWidget
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, time_text, translate
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.widgets.table_model import TEXT_ROLES, RowsTableModel

if TYPE_CHECKING:
    from acudesk.ui.clients.client_page import ClientPage


class ClientAppointmentsTableModel(RowsTableModel):
    context = "ClientAppointmentsTableModel"
    headers = (
        QT_TRANSLATE_NOOP("ClientAppointmentsTableModel", "Date"),
        QT_TRANSLATE_NOOP("ClientAppointmentsTableModel", "Time"),
        QT_TRANSLATE_NOOP("ClientAppointmentsTableModel", "Service"),
        QT_TRANSLATE_NOOP("ClientAppointmentsTableModel", "Practitioner"),
        QT_TRANSLATE_NOOP("ClientAppointmentsTableModel", "Room"),
        QT_TRANSLATE_NOOP("ClientAppointmentsTableModel", "Status"),
    )

    def cell(self, item: ClientAppointment, column: int, role: int) -> object:
        if role not in TEXT_ROLES:
            return None
        start = item.local_start
        end = item.appointment.end.astimezone(start.tzinfo)
        return (
            QLocale().toString(QDate(start.year, start.month, start.day), "ddd d MMM yyyy"),
            f"{time_text(start.time())}–{time_text(end.time())}",
            item.appointment.service_name,
            item.practitioner,
            item.room,
            item.appointment.status.label,
        )[column]


class ClientAppointmentsWidget(QWidget):
    def __init__(
        self,
        search: BookSearchService,
        book: BookService,
        setup: BookSetupService,
        clients: ClientService,
        clock: Clock,
        user: User,
        relay: ChangeRelay,
        client: tuple[int, str],  # id, name
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ClientAppointmentsWidget()
        ui.setupUi(self)
        self._search, self._book, self._setup, self._clients = search, book, setup, clients
        self._clock, self._user = clock, user
        self._client_id, self._client_name = client
        self.booking_dialog: BookingDialog | None = None
        self.model = ClientAppointmentsTableModel()
        table = ui.appointmentsTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(34)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        relay.changed.connect(self._on_relay_changed)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = self._search.client_appointments(self._user, self._client_id)
        except AcudeskError as error:
            self.ui.messageLabel.setText(error.message)
            return
        self.model.set_rows(rows)
        self.ui.messageLabel.setText(
            translate("ClientAppointmentsWidget", "Nothing booked from today on.")
            if not rows
            else translate(
                "ClientAppointmentsWidget", "%n appointment(s) from today on.", None, len(rows)
            )
        )

    def _on_relay_changed(self, changes: Changes) -> None:
        if changes.appointments or changes.everything or self._client_id in changes.clients:
            self.refresh()

    def book(self) -> BookingDialog | None:
        """The booking dialog with this client chosen, at the next quarter hour."""
        location = self._location()
        if location is None:
            self.ui.messageLabel.setText(
                translate(
                    "ClientAppointmentsWidget",
                    "The book has no location yet: an administrator sets it up on the Book.",
                )
            )
            return None
        dialog = BookingDialog(
            self._book,
            self._setup,
            self._clients,
            self._user,
            location,
            start=_next_quarter(self._clock().replace(tzinfo=location.tz)),
            search=self._search,
            parent=self,
        )
        dialog.choose_client(self._client_id, self._client_name)
        dialog.finished.connect(self._on_booking_finished)
        dialog.open()
        dialog.ui.serviceCombo.setFocus(Qt.FocusReason.OtherFocusReason)
        self.booking_dialog = dialog
        return dialog

    def _location(self) -> Location | None:
        """Where the client's next visit is, else the first location."""
        try:
            locations = self._setup.locations(self._user)
        except AcudeskError:
            return None
        rows = self.model.item_at(0)
        if rows is not None:
            for location in locations:
                if location.id == rows.appointment.location_id:
                    return location
        return locations[0] if locations else None

    def _on_booking_finished(self, result: int) -> None:
        dialog = self.booking_dialog
        if result == QDialog.DialogCode.Accepted and dialog is not None and dialog.booked:
            self.refresh()  # the bus would too; at once here


def _next_quarter(moment: datetime) -> datetime:
    moment = moment.replace(second=0, microsecond=0)
    return moment + timedelta(minutes=-moment.minute % 15)


@dataclass
class ClientBooking:
    """What a client's page gains: its Appointments tab, the tab's list, the header button."""

    page: QWidget
    button: QPushButton
    widget: ClientAppointmentsWidget | None = None


def attach_client_booking(
    page: ClientPage,
    search: BookSearchService,
    book: BookService,
    setup: BookSetupService,
    clients: ClientService,
    clock: Clock,
    user: User,
    relay: ChangeRelay,
) -> ClientBooking:
    """Put Book appointment… (Ctrl+B) and the Appointments tab on ``page``; for a new client
    both wait until the client is registered."""
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 0, 0, 0)
    index = page.ui.tabs.addTab(tab, translate("ClientPage", "Appoin&tments"))
    button = QPushButton(translate("ClientPage", "&Book appointment…"), page)
    button.setObjectName("bookAppointmentButton")
    page.ui.headerLayout.addWidget(button)
    booking = ClientBooking(tab, button)

    def build(client: Client | None = None) -> None:
        client = client or page.client()
        registered = client is not None
        page.ui.tabs.setTabEnabled(index, registered)
        button.setEnabled(registered)
        button.setToolTip(
            translate("ClientPage", "Book an appointment for this client (Ctrl+B)")
            if registered
            else translate("ClientPage", "Register the client first")
        )
        if client is not None and booking.widget is None:
            booking.widget = ClientAppointmentsWidget(
                search,
                book,
                setup,
                clients,
                clock,
                user,
                relay,
                (client.id, client.display_name),
                tab,
            )
            layout.addWidget(booking.widget)

    def book_now() -> None:
        if booking.widget is not None:
            booking.widget.book()

    button.clicked.connect(book_now)
    QShortcut(
        QKeySequence("Ctrl+B"),
        page,
        book_now,
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
    )
    page.form.client_saved.connect(build)
    build()
    page.booking = booking  # type: ignore[attr-defined]  # for tests and the help's pictures
    return booking
