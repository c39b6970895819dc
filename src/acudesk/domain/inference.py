"""Conditions implied by what was typed under Medications and Allergies.

"Warfarin 3 mg" under Medications implies "anticoagulants"; "nickel" under Allergies
implies "metal-allergy" (resources/catalog/medications.json). The rules:

* A line is read as whole words, case and accents ignored; doses, units and how often
  ("20mg", "5 mg bd", "daily") do not matter because only the names are looked for.
* A medicine marked systemic-only implies nothing on a line that says it is a cream, gel,
  eye drops, inhaler... ("hydrocortisone cream"); one that needs a word ("mg", "tablets")
  implies nothing without it.
* A slip of one letter (left out, added, changed, or two swapped) is forgiven only in a word
  of seven letters or more, and only when exactly one medicine is that close: "Wafarin" is
  read as warfarin and the alert says so. Nothing else is guessed.

Each inference says where it came from, so a practitioner can judge it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from acudesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.domain.ingredient_words import PhraseIndex, tokens
from acudesk.domain.intake import CONDITIONS_BY_ID
from acudesk.domain.medication_kb import MedicationEntry, medication_table

FIELD_NAMES = {
    "medications": QT_TRANSLATE_NOOP("inference", "Medications"),
    "allergies": QT_TRANSLATE_NOOP("inference", "Allergies"),
}
#: {sources} are the lines typed, quoted; {field} is Medications or Allergies.
INFERRED_FROM = QT_TRANSLATE_NOOP("inference", "Inferred from {sources} under {field}.")
INFERRED_FROM_BOTH = QT_TRANSLATE_NOOP(
    "inference", "Inferred from {medications} under Medications and {allergies} under Allergies."
)
READ_AS = QT_TRANSLATE_NOOP("inference", "'{typed}' was read as {name}.")
SUGGESTS = QT_TRANSLATE_NOOP("inference", "{name} suggests '{condition}'.")
SUGGESTS_READ_AS = QT_TRANSLATE_NOOP(
    "inference", "'{typed}' (read as {name}) suggests '{condition}'."
)
FUZZY_MIN = 7  # letters a word needs before a one-letter slip is forgiven
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


@dataclass(frozen=True, slots=True)
class Inference:
    condition: str  # intake condition id
    field: str  # "medications" | "allergies"
    text: str  # the line as typed: "Warfarin 3 mg"
    name: str  # what implied it: "Warfarin", "Coumadin (warfarin)"
    read_as: str = ""  # the word as typed when it was read with a slip: "Wafarin"
    note: str = ""

    @property
    def condition_label(self) -> str:
        return CONDITIONS_BY_ID[self.condition].label


def line_words(text: str) -> tuple[str, ...]:
    """A typed line as words: "XARELTO20mg" -> ("xarelto", "20", "mg")."""
    return tokens(_LETTER_DIGIT.sub(" ", text))


@dataclass(frozen=True, slots=True)
class _Field:
    index: PhraseIndex  # phrase -> "entry id|display name"
    single: dict[str, str]  # one-word names of FUZZY_MIN letters or more -> entry id


def _display(entry: MedicationEntry, text: str) -> str:
    if text in entry.brands:
        return f"{text} ({entry.name.lower()})"
    return entry.name


@cache
def _fields() -> dict[str, _Field]:
    table = medication_table()
    fields: dict[str, _Field] = {}
    for field in FIELD_NAMES:
        entries = [e for e in table.entries.values() if e.field == field]
        index = PhraseIndex(
            (line_words(text), frozenset({f"{e.id}|{_display(e, text)}"}))
            for e in entries
            for text in e.names
        )
        single = {
            words[0]: e.id
            for e in entries
            for words in (line_words(text) for text in e.names)
            if len(words) == 1 and len(words[0]) >= FUZZY_MIN
        }
        fields[field] = _Field(index, single)
    return fields


def one_slip_apart(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one letter left out, added, changed, or two neighbours
    swapped (and ``a`` is not ``b``)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _allowed(entry: MedicationEntry, words: set[str]) -> bool:
    if entry.systemic_only and words & medication_table().topical_words:
        return False
    if entry.requires_any and not any(
        set(tokens(w)) <= words for w in entry.requires_any if tokens(w)
    ):
        return False
    return not any(set(tokens(w)) <= words for w in entry.not_with if tokens(w))


def _read_line(text: str, field: str) -> list[Inference]:
    table = medication_table()
    lookup = _fields()[field]
    words = line_words(text)
    found: dict[str, Inference] = {}
    covered: set[int] = set()
    for start, end, keys in lookup.index.spans(words):
        covered |= set(range(start, end))
        for key in sorted(keys):
            entry_id, display = key.split("|", 1)
            entry = table.entries[entry_id]
            if entry_id not in found and _allowed(entry, set(words)):
                found[entry_id] = Inference(entry.condition, field, text, display, note=entry.note)
    for position, word in enumerate(words):
        if position in covered or len(word) < FUZZY_MIN or word.isdigit():
            continue
        close = {eid for name, eid in lookup.single.items() if one_slip_apart(word, name)}
        if len(close) != 1:
            continue  # nothing close, or too many medicines close: no guess
        entry = table.entries[close.pop()]
        if entry.id not in found and _allowed(entry, set(words)):
            found[entry.id] = Inference(
                entry.condition,
                field,
                text,
                entry.name,
                read_as=_typed_word(text, word),
                note=entry.note,
            )
    return list(found.values())


def _typed_word(text: str, word: str) -> str:
    """The word as the receptionist typed it, for "'Wafarin' was read as warfarin"."""
    return next((w for w in re.findall(r"[^\W\d_]+", text) if line_words(w) == (word,)), word)


def infer_conditions(medications: Iterable[str], allergies: Iterable[str]) -> list[Inference]:
    """Every condition the lists imply, with the line it came from, in the order typed."""
    inferences: list[Inference] = []
    for field, lines in (("medications", medications), ("allergies", allergies)):
        for line in lines:
            if line.strip():
                inferences += _read_line(line, field)
    return inferences


def _quoted(texts: Sequence[str]) -> str:
    quoted = [f"'{t}'" for t in dict.fromkeys(texts)]
    if len(quoted) == 1:
        return quoted[0]
    #: Joins the last two quoted lines: "'Warfarin' and 'Aspirin'".
    return translate("inference", "{items} and {last}").format(
        items=", ".join(quoted[:-1]), last=quoted[-1]
    )


def inferred_sentence(inferences: Sequence[Inference]) -> str:
    """ "Inferred from 'Warfarin 3 mg' under Medications." with how a slip was read and
    what else the medicine is prescribed for, each as its own sentence."""
    medications = [i.text for i in inferences if i.field == "medications"]
    allergies = [i.text for i in inferences if i.field == "allergies"]
    if medications and allergies:
        sentence = translate("inference", INFERRED_FROM_BOTH).format(
            medications=_quoted(medications), allergies=_quoted(allergies)
        )
    else:
        field = "medications" if medications else "allergies"
        sentence = translate("inference", INFERRED_FROM).format(
            sources=_quoted(medications or allergies),
            field=translate("inference", FIELD_NAMES[field]),
        )
    read_as = translate("inference", READ_AS)
    extra = [read_as.format(typed=i.read_as, name=i.name.lower()) for i in inferences if i.read_as]
    extra += [i.note for i in inferences if i.note]
    return " ".join([sentence, *dict.fromkeys(extra)])


def by_condition(inferences: Iterable[Inference]) -> dict[str, list[Inference]]:
    grouped: dict[str, list[Inference]] = {}
    for inference in inferences:
        grouped.setdefault(inference.condition, []).append(inference)
    return grouped


def suggested_conditions(
    medications: Iterable[str], allergies: Iterable[str], ticked: Iterable[str]
) -> list[Inference]:
    """One inference per condition the lists imply that is not ticked, in the order typed."""
    done = set(ticked)
    return [
        group[0]
        for cid, group in by_condition(infer_conditions(medications, allergies)).items()
        if cid not in done
    ]


def suggestion_text(inference: Inference) -> str:
    """ "Warfarin suggests 'Takes blood thinners (anticoagulant / antiplatelet)'." """
    if inference.read_as:
        return translate("inference", SUGGESTS_READ_AS).format(
            typed=inference.read_as,
            name=inference.name.lower(),
            condition=inference.condition_label,
        )
    return translate("inference", SUGGESTS).format(
        name=inference.name, condition=inference.condition_label
    )
