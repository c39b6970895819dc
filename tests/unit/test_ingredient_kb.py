"""The ingredient table in resources/: it loads, it is consistent, and it refuses damage."""

from __future__ import annotations

import copy
import json

import pytest

from acudesk.domain.inci import allergy_substances, ingredient_substances, is_known_allergy
from acudesk.domain.ingredient_kb import (
    FORMAT,
    KnowledgeError,
    ingredient_knowledge,
    parse_ingredients,
)
from acudesk.domain.ingredient_words import tokens
from acudesk.resources import resource

KB = ingredient_knowledge()


def shipped() -> dict:
    return json.loads(resource("catalog", "ingredients.json").read_text(encoding="utf-8"))


def test_the_shipped_table_loads_with_its_families():
    assert len(KB.substances) >= 250 and len(KB.families) >= 40
    for family in ("nuts", "parabens", "lanolin-derivatives", "formaldehyde-releasers"):
        assert KB.members(family), family
    assert {
        "methylparaben",
        "ethylparaben",
        "propylparaben",
        "butylparaben",
        "isobutylparaben",
    } <= KB.members("parabens")
    assert len(KB.families["eu-fragrance-allergens-26"].members) == 26
    assert KB.members("eu-fragrance-allergens-26") <= KB.members("fragrance")
    assert KB.members("essential-oils") <= KB.members("fragrance")
    assert {"nickel", "cobalt", "chromium"} <= KB.members("metal-allergens")


@pytest.mark.parametrize("substance", sorted(ingredient_knowledge().substances))
def test_every_name_of_a_substance_leads_back_to_it(substance):
    """On a label (INCI name, CI number) and in an allergy (any name, either language)."""
    entry = KB.substances[substance]
    for name in (*entry.inci, *(f"CI {n}" for n in entry.ci)):
        assert substance in ingredient_substances(name), name
    for name in entry.names:
        assert substance in allergy_substances(name), name


@pytest.mark.parametrize("family", sorted(ingredient_knowledge().families))
def test_an_allergy_naming_a_family_covers_every_member(family):
    entry = KB.families[family]
    for name in entry.names:
        assert entry.members <= allergy_substances(name), name


def test_colour_index_numbers_and_inci_names_have_one_owner():
    owners: dict[str, str] = {}
    for substance in KB.substances.values():
        for key in [f"ci{n}" for n in substance.ci] + [" ".join(tokens(n)) for n in substance.inci]:
            assert owners.setdefault(key, substance.id) == substance.id, key


def test_what_is_not_cosmetic_names_no_ingredient():
    for name in KB.not_cosmetic:
        assert allergy_substances(name) == frozenset(), name
        assert is_known_allergy(name)


def test_every_house_catalogue_ingredient_is_known():
    """So an allergy typed by any name of any house ingredient finds it."""
    document = json.loads(resource("catalog", "products.json").read_text(encoding="utf-8"))
    unknown = {
        i for p in document["products"] for i in p["ingredients"] if not ingredient_substances(i)
    }
    assert unknown == {"Aqua"}


def test_a_damaged_table_is_refused_with_every_problem_listed():
    raw = shipped()
    broken = copy.deepcopy(raw)
    broken["format"] = "something/2"
    broken["substances"].append({"id": "twin", "inci": ["Zinc Oxide"], "ci": ["77891"]})
    broken["substances"].append({"id": "vague", "en": ["seed oil"]})
    broken["substances"].append({"id": "Bad Id", "en": ["x"]})
    broken["families"].append({"id": "loop-a", "en": ["loop a"], "includes": ["loop-b"]})
    broken["families"].append({"id": "loop-b", "en": ["loop b"], "includes": ["loop-a"]})
    broken["families"].append({"id": "ghosts", "en": ["ghosts"], "members": ["nobody"]})
    broken["families"] = [f for f in broken["families"] if f["id"] != "fragrance"]
    with pytest.raises(KnowledgeError) as caught:
        parse_ingredients(broken)
    message = str(caught.value)
    for expected in (
        "format: expected 'acudesk-ingredients/1'",
        "'CI 77891' belongs to both titanium-dioxide and twin",
        "'zinc oxide' belongs to both zinc-oxide and twin",
        "'seed oil' is too general",
        "substances[",
        "includes itself",
        "no substance 'nobody'",
        "acudesk needs the family 'fragrance'",
    ):
        assert expected in message, expected


def test_the_format_name_and_a_minimal_table():
    minimal = {
        "format": FORMAT,
        "substances": [
            {"id": "titanium-dioxide", "inci": ["Titanium Dioxide"], "ci": ["77891"]},
            {"id": "zinc-oxide", "inci": ["Zinc Oxide"]},
            {"id": "bismuth-oxychloride", "inci": ["Bismuth Oxychloride"]},
            {"id": "parfum", "inci": ["Parfum"]},
            {"id": "octocrylene", "inci": ["Octocrylene"]},
        ],
        "families": [
            {"id": "fragrance", "on_labels": True, "members": ["parfum"]},
            {"id": "chemical-uv-filters", "members": ["octocrylene"]},
            {"id": "mineral-uv-filters", "members": ["titanium-dioxide", "zinc-oxide"]},
        ],
    }
    knowledge = parse_ingredients(minimal)
    assert knowledge.substances["titanium-dioxide"].names == ("Titanium Dioxide", "CI 77891")
    assert knowledge.families["fragrance"].on_labels
    assert knowledge.not_cosmetic == ()
    with pytest.raises(KnowledgeError, match="JSON object"):
        parse_ingredients([])


def test_everyday_names_in_each_language():
    zinc = KB.substances["zinc-oxide"]
    assert zinc.name_in("en") == "zinc oxide"
    assert zinc.name_in("it") == "ossido di zinco"
    assert KB.substances["cocamide"].name_in("it") == "Cocamide DEA"  # no everyday name
