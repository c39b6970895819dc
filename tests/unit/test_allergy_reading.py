"""Allergies acudesk understood, those it did not, and what the reasons claim about each."""

from __future__ import annotations

from acudesk.domain.allergy_reading import allergy_name, read_allergies
from acudesk.domain.intake import SkinAssessment
from acudesk.domain.products import ProductCategory
from acudesk.domain.recommendations import explain, recommend
from tests.unit.test_recommendations import product

C = ProductCategory
PLAIN = SkinAssessment()
ALMOND_CREAM = product(1, "Almond Cream", C.MOISTURISER, "Aqua", "Prunus Amygdalus Dulcis Oil")
PLAIN_CREAM = product(2, "Plain Cream", C.MOISTURISER, "Aqua", "Glycerin", "Squalane")
# An ingredient acudesk's table has never heard of.
PEPPER_CREAM = product(3, "Pepper Cream", C.MOISTURISER, "Aqua", "Zanthoxylum Alatum Extract")


def test_each_allergy_is_understood_not_cosmetic_or_unknown():
    reading = read_allergies(
        ["Allergic to Lanolin.", "olio di mandorle", "penicillin", "Xyzzol", "none", "  "]
    )
    assert reading.understood == ("Lanolin", "olio di mandorle")
    assert reading.not_cosmetic == ("penicillin",)
    assert reading.unknown == ("Xyzzol",)
    assert reading.warnings() == (
        "'Xyzzol' matches no ingredient acudesk knows: check these products by hand.",
    )


def test_an_allergy_of_two_things_is_read_as_two_and_repeats_count_once():
    reading = read_allergies(["nuts and xyzzol", "NUTS", "allergia al nichel"])
    assert reading.understood == ("nuts", "nichel")
    assert reading.unknown == ("xyzzol",)


def test_an_allergy_found_word_for_word_in_a_product_is_understood():
    assert read_allergies(["zanthoxylum"]).unknown == ("zanthoxylum",)
    reading = read_allergies(["zanthoxylum"], [PLAIN_CREAM, PEPPER_CREAM])
    assert reading.understood == ("zanthoxylum",) and reading.unknown == ()


def test_the_clients_words_without_the_words_around_them():
    assert allergy_name("severe allergy to Shea Butter!") == "Shea Butter"
    assert allergy_name("Allergia a noci") == "noci"


def test_an_unknown_allergy_is_reported_and_never_claimed_on_a_reason():
    result = recommend([ALMOND_CREAM, PLAIN_CREAM], PLAIN, ("nuts", "xyzzol"))
    assert result.unknown_allergies == ("xyzzol",)
    assert result.allergy_warnings() == (
        "'xyzzol' matches no ingredient acudesk knows: check these products by hand.",
    )
    (pick,) = result.picks
    assert pick.product.name == "Plain Cream"  # the almond cream is still left out
    assert "none of the ingredients you react to" not in pick.reason
    assert pick.reason.endswith("; free of nuts")
    italian = explain(pick.product, PLAIN, ("noci", "xyzzol"), "it", catalogue=[PLAIN_CREAM])
    assert italian.endswith("; senza noci")
    assert "nessuno degli ingredienti" not in italian


def test_only_unknown_allergies_claim_nothing():
    (pick,) = recommend([PLAIN_CREAM], PLAIN, ("xyzzol",)).picks
    assert "react to" not in pick.reason and "free of" not in pick.reason
    (pick,) = recommend([PLAIN_CREAM], PLAIN, ("penicillin",)).picks
    assert "react to" not in pick.reason  # no cosmetic ingredient to be free of


def test_when_everything_is_understood_the_reason_says_so():
    result = recommend([ALMOND_CREAM, PLAIN_CREAM], PLAIN, ("sweet almond oil", "pollen"))
    assert result.unknown_allergies == () and result.allergy_warnings() == ()
    (pick,) = result.picks
    assert pick.reason.endswith("; none of the ingredients you react to")


def test_a_literal_match_leaves_the_product_out_and_allows_the_claim():
    result = recommend([PLAIN_CREAM, PEPPER_CREAM], PLAIN, ("Zanthoxylum",))
    assert [p.product.name for p in result.picks] == ["Plain Cream"]
    assert result.unknown_allergies == ()
    assert result.picks[0].reason.endswith("none of the ingredients you react to")
    # Without the catalogue to find the word in, a lone explanation claims nothing about it.
    assert "react to" not in explain(PLAIN_CREAM, PLAIN, ("Zanthoxylum",))
    assert explain(PLAIN_CREAM, PLAIN, ("Zanthoxylum",), catalogue=[PEPPER_CREAM]).endswith(
        "none of the ingredients you react to"
    )


def test_vitamin_a_keeps_its_letter():
    """ "a" is an article in "allergic to a cream" but the name in "vitamin A"."""
    assert allergy_name("allergic to vitamin A") == "vitamin A"
    assert read_allergies(["Vitamin A", "vitamina A"]).understood == ("Vitamin A", "vitamina A")
    retinol = product(4, "Night Retinol", C.MOISTURISER, "Aqua", "Retinyl Palmitate")
    result = recommend([retinol, PLAIN_CREAM], PLAIN, ("vitamin A",))
    assert [p.product.name for p in result.picks] == ["Plain Cream"]
    assert recommend([retinol], PLAIN, ("vitamin D",)).unknown_allergies == ("vitamin D",)
