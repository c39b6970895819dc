"""The medicines table and what a typed line implies: names, doses, forms, slips of a letter."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acudesk.domain.inference import (
    infer_conditions,
    inferred_sentence,
    one_slip_apart,
    suggested_conditions,
    suggestion_text,
)
from acudesk.domain.intake import CONDITIONS_BY_ID
from acudesk.domain.medication_kb import MedicationTableError, medication_table, parse_medications
from acudesk.domain.screening import RULES
from acudesk.resources import resource

TABLE = medication_table()


def conditions_of(medications=(), allergies=()) -> list[str]:
    return [i.condition for i in infer_conditions(medications, allergies)]


@pytest.mark.parametrize(
    ("line", "condition"),
    [
        ("Warfarin 3 mg daily", "anticoagulants"),
        ("XARELTO 20mg", "anticoagulants"),
        ("coumadin", "anticoagulants"),
        ("eliquis 5 mg bd", "anticoagulants"),
        ("Sintrom 4 mg", "anticoagulants"),
        ("acenocumarolo", "anticoagulants"),
        ("Pradaxa 150mg x2", "anticoagulants"),
        ("Lixiana 60 mg", "anticoagulants"),
        ("Savaysa", "anticoagulants"),
        ("Cardioaspirin 100 mg", "anticoagulants"),
        ("acido acetilsalicilico 100mg", "anticoagulants"),
        ("Plavix 75", "anticoagulants"),
        ("Brilique 90 mg", "anticoagulants"),
        ("prasugrel", "anticoagulants"),
        ("eparina sc", "anticoagulants"),
        ("Clexane 4000 UI", "anticoagulants"),
        ("Fragmin 5000", "anticoagulants"),
        ("fondaparinux", "anticoagulants"),
        ("Advate (factor VIII)", "bleeding-disorder"),
        ("Tacrolimus 1mg", "immunosuppression"),
        ("ciclosporina", "immunosuppression"),
        ("azatioprina 50 mg", "immunosuppression"),
        ("CellCept 500", "immunosuppression"),
        ("Methotrexate 15 mg weekly", "immunosuppression"),
        ("Deltacortene 25 mg", "immunosuppression"),
        ("prednisolone 5mg", "immunosuppression"),
        ("Medrol 16 mg", "immunosuppression"),
        ("desametasone 4 mg", "immunosuppression"),
        ("hydrocortisone 10 mg tablets", "immunosuppression"),
        ("Tegretol 200", "epilepsy"),
        ("Lamictal", "epilepsy"),
        ("Depakin Chrono 500", "epilepsy"),
        ("Depakine", "epilepsy"),
        ("Keppra 500mg", "epilepsy"),
        ("fenitoina", "epilepsy"),
        ("Topamax", "epilepsy"),
        ("Lantus 20 units at night", "diabetes"),
        ("insulina glargine", "diabetes"),
        ("Metformina 850", "diabetes"),
        ("gliclazide", "diabetes"),
        ("Jardiance 10mg", "diabetes"),
        ("Ozempic 0.5 mg weekly", "diabetes"),
        ("Roaccutane 20 mg", "isotretinoin"),
        ("Accutane", "isotretinoin"),
        ("Isotretinoina 10 mg", "isotretinoin"),
    ],
)
def test_a_medication_typed_with_its_dose_implies_its_condition(line, condition):
    assert conditions_of(medications=[line]) == [condition]


@pytest.mark.parametrize("line", ["nickel", "Nichel", "cobalt", "chromium", "metalli", "Nickle"])
def test_a_metal_typed_under_allergies_implies_a_metal_allergy(line):
    assert conditions_of(allergies=[line]) == ["metal-allergy"]


@pytest.mark.parametrize(
    "line",
    [
        "Levothyroxine 50 mcg",
        "Ramipril 2.5 mg",
        "Hydrocortisone cream 1%",  # a cream weakens no immune system
        "hydrocortisone",  # no word says tablets
        "Prednisolone eye drops",
        "Protopic (tacrolimus) ointment",
        "isotretinoin gel",
        "ciclosporina collirio",
        "heparin gel",
        "methylprednisolone aceponate",  # a cream's ingredient
        "Wegovy",  # the weight-loss brand is not diabetes
        "CBD oil",
        "inulin fibre",  # one letter from insulin, but too short to guess
        "Kepra",  # a slip in a short name is not guessed
        "vitamin E 400 IU",
    ],
)
def test_lines_that_imply_nothing(line):
    assert conditions_of(medications=[line]) == []


def test_each_list_is_read_for_its_own_kind():
    assert conditions_of(medications=["nickel"]) == []
    assert conditions_of(allergies=["warfarin"]) == []  # allergic to it, not taking it


@pytest.mark.parametrize(
    ("typed", "condition", "read_as"),
    [
        ("Wafarin 3mg", "anticoagulants", "Wafarin"),
        ("Xareltoo 20 mg", "anticoagulants", "Xareltoo"),
        ("lamotrigne 50mg", "epilepsy", "lamotrigne"),
        ("Metfromin", "diabetes", "Metfromin"),
    ],
)
def test_a_slip_of_one_letter_in_a_long_name_is_read_and_said(typed, condition, read_as):
    (inference,) = infer_conditions([typed], [])
    assert inference.condition == condition and inference.read_as == read_as
    sentence = inferred_sentence([inference])
    assert f"'{read_as}' was read as" in sentence


def test_the_sentence_says_where_each_inference_came_from():
    inferences = infer_conditions(["Warfarin 3 mg", "Cardioaspirin 100"], [])
    assert inferred_sentence(inferences) == (
        "Inferred from 'Warfarin 3 mg' and 'Cardioaspirin 100' under Medications. "
        "Aspirin taken now and then for pain also makes bruising more likely."
    )
    (topiramate,) = infer_conditions(["Topamax 25 mg"], [])
    assert suggestion_text(topiramate) == "Topamax (topiramate) suggests 'Epilepsy'."
    (warfarin,) = infer_conditions(["Warfarin 3 mg"], [])
    assert suggestion_text(warfarin) == (
        "Warfarin suggests 'Takes blood thinners (anticoagulant / antiplatelet)'."
    )


def test_suggestions_leave_out_what_is_ticked_and_say_each_condition_once():
    suggested = suggested_conditions(
        ["Warfarin", "Xarelto", "Keppra"], ["nickel"], ticked=["epilepsy"]
    )
    assert [s.condition for s in suggested] == ["anticoagulants", "metal-allergy"]
    assert suggested[0].name == "Warfarin"


@pytest.mark.parametrize("entry", sorted(medication_table().entries))
def test_every_name_in_the_table_implies_its_entrys_condition(entry):
    item = TABLE.entries[entry]
    assert item.condition in CONDITIONS_BY_ID and item.condition in RULES
    for name in item.names:
        line = f"{name} 10 mg tablets" if item.requires_any else name
        found = infer_conditions([line], []) if item.field == "medications" else []
        found = found or infer_conditions([], [line])
        assert [i.condition for i in found] == [item.condition], name
        assert not found[0].read_as, name  # found exactly, not guessed


_DOSES = st.sampled_from(["", " 3 mg", " 20mg", " 5 mg bd", " 1 tablet daily", " 2x al giorno"])


@settings(max_examples=150, deadline=None)
@given(
    entry=st.sampled_from(
        ["warfarin", "rivaroxaban", "apixaban", "levetiracetam", "insulin", "isotretinoin"]
    ),
    data=st.data(),
)
def test_case_accents_and_doses_do_not_hide_a_medication(entry, data):
    item = TABLE.entries[entry]
    name = data.draw(st.sampled_from(item.names))
    cased = "".join(c.upper() if data.draw(st.booleans()) else c.lower() for c in name)
    line = data.draw(st.sampled_from(["", "takes ", "on "])) + cased + data.draw(_DOSES)
    assert [i.condition for i in infer_conditions([line], [])] == [item.condition], line


@settings(max_examples=300, deadline=None)
@given(word=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=12), data=st.data())
def test_one_slip_apart_is_exactly_one_edit(word, data):
    assert not one_slip_apart(word, word)
    i = data.draw(st.integers(0, len(word) - 1))
    letter = data.draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
    for other in (
        word[:i] + word[i + 1 :],  # left out
        word[:i] + letter + word[i:],  # added
        word[:i] + letter + word[i + 1 :],  # changed
    ):
        if other != word:
            assert one_slip_apart(word, other) and one_slip_apart(other, word)
    assert not one_slip_apart(word, word + "zz")


def test_a_damaged_table_is_refused_with_every_problem_listed():
    raw = json.loads(resource("catalog", "medications.json").read_text(encoding="utf-8"))
    broken = copy.deepcopy(raw)
    broken["format"] = "x"
    broken["entries"] += [
        {"id": "twin", "name": "Twin", "field": "medications", "condition": "epilepsy",
         "generic": ["warfarin"]},
        {"id": "odd", "name": "Odd", "field": "pockets", "condition": "flu", "generic": ["odd"]},
        {"id": "salve", "name": "Salve", "field": "medications", "condition": "diabetes",
         "generic": ["salve cream"]},
        {"id": "empty", "name": "Empty", "field": "medications", "condition": "diabetes"},
    ]  # fmt: skip
    with pytest.raises(MedicationTableError) as caught:
        parse_medications(broken)
    message = str(caught.value)
    for expected in (
        "format: expected 'acudesk-medications/1'",
        "'warfarin' belongs to both warfarin and twin",
        "field: one of medications, allergies, not 'pockets'",
        "no intake condition 'flu'",
        "'salve cream' holds a word that means a cream",
        "entry empty: has no generic name or brand",
    ):
        assert expected in message, expected
