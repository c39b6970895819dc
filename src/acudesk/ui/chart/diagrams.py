"""The diagrams' SVG renderers, parsed once per file and shared by every scene and render."""

from __future__ import annotations

from PySide6.QtSvg import QSvgRenderer

from acudesk.domain.chart import Placement
from acudesk.domain.points import Diagram, PointCatalog, Side
from acudesk.resources import resource

_renderers: dict[str, QSvgRenderer] = {}


def diagram_renderer(diagram: Diagram) -> QSvgRenderer:
    """The shared renderer of a diagram's SVG (parsed on first use)."""
    renderer = _renderers.get(diagram.file)
    if renderer is None:
        renderer = QSvgRenderer(str(resource("diagrams", diagram.file)))
        if not renderer.isValid():
            raise FileNotFoundError(f"acudesk cannot draw the diagram {diagram.file}")
        _renderers[diagram.file] = renderer
    return renderer


def right_is_on_image_left(catalog: PointCatalog, diagram_id: str) -> bool:
    """Front views show the client's right on the image's left; back views the other way."""
    xs = [p.positions[diagram_id][0] for p in catalog.points_on(diagram_id) if p.is_bilateral]
    return not xs or sum(xs) / len(xs) < 0.5


def free_side(catalog: PointCatalog, diagram_id: str, x: float, shown: Side) -> Side:
    """The side a free placement at ``x`` (document frame) is on."""
    diagram = catalog.diagram(diagram_id)
    if diagram.mirror != "midline":
        return shown
    if abs(x - 0.5) < 0.01:
        return Side.MIDLINE
    image_left = x < 0.5
    return Side.RIGHT if image_left == right_is_on_image_left(catalog, diagram_id) else Side.LEFT


def profile_side(placements: list[Placement]) -> Side:
    """The profile side worth showing: the one with more placements (right on a tie)."""
    left = sum(1 for p in placements if p.side is Side.LEFT)
    right = sum(1 for p in placements if p.side is Side.RIGHT)
    return Side.LEFT if left > right else Side.RIGHT
