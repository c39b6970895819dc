"""Booking by keyboard: type part of the client's name, choose the service, Enter.

With more than one session the dialog books a course: the sessions are checked first, any
clash is listed with its nearest free alternative, and Book again books the ticked ones. Find
next free (Alt+F) fills in the next free time for the service, practitioner and room chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from acudesk.domain.appointments import Appointment, BookingClash, BookingRequest, CourseClash
from acudesk.domain.book_course import Occurrence, in_plans_room
from acudesk.domain.book_places import Location
from acudesk.domain.book_rules import Slot
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.book import BookService
from acudesk.services.book_search import BookSearchService
from acudesk.services.book_setup import BookSetupService
from acudesk.services.clients import ClientService
from acudesk.ui.forms.ui_booking_dialog import Ui_BookingDialog
from acudesk.ui.i18n import DATE_TIME_EDIT_FORMAT, QT_TRANSLATE_NOOP, translate
from acudesk.ui.widgets.theme import restyle

CLIENT_MATCHES = 8
EVERY = (
    (1, QT_TRANSLATE_NOOP("BookingDialog", "Every week")),
    (2, QT_TRANSLATE_NOOP("BookingDialog", "Every 2 weeks")),
    (4, QT_TRANSLATE_NOOP("BookingDialog", "Every 4 weeks")),
)


class BookingDialog(QDialog):
    def __init__(
        self,
        book: BookService,
        setup: BookSetupService,
        clients: ClientService,
        actor: User,
        location: Location,
        *,
        start: datetime,
        room_id: int | None = None,
        practitioner_id: int | None = None,
        search: BookSearchService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_BookingDialog()
        ui.setupUi(self)
        self._book, self._clients, self._actor, self._location = book, clients, actor, location
        self.actor, self.location = actor, location  # for Find next free
        self._finder: FindNextFree | None = None
        if search is not None:  # Find next free (Alt+F)
            from acudesk.ui.book.find_next_free import FindNextFree

            self._finder = FindNextFree(self, search)
        ui.findFreeButton.setVisible(search is not None)
        self._plan: list[Occurrence] = []
        self.booked: list[Appointment] = []
        _fill_choices(ui, setup, actor, location.id)
        _choose(ui.practitionerCombo, practitioner_id)
        if room_id is not None:  # else the first choice: any free room
            _choose(ui.roomCombo, room_id)
        for weeks, text in EVERY:
            ui.everyCombo.addItem(translate("BookingDialog", text), weeks)
        local = start.astimezone(location.tz).replace(tzinfo=None)
        ui.startEdit.setDateTime(QDateTime(local))
        ui.startEdit.setDisplayFormat(DATE_TIME_EDIT_FORMAT)
        self._book_button = ui.buttonBox.addButton(
            translate("BookingDialog", "&Book"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._book_button.setDefault(True)
        ui.buttonBox.accepted.connect(self._on_book_clicked)
        ui.buttonBox.rejected.connect(self.reject)
        ui.acceptAllButton.clicked.connect(self._on_accept_all_clicked)
        ui.clientEdit.textChanged.connect(self._on_client_edit_changed)
        ui.clientEdit.returnPressed.connect(self._on_client_edit_return)
        ui.countSpin.valueChanged.connect(self._on_course_changed)
        ui.everyCombo.currentIndexChanged.connect(self._on_course_changed)
        ui.planList.setWordWrap(True)
        ui.planList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.planList.hide()
        ui.acceptAllButton.hide()
        ui.everyCombo.setEnabled(False)
        ui.clientEdit.setFocus()

    def choose_client(self, client_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, client_id)
        self.ui.clientList.clear()
        self.ui.clientList.addItem(item)
        self.ui.clientList.setCurrentRow(0)

    def choose_service(self, service_id: int) -> None:
        _choose(self.ui.serviceCombo, service_id)

    def _on_client_edit_changed(self, text: str) -> None:
        ui = self.ui
        ui.clientList.clear()
        if not text.strip():
            return
        try:
            rows = self._clients.search(self._actor, text, limit=CLIENT_MATCHES)
        except AcudeskError as error:
            self._say(error.message)
            return
        for row in rows:
            born = row.date_of_birth.isoformat() if row.date_of_birth else ""
            item = QListWidgetItem(" · ".join(p for p in (row.display_name, born, row.phone) if p))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            ui.clientList.addItem(item)
        if rows:
            ui.clientList.setCurrentRow(0)

    def _on_client_edit_return(self) -> None:
        if self.ui.clientList.currentItem() is not None:
            self.ui.serviceCombo.setFocus()

    def _on_course_changed(self) -> None:
        self.ui.everyCombo.setEnabled(self.ui.countSpin.value() > 1)
        self._plan = []
        self.ui.planList.clear()
        self.ui.planList.hide()
        self.ui.acceptAllButton.hide()

    def _request(self) -> BookingRequest | None:
        ui = self.ui
        chosen = ui.clientList.currentItem()
        if chosen is None:
            self._say(translate("BookingDialog", "Choose the client: type part of their name."))
            ui.clientEdit.setFocus()
            return None
        if ui.serviceCombo.currentData() is None:
            self._say(
                translate("BookingDialog", "The book has no services yet: set them up first.")
            )
            return None
        local = _as_datetime(ui.startEdit.dateTime().toPython())
        room = ui.roomCombo.currentData()
        return BookingRequest(
            client_id=int(chosen.data(Qt.ItemDataRole.UserRole)),
            service_id=int(ui.serviceCombo.currentData()),
            location_id=self._location.id,
            start=local.replace(tzinfo=self._location.tz),
            practitioner_id=ui.practitionerCombo.currentData(),
            room_id=None if room == ANY_ROOM else room,
            any_room=room == ANY_ROOM,
            device_id=self._finder.device_for() if self._finder else None,
            notes=ui.notesEdit.text(),
        )

    def _rule(self) -> str:
        weeks = int(self.ui.everyCombo.currentData() or 1)
        return f"FREQ=WEEKLY;INTERVAL={weeks};COUNT={self.ui.countSpin.value()}"

    def _on_book_clicked(self) -> None:
        request = self._request()
        if request is None:
            return
        try:
            if self.ui.countSpin.value() == 1:
                self.booked = [self._book.book(self._actor, request)]
            elif not self._plan:
                self._plan = self._book.plan_course(self._actor, request, self._rule())
                if all(o.free for o in self._plan):
                    self.booked = self._book.book_course(
                        self._actor,
                        in_plans_room(request, self._plan),
                        [o.slot.start for o in self._plan],
                    )
                else:
                    self._show_plan(self._plan)
                    return
            else:
                self.booked = self._book.book_course(
                    self._actor, in_plans_room(request, self._plan), self._chosen_starts()
                )
        except BookingClash as clash:
            self._say_clash(clash)
            return
        except CourseClash as clash:
            self._plan = list(clash.plan)
            self._show_plan(self._plan)
            self._say(clash.message)
            return
        except AcudeskError as error:
            self._say(error.message)
            return
        self.accept()

    def _say_clash(self, clash: BookingClash) -> None:
        message = clash.message
        if clash.alternative is not None:
            local = clash.alternative.start.astimezone(self._location.tz).replace(tzinfo=None)
            self.ui.startEdit.setDateTime(QDateTime(local))
            message += " " + translate(
                "BookingDialog", "The next free time, {when}, is filled in: press Book to take it."
            ).format(when=_when(local))
        self._say(message)

    def _show_plan(self, plan: Sequence[Occurrence]) -> None:
        ui = self.ui
        ui.planList.clear()
        zone = self._location.tz
        for number, occurrence in enumerate(plan, start=1):
            when = _when(occurrence.slot.start.astimezone(zone))
            if occurrence.free:
                text = translate("BookingDialog", "{n}. {when}: free").format(n=number, when=when)
            elif occurrence.alternative is not None:
                other = _when(occurrence.alternative.start.astimezone(zone))
                text = translate(
                    "BookingDialog", "{n}. {when}: {problem} Tick to take {other} instead."
                ).format(n=number, when=when, problem=occurrence.clashes[0].message, other=other)
            else:
                text = translate(
                    "BookingDialog", "{n}. {when}: {problem} No free time near."
                ).format(n=number, when=when, problem=occurrence.clashes[0].message)
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if occurrence.free else Qt.CheckState.Unchecked
            )
            ui.planList.addItem(item)
        clashing = sum(1 for o in plan if not o.free)
        self._say(
            translate(
                "BookingDialog",
                "%n session(s) clash. Tick the alternatives to take, then press Book.",
                None,
                clashing,
            )
        )
        ui.planList.show()
        ui.acceptAllButton.setVisible(any(o.alternative for o in plan if not o.free))

    def _on_accept_all_clicked(self) -> None:
        for row, occurrence in enumerate(self._plan):
            if occurrence.free or occurrence.alternative is not None:
                self.ui.planList.item(row).setCheckState(Qt.CheckState.Checked)

    def _chosen_starts(self) -> list[datetime]:
        starts = []
        for row, occurrence in enumerate(self._plan):
            if self.ui.planList.item(row).checkState() != Qt.CheckState.Checked:
                continue
            if occurrence.free:
                starts.append(occurrence.slot.start)
            elif occurrence.alternative is not None:
                starts.append(occurrence.alternative.start)
        return starts

    def _say(self, message: str, *, error: bool = True) -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setProperty("role", "error" if error else "hint")
        restyle(self.ui.messageLabel)

    def take_slot(self, slot: Slot) -> None:
        """Fill in a free slot found for this booking: its service, start, practitioner, room."""
        ui = self.ui
        _choose(ui.serviceCombo, slot.service.id)
        local = slot.start.astimezone(self._location.tz).replace(tzinfo=None)
        ui.startEdit.setDateTime(QDateTime(local))
        _choose(ui.practitionerCombo, slot.practitioner_id)
        if slot.room_id is not None:
            _choose(ui.roomCombo, slot.room_id)
        if self._finder is not None:
            self._finder.found = slot

    def say(self, message: str, *, error: bool = True) -> None:
        self._say(message, error=error)


ANY_ROOM = "any"  # the room combo's first choice: the service books the first room free then


def _fill_choices(
    ui: Ui_BookingDialog, setup: BookSetupService, actor: User, location_id: int
) -> None:
    """The services, practitioners and the location's active rooms to choose from."""
    for service in setup.service_types(actor):
        ui.serviceCombo.addItem(
            translate("BookingDialog", "{name} ({minutes} min)").format(
                name=service.name, minutes=service.minutes
            ),
            service.id,
        )
    ui.practitionerCombo.addItem(translate("BookingDialog", "Anyone"), None)
    for person_id, name in setup.practitioners(actor):
        ui.practitionerCombo.addItem(name, person_id)
    rooms = [room for room in setup.rooms(actor, location_id) if room.active]
    if rooms:
        ui.roomCombo.addItem(translate("BookingDialog", "Any free room"), ANY_ROOM)
    for room in rooms:
        ui.roomCombo.addItem(room.name, room.id)
    ui.roomCombo.addItem(translate("BookingDialog", "No room"), None)


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _as_datetime(value: object) -> datetime:
    assert isinstance(value, datetime)
    return value


def _when(moment: datetime) -> str:
    """ "Tue 16 Mar 10:00" in the screens' language."""
    return QLocale().toString(QDateTime(moment.replace(tzinfo=None)), "ddd d MMM HH:mm")
