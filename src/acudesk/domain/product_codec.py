"""The catalogue as JSON ("acudesk-products/1"): the export format and the house catalogue
file that a new clinic starts from are the same."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from acudesk.domain.products import Product, ProductCategory, ProductInput

FORMAT = "acudesk-products/1"


class ProductFormatError(ValueError):
    """A catalogue document acudesk cannot read."""


def product_to_dict(product: Product | ProductInput) -> dict[str, Any]:
    shades = product.fitzpatrick_range
    return {
        "name": product.name,
        "brand": product.brand,
        "category": product.category.value,
        "ingredients": list(product.ingredients),
        "skin_types": list(product.skin_types),
        "concerns": list(product.concerns),
        "fitzpatrick": None if shades is None else {"from": shades[0], "to": shades[1]},
        "fragrance_free": product.fragrance_free,
        "mineral_filters_only": product.mineral_filters_only,
        "notes": product.notes,
        "active": product.active,
    }


def catalogue_document(products: Iterable[Product], exported_at: datetime) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "products": [product_to_dict(p) for p in products],
    }


def _strings(raw: object, what: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise ProductFormatError(f"{what} should be a list of text.")
    return tuple(raw)


def product_from_dict(raw: object) -> ProductInput:
    if not isinstance(raw, dict):
        raise ProductFormatError("A product should be an object.")
    name = raw.get("name")
    if not isinstance(name, str):
        raise ProductFormatError("A product has no name.")
    try:
        category = ProductCategory(str(raw.get("category")))
    except ValueError:
        raise ProductFormatError(f"{name}: unknown category {raw.get('category')!r}.") from None
    shades = raw.get("fitzpatrick")
    fitzpatrick: tuple[int, int] | None = None
    if shades is not None:
        if not isinstance(shades, dict) or not all(
            isinstance(shades.get(k), int) for k in ("from", "to")
        ):
            raise ProductFormatError(f"{name}: fitzpatrick should be {{'from': n, 'to': n}}.")
        fitzpatrick = (int(shades["from"]), int(shades["to"]))
    return ProductInput(
        name=name,
        brand=str(raw.get("brand", "")),
        category=category,
        ingredients=_strings(raw.get("ingredients", []), f"{name}: ingredients"),
        skin_types=_strings(raw.get("skin_types", []), f"{name}: skin_types"),
        concerns=_strings(raw.get("concerns", []), f"{name}: concerns"),
        fitzpatrick_range=fitzpatrick,
        fragrance_free=bool(raw.get("fragrance_free", False)),
        mineral_filters_only=bool(raw.get("mineral_filters_only", False)),
        notes=str(raw.get("notes", "")),
        active=bool(raw.get("active", True)),
    )


def products_from_document(document: object) -> list[ProductInput]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ProductFormatError(f"This is not an acudesk product catalogue ({FORMAT}).")
    products = document.get("products")
    if not isinstance(products, list):
        raise ProductFormatError("The catalogue has no product list.")
    return [product_from_dict(p) for p in products]
