"""The aftercare sheet, read back from the PDF: names, advice with timings, products."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from reportlab.lib.pagesizes import A4, LETTER

from acudesk.documents.aftercare import build_aftercare_sheet, format_date
from acudesk.domain.handouts import (
    HandoutError,
    load_handout_template,
    parse_handout_template,
)
from acudesk.resources import resource
from acudesk.services.catalog import point_catalog
from tests.documents.aftercare_samples import PRODUCTS, sample_sheet
from tests.documents.pdf_checks import (
    all_text,
    dark_pixel_share,
    image_pages,
    reader,
    render_first_page,
    unembedded_fonts,
)


def _pdf(paper: str = "A4", **changes: object) -> bytes:
    return build_aftercare_sheet(sample_sheet(**changes), point_catalog(), paper)


@pytest.fixture(scope="module")
def english() -> bytes:
    return _pdf()


def test_the_sheet_says_what_was_done_and_how_to_look_after_the_skin(english):
    words = all_text(english)
    for expected in (
        "Zoë Ashworth-Müller",
        "Dr Maria Conti",
        "Tuesday 24 November 2026",
        "Your treatment today",
        "forehead, cheeks, jawline",
        "13",
        "Small bruise: left cheek",
        "What to expect",
        "Do",
        "Avoid",
        "wait 24 hours",
        "mineral SPF 30+",
        "pause for 3 days",
        "Call the clinic",
        "+44 1225 555 013",
        "Your next appointment",
        "Tuesday 1 December 2026 at 16:00",
    ):
        assert expected in words, expected


def test_every_recommended_product_prints_with_its_reason(english):
    words = all_text(english)
    assert "Recommended for your skin" in words
    for pick in PRODUCTS:
        assert pick.product.name in words
        assert pick.product.brand in words
        assert " ".join(pick.reason.split()) in words
    assert "suggestions" in words


def test_no_next_appointment_no_section():
    words = all_text(_pdf(next_appointment=None))
    assert "next appointment" not in words
    assert "16:00" not in words


def test_italian_labels_dates_and_advice():
    words = all_text(_pdf(language="it"))
    for expected in (
        "Il tuo trattamento di oggi",
        "Da fare",
        "Da evitare",
        "Cosa aspettarsi",
        "Consigliati per la tua pelle",
        "Il tuo prossimo appuntamento",
        "martedì 24 novembre 2026",
        "martedì 1 dicembre 2026 alle 16:00",
        "24 ore",
        "Pagina 1 di",
        "Protezione solare minerale",
    ):
        assert expected in words, expected
    assert "Your treatment today" not in words


@pytest.mark.parametrize(
    "name",
    ["Αικατερίνη Παπαδοπούλου", "Екатерина Смирнова", "Łucja Ðurić-Nørgaard Ş"],
)
def test_any_client_name_prints_with_embedded_fonts(name):
    pdf = _pdf(client_name=name)
    assert name in all_text(pdf)
    assert unembedded_fonts(pdf) == []


def test_a_client_name_is_text_not_markup():
    pdf = _pdf(client_name="<b>Anna & Co</b>")
    assert "<b>Anna & Co</b>" in all_text(pdf)


def test_the_chart_is_vectors_only_and_the_page_is_drawn(english, tmp_path):
    assert image_pages(english) == []
    png = render_first_page(english, tmp_path)
    assert dark_pixel_share(png) > 0.02


def test_a4_and_letter():
    pages = reader(_pdf("Letter")).pages
    assert [round(float(v)) for v in pages[0].mediabox[2:]] == [round(v) for v in LETTER]
    pages = reader(_pdf("A4")).pages
    assert [round(float(v)) for v in pages[0].mediabox[2:]] == [round(v) for v in A4]
    with pytest.raises(ValueError):
        _pdf("A5")


def test_without_chart_or_products_it_is_one_page():
    pdf = _pdf(chart=None, products=())
    assert len(reader(pdf).pages) == 1
    assert "Recommended for your skin" not in all_text(pdf)


def test_a_logo_prints_when_given_and_a_broken_one_is_skipped():
    from tests.documents.conftest import signature_png

    assert image_pages(_pdf(logo_png=signature_png(120, 40))) == [0, 1]
    assert image_pages(_pdf(logo_png=b"not a picture")) == []


def test_dates_follow_the_language():
    when = datetime(2027, 3, 5, 9, 5)
    assert format_date(when, load_handout_template("en")) == "Friday 5 March 2027"
    assert (
        format_date(when, load_handout_template("it"), with_time=True)
        == "venerdì 5 marzo 2027 alle 09:05"
    )


# The templates


def test_shipped_templates_hold_the_reference_timings():
    for lang in ("en", "it"):
        template = load_handout_template(lang)
        assert [s.id for s in template.sections] == ["expect", "do", "avoid"]
        assert all(item.timing for s in template.sections for item in s.items)
        timings = " ".join(i.timing for i in template.section("avoid").items)
        assert "24" in timings and "3" in timings


def test_an_unknown_language_falls_back_to_english():
    assert load_handout_template("fr").language == "en"
    assert load_handout_template("IT").language == "it"


def _raw(lang: str = "en") -> dict:
    return json.loads(resource("handouts", f"{lang}.json").read_text(encoding="utf-8"))


def test_a_clinic_template_is_checked_and_every_problem_listed():
    raw = _raw()
    assert parse_handout_template(raw) == load_handout_template("en")
    raw["sections"] = raw["sections"][:2]
    del raw["labels"]["page"]
    raw["months"] = ["January"]
    with pytest.raises(HandoutError) as caught:
        parse_handout_template(raw)
    message = str(caught.value)
    assert "'avoid'" in message and "labels.page" in message and "months" in message


def test_a_clinic_template_with_its_own_words_prints_them():
    raw = _raw()
    raw["sections"][0]["items"] = [{"text": "Glowing skin by tomorrow", "timing": "in 12 hours"}]
    pdf = _pdf(template=parse_handout_template(raw))
    assert "Glowing skin by tomorrow" in all_text(pdf)
    assert "in 12 hours" in all_text(pdf)


def test_no_italian_label_is_split_inside_a_word():
    """'Elettrostimolazione' prints whole in the treatment table, not as 'Elettrostimolazion e'."""
    words = all_text(_pdf(language="it"))
    assert "Elettrostimolazione" in words
    assert "Elettrostimolazion e" not in words
