"""The aftercare sheet: one sheet against bare reportlab, and a day's batch.

aftercare-pdf:   build_aftercare_sheet (with a chart on two diagrams and 4 products) against a
                 bare reportlab document holding the same paragraphs in the same embedded
                 faces (a page that prints names in any script must embed a font), one table
                 with as many rows, and one drawing with as many shapes. Goal: ratio <= 2
                 (with reportlab's C accelerator rl_accel, which the app requires). The ratio
                 against the same page in Helvetica, embedding nothing, is printed beside it.
aftercare-batch: 200 sheets built as File > Print all of today's handouts builds them, by a
                 process pool on every core (services/handout_batch.py), against the same
                 sheets one after the other in one process; the cores used are printed.
                 Goals: at least 8 sheets/s, and on 2 cores or more a speed-up of at least
                 1.7 over one process (ratio = pool time / one process, so <= 1/1.7).
"""

from __future__ import annotations

import io
import statistics

from reportlab.graphics.shapes import Circle, Drawing, Group, Line
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from acudesk.documents.aftercare import aftercare_story, build_aftercare_sheet
from acudesk.documents.chart_drawing import chart_drawings
from acudesk.documents.diagram_art import DiagramArt
from acudesk.documents.fonts import sans
from acudesk.documents.layout import frame_width
from acudesk.services.catalog import point_catalog
from acudesk.services.handout_batch import sheet_pdf
from acudesk.services.handouts import HandoutService
from acudesk.services.parallel import cores, process_pool
from tests.benchmarks.harness import alternate, meets_goal, ratio_line, report, timed
from tests.documents.aftercare_samples import sample_sheet

BATCH = 200
PDF_GOAL = 2.0
SPEEDUP_GOAL = 1.7
BATCH_GOAL = 8.0  # sheets per second: a day's 200 sheets in 25 s


def _count_shapes(node: Group) -> int:
    """Every shape drawn, the diagram outline's too (the floor draws as many)."""

    def count(child: object) -> int:
        if isinstance(child, Group):
            return _count_shapes(child)
        return len(child.shapes) if isinstance(child, DiagramArt) else 1

    return sum(count(c) for c in node.contents)


def _bare_document(
    paragraphs: list[tuple[str, str]], rows: int, shapes: int, *, embedded: bool = True
) -> bytes:
    """The floor: reportlab's own sample style, no letterhead, no design. ``embedded``: each
    paragraph in the face of DejaVu Sans the sheet sets it in (regular, bold or italic), as a
    page must that prints names in any script; else all in Helvetica, embedding no font."""
    body = getSampleStyleSheet()["BodyText"]
    faces = dict.fromkeys(("regular", "bold", "italic"), body)
    if embedded:
        family = sans()
        faces = {
            face: ParagraphStyle(face, parent=body, fontName=getattr(family, face))
            for face in faces
        }
    drawing = Drawing(300, 180)
    for i in range(shapes):
        x, y = (i * 7) % 300, (i * 13) % 180
        drawing.add(Circle(x, y, 2) if i % 2 else Line(x, y, x + 5, y + 5))
    table = Table([[f"Item {i}", f"timing {i}"] for i in range(rows)], colWidths=[300, 150])
    if embedded:
        table.setStyle([("FONT", (0, 0), (-1, -1), sans().regular, 9)])
    story = [Paragraph(p, faces[face]) for face, p in paragraphs] + [table, drawing]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def test_aftercare_pdf() -> None:
    catalog = point_catalog()
    sheet = sample_sheet()
    assert sheet.chart is not None and len(sheet.products) == 4
    t = sheet.template
    paragraphs = [
        ("bold", t.label("title")),
        ("bold", t.label("treatment")),
        ("italic", t.label("products_note")),
    ]
    for section in t.sections:
        paragraphs.append(("bold", section.title))
        paragraphs += [("regular", f"{item.text} {item.timing}") for item in section.items]
    paragraphs += [("regular", f"{p.product.name} {p.reason}") for p in sheet.products]
    rows = sum(len(s.items) for s in t.sections) + len(sheet.products)
    shapes = sum(_count_shapes(d) for _, d in chart_drawings(sheet.chart, catalog, 100))
    assert aftercare_story(sheet, catalog, frame_width("A4"))

    helvetica = alternate(
        timed(lambda: build_aftercare_sheet(sheet, catalog)),
        timed(lambda: _bare_document(paragraphs, rows, shapes, embedded=False)),
        n=15,
    )
    print(
        "\n"
        + ratio_line(
            "aftercare-pdf-helvetica",
            helvetica.median_ms("acudesk"),
            helvetica.median_ms("floor"),
        )
        + " (for the record: a floor embedding no font)"
    )
    result = alternate(
        timed(lambda: build_aftercare_sheet(sheet, catalog)),
        timed(lambda: _bare_document(paragraphs, rows, shapes)),
        n=31,
    )
    report("aftercare-pdf", result.median_ms("acudesk"), result.median_ms("floor"), goal=PDF_GOAL)


def test_aftercare_batch() -> None:
    catalog = point_catalog()
    jobs = [
        (sample_sheet("it" if i % 3 == 0 else "en", client_name=f"Client {i}"), "A4")
        for i in range(BATCH)
    ]
    HandoutService.build_pdf(*jobs[0])  # fonts registered, diagrams parsed
    assert catalog is not None and rl_accel_in_use()
    used = cores()

    def one_process() -> None:
        sizes = [len(HandoutService.build_pdf(*job)) for job in jobs]
        assert all(size > 10_000 for size in sizes)

    def pool() -> None:
        with process_pool(used) as workers:
            futures = [workers.submit(sheet_pdf, *job) for job in jobs]
            assert all(len(f.result()) > 10_000 for f in futures)

    pool()  # the forkserver started and its modules imported, as after the app's first batch
    # Three alternated pairs (a pair is ~15 s): the medians.
    pairs = [(timed(pool)().ms, timed(one_process)().ms) for _ in range(3)]
    ours = statistics.median(p[0] for p in pairs)
    single = statistics.median(p[1] for p in pairs)
    rate = BATCH / (ours / 1000)
    speedup = single / ours
    goal_ok = rate >= BATCH_GOAL and (used < 2 or speedup >= SPEEDUP_GOAL)
    meets_goal(
        f"aftercare-batch: ratio {ours / single:.2f} (acudesk {ours:.0f} ms, floor {single:.0f} ms"
        f" in one process) {used} cores used, speed-up {speedup:.2f}x, {rate:.1f} sheets/s; "
        f"goal >= {SPEEDUP_GOAL:g}x on 2+ cores and >= {BATCH_GOAL:g} sheets/s",
        goal_ok,
    )


def rl_accel_in_use() -> bool:
    from reportlab.lib import rl_accel

    return not rl_accel._py_funcs
