"""The product catalogue: list, edit, export, the house catalogue, and a client's picks."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.errors import ConflictError, NotFound, ValidationError
from acudesk.domain.products import (
    Product,
    ProductCategory,
    ProductInput,
    clean_input,
    validate_product,
)
from acudesk.domain.text import fold
from acudesk.domain.users import Permission, User
from acudesk.services import audit
from acudesk.services.guard import require
from acudesk.services.work import Service
from acudesk.store.models import (
    AuditEventRecord,
    ClientRecord,
    IntakeRecord,
    ProductRecord,
    SettingRecord,
)

if TYPE_CHECKING:
    from acudesk.domain.intake import SkinAssessment
    from acudesk.domain.recommendations import RecommendationResult

# Written in the same transaction as the house catalogue: a second workstation starting at
# the same moment fails on this key instead of adding the catalogue twice.
HOUSE_CATALOGUE_MARK = "products.house_catalogue"
NO_INTAKE = (
    "This client has no intake yet: the picks do not take their skin or allergies into "
    "account. Record an intake first."
)
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


def _checked(value: ProductInput) -> ProductInput:
    cleaned = clean_input(value)
    errors = validate_product(cleaned)
    if errors:
        raise ValidationError(errors)
    return cleaned


def _sort_key(product: Product) -> tuple[int, str, str, int]:
    return (CATEGORY_ORDER[product.category], fold(product.name), fold(product.brand), product.id)


def load_products(session: Session, *, include_inactive: bool = False) -> list[Product]:
    statement = select(ProductRecord)
    if not include_inactive:
        statement = statement.where(ProductRecord.active.is_(True))
    return sorted((to_product(r) for r in session.scalars(statement)), key=_sort_key)


def client_allergies(allergies: tuple[str, ...], conditions: tuple[str, ...]) -> tuple[str, ...]:
    """The allergy list as typed, plus "metal" when the intake ticks a metal allergy."""
    if "metal-allergy" in conditions and not any(fold(a) == "metal" for a in allergies):
        return (*allergies, "metal")
    return allergies


class ProductService(Service):
    def list(self, actor: User, *, include_inactive: bool = False) -> list[Product]:
        """The catalogue in routine order (category, then name)."""
        require(actor, Permission.VIEW_CLIENTS)
        with self._db.read_only() as session:
            return load_products(session, include_inactive=include_inactive)

    def get(self, actor: User, product_id: int) -> Product:
        require(actor, Permission.VIEW_CLIENTS)
        with self._db.read_only() as session:
            record = session.get(ProductRecord, product_id)
            if record is None:
                raise NotFound("That product no longer exists.")
            return to_product(record)

    def check(self, value: ProductInput) -> ProductInput:
        """Validate without saving; returns the cleaned input."""
        return _checked(value)

    def create(self, actor: User, value: ProductInput) -> Product:
        require(actor, Permission.MANAGE_PRODUCTS)
        cleaned = _checked(value)
        with self._work(actor) as work:
            session = work.session
            now = self._clock()
            record = ProductRecord(**product_columns(cleaned), created_at=now, updated_at=now)
            session.add(record)
            session.flush()
            audit.record(
                session,
                actor,
                AuditAction.CREATE,
                "product",
                record.id,
                cleaned.name,
                clock=self._clock,
            )
            work.changed(Changes.of(products=[record.id]))
            return to_product(record)

    def update(self, actor: User, loaded: Product, value: ProductInput) -> Product:
        """Save edits to ``loaded``; refused when someone else saved the product meanwhile."""
        require(actor, Permission.MANAGE_PRODUCTS)
        cleaned = _checked(value)
        return self._write(actor, loaded.id, loaded.version, product_columns(cleaned), "edited")

    def set_active(self, actor: User, loaded: Product, active: bool) -> Product:
        """Offer the product again, or stop offering it (it stays in the catalogue)."""
        require(actor, Permission.MANAGE_PRODUCTS)
        detail = "offered again" if active else "no longer offered"
        return self._write(actor, loaded.id, loaded.version, {"active": active}, detail)

    def _write(
        self, actor: User, product_id: int, version: int, columns: dict[str, Any], detail: str
    ) -> Product:
        try:
            with self._work(actor) as work:
                session = work.session
                record = session.get(ProductRecord, product_id)
                if record is None:
                    raise NotFound("This product was deleted on another computer.")
                if record.version != version:
                    raise self._conflict(session, product_id)
                for name, value in columns.items():
                    setattr(record, name, value)
                record.updated_at = self._clock()
                session.flush()
                audit.record(
                    session,
                    actor,
                    AuditAction.UPDATE,
                    "product",
                    record.id,
                    f"{record.name}: {detail}",
                    clock=self._clock,
                )
                work.changed(Changes.of(products=[record.id]))
                return to_product(record)
        except StaleDataError:
            with self._db.read_only() as session:
                raise self._conflict(session, product_id) from None

    def _conflict(self, session: Session, product_id: int) -> ConflictError:
        last = session.scalars(
            select(AuditEventRecord)
            .where(
                AuditEventRecord.entity == "product",
                AuditEventRecord.entity_id == str(product_id),
            )
            .order_by(AuditEventRecord.occurred_at.desc(), AuditEventRecord.id.desc())
            .limit(1)
        ).first()
        who = f"{last.username} at {last.occurred_at:%H:%M}" if last else "Someone"
        return ConflictError(
            f"{who} changed this product while you were editing it (on another computer). "
            "Your changes are not saved and are still in the form: close it, open the product "
            "again to see theirs, then make your changes again.",
        )

    def export_json(self, actor: User) -> dict[str, Any]:
        """The whole catalogue, inactive products included, as "acudesk-products/1"."""
        from acudesk.domain.product_codec import catalogue_document

        require(actor, Permission.VIEW_CLIENTS)
        with self._db.unit_of_work() as session:
            products = load_products(session, include_inactive=True)
            audit.record(
                session,
                actor,
                AuditAction.EXPORT,
                "product",
                "",
                f"catalogue of {len(products)} products",
                clock=self._clock,
            )
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
                session = work.session
                session.add(SettingRecord(key=HOUSE_CATALOGUE_MARK, value="1"))
                session.flush()
                now = self._clock()
                added = [
                    ProductRecord(**product_columns(value), created_at=now, updated_at=now)
                    for value in values
                ]
                session.add_all(added)
                session.flush()
                audit.record(
                    session,
                    None,
                    AuditAction.IMPORT,
                    "product",
                    "",
                    f"house catalogue: {len(values)} products",
                    clock=self._clock,
                    username="acudesk",
                )
                work.changed(
                    Changes.of(products=[r.id for r in added], settings=[HOUSE_CATALOGUE_MARK])
                )
        except IntegrityError:
            return 0  # another workstation added it a moment ago
        return len(values)

    def recommend_for_client(
        self, actor: User, client_id: int, *, categories: tuple[ProductCategory, ...] | None = None
    ) -> RecommendationResult:
        """Picks for the client's latest intake (skin, concerns, allergies). Audited read."""
        from acudesk.domain.recommendations import recommend

        require(actor, Permission.READ_CLINICAL)
        with self._db.unit_of_work() as session:
            if session.get(ClientRecord, client_id) is None:
                raise NotFound("That client no longer exists.")
            record, skin, allergies = client_skin(session, client_id)
            products = load_products(session)
            audit.record(
                session,
                actor,
                AuditAction.READ,
                "recommendations",
                client_id,
                f"intake {record.id if record else 'none'}",
                clock=self._clock,
            )
            result = recommend(products, skin, allergies, categories=categories)
            if record is None:
                result = replace(result, notice=NO_INTAKE)
            return result


def client_skin(
    session: Session, client_id: int
) -> tuple[IntakeRecord | None, SkinAssessment, tuple[str, ...]]:
    """The client's latest intake, its skin assessment and the allergies products must avoid
    (an empty assessment when there is no intake)."""
    from acudesk.domain.intake import SkinAssessment
    from acudesk.services.intake import latest_record, to_intake

    record = latest_record(session, client_id)
    if record is None:
        return None, SkinAssessment(), ()
    data = to_intake(record).data
    return record, data.skin, client_allergies(data.allergies, data.conditions)


def house_catalogue() -> list[ProductInput]:
    """The generic catalogue acudesk ships (resources/catalog/products.json)."""
    from acudesk.domain.product_codec import products_from_document
    from acudesk.resources import resource

    text = resource("catalog", "products.json").read_text(encoding="utf-8")
    return products_from_document(json.loads(text))
