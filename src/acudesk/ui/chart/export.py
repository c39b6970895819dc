"""Writing a chart as a PNG file, from the command line or the app (no window needed)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from acudesk.domain.chart import ChartDocument
from acudesk.domain.errors import AcudeskError
from acudesk.domain.points import PointCatalog
from acudesk.store.private_files import create_private

MIN_WIDTH, MAX_WIDTH = 64, 8000


def busiest_diagram(doc: ChartDocument, catalog: PointCatalog) -> str:
    """The diagram with the most placements (the first diagram when the chart is empty)."""
    order = list(catalog.diagrams)
    return max(order, key=lambda d: (len(doc.on(d)), -order.index(d)))


def _gui_application() -> object:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["acudesk"])


def write_chart_png(
    chart: list[dict[str, Any]],
    catalog: PointCatalog,
    path: Path,
    *,
    diagram_id: str | None = None,
    width: int = 1600,
) -> str:
    """Render the chart on a diagram into ``path``; returns the diagram drawn."""
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise AcudeskError(f"The width is {MIN_WIDTH} to {MAX_WIDTH} pixels.")
    doc = ChartDocument.from_list(chart)
    diagram_id = diagram_id or busiest_diagram(doc, catalog)
    if diagram_id not in catalog.diagrams:
        known = ", ".join(catalog.diagrams)
        raise AcudeskError(f"There is no diagram {diagram_id!r}. Choose one of: {known}.")
    app = _gui_application()
    from acudesk.ui.chart.render import render_chart

    image = render_chart(doc, catalog, diagram_id, width)
    try:
        create_private(path)  # a chart is health data: 0600 before Qt writes into it
    except OSError as error:
        raise AcudeskError(f"{path} cannot be written: {error.strerror}.") from None
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # stubs say bytes
        raise AcudeskError(f"{path} cannot be written.")
    del app
    return diagram_id
