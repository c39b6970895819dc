"""The rows of a client list file, checked: each row's client, its problems, and its keys.

Plain data in and out (no database, no Qt), so a long file can be checked in chunks by as
many processes as there are cores; what comes back says, for every row, what it would store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from operator import attrgetter, itemgetter
from typing import Any

from acudesk.domain.bulk import collector_paused
from acudesk.domain.clients import (
    CLIENT_FIELD_LABELS,
    ClientData,
    ClientRules,
    validate_keyed,
)
from acudesk.domain.csv_format import CsvRow, row_input
from acudesk.domain.reminders import ReminderConsent

_DATA_FIELDS = tuple(f.name for f in fields(ClientData))
_KEY_NAMES = ("name_key", "phone_digits", "email_key", "sort_key", "search_key")
PlainRow = tuple[int, tuple[str, ...]]  # (line, values): a CsvRow as a worker receives it
PlainChecked = tuple[int, tuple[Any, ...] | None, tuple[tuple[str, str], ...], tuple[str, ...], str]


@dataclass(frozen=True, slots=True)
class CheckedRow:
    """One row of the file: ``data`` and its ``keys`` when it passed, else its problems."""

    line: int
    data: ClientData | None
    problems: tuple[tuple[str, str], ...] = ()  # (field, message); "" for the row itself
    keys: dict[str, str] | None = None  # client_keys: what the row stores to be found
    name: str = ""  # the client's name as the row gives it, to say whose row has a problem

    @property
    def name_and_birth(self) -> tuple[str, date] | None:
        """(folded name, date of birth): one client, when the date of birth is known."""
        if self.data is None or self.keys is None or self.data.date_of_birth is None:
            return None
        return self.keys["name_key"], self.data.date_of_birth

    def duplicate_keys(self) -> list[str]:
        if self.data is None or self.keys is None:
            return []
        k = self.keys
        return duplicate_keys(
            k["name_key"], self.data.date_of_birth, k["phone_digits"], k["email_key"]
        )


def duplicate_keys(
    name_key: str, date_of_birth: date | None, phone_digits: str, email_key: str
) -> list[str]:
    """What makes two clients the same: the folded name with the date of birth, the phone's
    digits, the email (each only when known), as comparable strings."""
    keys = []
    if date_of_birth is not None:
        keys.append(f"n:{name_key}|{date_of_birth.isoformat()}")
    if phone_digits:
        keys.append(f"p:{phone_digits}")
    if email_key:
        keys.append(f"e:{email_key}")
    return keys


def check_rows(
    rows: Sequence[CsvRow], mapping: dict[int, str], header_count: int, rules: ClientRules
) -> list[CheckedRow]:
    """Every row through the client rules; the keys of each row that passed."""
    with collector_paused():
        return [_checked(row, mapping, header_count, rules) for row in rows]


def _checked(
    row: CsvRow, mapping: dict[int, str], header_count: int, rules: ClientRules
) -> CheckedRow:
    """One row through the client rules."""
    value, shape = row_input(row, mapping, header_count)
    name = " ".join(f"{value.first_name} {value.last_name}".split())
    data, errors, keys = validate_keyed(value, rules)
    problems = [("", shape)] if shape else []
    problems += [
        (CLIENT_FIELD_LABELS.get(field, field.replace("_", " ")), message)
        for field, message in errors.items()
    ]
    if problems or keys is None:
        return CheckedRow(row.line, None, tuple(problems), name=name)
    return CheckedRow(row.line, data, (), keys, name)


def check_plain(
    rows: Sequence[PlainRow], mapping: dict[int, str], header_count: int, rules: ClientRules
) -> list[PlainChecked]:
    """``check_rows`` for a worker process: plain tuples in and out, which cross between
    processes several times faster than dataclasses (pickled field by field)."""
    checked = check_rows(
        [CsvRow(line, values) for line, values in rows], mapping, header_count, rules
    )
    return [
        (row.line, None, row.problems, (), row.name)
        if row.data is None or row.keys is None
        else (row.line, _plain_data(row.data), row.problems, _keys_of(row.keys), row.name)
        for row in checked
    ]


def from_plain(plain: PlainChecked) -> CheckedRow:
    line, data, problems, keys, name = plain
    if data is None:
        return CheckedRow(line, None, problems, name=name)
    *fields_, email_since, sms_since = data
    consent = ReminderConsent(email_since, sms_since)
    client = ClientData(*fields_, consent)  # type: ignore[call-arg]  # every field, in order
    return CheckedRow(line, client, problems, dict(zip(_KEY_NAMES, keys, strict=True)), name)


# A client's fields as one tuple, its reminder consent as its two instants (a dataclass
# crosses to the parent process several times slower than the values it holds).
_fields_of = attrgetter(*(f for f in _DATA_FIELDS if f != "reminders"))
_keys_of = itemgetter(*_KEY_NAMES)


def _plain_data(data: ClientData) -> tuple[Any, ...]:
    return (*_fields_of(data), data.reminders.email_since, data.reminders.sms_since)
