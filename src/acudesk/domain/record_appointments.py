"""A client's appointments as the record file writes them (docs/record-format.md)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from acudesk.domain.book_listing import ListedAppointment


def appointment_to_dict(item: ListedAppointment) -> dict[str, Any]:
    """One appointment: local start and end (no offset) in its location's zone, with names."""
    a = item.appointment
    zone = ZoneInfo(item.zone)
    return {
        "start": a.start.astimezone(zone).replace(tzinfo=None).isoformat(timespec="minutes"),
        "end": a.end.astimezone(zone).replace(tzinfo=None).isoformat(timespec="minutes"),
        "zone": item.zone,
        "location": item.location,
        "room": item.room,
        "practitioner": item.practitioner,
        "service": a.service_name,
        "status": a.status.value,
        "notes": a.notes,
        "series": a.series_id,
    }
