"""Every reason printed is true of its product, and no pick holds what the client reacts to.

Checked over the whole house catalogue for clients with different skins and allergies (in
English and Italian words). What each allergy forbids is written out by hand here, as label
fragments, so the check does not lean on the matching rules it checks.
"""

from __future__ import annotations

import re

import pytest

from acudesk.domain.ingredient_kb import ingredient_knowledge
from acudesk.domain.ingredient_words import contains_phrase, tokens
from acudesk.domain.intake import SkinAssessment
from acudesk.domain.products import Product, ProductCategory
from acudesk.domain.recommendations import explain, recommend
from tests.unit.test_recommendations import house

FRAGRANCE = ("parfum", "aroma", "fragrance", "linalool", "limonene", "citronellol", "geraniol")
FORBIDDEN = {
    "sweet almond oil": ("prunus amygdalus",),
    "vitamin E": ("tocopher",),
    "profumo": (*FRAGRANCE, "lavandula", "rosa damascena flower oil"),
    "titanium dioxide": ("titanium dioxide", "77891"),
    "burro di karité": ("butyrospermum", "vitellaria"),
    "lanolina": ("lanolin",),
    "noci": ("prunus amygdalus", "juglans", "corylus", "macadamia", "butyrospermum", "argania"),
    "zinc oxide": ("zinc oxide", "77947"),
    "mica": ("mica", "77019"),
    "iron oxides": ("iron oxide", "77491", "77492", "77499"),
    "coconut": ("cocos nucifera", "coco-", "cocoyl"),
    "parabens": ("paraben",),
    "linalool": ("linalool", "lavandula", "parfum", "aroma"),
    "nickel": ("nickel",),
}
SENSITIVE = SkinAssessment(fitzpatrick=3, skin_type="sensitive", concerns=("redness", "dryness"))
CLIENTS = [
    (SkinAssessment(), ()),
    (SkinAssessment(fitzpatrick=2, skin_type="dry", concerns=("fine-lines",)), ("nickel",)),
    (SENSITIVE, ("sweet almond oil", "vitamin E", "profumo")),
    (SkinAssessment(fitzpatrick=4, skin_type="combination"), ("titanium dioxide",)),
    (SkinAssessment(fitzpatrick=5, skin_type="oily"), ("burro di karité", "lanolina", "noci")),
    (SkinAssessment(skin_type="normal"), ("zinc oxide", "mica", "iron oxides")),
    (SENSITIVE, ("coconut", "parabens", "linalool")),
    (SkinAssessment(skin_type="dry"), ("titanium dioxide", "xyzzol")),
]
ABSENCE = frozenset(tokens("free senza nessuno"))


def forbidden_in(product: Product, allergies: tuple[str, ...]) -> list[str]:
    fragments = [f for a in allergies for f in FORBIDDEN.get(a, ())]
    return [
        i
        for i in product.ingredients
        for f in fragments
        if re.search(rf"(?<![a-z]){re.escape(f)}", i.lower())
    ]


def named_substances(text: str) -> set[str]:
    """Every substance of acudesk's table that the text names, by any of its names."""
    words = tokens(text)
    return {
        s.id
        for s in ingredient_knowledge().substances.values()
        if any(contains_phrase(words, tokens(name)) for name in s.names)
    }


def listed(product: Product, substance: str) -> bool:
    """Whether the product's own list names the substance (by INCI name or CI number)."""
    entry = ingredient_knowledge().substances[substance]
    names = [*entry.inci, *(f"CI {n}" for n in entry.ci), *entry.english]
    return any(
        contains_phrase(tokens(ingredient), tokens(name))
        for ingredient in product.ingredients
        for name in names
    )


def check_reason(product: Product, reason: str) -> int:
    """Assert every part of the reason is true of the product; return how many ingredients
    the reason says the product has."""
    present = 0
    for part in reason.split("; "):
        named = named_substances(part)
        if ABSENCE & set(tokens(part)):
            for substance in named:
                assert not listed(product, substance), (product.name, part, substance)
            if "fragrance-free" in part.lower() or "senza profumo" in part.lower():
                assert product.fragrance_free
                assert not any(f in i.lower() for i in product.ingredients for f in FRAGRANCE)
        else:
            for substance in named:
                assert listed(product, substance), (product.name, part, substance)
            present += len(named)
    return present


@pytest.mark.parametrize(("skin", "allergies"), CLIENTS)
def test_no_product_offered_holds_what_the_client_reacts_to(skin, allergies):
    result = recommend(house(), skin, allergies)
    assert result.picks  # something is offered to every one of these clients
    for options in result.options.values():
        for option in options:
            assert forbidden_in(option.product, allergies) == [], option.product.name


@pytest.mark.parametrize(("skin", "allergies"), CLIENTS)
def test_every_reason_names_only_what_its_product_contains(skin, allergies):
    products = house()
    result = recommend(products, skin, allergies)
    for options in result.options.values():
        for option in options:
            check_reason(option.product, option.reason)
            italian = explain(option.product, skin, allergies, "it", catalogue=products)
            check_reason(option.product, italian)


def test_reasons_name_the_filters_of_each_sunscreen_and_nothing_else():
    """The mineral-filter reason is where the old sheets named ingredients a product lacked."""
    products = house()
    sun = {ProductCategory.MINERAL_SUNSCREEN, ProductCategory.CC_CREAM}
    result = recommend(products, SkinAssessment(), ("titanium dioxide",))
    reasons = {o.product.name: o.reason for c in sun for o in result.options.get(c, ())}
    assert "; mineral sun filters only (zinc oxide);" in reasons["Daily Mineral Shield SPF 30"]
    for name, reason in reasons.items():
        assert "titanium dioxide" not in reason, name
    everyone = recommend(products, SkinAssessment(), ())
    named = 0
    for category in sun:
        for option in everyone.options.get(category, ()):
            named += check_reason(option.product, option.reason)
    assert named >= 5  # the reasons do name ingredients, so the check above means something
    fluid = next(
        o
        for o in everyone.options[ProductCategory.MINERAL_SUNSCREEN]
        if o.product.name == "Sheer Zinc Fluid SPF 50"
    )
    assert "(zinc oxide and titanium dioxide)" in fluid.reason  # it has both


def test_an_unknown_allergy_is_never_claimed_over_the_house_catalogue():
    result = recommend(house(), SkinAssessment(skin_type="dry"), ("titanium dioxide", "xyzzol"))
    assert result.unknown_allergies == ("xyzzol",)
    for options in result.options.values():
        for option in options:
            assert "none of the ingredients you react to" not in option.reason
            assert option.reason.endswith("free of titanium dioxide")
