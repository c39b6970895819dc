"""acudesk's ingredient knowledge: every name a substance goes by, and the families of them.

Read from resources/catalog/ingredients.json (format "acudesk-ingredients/1", described in
docs/knowledge-tables.md). A ``Substance`` is one thing a person can react to, with its
INCI names, Colour Index numbers and the everyday names a client uses in English and
Italian. A ``Family`` is a word that stands for several substances: "parabens" for every
paraben, "nuts" for every nut oil and butter; when ``on_labels`` is set, the word printed on
a label also means "any of these" ("Parfum" may hide any fragrance allergen).

The file is checked when read: a damaged table must never quietly match less.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from acudesk.domain.ingredient_words import tokens
from acudesk.resources import resource

FORMAT = "acudesk-ingredients/1"
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CI = re.compile(r"^\d{5}$")

# The ids the matching rules rely on by name.
FRAGRANCE = "fragrance"
CHEMICAL_UV_FILTERS = "chemical-uv-filters"
MINERAL_UV_FILTERS = "mineral-uv-filters"
BISMUTH_OXYCHLORIDE = "bismuth-oxychloride"
REQUIRED_FAMILIES = (FRAGRANCE, CHEMICAL_UV_FILTERS, MINERAL_UV_FILTERS)
REQUIRED_SUBSTANCES = (BISMUTH_OXYCHLORIDE, "titanium-dioxide", "zinc-oxide")

# A name made only of these words would match half of every label.
GENERIC_WORDS = frozenset(
    tokens(
        "oil oils butter extract seed seeds leaf leaves flower fruit kernel root bark peel "
        "water juice powder wax acid alcohol gum protein ester salt sodium potassium "
        "hydrolyzed hydrogenated natural organic olio burro estratto semi foglie fiori "
        "frutto acqua succo polvere cera acido alcol sale di the of"
    )
)


class KnowledgeError(ValueError):
    """A knowledge table is not usable; the message lists every problem found."""


@dataclass(frozen=True, slots=True)
class Substance:
    id: str
    inci: tuple[str, ...]
    ci: tuple[str, ...]  # Colour Index numbers, five digits each
    english: tuple[str, ...]
    italian: tuple[str, ...]
    contains: tuple[str, ...] = ()  # what a label naming it also carries (an oil's allergens)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name, as written on a label or said by a client."""
        return (*self.inci, *(f"CI {n}" for n in self.ci), *self.english, *self.italian)

    def name_in(self, language: str) -> str:
        """The everyday name in ``language`` ("it" or English), else the INCI name."""
        words = self.italian if language == "it" else self.english
        return (words or self.english or self.inci or (f"CI {self.ci[0]}",))[0]


@dataclass(frozen=True, slots=True)
class Family:
    id: str
    english: tuple[str, ...]
    italian: tuple[str, ...]
    on_labels: bool
    members: frozenset[str]  # substance ids, families included in it already expanded

    @property
    def names(self) -> tuple[str, ...]:
        return (*self.english, *self.italian)


@dataclass(frozen=True, slots=True)
class IngredientKnowledge:
    substances: Mapping[str, Substance]
    families: Mapping[str, Family]
    not_cosmetic: tuple[str, ...]  # allergies that name no cosmetic ingredient ("penicillin")

    def members(self, family_id: str) -> frozenset[str]:
        return self.families[family_id].members


def _strings(raw: object, where: str, problems: list[str]) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(v, str) and v.strip() for v in raw):
        problems.append(f"{where}: expected a list of non-empty texts")
        return ()
    return tuple(v.strip() for v in raw)


def _check_names(
    names: tuple[str, ...], where: str, problems: list[str], *, on_labels: bool = True
) -> None:
    """A name read on labels must not be made of general words only ("seed oil"); a name
    only read in allergies may be ("fruit acids"), but not be one general word ("acid")."""
    for name in names:
        words = tokens(name)
        if not words:
            problems.append(f"{where}: {name!r} has no words to match")
        elif all(w in GENERIC_WORDS for w in words) and (on_labels or len(words) == 1):
            problems.append(f"{where}: {name!r} is too general to name one thing")


def _substance(raw: object, where: str, problems: list[str]) -> Substance | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected an object")
        return None
    sid = raw.get("id")
    if not isinstance(sid, str) or not _ID.match(sid):
        problems.append(f"{where}.id: expected a lower-case id like 'zinc-oxide'")
        return None
    where = f"substance {sid}"
    unknown = set(raw) - {"id", "inci", "ci", "en", "it", "contains", "note"}
    if unknown:
        problems.append(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    ci = _strings(raw.get("ci"), f"{where}.ci", problems)
    for number in ci:
        if not _CI.match(number):
            problems.append(f"{where}.ci: {number!r} is not a five-digit Colour Index number")
    substance = Substance(
        id=sid,
        inci=_strings(raw.get("inci"), f"{where}.inci", problems),
        ci=ci,
        english=_strings(raw.get("en"), f"{where}.en", problems),
        italian=_strings(raw.get("it"), f"{where}.it", problems),
        contains=_strings(raw.get("contains"), f"{where}.contains", problems),
    )
    if not substance.names:
        problems.append(f"{where}: has no name at all")
    _check_names((*substance.inci, *substance.english, *substance.italian), where, problems)
    return substance


def _family(raw: object, where: str, problems: list[str]) -> dict[str, Any] | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected an object")
        return None
    fid = raw.get("id")
    if not isinstance(fid, str) or not _ID.match(fid):
        problems.append(f"{where}.id: expected a lower-case id like 'parabens'")
        return None
    where = f"family {fid}"
    unknown = set(raw) - {"id", "en", "it", "on_labels", "members", "includes", "note"}
    if unknown:
        problems.append(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    if not isinstance(raw.get("on_labels", False), bool):
        problems.append(f"{where}.on_labels: expected true or false")
    english = _strings(raw.get("en"), f"{where}.en", problems)
    italian = _strings(raw.get("it"), f"{where}.it", problems)
    _check_names((*english, *italian), where, problems, on_labels=raw.get("on_labels") is True)
    return {
        "id": fid,
        "en": english,
        "it": italian,
        "on_labels": raw.get("on_labels") is True,
        "members": _strings(raw.get("members"), f"{where}.members", problems),
        "includes": _strings(raw.get("includes"), f"{where}.includes", problems),
    }


def _expand(
    fid: str,
    raw: Mapping[str, dict[str, Any]],
    done: dict[str, frozenset[str]],
    path: tuple[str, ...],
    problems: list[str],
) -> frozenset[str]:
    if fid in done:
        return done[fid]
    if fid in path:
        problems.append(f"family {fid}: includes itself through {' > '.join(path)}")
        return frozenset()
    members = frozenset(raw[fid]["members"])
    for inner in raw[fid]["includes"]:
        if inner in raw:
            members |= _expand(inner, raw, done, (*path, fid), problems)
    done[fid] = members
    return members


def _unique_labels(substances: Mapping[str, Substance], problems: list[str]) -> None:
    """A CI number or an INCI name belongs to one substance only."""
    owners: dict[str, str] = {}
    for substance in substances.values():
        keys = [f"CI {n}" for n in substance.ci] + [" ".join(tokens(n)) for n in substance.inci]
        for key in keys:
            other = owners.setdefault(key, substance.id)
            if other != substance.id:
                problems.append(f"{key!r} belongs to both {other} and {substance.id}")


def _parse_substances(raw: dict[str, Any], problems: list[str]) -> dict[str, Substance]:
    substances: dict[str, Substance] = {}
    raw_substances = raw.get("substances")
    if not isinstance(raw_substances, list):
        problems.append("substances: expected a list")
        raw_substances = []
    for i, entry in enumerate(raw_substances):
        substance = _substance(entry, f"substances[{i}]", problems)
        if substance is None:
            continue
        if substance.id in substances:
            problems.append(f"substance {substance.id}: listed twice")
        substances[substance.id] = substance
    for substance in substances.values():
        for other in substance.contains:
            if other not in substances or other == substance.id:
                problems.append(f"substance {substance.id}.contains: no substance {other!r}")
    _unique_labels(substances, problems)
    return substances


def _parse_families(
    raw: dict[str, Any], substances: dict[str, Substance], problems: list[str]
) -> dict[str, Family]:
    raw_families: dict[str, dict[str, Any]] = {}
    listed = raw.get("families")
    if not isinstance(listed, list):
        problems.append("families: expected a list")
        listed = []
    for i, entry in enumerate(listed):
        family = _family(entry, f"families[{i}]", problems)
        if family is None:
            continue
        if family["id"] in raw_families or family["id"] in substances:
            problems.append(f"family {family['id']}: the id is already used")
        raw_families[family["id"]] = family
    for fid, family in raw_families.items():
        for member in family["members"]:
            if member not in substances:
                problems.append(f"family {fid}.members: no substance {member!r}")
        for inner in family["includes"]:
            if inner not in raw_families:
                problems.append(f"family {fid}.includes: no family {inner!r}")
    expanded: dict[str, frozenset[str]] = {}
    families: dict[str, Family] = {}
    for fid, family in raw_families.items():
        members = _expand(fid, raw_families, expanded, (), problems)
        if not members:
            problems.append(f"family {fid}: has no members")
        families[fid] = Family(fid, family["en"], family["it"], family["on_labels"], members)
    return families


def parse_ingredients(raw: object) -> IngredientKnowledge:
    """The knowledge from its JSON form; KnowledgeError lists every problem found."""
    if not isinstance(raw, dict):
        raise KnowledgeError("An ingredient table is a JSON object.")
    problems: list[str] = []
    if raw.get("format") != FORMAT:
        problems.append(f"format: expected {FORMAT!r}")
    substances = _parse_substances(raw, problems)
    families = _parse_families(raw, substances, problems)
    for fid in REQUIRED_FAMILIES:
        if fid not in families:
            problems.append(f"families: acudesk needs the family {fid!r}")
    for sid in REQUIRED_SUBSTANCES:
        if sid not in substances:
            problems.append(f"substances: acudesk needs the substance {sid!r}")
    not_cosmetic_raw = raw.get("not_cosmetic", {})
    if not isinstance(not_cosmetic_raw, dict):
        problems.append("not_cosmetic: expected an object with en and it lists")
        not_cosmetic_raw = {}
    not_cosmetic = _strings(not_cosmetic_raw.get("en"), "not_cosmetic.en", problems) + _strings(
        not_cosmetic_raw.get("it"), "not_cosmetic.it", problems
    )
    if problems:
        listed_problems = "\n".join(f"- {p}" for p in problems)
        raise KnowledgeError(f"The ingredient table has problems:\n{listed_problems}")
    return IngredientKnowledge(substances, families, not_cosmetic)


@cache
def ingredient_knowledge() -> IngredientKnowledge:
    """The table acudesk ships (read once, on first use)."""
    path = resource("catalog", "ingredients.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise KnowledgeError(f"acudesk cannot read its ingredient table: {error}") from None
    return parse_ingredients(raw)
