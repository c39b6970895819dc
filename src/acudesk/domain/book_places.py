"""The book's places and things: locations (with their time zone), rooms and devices."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from acudesk.domain.book_time import WeeklyHours
from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import translate

NAME_LIMIT = 80


@dataclass(frozen=True, slots=True)
class Location:
    id: int
    name: str
    zone: str
    hours: WeeklyHours | None
    version: int
    active: bool = True

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)


@dataclass(frozen=True, slots=True)
class Room:
    id: int
    location_id: int
    name: str
    active: bool
    version: int
    hours: WeeklyHours | None = None  # None: the location's hours


@dataclass(frozen=True, slots=True)
class Device:
    id: int
    location_id: int
    name: str
    kind: str
    active: bool
    version: int


def checked_name(value: str, field: str = "name") -> str:
    """A name as typed, trimmed: refused when empty, too long or not plain text."""
    name = " ".join(value.split())
    if not name:
        raise ValidationError({field: translate("book", "Enter a name.")})
    if len(name) > NAME_LIMIT or any(not ch.isprintable() for ch in name):
        raise ValidationError(
            {
                field: translate("book", "A name is at most {limit} characters of text.").format(
                    limit=NAME_LIMIT
                )
            }
        )
    return name


def checked_zone(value: str) -> str:
    """An IANA time zone name such as Europe/London, refused with a message if unknown."""
    zone = value.strip()
    if zone not in available_timezones():
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(
                {
                    "zone": translate(
                        "book", "'{zone}' is not a time zone acudesk knows (e.g. Europe/London)."
                    ).format(zone=zone[:40])
                }
            ) from None
    return zone
