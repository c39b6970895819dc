"""The book read out: names resolved, listings, the .ics export, and the day and week sheets
(here for `acudesk day-sheet`; BookService.day_sheet and week_sheet give the Book screen the
same PDFs).

Every read of appointments is audited (one event a listing, export or sheet, saying what was
asked for); each method checks `book` against the account as it is now.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from acudesk.domain.appointment_ics import appointments_ics
from acudesk.domain.audit import AuditAction
from acudesk.domain.book_listing import (
    BookChoice,
    BookNames,
    BookQuery,
    ListedAppointment,
    match_name,
)
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.domain.users import Permission, User
from acudesk.services.work import Service, Work
from acudesk.store import book as queries
from acudesk.store import book_listing as listing
from acudesk.store.book_models import LocationRecord

KINDS = {
    "location": QT_TRANSLATE_NOOP("book_listing", "location"),
    "service": QT_TRANSLATE_NOOP("book_listing", "service"),
    "practitioner": QT_TRANSLATE_NOOP("book_listing", "practitioner"),
    "room": QT_TRANSLATE_NOOP("book_listing", "room"),
}


def _kind(field: str) -> str:
    return translate("book_listing", KINDS[field])


class BookReadService(Service):
    def choose(self, actor: User, names: BookNames, *, need_location: bool = False) -> BookChoice:
        """The ids of what ``names`` names; refused with the closest names when one is unknown.

        The location is the one named, else the named room's, else the only one; with
        ``need_location`` and several locations, one must be named.
        """
        with self._read_as(actor, Permission.BOOK) as session:
            return _choose(session, names, need_location)

    def listing(self, actor: User, query: BookQuery) -> list[ListedAppointment]:
        """The appointments ``query`` asks for, in time order, with their names; audited."""
        with self._work(actor, Permission.BOOK) as work:
            found = listing.listed(work.session, query)
            work.audit(AuditAction.READ, "appointment", _asked(query, len(found)))
            return found

    def calendar(self, actor: User, query: BookQuery, *, name: str = "") -> bytes:
        """The .ics of the appointments ``query`` asks for (client names in summaries)."""
        from acudesk.store.clinic import clinic_record
        from acudesk.store.database_id import calendar_domain

        with self._work(actor, Permission.BOOK) as work:
            found = listing.listed(work.session, query)
            clinic = clinic_record(work.session)
            clinic_name = clinic.name if clinic else ""
            work.audit(AuditAction.EXPORT, "appointment", "ics " + _asked(query, len(found)))
            entries = [item.calendar_entry(clinic_name) for item in found]
            stamp = work.clock().astimezone(UTC)  # the clock is local wall time
            calendar_name = name or clinic_name
            return appointments_ics(
                entries,
                stamp=stamp,
                with_client=True,
                name=calendar_name,
                uid_domain=calendar_domain(work.session),
            )

    def sheet(
        self,
        actor: User,
        location_id: int,
        day: date,
        *,
        practitioner_id: int | None = None,
        room_id: int | None = None,
        week: bool = False,
    ) -> bytes:
        """A day sheet of every room, or only one practitioner's or room's day; with ``week``
        the whole clinic's week around ``day``. Audited as an export."""
        with self._work(actor, Permission.BOOK) as work:
            if week:
                return week_sheet_pdf(work, location_id, day)
            by_room = practitioner_id is None
            only = room_id if by_room else practitioner_id
            return day_sheet_pdf(work, location_id, day, by_room=by_room, only=only)


def week_sheet_pdf(work: Work, location_id: int, day: date) -> bytes:
    """The whole clinic's week (Monday to Sunday around ``day``) as PDF; audited."""
    from acudesk.documents.week_sheet import WeekSheet, build_week_sheet

    location, details, paper = _sheet_context(work.session, location_id)
    monday = day - timedelta(days=day.weekday())
    query = BookQuery(monday, monday + timedelta(days=6), location_id=location_id)
    found = listing.listed(work.session, query)
    work.audit(
        AuditAction.EXPORT,
        "week_sheet",
        f"{location.name} {monday.isoformat()}",
        entity_id=location_id,
    )
    zone = ZoneInfo(location.zone)
    return build_week_sheet(
        WeekSheet(details, location.name, monday, zone, found, work.clock(), paper)
    )


def day_sheet_pdf(
    work: Work, location_id: int, day: date, *, by_room: bool, only: int | None = None
) -> bytes:
    """The day sheet of a location: a section per room (or practitioner), or only ``only``'s."""
    from acudesk.documents.day_sheet import DaySheet, DaySheetColumn, build_day_sheet

    session = work.session
    location, details, paper = _sheet_context(session, location_id)
    zone = ZoneInfo(location.zone)
    start = datetime.combine(day, time(0), tzinfo=zone)
    shown = queries.appointments_between(session, location_id, start, start + timedelta(days=1))
    titles = queries.column_titles(session, location_id, by_room)
    if only is not None:
        titles = [(key, title) for key, title in titles if key == only]
    columns = [
        DaySheetColumn(
            title, [a for a in shown if (a.room_id if by_room else a.practitioner_id) == key]
        )
        for key, title in titles
    ]
    what = "" if only is None else (f" room {only}" if by_room else f" practitioner {only}")
    work.audit(
        AuditAction.EXPORT,
        "day_sheet",
        f"{location.name} {day.isoformat()}{what}",
        entity_id=location_id,
    )
    sheet = DaySheet(details, location.name, day, zone, columns, work.clock(), paper)
    return build_day_sheet(sheet)


def _sheet_context(session: Session, location_id: int) -> tuple[LocationRecord, ClinicDetails, str]:
    from acudesk.store.clinic import clinic_record, to_details
    from acudesk.store.settings import load_handout_settings

    location = session.get(LocationRecord, location_id)
    clinic = clinic_record(session)
    if location is None or clinic is None:
        raise ValidationError({"location": translate("book", "Choose a location.")})
    return location, to_details(clinic), load_handout_settings(session).page_size


def _asked(query: BookQuery, count: int) -> str:
    parts = [f"{query.first.isoformat()}..{query.last.isoformat()}"]
    for label, value in (
        ("location", query.location_id),
        ("practitioner", query.practitioner_id),
        ("room", query.room_id),
    ):
        if value is not None:
            parts.append(f"{label} {value}")
    return " ".join(parts) + f": {count} appointments"


def _choose(session: Session, names: BookNames, need_location: bool) -> BookChoice:
    locations = listing.location_names(session)
    zones = {ident: zone for ident, _name, zone in locations}
    location_id: int | None = None
    if names.location is not None:
        known = [(ident, name) for ident, name, _zone in locations]
        location_id = match_name(names.location, known, "location", _kind("location"))
    rooms = [r for r in listing.room_names(session) if location_id in (None, r[1])]
    room_id = _optional(names.room, [(i, n) for i, _l, n in rooms], "room")
    if location_id is None and room_id is not None:
        location_id = next(loc for ident, loc, _name in rooms if ident == room_id)
    if location_id is None and (need_location or len(locations) == 1):
        location_id = _only_location(locations)
    service_id = _optional(names.service, listing.service_names(session), "service")
    practitioner_id = _practitioner(session, names.practitioner)
    return BookChoice(
        location_id,
        zones.get(location_id) if location_id is not None else None,
        service_id,
        practitioner_id,
        room_id,
    )


def _optional(typed: str | None, known: list[tuple[int, str]], field: str) -> int | None:
    return None if typed is None else match_name(typed, known, field, _kind(field))


def _practitioner(session: Session, typed: str | None) -> int | None:
    if typed is None:
        return None
    people = listing.practitioner_names(session)
    by_username = [(ident, username) for ident, username, _name in people]
    try:
        return match_name(typed, by_username, "practitioner", _kind("practitioner"))
    except ValidationError:
        by_name = [(ident, name) for ident, _username, name in people]
        return match_name(typed, by_name, "practitioner", _kind("practitioner"))


def _only_location(locations: list[tuple[int, str, str]]) -> int:
    if not locations:
        raise ValidationError(
            {"location": translate("book_listing", "The book has no location yet.")}
        )
    if len(locations) > 1:
        names = ", ".join(name for _ident, name, _zone in locations)
        raise ValidationError(
            {
                "location": translate(
                    "book_listing", "Say which location: this book has several ({names})."
                ).format(names=names)
            }
        )
    return locations[0][0]
