"""Matching ingredient lists (INCI names) against what a client says they react to.

A clinic has to trust this, so the rules are deliberately simple and written down:

* Text is compared as whole words ("tokens"), never as raw substrings: case, accents,
  spacing, hyphens and punctuation are ignored, and a plain English plural is the same word
  ("Oxides" = "oxide"). "mica" therefore matches "Mica (CI 77019)" but not "Dimethicone".
* Colour Index numbers are one token however written: "CI 77891", "ci77891", "C.I. 77891",
  "CI-77891"; a list such as "CI 77491/77492" names each number.
* An allergy matches an ingredient when the allergy's words appear, in order, in the
  ingredient's name; or when both name the same substance through the table in
  ``inci_table`` (so "titanium dioxide" matches "CI 77891", "fragrance" matches "Parfum",
  "vitamin E" matches "Tocopheryl Acetate", "nuts" matches sweet almond oil).
* Words such as "allergic to", "sensitivity", "severe" are ignored in an allergy.

When in doubt the rules lean towards leaving a product out: a missed match can hurt a
client, an extra one only narrows the choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from acudesk.domain.inci_table import (
    BISMUTH_OXYCHLORIDE,
    CHEMICAL_UV_FILTERS,
    FAMILIES,
    FRAGRANCE_KEYS,
    MINERAL_UV_FILTERS,
    SUBSTANCES,
)
from acudesk.domain.text import fold

if TYPE_CHECKING:
    from acudesk.domain.products import Product

# "CI 77491", "C.I. 77491", "ci-77491", and lists "CI 77491/77492, 77499".
_CI_LIST = re.compile(
    r"(?<![a-z0-9])c\s*\.?\s*i\s*\.?[\s-]*(\d{5}(?:\s*[/,;&]\s*(?:c\s*\.?\s*i\s*\.?[\s-]*)?\d{5})*)"
    r"(?!\d)"
)
# A comma between digits belongs to a chemical name ("1,2-Hexanediol").
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")
_NON_WORD = re.compile(r"[^\w]+")
_BARE_CI = re.compile(r"^\d{5}$")
_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")

# Words people add around an allergy that say nothing about the substance.
_NOISE = frozenset(
    {
        "a",
        "allergic",
        "allergies",
        "allergy",
        "an",
        "any",
        "contact",
        "dermatitis",
        "intolerance",
        "intolerant",
        "mild",
        "of",
        "reaction",
        "reactions",
        "reacts",
        "sensitive",
        "sensitivity",
        "severe",
        "the",
        "to",
    }
)
_KEEP_FINAL_S = ("ss", "us", "is", "ys", "os")


def _singular(token: str) -> str:
    """A plain English plural as its singular; the same rule runs on both sides, so an odd
    result (Latin names ending in -s) still compares equal with itself."""
    if len(token) <= 3 or not token.endswith("s") or token.endswith(_KEEP_FINAL_S):
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    return token[:-1]


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` as matching compares them: folded, singular, CI numbers joined."""
    folded = fold(text)
    folded = _CI_LIST.sub(
        lambda m: " " + " ".join(f"ci{n}" for n in re.findall(r"\d{5}", m[1])), folded
    )
    folded = _DIGIT_COMMA.sub("", folded)
    words = _NON_WORD.sub(" ", folded.replace("_", " ")).split()
    return tuple(f"ci{w}" if _BARE_CI.match(w) else _singular(w) for w in words)


def normalise(text: str) -> str:
    """One spelling for comparisons and duplicate checks: "BISMUTH-OXYCHLORIDE" and
    "bismuth  oxychloride" both give "bismuth oxychloride"."""
    return " ".join(tokens(text))


def _contains(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    if n == 0 or n > len(haystack):
        return False
    first = needle[0]
    return any(
        haystack[i] == first and tuple(haystack[i : i + n]) == tuple(needle)
        for i in range(len(haystack) - n + 1)
    )


def _ngrams(words: Sequence[str], longest: int) -> Iterable[tuple[str, ...]]:
    for size in range(1, longest + 1):
        for start in range(len(words) - size + 1):
            yield tuple(words[start : start + size])


def _phrase_index(
    entries: Iterable[tuple[Iterable[str], frozenset[str]]],
) -> dict[tuple[str, ...], frozenset[str]]:
    index: dict[tuple[str, ...], frozenset[str]] = {}
    for names, keys in entries:
        for name in names:
            phrase = tokens(name)
            index[phrase] = index.get(phrase, frozenset()) | keys
    return index


# Label side: what a name printed on a product can contain. Allergy side: also the
# everyday words ("nuts", "metal", "zinc") that stand for several substances.
_LABEL_INDEX = _phrase_index(
    [(s.names, frozenset({s.key})) for s in SUBSTANCES]
    + [(f.names, f.members) for f in FAMILIES if f.on_labels]
)
_ALLERGY_INDEX = _phrase_index(
    [(s.names, frozenset({s.key})) for s in SUBSTANCES] + [(f.names, f.members) for f in FAMILIES]
)
_LONGEST = max(len(p) for p in _ALLERGY_INDEX)


def _lookup(words: Sequence[str], index: dict[tuple[str, ...], frozenset[str]]) -> frozenset[str]:
    found: frozenset[str] = frozenset()
    for gram in _ngrams(words, _LONGEST):
        keys = index.get(gram)
        if keys:
            found |= keys
    return found


def _variants(text: str) -> tuple[tuple[str, ...], ...]:
    """The words with and without bracketed parts: "Lavandula Angustifolia (Lavender) Oil"
    is read both as written and as "Lavandula Angustifolia Oil"."""
    full = tokens(text)
    bare = tokens(_PARENTHESES.sub(" ", text))
    return (full,) if bare == full else (full, bare)


@lru_cache(maxsize=4096)
def ingredient_substances(ingredient: str) -> frozenset[str]:
    """The substances (table keys) an ingredient as printed on a label is or may contain."""
    found: frozenset[str] = frozenset()
    for words in _variants(ingredient):
        found |= _lookup(words, _LABEL_INDEX)
    return found


def allergy_words(allergy: str) -> tuple[str, ...]:
    return tuple(w for w in tokens(allergy) if w not in _NOISE)


@lru_cache(maxsize=1024)
def allergy_substances(allergy: str) -> frozenset[str]:
    """The substances (table keys) a client's allergy, in their words, stands for."""
    return _lookup(allergy_words(allergy), _ALLERGY_INDEX)


def _allergy_parts(allergy: str) -> list[str]:
    """ "nuts and lanolin" is two allergies; "Caprylic/Capric Triglyceride" stays one."""
    return [p for p in re.split(r"\s+(?:and|or)\s+|&|\+|,|;", allergy, flags=re.I) if p.strip()]


@lru_cache(maxsize=8192)
def matches_allergy(ingredient: str, allergy: str) -> bool:
    """Whether a client who reports ``allergy`` should avoid ``ingredient``."""
    for part in _allergy_parts(allergy):
        words = allergy_words(part)
        if not words:
            continue
        if any(_contains(v, words) for v in _variants(ingredient)):
            return True
        if allergy_substances(part) & ingredient_substances(ingredient):
            return True
    return False


def conflicting_ingredients(product: Product, allergies: Iterable[str]) -> list[tuple[str, str]]:
    """Each (ingredient, allergy) pair of ``product`` that the client should avoid."""
    wanted = [a for a in allergies if a.strip()]
    return [(i, a) for i in product.ingredients for a in wanted if matches_allergy(i, a)]


def fragrance_ingredients(ingredients: Iterable[str]) -> list[str]:
    """Perfume, fragrance allergens and fragrant essential oils in the list."""
    return [i for i in ingredients if ingredient_substances(i) & FRAGRANCE_KEYS]


def chemical_uv_filters(ingredients: Iterable[str]) -> list[str]:
    """Organic ("chemical") sunscreen filters in the list, e.g. Octocrylene, Homosalate."""
    return [i for i in ingredients if ingredient_substances(i) & CHEMICAL_UV_FILTERS]


def mineral_uv_filters(ingredients: Iterable[str]) -> list[str]:
    """Zinc oxide and titanium dioxide in the list."""
    return [i for i in ingredients if ingredient_substances(i) & MINERAL_UV_FILTERS]


def has_bismuth_oxychloride(ingredients: Iterable[str]) -> bool:
    return any(BISMUTH_OXYCHLORIDE in ingredient_substances(i) for i in ingredients)
