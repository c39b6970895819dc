"""Drawing a diagram's outline from memory, and paragraphs that remember their lines: the
pages come out exactly as reportlab draws them without either."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from PIL import ImageChops
from reportlab.graphics import renderPDF, renderSVG
from reportlab.graphics.shapes import Drawing, Group
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as ReportlabParagraph
from reportlab.platypus import SimpleDocTemplate

from acudesk.documents.blocks import Paragraph
from acudesk.documents.diagram_art import DiagramArt, replayable
from acudesk.documents.styles import styles
from acudesk.documents.svg_paths import load_svg, parse_svg
from acudesk.resources import resource

FACE = resource("diagrams", "face_front.svg")


def _page(drawing: Drawing) -> tuple[bytes, list[str]]:
    """The PDF of ``drawing`` on one page, and the page's operators line by line."""
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0)
    renderPDF.draw(drawing, canvas, 20, 20)
    operators = "\n".join(canvas._code).splitlines()
    canvas.showPage()
    canvas.save()
    return out.getvalue(), operators


def _drawing(node: object, *, font_size: float | None = None) -> Drawing:
    drawing = Drawing(300, 380)
    if font_size is not None:
        drawing.initialFontSize = font_size  # a state the outline inherits
    group = Group(node)
    group.transform = (0.5, 0, 0, -0.5, 0, 380)
    drawing.add(group)
    return drawing


def _render(pdf: bytes):
    return pdfium.PdfDocument(pdf)[0].render(scale=1.5).to_pil().convert("RGB")


def test_a_replayed_outline_writes_what_reportlab_wrote_and_looks_the_same():
    svg = load_svg(FACE)
    art = DiagramArt(parse_svg(FACE.read_bytes()))
    plain_pdf, plain_ops = _page(_drawing(Group(*svg.shapes)))
    _first_pdf, first_ops = _page(_drawing(art))
    again_pdf, again_ops = _page(_drawing(art))
    assert again_ops == first_ops  # the second page came from memory, operator for operator

    # The outline's own node has no transform where a plain group writes the identity one.
    def moved(ops: list[str]) -> list[str]:
        return [op for op in ops if op != "1 0 0 1 0 0 cm"]

    assert moved(first_ops) == moved(plain_ops)
    assert len(first_ops) == len(plain_ops) - 1
    assert ImageChops.difference(_render(plain_pdf), _render(again_pdf)).getbbox() is None


def test_a_different_inherited_state_is_drawn_afresh_not_replayed():
    art = DiagramArt(
        parse_svg('<svg viewBox="0 0 10 10"><path d="M1 1L9 9" stroke="#000000"/></svg>')
    )
    _page(_drawing(art))  # remembered for the default state
    _page(_drawing(art))
    _page(_drawing(art, font_size=20))
    assert len(art._replays) == 2


def test_transparency_or_text_is_never_replayed():
    faint = parse_svg(
        '<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="3" fill="#ff0000" opacity="0.5"/></svg>'
    )
    assert not replayable(faint.shapes)
    assert replayable(load_svg(FACE).shapes)
    art = DiagramArt(faint)
    _page(_drawing(art))
    _page(_drawing(art))
    assert art._replays == {}


def test_another_renderer_draws_the_shapes_themselves():
    svg = renderSVG.drawToString(_drawing(DiagramArt(load_svg(FACE))))
    assert svg.count("<path") >= len([s for s in load_svg(FACE).shapes if hasattr(s, "points")])


def test_a_paragraph_rewrapped_at_another_width_breaks_again():
    words = "Keep the treated area clean and dry for the rest of the day. " * 6
    ours = Paragraph(words, styles().body)
    theirs = ReportlabParagraph(words, styles().body)
    for width in (400, 400, 120, 400, 120):
        assert ours.wrap(width, 800) == theirs.wrap(width, 800)
        assert list(ours.blPara.lines) == list(theirs.blPara.lines)
    assert ours.wrap(0, 800) == theirs.wrap(0, 800)  # too narrow to fit: never remembered
    assert ours.wrap(120, 800) == theirs.wrap(120, 800)


def test_a_long_paragraph_still_splits_over_pages():
    words = " ".join(f"Sentence {i} of the advice that runs on." for i in range(400))
    out = io.BytesIO()
    SimpleDocTemplate(out).build([Paragraph(words, styles().body)])
    document = pdfium.PdfDocument(out.getvalue())
    assert len(document) >= 3
    read = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    assert "Sentence 0 of" in read and "Sentence 399 of the advice that runs on." in read
