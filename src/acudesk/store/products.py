"""Product rows: row ↔ domain mapping and the catalogue in routine order.

Queries and mapping only; nothing here commits.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.products import Product, ProductCategory, ProductInput
from acudesk.domain.text import fold
from acudesk.store.models import ProductRecord

CATEGORY_ORDER = {c: i for i, c in enumerate(ProductCategory)}


def to_product(record: ProductRecord) -> Product:
    shades = (
        (record.fitzpatrick_min, record.fitzpatrick_max)
        if record.fitzpatrick_min is not None and record.fitzpatrick_max is not None
        else None
    )
    return Product(
        id=record.id,
        name=record.name,
        brand=record.brand,
        category=ProductCategory(record.category),
        ingredients=tuple(record.ingredients),
        skin_types=tuple(record.skin_types),
        concerns=tuple(record.concerns),
        fitzpatrick_range=shades,
        fragrance_free=record.fragrance_free,
        mineral_filters_only=record.mineral_filters_only,
        notes=record.notes,
        active=record.active,
        version=record.version,
    )


def product_columns(value: ProductInput) -> dict[str, Any]:
    shades = value.fitzpatrick_range
    return {
        "name": value.name,
        "brand": value.brand,
        "category": value.category.value,
        "ingredients": list(value.ingredients),
        "skin_types": list(value.skin_types),
        "concerns": list(value.concerns),
        "fitzpatrick_min": None if shades is None else shades[0],
        "fitzpatrick_max": None if shades is None else shades[1],
        "fragrance_free": value.fragrance_free,
        "mineral_filters_only": value.mineral_filters_only,
        "notes": value.notes,
        "active": value.active,
    }


def _routine_order(product: Product) -> tuple[int, str, str, int]:
    return (CATEGORY_ORDER[product.category], fold(product.name), fold(product.brand), product.id)


def load_products(session: Session, *, include_inactive: bool = False) -> list[Product]:
    """The catalogue in routine order (category, then name); offered products only unless
    ``include_inactive``."""
    statement = select(ProductRecord)
    if not include_inactive:
        statement = statement.where(ProductRecord.active.is_(True))
    return sorted((to_product(r) for r in session.scalars(statement)), key=_routine_order)
