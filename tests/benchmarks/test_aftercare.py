"""The aftercare sheet: one sheet against bare reportlab, and a day's batch.

aftercare-pdf:   build_aftercare_sheet (with a chart on two diagrams and 4 products) against a
                 bare reportlab document holding the same paragraphs, one table with as many
                 rows, and one drawing with as many shapes. Goal: ratio <= 3.
aftercare-batch: 200 sheets one after the other, in sheets per second. Goal: at least
                 8 sheets/s (File > Print all of today's handouts: 200 sheets in 25 s).
"""

from __future__ import annotations

import io
import time

from reportlab.graphics.shapes import Circle, Drawing, Group, Line
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from acudesk.documents.aftercare import aftercare_story, build_aftercare_sheet
from acudesk.documents.chart_drawing import chart_drawings
from acudesk.documents.layout import frame_width
from acudesk.services.catalog import point_catalog
from tests.benchmarks.harness import alternate, meets_goal, report, timed
from tests.documents.aftercare_samples import sample_sheet

BATCH = 200
PDF_GOAL = 3.0
BATCH_GOAL = 8.0  # sheets per second: a day's 200 sheets in 25 s


def _count_shapes(node: Group) -> int:
    return sum(_count_shapes(c) if isinstance(c, Group) else 1 for c in node.contents)


def _bare_document(paragraphs: list[str], rows: int, shapes: int) -> bytes:
    """The floor: reportlab's own sample styles and Helvetica, no letterhead, no fonts."""
    sheet = getSampleStyleSheet()
    drawing = Drawing(300, 180)
    for i in range(shapes):
        x, y = (i * 7) % 300, (i * 13) % 180
        drawing.add(Circle(x, y, 2) if i % 2 else Line(x, y, x + 5, y + 5))
    table = Table([[f"Item {i}", f"timing {i}"] for i in range(rows)], colWidths=[300, 150])
    story = [Paragraph(p, sheet["BodyText"]) for p in paragraphs] + [table, drawing]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def test_aftercare_pdf() -> None:
    catalog = point_catalog()
    sheet = sample_sheet()
    assert sheet.chart is not None and len(sheet.products) == 4
    t = sheet.template
    paragraphs = [t.label("title"), t.label("treatment"), t.label("products_note")]
    for section in t.sections:
        paragraphs.append(section.title)
        paragraphs += [f"{item.text} {item.timing}" for item in section.items]
    paragraphs += [f"{p.product.name} {p.reason}" for p in sheet.products]
    rows = sum(len(s.items) for s in t.sections) + len(sheet.products)
    shapes = sum(_count_shapes(d) for _, d in chart_drawings(sheet.chart, catalog, 100))
    assert aftercare_story(sheet, catalog, frame_width("A4"))

    result = alternate(
        timed(lambda: build_aftercare_sheet(sheet, catalog)),
        timed(lambda: _bare_document(paragraphs, rows, shapes)),
        n=15,
    )
    report("aftercare-pdf", result.median_ms("acudesk"), result.median_ms("floor"), goal=PDF_GOAL)


def test_aftercare_batch() -> None:
    catalog = point_catalog()
    sheets = [
        sample_sheet("it" if i % 3 == 0 else "en", client_name=f"Client {i}") for i in range(BATCH)
    ]
    build_aftercare_sheet(sheets[0], catalog)  # fonts registered, diagrams parsed
    started = time.perf_counter()
    sizes = [len(build_aftercare_sheet(sheet, catalog)) for sheet in sheets]
    seconds = time.perf_counter() - started
    assert all(size > 10_000 for size in sizes)
    rate = BATCH / seconds
    meets_goal(
        f"aftercare-batch: {rate:.1f} sheets/s ({BATCH} sheets in {seconds:.1f} s) "
        f"goal >= {BATCH_GOAL:g} sheets/s",
        rate >= BATCH_GOAL,
    )
