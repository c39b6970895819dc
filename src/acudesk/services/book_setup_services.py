"""Setting up what the book offers: devices (electro-stimulators...) and services.

A service needing a device names a kind of device the clinic has. Neither is ever deleted
(appointments point to them): each is made inactive. Names are unique whatever their case
or accents (devices within their location).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.book_import import SetupFile, read_setup
from acudesk.domain.book_places import Device, checked_name
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_setup import (
    DEVICE,
    SERVICE_TYPE,
    ServiceSetup,
    checked_colour,
    checked_kind,
    refuse_unknown_kind,
)
from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import translate
from acudesk.domain.users import Permission, User
from acudesk.services.book_setup_common import BOOK_CHANGED, refuse_taken, saved, set_active
from acudesk.services.work import Service
from acudesk.store import book as queries
from acudesk.store.book_import import ImportCounts, write_setup
from acudesk.store.book_models import DeviceRecord, LocationRecord, ServiceTypeRecord


class TreatmentSetupService(Service):
    def devices(self, actor: User, location_id: int) -> list[Device]:
        """Every device of the location, active or not, by name."""
        with self._read_as(actor, Permission.BOOK) as session:
            records = session.scalars(
                select(DeviceRecord)
                .where(DeviceRecord.location_id == location_id)
                .order_by(DeviceRecord.name)
            )
            return [_device(record) for record in records]

    def device_kinds(self, actor: User) -> list[str]:
        """The kinds of the clinic's active devices, for a service to need."""
        with self._read_as(actor, Permission.BOOK) as session:
            return _kinds(session)

    def add_device(self, actor: User, location_id: int, name: str, kind: str) -> Device:
        record = DeviceRecord(
            location_id=location_id, name=checked_name(name), kind=_required_kind(kind)
        )
        with self._work(actor, Permission.MANAGE_CLINIC, what=DEVICE) as work:
            if work.session.get(LocationRecord, location_id) is None:
                raise ValidationError({"location": translate("book", "Choose a location.")})
            _refuse_taken_device(work.session, location_id, record.name, None)
            work.session.add(record)
            saved(work, record, AuditAction.CREATE, record.name)
            return _device(record)

    def update_device(self, actor: User, device: Device) -> Device:
        """Save ``device``'s name and kind over the version it was loaded at."""
        name, kind = checked_name(device.name), _required_kind(device.kind)
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            record = work.edit(DeviceRecord, device.id, device.version, what=DEVICE)
            _refuse_taken_device(work.session, record.location_id, name, record.id)
            record.name, record.kind = name, kind
            saved(work, record, AuditAction.UPDATE, record.name)
            return _device(record)

    def set_device_active(self, actor: User, device: Device, active: bool) -> Device:
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            return _device(
                set_active(work, DeviceRecord, device.id, device.version, DEVICE, active)
            )

    def service_types(self, actor: User) -> list[ServiceType]:
        """The active services, by name (what can be booked)."""
        with self._read_as(actor, Permission.BOOK) as session:
            records = session.scalars(
                select(ServiceTypeRecord)
                .where(ServiceTypeRecord.active.is_(True))
                .order_by(ServiceTypeRecord.name)
            )
            return [queries.to_service(record) for record in records]

    def service_setups(self, actor: User) -> list[ServiceSetup]:
        """Every service, active or not, with its colour and version, by name."""
        with self._read_as(actor, Permission.BOOK) as session:
            records = session.scalars(select(ServiceTypeRecord).order_by(ServiceTypeRecord.name))
            return [_setup(record) for record in records]

    def add_service_type(self, actor: User, value: ServiceType, colour: str = "") -> ServiceType:
        return self.add_service(actor, ServiceSetup(value, colour)).service

    def add_service(self, actor: User, value: ServiceSetup) -> ServiceSetup:
        service = value.service
        name, kind = checked_name(service.name), checked_kind(service.device_kind)
        colour = checked_colour(value.colour)
        with self._work(actor, Permission.MANAGE_CLINIC, what=SERVICE_TYPE) as work:
            _refuse_taken_service(work.session, name, None)
            refuse_unknown_kind(kind, _kinds(work.session))
            record = ServiceTypeRecord(name=name, colour=colour, active=value.active)
            _fill(record, service, kind)
            work.session.add(record)
            saved(work, record, AuditAction.CREATE, record.name)
            return _setup(record)

    def update_service(self, actor: User, value: ServiceSetup) -> ServiceSetup:
        """Save a service over the version it was loaded at (``value.service.id``).

        Appointments already booked keep their times; new ones take the new length."""
        service = value.service
        name, kind = checked_name(service.name), checked_kind(service.device_kind)
        colour = checked_colour(value.colour)
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            record = work.edit(ServiceTypeRecord, service.id or 0, value.version, what=SERVICE_TYPE)
            _refuse_taken_service(work.session, name, record.id)
            refuse_unknown_kind(kind, _kinds(work.session))
            record.name, record.colour = name, colour
            _fill(record, service, kind)
            saved(work, record, AuditAction.UPDATE, record.name)
            return _setup(record)

    def set_service_active(self, actor: User, value: ServiceSetup, active: bool) -> ServiceSetup:
        """Stop offering a service (its appointments stay), or offer it again."""
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            record = set_active(
                work, ServiceTypeRecord, value.service.id or 0, value.version, SERVICE_TYPE, active
            )
            return _setup(record)

    def import_setup(self, actor: User, document: str | Mapping[str, Any]) -> ImportCounts:
        """Services, rooms and devices from a set-up file (docs/book-setup.md): all of them,
        or, on the first problem (named by entry and field), none. A name already there is
        updated, not added again."""
        setup: SetupFile = read_setup(document)
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            counts = write_setup(work.session, setup)
            work.audit(AuditAction.IMPORT, "book_setup", counts.summary())
            work.changed(BOOK_CHANGED)
            return counts


def _required_kind(value: str) -> str:
    kind = checked_kind(value)
    if kind is None:
        raise ValidationError({"kind": translate("book", "Say what kind of device it is.")})
    return kind


def _fill(record: ServiceTypeRecord, service: ServiceType, kind: str | None) -> None:
    record.minutes = service.minutes
    record.buffer_before, record.buffer_after = service.before, service.after
    record.processing_from = service.processing_from if service.processing_minutes else 0
    record.processing_minutes = service.processing_minutes
    record.device_kind = kind


def _kinds(session: Session) -> list[str]:
    rows = session.scalars(
        select(DeviceRecord.kind).where(DeviceRecord.active.is_(True)).distinct()
    )
    return sorted(rows)


def _device(record: DeviceRecord) -> Device:
    return Device(
        record.id, record.location_id, record.name, record.kind, record.active, record.version
    )


def _setup(record: ServiceTypeRecord) -> ServiceSetup:
    return ServiceSetup(queries.to_service(record), record.colour, record.active, record.version)


def _refuse_taken_device(session: Session, location_id: int, name: str, own_id: int | None) -> None:
    refuse_taken(session, DeviceRecord, name, own_id, location_id=location_id)


def _refuse_taken_service(session: Session, name: str, own_id: int | None) -> None:
    refuse_taken(session, ServiceTypeRecord, name, own_id)
