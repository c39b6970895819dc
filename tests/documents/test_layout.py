"""The shared pieces: fonts, pages, blocks. Any document built on them inherits these checks."""

from __future__ import annotations

import io
import struct
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.pdfgen.canvas import Canvas

from acudesk.documents.blocks import alert_table, long_date, para, section, text
from acudesk.documents.fonts import sans
from acudesk.documents.layout import Letterhead, build_pdf, fit, page_size
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.screening import Alert, Severity
from acudesk.resources import resource
from tests.documents.pdf_checks import all_text, page_texts, unembedded_fonts

CLINIC = ClinicDetails("Clínica Ñandú · Κλινική", "Via Roma 1\n00100 Roma", "+39 06 1234 5678")


def _pdf(story, paper="A4") -> bytes:
    return build_pdf(story, Letterhead(CLINIC, "Handout", "Ελένη"), paper, title="t")


def test_the_font_check_catches_a_standard_font():
    # Guards the guard: a plain reportlab PDF (Helvetica) must be reported.
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.drawString(100, 700, "Hello")
    canvas.save()
    assert unembedded_fonts(out.getvalue()) == ["/Helvetica"]


def test_registration_is_idempotent_and_names_are_stable():
    first = sans()
    assert sans() is first
    assert first.regular == "AcudeskSans" and first.bold == "AcudeskSans-Bold"


def test_header_footer_and_table_text_use_embedded_fonts_only():
    alerts = [Alert("x", Severity.INFO, "Afraid of needles.", "Few needles.")]
    story = [
        flowable
        for _ in range(30)
        for flowable in (
            *section("Notes"),
            para("Ζωή, Наталья, Zoë, Łódź"),
            alert_table(alerts, 400),
        )
    ]
    pdf = _pdf(story)
    assert unembedded_fonts(pdf) == []
    texts = page_texts(pdf)
    assert len(texts) > 1
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in page
        assert "Confidential health record" in page
        assert "Clínica Ñandú · Κλινική" in page
    assert "Ζωή, Наталья, Zoë, Łódź" in texts[0]


def test_paper_sizes():
    assert page_size("A4") == A4
    with pytest.raises(ValueError, match="A4 or Letter"):
        page_size("A5")


def test_text_is_escaped_and_keeps_line_breaks():
    assert text("<b>A & B</b>\nnext") == "&lt;b&gt;A &amp; B&lt;/b&gt;<br/>next"
    assert "<b>A & B</b>" in all_text(_pdf([para("<b>A & B</b>")]))


def test_fit_cuts_long_lines_with_an_ellipsis():
    font = sans().regular
    assert fit("short", font, 9, 200) == "short"
    cut = fit("a very long clinic address " * 10, font, 9, 100)
    assert cut.endswith("…") and len(cut) < 40


def test_dates_are_unambiguous():
    assert long_date(date(2026, 3, 4)) == "4 Mar 2026"
    assert long_date(None) == "—"


def test_the_clinic_phone_prints_whole_in_every_header():
    """A long address shrinks, then is cut; the phone number is never cut."""
    from acudesk.documents.layout import CONTACT_SIZES, contact_line

    clinic = ClinicDetails(
        "Lotus Skin & Acupuncture Clinic of Marylebone",
        "Flat 4, 118 Great Portland Street\nFitzrovia, London W1W 6PH\nUnited Kingdom",
        "+44 20 7946 0958",
    )
    story = [para("Line") for _ in range(120)]
    pdf = build_pdf(story, Letterhead(clinic, "Aftercare sheet", "Anna Rossi"), title="t")
    texts = page_texts(pdf)
    assert len(texts) > 1
    for page in texts:
        assert "+44 20 7946 0958" in page
    size, line = contact_line("12 Linden Row, Bath", "+44 1225 555 013", 400)
    assert (size, line) == (CONTACT_SIZES[0], "12 Linden Row, Bath · +44 1225 555 013")
    size, line = contact_line("A very long street name " * 6, "+44 20 7946 0958", 150)
    assert size == CONTACT_SIZES[-1] and line.endswith("… · +44 20 7946 0958")
    assert stringWidth(line, sans().regular, size) <= 150


FACES = [
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
]


def _names(font: TTFontFile) -> list[tuple[int, int, str]]:
    """(platform, name id, text) of every record of the font's name table."""
    table = font.get_table("name")
    count, strings = struct.unpack(">HH", table[2:6])
    out = []
    for i in range(count):
        platform, _enc, _lang, name_id, length, offset = struct.unpack(
            ">6H", table[6 + 12 * i : 18 + 12 * i]
        )
        raw = table[strings + offset : strings + offset + length]
        out.append((platform, name_id, raw.decode("utf-16-be" if platform == 3 else "latin-1")))
    return out


@pytest.mark.parametrize("face", FACES)
def test_the_shipped_fonts_are_the_printing_copies_with_their_licence(face):
    """resources/fonts/make_print_fonts.py made them: no hinting, one copy of each name."""
    font = TTFontFile(str(resource("fonts", face)))
    assert not {"fpgm", "prep", "cvt ", "gasp", "hdmx"} & set(font.table)
    assert {"glyf", "hmtx", "kern", "cmap"} <= set(font.table)
    names = _names(font)
    assert {platform for platform, _id, _text in names} == {3}
    by_id = {name_id: text for _platform, name_id, text in names}
    assert by_id[0].startswith("Copyright (c) 2003 by Bitstream")
    assert "Permission is hereby granted" in by_id[13]
    assert by_id[1] == "DejaVu Sans"
