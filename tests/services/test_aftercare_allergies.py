"""The aftercare sheet, read back from the PDF, for clients who write allergies in their own
words: the products it prints are checked against the house catalogue's INCI lists."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader

from acudesk.domain.intake import SkinAssessment
from acudesk.domain.users import Role
from acudesk.resources import resource
from tests.services.handouts_support import add_client, completed_session

# What each allergy forbids, as label fragments written out by hand.
FORBIDDEN = {
    "sweet almond oil": ("prunus amygdalus",),
    "shea butter": ("butyrospermum", "vitellaria"),
    "vitamin E": ("tocopher",),
    "perfume": ("parfum", "aroma", "linalool", "limonene", "citronellol", "geraniol", "lavandula"),
    "titanium dioxide": ("titanium dioxide", "77891"),
    "lanolina": ("lanolin",),
    "cera d'api": ("cera alba",),
}


def catalogue_lists() -> dict[str, list[str]]:
    document = json.loads(resource("catalog", "products.json").read_text(encoding="utf-8"))
    return {p["name"]: p["ingredients"] for p in document["products"]}


def products_section(pdf: bytes, heading: str, note_start: str) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pages)
    start = text.index(heading)
    return text[start : text.index(note_start, start)]


@pytest.fixture
def practitioner(make_user):
    return make_user("pat", Role.PRACTITIONER)


@pytest.fixture
def catalogue(services):
    services.products.ensure_house_catalogue()


def printed_products(section: str) -> list[str]:
    return [name for name in catalogue_lists() if name in section]


def assert_free_of(names: list[str], allergies: tuple[str, ...]) -> None:
    lists = catalogue_lists()
    for name in names:
        for ingredient in lists[name]:
            for allergy in allergies:
                for fragment in FORBIDDEN[allergy]:
                    found = re.search(rf"(?<![a-z]){re.escape(fragment)}", ingredient.lower())
                    assert not found, f"{name} has {ingredient} ({allergy})"


def test_a_sheet_for_several_common_name_allergies_prints_only_safe_products(
    services, admin, practitioner, catalogue
):
    allergies = ("sweet almond oil", "shea butter", "vitamin E", "perfume", "titanium dioxide")
    skin = SkinAssessment(fitzpatrick=3, skin_type="dry", concerns=("dryness",))
    client = add_client(services, admin, allergies=allergies, skin=skin)
    session = completed_session(services, practitioner, client)
    pdf = services.handouts.preview(practitioner, session.id)
    section = products_section(pdf, "Recommended for your skin", "These are suggestions")
    names = printed_products(section)
    assert len(names) >= 4  # a sheet with products on it, or the check would mean nothing
    assert_free_of(names, allergies)
    assert "none of the ingredients you react to" in section
    assert "titanium dioxide" not in section.lower()  # no reason names what it avoids


def test_an_italian_sheet_with_an_allergy_acudesk_does_not_know_claims_only_the_known_ones(
    services, admin, practitioner, catalogue
):
    allergies = ("lanolina", "cera d'api", "xyzzol")
    client = add_client(services, admin, "Giulia", "Bianchi", allergies=allergies, language="it")
    session = completed_session(services, practitioner, client)
    result = services.products.recommend_for_client(practitioner, client.id)
    assert result.allergy_warnings() == (
        "'xyzzol' matches no ingredient acudesk knows: check these products by hand.",
    )
    pdf = services.handouts.preview(practitioner, session.id)
    section = products_section(pdf, "Consigliati per la tua pelle", "Sono suggerimenti")
    names = printed_products(section)
    assert len(names) >= 4
    assert_free_of(names, ("lanolina", "cera d'api"))
    assert "nessuno degli ingredienti a cui reagisci" not in section
    assert "senza lanolina e cera d'api" in section
