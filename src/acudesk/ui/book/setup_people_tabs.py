"""The set-up tabs of who works when: working hours per practitioner at the location, and
time off (a practitioner away, or the whole location closed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QWidget

from acudesk.domain.book_places import Location
from acudesk.domain.book_setup import TimeOff, WorkingHours
from acudesk.domain.book_time import Span, local_moment
from acudesk.domain.errors import ValidationError
from acudesk.domain.users import User
from acudesk.services.book_setup import BookSetupService
from acudesk.services.book_setup_people import PeopleSetupService
from acudesk.services.clock import Clock
from acudesk.ui.book.hours_widget import HoursWidget
from acudesk.ui.book.setup_tab import SetupTab
from acudesk.ui.i18n import DATE_TIME_EDIT_FORMAT, day_text, time_text, translate

_NOBODY = -1  # the who list's first row, Choose…: nobody chosen yet


class WorkingHoursTab(SetupTab):
    can_toggle = False

    def __init__(
        self,
        setup: BookSetupService,
        people: PeopleSetupService,
        actor: User,
        parent: QWidget | None = None,
    ) -> None:
        self._setup, self._people = setup, people
        super().__init__(actor, parent)
        self.ui.newButton.hide()

    def list_name(self) -> str:
        return translate("BookSetupDialog", "Practitioners")

    def build_fields(self) -> None:
        self.hours = HoursWidget(translate("BookSetupDialog", "Working hours"), self)
        self.add_field(
            "hours",
            translate("BookSetupDialog", "Working hours"),
            self.hours,
            translate("BookSetupDialog", "Working hours"),
        )
        self.add_pairs(self.hours.field_pairs())

    def records(self, location_id: int | None) -> list[tuple[str, Any, bool]]:
        assert location_id is not None
        names = dict(self._setup.practitioners(self._actor))
        rows = self._people.working_hours(self._actor, location_id)
        return [
            (
                names.get(h.user_id, "?")
                + ("" if h.hours else translate("BookSetupDialog", " · no hours set")),
                h,
                True,
            )
            for h in rows
        ]

    def fill(self, record: WorkingHours | None) -> None:
        self.hours.set_hours(record.hours if record else None)
        self.ui.saveButton.setEnabled(record is not None)

    def save(self, record: WorkingHours | None, location_id: int | None) -> WorkingHours:
        if record is None:
            raise ValidationError(
                {"hours": translate("BookSetupDialog", "Choose a practitioner in the list.")}
            )
        return self._people.save_working_hours(
            self._actor, replace(record, hours=self.hours.hours())
        )

    def toggle(self, record: Any) -> Any:
        return record


class TimeOffTab(SetupTab):
    def __init__(
        self,
        setup: BookSetupService,
        people: PeopleSetupService,
        clock: Clock,
        actor: User,
        parent: QWidget | None = None,
    ) -> None:
        self._setup, self._people, self._clock = setup, people, clock
        self._zones: dict[int, ZoneInfo] = {}
        super().__init__(actor, parent)

    def list_name(self) -> str:
        return translate("BookSetupDialog", "Time off and closures")

    def toggle_text(self, record: Any) -> str:
        return translate("BookSetupDialog", "Re&move")

    def set_locations(self, locations: list[Location], chosen: int | None) -> None:
        self._zones = {loc.id: loc.tz for loc in locations}
        super().set_locations(locations, chosen)

    def _zone(self) -> ZoneInfo:
        return self._zones.get(self.location_id() or 0, ZoneInfo("UTC"))

    def build_fields(self) -> None:
        self.who_combo = QComboBox(self)
        self.add_field(
            "who",
            translate("BookSetupDialog", "&Who"),
            self.who_combo,
            translate("BookSetupDialog", "Who is away"),
        )
        self.from_edit, self.to_edit = QDateTimeEdit(self), QDateTimeEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_TIME_EDIT_FORMAT)
        self.add_field(
            "start",
            translate("BookSetupDialog", "&From"),
            self.from_edit,
            translate("BookSetupDialog", "Away from"),
        )
        self.add_field(
            "end",
            translate("BookSetupDialog", "&To"),
            self.to_edit,
            translate("BookSetupDialog", "Away until"),
        )
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(translate("BookSetupDialog", "e.g. Holiday, training"))
        self.add_field(
            "reason",
            translate("BookSetupDialog", "R&eason"),
            self.reason_edit,
            translate("BookSetupDialog", "Reason"),
        )

    def records(self, location_id: int | None) -> list[tuple[str, Any, bool]]:
        assert location_id is not None
        names = dict(self._setup.practitioners(self._actor))
        self.who_combo.clear()
        # No default: a new entry names who is away, so Enter never closes a location by chance.
        self.who_combo.addItem(translate("BookSetupDialog", "Choose…"), _NOBODY)
        self.who_combo.addItem(translate("BookSetupDialog", "The whole location (closed)"), None)
        for user_id, name in names.items():
            self.who_combo.addItem(name, user_id)
        rows = []
        for entry in self._people.time_off(self._actor, location_id):
            who = (
                names.get(entry.user_id, "?")
                if entry.user_id is not None
                else translate("BookSetupDialog", "Closed")
            )
            start = entry.span.start.astimezone(self._zone())
            end = entry.span.end.astimezone(self._zone())
            text = translate("BookSetupDialog", "{start} to {end} · {who}").format(
                start=_moment_text(start), end=_moment_text(end), who=who
            )
            rows.append((f"{text} · {entry.reason}" if entry.reason else text, entry, True))
        return rows

    def fill(self, record: TimeOff | None) -> None:
        zone = self._zone()
        if record is None:
            day = datetime.combine(self._clock().date(), time(0))
            span = (day, day.replace(hour=23, minute=59))
        else:
            span = (record.span.start.astimezone(zone), record.span.end.astimezone(zone))
        self.from_edit.setDateTime(_qt(span[0]))
        self.to_edit.setDateTime(_qt(span[1]))
        if record is None:
            index = 0  # Choose…
        elif record.user_id is None:
            index = 1  # the whole location
        else:
            index = max(self.who_combo.findData(record.user_id), 0)
        self.who_combo.setCurrentIndex(index)
        self.reason_edit.setText(record.reason if record else "")

    def save(self, record: TimeOff | None, location_id: int | None) -> TimeOff:
        zone = self._zone()
        start, end = _moment(self.from_edit, zone), _moment(self.to_edit, zone)
        if end <= start:  # before the Span, which refuses to exist backwards
            raise ValidationError(
                {"end": translate("BookSetupDialog", "The time off must end after it starts.")}
            )
        user_id = self.who_combo.currentData()
        if user_id == _NOBODY:
            raise ValidationError(
                {
                    "who": translate(
                        "BookSetupDialog",
                        "Choose who is away, or the whole location for a closure.",
                    )
                }
            )
        value = TimeOff(
            Span(start, end),
            user_id,
            None if user_id is not None else location_id,
            self.reason_edit.text(),
            record.id if record else None,
            record.version if record else 0,
        )
        return self._people.save_time_off(self._actor, value)

    def toggle(self, record: TimeOff) -> None:
        self._people.remove_time_off(self._actor, record)
        return None


def _moment_text(moment: datetime) -> str:
    """A day, with its time unless midnight (closures run from day to day)."""
    if moment.hour == moment.minute == 0:
        return day_text(moment.date())
    return f"{day_text(moment.date())} {time_text(moment)}"


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def _moment(edit: QDateTimeEdit, zone: ZoneInfo) -> datetime:
    shown = edit.dateTime()
    day, at = shown.date(), shown.time()
    return local_moment(
        date(day.year(), day.month(), day.day()), time(at.hour(), at.minute()), zone
    )
