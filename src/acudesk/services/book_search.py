"""Searching the book: the next free times for a service, and one client's appointments."""

from __future__ import annotations

from datetime import timedelta
from itertools import zip_longest
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.book_rules import ServiceType, Slot
from acudesk.domain.book_search import ClientAppointment, FreeSlotQuery, Resources, free_starts
from acudesk.domain.book_time import Span
from acudesk.domain.errors import CLIENT, ValidationError
from acudesk.domain.i18n import translate
from acudesk.domain.users import Permission, Role, User
from acudesk.services.work import Service
from acudesk.store import book as queries
from acudesk.store.book_client import client_appointments_from
from acudesk.store.book_models import (
    DeviceRecord,
    LocationRecord,
    RoomRecord,
    ServiceTypeRecord,
    WorkingHoursRecord,
)
from acudesk.store.models import ClientRecord, UserRecord

SEARCH_WEEKS = 8  # how far ahead a search looks
CHUNK = timedelta(days=7)  # the book is read a week at a time, so a near answer reads little


class BookSearchService(Service):
    def next_free(self, actor: User, query: FreeSlotQuery) -> list[Slot]:
        """The next free starts of a service (at most ``query.count``, from ``query.after`` or
        now, whichever is later), each with the practitioner, room and device it would take;
        [] when nothing is free in the next SEARCH_WEEKS weeks."""
        with self._read_as(actor, Permission.BOOK) as session:
            location = session.get(LocationRecord, query.location_id)
            if location is None:
                raise ValidationError({"location": translate("book", "Choose a location.")})
            service = _service(session, query.service_id)
            choices = _choices(session, query, service)
            zone = ZoneInfo(location.zone)
            start = max(query.after, self._clock().replace(tzinfo=zone))
            end = start + timedelta(weeks=SEARCH_WEEKS)
            people = {c.practitioner_id for c in choices if c.practitioner_id is not None}
            rooms = {c.room_id for c in choices if c.room_id is not None}
            devices = {c.device_id for c in choices if c.device_id is not None}
            found: list[Slot] = []
            while start < end and len(found) < query.count:
                window = Span(start, min(start + CHUNK, end))
                lanes = list(zip_longest(sorted(people), sorted(rooms), sorted(devices)))
                probes = queries.probes(window, lanes or [(None, None, None)])
                world = queries.world_for(session, location.id, probes)
                found.extend(
                    free_starts(service, world, choices, window, count=query.count - len(found))
                )
                start = window.end
            return found

    def client_appointments(self, actor: User, client_id: int) -> list[ClientAppointment]:
        """A client's appointments from today on (cancelled ones too), in time order, with
        who and where by name: their page's list."""
        with self._read_as(actor, Permission.BOOK) as session:
            if session.get(ClientRecord, client_id) is None:
                raise CLIENT.not_found()
            return client_appointments_from(session, client_id, self._clock())


def _service(session: Session, service_id: int) -> ServiceType:
    record = session.get(ServiceTypeRecord, service_id)
    if record is None or not record.active:
        raise ValidationError({"service": translate("book", "Choose a service.")})
    return queries.to_service(record)


def _choices(session: Session, query: FreeSlotQuery, service: ServiceType) -> list[Resources]:
    """Every way of staffing the service as asked: the practitioner (or whoever works at the
    location), the room (or any of its rooms), a device of the kind it needs."""
    people: list[int | None] = (
        [query.practitioner_id]
        if query.practitioner_id is not None
        else _practitioners(session, query.location_id)
    )
    rooms: list[int | None] = (
        [query.room_id]
        if query.room_id is not None
        else list(
            session.scalars(
                select(RoomRecord.id)
                .where(RoomRecord.location_id == query.location_id, RoomRecord.active.is_(True))
                .order_by(RoomRecord.name)
            )
        )
    ) or [None]
    devices: list[int | None] = [None]
    if service.device_kind:
        devices = list(
            session.scalars(
                select(DeviceRecord.id)
                .where(
                    DeviceRecord.location_id == query.location_id,
                    DeviceRecord.kind == service.device_kind,
                    DeviceRecord.active.is_(True),
                )
                .order_by(DeviceRecord.name)
            )
        )
        if not devices:
            raise ValidationError(
                {
                    "service": translate(
                        "book", "The clinic has no {kind} here, which this service needs."
                    ).format(kind=service.device_kind)
                }
            )
    return [Resources(p, r, d) for p in people for r in rooms for d in devices]


def _practitioners(session: Session, location_id: int) -> list[int | None]:
    """Who works at the location (has hours there), else everyone bookable; [None] if nobody."""
    working = list(
        session.scalars(
            select(WorkingHoursRecord.user_id)
            .join(UserRecord, UserRecord.id == WorkingHoursRecord.user_id)
            .where(WorkingHoursRecord.location_id == location_id, UserRecord.active.is_(True))
            .order_by(UserRecord.display_name)
        )
    )
    if working:
        return list(working)
    bookable = session.scalars(
        select(UserRecord.id)
        .where(
            UserRecord.active.is_(True),
            UserRecord.role.in_([Role.PRACTITIONER.value, Role.ADMIN.value]),
        )
        .order_by(UserRecord.display_name)
    )
    return list(bookable) or [None]
