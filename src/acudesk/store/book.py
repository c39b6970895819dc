"""Queries of the appointment book. Nothing here commits.

Times in the tables are naive UTC; what leaves this module is aware (UTC).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, time, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from acudesk.domain.appointments import (
    LATE_CANCEL_DEFAULT_HOURS,
    LATE_CANCEL_KEY,
    Appointment,
    AppointmentStatus,
    validate_late_cancel_hours,
)
from acudesk.domain.book_rules import (
    MAX_SERVICE_MINUTES,
    BookWorld,
    ServiceType,
    Slot,
    reach,
    resource_keys,
)
from acudesk.domain.book_time import Availability, Span, WeeklyHours
from acudesk.store.book_models import (
    AppointmentHoldRecord,
    AppointmentRecord,
    LocationRecord,
    RoomRecord,
    ServiceTypeRecord,
    TimeOffRecord,
    WorkingHoursRecord,
)
from acudesk.store.models import ClientRecord, SettingRecord

LONGEST = timedelta(minutes=MAX_SERVICE_MINUTES)
_HOLDING = [status.value for status in AppointmentStatus if status.holds_time]


def naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def to_service(record: ServiceTypeRecord) -> ServiceType:
    return ServiceType(
        record.name,
        record.minutes,
        before=record.buffer_before,
        after=record.buffer_after,
        processing_from=record.processing_from,
        processing_minutes=record.processing_minutes,
        device_kind=record.device_kind,
        id=record.id,
    )


def hours_from_json(value: dict[str, Any]) -> WeeklyHours | None:
    """Stored hours ({"0": [["09:00", "13:00"], ...]}) as WeeklyHours; None when not set."""
    if not value:
        return None
    return WeeklyHours(
        {
            int(day): tuple((time.fromisoformat(a), time.fromisoformat(b)) for a, b in stretches)
            for day, stretches in value.items()
        }
    )


def hours_to_json(hours: WeeklyHours | None) -> dict[str, Any]:
    if hours is None:
        return {}
    return {
        str(day): [[a.isoformat("minutes"), b.isoformat("minutes")] for a, b in stretches]
        for day, stretches in sorted(hours.days.items())
    }


class BookedRow(Protocol):
    """What ``slot_of`` reads: an AppointmentRecord, or a row of the same columns."""

    id: int
    starts_at: datetime
    ends_at: datetime
    practitioner_id: int | None
    room_id: int | None
    device_id: int | None


def slot_of(record: BookedRow, service: ServiceType) -> Slot:
    """The appointment as the rules see it, at its own length (it may have been resized)."""
    minutes = int((record.ends_at - record.starts_at).total_seconds() // 60)
    return Slot(
        aware(record.starts_at),
        service.resized(minutes),
        record.practitioner_id,
        record.room_id,
        record.device_id,
        record.id,
    )


def lock_book(session: Session, location_id: int) -> None:
    """Take the location's booking lock for the rest of the transaction.

    Bookings of one location then check and write one after another on every workstation:
    on PostgreSQL a row lock, on SQLite the database's write lock (taken by this first write,
    so the reads that follow see every committed booking).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            select(LocationRecord.id).where(LocationRecord.id == location_id).with_for_update()
        )
    else:
        session.execute(
            update(LocationRecord)
            .where(LocationRecord.id == location_id)
            .values(active=LocationRecord.active)
            .execution_options(synchronize_session=False)
        )


def lock_names(session: Session, kind: type[Any], **within: int) -> None:
    """Hold, to the commit, the lock of one set of names (the rooms of location 3, every
    service...), so that two workstations naming things alike check one after the other.
    On PostgreSQL an advisory lock of that set; SQLite's units of work already hold the
    write lock from their start. Callers taking several take them in sorted order."""
    if session.get_bind().dialect.name != "postgresql":
        return
    scope = ":".join([kind.__tablename__, *(f"{k}={v}" for k, v in sorted(within.items()))])
    session.execute(select(func.pg_advisory_xact_lock(zlib.crc32(scope.encode()))))


def services_by_id(session: Session, ids: Iterable[int]) -> dict[int, ServiceType]:
    wanted = set(ids)
    if not wanted:
        return {}
    records = session.scalars(select(ServiceTypeRecord).where(ServiceTypeRecord.id.in_(wanted)))
    return {record.id: to_service(record) for record in records}


def bookings_near(session: Session, slots: Sequence[Slot]) -> list[Slot]:
    """The holding appointments that share a resource with any of ``slots`` near their times."""
    if not slots:
        return []
    windows = [reach(slot) for slot in slots]
    resources = {key for slot in slots for key in resource_keys(slot)}
    if not resources:
        return []
    ids = select(AppointmentHoldRecord.appointment_id).where(
        AppointmentHoldRecord.resource.in_(resources),
        or_(
            *(
                (AppointmentHoldRecord.starts_at < naive(window.end))
                # No hold is longer than a service: this bound keeps the index scan short.
                & (AppointmentHoldRecord.starts_at >= naive(window.start - LONGEST))
                & (AppointmentHoldRecord.ends_at > naive(window.start))
                for window in merged_spans(windows)
            )
        ),
    )
    # Plain rows, not records: a course's check reads a thousand of them and changes none.
    booked = AppointmentRecord
    rows = session.execute(
        select(
            booked.id,
            booked.starts_at,
            booked.ends_at,
            booked.practitioner_id,
            booked.room_id,
            booked.device_id,
            booked.service_type_id,
        ).where(booked.id.in_(ids), booked.status.in_(_HOLDING))
    ).all()
    services = services_by_id(session, {row.service_type_id for row in rows})
    return [slot_of(row, services[row.service_type_id]) for row in rows]


def merged_spans(windows: Iterable[Span]) -> list[Span]:
    """Overlapping spans joined (spans that only touch too): a course of ten asks in few
    ranges; the waitlist offers freed time as one piece."""
    merged: list[Span] = []
    for window in sorted(windows):
        if merged and window.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, window.end))
        else:
            merged.append(window)
    return merged


def holds_of(slot: Slot) -> list[tuple[str, Span]]:
    """The rows an appointment writes: each resource and each stretch it keeps."""
    holds: list[tuple[str, Span]] = []
    if slot.room_id is not None:
        holds.append((f"room:{slot.room_id}", slot.span))
    if slot.device_id is not None:
        holds.append((f"device:{slot.device_id}", slot.span))
    if slot.practitioner_id is not None:
        holds.extend(
            (f"practitioner:{slot.practitioner_id}", span) for span in slot.practitioner_spans()
        )
    return holds


def world_for(session: Session, location_id: int, slots: Sequence[Slot]) -> BookWorld:
    """What checking ``slots`` needs: their location's zone and hours, the practitioners'
    hours and time off, closures, the rooms' own hours, and the bookings near them."""
    location = session.get(LocationRecord, location_id)
    if location is None:
        raise LookupError(location_id)
    zone = ZoneInfo(location.zone)
    away = time_off(session, location_id, None)
    practitioner_ids = {slot.practitioner_id for slot in slots if slot.practitioner_id is not None}
    practitioners = {}
    for user_id in practitioner_ids:
        hours = session.get(WorkingHoursRecord, (user_id, location_id))
        practitioners[user_id] = Availability(
            hours_from_json(hours.hours) if hours else None, time_off(session, None, user_id)
        )
    rooms = {}
    for room_id in {slot.room_id for slot in slots if slot.room_id is not None}:
        room = session.get(RoomRecord, room_id)
        if room is not None and room.hours:  # a room open less than its location
            rooms[room_id] = Availability(hours_from_json(room.hours))
    return BookWorld(
        zone,
        bookings_near(session, slots),
        Availability(hours_from_json(location.hours), away),
        practitioners,
        rooms,
    )


Lane = tuple[int | None, int | None, int | None]  # a practitioner, a room, a device


def probes(window: Span, lanes: Sequence[Lane]) -> list[Slot]:
    """Slots that ask ``world_for`` for every booking a search of ``window`` may meet: each
    lane's resources, over every start in the window and the longest service after it, in
    stretches of the longest service."""
    longest = ServiceType("probe", MAX_SERVICE_MINUTES)
    found, start = [], window.start
    while start < window.end + longest.duration:
        found += [Slot(start, longest, p, r, d) for p, r, d in lanes]
        start += longest.duration
    return found


def world_around(
    session: Session,
    location_id: int,
    slots: Sequence[Slot],
    *,
    before: timedelta = timedelta(0),
    after: timedelta = timedelta(0),
) -> BookWorld:
    """``world_for`` the slots and for a free-slot search from them: every booking of their
    resources from ``before`` ahead of each slot to ``after`` past it, so that no time
    offered as free clashes with a booking the check did not read."""
    around = [
        probe
        for slot in slots
        for probe in probes(
            Span(slot.start - before, slot.start + after),
            [(slot.practitioner_id, slot.room_id, slot.device_id)],
        )
    ]
    return world_for(session, location_id, [*slots, *around])


def time_off(session: Session, location_id: int | None, user_id: int | None) -> list[Span]:
    query = select(TimeOffRecord)
    if user_id is None:
        query = query.where(
            TimeOffRecord.user_id.is_(None), TimeOffRecord.location_id == location_id
        )
    else:
        query = query.where(TimeOffRecord.user_id == user_id)
    return [Span(aware(r.starts_at), aware(r.ends_at)) for r in session.scalars(query)]


def write_holds(session: Session, appointment_id: int, slot: Slot) -> None:
    session.add_all(
        AppointmentHoldRecord(
            appointment_id=appointment_id,
            resource=resource,
            starts_at=naive(span.start),
            ends_at=naive(span.end),
        )
        for resource, span in holds_of(slot)
    )


def drop_holds(session: Session, appointment_id: int) -> None:
    session.execute(
        delete(AppointmentHoldRecord).where(AppointmentHoldRecord.appointment_id == appointment_id)
    )


def appointments_between(
    session: Session, location_id: int, start: datetime, end: datetime
) -> list[Appointment]:
    """Every appointment of a location starting in [start, end), in time order."""
    rows = session.execute(
        select(
            AppointmentRecord,
            ServiceTypeRecord.name,
            ClientRecord.first_name,
            ClientRecord.last_name,
        )
        .join(ServiceTypeRecord, ServiceTypeRecord.id == AppointmentRecord.service_type_id)
        .join(ClientRecord, ClientRecord.id == AppointmentRecord.client_id)
        .where(
            AppointmentRecord.location_id == location_id,
            AppointmentRecord.starts_at >= naive(start),
            AppointmentRecord.starts_at < naive(end),
        )
        .order_by(AppointmentRecord.starts_at, AppointmentRecord.id)
    )
    return [
        to_appointment(record, service, f"{first} {last}") for record, service, first, last in rows
    ]


def read_appointment(session: Session, record: AppointmentRecord) -> Appointment:
    """The appointment of ``record`` with its service's and client's names."""
    service = session.get(ServiceTypeRecord, record.service_type_id)
    client = session.get(ClientRecord, record.client_id)
    assert service is not None and client is not None  # foreign keys
    return to_appointment(record, service.name, f"{client.first_name} {client.last_name}")


def to_appointment(record: AppointmentRecord, service_name: str, client_name: str) -> Appointment:
    return Appointment(
        id=record.id,
        client_id=record.client_id,
        client_name=client_name,
        service_id=record.service_type_id,
        service_name=service_name,
        location_id=record.location_id,
        practitioner_id=record.practitioner_id,
        room_id=record.room_id,
        device_id=record.device_id,
        start=aware(record.starts_at),
        end=aware(record.ends_at),
        status=AppointmentStatus(record.status),
        notes=record.notes,
        series_id=record.series_id,
        version=record.version,
    )


def late_cancel_hours(session: Session) -> int:
    """The clinic's late-cancellation hours (its setting row, or the default)."""
    stored = session.get(SettingRecord, LATE_CANCEL_KEY)
    try:
        hours = int(stored.value) if stored is not None else LATE_CANCEL_DEFAULT_HOURS
    except ValueError:
        return LATE_CANCEL_DEFAULT_HOURS
    return hours if validate_late_cancel_hours(hours) is None else LATE_CANCEL_DEFAULT_HOURS


def column_titles(session: Session, location_id: int, by_room: bool) -> list[tuple[int, str]]:
    """The book's columns: the location's active rooms, or the bookable people, by name
    folded (the same order whatever the database's collation), then by when added."""
    from acudesk.store.models import UserRecord

    if by_room:
        rows = session.execute(
            select(RoomRecord.id, RoomRecord.name).where(
                RoomRecord.location_id == location_id, RoomRecord.active.is_(True)
            )
        )
    else:
        rows = session.execute(
            select(UserRecord.id, UserRecord.display_name).where(
                UserRecord.active.is_(True), UserRecord.role.in_(("practitioner", "admin"))
            )
        )
    return sorted(((key, title) for key, title in rows), key=lambda t: (t[1].casefold(), t[0]))


def rooms_in_order(session: Session, location_id: int) -> list[int]:
    """The location's active rooms in the order the book tries them (its columns' order)."""
    return [key for key, _title in column_titles(session, location_id, by_room=True)]
