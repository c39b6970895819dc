"""The product catalogue: list, edit, export, the house catalogue, and a client's picks."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.errors import CLIENT, PRODUCT, ConflictError, ValidationError
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.domain.products import (
    Product,
    ProductCategory,
    ProductInput,
    clean_input,
    validate_product,
)
from acudesk.domain.users import Permission, User
from acudesk.services.guard import require
from acudesk.services.work import Service
from acudesk.store.models import ClientRecord, ProductRecord, SettingRecord
from acudesk.store.products import load_products, product_columns, to_product

if TYPE_CHECKING:
    from acudesk.domain.recommendations import RecommendationResult

# Written in the same transaction as the house catalogue: a second workstation starting at
# the same moment fails on this key instead of adding the catalogue twice.
HOUSE_CATALOGUE_MARK = "products.house_catalogue"
NO_INTAKE = QT_TRANSLATE_NOOP(
    "products",
    "This client has no intake yet: the picks do not take their skin or allergies into "
    "account. Record an intake first.",
)


def _checked(value: ProductInput) -> ProductInput:
    cleaned = clean_input(value)
    errors = validate_product(cleaned)
    if errors:
        raise ValidationError(errors)
    return cleaned


class ProductService(Service):
    def list(self, actor: User, *, include_inactive: bool = False) -> list[Product]:
        """The catalogue in routine order (category, then name)."""
        with self._read_as(actor, Permission.VIEW_CATALOGUE) as session:
            return load_products(session, include_inactive=include_inactive)

    def get(self, actor: User, product_id: int) -> Product:
        with self._read_as(actor, Permission.VIEW_CATALOGUE) as session:
            record = session.get(ProductRecord, product_id)
            if record is None:
                raise PRODUCT.not_found()
            return to_product(record)

    def check(self, value: ProductInput) -> ProductInput:
        """Validate without saving; returns the cleaned input."""
        return _checked(value)

    def create(self, actor: User, value: ProductInput) -> Product:
        require(actor, Permission.MANAGE_PRODUCTS)  # before reading the input; again, as now, below
        cleaned = _checked(value)
        with self._work(actor, Permission.MANAGE_PRODUCTS, what=PRODUCT) as work:
            now = self._clock()
            record = ProductRecord(**product_columns(cleaned), created_at=now, updated_at=now)
            work.session.add(record)
            work.session.flush()
            work.audit(AuditAction.CREATE, record, cleaned.name)
            work.changed(Changes.of(products=[record.id]))
            return to_product(record)

    def update(self, actor: User, loaded: Product, value: ProductInput) -> Product:
        """Save edits to ``loaded``; refused when someone else saved the product meanwhile."""
        require(actor, Permission.MANAGE_PRODUCTS)  # before reading the input; again, as now, below
        cleaned = _checked(value)
        return self._write(actor, loaded, product_columns(cleaned), "edited")

    def set_active(self, actor: User, loaded: Product, active: bool) -> Product:
        """Offer the product again, or stop offering it (it stays in the catalogue)."""
        require(actor, Permission.MANAGE_PRODUCTS)  # before reading the input; again, as now, below
        detail = "offered again" if active else "no longer offered"
        return self._write(actor, loaded, {"active": active}, detail)

    def _write(self, actor: User, loaded: Product, columns: dict[str, Any], detail: str) -> Product:
        with self._work(actor, Permission.MANAGE_PRODUCTS) as work:
            record = work.edit(ProductRecord, loaded.id, loaded.version, what=PRODUCT)
            for name, value in columns.items():
                setattr(record, name, value)
            record.updated_at = self._clock()
            work.session.flush()
            work.audit(AuditAction.UPDATE, record, f"{record.name}: {detail}")
            work.changed(Changes.of(products=[record.id]))
            return to_product(record)

    def export_json(self, actor: User) -> dict[str, Any]:
        """The whole catalogue, inactive products included, as "acudesk-products/1"."""
        from acudesk.domain.product_codec import catalogue_document

        with self._work(actor, Permission.VIEW_CATALOGUE) as work:
            products = load_products(work.session, include_inactive=True)
            work.audit(AuditAction.EXPORT, "product", f"catalogue of {len(products)} products")
            return catalogue_document(products, self._clock())

    def ensure_house_catalogue(self) -> int:
        """Fill an empty catalogue from the house catalogue, once; return how many were added.

        Runs at start, before anyone signs in, so it needs no acting user. When there is
        nothing to do it costs one query and none of the catalogue code is imported.
        """
        with self._db.read_only() as session:
            if session.scalar(select(ProductRecord.id).limit(1)) is not None:
                return 0
            if session.get(SettingRecord, HOUSE_CATALOGUE_MARK) is not None:
                return 0
        values = [_checked(v) for v in house_catalogue()]
        try:
            with self._work() as work:
                work.session.add(SettingRecord(key=HOUSE_CATALOGUE_MARK, value="1"))
                work.session.flush()
                now = self._clock()
                added = [
                    ProductRecord(**product_columns(value), created_at=now, updated_at=now)
                    for value in values
                ]
                work.session.add_all(added)
                work.session.flush()
                detail = f"house catalogue: {len(values)} products"
                work.audit(AuditAction.IMPORT, "product", detail, username="acudesk")
                work.changed(
                    Changes.of(products=[r.id for r in added], settings=[HOUSE_CATALOGUE_MARK])
                )
        except ConflictError:
            return 0  # another workstation added it a moment ago
        return len(values)

    def recommend_for_client(
        self, actor: User, client_id: int, *, categories: tuple[ProductCategory, ...] | None = None
    ) -> RecommendationResult:
        """Picks for the client's latest intake (skin, concerns, allergies). Audited read."""
        from acudesk.domain.recommendations import recommend
        from acudesk.store.intakes import client_skin

        with self._work(actor, Permission.READ_INTAKE) as work:
            if work.session.get(ClientRecord, client_id) is None:
                raise CLIENT.not_found()
            record, skin, allergies = client_skin(work.session, client_id)
            products = load_products(work.session)
            detail = f"intake {record.id if record else 'none'}"
            work.audit(
                AuditAction.READ,
                "recommendations",
                detail,
                entity_id=client_id,
                client_id=client_id,
            )
            result = recommend(products, skin, allergies, categories=categories)
            if record is None:
                result = replace(result, notice=translate("products", NO_INTAKE))
            return result


def house_catalogue() -> list[ProductInput]:
    """The generic catalogue acudesk ships (resources/catalog/products.json)."""
    from acudesk.domain.product_codec import products_from_document
    from acudesk.resources import resource

    text = resource("catalog", "products.json").read_text(encoding="utf-8")
    return products_from_document(json.loads(text))
