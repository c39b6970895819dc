"""acudesk's table of medicines and allergens that imply an intake condition.

Read from resources/catalog/medications.json (format "acudesk-medications/1", described in
docs/knowledge-tables.md). Each entry names one medicine (or allergen) by its generic
names and brands, in English and Italian where they differ, the intake field it is read in
("medications" or "allergies") and the condition id (``intake.CONDITIONS``) whose alert it
raises: warfarin under Medications raises "anticoagulants", nickel under Allergies raises
"metal-allergy".

The file is checked when read, like the ingredient table.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from acudesk.domain.ingredient_words import tokens
from acudesk.domain.intake import CONDITIONS_BY_ID
from acudesk.resources import resource

FORMAT = "acudesk-medications/1"
FIELDS = ("medications", "allergies")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEYS = {
    "id",
    "name",
    "field",
    "condition",
    "generic",
    "brands",
    "systemic_only",
    "requires_any",
    "not_with",
    "note",
}


class MedicationTableError(ValueError):
    """The medicines table is not usable; the message lists every problem found."""


@dataclass(frozen=True, slots=True)
class MedicationEntry:
    id: str
    name: str  # as a sentence says it: "Warfarin"
    field: str  # "medications" | "allergies"
    condition: str  # the intake condition id it implies
    generic: tuple[str, ...]
    brands: tuple[str, ...]
    systemic_only: bool = False  # a cream, eye drops or an inhaler of it imply nothing
    requires_any: tuple[str, ...] = ()  # words one of which must be on the line ("mg")
    not_with: tuple[str, ...] = ()  # words that mean another use ("aceponate": a cream)
    note: str = ""  # a sentence said with the inference: another common use

    @property
    def names(self) -> tuple[str, ...]:
        return (*self.generic, *self.brands)


@dataclass(frozen=True, slots=True)
class MedicationTable:
    entries: Mapping[str, MedicationEntry]
    topical_words: frozenset[str]  # tokens of the words that say a medicine is not systemic


def _strings(raw: object, where: str, problems: list[str]) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(v, str) and v.strip() for v in raw):
        problems.append(f"{where}: expected a list of non-empty texts")
        return ()
    return tuple(v.strip() for v in raw)


def _entry(raw: object, where: str, problems: list[str]) -> MedicationEntry | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected an object")
        return None
    eid = raw.get("id")
    if not isinstance(eid, str) or not _ID.match(eid):
        problems.append(f"{where}.id: expected a lower-case id like 'warfarin'")
        return None
    where = f"entry {eid}"
    unknown = set(raw) - _KEYS
    if unknown:
        problems.append(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    name, field, condition = raw.get("name"), raw.get("field"), raw.get("condition")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}.name: expected the name a sentence uses")
        name = eid
    if field not in FIELDS:
        problems.append(f"{where}.field: one of {', '.join(FIELDS)}, not {field!r}")
    if condition not in CONDITIONS_BY_ID:
        problems.append(f"{where}.condition: no intake condition {condition!r}")
    note = raw.get("note", "")
    if not isinstance(note, str):
        problems.append(f"{where}.note: expected a sentence")
        note = ""
    systemic_only = raw.get("systemic_only", False)
    if not isinstance(systemic_only, bool):
        problems.append(f"{where}.systemic_only: expected true or false")
    entry = MedicationEntry(
        id=eid,
        name=name.strip(),
        field=str(field),
        condition=str(condition),
        generic=_strings(raw.get("generic"), f"{where}.generic", problems),
        brands=_strings(raw.get("brands"), f"{where}.brands", problems),
        systemic_only=systemic_only is True,
        requires_any=_strings(raw.get("requires_any"), f"{where}.requires_any", problems),
        not_with=_strings(raw.get("not_with"), f"{where}.not_with", problems),
        note=note.strip(),
    )
    if not entry.names:
        problems.append(f"{where}: has no generic name or brand")
    for text in entry.names:
        words = tokens(text)
        if not words or any(w.isdigit() for w in words[:1]):
            problems.append(f"{where}: {text!r} cannot be matched as words")
    return entry


def parse_medications(raw: object) -> MedicationTable:
    """The table from its JSON form; MedicationTableError lists every problem found."""
    if not isinstance(raw, dict):
        raise MedicationTableError("A medicines table is a JSON object.")
    problems: list[str] = []
    if raw.get("format") != FORMAT:
        problems.append(f"format: expected {FORMAT!r}")
    topical_raw = raw.get("topical_words", {})
    if not isinstance(topical_raw, dict):
        problems.append("topical_words: expected an object with en and it lists")
        topical_raw = {}
    topical = frozenset(
        w
        for language in ("en", "it")
        for text in _strings(topical_raw.get(language), f"topical_words.{language}", problems)
        for w in tokens(text)
    )
    listed = raw.get("entries")
    if not isinstance(listed, list):
        problems.append("entries: expected a list")
        listed = []
    entries: dict[str, MedicationEntry] = {}
    owners: dict[tuple[str, tuple[str, ...]], str] = {}
    for i, item in enumerate(listed):
        entry = _entry(item, f"entries[{i}]", problems)
        if entry is None:
            continue
        if entry.id in entries:
            problems.append(f"entry {entry.id}: listed twice")
        entries[entry.id] = entry
        for text in entry.names:
            key = (entry.field, tokens(text))
            other = owners.setdefault(key, entry.id)
            if other != entry.id:
                problems.append(f"{text!r} belongs to both {other} and {entry.id}")
            if set(tokens(text)) & topical:
                problems.append(f"entry {entry.id}: {text!r} holds a word that means a cream")
    if problems:
        listed_problems = "\n".join(f"- {p}" for p in problems)
        raise MedicationTableError(f"The medicines table has problems:\n{listed_problems}")
    return MedicationTable(entries, topical)


@cache
def medication_table() -> MedicationTable:
    """The table acudesk ships (read once, on first use)."""
    path = resource("catalog", "medications.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise MedicationTableError(f"acudesk cannot read its medicines table: {error}") from None
    return parse_medications(raw)
