"""Queries of the waitlist and of the time freed on the book. Nothing here commits.

Times in the tables are naive UTC (as the book's); what leaves this module is aware (UTC).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from acudesk.domain.appointments import AppointmentStatus
from acudesk.domain.book_time import Span
from acudesk.domain.waitlist import (
    FreedSlot,
    TimeWindow,
    WaitlistEntry,
    WaitlistInput,
    WaitlistStatus,
    still_free,
)
from acudesk.store.book import aware, merged_spans, naive
from acudesk.store.book_models import AppointmentRecord, ServiceTypeRecord
from acudesk.store.models import ClientRecord, UserRecord
from acudesk.store.waitlist_models import FreedSlotRecord, WaitlistEntryRecord

_HOLDING = [status.value for status in AppointmentStatus if status.holds_time]
SHORTEST_MINUTES = 5  # a freed piece shorter than this is not offered


def windows_to_json(windows: Iterable[TimeWindow]) -> list[list[str]]:
    return [[w.start.isoformat("minutes"), w.end.isoformat("minutes")] for w in windows]


def windows_from_json(value: Sequence[Sequence[str]]) -> tuple[TimeWindow, ...]:
    return tuple(TimeWindow(time.fromisoformat(a), time.fromisoformat(b)) for a, b in value)


def entries(
    session: Session,
    *,
    ids: Iterable[int] | None = None,
    statuses: Iterable[WaitlistStatus] | None = None,
    service_id: int | None = None,
    practitioner_id: int | None = None,
    client_id: int | None = None,
    from_day: date | None = None,
) -> list[WaitlistEntry]:
    """Entries with their client's, service's and people's names, oldest first.

    ``from_day`` keeps only those whose last day is that day or later."""
    practitioner, adder = aliased(UserRecord), aliased(UserRecord)
    query = (
        select(
            WaitlistEntryRecord,
            ClientRecord.first_name,
            ClientRecord.last_name,
            ServiceTypeRecord.name,
            ServiceTypeRecord.minutes,
            practitioner.display_name,
            adder.display_name,
        )
        .join(ClientRecord, ClientRecord.id == WaitlistEntryRecord.client_id)
        .join(ServiceTypeRecord, ServiceTypeRecord.id == WaitlistEntryRecord.service_type_id)
        .outerjoin(practitioner, practitioner.id == WaitlistEntryRecord.practitioner_id)
        .outerjoin(adder, adder.id == WaitlistEntryRecord.added_by)
        .order_by(WaitlistEntryRecord.added_at, WaitlistEntryRecord.id)
    )
    if ids is not None:
        query = query.where(WaitlistEntryRecord.id.in_(list(ids)))
    if statuses is not None:
        query = query.where(WaitlistEntryRecord.status.in_([s.value for s in statuses]))
    if service_id is not None:
        query = query.where(WaitlistEntryRecord.service_type_id == service_id)
    if practitioner_id is not None:
        query = query.where(WaitlistEntryRecord.practitioner_id == practitioner_id)
    if client_id is not None:
        query = query.where(WaitlistEntryRecord.client_id == client_id)
    if from_day is not None:
        query = query.where(WaitlistEntryRecord.until >= from_day)
    return [_entry(*row) for row in session.execute(query)]


def _entry(
    record: WaitlistEntryRecord,
    first: str,
    last: str,
    service: str,
    minutes: int,
    practitioner: str | None,
    adder: str | None,
) -> WaitlistEntry:
    return WaitlistEntry(
        id=record.id,
        client_id=record.client_id,
        client_name=f"{first} {last}",
        service_id=record.service_type_id,
        service_name=service,
        minutes=minutes,
        practitioner_id=record.practitioner_id,
        practitioner_name=practitioner or "",
        weekdays=frozenset(int(day) for day in record.weekdays),
        windows=windows_from_json(record.windows),
        until=record.until,
        notes=record.notes,
        added_by=adder or "",
        added_at=record.added_at,
        stored_status=WaitlistStatus(record.status),
        appointment_id=record.appointment_id,
        version=record.version,
    )


def record_freed(session: Session, record: AppointmentRecord, reason: str, at: datetime) -> None:
    """Keep the time ``record`` holds now as freed (it is being cancelled or moved)."""
    session.add(
        FreedSlotRecord(
            location_id=record.location_id,
            starts_at=record.starts_at,
            ends_at=record.ends_at,
            room_id=record.room_id,
            practitioner_id=record.practitioner_id,
            appointment_id=record.id,
            reason=reason,
            freed_at=at,
        )
    )


def freed_between(
    session: Session, location_id: int, start: datetime, end: datetime
) -> list[FreedSlot]:
    """The time freed at a location overlapping [start, end) that is still free: what was
    booked since in the same room or by the same practitioner cut out, pieces that meet
    joined, in time order."""
    freed = list(
        session.scalars(
            select(FreedSlotRecord).where(
                FreedSlotRecord.location_id == location_id,
                FreedSlotRecord.starts_at < naive(end),
                FreedSlotRecord.ends_at > naive(start),
            )
        )
    )
    if not freed:
        return []
    taken = _holding_near(session, location_id, freed)
    pieces: dict[tuple[int | None, int | None], list[Span]] = {}
    for row in freed:
        busy = [
            span
            for room, person, span in taken
            if (row.room_id is not None and room == row.room_id)
            or (row.practitioner_id is not None and person == row.practitioner_id)
        ]
        whole = Span(aware(row.starts_at), aware(row.ends_at))
        pieces.setdefault((row.room_id, row.practitioner_id), []).extend(still_free(whole, busy))
    slots = [
        FreedSlot(location_id, span, room, person)
        for (room, person), spans in pieces.items()
        for span in merged_spans(spans)
        if span.minutes >= SHORTEST_MINUTES
    ]
    return sorted(slots, key=lambda s: (s.span.start, s.room_id or 0, s.practitioner_id or 0))


def _holding_near(
    session: Session, location_id: int, freed: Sequence[FreedSlotRecord]
) -> list[tuple[int | None, int | None, Span]]:
    rooms = {row.room_id for row in freed if row.room_id is not None}
    people = {row.practitioner_id for row in freed if row.practitioner_id is not None}
    first = min(row.starts_at for row in freed)
    last = max(row.ends_at for row in freed)
    rows = session.execute(
        select(
            AppointmentRecord.room_id,
            AppointmentRecord.practitioner_id,
            AppointmentRecord.starts_at,
            AppointmentRecord.ends_at,
        ).where(
            AppointmentRecord.location_id == location_id,
            AppointmentRecord.status.in_(_HOLDING),
            AppointmentRecord.starts_at < last,
            AppointmentRecord.ends_at > first,
            or_(
                AppointmentRecord.room_id.in_(rooms), AppointmentRecord.practitioner_id.in_(people)
            ),
        )
    )
    return [(room, person, Span(aware(a), aware(b))) for room, person, a, b in rows]


def entry_values(value: WaitlistInput) -> dict[str, Any]:
    """The columns a checked WaitlistInput sets."""
    return {
        "client_id": value.client_id,
        "service_type_id": value.service_id,
        "practitioner_id": value.practitioner_id,
        "weekdays": sorted(value.weekdays),
        "windows": windows_to_json(value.windows),
        "until": value.until,
        "notes": value.notes,
    }
