"""A booking request made into the slot the book checks: every choice it names checked to be
in use at its location, and, when it leaves the room to the book, the room the book picks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from acudesk.domain.appointments import BookingRequest
from acudesk.domain.book_rules import Slot, fits
from acudesk.domain.errors import CLIENT, ValidationError
from acudesk.domain.i18n import translate
from acudesk.store import book as queries
from acudesk.store.book_models import DeviceRecord, LocationRecord, RoomRecord, ServiceTypeRecord
from acudesk.store.models import ClientRecord


def request_slot(
    session: Session, request: BookingRequest, starts: Sequence[datetime] | None = None
) -> Slot:
    """The slot a request asks for, once its service, location, room, device, client and
    start are checked (ValidationError naming the field, else not found).

    With ``any_room`` and no room named: in the first of the location's rooms (in the book's
    column order) free at every one of ``starts`` (a course's; by default its own start),
    else in the one free at most of them, where the check then says what is in the way.
    A location without rooms books none.
    """
    service = session.get(ServiceTypeRecord, request.service_id)
    if service is None or not service.active:
        raise ValidationError({"service": translate("book", "Choose a service.")})
    request_zone(session, request)
    _require_in_use(session, request)
    if session.get(ClientRecord, request.client_id) is None:
        raise CLIENT.not_found()
    if request.start.tzinfo is None:
        raise ValidationError({"start": translate("book", "Choose a start time.")})
    slot = Slot(
        request.start,
        queries.to_service(service),
        request.practitioner_id,
        request.room_id,
        request.device_id,
    )
    if not request.any_room or request.room_id is not None:
        return slot
    return in_room(slot, _free_room(session, request.location_id, slot, starts or [slot.start]))


def request_zone(session: Session, request: BookingRequest) -> ZoneInfo:
    """The zone of the request's location, refused when the location is not in use."""
    location = session.get(LocationRecord, request.location_id)
    if location is None or not location.active:
        raise ValidationError({"location": translate("book", "Choose a location.")})
    return ZoneInfo(location.zone)


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


def _free_room(
    session: Session, location_id: int, slot: Slot, starts: Sequence[datetime]
) -> int | None:
    rooms = queries.rooms_in_order(session, location_id)
    if not rooms:
        return None
    tried = {room: [in_room(slot.moved_to(start), room) for start in starts] for room in rooms}
    world = queries.world_for(session, location_id, [s for v in tried.values() for s in v])
    free = {room: sum(fits(s, world) for s in slots) for room, slots in tried.items()}
    return max(rooms, key=lambda room: free[room])  # the first of the best: max keeps it


def in_room(slot: Slot, room_id: int | None) -> Slot:
    """The same slot in another room (or none)."""
    return Slot(
        slot.start, slot.service, slot.practitioner_id, room_id, slot.device_id, slot.appointment_id
    )
