"""The book set-up file (docs/book-setup.md): services, rooms and devices as JSON.

Reading checks every entry and collects every problem, each naming the entry and the field
("services[2] 'Facial': minutes must be a whole number"), so that a file is fixed in one go.
What needs the database (locations by name, device kinds) is checked when it is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from acudesk.domain.book_places import checked_name
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_setup import ServiceSetup, checked_colour, checked_kind, name_key
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.i18n import translate
from acudesk.domain.record_check import DocumentError, load_document

FORMAT = "acudesk-book-setup/1"
MAX_BYTES = 1_000_000  # a clinic's set-up is a few kilobytes
MAX_ENTRIES = 1_000  # of each list
MAX_PROBLEMS = 50
T = TypeVar("T")

SERVICE_FIELDS = {
    "name": "name",
    "minutes": "minutes",
    "buffer_before": "before",
    "buffer_after": "after",
    "processing_from": "processing_from",
    "processing_minutes": "processing_minutes",
    "device_kind": "device_kind",
    "colour": "colour",
    "active": "active",
}
PLACE_FIELDS = {"location", "name", "active"}
DEVICE_FIELDS = {"location", "name", "kind", "active"}


class SetupFileError(AcudeskError):
    """The file cannot be imported; ``problems`` lists each entry's problem, one a line."""

    def __init__(self, problems: list[str]) -> None:
        shown = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            more = translate("book", "...and {count} more problems.")
            shown.append(more.format(count=len(problems) - MAX_PROBLEMS))
        super().__init__("\n".join(shown), "file")
        self.problems = shown


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A room (kind None) or a device of a named location, as the file has it."""

    where: str  # "rooms[0] 'Blue room'", for messages
    location: str
    name: str
    kind: str | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class SetupFile:
    services: list[tuple[str, ServiceSetup]] = field(default_factory=list)
    rooms: list[PlaceEntry] = field(default_factory=list)
    devices: list[PlaceEntry] = field(default_factory=list)


def read_setup(document: str | Mapping[str, Any]) -> SetupFile:
    """The file's entries, checked; SetupFileError listing every problem otherwise."""
    if isinstance(document, str):
        if len(document.encode("utf-8", "surrogatepass")) > MAX_BYTES:
            message = translate("book", "The file is larger than {size} kB: not a set-up file.")
            raise SetupFileError([message.format(size=MAX_BYTES // 1000)])
        try:
            document = load_document(document)
        except DocumentError as error:
            raise SetupFileError([str(error)]) from None
    if not isinstance(document, Mapping):
        raise SetupFileError([translate("book", "The file must hold one JSON object (in braces).")])
    problems: list[str] = []
    if document.get("format") != FORMAT:
        message = translate("book", 'format: this is not a set-up file (expected "{format}").')
        problems.append(message.format(format=FORMAT))
    for key in sorted(set(document) - {"format", "services", "rooms", "devices"}):
        problems.append(translate("book", "{field}: unknown part of the file.").format(field=key))
    services = _entries(document, "services", _service, problems)
    rooms = _entries(document, "rooms", _room, problems)
    devices = _entries(document, "devices", _device, problems)
    _refuse_repeats(problems, [(where, s.service.name, "") for where, s in services])
    _refuse_repeats(problems, [(r.where, r.name, name_key(r.location)) for r in rooms])
    _refuse_repeats(problems, [(d.where, d.name, name_key(d.location)) for d in devices])
    if problems:
        raise SetupFileError(problems)
    return SetupFile(services, rooms, devices)


def _entries(
    document: Mapping[str, Any],
    key: str,
    read: Callable[[str, Mapping[str, Any]], T],
    problems: list[str],
) -> list[T]:
    value = document.get(key, [])
    if not isinstance(value, list):
        problems.append(
            translate("book", "{field}: must be a list (in square brackets).").format(field=key)
        )
        return []
    if len(value) > MAX_ENTRIES:
        message = translate("book", "{field}: more than {most} entries.")
        problems.append(message.format(field=key, most=MAX_ENTRIES))
        return []
    entries = []
    for index, entry in enumerate(value):
        where = f"{key}[{index}]"
        if not isinstance(entry, Mapping):
            problems.append(
                translate("book", "{entry}: must be an object (in braces).").format(entry=where)
            )
            continue
        name = entry.get("name")
        if isinstance(name, str) and name.strip():
            where = f"{where} '{' '.join(name.split())[:40]}'"
        try:
            entries.append(read(where, entry))
        except ValidationError as error:
            problems.extend(
                f"{where}: {field}: {message}" for field, message in error.errors.items()
            )
    return entries


def _unknown(entry: Mapping[str, Any], known: set[str] | Mapping[str, str]) -> None:
    unknown = sorted(str(k) for k in entry if k not in known)
    if unknown:
        message = translate("book", "unknown field (the fields are {fields}).")
        raise ValidationError({unknown[0]: message.format(fields=", ".join(sorted(known)))})


def _text(entry: Mapping[str, Any], key: str, required: bool = True) -> str:
    value = entry.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ValidationError({key: translate("book", "must be text in quotes.")})
    return value


def _whole(entry: Mapping[str, Any], key: str, default: int | None = 0) -> int:
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError({key: translate("book", "must be a whole number of minutes.")})
    return value


def _flag(entry: Mapping[str, Any]) -> bool:
    value = entry.get("active", True)
    if not isinstance(value, bool):
        raise ValidationError({"active": translate("book", "must be true or false.")})
    return value


def _service(where: str, entry: Mapping[str, Any]) -> tuple[str, ServiceSetup]:
    _unknown(entry, SERVICE_FIELDS)
    kind = entry.get("device_kind")
    if kind is not None and not isinstance(kind, str):
        raise ValidationError({"device_kind": translate("book", "must be text in quotes.")})
    try:
        service = ServiceType(
            checked_name(_text(entry, "name")),
            _whole(entry, "minutes", None),
            before=_whole(entry, "buffer_before"),
            after=_whole(entry, "buffer_after"),
            processing_from=_whole(entry, "processing_from"),
            processing_minutes=_whole(entry, "processing_minutes"),
            device_kind=checked_kind(kind),
        )
    except ValidationError as error:
        fields = {rule: name for name, rule in SERVICE_FIELDS.items()}
        raise ValidationError(
            {fields.get(key, key): message for key, message in error.errors.items()}
        ) from None
    return where, ServiceSetup(service, checked_colour(_text(entry, "colour", False)), _flag(entry))


def _room(where: str, entry: Mapping[str, Any]) -> PlaceEntry:
    _unknown(entry, PLACE_FIELDS)
    location = checked_name(_text(entry, "location"), "location")
    return PlaceEntry(where, location, checked_name(_text(entry, "name")), None, _flag(entry))


def _device(where: str, entry: Mapping[str, Any]) -> PlaceEntry:
    _unknown(entry, DEVICE_FIELDS)
    location = checked_name(_text(entry, "location"), "location")
    kind = checked_kind(_text(entry, "kind"))
    if kind is None:
        raise ValidationError({"kind": translate("book", "Say what kind of device it is.")})
    return PlaceEntry(where, location, checked_name(_text(entry, "name")), kind, _flag(entry))


def unknown_kind(where: str, kind: str) -> str:
    """The problem of a service needing a kind of device the clinic has none of."""
    message = translate("book", "{entry}: device_kind: no device is of the kind '{kind}'.")
    return message.format(entry=where, kind=kind)


def unknown_location(where: str, name: str) -> str:
    message = translate("book", "{entry}: location: no location is called '{name}'.")
    return message.format(entry=where, name=name)


def _refuse_repeats(problems: list[str], entries: list[tuple[str, str, str]]) -> None:
    first: dict[tuple[str, str], str] = {}
    for where, name, scope in entries:
        key = (scope, name_key(name))
        if key in first:
            message = translate("book", "{entry}: name: the same name as {other}.")
            problems.append(message.format(entry=where, other=first[key]))
        else:
            first[key] = where
