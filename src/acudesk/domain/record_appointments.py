"""A client's appointments as the record file writes them (docs/record-format.md)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from acudesk.domain.book_listing import ListedAppointment


def appointment_to_dict(item: ListedAppointment) -> dict[str, Any]:
    """One appointment: start and end as local times in its location's zone with their UTC
    offset (2027-03-30T10:00+01:00: unambiguous across a clock change), with names."""
    a = item.appointment
    zone = ZoneInfo(item.zone)
    return {
        "start": a.start.astimezone(zone).isoformat(timespec="minutes"),
        "end": a.end.astimezone(zone).isoformat(timespec="minutes"),
        "zone": item.zone,
        "location": item.location,
        "room": item.room,
        "practitioner": item.practitioner,
        "service": a.service_name,
        "status": a.status.value,
        "notes": a.notes,
        "series": a.series_id,
    }
