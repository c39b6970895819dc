"""Matching ingredient lists (INCI names) against what a client says they react to.

A clinic has to trust this, so the rules are deliberately simple and written down:

* Text is compared as whole words ("tokens", see ``ingredient_words``), never as raw
  substrings: "mica" matches "Mica (CI 77019)" but not "Dimethicone". Case, accents,
  punctuation, English plurals, British spellings and the ways of writing a Colour Index
  number do not matter.
* An allergy matches an ingredient when the allergy's words appear, in order, in the
  ingredient's name; or when both name the same substance in acudesk's ingredient table
  (resources/catalog/ingredients.json): by INCI name, CI number, or the everyday English or
  Italian name, in either direction. "sweet almond oil" and "olio di mandorle" match
  "Prunus Amygdalus Dulcis Oil"; "titanium dioxide" matches "CI 77891".
* An allergy naming a family matches every member ("parabens" matches "Butylparaben",
  "nuts" matches shea butter). A label word that may hide several substances stands for all
  of them ("Parfum" for every fragrance allergen, "Iron Oxides" for the three oxides), and
  an essential oil on a label also carries the allergens it is made of (lavender oil:
  linalool).
* In an allergy, a longer name wins over a shorter one inside it ("noce di cocco" is
  coconut, not also "noce", walnut), and words such as "allergic to", "allergia a",
  "sensitivity", "severe" are ignored.

When in doubt the rules lean towards leaving a product out: a missed match can hurt a
client, an extra one only narrows the choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from acudesk.domain.ingredient_kb import (
    BISMUTH_OXYCHLORIDE,
    CHEMICAL_UV_FILTERS,
    FRAGRANCE,
    MINERAL_UV_FILTERS,
    IngredientKnowledge,
    ingredient_knowledge,
)
from acudesk.domain.ingredient_words import PhraseIndex, contains_phrase, normalise, tokens

if TYPE_CHECKING:
    from acudesk.domain.products import Product

__all__ = [
    "NOISE",
    "allergy_parts",
    "allergy_substances",
    "allergy_words",
    "chemical_uv_filters",
    "conflicting_ingredients",
    "fragrance_ingredients",
    "has_bismuth_oxychloride",
    "ingredient_substances",
    "is_known_allergy",
    "is_not_cosmetic",
    "literally_in",
    "matches_allergy",
    "meaningful",
    "mineral_uv_filter_ids",
    "mineral_uv_filters",
    "normalise",
    "tokens",
]

_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")

# Words people add around an allergy that say nothing about the substance (English, Italian).
NOISE = frozenset(
    tokens(
        "a an any the of to allergic allergies allergy contact dermatitis intolerance "
        "intolerant mild reaction reactions reacts sensitive sensitivity severe known none "
        "nil nka nkda "
        "al alla alle allo ai agli ad allergia allergie allergico allergica allergici "
        "allergiche intolleranza intollerante sensibile sensibilità reazione reazioni grave "
        "lieve forte nessuna nessuno"
    )
)


# "a" is an article (and an Italian "to") except in "vitamin A" / "vitamina A".
_LETTER_NAMES = {"a": frozenset({"vitamin", "vitamina"})}


def meaningful(words: Sequence[str]) -> tuple[str, ...]:
    """``words`` without the noise words: "allergic to vitamin A" -> ("vitamin", "a")."""
    return tuple(
        w
        for i, w in enumerate(words)
        if w not in NOISE or (i > 0 and words[i - 1] in _LETTER_NAMES.get(w, ()))
    )


@dataclass(frozen=True, slots=True)
class _Indexes:
    label: PhraseIndex  # what a name printed on a product can contain
    allergy: PhraseIndex  # also the everyday words ("nuts", "metal") for several substances
    contains: dict[str, frozenset[str]]
    not_cosmetic: frozenset[tuple[str, ...]]


def _allergy_phrase(name: str) -> tuple[str, ...]:
    return meaningful(tokens(name))


@cache
def _indexes() -> _Indexes:
    knowledge: IngredientKnowledge = ingredient_knowledge()
    substances = [
        (name, frozenset({s.id})) for s in knowledge.substances.values() for name in s.names
    ]
    families = [
        (name, f.members, f.on_labels) for f in knowledge.families.values() for name in f.names
    ]
    label = PhraseIndex(
        [(tokens(n), keys) for n, keys in substances]
        + [(tokens(n), keys) for n, keys, on_labels in families if on_labels]
    )
    allergy = PhraseIndex(
        [(_allergy_phrase(n), keys) for n, keys in substances]
        + [(_allergy_phrase(n), keys) for n, keys, _ in families]
    )
    contains = {s.id: frozenset(s.contains) for s in knowledge.substances.values() if s.contains}
    not_cosmetic = frozenset(_allergy_phrase(n) for n in knowledge.not_cosmetic)
    return _Indexes(label, allergy, contains, not_cosmetic)


def _variants(text: str) -> tuple[tuple[str, ...], ...]:
    """The words with and without bracketed parts: "Lavandula Angustifolia (Lavender) Oil"
    is read both as written and as "Lavandula Angustifolia Oil"."""
    full = tokens(text)
    bare = tokens(_PARENTHESES.sub(" ", text))
    return (full,) if bare == full else (full, bare)


@lru_cache(maxsize=8192)
def ingredient_substances(ingredient: str) -> frozenset[str]:
    """The substances (table ids) an ingredient as printed on a label is or may contain."""
    indexes = _indexes()
    found: frozenset[str] = frozenset()
    for words in _variants(ingredient):
        found |= indexes.label.lookup(words)
    for substance in list(found):
        found |= indexes.contains.get(substance, frozenset())
    return found


def allergy_words(allergy: str) -> tuple[str, ...]:
    return meaningful(tokens(allergy))


@lru_cache(maxsize=2048)
def allergy_substances(allergy: str) -> frozenset[str]:
    """The substances (table ids) a client's allergy, in their words, stands for."""
    return _indexes().allergy.lookup(allergy_words(allergy), outermost=True)


def allergy_parts(allergy: str) -> list[str]:
    """ "nuts and lanolin" is two allergies; "Caprylic/Capric Triglyceride" stays one."""
    return [p for p in re.split(r"\s+(?:and|or)\s+|&|\+|,|;", allergy, flags=re.I) if p.strip()]


def is_known_allergy(part: str) -> bool:
    """Whether acudesk's table relates this allergy (one part of one) to any ingredient, or
    knows it is not a cosmetic ingredient at all ("penicillin", "pollen")."""
    words = allergy_words(part)
    return bool(words) and (
        bool(allergy_substances(part)) or tuple(words) in _indexes().not_cosmetic
    )


def is_not_cosmetic(part: str) -> bool:
    return tuple(allergy_words(part)) in _indexes().not_cosmetic


def literally_in(ingredient: str, part: str) -> bool:
    """Whether the allergy's own words appear, in order, in the ingredient's name."""
    words = allergy_words(part)
    return bool(words) and any(contains_phrase(v, words) for v in _variants(ingredient))


@lru_cache(maxsize=16384)
def matches_allergy(ingredient: str, allergy: str) -> bool:
    """Whether a client who reports ``allergy`` should avoid ``ingredient``."""
    for part in allergy_parts(allergy):
        if literally_in(ingredient, part):
            return True
        if allergy_substances(part) & ingredient_substances(ingredient):
            return True
    return False


def conflicting_ingredients(product: Product, allergies: Iterable[str]) -> list[tuple[str, str]]:
    """Each (ingredient, allergy) pair of ``product`` that the client should avoid."""
    wanted = [a for a in allergies if a.strip()]
    return [(i, a) for i in product.ingredients for a in wanted if matches_allergy(i, a)]


def _with(ingredients: Iterable[str], family: str) -> list[str]:
    members = ingredient_knowledge().members(family)
    return [i for i in ingredients if ingredient_substances(i) & members]


def fragrance_ingredients(ingredients: Iterable[str]) -> list[str]:
    """Perfume, fragrance allergens and fragrant essential oils in the list."""
    return _with(ingredients, FRAGRANCE)


def chemical_uv_filters(ingredients: Iterable[str]) -> list[str]:
    """Organic ("chemical") sunscreen filters in the list, e.g. Octocrylene, Homosalate."""
    return _with(ingredients, CHEMICAL_UV_FILTERS)


def mineral_uv_filters(ingredients: Iterable[str]) -> list[str]:
    """Zinc oxide and titanium dioxide in the list."""
    return _with(ingredients, MINERAL_UV_FILTERS)


def mineral_uv_filter_ids(ingredients: Sequence[str]) -> list[str]:
    """The mineral filters (table ids) the list contains, in the order it names them."""
    members = ingredient_knowledge().members(MINERAL_UV_FILTERS)
    found: list[str] = []
    for ingredient in ingredients:
        for substance in sorted(ingredient_substances(ingredient) & members):
            if substance not in found:
                found.append(substance)
    return found


def has_bismuth_oxychloride(ingredients: Iterable[str]) -> bool:
    return any(BISMUTH_OXYCHLORIDE in ingredient_substances(i) for i in ingredients)
