"""The book read out: which appointments are asked for, by names people type, and their rows.

Names are matched as people type them: any case, spaces and accents ("facial  REJUVENATION"
finds "Facial rejuvenation"); a name that matches nothing is refused with the closest names.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from acudesk.domain.appointment_ics import CalendarEntry
from acudesk.domain.appointments import Appointment
from acudesk.domain.book_setup import name_key
from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import translate

MAX_DAYS = 366 * 2  # one listing or export covers at most two years


@dataclass(frozen=True, slots=True)
class BookQuery:
    """Appointments starting on the days ``first`` to ``last`` (both included, each in its
    location's zone), of one location or all (None), optionally one practitioner or room."""

    first: date
    last: date
    location_id: int | None = None
    practitioner_id: int | None = None
    room_id: int | None = None

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError(
                {"to": translate("book_listing", "The last day comes before the first.")}
            )
        if self.last - self.first > timedelta(days=MAX_DAYS):
            raise ValidationError(
                {
                    "to": translate("book_listing", "Ask for at most {days} days at once.").format(
                        days=MAX_DAYS
                    )
                }
            )


@dataclass(frozen=True, slots=True)
class BookNames:
    """What a person typed to name the book's things; None where they named nothing."""

    location: str | None = None
    service: str | None = None
    practitioner: str | None = None  # a username or a display name
    room: str | None = None


@dataclass(frozen=True, slots=True)
class BookChoice:
    """The names resolved: ids (None where nothing was named) and the location's zone."""

    location_id: int | None
    zone: str | None
    service_id: int | None = None
    practitioner_id: int | None = None
    room_id: int | None = None


@dataclass(frozen=True, slots=True)
class ListedAppointment:
    appointment: Appointment
    location: str
    zone: str
    practitioner: str  # display name, "" when none
    room: str  # "" when none

    def calendar_entry(self, clinic: str) -> CalendarEntry:
        return CalendarEntry(self.appointment, self.zone, self.practitioner, self.room, clinic)


LIST_COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "zone",
    "location",
    "room",
    "practitioner",
    "client_id",
    "client",
    "service",
    "status",
    "series_id",
    "notes",
)


def listing_row(item: ListedAppointment) -> dict[str, Any]:
    """One appointment as the list's columns: local date and times in its location's zone."""
    from zoneinfo import ZoneInfo

    a = item.appointment
    zone = ZoneInfo(item.zone)
    start, end = a.start.astimezone(zone), a.end.astimezone(zone)
    return {
        "id": a.id,
        "date": start.date().isoformat(),
        "start": start.strftime("%H:%M"),
        "end": end.strftime("%H:%M"),
        "zone": item.zone,
        "location": item.location,
        "room": item.room,
        "practitioner": item.practitioner,
        "client_id": a.client_id,
        "client": a.client_name,
        "service": a.service_name,
        "status": a.status.value,
        "series_id": a.series_id,
        "notes": a.notes,
    }


def match_name(typed: str, known: Sequence[tuple[int, str]], field: str, kind: str) -> int:
    """The id whose name is ``typed``; refused with the closest names when none or several.

    ``kind`` is the translated word for what is named ("service", "room"...).
    """
    key = name_key(typed)
    found = sorted({ident for ident, name in known if name_key(name) == key})
    if len(found) == 1:
        return found[0]
    names = sorted({name for _ident, name in known}, key=name_key)
    if found:
        message = translate("book_listing", "More than one {kind} is called «{name}».").format(
            kind=kind, name=typed
        )
        raise ValidationError({field: message})
    if not names:
        message = translate("book_listing", "The book has no {kind} yet.").format(kind=kind)
        raise ValidationError({field: message})
    by_key = {name_key(name): name for name in names}
    close = [k for k in by_key if key and key in k] or difflib.get_close_matches(
        key, list(by_key), n=1, cutoff=0.6
    )
    message = translate("book_listing", "No {kind} is called «{name}».").format(
        kind=kind, name=typed
    )
    if close:
        message += " " + translate("book_listing", "Did you mean «{name}»?").format(
            name=by_key[close[0]]
        )
    message += " " + translate("book_listing", "Known: {names}.").format(names=", ".join(names))
    raise ValidationError({field: message})
