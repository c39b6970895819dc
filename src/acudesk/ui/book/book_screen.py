"""The appointment book's day: columns by room or by practitioner, the day's statuses.

It follows the change bus, so a booking made at another workstation appears here; Alt+Left and
Alt+Right move a day (a week, a month), Shift+P hides names, Ctrl+B (or a double-click on an
empty time) books. The day, week and month views and their tools live in book_views.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from acudesk.domain.appointments import Appointment
from acudesk.domain.book_places import Location
from acudesk.domain.changes import Changes
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import Permission, User
from acudesk.services.book import BookService
from acudesk.services.book_search import BookSearchService
from acudesk.services.book_setup import BookSetupService
from acudesk.services.clients import ClientService
from acudesk.services.clock import Clock
from acudesk.ui.book.appointment_card import AppointmentCard
from acudesk.ui.book.book_day_view import DAY_COLUMN, WEEK_COLUMN, BookDayView
from acudesk.ui.book.book_items import Column
from acudesk.ui.book.book_span import days_shown, hours_shown, span_title, week_columns
from acudesk.ui.book.book_views import WEEK, BookViews, stepped
from acudesk.ui.book.booking_dialog import BookingDialog
from acudesk.ui.book.day_sheet_file import (
    SheetAsked,
    ask_sheet_path,
    label_sheet_button,
    save_sheet,
)
from acudesk.ui.forms.ui_book_screen import Ui_BookScreen
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, day_text, time_text, translate
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.widgets.theme import restyle

if TYPE_CHECKING:
    from acudesk.ui.book.visit_windows import VisitsFactory

NO_LOCATION = QT_TRANSLATE_NOOP(
    "BookScreen",
    "The book has no location yet. An administrator sets it up with Set up… (its opening "
    "hours, rooms and services).",
)


class BookScreen(QWidget):
    def __init__(
        self,
        book: BookService,
        setup: BookSetupService,
        clients: ClientService,
        clock: Clock,
        user: User,
        relay: ChangeRelay,
        parent: QWidget | None = None,
        *,
        visits: VisitsFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_BookScreen()
        ui.setupUi(self)
        self._book, self._setup, self._clients = book, setup, clients
        self._clock, self._user = clock, user
        self._locations: list[Location] = []
        self._appointments: list[Appointment] = []
        self._chosen: Appointment | None = None
        # Set by book_tools.attach_tools: Next free…'s search, and a course's "this and the
        # following" asked before a drop (True: it takes the drop over).
        self.user = user
        self.search: BookSearchService | None = None
        self.tools: object = None
        self.drop_hook: (
            Callable[[Appointment, datetime, int, dict[str, int], Callable[[], None]], bool] | None
        ) = None
        self._notice = ""  # what the last action did, kept above the day's count
        self.day = clock().date()
        self.view = BookDayView(self)
        ui.dayLayout.addWidget(self.view)
        self.views = BookViews(self, book, setup, user, clock, self._say, relay)
        ui.byCombo.addItem(translate("BookScreen", "By room"), True)
        ui.byCombo.addItem(translate("BookScreen", "By practitioner"), False)
        self.card = AppointmentCard(ui, book, user, self, visits)
        _connect(self)
        _add_shortcuts(self)
        relay.changed.connect(self._on_relay_changed)
        self._load_locations()
        self._show_detail(None)

    @property
    def location(self) -> Location | None:
        index = self.ui.locationCombo.currentIndex()
        return self._locations[index] if 0 <= index < len(self._locations) else None

    def _load_locations(self) -> None:
        combo = self.ui.locationCombo
        current = self.location.id if self.location else None
        self._locations = self._setup.locations(self._user)
        combo.blockSignals(True)
        combo.clear()
        for location in self._locations:
            combo.addItem(location.name, location.id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        combo.setVisible(len(self._locations) > 1)
        self.refresh()

    def refresh(self) -> None:
        if self.views.showing_month():
            return
        ui = self.ui
        location = self.location
        week = self.week
        days = days_shown(self.day, week)
        ui.dayLabel.setText(span_title(self.day, week))
        ui.byCombo.setVisible(not week)
        label_sheet_button(ui.daySheetButton, week)
        ui.newButton.setEnabled(location is not None)
        ui.daySheetButton.setEnabled(location is not None)
        if location is None:
            self._say(translate("BookScreen", NO_LOCATION))
            self.view.show_day(self.day, ZoneInfo("UTC"), [], [])
            return
        zone = location.tz
        start = datetime.combine(days[0], time(0), tzinfo=zone)
        end = datetime.combine(days[-1] + timedelta(days=1), time(0), tzinfo=zone)
        try:
            self._appointments = self._book.between(self._user, location.id, start, end)
            columns = week_columns(self.day, True) if week else self._columns(location)
        except AcudeskError as error:
            self._say(error.message)
            return
        hours = hours_shown(location, days)
        now = self._clock().replace(tzinfo=zone)
        self.view.show_day(
            self.day,
            zone,
            columns,
            self._appointments,
            hours=hours,
            now=now,
            private=ui.privacyCheck.isChecked(),
            min_column=WEEK_COLUMN if week else DAY_COLUMN,
        )
        held = [a for a in self._appointments if a.status.holds_time]
        count = (
            translate("BookScreen", "%n appointment(s) this week.", None, len(held))
            if week
            else translate("BookScreen", "%n appointment(s) this day.", None, len(held))
            if columns
            else translate("BookScreen", "Add rooms with Set up… to see the columns.")
        )
        self._say(" ".join(part for part in (self._notice, count) if part))
        if self._chosen is not None:
            fresh = [a for a in self._appointments if a.id == self._chosen.id]
            self._show_detail(fresh[0] if fresh else None)

    def _columns(self, location: Location) -> list[Column]:
        if self.ui.byCombo.currentData():
            return [
                Column(room.id, room.name, True)
                for room in self._setup.rooms(self._user, location.id)
                if room.active
            ]
        return [Column(pid, name, False) for pid, name in self._setup.practitioners(self._user)]

    def _on_relay_changed(self, changes: Changes) -> None:
        if changes.everything or changes.book:
            self._load_locations()
        elif changes.appointments or changes.clients:
            self.refresh()

    @property
    def week(self) -> bool:
        return self.views.span == WEEK

    def _on_previous_clicked(self) -> None:
        self.show_date(stepped(self.day, self.views.span, -1))

    def _on_next_clicked(self) -> None:
        self.show_date(stepped(self.day, self.views.span, 1))

    def _on_today_clicked(self) -> None:
        self.show_date(self._clock().date())

    def show_date(self, day: date) -> None:
        self.day = day
        self._chosen = None
        self._notice = ""
        self._show_detail(None)
        self.refresh()

    def _on_new_clicked(self) -> None:
        location = self.location
        if location is None:
            return
        start = datetime.combine(self.day, hours_shown(location, [self.day])[0], tzinfo=location.tz)
        self.open_booking(start)

    def _on_slot_chosen(self, key: int | None, start: datetime) -> None:
        self.open_booking(start, **self._column_fields(key))

    def open_booking(
        self, start: datetime, *, room_id: int | None = None, practitioner_id: int | None = None
    ) -> BookingDialog | None:
        location = self.location
        if location is None:
            return None
        dialog = BookingDialog(
            self._book,
            self._setup,
            self._clients,
            self._user,
            location,
            start=start,
            room_id=room_id,
            practitioner_id=practitioner_id,
            search=self.search,
            parent=self,
        )
        dialog.open()
        dialog.finished.connect(self._on_booking_finished)
        self.booking_dialog = dialog
        return dialog

    def _on_booking_finished(self, result: int) -> None:
        dialog = self.booking_dialog
        location = self.location
        if result != QDialog.DialogCode.Accepted or not dialog.booked or location is None:
            return
        first = dialog.booked[0]
        local = first.start.astimezone(location.tz)
        self._notice = translate("BookScreen", "Booked {client}, {day} {time}.").format(
            client=first.client_name, day=day_text(local.date()), time=time_text(local.time())
        )
        self.refresh()

    def _on_day_sheet_clicked(self) -> None:
        asked = self._sheet_asked()
        if asked is not None:
            path = ask_sheet_path(self, asked)
            if path is not None:
                self.save_day_sheet(path)

    def _sheet_asked(self) -> SheetAsked | None:
        location = self.location
        by_room = bool(self.ui.byCombo.currentData())
        return None if location is None else SheetAsked(location, self.day, by_room, self.week)

    def save_day_sheet(self, path: Path) -> bool:
        """Write the day shown (the week, in the week view) as a PDF at ``path``, owner-only."""
        asked = self._sheet_asked()
        if asked is None:
            return False
        saved, self._notice = save_sheet(self._book, self._user, asked, path)
        self.refresh()
        return saved

    def _on_setup_clicked(self) -> None:
        from acudesk.ui.book.book_setup_dialog import BookSetupDialog

        dialog = BookSetupDialog(
            self._setup, self._user, self.location, self, clock=self._clock, book=self._book
        )
        dialog.open()
        self.setup_dialog = dialog

    def _column_fields(self, key: int | None) -> dict[str, int]:
        if key is None:  # a day of the week: the appointment keeps its room and practitioner
            return {}
        return {"room_id": key} if self.ui.byCombo.currentData() else {"practitioner_id": key}

    def _drop_problems(
        self, appointment: Appointment, start: datetime, key: int | None, minutes: int
    ) -> list[str]:
        try:
            return self._book.check_move(
                self._user, appointment, start, minutes=minutes, **self._column_fields(key)
            )
        except AcudeskError as error:
            return [error.message]

    def _on_appointment_dropped(
        self, appointment: Appointment, start: datetime, key: int | None, minutes: int
    ) -> None:
        def one() -> None:
            self.move_one(appointment, start, key, minutes)

        hook, fields = self.drop_hook, self._column_fields(key)
        if hook is None or not hook(appointment, start, minutes, fields, one):
            one()

    def move_one(
        self, appointment: Appointment, start: datetime, key: int | None, minutes: int
    ) -> None:
        try:
            moved = self._book.move(
                self._user, appointment, start, minutes=minutes, **self._column_fields(key)
            )
        except AcudeskError as error:
            self._notice = error.message
            self.refresh()
            return
        local = moved.start.astimezone(
            moved.start.tzinfo if self.location is None else self.location.tz
        )
        self._notice = translate("BookScreen", "Moved {client} to {time}.").format(
            client=moved.client_name, time=time_text(local.time())
        )
        self._chosen = moved
        self.refresh()

    def _on_appointment_selected(self, appointment: Appointment | None) -> None:
        self._chosen = appointment
        self._show_detail(appointment)

    def _show_detail(self, appointment: Appointment | None) -> None:
        self.card.show(
            appointment,
            self.location.tz if self.location else None,
            private=self.ui.privacyCheck.isChecked(),
        )

    def _on_card_changed(self, appointment: Appointment) -> None:
        self._chosen = appointment
        self.refresh()

    def tell(self, message: str) -> None:
        """Say what an action did, above the day's count (the card's, the waitlist's)."""
        self._notice = message
        self.refresh()

    def _say(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        restyle(self.ui.messageLabel)


def _connect(screen: BookScreen) -> None:
    """The screen's controls, card and view, wired to its slots."""
    ui = screen.ui
    for combo in (ui.spanCombo, ui.byCombo, ui.locationCombo):
        combo.currentIndexChanged.connect(screen.refresh)
    for button, slot in (
        (ui.previousButton, screen._on_previous_clicked),
        (ui.nextButton, screen._on_next_clicked),
        (ui.todayButton, screen._on_today_clicked),
        (ui.newButton, screen._on_new_clicked),
        (ui.setupButton, screen._on_setup_clicked),
        (ui.daySheetButton, screen._on_day_sheet_clicked),
    ):
        button.clicked.connect(slot)
    ui.privacyCheck.toggled.connect(screen.refresh)
    screen.card.changed.connect(screen._on_card_changed)
    screen.card.failed.connect(screen.tell)
    admin = screen.user.can(Permission.MANAGE_CLINIC)
    ui.setupButton.setEnabled(admin)
    if not admin:
        ui.setupButton.setToolTip(
            translate("BookScreen", "Only an administrator sets up locations, rooms and services.")
        )
    screen.view.slot_chosen.connect(screen._on_slot_chosen)
    screen.view.appointment_selected.connect(screen._on_appointment_selected)
    screen.view.appointment_dropped.connect(screen._on_appointment_dropped)
    screen.view.checker = screen._drop_problems


def _add_shortcuts(screen: BookScreen) -> None:
    for keys, slot in (
        ("Alt+Left", screen._on_previous_clicked),
        ("Alt+Right", screen._on_next_clicked),
        ("Ctrl+B", screen._on_new_clicked),
        ("Shift+P", screen.ui.privacyCheck.toggle),
    ):
        QShortcut(QKeySequence(keys), screen, slot)
