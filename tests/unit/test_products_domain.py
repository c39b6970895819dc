"""Product entries: validation, ingredient lists pasted from a label, the JSON format."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from acudesk.domain.product_codec import (
    FORMAT,
    ProductFormatError,
    catalogue_document,
    products_from_document,
)
from acudesk.domain.products import (
    Product,
    ProductCategory,
    ProductInput,
    clean_input,
    shade_text,
    split_ingredients,
    validate_product,
)


def value(**changes) -> ProductInput:
    base = ProductInput("Silk Powder", "House", ProductCategory.MINERAL_POWDER, ("Mica",))
    return replace(base, **changes)


def test_a_good_product_has_no_problems():
    assert validate_product(value()) == {}


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"name": "  "}, "name", "Enter the product's name"),
        ({"name": "x" * 121}, "name", "too long"),
        ({"ingredients": ()}, "ingredients", "at least one ingredient"),
        ({"ingredients": ("Mica", "MICA")}, "ingredients", "listed twice"),
        ({"ingredients": ("Mica", "x" * 201)}, "ingredients", "too long for one ingredient"),
        ({"ingredients": ("Mica", "<script>")}, "ingredients", "does not look like"),
        ({"ingredients": ("Mica", "...")}, "ingredients", "does not look like"),
        ({"skin_types": ("leathery",)}, "skin_types", "Unknown skin type"),
        ({"concerns": ("warts",)}, "concerns", "Unknown concern"),
        ({"fitzpatrick_range": (0, 3)}, "fitzpatrick_range", "I to VI"),
        ({"fitzpatrick_range": (2, 7)}, "fitzpatrick_range", "I to VI"),
        ({"fitzpatrick_range": (5, 2)}, "fitzpatrick_range", "swap them"),
        (
            {"ingredients": ("Mica", "Parfum"), "fragrance_free": True},
            "fragrance_free",
            "include fragrance (Parfum)",
        ),
        (
            {"ingredients": ("Aqua", "Homosalate"), "mineral_filters_only": True},
            "mineral_filters_only",
            "chemical UV filter (Homosalate)",
        ),
        ({"notes": "x" * 2001}, "notes", "too long"),
    ],
)
def test_each_problem_is_named_next_to_its_field(changes, field, words):
    errors = validate_product(value(**changes))
    assert words in errors[field]


def test_clean_input_trims_and_orders_lists():
    cleaned = clean_input(
        value(
            name="  Silk   Powder ",
            ingredients=("  Mica  (CI 77019) ", "", "Zinc Oxide"),
            skin_types=("sensitive", "dry"),
            concerns=("redness", "fine-lines"),
        )
    )
    assert cleaned.name == "Silk Powder"
    assert cleaned.ingredients == ("Mica (CI 77019)", "Zinc Oxide")
    assert cleaned.skin_types == ("dry", "sensitive")
    assert cleaned.concerns == ("fine-lines", "redness")


def test_an_ingredient_list_pasted_from_a_label_splits_into_names():
    pasted = "Mica, Iron Oxides (CI 77491, CI 77492), 1,2-Hexanediol; Zinc Oxide.\nParfum\n\n"
    assert split_ingredients(pasted) == (
        "Mica",
        "Iron Oxides (CI 77491, CI 77492)",
        "1,2-Hexanediol",
        "Zinc Oxide",
        "Parfum",
    )


def test_shade_text():
    assert shade_text((1, 4)) == "types I–IV"
    assert shade_text((3, 3)) == "type III"
    assert shade_text(None) == ""


def test_the_json_format_round_trips():
    product = Product(
        7,
        "Shield",
        "House",
        ProductCategory.MINERAL_SUNSCREEN,
        ("Aqua", "Zinc Oxide"),
        ("dry",),
        ("redness",),
        (2, 5),
        True,
        True,
        "note",
        False,
        3,
    )
    document = catalogue_document([product], datetime(2026, 11, 23, 9, 0))
    assert document["format"] == FORMAT == "acudesk-products/1"
    assert document["exported_at"] == "2026-11-23T09:00:00"
    (back,) = products_from_document(document)
    assert isinstance(back, ProductInput)
    assert {f: getattr(back, f) for f in back.__dataclass_fields__} == {
        f: getattr(product, f) for f in back.__dataclass_fields__
    }


@pytest.mark.parametrize(
    "document",
    [
        {},
        {"format": "something-else/1", "products": []},
        {"format": FORMAT},
        {"format": FORMAT, "products": [{"name": "X", "category": "perfume"}]},
        {"format": FORMAT, "products": [{"name": "X", "category": "lip-balm", "ingredients": 3}]},
        {"format": FORMAT, "products": [{"name": "X", "category": "lip-balm", "fitzpatrick": 3}]},
    ],
)
def test_unreadable_documents_are_refused_with_a_message(document):
    with pytest.raises(ProductFormatError):
        products_from_document(document)
