"""A recommendation's reason in the client's language: Italian words for every concern,
category and skin type, and English exactly as before."""

from __future__ import annotations

import pytest

from acudesk.domain.handouts import load_handout_template
from acudesk.domain.intake import CONCERN_IDS, SKIN_TYPES, SkinAssessment
from acudesk.domain.products import ProductCategory
from acudesk.domain.recommendation_words import ENGLISH, ITALIAN, reason_words
from acudesk.domain.recommendations import explain, recommend
from tests.unit.test_recommendations import SENSITIVE, product, silk_powder

C = ProductCategory
ALLERGIES = ("lanolin",)


@pytest.mark.parametrize("concern_id", CONCERN_IDS)
def test_every_concern_has_its_own_italian_word(concern_id):
    italian = ITALIAN.concern(concern_id)
    assert italian and italian == ITALIAN.concerns[concern_id]
    # Words the two languages share are real Italian words too ("acne", "cellulite").
    if concern_id not in {"acne", "cellulite"}:
        assert italian != ENGLISH.concern(concern_id)


def test_every_category_and_skin_type_has_an_italian_word():
    assert set(ITALIAN.categories) == set(ProductCategory)
    assert set(ITALIAN.skin_types) == set(SKIN_TYPES)
    assert ITALIAN.skin("sensitive") == "per pelle sensibile"
    assert ITALIAN.skin("dry") == "per pelle secca"


def test_italian_category_words_are_the_handout_templates_names():
    """The reason and the category printed beside it name the product the same way."""
    template = load_handout_template("it")
    for category in ProductCategory:
        name = template.category(category.value, "")
        word = ITALIAN.category(category)
        assert word == (name if name.startswith("CC") else name[0].lower() + name[1:])


def test_a_sensitive_client_with_allergies_reads_the_reason_in_italian():
    (pick,) = recommend([silk_powder()], SENSITIVE, ALLERGIES).picks
    assert explain(pick.product, SENSITIVE, ALLERGIES, language="it") == (
        "Cipria minerale senza profumo per pelle sensibile; utile in caso di rossore; "
        "tonalità per il fototipo III; senza ossicloruro di bismuto; "
        "nessuno degli ingredienti a cui reagisci"
    )
    sunscreen = product(2, "Shield", C.MINERAL_SUNSCREEN, "Aqua", "Zinc Oxide", "CI 77891")
    assert explain(sunscreen, SkinAssessment(), (), language="it") == (
        "Protezione solare minerale senza profumo per ogni tipo di pelle; "
        "solo filtri solari minerali (ossido di zinco e biossido di titanio)"
    )


def test_several_concerns_and_a_shade_range_in_italian():
    skin = SkinAssessment(skin_type="dry", concerns=("dryness", "dullness", "fine-lines"))
    cream = product(
        3,
        "Rich",
        C.CC_CREAM,
        "Aqua",
        "Zinc Oxide",
        skin_types=("dry",),
        concerns=("fine-lines", "dryness", "dullness"),
        fitzpatrick_range=(4, 6),
        fragrance_free=False,
    )
    assert explain(cream, skin, (), language="it") == (
        "CC cream con filtri minerali per pelle secca; "
        "utile in caso di secchezza, colorito spento e linee sottili e rughe; "
        "tonalità per i fototipi IV–VI; "
        "solo filtri solari minerali (ossido di zinco)"  # the only filter it has
    )


@pytest.mark.parametrize("language", ["en", "fr", ""])
def test_english_is_unchanged_and_any_other_language_falls_back_to_it(language):
    (pick,) = recommend([silk_powder()], SENSITIVE, ALLERGIES).picks
    english = (
        "Fragrance-free mineral powder for sensitive skin; helps with redness; "
        "shades for type III; free of bismuth oxychloride; none of the ingredients you react to"
    )
    assert pick.reason == english
    assert explain(pick.product, SENSITIVE, ALLERGIES, language=language) == english
    assert reason_words(language) is ENGLISH
