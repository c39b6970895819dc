"""A free slot in words ("Tue 24 Nov 10:00 · Pat · Blue room"), and the combos it is chosen in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QComboBox

from acudesk.domain.book_places import Location
from acudesk.domain.book_rules import Slot
from acudesk.domain.users import User
from acudesk.services.book_setup import BookSetupService


@dataclass
class ResourceNames:
    """The names the combos show, by id: who works and which room."""

    people: dict[int, str] = field(default_factory=dict)
    rooms: dict[int, str] = field(default_factory=dict)


def fill_resource_combos(
    setup: BookSetupService,
    actor: User,
    location: Location,
    people: QComboBox,
    rooms: QComboBox,
    *,
    anyone: str,
    anywhere: str,
) -> ResourceNames:
    """Fill the practitioner and room combos (first item: ``anyone``/``anywhere``, data None)."""
    names = ResourceNames()
    people.addItem(anyone, None)
    for person_id, name in setup.practitioners(actor):
        people.addItem(name, person_id)
        names.people[person_id] = name
    rooms.addItem(anywhere, None)
    for room in setup.rooms(actor, location.id):
        if room.active:
            rooms.addItem(room.name, room.id)
            names.rooms[room.id] = room.name
    return names


def when_text(moment: datetime, zone: ZoneInfo) -> str:
    """ "Tue 16 Mar 10:00" on the location's clock, in the screens' language."""
    local = moment.astimezone(zone).replace(tzinfo=None)
    return QLocale().toString(QDateTime(local), "ddd d MMM HH:mm")


def slot_text(slot: Slot, zone: ZoneInfo, names: ResourceNames) -> str:
    parts = [when_text(slot.start, zone)]
    if slot.practitioner_id is not None:
        parts.append(names.people.get(slot.practitioner_id, ""))
    if slot.room_id is not None:
        parts.append(names.rooms.get(slot.room_id, ""))
    return " · ".join(part for part in parts if part)
