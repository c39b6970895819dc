"""A session's chart as reportlab vector drawings: the diagram with its placements on top.

Pure vectors (no raster), so the chart is crisp at any print size. Symbols keep a fixed size
in points whatever the drawing's width, so a small chart on a handout stays readable. The
chart document's coordinates are the drawing's own frame (0..1 from the top-left); a profile
shown for the left side is the same drawing mirrored, as on screen.
"""

from __future__ import annotations

import functools
import pathlib
from collections.abc import Iterable, Mapping

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Polygon, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from acudesk.documents.diagram_art import DiagramArt
from acudesk.documents.fonts import sans
from acudesk.documents.styles import PALETTE
from acudesk.documents.svg_paths import load_svg
from acudesk.domain import palette as inks
from acudesk.domain.chart import ChartDocument, Placement, PlacementKind, visible_on
from acudesk.domain.points import MIRROR_FLIP, Diagram, PointCatalog, Side
from acudesk.resources import resource

# The point map's colours: the same as on screen (acudesk.domain.palette).
NEEDLE = HexColor(inks.NEEDLE)
RIM = HexColor(inks.RIM)
MARK = HexColor(inks.MARK)
BRUISE = HexColor(inks.BRUISE)
BLEEDING = HexColor(inks.BLEEDING)
REDNESS = HexColor(inks.REDNESS)
ELECTRO = HexColor(inks.ELECTRO)
BOLT = HexColor(inks.BOLT)
BOLT_RIM = HexColor(inks.BOLT_RIM)
LEGEND_TEXT = PALETTE.muted  # the legend is text: the documents' muted ink, not a chart ink

NEEDLE_RADIUS = 2.7  # points
SYMBOL_RADIUS = 3.4
LEGEND_SIZE = 7.0


def _tint(colour: Color, alpha: float) -> Color:
    return Color(colour.red, colour.green, colour.blue, alpha=alpha)


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose renderer starts in the embedded font (by default reportlab sets
    Helvetica, which is never embedded, even when the drawing has no text)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = sans().regular
    return drawing


@functools.cache
def _art(path: pathlib.Path) -> DiagramArt:
    return DiagramArt(load_svg(path))


def diagram_art(diagram: Diagram) -> DiagramArt:
    """The diagram's outline as one node, shared by every drawing of it in the process (so
    that PDFs after the first write its operators from memory)."""
    return _art(resource("diagrams", diagram.file))


# Symbols, drawn centred on the origin in points (y up).


def needle_symbol(needles: int = 1) -> Group:
    group = Group(Circle(0, 0, NEEDLE_RADIUS, fillColor=NEEDLE, strokeColor=RIM, strokeWidth=0.8))
    if needles > 1:
        bx, by, r = NEEDLE_RADIUS + 1.3, NEEDLE_RADIUS + 1.0, 2.9
        group.add(Circle(bx, by, r, fillColor=NEEDLE, strokeColor=RIM, strokeWidth=0.6))
        group.add(
            String(
                bx,
                by - 1.45,
                str(needles),
                fontName=sans().bold,
                fontSize=4.2 if needles < 10 else 3.4,
                fillColor=RIM,
                textAnchor="middle",
            )
        )
    return group


def mark_symbol() -> Group:
    arm = 2.5
    group = Group()
    for colour, width in ((RIM, 2.4), (MARK, 1.1)):
        for x1, y1, x2, y2 in ((-arm, -arm, arm, arm), (-arm, arm, arm, -arm)):
            group.add(Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=width, strokeLineCap=1))
    return group


def bruise_symbol() -> Group:
    r = SYMBOL_RADIUS
    path = Path(fillColor=_tint(BRUISE, 0.55), strokeColor=BRUISE, strokeWidth=0.7)
    path.moveTo(-r, -0.1 * r)
    path.curveTo(-r, 0.9 * r, 0.2 * r, 1.1 * r, 0.8 * r, 0.5 * r)
    path.curveTo(1.2 * r, 0.0, 0.8 * r, -0.9 * r, 0.0, -0.85 * r)
    path.curveTo(-0.6 * r, -0.8 * r, -r, -0.6 * r, -r, -0.1 * r)
    path.closePath()
    return Group(path)


def bleeding_symbol() -> Group:
    r = SYMBOL_RADIUS * 0.72
    path = Path(fillColor=BLEEDING, strokeColor=RIM, strokeWidth=0.6, strokeLineJoin=1)
    top = 1.6 * r
    path.moveTo(0, top)
    path.curveTo(0.45 * r, 0.8 * r, r, 0.35 * r, r, -0.25 * r)
    path.curveTo(r, -0.85 * r, 0.55 * r, -1.25 * r, 0, -1.25 * r)
    path.curveTo(-0.55 * r, -1.25 * r, -r, -0.85 * r, -r, -0.25 * r)
    path.curveTo(-r, 0.35 * r, -0.45 * r, 0.8 * r, 0, top)
    path.closePath()
    return Group(path)


def redness_symbol() -> Group:
    r = SYMBOL_RADIUS + 0.6
    return Group(
        Circle(
            0,
            0,
            r,
            fillColor=_tint(REDNESS, 0.25),
            strokeColor=REDNESS,
            strokeWidth=0.7,
            strokeDashArray=[0.8, 1.0],
        ),
        Circle(0, 0, 1.1, fillColor=REDNESS, strokeColor=None),
    )


def bolt_symbol() -> Group:
    s = 0.42
    points = [1.5, 7, -4, -1, -0.3, -1, -1.5, -7, 4, 1, 0.3, 1]
    scaled = [v * s for v in points]
    return Group(
        Polygon(scaled, fillColor=BOLT, strokeColor=RIM, strokeWidth=1.2, strokeLineJoin=1),
        Polygon(scaled, fillColor=BOLT, strokeColor=BOLT_RIM, strokeWidth=0.4, strokeLineJoin=1),
    )


def placement_symbol(kind: PlacementKind, needles: int = 1) -> Group:
    if kind is PlacementKind.NEEDLE:
        return needle_symbol(needles)
    if kind is PlacementKind.MARK:
        return mark_symbol()
    if kind is PlacementKind.BRUISE:
        return bruise_symbol()
    if kind is PlacementKind.BLEEDING:
        return bleeding_symbol()
    return redness_symbol()


def _at(symbol: Group, x: float, y: float) -> Group:
    """``symbol`` centred on (x, y): a group of its own, so that one symbol can be shared."""
    return Group(symbol, transform=(1, 0, 0, 1, x, y))


@functools.cache
def _shared_symbol(kind: PlacementKind, needles: int) -> Group:
    """One symbol per kind (and needle count) for the whole process: drawings only place it
    (making reportlab shapes, every attribute checked, is half of drawing a small chart)."""
    return placement_symbol(kind, needles)


@functools.cache
def _shared_bolt() -> Group:
    return bolt_symbol()


def chart_drawing(
    doc: ChartDocument,
    catalog: PointCatalog,
    diagram_id: str,
    width_pt: float,
    *,
    flipped: bool = False,
) -> Drawing:
    """``diagram_id`` drawn ``width_pt`` wide with the document's placements on it.

    ``flipped`` shows the drawing mirrored: on a profile view, the client's left side (and
    then only the left-side and midline placements show, as in the editor).
    """
    diagram = catalog.diagram(diagram_id)
    outline = diagram_art(diagram)
    x0, y0, vw, vh = outline.svg.view_box
    scale = width_pt / vw
    width, height = width_pt, vh * scale
    drawing = _drawing(width, height)
    art = Group(outline)
    if flipped:
        art.transform = (-scale, 0, 0, -scale, width + scale * x0, height + scale * y0)
    else:
        art.transform = (scale, 0, 0, -scale, -scale * x0, height + scale * y0)
    drawing.add(art)

    side = Side.LEFT if flipped else Side.RIGHT
    shown = [p for p in doc.on(diagram_id) if visible_on(p, diagram, side)]

    def at(p: Placement) -> tuple[float, float]:
        x = 1.0 - p.x if flipped else p.x
        return x * width, height - p.y * height

    pairs: dict[str, list[Placement]] = {}
    for p in shown:
        if p.electro_pair:
            pairs.setdefault(p.electro_pair, []).append(p)
    for ends in pairs.values():
        if len(ends) != 2:
            continue
        (ax, ay), (bx, by) = at(ends[0]), at(ends[1])
        drawing.add(
            Line(ax, ay, bx, by, strokeColor=ELECTRO, strokeWidth=0.9, strokeDashArray=[2.2, 1.6])
        )
        drawing.add(_at(_shared_bolt(), (ax + bx) / 2, (ay + by) / 2))
    # Reactions under needles, so that a needle is never hidden by a bruise drawn over it.
    for p in sorted(shown, key=lambda p: p.kind is PlacementKind.NEEDLE):
        drawing.add(_at(_shared_symbol(p.kind, p.needles), *at(p)))
    return drawing


def _copies(doc: ChartDocument, diagram: Diagram) -> list[bool]:
    """Which copies of a diagram the chart needs: [False] plain, [True] mirrored, or both."""
    placements = doc.on(diagram.id)
    if diagram.mirror != MIRROR_FLIP:
        return [False]
    left = any(p.side is Side.LEFT for p in placements)
    right = any(p.side is Side.RIGHT for p in placements)
    if left and right:
        return [False, True]
    return [left]


def chart_drawings(
    doc: ChartDocument, catalog: PointCatalog, width_pt: float
) -> list[tuple[Diagram, Drawing]]:
    """A drawing for each diagram the chart uses, in catalogue order (a profile with
    placements on both sides gives two: the right, then the left drawn mirrored)."""
    used = {p.diagram for p in doc}
    out: list[tuple[Diagram, Drawing]] = []
    for diagram in catalog.diagrams.values():
        if diagram.id in used:
            for flipped in _copies(doc, diagram):
                out.append(
                    (diagram, chart_drawing(doc, catalog, diagram.id, width_pt, flipped=flipped))
                )
    return out


def legend_entries(doc: ChartDocument) -> list[str]:
    """The legend keys the chart needs, in a fixed order: needle, needles, mark, ... electro."""
    kinds = {p.kind for p in doc}
    keys = []
    if PlacementKind.NEEDLE in kinds:
        keys.append("needle")
    if any(p.kind is PlacementKind.NEEDLE and p.needles > 1 for p in doc):
        keys.append("needles")
    for kind in (
        PlacementKind.MARK,
        PlacementKind.BRUISE,
        PlacementKind.BLEEDING,
        PlacementKind.REDNESS,
    ):
        if kind in kinds:
            keys.append(kind.value)
    if doc.uses_electro:
        keys.append("electro")
    return keys


@functools.cache
def _legend_symbol(key: str) -> Group:
    """The legend's symbol for ``key``, made once per process like the chart's own."""
    if key == "needle":
        return needle_symbol()
    if key == "needles":
        return needle_symbol(2)
    if key == "electro":
        return Group(
            Line(-6, 0, 6, 0, strokeColor=ELECTRO, strokeWidth=0.9, strokeDashArray=[2.2, 1.6]),
            bolt_symbol(),
        )
    return placement_symbol(PlacementKind(key))


def chart_legend(keys: Iterable[str], labels: Mapping[str, str], width_pt: float) -> Drawing | None:
    """A small key to the symbols, wrapped to ``width_pt``; ``labels`` maps each key (see
    ``legend_entries``) to its words in the reader's language. None when there is nothing."""
    font = sans().regular
    entries = [(key, labels.get(key, key)) for key in keys]
    if not entries:
        return None
    line_height, symbol_w, gap = 11.0, 14.0, 9.0
    rows: list[list[tuple[str, str, float]]] = [[]]
    x = 0.0
    for key, words in entries:
        w = symbol_w + stringWidth(words, font, LEGEND_SIZE)
        if rows[-1] and x + w > width_pt:
            rows.append([])
            x = 0.0
        rows[-1].append((key, words, x))
        x += w + gap
    height = line_height * len(rows)
    drawing = _drawing(width_pt, height)
    for r, row in enumerate(rows):
        y = height - line_height * (r + 0.5)
        for key, words, left in row:
            drawing.add(_at(_legend_symbol(key), left + 6, y + 0.5))
            drawing.add(
                String(
                    left + symbol_w,
                    y - LEGEND_SIZE * 0.35,
                    words,
                    fontName=font,
                    fontSize=LEGEND_SIZE,
                    fillColor=LEGEND_TEXT,
                )
            )
    return drawing
