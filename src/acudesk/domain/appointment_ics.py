"""Appointments as an iCalendar file (RFC 5545), for a reminder's attachment or an export.

Each appointment is one VEVENT whose UID is fixed by the appointment's id and the database's
own id (store/database_id: two clinics' appointment 12 stay two events), so a calendar that
imports a later file updates the event instead of adding a second one; SEQUENCE is the
appointment's version, so the later change wins; a cancelled appointment keeps its event with
STATUS:CANCELLED. Start and end are written in the location's zone (DTSTART;TZID=...) with a
VTIMEZONE for each zone used, so a course across a daylight-saving change reads at its local
time in any calendar program.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from acudesk.domain.appointments import Appointment
from acudesk.domain.i18n import translate

PRODUCT_ID = "-//acudesk//appointment book//EN"
UID_DOMAIN = "acudesk"


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One appointment with the names a calendar shows; blank names are left out."""

    appointment: Appointment
    zone: str  # the location's IANA zone, e.g. "Europe/Rome"
    practitioner: str = ""
    room: str = ""
    clinic: str = ""


def appointment_uid(appointment_id: int, domain: str = UID_DOMAIN) -> str:
    """The UID of an appointment's event: the same in every file made for it."""
    return f"appointment-{appointment_id}@{domain}"


def appointments_ics(
    entries: Sequence[CalendarEntry],
    *,
    stamp: datetime,
    with_client: bool = False,
    uid_domain: str = UID_DOMAIN,
    name: str = "",
) -> bytes:
    """The .ics text of ``entries``; ``stamp`` (aware) is the DTSTAMP of every event.

    ``with_client`` puts the client's name in each summary (a practitioner's own export);
    left False, as for a client's reminder, the summary names only the service.
    """
    if stamp.tzinfo is None:
        raise ValueError("stamp must be an aware datetime")
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
    for entry in entries:
        calendar.add_component(_event(entry, stamp, with_client, uid_domain))
    if entries:
        starts = [entry.appointment.start for entry in entries]
        ends = [entry.appointment.end for entry in entries]
        calendar.add_missing_timezones(
            first_date=(min(starts) - timedelta(days=366)).date(),
            last_date=(max(ends) + timedelta(days=366)).date(),
        )
    ics: bytes = calendar.to_ical()
    return ics


def _event(entry: CalendarEntry, stamp: datetime, with_client: bool, uid_domain: str) -> Event:
    appointment = entry.appointment
    zone = ZoneInfo(entry.zone)
    event = Event()
    event.add("uid", appointment_uid(appointment.id, uid_domain))
    event.add("dtstamp", stamp.astimezone(ZoneInfo("UTC")))
    event.add("dtstart", appointment.start.astimezone(zone))
    event.add("dtend", appointment.end.astimezone(zone))
    event.add("sequence", appointment.version)
    event.add("status", "CONFIRMED" if appointment.status.holds_time else "CANCELLED")
    event.add("summary", _summary(entry, with_client))
    where = ", ".join(part for part in (entry.clinic, entry.room) if part)
    if where:
        event.add("location", where)
    description = _description(entry)
    if description:
        event.add("description", description)
    return event


def _summary(entry: CalendarEntry, with_client: bool) -> str:
    appointment = entry.appointment
    if with_client and appointment.client_name:
        return translate("appointment_ics", "{service} – {client}").format(
            service=appointment.service_name, client=appointment.client_name
        )
    if entry.clinic:
        return translate("appointment_ics", "{service} at {clinic}").format(
            service=appointment.service_name, clinic=entry.clinic
        )
    return appointment.service_name


def _description(entry: CalendarEntry) -> str:
    lines = []
    if entry.practitioner:
        lines.append(
            translate("appointment_ics", "Practitioner: {name}").format(name=entry.practitioner)
        )
    if entry.room:
        lines.append(translate("appointment_ics", "Room: {name}").format(name=entry.room))
    if not entry.appointment.status.holds_time:
        lines.append(translate("appointment_ics", "This appointment was cancelled."))
    return "\n".join(lines)
