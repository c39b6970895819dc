"""Setting up the book's places: locations (zone, opening hours) and their rooms.

Devices and services are set up in ``book_setup_services``, working hours and time off in
``book_setup_people``; the few methods of theirs that this service has always had are kept
here as one-line hand-overs. Nothing an appointment points to is ever deleted: it is made
inactive. Every edit names the version the person loaded; a second workstation that saved in
between makes it a ConflictError that says who and when.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.book_places import Device, Location, Room, checked_name, checked_zone
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_setup import LOCATION, ROOM
from acudesk.domain.book_time import Span, WeeklyHours
from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import translate
from acudesk.domain.users import Permission, Role, User
from acudesk.services.book_setup_common import refuse_taken, saved, set_active
from acudesk.services.work import Service
from acudesk.store import book as queries
from acudesk.store.book_models import LocationRecord, RoomRecord
from acudesk.store.models import UserRecord

if TYPE_CHECKING:
    from acudesk.services.book_setup_people import PeopleSetupService
    from acudesk.services.book_setup_services import TreatmentSetupService


class BookSetupService(Service):
    def locations(self, actor: User, *, inactive: bool = False) -> list[Location]:
        """The locations by name: the active ones, or with ``inactive`` every one."""
        with self._read_as(actor, Permission.BOOK) as session:
            query = select(LocationRecord).order_by(LocationRecord.name)
            if not inactive:
                query = query.where(LocationRecord.active.is_(True))
            return [_location(record) for record in session.scalars(query)]

    def add_location(
        self, actor: User, name: str, zone: str, hours: WeeklyHours | None = None
    ) -> Location:
        record = LocationRecord(
            name=checked_name(name), zone=checked_zone(zone), hours=queries.hours_to_json(hours)
        )
        with self._work(actor, Permission.MANAGE_CLINIC, what=LOCATION) as work:
            _refuse_taken_location(work.session, record.name, None)
            work.session.add(record)
            saved(work, record, AuditAction.CREATE, record.name)
            return _location(record)

    def update_location(self, actor: User, location: Location) -> Location:
        """Save ``location``'s name, zone and hours over the version it was loaded at."""
        name, zone = checked_name(location.name), checked_zone(location.zone)
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            record = work.edit(LocationRecord, location.id, location.version, what=LOCATION)
            _refuse_taken_location(work.session, name, record.id)
            record.name, record.zone = name, zone
            record.hours = queries.hours_to_json(location.hours)
            saved(work, record, AuditAction.UPDATE, record.name)
            return _location(record)

    def set_location_active(self, actor: User, location: Location, active: bool) -> Location:
        """Close a location to new bookings (its appointments stay), or open it again."""
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            return _location(
                set_active(work, LocationRecord, location.id, location.version, LOCATION, active)
            )

    def practitioners(self, actor: User) -> list[tuple[int, str]]:
        """Who can be booked: active practitioners and admins, by name."""
        with self._read_as(actor, Permission.BOOK) as session:
            rows = session.execute(
                select(UserRecord.id, UserRecord.display_name)
                .where(
                    UserRecord.active.is_(True),
                    UserRecord.role.in_([Role.PRACTITIONER.value, Role.ADMIN.value]),
                )
                .order_by(UserRecord.display_name)
            )
            return [(user_id, name) for user_id, name in rows]

    def rooms(self, actor: User, location_id: int) -> list[Room]:
        """Every room of the location, active or not, by name."""
        with self._read_as(actor, Permission.BOOK) as session:
            records = session.scalars(
                select(RoomRecord)
                .where(RoomRecord.location_id == location_id)
                .order_by(RoomRecord.name)
            )
            return [_room(record) for record in records]

    def add_room(
        self, actor: User, location_id: int, name: str, hours: WeeklyHours | None = None
    ) -> Room:
        """A room of the location; ``hours`` when it is open less than the location."""
        record = RoomRecord(
            location_id=location_id, name=checked_name(name), hours=queries.hours_to_json(hours)
        )
        with self._work(actor, Permission.MANAGE_CLINIC, what=ROOM) as work:
            _require_location(work.session, location_id)
            _refuse_taken_room(work.session, location_id, record.name, None)
            work.session.add(record)
            saved(work, record, AuditAction.CREATE, record.name)
            return _room(record)

    def update_room(self, actor: User, room: Room) -> Room:
        """Save ``room``'s name and hours over the version it was loaded at."""
        name = checked_name(room.name)
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            record = work.edit(RoomRecord, room.id, room.version, what=ROOM)
            _refuse_taken_room(work.session, record.location_id, name, record.id)
            record.name = name
            record.hours = queries.hours_to_json(room.hours)
            saved(work, record, AuditAction.UPDATE, record.name)
            return _room(record)

    def set_room_active(self, actor: User, room: Room, active: bool) -> Room:
        """Take a room off the book (its appointments stay), or put it back."""
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            return _room(set_active(work, RoomRecord, room.id, room.version, ROOM, active))

    # Devices and services, hours and time off live next door: the set-up window reaches
    # them from here, and the methods below, kept for their callers, hand over to them.

    @cached_property
    def treatments(self) -> TreatmentSetupService:
        from acudesk.services.book_setup_services import TreatmentSetupService

        return TreatmentSetupService(self._db, self._clock, self._bus)

    @cached_property
    def people(self) -> PeopleSetupService:
        from acudesk.services.book_setup_people import PeopleSetupService

        return PeopleSetupService(self._db, self._clock, self._bus)

    def add_device(self, actor: User, location_id: int, name: str, kind: str) -> Device:
        return self.treatments.add_device(actor, location_id, name, kind)

    def service_types(self, actor: User) -> list[ServiceType]:
        return self.treatments.service_types(actor)

    def add_service_type(self, actor: User, value: ServiceType, colour: str = "") -> ServiceType:
        return self.treatments.add_service_type(actor, value, colour)

    def set_working_hours(
        self, actor: User, user_id: int, location_id: int, hours: WeeklyHours | None
    ) -> None:
        self.people.set_working_hours(actor, user_id, location_id, hours)

    def add_time_off(
        self,
        actor: User,
        span: Span,
        *,
        user_id: int | None = None,
        location_id: int | None = None,
        reason: str = "",
    ) -> None:
        """A practitioner away (user_id) or, with only location_id, the location closed."""
        self.people.add_time_off(
            actor, span, user_id=user_id, location_id=location_id, reason=reason
        )


def _location(record: LocationRecord) -> Location:
    return Location(
        record.id,
        record.name,
        record.zone,
        queries.hours_from_json(record.hours),
        record.version,
        record.active,
    )


def _room(record: RoomRecord) -> Room:
    return Room(
        record.id,
        record.location_id,
        record.name,
        record.active,
        record.version,
        queries.hours_from_json(record.hours),
    )


def _require_location(session: Session, location_id: int) -> None:
    if session.get(LocationRecord, location_id) is None:
        raise ValidationError({"location": translate("book", "Choose a location.")})


def _refuse_taken_location(session: Session, name: str, own_id: int | None) -> None:
    refuse_taken(session, LocationRecord, name, own_id)


def _refuse_taken_room(session: Session, location_id: int, name: str, own_id: int | None) -> None:
    refuse_taken(session, RoomRecord, name, own_id, location_id=location_id)
