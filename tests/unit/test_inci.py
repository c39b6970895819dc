"""INCI matching: spelling, CI numbers, synonyms, and no matches on parts of words."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acudesk.domain.inci import (
    allergy_words,
    chemical_uv_filters,
    conflicting_ingredients,
    fragrance_ingredients,
    has_bismuth_oxychloride,
    matches_allergy,
    normalise,
    tokens,
)
from acudesk.domain.products import Product, ProductCategory


@pytest.mark.parametrize(
    "spelling",
    [
        "Bismuth Oxychloride",
        "bismuth  oxychloride",
        "BISMUTH-OXYCHLORIDE",
        " Bismuth_Oxychloride. ",
    ],
)
def test_case_spacing_hyphens_and_punctuation_do_not_matter(spelling):
    assert normalise(spelling) == "bismuth oxychloride"
    assert matches_allergy("Bismuth Oxychloride (CI 77163)", spelling)


@pytest.mark.parametrize("spelling", ["CI 77891", "ci77891", "C.I. 77891", "CI-77891", "c.i.77891"])
def test_colour_index_numbers_in_any_spelling(spelling):
    assert tokens(spelling) == ("ci77891",)
    assert matches_allergy("Titanium Dioxide", spelling)
    assert matches_allergy(spelling, "titanium dioxide")


def test_a_list_of_ci_numbers_names_each_one():
    assert tokens("Iron Oxides (CI 77491/77492, 77499)") == (
        "iron",
        "oxide",
        "ci77491",
        "ci77492",
        "ci77499",
    )
    assert normalise("1,2-Hexanediol") == normalise("1,2 hexanediol")


@pytest.mark.parametrize(
    ("ingredient", "allergy"),
    [
        ("Parfum", "fragrance"),
        ("Parfum", "perfumes"),
        ("Fragrance", "allergic to perfume"),
        ("Linalool", "fragrance"),  # a fragrance allergen EU labels name
        ("Parfum", "linalool"),  # a perfume may hide it
        ("Lavandula Angustifolia (Lavender) Oil", "essential oils"),
        ("CI 77891", "Titanium dioxide"),
        ("Zinc Oxide", "CI 77947"),
        ("CI 77947", "zinc"),
        ("CI 77491", "iron oxides"),
        ("Iron Oxides", "CI 77499"),
        ("Mica (CI 77019)", "mica"),
        ("CI 77019", "Mica"),
        ("Ultramarines", "CI 77007"),
        ("CI 75470", "carmine"),
        ("CI 77163", "bismuth"),
        ("Lanolin", "lanolin"),
        ("Wool Wax", "Lanolin"),
        ("Tocopheryl Acetate", "vitamin E"),
        ("Tocopherol", "Vitamin E"),
        ("Aloe Barbadensis Leaf Juice", "aloe"),
        ("Aloe Barbadensis Leaf Juice", "Aloe vera"),
        ("Prunus Amygdalus Dulcis (Sweet Almond) Oil", "nuts"),
        ("Prunus Amygdalus Dulcis Oil", "almond"),
        ("Butyrospermum Parkii (Shea) Butter", "tree nuts"),
        ("Macadamia Integrifolia Seed Oil", "Nut allergy"),
        ("Chromium Oxide Greens (CI 77288)", "metal"),
        ("Nickel Sulfate", "nickel"),
        ("Octocrylene", "chemical sunscreen"),
        ("Butyl Methoxydibenzoylmethane", "avobenzone"),
        ("Benzophenone-3", "oxybenzone"),
        ("Methylparaben", "parabens"),
        ("Methylisothiazolinone", "isothiazolinones"),
        ("Cocos Nucifera (Coconut) Oil", "coconut"),
        ("Sodium Lauryl Sulfate", "sulfates"),
    ],
)
def test_synonyms_and_free_words_match(ingredient, allergy):
    assert matches_allergy(ingredient, allergy)


@pytest.mark.parametrize(
    ("ingredient", "allergy"),
    [
        ("Dimethicone", "mica"),  # "mica" is inside the word, not the ingredient
        ("Cyclomethicone", "mica"),
        ("Mica (CI 77019)", "mic"),
        ("Zinc Stearate", "zinc oxide"),
        ("CI 77499", "CI 77491"),  # black and red iron oxide are different substances
        ("Limonene", "linalool"),
        ("Zinc Oxide", "chemical sunscreen"),
        ("Titanium Dioxide", "chemical sunscreen"),
        ("Cocos Nucifera (Coconut) Oil", "nuts"),  # coconut is not a nut here
        ("Glycerin", "fragrance"),
        ("Aqua", "allergic to"),
        ("Iron Oxides (CI 77491)", "metal"),  # mineral pigments are not metal allergens
        ("Soybean Oil", "bean"),
        ("Panthenol", "nut"),
        ("Palmitoyl Tripeptide-1", "peptide"),  # whole words only
    ],
)
def test_no_silly_matches(ingredient, allergy):
    assert not matches_allergy(ingredient, allergy)


def test_an_allergy_naming_two_things_matches_either():
    assert matches_allergy("Lanolin", "nuts and lanolin")
    assert matches_allergy("Juglans Regia Seed Oil", "nuts and lanolin")
    assert matches_allergy("Caprylic/Capric Triglyceride", "Caprylic/Capric Triglyceride")


def _product(*ingredients: str) -> Product:
    return Product(1, "Test", "", ProductCategory.MOISTURISER, tuple(ingredients))


def test_conflicting_ingredients_names_each_pair():
    product = _product("Aqua", "Parfum", "Tocopheryl Acetate", "Glycerin")
    assert conflicting_ingredients(product, ["Perfumes", "vitamin e", "  "]) == [
        ("Parfum", "Perfumes"),
        ("Tocopheryl Acetate", "vitamin e"),
    ]
    assert conflicting_ingredients(product, []) == []


def test_fragrance_filters_and_bismuth_found_in_a_list():
    ingredients = ("Aqua", "Octocrylene", "Zinc Oxide", "Limonene", "CI 77163")
    assert fragrance_ingredients(ingredients) == ["Limonene"]
    assert chemical_uv_filters(ingredients) == ["Octocrylene"]
    assert has_bismuth_oxychloride(ingredients)
    assert not has_bismuth_oxychloride(("Mica", "Zinc Oxide"))


@settings(max_examples=300, deadline=None)
@given(ingredient=st.text(max_size=80), allergy=st.text(max_size=80))
def test_any_text_never_crashes_matching(ingredient, allergy):
    assert isinstance(matches_allergy(ingredient, allergy), bool)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "N", "Zs", "Pd")), max_size=60))
def test_a_name_always_matches_itself(name):
    plain = tokens(name) and allergy_words(name) == tokens(name)
    if plain and not re.search(r"[,;&+]|\b(and|or)\b", name, re.I):
        assert matches_allergy(name, name)


# --- what a client writes, in English or Italian, against what a label prints -------------

COMMON_NAMES = [
    # (what the client writes, an INCI name of the same thing on a label)
    ("sweet almond oil", "Prunus Amygdalus Dulcis Oil"),
    ("olio di mandorle dolci", "Prunus Amygdalus Dulcis Oil"),
    ("shea butter", "Butyrospermum Parkii Butter"),
    ("shea butter", "Vitellaria Paradoxa Nut Butter"),
    ("burro di karité", "Butyrospermum Parkii (Shea) Butter"),
    ("vitamin E", "Tocopherol"),
    ("vitamin E", "Tocopheryl Acetate"),
    ("vitamina E", "Tocopheryl Acetate"),
    ("glycerine", "Glycerin"),
    ("glicerina", "Glycerin"),
    ("hyaluronic acid", "Sodium Hyaluronate"),
    ("acido ialuronico", "Sodium Hyaluronate"),
    ("titanium dioxide", "CI 77891"),
    ("biossido di titanio", "CI 77891"),
    ("zinc oxide", "CI 77947"),
    ("ossido di zinco", "CI 77947"),
    ("iron oxides", "CI 77491"),
    ("iron oxides", "CI 77492"),
    ("ossidi di ferro", "CI 77499"),
    ("mica", "CI 77019"),
    ("hazelnut", "Corylus Avellana Seed Oil"),
    ("nocciole", "Corylus Avellana Seed Oil"),
    ("walnut", "Juglans Regia Seed Oil"),
    ("argan", "Argania Spinosa Kernel Oil"),
    ("macadamia", "Macadamia Ternifolia Seed Oil"),
    ("coconut", "Cocos Nucifera Oil"),
    ("noce di cocco", "Cocos Nucifera Oil"),
    ("lanolina", "PEG-75 Lanolin"),
    ("lanolin", "Laneth-10 Acetate"),
    ("lanolin", "Acetylated Lanolin"),
    ("wool alcohols", "Lanolin"),
    ("parabeni", "Isobutylparaben"),
    ("formaldehyde", "DMDM Hydantoin"),
    ("sulfates", "Sodium Laureth Sulfate"),
    ("solfati", "Ammonium Lauryl Sulfate"),
    ("perfume", "Parfum"),
    ("profumo", "Aroma"),
    ("oakmoss", "Evernia Prunastri Extract"),
    ("linalool", "Lavandula Angustifolia (Lavender) Oil"),  # the oil carries it
    ("nichel", "Nickel Sulfate"),
    ("metalli", "Chromium Oxide Greens (CI 77288)"),
    ("cobalto", "Cobalt Aluminum Oxide"),
    ("aloe vera", "Aloe Barbadensis Leaf Juice"),
    ("camomilla", "Chamomilla Recutita (Matricaria) Flower Extract"),
    ("honey", "Mel"),
    ("beeswax", "Cera Alba"),
    ("cera d'api", "Cera Alba"),
    ("castor oil", "Ricinus Communis (Castor) Seed Oil"),
]


@pytest.mark.parametrize(("allergy", "ingredient"), COMMON_NAMES)
def test_an_allergy_typed_by_its_common_name_finds_the_inci_name(allergy, ingredient):
    assert matches_allergy(ingredient, allergy)


@pytest.mark.parametrize(
    ("label", "allergy"),
    [
        ("Sweet Almond Oil", "Prunus Amygdalus Dulcis"),  # the other way round
        ("Shea Butter", "Butyrospermum Parkii"),
        ("Vitamin E", "Tocopheryl Acetate"),
        ("Titanium Dioxide", "CI 77891"),
        ("Glycerine", "Glycerin"),
        ("Butylparaben", "parabens"),  # a family in the allergy, a member on the label
        ("Parfum", "Hexyl Cinnamal"),  # a perfume may hide any fragrance allergen
        ("Iron Oxides", "CI 77492"),  # the label word may be any of the oxides
    ],
)
def test_a_label_naming_a_member_by_any_name_matches(label, allergy):
    assert matches_allergy(label, allergy)


@pytest.mark.parametrize(
    ("ingredient", "allergy"),
    [
        ("Juglans Regia Seed Oil", "noce di cocco"),  # coconut, not walnut
        ("Cocos Nucifera Oil", "noce moscata"),  # nutmeg
        ("Citric Acid", "citrus"),
        ("Cetearyl Alcohol", "ethanol"),
        ("Zinc Stearate", "ossido di zinco"),
        ("Caprylic/Capric Triglyceride", "coconut"),  # its name does not say coconut
        ("Melaleuca Alternifolia Leaf Oil", "green tea"),
        ("Prunus Armeniaca Kernel Oil", "almond"),  # apricot is not almond
        ("Hamamelis Virginiana Water", "hazelnut"),  # witch hazel is not a nut
    ],
)
def test_no_silly_matches_with_the_larger_table(ingredient, allergy):
    assert not matches_allergy(ingredient, allergy)


_SEPARATORS = st.sampled_from([" ", "  ", "-", "_", " - ", ". "])
_AROUND = st.sampled_from(["", "allergic to ", "Allergia a ", "severe ", "allergia al "])
_END = st.sampled_from(["", ".", "!", " ", ";"])


def _accented(text: str, data: st.DataObject) -> str:
    """Some vowels with an accent, as a keyboard in Italy may type them."""
    out = []
    for ch in text:
        if ch.lower() in "aeiou" and data.draw(st.booleans()):
            ch = unicodedata.normalize("NFC", ch + data.draw(st.sampled_from(["\u0301", "\u0300"])))
        out.append(ch)
    return "".join(out)


@settings(max_examples=200, deadline=None)
@given(pair=st.sampled_from(COMMON_NAMES), data=st.data())
def test_spelling_case_accents_and_punctuation_do_not_hide_an_allergy(pair, data):
    allergy, ingredient = pair
    words = allergy.split(" ")
    spelled = words[0]
    for word in words[1:]:
        spelled += data.draw(_SEPARATORS) + word
    spelled = "".join(
        c.upper() if data.draw(st.booleans()) else c.lower() for c in _accented(spelled, data)
    )
    typed = data.draw(_AROUND) + spelled + data.draw(_END)
    assert matches_allergy(ingredient, typed), typed


@settings(max_examples=100, deadline=None)
@given(pair=st.sampled_from(COMMON_NAMES), data=st.data())
def test_the_label_may_be_written_in_any_case_with_ci_numbers_spelt_any_way(pair, data):
    allergy, ingredient = pair
    label = "".join(c.upper() if data.draw(st.booleans()) else c.lower() for c in ingredient)
    label = re.sub(
        r"CI (\d{5})", lambda m: data.draw(_CI_SPELLINGS).format(m[1]), label, flags=re.I
    )
    assert matches_allergy(label, allergy), label


_CI_SPELLINGS = st.sampled_from(["CI {}", "ci{}", "C.I. {}", "CI-{}", "c.i.{}"])
