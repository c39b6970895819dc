"""A diagram's outline as one reportlab node that PDFs draw from memory after the first time.

The same face or body outline goes on every aftercare sheet: about 1,700 path points whose
PDF operators reportlab would work out again for each sheet (a third of a sheet's time). The
first time a process draws a diagram, reportlab's own PDF renderer draws it; the operators it
wrote are kept and, on later sheets, written again as they were. Only the operators are kept:
the outline has no text, images or transparency (``replayable`` checks it), so nothing in
them names a font or another resource of the document they were first written into.

Any other renderer (a PNG or SVG preview) simply draws the shapes.
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.graphics.renderPDF import _PDFRenderer
from reportlab.graphics.shapes import DirectDraw, Group, Shape

from acudesk.documents.svg_paths import ParsedSvg

# What a replay restores: the operators, then the renderer's fill and stroke flags as the
# last shape left them (reportlab keeps those outside its graphics-state stack).
_Replay = tuple[str, Any, Any]


def replayable(shapes: tuple[Shape, ...]) -> bool:
    """True when the shapes' PDF operators depend on nothing but the shapes: no text and
    no colour with transparency (which reportlab writes as a per-document resource)."""

    def plain(colour: object) -> bool:
        return colour is None or getattr(colour, "alpha", 1) == 1

    return all(
        not hasattr(s, "text")
        and plain(getattr(s, "fillColor", None))
        and plain(getattr(s, "strokeColor", None))
        and getattr(s, "fillOpacity", None) in (None, 1)
        and getattr(s, "strokeOpacity", None) in (None, 1)
        for s in shapes
    )


def _inherited(renderer: _PDFRenderer) -> str:
    """The state the outline inherits, bar the transform (written before it, by its group):
    the key a replay must match."""
    state = renderer._tracker._combined[-1]
    return repr(sorted((k, repr(v)) for k, v in state.items() if k != "transform"))


class DiagramArt(DirectDraw):  # type: ignore[misc]  # reportlab ships no type hints
    """A parsed diagram's shapes (shared, never changed) drawn as one node. Make one per
    diagram and share it: it keeps what it wrote, per inherited state."""

    def __init__(self, svg: ParsedSvg) -> None:
        super().__init__()
        self.svg = svg
        self._group = Group(*svg.shapes)
        self._replay = replayable(svg.shapes)
        self._replays: dict[str, _Replay] = {}
        self._lock = threading.Lock()

    @property
    def shapes(self) -> tuple[Shape, ...]:
        return self.svg.shapes

    def getBounds(self) -> tuple[float, float, float, float]:  # reportlab's name
        x0, y0, width, height = self.svg.view_box
        return x0, y0, x0 + width, y0 + height

    def copy(self) -> DiagramArt:
        return self  # nothing in it changes

    def drawDirectly(self, renderer: Any) -> None:  # reportlab's name
        canvas = getattr(renderer, "_canvas", None)
        if not (self._replay and isinstance(renderer, _PDFRenderer) and canvas is not None):
            renderer.drawGroup(self._group)
            return
        key = _inherited(renderer)
        known = self._replays.get(key)
        if known is not None:
            operators, renderer._fill, renderer._stroke = known
            canvas.addLiteral(operators)
            return
        start = len(canvas._code)
        renderer.drawGroup(self._group)
        with self._lock:
            self._replays[key] = ("\n".join(canvas._code[start:]), renderer._fill, renderer._stroke)
