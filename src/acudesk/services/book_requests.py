"""A booking request made into what the book checks: its slot (every choice it names checked
to be in use at its location), and the room the book picks when it names none."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from acudesk.domain.appointments import BookingRequest
from acudesk.domain.book_rules import Slot, fits
from acudesk.domain.errors import CLIENT, ValidationError
from acudesk.domain.i18n import translate
from acudesk.store import book as queries
from acudesk.store.book_models import DeviceRecord, LocationRecord, RoomRecord, ServiceTypeRecord
from acudesk.store.models import ClientRecord


def request_slot(session: Session, request: BookingRequest) -> Slot:
    """The slot a request asks for, once its service, location, rooms, device, client and
    start are checked (ValidationError naming the field, else not found)."""
    service = session.get(ServiceTypeRecord, request.service_id)
    if service is None or not service.active:
        raise ValidationError({"service": translate("book", "Choose a service.")})
    location = session.get(LocationRecord, request.location_id)
    if location is None or not location.active:
        raise ValidationError({"location": translate("book", "Choose a location.")})
    _require_in_use(session, request)
    if session.get(ClientRecord, request.client_id) is None:
        raise CLIENT.not_found()
    if request.start.tzinfo is None:
        raise ValidationError({"start": translate("book", "Choose a start time.")})
    return Slot(
        request.start,
        queries.to_service(service),
        request.practitioner_id,
        request.room_id,
        request.device_id,
    )


def _require_in_use(session: Session, request: BookingRequest) -> None:
    """A new booking takes only rooms and devices of its location that are still in use."""
    if request.room_id is not None:
        room = session.get(RoomRecord, request.room_id)
        if room is None or not room.active or room.location_id != request.location_id:
            message = translate("book", "That room is not in use at this location.")
            raise ValidationError({"room": message})
    if request.device_id is not None:
        device = session.get(DeviceRecord, request.device_id)
        if device is None or not device.active or device.location_id != request.location_id:
            message = translate("book", "That device is not in use at this location.")
            raise ValidationError({"device": message})


def with_free_room(
    session: Session, request: BookingRequest, starts: Sequence[datetime]
) -> BookingRequest:
    """``request`` in the first of its location's rooms (``rooms_in_order``) free at every one of
    ``starts``, else in the one free at most of them (where the check then says what is in
    the way). Unchanged when it names a room, asks for none, or the location has none."""
    if request.room_id is not None or not request.any_room:
        return request
    rooms = queries.rooms_in_order(session, request.location_id)
    if not rooms:
        return replace(request, any_room=False)
    template = request_slot(session, request)
    tried = {room: [in_room(template.moved_to(start), room) for start in starts] for room in rooms}
    world = queries.world_for(session, request.location_id, [s for v in tried.values() for s in v])
    free = {room: sum(fits(slot, world) for slot in slots) for room, slots in tried.items()}
    best = max(rooms, key=lambda room: free[room])  # the first of the best: max keeps it
    return replace(request, room_id=best, any_room=False)


def in_room(slot: Slot, room_id: int | None) -> Slot:
    """The same slot in another room (or none)."""
    return Slot(
        slot.start, slot.service, slot.practitioner_id, room_id, slot.device_id, slot.appointment_id
    )


def request_zone(session: Session, request: BookingRequest) -> str:
    location = session.get(LocationRecord, request.location_id)
    assert location is not None  # request_slot checked it
    return location.zone
