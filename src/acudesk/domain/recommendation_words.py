"""The words a product recommendation's reason is written in, English and Italian.

The reason is printed on the aftercare sheet, in the client's language; the English
words come from the intake and catalogue labels, the Italian ones from the tables here,
ingredient names from acudesk's ingredient table. Any other language falls back to
English, like the handout templates.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from acudesk.domain.ingredient_kb import ingredient_knowledge
from acudesk.domain.intake import CONCERNS, roman
from acudesk.domain.products import ProductCategory, shade_text

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


def english_concern(concern_id: str) -> str:
    """A concern as a client would say it: "Redness / rosacea" -> "redness"."""
    label = dict(CONCERNS).get(concern_id, concern_id)
    for stop in (" / ", " ("):
        label = label.split(stop)[0]
    return label.lower()


def english_category(category: ProductCategory) -> str:
    label = category.label
    return label if label.startswith("CC") else label[0].lower() + label[1:]


def _english_shades(fitzpatrick_range: tuple[int, int]) -> str:
    return f"shades for {shade_text(fitzpatrick_range)}"


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


ENGLISH = ReasonWords(
    language="en",
    categories={c: english_category(c) for c in ProductCategory},
    concerns={c: english_concern(c) for c, _ in CONCERNS},
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
    return ITALIAN if language == "it" else ENGLISH
