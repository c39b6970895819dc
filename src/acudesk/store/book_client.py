"""One client's appointments, as their page lists them. Nothing here commits."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from acudesk.domain.book_search import ClientAppointment
from acudesk.store.book import to_appointment
from acudesk.store.book_models import (
    AppointmentRecord,
    LocationRecord,
    RoomRecord,
    ServiceTypeRecord,
)
from acudesk.store.models import ClientRecord, UserRecord

MOST = 50


def client_appointments_from(
    session: Session, client_id: int, today: datetime
) -> list[ClientAppointment]:
    """The client's appointments from ``today`` on (the day of a wall clock, read on each
    location's own clock), in time order, at most MOST."""
    practitioner = aliased(UserRecord)
    # No zone's today starts a day before UTC's; the exact cut, zone by zone, is below.
    earliest = datetime.combine(today.date(), time(0)) - timedelta(days=1)
    rows = session.execute(
        select(
            AppointmentRecord,
            ServiceTypeRecord.name,
            ClientRecord.first_name,
            ClientRecord.last_name,
            practitioner.display_name,
            RoomRecord.name,
            LocationRecord.zone,
        )
        .join(ServiceTypeRecord, ServiceTypeRecord.id == AppointmentRecord.service_type_id)
        .join(ClientRecord, ClientRecord.id == AppointmentRecord.client_id)
        .join(LocationRecord, LocationRecord.id == AppointmentRecord.location_id)
        .outerjoin(practitioner, practitioner.id == AppointmentRecord.practitioner_id)
        .outerjoin(RoomRecord, RoomRecord.id == AppointmentRecord.room_id)
        .where(AppointmentRecord.client_id == client_id, AppointmentRecord.starts_at >= earliest)
        .order_by(AppointmentRecord.starts_at, AppointmentRecord.id)
        .limit(MOST + 10)
    )
    found = []
    for record, service, first, last, person, room, zone in rows:
        appointment = to_appointment(record, service, f"{first} {last}")
        row = ClientAppointment(appointment, person or "", room or "", zone)
        if row.local_start.date() >= today.date():
            found.append(row)
    return found[:MOST]
