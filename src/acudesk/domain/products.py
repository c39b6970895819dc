"""The clinic's product catalogue: what it recommends after treatment, and the rules a
product entry has to follow.

The intake lists and the ingredient tables are imported inside the functions that use them:
the app imports this module at start (to check the catalogue exists) and nothing more.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate
from acudesk.domain.text import unstorable_fields


class ProductCategory(enum.StrEnum):
    """In the order an aftercare routine uses them (and the sheet lists them)."""

    GENTLE_CLEANSER = "gentle-cleanser"
    SOOTHING_SERUM = "soothing-serum"
    MOISTURISER = "moisturiser"
    MINERAL_SUNSCREEN = "mineral-sunscreen"
    CC_CREAM = "cc-cream"
    MINERAL_FOUNDATION = "mineral-foundation"
    MINERAL_POWDER = "mineral-powder"
    LIP_BALM = "lip-balm"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


# In the language of the screens; the aftercare sheet names categories in the client's
# language from its handout template (and the English of .source() where it has none).
CATEGORY_LABELS = LazyTexts(
    "products",
    {
        ProductCategory.GENTLE_CLEANSER: QT_TRANSLATE_NOOP("products", "Gentle cleanser"),
        ProductCategory.SOOTHING_SERUM: QT_TRANSLATE_NOOP("products", "Soothing serum"),
        ProductCategory.MOISTURISER: QT_TRANSLATE_NOOP("products", "Moisturiser"),
        ProductCategory.MINERAL_SUNSCREEN: QT_TRANSLATE_NOOP("products", "Mineral sunscreen"),
        ProductCategory.CC_CREAM: QT_TRANSLATE_NOOP("products", "CC cream with mineral filters"),
        ProductCategory.MINERAL_FOUNDATION: QT_TRANSLATE_NOOP("products", "Mineral foundation"),
        ProductCategory.MINERAL_POWDER: QT_TRANSLATE_NOOP("products", "Mineral powder"),
        ProductCategory.LIP_BALM: QT_TRANSLATE_NOOP("products", "Lip balm"),
    },
)
SHADED_CATEGORIES = frozenset(
    {
        ProductCategory.CC_CREAM,
        ProductCategory.MINERAL_FOUNDATION,
        ProductCategory.MINERAL_POWDER,
    }
)
# Categories whose reason mentions the UV filters, and mineral make-up (bismuth matters).
SUN_CATEGORIES = frozenset(
    {
        ProductCategory.MINERAL_SUNSCREEN,
        ProductCategory.CC_CREAM,
        ProductCategory.MINERAL_FOUNDATION,
    }
)
MAKE_UP_CATEGORIES = SHADED_CATEGORIES

MAX_INGREDIENTS = 150
MAX_INGREDIENT_LENGTH = 200
_ALLOWED_IN_INCI = re.compile(r"^[\w .,'/()\[\]&+:%*-]+$")


@dataclass(frozen=True, slots=True)
class ProductInput:
    """What the product editor holds; validated by ``validate_product``."""

    name: str
    brand: str
    category: ProductCategory
    ingredients: tuple[str, ...]
    skin_types: tuple[str, ...] = ()  # () means every skin type
    concerns: tuple[str, ...] = ()
    fitzpatrick_range: tuple[int, int] | None = None  # None: shade does not matter
    fragrance_free: bool = False
    mineral_filters_only: bool = False  # no organic ("chemical") UV filter in it
    notes: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class Product:
    """A stored catalogue entry."""

    id: int
    name: str
    brand: str
    category: ProductCategory
    ingredients: tuple[str, ...]
    skin_types: tuple[str, ...] = ()
    concerns: tuple[str, ...] = ()
    fitzpatrick_range: tuple[int, int] | None = None
    fragrance_free: bool = False
    mineral_filters_only: bool = False
    notes: str = ""
    active: bool = True
    version: int = 1

    @property
    def display_name(self) -> str:
        return f"{self.name} — {self.brand}" if self.brand else self.name

    def suits_fitzpatrick(self, fitzpatrick: int | None) -> bool:
        """True when the shade does not matter, the type is unknown, or a shade fits it."""
        if self.fitzpatrick_range is None or fitzpatrick is None:
            return True
        low, high = self.fitzpatrick_range
        return low <= fitzpatrick <= high


def shade_text(fitzpatrick_range: tuple[int, int] | None) -> str:
    """ "types I–IV", "type III", or "" when shade does not matter (screens' language)."""
    from acudesk.domain.intake import roman

    if fitzpatrick_range is None:
        return ""
    low, high = fitzpatrick_range
    if low == high:
        #: A Fitzpatrick skin type, as a shade range names it: "type III".
        return translate("products", "type {type}").format(type=roman(low))
    #: A range of Fitzpatrick skin types: "types I–IV".
    return translate("products", "types {low}–{high}").format(low=roman(low), high=roman(high))


def split_ingredients(text: str) -> tuple[str, ...]:
    """Ingredients typed one per line, or pasted from a label as one comma-separated line.

    Commas inside brackets ("Iron Oxides (CI 77491, CI 77492)") and between digits
    ("1,2-Hexanediol") belong to the name and do not split it.
    """
    items: list[str] = []
    current: list[str] = []
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        between_digits = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        if ch in "\r\n" or (ch in ",;" and depth == 0 and not between_digits):
            items.append("".join(current))
            current = []
            depth = 0 if ch in "\r\n" else depth
            continue
        current.append(ch)
    items.append("".join(current))
    cleaned = (" ".join(item.split()).strip(" .") for item in items)
    return tuple(item for item in cleaned if item)


def clean_input(value: ProductInput) -> ProductInput:
    """Trimmed text, ingredients one per entry, lists in a stable order."""
    from acudesk.domain.intake import CONCERN_IDS, SKIN_TYPES

    ingredients = tuple(" ".join(i.split()) for i in value.ingredients if i.strip())
    return ProductInput(
        name=" ".join(value.name.split()),
        brand=" ".join(value.brand.split()),
        category=value.category,
        ingredients=ingredients,
        skin_types=tuple(t for t in SKIN_TYPES if t in value.skin_types)
        + tuple(t for t in value.skin_types if t not in SKIN_TYPES),
        concerns=tuple(c for c in CONCERN_IDS if c in value.concerns)
        + tuple(c for c in value.concerns if c not in CONCERN_IDS),
        fitzpatrick_range=value.fitzpatrick_range,
        fragrance_free=value.fragrance_free,
        mineral_filters_only=value.mineral_filters_only,
        notes=value.notes.strip(),
        active=value.active,
    )


def validate_product(value: ProductInput) -> dict[str, str]:
    """Field -> message for every problem (fields as the editor names them)."""
    # Imported here: the matching tables are only needed once someone edits a product.
    from acudesk.domain.intake import CONCERN_IDS, SKIN_TYPES

    errors: dict[str, str] = {}
    if not value.name.strip():
        errors["name"] = translate("products", "Enter the product's name.")
    elif len(value.name) > 120:
        errors["name"] = translate(
            "products", "The name is too long ({limit} characters at most)."
        ).format(limit=120)
    if len(value.brand) > 120:
        errors["brand"] = translate(
            "products", "The brand is too long ({limit} characters at most)."
        ).format(limit=120)
    if not isinstance(value.category, ProductCategory):
        errors["category"] = translate("products", "Choose a category from the list.")
    problem = _ingredients_problem(value.ingredients)
    if problem:
        errors["ingredients"] = problem
    errors.update(
        unstorable_fields(
            {
                "name": value.name,
                "brand": value.brand,
                "notes": value.notes,
                "ingredients": value.ingredients,
                "skin_types": value.skin_types,
                "concerns": value.concerns,
            }
        )
    )
    unknown_types = [t for t in value.skin_types if t not in SKIN_TYPES]
    if unknown_types:
        errors["skin_types"] = translate("products", "Unknown skin type: {ids}.").format(
            ids=", ".join(unknown_types)
        )
    unknown = [c for c in value.concerns if c not in CONCERN_IDS]
    if unknown:
        errors["concerns"] = translate("products", "Unknown concern: {ids}.").format(
            ids=", ".join(unknown)
        )
    shades = _shades_problem(value.fitzpatrick_range)
    if shades:
        errors["fitzpatrick_range"] = shades
    if not problem:
        errors.update(_tick_problems(value))
    if len(value.notes) > 2000:
        errors["notes"] = translate(
            "products", "The notes are too long ({limit} characters at most)."
        ).format(limit=2000)
    return errors


def _shades_problem(fitzpatrick_range: tuple[int, int] | None) -> str | None:
    from acudesk.domain.intake import roman

    if fitzpatrick_range is None:
        return None
    low, high = fitzpatrick_range
    if not (1 <= low <= 6 and 1 <= high <= 6):
        return translate("products", "Shades are for Fitzpatrick types I to VI.")
    if low > high:
        return translate(
            "products",
            "The lightest type ({lightest}) is darker than the deepest ({deepest}): swap them.",
        ).format(lightest=roman(low), deepest=roman(high))
    return None


def _tick_problems(value: ProductInput) -> dict[str, str]:
    """The editor's ticks that the ingredient list contradicts."""
    from acudesk.domain.inci import chemical_uv_filters, fragrance_ingredients

    errors: dict[str, str] = {}
    perfumes = fragrance_ingredients(value.ingredients)
    if value.fragrance_free and perfumes:
        #: 'Fragrance-free' is the tick box of the product editor.
        errors["fragrance_free"] = translate(
            "products",
            "The ingredients include fragrance ({ingredients}): untick 'Fragrance-free', "
            "or check the list.",
        ).format(ingredients=", ".join(perfumes[:3]))
    filters = chemical_uv_filters(value.ingredients)
    if value.mineral_filters_only and filters:
        #: 'Mineral UV filters only' is the tick box of the product editor.
        errors["mineral_filters_only"] = translate(
            "products",
            "The ingredients include a chemical UV filter ({ingredients}): untick "
            "'Mineral UV filters only', or check the list.",
        ).format(ingredients=", ".join(filters[:3]))
    return errors


def _ingredients_problem(ingredients: tuple[str, ...]) -> str | None:
    from acudesk.domain.inci import normalise

    if not ingredients:
        return translate("products", "List at least one ingredient (INCI names, one per line).")
    if len(ingredients) > MAX_INGREDIENTS:
        return translate(
            "products", "That is more than {most} ingredients: check the list."
        ).format(most=MAX_INGREDIENTS)
    seen: dict[str, str] = {}
    for ingredient in ingredients:
        if len(ingredient) > MAX_INGREDIENT_LENGTH:
            return translate(
                "products", "'{start}…' is too long for one ingredient: put one per line."
            ).format(start=ingredient[:40])
        if not _ALLOWED_IN_INCI.match(ingredient) or not normalise(ingredient):
            return translate(
                "products",
                "'{ingredient}' does not look like an ingredient name: use letters, "
                "digits and ordinary punctuation.",
            ).format(ingredient=ingredient[:60])
        key = normalise(ingredient)
        if key in seen:
            return translate(
                "products", "'{ingredient}' is listed twice (also as '{other}')."
            ).format(ingredient=ingredient, other=seen[key])
        seen[key] = ingredient
    return None


def matches_search(product: Product, query: str) -> bool:
    """The products list's search: every word typed appears in the name, brand, category or
    an ingredient (accents and case ignored)."""
    from acudesk.domain.text import fold

    words = fold(query).split()
    if not words:
        return True
    haystack = fold(
        " ".join((product.name, product.brand, product.category.label, *product.ingredients))
    )
    return all(word in haystack for word in words)
