"""Picking aftercare products for one client: one per category, each with a reason.

The rules, in order:

1. A product with an ingredient the client reports reacting to is never offered
   (matched by ``inci.matches_allergy``: case, spelling, synonyms and CI numbers).
2. Sensitive or reactive skin (skin type "sensitive", or the concern "sensitivity" or
   "redness"): fragrance-free only, no chemical UV filter, no bismuth oxychloride. The
   ingredient list is checked, and so are the product's ticks (fragrance-free on every
   product; mineral filters only on sunscreens, CC creams and foundations).
3. A tinted product is offered only when it comes in a shade for the client's Fitzpatrick
   type (when both are known): a foundation in the wrong shade is no use to anyone.
4. Among what is left, the best fit wins: made for the client's skin type (or for every
   type), then the concerns it shares with the client; ties go to the name, A to Z.

Inactive products are not considered at all.

A reason says only what is true of that product's own ingredient list: the mineral filters
it names are the ones the list has, "fragrance-free" needs the tick and no fragrance in the
list, and "none of the ingredients you react to" needs every allergy understood (see
``allergy_reading``); when some were not, the reason names the ones that were, and the
practitioner is told which to check by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from acudesk.domain.allergy_reading import AllergyReading, read_allergies
from acudesk.domain.i18n import translate
from acudesk.domain.inci import (
    chemical_uv_filters,
    conflicting_ingredients,
    fragrance_ingredients,
    has_bismuth_oxychloride,
    mineral_uv_filter_ids,
)
from acudesk.domain.intake import SkinAssessment, roman
from acudesk.domain.products import (
    MAKE_UP_CATEGORIES,
    SUN_CATEGORIES,
    Product,
    ProductCategory,
    shade_text,
)
from acudesk.domain.recommendation_words import ReasonWords, reason_words, screen_words
from acudesk.domain.text import fold

REACTIVE_CONCERNS = frozenset({"sensitivity", "redness"})


@dataclass(frozen=True, slots=True)
class Recommendation:
    category: ProductCategory
    product: Product
    reason: str


class Excluded(NamedTuple):
    """A product left out, and why, for the practitioner (never printed for the client): in
    the language of the screens."""

    product: Product
    why: str


@dataclass(frozen=True, slots=True)
class RecommendationResult:
    picks: tuple[Recommendation, ...]
    excluded: tuple[Excluded, ...]
    # Every eligible product per category, best first (picks are the first of each):
    # what the practitioner may switch a pick to.
    options: dict[ProductCategory, tuple[Recommendation, ...]] = field(default_factory=dict)
    # Categories asked for where nothing suits this client.
    unfilled: tuple[ProductCategory, ...] = ()
    notice: str = ""  # something the practitioner should know about these picks
    # Allergies acudesk could not relate to any ingredient: the picks are not checked for them.
    unknown_allergies: tuple[str, ...] = ()

    def allergy_warnings(self) -> tuple[str, ...]:
        """What the practitioner must check by hand, one sentence per unknown allergy."""
        return AllergyReading(unknown=self.unknown_allergies).warnings()


def is_reactive(skin: SkinAssessment) -> bool:
    return skin.skin_type == "sensitive" or bool(REACTIVE_CONCERNS & set(skin.concerns))


def _join(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    #: Joins the last two items of a list: "redness and dryness".
    return f"{', '.join(words[:-1])} {translate('recommendations', 'and')} {words[-1]}"


def exclusion(product: Product, skin: SkinAssessment, allergies: Sequence[str]) -> str | None:
    """Why ``product`` may not be offered to this client, or None when it may."""
    conflicts = conflicting_ingredients(product, allergies)
    if conflicts:
        #: {allergy} is the client's own words from the intake: "Lanolin (reported: wool)".
        pair = translate("recommendations", "{ingredient} (reported: {allergy})")
        pairs = [pair.format(ingredient=i, allergy=a) for i, a in conflicts[:3]]
        return translate("recommendations", "Contains {ingredients}.").format(
            ingredients=_join(pairs)
        )
    if is_reactive(skin):
        perfumes = fragrance_ingredients(product.ingredients)
        if perfumes:
            return translate(
                "recommendations", "Contains fragrance ({ingredients}): not for sensitive skin."
            ).format(ingredients=_join(perfumes[:3]))
        if not product.fragrance_free:
            return translate(
                "recommendations", "Not marked fragrance-free: not for sensitive skin."
            )
        filters = chemical_uv_filters(product.ingredients)
        if filters:
            return translate(
                "recommendations", "Has a chemical UV filter ({filters}): not for sensitive skin."
            ).format(filters=_join(filters[:3]))
        if product.category in SUN_CATEGORIES and not product.mineral_filters_only:
            return translate(
                "recommendations", "Not marked 'mineral UV filters only': not for sensitive skin."
            )
        if has_bismuth_oxychloride(product.ingredients):
            return translate(
                "recommendations",
                "Contains bismuth oxychloride, which can irritate sensitive skin.",
            )
    if not product.suits_fitzpatrick(skin.fitzpatrick):
        #: {shades} is "types I–IV" or "type III".
        return translate(
            "recommendations", "No shade for Fitzpatrick type {type} (made for {shades})."
        ).format(type=roman(skin.fitzpatrick), shades=shade_text(product.fitzpatrick_range))
    return None


def _score(product: Product, skin: SkinAssessment) -> tuple[int, int]:
    if skin.skin_type and skin.skin_type in product.skin_types:
        fit = 2
    elif not product.skin_types:
        fit = 1
    else:
        fit = 0
    shared = len(set(product.concerns) & set(skin.concerns))
    return fit, shared


def _rank_key(product: Product, skin: SkinAssessment) -> tuple[int, int, str, str, int]:
    fit, shared = _score(product, skin)
    return (-fit, -shared, fold(product.name), fold(product.brand), product.id)


def explain(
    product: Product,
    skin: SkinAssessment,
    allergies: Sequence[str],
    language: str | None = None,
    *,
    catalogue: Iterable[Product] = (),
) -> str:
    """Why this product suits the client: in the client's ``language`` for the sheet they take
    home ("it": Italian, anything else English), or in the screens' language when None.

    ``catalogue`` is where an allergy acudesk's table does not know may still be found word
    for word; without it such an allergy counts as not understood, so nothing is claimed
    about it."""
    words = screen_words() if language is None else reason_words(language)
    return _explain(product, skin, read_allergies(allergies, catalogue), words)


def _explain(
    product: Product, skin: SkinAssessment, allergies: AllergyReading, words: ReasonWords
) -> str:
    ingredients = product.ingredients
    head = words.category(product.category)
    if product.fragrance_free and not fragrance_ingredients(ingredients):
        head = words.fragrance_free.format(head)
    if skin.skin_type and skin.skin_type in product.skin_types:
        head += " " + words.skin(skin.skin_type)
    elif not product.skin_types:
        head += " " + words.every_skin
    parts = [head[0].upper() + head[1:]]
    shared = [c for c in skin.concerns if c in product.concerns]
    if shared:
        parts.append(words.helps_with.format(words.join([words.concern(c) for c in shared])))
    if product.fitzpatrick_range is not None:
        if skin.fitzpatrick is not None and product.suits_fitzpatrick(skin.fitzpatrick):
            parts.append(words.shades_for_type.format(roman(skin.fitzpatrick)))
        else:
            parts.append(words.shades_for_range(product.fitzpatrick_range))
    if (
        product.category in SUN_CATEGORIES
        and product.mineral_filters_only
        and not chemical_uv_filters(ingredients)
    ):
        minerals = [words.ingredient(m) for m in mineral_uv_filter_ids(ingredients)]
        if minerals:
            parts.append(words.mineral_filters.format(words.join(minerals)))
    if (
        is_reactive(skin)
        and product.category in MAKE_UP_CATEGORIES
        and not has_bismuth_oxychloride(ingredients)
    ):
        parts.append(words.bismuth_free)
    if allergies.understood and not allergies.unknown:
        parts.append(words.allergies_avoided)
    elif allergies.understood:
        parts.append(words.allergies_named.format(words.join(allergies.understood)))
    return "; ".join(parts)


def recommend(
    products: Iterable[Product],
    skin: SkinAssessment,
    allergies: Sequence[str],
    *,
    categories: Sequence[ProductCategory] | None = None,
) -> RecommendationResult:
    """One pick per category (in routine order) for this client, and what was left out."""
    offered = [p for p in products if p.active]
    reading = read_allergies(allergies, offered)
    wanted = (
        tuple(dict.fromkeys(categories))
        if categories is not None
        else tuple(c for c in ProductCategory if any(p.category is c for p in offered))
    )
    excluded: list[Excluded] = []
    options: dict[ProductCategory, tuple[Recommendation, ...]] = {}
    words = screen_words()
    for category in wanted:
        eligible: list[Product] = []
        for product in (p for p in offered if p.category is category):
            why = exclusion(product, skin, allergies)
            if why is None:
                eligible.append(product)
            else:
                excluded.append(Excluded(product, why))
        eligible.sort(key=lambda p: _rank_key(p, skin))
        if eligible:
            options[category] = tuple(
                Recommendation(category, p, _explain(p, skin, reading, words)) for p in eligible
            )
    picks = tuple(options[c][0] for c in wanted if c in options)
    unfilled = tuple(c for c in wanted if c not in options)
    return RecommendationResult(
        picks, tuple(excluded), options, unfilled, unknown_allergies=reading.unknown
    )
