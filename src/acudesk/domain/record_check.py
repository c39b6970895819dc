"""What any file the app reads as a record must be before its parts are decoded: JSON that
is not nested without end, whose text is text (no lone surrogate, no NUL, which neither
database can store), whose numbers are finite and whose whole numbers fit the database.

Each problem is refused with where it is in the file ("sessions[2].notes.plan") and why.
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from acudesk.domain.appointments import AppointmentStatus
from acudesk.domain.i18n import translate

MAX_DEPTH = 40  # the record format nests about 6 deep; a chart point a few more
INT_MIN, INT_MAX = -(2**31), 2**31 - 1  # PostgreSQL's integer


class DocumentError(ValueError):
    """The file cannot be a record; the message names where and why."""


def _at(path: str, reason: str) -> DocumentError:
    #: {path} names a place in the file, e.g. "sessions[2].notes"; {reason} says what is wrong.
    return DocumentError(
        translate("records", "{path}: {reason}").format(path=path or "(file)", reason=reason)
    )


def load_document(text: str) -> Any:
    """The JSON in ``text``, checked by ``check_document``; DocumentError otherwise."""
    try:
        document = json.loads(text)
    except RecursionError:
        raise _at("", translate("records", "nested too deeply to be a record.")) from None
    except ValueError as error:
        #: {error} is the JSON reader's own explanation (English).
        message = translate("records", "This file is not valid JSON: {error}.")
        raise DocumentError(message.format(error=error)) from None
    check_document(document)
    return document


def _text_problem(text: str) -> str | None:
    if "\x00" in text:
        return translate("records", "contains a NUL character, which is not text.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return translate("records", "contains a character that is not valid text.")
    return None


def _value_problem(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        if not INT_MIN <= value <= INT_MAX:
            return translate("records", "this number is out of range.")
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) > INT_MAX:
            return translate("records", "this number is out of range.")
        return None
    if isinstance(value, str):
        return _text_problem(value)
    if isinstance(value, (dict, list)):
        return None
    return translate("records", "this is not a value a record holds.")


def check_document(document: Any) -> None:
    """Walk the whole document (without recursion: a deep one cannot overflow the stack)."""
    stack: list[tuple[Any, str, int]] = [(document, "", 0)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _at(path, translate("records", "nested too deeply to be a record."))
        problem = _value_problem(value)
        if problem:
            raise _at(path, problem)
        if isinstance(value, dict):
            for key, item in value.items():
                where = f"{path}.{key}" if path else str(key)
                if not isinstance(key, str) or _text_problem(key):
                    raise _at(path, translate("records", "a name in it is not valid text."))
                stack.append((item, where, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value))


APPOINTMENT_TEXTS = ("zone", "location", "room", "practitioner", "service", "status", "notes")


def check_appointments(document: dict[str, Any]) -> int:
    """The record's ``appointments`` (absent: none) are a list of objects of the shape export
    writes: local start and end (the end after the start), a known zone and status, texts;
    how many there are.

    Import books none of them (docs/record-format.md says why) but refuses a damaged list,
    as it refuses any damaged part of the file.
    """
    raw = document.get("appointments")
    if raw is None:
        return 0
    if not isinstance(raw, list):
        raise _at("appointments", translate("records", "expected a list."))
    statuses = {status.value for status in AppointmentStatus}
    for index, item in enumerate(raw):
        where = f"appointments[{index}]"
        if not isinstance(item, dict):
            raise _at(where, translate("records", "expected an object."))
        for key in APPOINTMENT_TEXTS:
            if not isinstance(item.get(key, ""), str):
                raise _at(f"{where}.{key}", translate("records", "expected text."))
        if item.get("status") not in statuses:
            raise _at(f"{where}.status", translate("records", "not a status of the book."))
        if item.get("zone") not in _zones():
            raise _at(f"{where}.zone", translate("records", "not a time zone."))
        zone = ZoneInfo(item["zone"])
        start, end = (_moment(item, key, zone, where) for key in ("start", "end"))
        if end <= start:
            raise _at(f"{where}.end", translate("records", "the end is not after the start."))
    return len(raw)


def _moment(item: dict[str, Any], key: str, zone: ZoneInfo, where: str) -> datetime:
    """``item[key]`` as an aware moment: a local time in ``zone``, with its UTC offset (as
    export writes it) or without (as files before 2026-12 have it); an offset the zone
    did not have at that time is refused."""
    try:
        value = datetime.fromisoformat(item.get(key) or "")
    except (TypeError, ValueError):
        raise _at(f"{where}.{key}", translate("records", "expected a date and time.")) from None
    if value.tzinfo is None:
        return value.replace(tzinfo=zone)
    if value.astimezone(zone).utcoffset() != value.utcoffset():
        raise _at(
            f"{where}.{key}",
            translate("records", "the UTC offset is not the one of {zone} then.").format(
                zone=zone.key
            ),
        )
    return value


@cache
def _zones() -> frozenset[str]:
    """The IANA zone names, read from tzdata once (a walk of its files: ~10 ms a call)."""
    return frozenset(available_timezones())
