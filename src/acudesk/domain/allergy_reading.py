"""Which of a client's allergies acudesk understood, and which a person must check by hand.

An allergy is understood when acudesk's ingredient table relates it to at least one
ingredient ("sweet almond oil", "parabeni"), or when its words appear literally in some
product's ingredient list. One that is neither ("xyz", a brand name, a misspelling) is
shown to the practitioner, and no sheet claims a product is free of it.

Allergies that name no cosmetic ingredient at all ("penicillin", "pollen") are known but
neither warned about nor claimed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from acudesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.domain.inci import (
    allergy_parts,
    allergy_substances,
    allergy_words,
    is_not_cosmetic,
    literally_in,
    meaningful,
)
from acudesk.domain.ingredient_words import tokens
from acudesk.domain.text import fold

if TYPE_CHECKING:
    from acudesk.domain.products import Product

UNKNOWN_ALLERGY = QT_TRANSLATE_NOOP(
    "allergies", "'{allergy}' matches no ingredient acudesk knows: check these products by hand."
)
_TRIM = " \t.,;:!?()[]\"'"


@dataclass(frozen=True, slots=True)
class AllergyReading:
    understood: tuple[str, ...] = ()  # related to ingredients: products are checked for them
    not_cosmetic: tuple[str, ...] = ()  # known, and no cosmetic ingredient
    unknown: tuple[str, ...] = ()  # nothing acudesk knows: a person checks by hand

    def warnings(self) -> tuple[str, ...]:
        """One sentence per unknown allergy, for the practitioner."""
        template = translate("allergies", UNKNOWN_ALLERGY)
        return tuple(template.format(allergy=a) for a in self.unknown)


def allergy_name(part: str) -> str:
    """The allergy in the client's words without what says nothing about the substance:
    "Allergic to Lanolin." -> "Lanolin"."""
    words = part.split()
    while words and not meaningful(tokens(words[0])):
        words.pop(0)
    while words and _says_nothing_last(words):
        words.pop()
    return " ".join(words).strip(_TRIM)


def _says_nothing_last(words: list[str]) -> bool:
    """Whether the last word is noise, read after the word before it ("vitamin A": it is not)."""
    before = tokens(words[-2]) if len(words) > 1 else ()
    return len(meaningful((*before, *tokens(words[-1])))) == len(meaningful(before))


def read_allergies(allergies: Iterable[str], products: Iterable[Product] = ()) -> AllergyReading:
    """Sort each allergy (each part of "nuts and lanolin") into understood, not cosmetic and
    unknown; ``products`` are where an unknown allergy may still be found word for word."""
    ingredients = {i for p in products for i in p.ingredients}
    found: dict[str, list[str]] = {"understood": [], "not_cosmetic": [], "unknown": []}
    seen: set[str] = set()
    for allergy in allergies:
        for part in allergy_parts(allergy):
            if not allergy_words(part):
                continue  # "none", "allergic to"
            name = allergy_name(part) or part.strip()
            key = fold(" ".join(allergy_words(part)))
            if key in seen:
                continue
            seen.add(key)
            if allergy_substances(part) or any(literally_in(i, part) for i in ingredients):
                found["understood"].append(name)
            elif is_not_cosmetic(part):
                found["not_cosmetic"].append(name)
            else:
                found["unknown"].append(name)
    return AllergyReading(
        tuple(found["understood"]), tuple(found["not_cosmetic"]), tuple(found["unknown"])
    )
