"""The product catalogue service: permissions, audit, locking on both databases, the house
catalogue, the export, and a client's recommendations from their latest intake."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from acudesk.domain.clients import ClientInput
from acudesk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from acudesk.domain.intake import IntakeData, SkinAssessment
from acudesk.domain.product_codec import products_from_document
from acudesk.domain.products import ProductCategory, ProductInput
from acudesk.domain.users import Role
from acudesk.services.audit import recent_events
from acudesk.services.products import house_catalogue
from acudesk.services.registry import build_services
from acudesk.store.models import ProductRecord

SHIELD = ProductInput(
    name="Zinc Shield SPF 30",
    brand="House",
    category=ProductCategory.MINERAL_SUNSCREEN,
    ingredients=("Aqua", "Zinc Oxide", "Glycerin"),
    skin_types=("sensitive",),
    concerns=("redness",),
    fragrance_free=True,
    mineral_filters_only=True,
)


def test_admins_edit_the_catalogue_practitioners_and_reception_only_read(
    services, admin, make_user
):
    practitioner = make_user("pia", Role.PRACTITIONER)
    reception = make_user("rita", Role.RECEPTION)
    made = services.products.create(admin, SHIELD)
    for someone in (practitioner, reception):
        with pytest.raises(PermissionDenied, match="may not change the product catalogue"):
            services.products.create(someone, SHIELD)
        with pytest.raises(PermissionDenied):
            services.products.set_active(someone, made, False)
        assert [p.name for p in services.products.list(someone)] == ["Zinc Shield SPF 30"]
        assert services.products.get(someone, made.id) == made


def test_writes_are_audited(services, admin):
    made = services.products.create(admin, SHIELD)
    edited = services.products.update(admin, made, replace(SHIELD, notes="Reapply often"))
    services.products.set_active(admin, edited, False)
    events = [(e.action, e.entity, e.detail) for e in recent_events(services.db, admin)]
    assert ("create", "product", "Zinc Shield SPF 30") in events
    assert ("update", "product", "Zinc Shield SPF 30: edited") in events
    assert ("update", "product", "Zinc Shield SPF 30: no longer offered") in events


def test_invalid_input_is_refused_field_by_field(services, admin):
    with pytest.raises(ValidationError) as caught:
        services.products.create(
            admin, replace(SHIELD, name=" ", ingredients=(), fitzpatrick_range=(4, 2))
        )
    assert set(caught.value.errors) == {"name", "ingredients", "fitzpatrick_range"}
    assert services.products.list(admin) == []


def test_inactive_products_are_listed_only_when_asked(services, admin):
    made = services.products.create(admin, SHIELD)
    off = services.products.set_active(admin, made, False)
    assert not off.active and off.version == made.version + 1
    assert services.products.list(admin) == []
    assert services.products.list(admin, include_inactive=True) == [off]
    back = services.products.set_active(admin, off, True)
    assert services.products.list(admin) == [back]


def test_a_missing_product(services, admin):
    with pytest.raises(NotFound):
        services.products.get(admin, 999)


def test_two_workstations_editing_the_same_product(any_db, clock):
    """The second save is refused with a clear message, on SQLite and PostgreSQL."""
    from acudesk.domain.clinic import ClinicDetails
    from acudesk.domain.users import NewUser

    desk = build_services(any_db, clock)
    admin = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    room = build_services(any_db, clock)
    made = desk.products.create(admin, SHIELD)
    at_desk = desk.products.get(admin, made.id)
    in_room = room.products.get(admin, made.id)
    clock.advance(minutes=5)
    room.products.update(admin, in_room, replace(SHIELD, notes="Theirs"))
    with pytest.raises(
        ConflictError, match=r"Olivia saved this product on another computer at 09:05"
    ):
        desk.products.update(admin, at_desk, replace(SHIELD, notes="Mine"))
    with pytest.raises(ConflictError):
        desk.products.set_active(admin, at_desk, False)
    assert desk.products.get(admin, made.id).notes == "Theirs"


def test_the_house_catalogue_is_added_once(services, admin, db):
    added = services.products.ensure_house_catalogue()
    assert added == len(house_catalogue()) >= 18
    assert services.products.ensure_house_catalogue() == 0
    again = build_services(db, services.clock).products.ensure_house_catalogue()
    assert again == 0
    with db.read_only() as session:
        assert session.scalar(select(func.count()).select_from(ProductRecord)) == added
    events = [(e.action, e.username) for e in recent_events(db, admin)]
    assert ("import", "acudesk") in events


def test_the_house_catalogue_is_not_added_to_a_clinics_own_list(services, admin):
    services.products.create(admin, SHIELD)
    assert services.products.ensure_house_catalogue() == 0
    assert len(services.products.list(admin)) == 1


def test_export_is_the_documented_format_and_reads_back(services, admin, make_user):
    services.products.ensure_house_catalogue()
    first = services.products.list(admin)[0]
    services.products.set_active(admin, first, False)
    reception = make_user("rita", Role.RECEPTION)
    document = services.products.export_json(reception)
    assert document["format"] == "acudesk-products/1"
    assert document["exported_at"] == "2026-11-23T09:00:00"
    products = products_from_document(document)
    assert len(products) == len(house_catalogue())
    assert [p.active for p in products].count(False) == 1
    assert ("export", "product") in [
        (e.action, e.entity) for e in recent_events(services.db, admin)
    ]


@pytest.fixture
def client(services, admin):
    return services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))


def test_recommendations_follow_the_latest_intake(services, admin, client):
    services.products.ensure_house_catalogue()
    skin = SkinAssessment(fitzpatrick=2, skin_type="sensitive", concerns=("redness",))
    services.intake.record(
        admin,
        client.id,
        IntakeData(
            taken_on=date(2026, 11, 23),
            conditions=("metal-allergy",),
            allergies=("Nuts", "perfume"),
            skin=skin,
        ),
        based_on=None,
    )
    result = services.products.recommend_for_client(admin, client.id)
    assert result.notice == ""
    assert len(result.picks) >= 6
    for pick in result.picks:
        text = " ".join(pick.product.ingredients)
        assert "Shea" not in text and "Parfum" not in text and "Bismuth" not in text
        assert "Chromium" not in text  # the metal allergy ticked on the intake counts too
    excluded = {e.product.name: e.why for e in result.excluded}
    assert "(reported: metal)" in excluded["Green Correcting Powder"]
    events = [(e.action, e.entity, e.entity_id) for e in recent_events(services.db, admin)]
    assert ("read", "recommendations", str(client.id)) in events


def test_recommendations_without_an_intake_say_so(services, admin, client, make_user):
    services.products.ensure_house_catalogue()
    result = services.products.recommend_for_client(admin, client.id)
    assert "no intake yet" in result.notice
    assert result.picks
    with pytest.raises(NotFound):
        services.products.recommend_for_client(admin, 4242)
    nobody = make_user("rita", Role.RECEPTION)
    services.users.set_active(admin, nobody.id, False)
    with pytest.raises(PermissionDenied):
        services.products.recommend_for_client(replace(nobody, active=False), client.id)
