"""Small chart pictures for the session history, drawn once per session version.

A thumbnail shows the diagram with the most placements (the face when the chart is empty).
The cache is keyed by (session id, version): a saved change draws a new picture.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QPixmap

from acudesk.domain.chart import ChartDocument, ChartError
from acudesk.domain.points import PointCatalog
from acudesk.domain.treatment import TreatmentSession

THUMBNAIL_WIDTH = 160
DEFAULT_DIAGRAM = "face-front"


def main_diagram(doc: ChartDocument, catalog: PointCatalog) -> str:
    counts = Counter(p.diagram for p in doc if p.diagram in catalog.diagrams)
    if counts:
        return counts.most_common(1)[0][0]
    return DEFAULT_DIAGRAM if DEFAULT_DIAGRAM in catalog.diagrams else next(iter(catalog.diagrams))


class ThumbnailCache:
    """Session (id, version) -> QPixmap, drawn by the point map's renderer."""

    def __init__(self, catalog: PointCatalog, width: int = THUMBNAIL_WIDTH) -> None:
        self._catalog = catalog
        self._width = width
        self._pixmaps: dict[tuple[int, int], QPixmap] = {}

    def __len__(self) -> int:
        return len(self._pixmaps)

    def get(self, session: TreatmentSession) -> QPixmap:
        key = (session.id, session.version)
        if key not in self._pixmaps:
            self._pixmaps[key] = self._draw(session)
        return self._pixmaps[key]

    def _draw(self, session: TreatmentSession) -> QPixmap:
        from acudesk.ui.chart.render import render_chart  # the point map draws its own charts

        try:
            doc = ChartDocument.from_list(session.chart)
        except ChartError:
            doc = ChartDocument()  # an unreadable chart still gets a blank drawing
        image = render_chart(doc, self._catalog, main_diagram(doc, self._catalog), self._width)
        return QPixmap.fromImage(image)
