"""Recommendation rules: one pick per category, allergies, sensitive skin, shades, reasons."""

from __future__ import annotations

import json

from acudesk.domain.intake import SkinAssessment
from acudesk.domain.product_codec import products_from_document
from acudesk.domain.products import (
    Product,
    ProductCategory,
    ProductInput,
    clean_input,
    validate_product,
)
from acudesk.domain.recommendations import recommend
from acudesk.resources import resource

C = ProductCategory
MINERALS = ("Mica (CI 77019)", "Titanium Dioxide (CI 77891)", "Zinc Oxide (CI 77947)")


def product(pid: int, name: str, category: ProductCategory, *ingredients: str, **kw) -> Product:
    defaults = {"fragrance_free": True, "mineral_filters_only": True}
    return Product(pid, name, "Test", category, ingredients or MINERALS, **{**defaults, **kw})


SENSITIVE = SkinAssessment(fitzpatrick=3, skin_type="sensitive", concerns=("redness",))


def test_one_pick_per_category_in_routine_order():
    products = [
        product(1, "Powder B", C.MINERAL_POWDER),
        product(2, "Powder A", C.MINERAL_POWDER),
        product(3, "Cleanser", C.GENTLE_CLEANSER, "Aqua", "Glycerin"),
        product(4, "Foundation", C.MINERAL_FOUNDATION),
    ]
    result = recommend(products, SkinAssessment(), ())
    assert [(p.category, p.product.name) for p in result.picks] == [
        (C.GENTLE_CLEANSER, "Cleanser"),
        (C.MINERAL_FOUNDATION, "Foundation"),
        (C.MINERAL_POWDER, "Powder A"),  # a tie goes to the name
    ]
    assert [o.product.name for o in result.options[C.MINERAL_POWDER]] == ["Powder A", "Powder B"]


def test_a_product_with_an_allergen_is_never_picked_and_the_practitioner_sees_why():
    products = [
        product(1, "Almond Cream", C.MOISTURISER, "Aqua", "Prunus Amygdalus Dulcis Oil"),
        product(2, "Zinc Cream", C.MOISTURISER, "Aqua", "CI 77947"),
    ]
    result = recommend(products, SkinAssessment(), ("nuts", "Zinc"))
    assert result.picks == ()
    assert result.unfilled == (C.MOISTURISER,)
    whys = {e.product.name: e.why for e in result.excluded}
    assert whys["Almond Cream"] == "Contains Prunus Amygdalus Dulcis Oil (reported: nuts)."
    assert whys["Zinc Cream"] == "Contains CI 77947 (reported: Zinc)."


def test_sensitive_skin_gets_fragrance_free_mineral_and_bismuth_free_only():
    products = [
        product(1, "Perfumed", C.MINERAL_POWDER, "Mica", "Parfum", fragrance_free=False),
        product(2, "Hidden Scent", C.MINERAL_POWDER, "Mica", "Linalool"),
        product(3, "Unticked", C.MINERAL_POWDER, "Mica", fragrance_free=False),
        product(4, "Bismuth", C.MINERAL_POWDER, "Mica", "Bismuth Oxychloride (CI 77163)"),
        product(5, "Chemical", C.MINERAL_SUNSCREEN, "Aqua", "Octocrylene", "Zinc Oxide"),
        product(
            6, "Not Mineral", C.MINERAL_SUNSCREEN, "Aqua", "Zinc Oxide", mineral_filters_only=False
        ),
        product(7, "Clean Powder", C.MINERAL_POWDER, "Mica", "Zinc Oxide"),
        product(8, "Zinc Sunscreen", C.MINERAL_SUNSCREEN, "Aqua", "Zinc Oxide"),
    ]
    result = recommend(products, SENSITIVE, ())
    assert [p.product.name for p in result.picks] == ["Zinc Sunscreen", "Clean Powder"]
    whys = {e.product.name: e.why for e in result.excluded}
    assert "fragrance (Parfum)" in whys["Perfumed"]
    assert "fragrance (Linalool)" in whys["Hidden Scent"]
    assert "Not marked fragrance-free" in whys["Unticked"]
    assert "bismuth oxychloride" in whys["Bismuth"]
    assert "chemical UV filter (Octocrylene)" in whys["Chemical"]
    assert "mineral UV filters only" in whys["Not Mineral"]


def test_the_same_products_suit_skin_that_is_not_sensitive():
    products = [
        product(1, "Bismuth", C.MINERAL_POWDER, "Mica", "Bismuth Oxychloride"),
        product(2, "Perfumed", C.MOISTURISER, "Aqua", "Parfum", fragrance_free=False),
    ]
    result = recommend(products, SkinAssessment(skin_type="dry"), ())
    assert {p.product.name for p in result.picks} == {"Bismuth", "Perfumed"}
    # A redness or sensitivity concern alone makes the skin count as reactive.
    reactive = recommend(products, SkinAssessment(skin_type="dry", concerns=("sensitivity",)), ())
    assert reactive.picks == ()


def test_shades_must_cover_the_clients_fitzpatrick_type():
    products = [
        product(1, "Fair", C.MINERAL_FOUNDATION, fitzpatrick_range=(1, 3)),
        product(2, "Deep", C.MINERAL_FOUNDATION, fitzpatrick_range=(4, 6)),
        product(3, "Translucent", C.MINERAL_POWDER),
    ]
    deep = recommend(products, SkinAssessment(fitzpatrick=5), ())
    assert [p.product.name for p in deep.picks] == ["Deep", "Translucent"]
    assert deep.excluded[0].why == "No shade for Fitzpatrick type V (made for types I–III)."
    unknown = recommend(products, SkinAssessment(), ())
    assert [p.product.name for p in unknown.picks] == ["Deep", "Translucent"]
    assert "shades for types IV–VI" in unknown.picks[0].reason


def test_skin_type_then_shared_concerns_win_before_the_name():
    skin = SkinAssessment(skin_type="oily", concerns=("pores", "oiliness", "acne"))
    products = [
        product(1, "A Any", C.MOISTURISER, skin_types=()),
        product(2, "B Dry", C.MOISTURISER, skin_types=("dry",), concerns=("pores", "acne")),
        product(3, "C Oily", C.MOISTURISER, skin_types=("oily",), concerns=("pores",)),
        product(4, "D Oily", C.MOISTURISER, skin_types=("oily",), concerns=("pores", "oiliness")),
    ]
    ranked = [o.product.name for o in recommend(products, skin, ()).options[C.MOISTURISER]]
    assert ranked == ["D Oily", "C Oily", "A Any", "B Dry"]


def test_categories_can_be_chosen_and_inactive_products_are_left_alone():
    products = [
        product(1, "Old Balm", C.LIP_BALM, "Cera Alba", active=False),
        product(2, "Cleanser", C.GENTLE_CLEANSER, "Aqua"),
    ]
    result = recommend(products, SkinAssessment(), (), categories=[C.LIP_BALM, C.LIP_BALM])
    assert result.picks == () and result.unfilled == (C.LIP_BALM,)
    assert result.excluded == ()


def silk_powder() -> Product:
    """For a sensitive client: the reason names skin, concern, shade and bismuth."""
    return product(
        1,
        "Silk",
        C.MINERAL_POWDER,
        "Mica",
        "Zinc Oxide",
        skin_types=("sensitive",),
        concerns=("redness", "pores"),
        fitzpatrick_range=(1, 4),
    )


def test_the_reason_is_in_plain_words():
    (pick,) = recommend([silk_powder()], SENSITIVE, ("lanolin",)).picks
    assert pick.reason == (
        "Fragrance-free mineral powder for sensitive skin; helps with redness; "
        "shades for type III; free of bismuth oxychloride; none of the ingredients you react to"
    )
    sunscreen = product(2, "Shield", C.MINERAL_SUNSCREEN, "Aqua", "Zinc Oxide")
    (sun,) = recommend([sunscreen], SkinAssessment(), ()).picks
    assert sun.reason == (
        "Fragrance-free mineral sunscreen for every skin type; "
        "mineral sun filters only (zinc oxide, titanium dioxide)"
    )


def house_inputs() -> list[ProductInput]:
    document = json.loads(resource("catalog", "products.json").read_text(encoding="utf-8"))
    return products_from_document(document)


def house() -> list[Product]:
    return [
        Product(i, **{f: getattr(v, f) for f in v.__dataclass_fields__})
        for i, v in enumerate(house_inputs(), start=1)
    ]


def test_the_house_catalogue_is_valid_and_covers_every_category():
    inputs = house_inputs()
    assert 18 <= len(inputs) <= 25
    for p in inputs:
        assert validate_product(clean_input(p)) == {}, p.name
    assert {p.category for p in inputs} == set(ProductCategory)


def test_house_catalogue_for_a_sensitive_client_with_allergies():
    skin = SkinAssessment(fitzpatrick=5, skin_type="sensitive", concerns=("redness", "dryness"))
    result = recommend(house(), skin, ("nuts", "vitamin E", "perfume"))
    # Both CC creams are left out (one has vitamin E, the other perfume): no pick, and why.
    assert result.unfilled == (C.CC_CREAM,)
    assert {p.category for p in result.picks} == set(ProductCategory) - {C.CC_CREAM}
    for pick in result.picks:
        names = " ".join(pick.product.ingredients).lower()
        assert "shea" not in names and "tocopher" not in names and "parfum" not in names
        assert "bismuth" not in names
        assert pick.product.suits_fitzpatrick(5)
    by_name = {e.product.name: e.why for e in result.excluded}
    assert "Butyrospermum Parkii (Shea) Butter (reported: nuts)" in by_name["Barrier Comfort Cream"]
    assert "Tocopherol (reported: vitamin E)" in by_name["Calming CC Cream SPF 25"]


def test_results_do_not_depend_on_the_order_products_come_in():
    products = house()
    skin = SkinAssessment(fitzpatrick=2, skin_type="combination", concerns=("pores",))
    forward = recommend(products, skin, ("lanolin",))
    backward = recommend(list(reversed(products)), skin, ("lanolin",))
    assert forward.picks == backward.picks
    assert sorted(e.product.id for e in forward.excluded) == sorted(
        e.product.id for e in backward.excluded
    )
