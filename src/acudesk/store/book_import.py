"""Writing a checked book set-up file (domain.book_import) in the caller's transaction.

A name already there (whatever its case or accents) is updated, not added again; what needs
the database is checked here: each room's and device's location, each service's device kind.
Every problem is raised together, before anything is written. Nothing here commits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.book_import import (
    PlaceEntry,
    SetupFile,
    SetupFileError,
    unknown_kind,
    unknown_location,
)
from acudesk.domain.book_setup import name_key
from acudesk.store.book import lock_names
from acudesk.store.book_models import DeviceRecord, LocationRecord, RoomRecord, ServiceTypeRecord


@dataclass(frozen=True, slots=True)
class ImportCounts:
    added: int = 0
    updated: int = 0

    def summary(self) -> str:
        return f"{self.added} added, {self.updated} updated"


def write_setup(session: Session, setup: SetupFile) -> ImportCounts:
    locations = {name_key(r.name): r.id for r in session.scalars(select(LocationRecord))}
    problems = _unknown_locations(locations, [*setup.rooms, *setup.devices])
    kinds = {
        name_key(kind)
        for kind in session.scalars(select(DeviceRecord.kind).where(DeviceRecord.active.is_(True)))
    } | {name_key(d.kind or "") for d in setup.devices if d.active}
    for where, entry in setup.services:
        kind = entry.service.device_kind
        if kind is not None and name_key(kind) not in kinds:
            problems.append(unknown_kind(where, kind))
    if problems:
        raise SetupFileError(problems)
    # The name sets written, locked in one order (as the set-up's single edits lock them).
    places = sorted({locations[name_key(e.location)] for e in [*setup.rooms, *setup.devices]})
    for table in (DeviceRecord, RoomRecord):
        for location_id in places:
            lock_names(session, table, location_id=location_id)
    lock_names(session, ServiceTypeRecord)
    added = updated = 0
    for made in (
        _write_rooms(session, setup.rooms, locations),
        _write_devices(session, setup.devices, locations),
        _write_services(session, setup),
    ):
        added, updated = added + made[0], updated + made[1]
    session.flush()
    return ImportCounts(added, updated)


def _unknown_locations(locations: dict[str, int], entries: Iterable[PlaceEntry]) -> list[str]:
    return [
        unknown_location(e.where, e.location)
        for e in entries
        if name_key(e.location) not in locations
    ]


def _write_services(session: Session, setup: SetupFile) -> tuple[int, int]:
    existing = {name_key(r.name): r for r in session.scalars(select(ServiceTypeRecord))}
    added = 0
    for _where, entry in setup.services:
        service = entry.service
        record = existing.get(name_key(service.name))
        if record is None:
            record = ServiceTypeRecord()
            session.add(record)
            added += 1
        record.name, record.minutes = service.name, service.minutes
        record.buffer_before, record.buffer_after = service.before, service.after
        record.processing_from = service.processing_from if service.processing_minutes else 0
        record.processing_minutes = service.processing_minutes
        record.device_kind = service.device_kind
        record.colour, record.active = entry.colour, entry.active
    return added, len(setup.services) - added


def _write_rooms(
    session: Session, rooms: list[PlaceEntry], locations: dict[str, int]
) -> tuple[int, int]:
    existing = {(r.location_id, name_key(r.name)): r for r in session.scalars(select(RoomRecord))}
    added = 0
    for entry in rooms:
        location_id = locations[name_key(entry.location)]
        record = existing.get((location_id, name_key(entry.name)))
        if record is None:
            record = RoomRecord(location_id=location_id, hours={})
            session.add(record)
            added += 1
        record.name, record.active = entry.name, entry.active
    return added, len(rooms) - added


def _write_devices(
    session: Session, devices: list[PlaceEntry], locations: dict[str, int]
) -> tuple[int, int]:
    existing = {(r.location_id, name_key(r.name)): r for r in session.scalars(select(DeviceRecord))}
    added = 0
    for entry in devices:
        location_id = locations[name_key(entry.location)]
        record = existing.get((location_id, name_key(entry.name)))
        if record is None:
            record = DeviceRecord(location_id=location_id)
            session.add(record)
            added += 1
        record.name, record.kind, record.active = entry.name, entry.kind or "", entry.active
    return added, len(devices) - added
