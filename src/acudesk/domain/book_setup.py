"""Setting up the book: the values its set-up screens edit, and the rules they share.

Names are unique within their kind (and, for rooms and devices, their location) whatever
their case or accents: "Stanza Blu" and "stanza blù" are one room. Opening and working
hours are typed per weekday as opening, closing and breaks; a break splits the day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import time
from itertools import pairwise

from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WEEKDAY_NAMES, Span, WeeklyHours
from acudesk.domain.errors import Subject, ValidationError
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.domain.text import fold

KIND_LIMIT = 40
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_STRETCH = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})\s*$")

LOCATION = Subject(
    QT_TRANSLATE_NOOP("errors", "this location"),
    QT_TRANSLATE_NOOP("errors", "That location no longer exists."),
)
ROOM = Subject(
    QT_TRANSLATE_NOOP("errors", "this room"),
    QT_TRANSLATE_NOOP("errors", "That room no longer exists."),
)
DEVICE = Subject(
    QT_TRANSLATE_NOOP("errors", "this device"),
    QT_TRANSLATE_NOOP("errors", "That device no longer exists."),
)
SERVICE_TYPE = Subject(
    QT_TRANSLATE_NOOP("errors", "this service"),
    QT_TRANSLATE_NOOP("errors", "That service no longer exists."),
)
WORKING_HOURS = Subject(
    QT_TRANSLATE_NOOP("errors", "these working hours"),
    QT_TRANSLATE_NOOP("errors", "Those working hours no longer exist."),
)
TIME_OFF = Subject(
    QT_TRANSLATE_NOOP("errors", "this time off"),
    QT_TRANSLATE_NOOP("errors", "That time off no longer exists."),
)


@dataclass(frozen=True, slots=True)
class ServiceSetup:
    """A service as its set-up tab shows it: the rules' ServiceType, its colour and state."""

    service: ServiceType
    colour: str = ""
    active: bool = True
    version: int = 0  # 0: not saved yet


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """One practitioner's weekly hours at one location (version 0: none saved yet)."""

    user_id: int
    location_id: int
    hours: WeeklyHours | None
    version: int = 0


@dataclass(frozen=True, slots=True)
class TimeOff:
    """A practitioner away (user_id) or, with only location_id, a location closed."""

    span: Span
    user_id: int | None = None
    location_id: int | None = None
    reason: str = ""
    id: int | None = None
    version: int = 0


def name_key(name: str) -> str:
    """What two names must not share to be told apart: no case, no accents, single spaces."""
    return fold(name)


def refuse_duplicate(name: str, taken: Iterable[str], field: str = "name") -> None:
    """A ValidationError when ``name`` is one of ``taken`` but for case or accents."""
    key = name_key(name)
    for other in taken:
        if name_key(other) == key:
            raise ValidationError(
                {
                    field: translate("book", "'{name}' is already used (as '{other}').").format(
                        name=name, other=other
                    )
                }
            )


def checked_colour(value: str) -> str:
    """A colour as #RRGGBB (upper case), or "" for the book's own."""
    colour = value.strip()
    if not colour:
        return ""
    if not _COLOUR.fullmatch(colour):
        raise ValidationError(
            {"colour": translate("book", "A colour is written #RRGGBB, e.g. #7AA6C2.")}
        )
    return colour.upper()


def checked_kind(value: str | None) -> str | None:
    """A device kind as typed, trimmed; None for none."""
    if value is None or not " ".join(value.split()):
        return None
    kind = " ".join(value.split())
    if len(kind) > KIND_LIMIT or any(not ch.isprintable() for ch in kind):
        raise ValidationError(
            {
                "device_kind": translate(
                    "book", "A kind is at most {limit} characters of text."
                ).format(limit=KIND_LIMIT)
            }
        )
    return kind


def refuse_unknown_kind(kind: str | None, known: Iterable[str]) -> None:
    """A service may only need a kind of device the clinic has."""
    if kind is None:
        return
    if name_key(kind) not in {name_key(k) for k in known}:
        raise ValidationError(
            {
                "device_kind": translate(
                    "book", "No device is of the kind '{kind}': add one on the Devices tab first."
                ).format(kind=kind)
            }
        )


def day_stretches(
    weekday: int, opens: time, closes: time, breaks: Iterable[tuple[time, time]] = ()
) -> tuple[tuple[time, time], ...]:
    """A day's hours from its opening, closing and breaks; refused with the day's message
    when it closes before it opens, a break ends before it starts, lies outside the hours, or
    overlaps another break."""
    field = f"hours.{weekday}"
    day = WEEKDAY_NAMES[weekday]
    if closes <= opens:
        raise ValidationError(
            {
                field: translate("book", "On {day} the closing time is before the opening.").format(
                    day=day
                )
            }
        )
    ordered = sorted(breaks)
    for start, end in ordered:
        if end <= start:
            message = translate("book", "On {day} a break ends before it starts.")
            raise ValidationError({field: message.format(day=day)})
        if start <= opens or end >= closes:
            message = translate("book", "On {day} a break lies outside the hours.")
            raise ValidationError({field: message.format(day=day)})
    for (_start, end), (following, _end) in pairwise(ordered):
        if following < end:
            message = translate("book", "On {day} two breaks overlap.")
            raise ValidationError({field: message.format(day=day)})
    edges = [opens, *(t for pair in ordered for t in pair), closes]
    return tuple((edges[i], edges[i + 1]) for i in range(0, len(edges), 2))


def split_day(stretches: Iterable[tuple[time, time]]) -> tuple[time, time, list[tuple[time, time]]]:
    """The opening, closing and breaks of a day's stretches (the inverse of day_stretches)."""
    ordered = sorted(stretches)
    breaks = [(ordered[i][1], ordered[i + 1][0]) for i in range(len(ordered) - 1)]
    return ordered[0][0], ordered[-1][1], breaks


def parse_breaks(weekday: int, text: str) -> list[tuple[time, time]]:
    """Breaks typed as "13:00-14:00, 16:30-16:45" (empty: none)."""
    breaks = []
    for part in (p for p in re.split(r"[,;]", text) if p.strip()):
        found = _STRETCH.match(part)
        moments = None
        if found:
            h1, m1, h2, m2 = (int(g) for g in found.groups())
            if h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60:
                moments = (time(h1, m1), time(h2, m2))
        if moments is None:
            message = translate(
                "book", "On {day} write each break as 13:00-14:00, separated by commas."
            )
            raise ValidationError({f"hours.{weekday}": message.format(day=WEEKDAY_NAMES[weekday])})
        breaks.append(moments)
    return breaks


def breaks_text(breaks: Iterable[tuple[time, time]]) -> str:
    return ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in breaks)
