"""The words a product recommendation's reason is written in.

The reason is printed on the aftercare sheet in the client's language: ENGLISH and ITALIAN,
fixed tables whatever the screens speak (the English words are the intake and catalogue
labels' own English, the Italian ones are the tables here, ingredient names come from
acudesk's ingredient table). Any other language falls back to English, like the handout
templates. On screen the practitioner reads the reason in the language of the screens:
``screen_words()``, through the translation hook.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from acudesk.domain.i18n import translate
from acudesk.domain.ingredient_kb import ingredient_knowledge
from acudesk.domain.intake import CONCERNS, SKIN_TYPE_LABELS, SKIN_TYPES, roman
from acudesk.domain.products import CATEGORY_LABELS, ProductCategory

_CONCERNS_IT = {
    "fine-lines": "linee sottili e rughe",
    "forehead-lines": "rughe della fronte",
    "frown-lines": "rughe tra le sopracciglia",
    "crows-feet": "zampe di gallina",
    "nasolabial-folds": "solchi naso-labiali",
    "marionette-lines": "linee della marionetta",
    "lip-lines": "rughe intorno alla bocca",
    "neck-lines": "rughe del collo",
    "sagging": "perdita di tono",
    "jowls": "cedimento dell'ovale del viso",
    "double-chin": "doppio mento",
    "volume-loss": "perdita di volume al centro del viso",
    "hooding": "sopracciglia o palpebre cadenti",
    "eye-bags": "borse sotto gli occhi",
    "dark-circles": "occhiaie",
    "pigmentation": "macchie della pelle",
    "uneven-tone": "incarnato non uniforme",
    "redness": "rossore",
    "broken-capillaries": "capillari dilatati",
    "acne": "acne",
    "acne-scars": "cicatrici da acne",
    "pores": "pori dilatati",
    "dullness": "colorito spento",
    "dryness": "secchezza",
    "oiliness": "eccesso di sebo",
    "sensitivity": "sensibilità",
    "cellulite": "cellulite",
    "water-retention": "ritenzione idrica",
}
# The same names as the Italian handout template's categories, as they read mid-sentence.
_CATEGORIES_IT = {
    ProductCategory.GENTLE_CLEANSER: "detergente delicato",
    ProductCategory.SOOTHING_SERUM: "siero lenitivo",
    ProductCategory.MOISTURISER: "crema idratante",
    ProductCategory.MINERAL_SUNSCREEN: "protezione solare minerale",
    ProductCategory.CC_CREAM: "CC cream con filtri minerali",
    ProductCategory.MINERAL_FOUNDATION: "fondotinta minerale",
    ProductCategory.MINERAL_POWDER: "cipria minerale",
    ProductCategory.LIP_BALM: "balsamo labbra",
}
_SKIN_TYPES_IT = {
    "normal": "normale",
    "dry": "secca",
    "oily": "grassa",
    "combination": "mista",
    "sensitive": "sensibile",
}


def _concern_words(label: str) -> str:
    """A concern's label as a client would say it: "Redness / rosacea" -> "redness"."""
    for stop in (" / ", " ("):
        label = label.split(stop)[0]
    return label.lower()


def _mid_sentence(label: str) -> str:
    """A label inside a sentence: first letter small, unless it starts an acronym ("CC")."""
    return label if label[:2].isupper() else label[0].lower() + label[1:]


def english_concern(concern_id: str) -> str:
    """A concern as a client would say it: "Redness / rosacea" -> "redness"."""
    if concern_id not in CONCERN_SOURCE_IDS:
        return concern_id
    return _concern_words(CONCERNS.source(concern_id))


def english_category(category: ProductCategory) -> str:
    return _mid_sentence(CATEGORY_LABELS.source(category))


def _english_shades(fitzpatrick_range: tuple[int, int]) -> str:
    low, high = fitzpatrick_range
    if low == high:
        return f"shades for type {roman(low)}"
    return f"shades for types {roman(low)}–{roman(high)}"


def _italian_shades(fitzpatrick_range: tuple[int, int]) -> str:
    low, high = fitzpatrick_range
    if low == high:
        return f"tonalità per il fototipo {roman(low)}"
    return f"tonalità per i fototipi {roman(low)}–{roman(high)}"


@dataclass(frozen=True, slots=True)
class ReasonWords:
    """One language's phrases; ``{}`` marks where the varying word goes."""

    language: str
    categories: Mapping[ProductCategory, str]
    concerns: Mapping[str, str]
    skin_types: Mapping[str, str]
    fragrance_free: str  # around the category name
    for_skin: str  # around the skin type
    every_skin: str
    helps_with: str
    shades_for_type: str  # around the roman numeral
    shades_for_range: Callable[[tuple[int, int]], str]
    and_word: str
    mineral_filters: str  # around the filters the product has: "zinc oxide"
    bismuth_free: str
    allergies_avoided: str  # every allergy was understood
    allergies_named: str  # around the allergies understood, when some were not

    def category(self, category: ProductCategory) -> str:
        return self.categories[category]

    def concern(self, concern_id: str) -> str:
        return self.concerns.get(concern_id) or english_concern(concern_id)

    def ingredient(self, substance_id: str) -> str:
        """An ingredient as the client would say it: "zinc oxide" / "ossido di zinco"."""
        return ingredient_knowledge().substances[substance_id].name_in(self.language)

    def skin(self, skin_type: str) -> str:
        return self.for_skin.format(self.skin_types.get(skin_type, skin_type))

    def join(self, words: Sequence[str]) -> str:
        if len(words) <= 1:
            return "".join(words)
        return f"{', '.join(words[:-1])} {self.and_word} {words[-1]}"


CONCERN_SOURCE_IDS = frozenset(CONCERNS.ids())
ENGLISH = ReasonWords(
    language="en",
    categories={c: english_category(c) for c in ProductCategory},
    concerns={c: english_concern(c) for c in CONCERNS.ids()},
    skin_types={},
    fragrance_free="fragrance-free {}",
    for_skin="for {} skin",
    every_skin="for every skin type",
    helps_with="helps with {}",
    shades_for_type="shades for type {}",
    shades_for_range=_english_shades,
    and_word="and",
    mineral_filters="mineral sun filters only ({})",
    bismuth_free="free of bismuth oxychloride",
    allergies_avoided="none of the ingredients you react to",
    allergies_named="free of {}",
)
ITALIAN = ReasonWords(
    language="it",
    categories=_CATEGORIES_IT,
    concerns=_CONCERNS_IT,
    skin_types=_SKIN_TYPES_IT,
    fragrance_free="{} senza profumo",
    for_skin="per pelle {}",
    every_skin="per ogni tipo di pelle",
    helps_with="utile in caso di {}",
    shades_for_type="tonalità per il fototipo {}",
    shades_for_range=_italian_shades,
    and_word="e",
    mineral_filters="solo filtri solari minerali ({})",
    bismuth_free="senza ossicloruro di bismuto",
    allergies_avoided="nessuno degli ingredienti a cui reagisci",
    allergies_named="senza {}",
)


def reason_words(language: str) -> ReasonWords:
    """The fixed words of a client's language, for the sheet they take home."""
    return ITALIAN if language == "it" else ENGLISH


def _screen_shades(fitzpatrick_range: tuple[int, int]) -> str:
    low, high = fitzpatrick_range
    if low == high:
        return translate("recommendations", "shades for type {}").format(roman(low))
    return translate("recommendations", "shades for types {low}–{high}").format(
        low=roman(low), high=roman(high)
    )


def screen_words() -> ReasonWords:
    """The words in the language of the screens, as of this call (the practitioner's view).
    ``{}`` in a phrase is where the varying words go, as in the fixed tables."""
    return ReasonWords(
        #: Not words: this catalogue's language code ("it" in Italian), for ingredient names.
        language=translate("recommendations", "en"),
        categories={c: _mid_sentence(c.label) for c in ProductCategory},
        concerns={c: _concern_words(label) for c, label in CONCERNS},
        skin_types={t: SKIN_TYPE_LABELS[t].lower() for t in SKIN_TYPES},
        #: {} is a product category in lower case: "fragrance-free mineral powder".
        fragrance_free=translate("recommendations", "fragrance-free {}"),
        #: {} is a skin type in lower case: "for dry skin".
        for_skin=translate("recommendations", "for {} skin"),
        every_skin=translate("recommendations", "for every skin type"),
        #: {} lists the client's concerns the product helps with: "helps with redness".
        helps_with=translate("recommendations", "helps with {}"),
        #: {} is a Fitzpatrick type in Roman numerals: "shades for type III".
        shades_for_type=translate("recommendations", "shades for type {}"),
        shades_for_range=_screen_shades,
        #: Joins the last two items of a list: "redness and dryness".
        and_word=translate("recommendations", "and"),
        #: {} lists the mineral filters this product has: "zinc oxide".
        mineral_filters=translate("recommendations", "mineral sun filters only ({})"),
        bismuth_free=translate("recommendations", "free of bismuth oxychloride"),
        #: Addressed to the client, as on the aftercare sheet.
        allergies_avoided=translate("recommendations", "none of the ingredients you react to"),
        #: {} lists the allergies acudesk understood, when it did not understand them all.
        allergies_named=translate("recommendations", "free of {}"),
    )
