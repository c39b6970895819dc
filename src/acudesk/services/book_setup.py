"""Setting up the book: locations, rooms, devices, services, working hours and time off."""

from __future__ import annotations

from sqlalchemy import select

from acudesk.domain.audit import AuditAction
from acudesk.domain.book_places import Device, Location, Room, checked_name, checked_zone
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import Span, WeeklyHours
from acudesk.domain.changes import Changes
from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import translate
from acudesk.domain.users import Permission, Role, User
from acudesk.services.work import Service
from acudesk.store import book as queries
from acudesk.store.book_models import (
    DeviceRecord,
    LocationRecord,
    RoomRecord,
    ServiceTypeRecord,
    TimeOffRecord,
    WorkingHoursRecord,
)
from acudesk.store.models import UserRecord

BOOK_CHANGED = Changes.of(book=True)


class BookSetupService(Service):
    def locations(self, actor: User) -> list[Location]:
        with self._read_as(actor, Permission.BOOK) as session:
            records = session.scalars(select(LocationRecord).order_by(LocationRecord.name))
            return [_location(record) for record in records]

    def add_location(
        self, actor: User, name: str, zone: str, hours: WeeklyHours | None = None
    ) -> Location:
        record = LocationRecord(
            name=checked_name(name), zone=checked_zone(zone), hours=queries.hours_to_json(hours)
        )
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            work.session.add(record)
            work.session.flush()
            work.audit(AuditAction.CREATE, record, record.name)
            work.changed(BOOK_CHANGED)
            return _location(record)

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
        with self._read_as(actor, Permission.BOOK) as session:
            records = session.scalars(
                select(RoomRecord)
                .where(RoomRecord.location_id == location_id)
                .order_by(RoomRecord.name)
            )
            return [Room(r.id, r.location_id, r.name, r.active, r.version) for r in records]

    def add_room(self, actor: User, location_id: int, name: str) -> Room:
        record = RoomRecord(location_id=location_id, name=checked_name(name), hours={})
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            work.session.add(record)
            work.session.flush()
            work.audit(AuditAction.CREATE, record, record.name)
            work.changed(BOOK_CHANGED)
            return Room(record.id, location_id, record.name, True, record.version)

    def add_device(self, actor: User, location_id: int, name: str, kind: str) -> Device:
        record = DeviceRecord(
            location_id=location_id, name=checked_name(name), kind=checked_name(kind, "kind")
        )
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            work.session.add(record)
            work.session.flush()
            work.audit(AuditAction.CREATE, record, record.name)
            work.changed(BOOK_CHANGED)
            return Device(record.id, location_id, record.name, record.kind, True, record.version)

    def service_types(self, actor: User) -> list[ServiceType]:
        with self._read_as(actor, Permission.BOOK) as session:
            records = session.scalars(
                select(ServiceTypeRecord)
                .where(ServiceTypeRecord.active.is_(True))
                .order_by(ServiceTypeRecord.name)
            )
            return [queries.to_service(record) for record in records]

    def add_service_type(self, actor: User, value: ServiceType, colour: str = "") -> ServiceType:
        record = ServiceTypeRecord(
            name=checked_name(value.name),
            minutes=value.minutes,
            buffer_before=value.before,
            buffer_after=value.after,
            processing_from=value.processing_from,
            processing_minutes=value.processing_minutes,
            device_kind=value.device_kind,
            colour=colour if len(colour) <= 9 else "",
        )
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            work.session.add(record)
            work.session.flush()
            work.audit(AuditAction.CREATE, record, record.name)
            work.changed(BOOK_CHANGED)
            return queries.to_service(record)

    def set_working_hours(
        self, actor: User, user_id: int, location_id: int, hours: WeeklyHours | None
    ) -> None:
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            record = work.session.get(WorkingHoursRecord, (user_id, location_id))
            if record is None:
                record = WorkingHoursRecord(user_id=user_id, location_id=location_id)
                work.session.add(record)
            record.hours = queries.hours_to_json(hours)
            work.session.flush()
            work.audit(AuditAction.UPDATE, "working_hours", entity_id=f"{user_id}@{location_id}")
            work.changed(BOOK_CHANGED)

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
        if (user_id is None) == (location_id is None):
            raise ValueError("time off is for a practitioner or for a location")
        if span.end <= span.start:
            raise ValidationError({"end": translate("book", "Time off must end after it starts.")})
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            record = TimeOffRecord(
                user_id=user_id,
                location_id=location_id if user_id is None else None,
                starts_at=queries.naive(span.start),
                ends_at=queries.naive(span.end),
                reason=_reason(reason),
            )
            work.session.add(record)
            work.session.flush()
            work.audit(AuditAction.CREATE, record, record.reason)
            work.changed(BOOK_CHANGED)


def _location(record: LocationRecord) -> Location:
    return Location(
        record.id, record.name, record.zone, queries.hours_from_json(record.hours), record.version
    )


def _reason(value: str) -> str:
    reason = " ".join(value.split())
    if len(reason) > 200:
        raise ValidationError({"reason": translate("book", "A reason is at most 200 characters.")})
    return reason
