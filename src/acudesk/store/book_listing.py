"""The book read out with its names: listings, exports, the names a person types. No commits."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.book_listing import BookQuery, ListedAppointment
from acudesk.domain.users import Role
from acudesk.store.book import naive, to_appointment
from acudesk.store.book_models import (
    AppointmentRecord,
    LocationRecord,
    RoomRecord,
    ServiceTypeRecord,
)
from acudesk.store.models import ClientRecord, UserRecord


def listed(session: Session, query: BookQuery) -> list[ListedAppointment]:
    """The appointments ``query`` asks for, in time order, each with its names and zone."""
    locations = session.scalars(select(LocationRecord).order_by(LocationRecord.name)).all()
    found: list[ListedAppointment] = []
    for location in locations:
        if query.location_id is not None and location.id != query.location_id:
            continue
        zone = ZoneInfo(location.zone)
        start = datetime.combine(query.first, time(0), tzinfo=zone)
        end = datetime.combine(query.last + timedelta(days=1), time(0), tzinfo=zone)
        found += _of_location(session, location, query, naive(start), naive(end))
    found.sort(key=lambda item: (item.appointment.start, item.appointment.id))
    return found


def _of_location(
    session: Session, location: LocationRecord, query: BookQuery, start: datetime, end: datetime
) -> list[ListedAppointment]:
    statement = (
        select(
            AppointmentRecord,
            ServiceTypeRecord.name,
            ClientRecord.first_name,
            ClientRecord.last_name,
            UserRecord.display_name,
            RoomRecord.name,
        )
        .join(ServiceTypeRecord, ServiceTypeRecord.id == AppointmentRecord.service_type_id)
        .join(ClientRecord, ClientRecord.id == AppointmentRecord.client_id)
        .outerjoin(UserRecord, UserRecord.id == AppointmentRecord.practitioner_id)
        .outerjoin(RoomRecord, RoomRecord.id == AppointmentRecord.room_id)
        .where(
            AppointmentRecord.location_id == location.id,
            AppointmentRecord.starts_at >= start,
            AppointmentRecord.starts_at < end,
        )
        .order_by(AppointmentRecord.starts_at, AppointmentRecord.id)
    )
    if query.practitioner_id is not None:
        statement = statement.where(AppointmentRecord.practitioner_id == query.practitioner_id)
    if query.room_id is not None:
        statement = statement.where(AppointmentRecord.room_id == query.room_id)
    return [
        ListedAppointment(
            to_appointment(record, service, f"{first} {last}"),
            location.name,
            location.zone,
            practitioner or "",
            room or "",
        )
        for record, service, first, last, practitioner, room in session.execute(statement)
    ]


def client_appointments(session: Session, client_id: int) -> list[ListedAppointment]:
    """Every appointment of one client, oldest first, with its names (the client's record)."""
    rows = session.execute(
        select(
            AppointmentRecord,
            ServiceTypeRecord.name,
            LocationRecord.name,
            LocationRecord.zone,
            UserRecord.display_name,
            RoomRecord.name,
        )
        .join(ServiceTypeRecord, ServiceTypeRecord.id == AppointmentRecord.service_type_id)
        .join(LocationRecord, LocationRecord.id == AppointmentRecord.location_id)
        .outerjoin(UserRecord, UserRecord.id == AppointmentRecord.practitioner_id)
        .outerjoin(RoomRecord, RoomRecord.id == AppointmentRecord.room_id)
        .where(AppointmentRecord.client_id == client_id)
        .order_by(AppointmentRecord.starts_at, AppointmentRecord.id)
    )
    return [
        ListedAppointment(
            to_appointment(record, service, ""), location, zone, practitioner or "", room or ""
        )
        for record, service, location, zone, practitioner, room in rows
    ]


def location_names(session: Session) -> list[tuple[int, str, str]]:
    """Every location as (id, name, zone)."""
    rows = session.execute(
        select(LocationRecord.id, LocationRecord.name, LocationRecord.zone).order_by(
            LocationRecord.name
        )
    )
    return [(ident, name, zone) for ident, name, zone in rows]


def room_names(session: Session) -> list[tuple[int, int, str]]:
    """Every active room as (id, location id, name)."""
    rows = session.execute(
        select(RoomRecord.id, RoomRecord.location_id, RoomRecord.name).where(
            RoomRecord.active.is_(True)
        )
    )
    return [(ident, location, name) for ident, location, name in rows]


def service_names(session: Session) -> list[tuple[int, str]]:
    """Every active service as (id, name)."""
    rows = session.execute(
        select(ServiceTypeRecord.id, ServiceTypeRecord.name).where(
            ServiceTypeRecord.active.is_(True)
        )
    )
    return [(ident, name) for ident, name in rows]


def practitioner_names(session: Session) -> list[tuple[int, str, str]]:
    """Who can be booked, as (id, username, display name)."""
    rows = session.execute(
        select(UserRecord.id, UserRecord.username, UserRecord.display_name).where(
            UserRecord.active.is_(True),
            UserRecord.role.in_([Role.PRACTITIONER.value, Role.ADMIN.value]),
        )
    )
    return [(ident, username, name) for ident, username, name in rows]
