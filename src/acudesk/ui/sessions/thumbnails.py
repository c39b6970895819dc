"""Small chart pictures for the session history, drawn when a row is first shown.

A thumbnail shows the diagram with the most placements (the face when the chart is empty). The
diagram itself comes from the renderer's cached backdrop (its SVG drawn once per diagram and
size); only the placements are drawn per session. Pictures are keyed by (session id, version),
so a saved change draws a new one, and the least recently shown are let go beyond ``limit``.
"""

from __future__ import annotations

from collections import Counter, OrderedDict

from PySide6.QtGui import QIcon, QPixmap

from acudesk.domain.chart import ChartDocument
from acudesk.domain.points import PointCatalog

THUMBNAIL_WIDTH = 160
DEFAULT_DIAGRAM = "face-front"
KEPT = 300  # pictures kept: some 130 kB each, a few screens' worth of rows


def main_diagram(doc: ChartDocument, catalog: PointCatalog) -> str:
    counts = Counter(p.diagram for p in doc if p.diagram in catalog.diagrams)
    if counts:
        return counts.most_common(1)[0][0]
    return DEFAULT_DIAGRAM if DEFAULT_DIAGRAM in catalog.diagrams else next(iter(catalog.diagrams))


class ThumbnailCache:
    """(session id, version) -> the row's icon, drawn by the point map's renderer on demand."""

    def __init__(
        self, catalog: PointCatalog, width: int = THUMBNAIL_WIDTH, limit: int = KEPT
    ) -> None:
        self.catalog = catalog
        self._width = width
        self._limit = limit
        self._icons: OrderedDict[tuple[int, int], QIcon] = OrderedDict()

    def __len__(self) -> int:
        return len(self._icons)

    def keys(self) -> list[tuple[int, int]]:
        return list(self._icons)

    def get(self, key: tuple[int, int], doc: ChartDocument) -> QIcon:
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = self._draw(doc)
            while len(self._icons) > self._limit:
                self._icons.popitem(last=False)
        else:
            self._icons.move_to_end(key)
        return icon

    def _draw(self, doc: ChartDocument) -> QIcon:
        from acudesk.ui.chart.render import render_chart  # the point map draws its own charts

        image = render_chart(doc, self.catalog, main_diagram(doc, self.catalog), self._width)
        picture = QPixmap.fromImage(image)
        icon = QIcon(picture)
        icon.addPixmap(picture, QIcon.Mode.Selected)  # not tinted: the chart stays readable
        return icon
