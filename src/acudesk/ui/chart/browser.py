"""PointBrowserWidget: search the point catalogue by code, pinyin or English name."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from acudesk.domain.points import CAUTIONS, Point, PointCatalog
from acudesk.ui.chart.labels import diagram_title
from acudesk.ui.i18n import translate

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def empty_details() -> str:
    return "<p>{}</p>".format(
        translate(
            "PointBrowserWidget",
            "Pick a point in the list, or search for one, to see where it lies, what it is "
            "used for and its cautions. It is shown on the chart beside.",
        )
    )


def _heading(text: str) -> str:
    return f"<b>{html.escape(text)}</b>"


def point_details(point: Point, diagram_titles: list[str]) -> str:
    """The point's card: names, region, location, cosmetic use, cautions, where it is drawn."""
    t = "PointBrowserWidget"
    sides = translate(t, "both sides") if point.is_bilateral else translate(t, "midline")
    rows = [
        f"<p style='font-size:13pt'><b>{html.escape(point.code)} {html.escape(point.pinyin)}</b>"
        f"<br><span>{html.escape(point.english)}</span></p>",
        f"<p>{_heading(translate(t, 'Channel'))} {html.escape(point.channel)} · "
        f"{_heading(translate(t, 'Region'))} {html.escape(point.region)} · {sides}</p>",
        f"<p>{_heading(translate(t, 'Location'))}<br>{html.escape(point.location)}</p>",
        f"<p>{_heading(translate(t, 'Cosmetic use'))}<br>{html.escape(point.cosmetic_use)}</p>",
    ]
    cautions = [CAUTIONS.get(c, c).capitalize() + "." for c in point.cautions]
    if point.pregnancy_caution:
        cautions.insert(0, translate(t, "Traditionally avoided in pregnancy."))
    if point.caution_note:
        cautions.append(point.caution_note)
    if cautions:
        items = "".join(f"<li>{html.escape(c)}</li>" for c in cautions)
        rows.append(
            f"<p>{_heading(translate(t, 'Cautions'))}</p><ul style='margin-left:-20px'>{items}</ul>"
        )
    if diagram_titles:
        rows.append(
            f"<p>{_heading(translate(t, 'Shown on'))} {html.escape(' · '.join(diagram_titles))}</p>"
        )
    return "".join(rows)


class PointBrowserWidget(QWidget):
    point_selected = Signal(str)  # point code

    def __init__(self, catalog: PointCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setAccessibleName(translate("PointBrowserWidget", "Search points"))
        self.search.setPlaceholderText(translate("PointBrowserWidget", "Search: ST6, jiache, jaw…"))
        self.search.setToolTip(
            translate(
                "PointBrowserWidget", "Find a point by its code, its pinyin or its English name"
            )
        )
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.results = QListWidget()
        self.results.setAccessibleName(translate("PointBrowserWidget", "Points found"))
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(2)
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.addWidget(self.results)
        self.details = QLabel()
        self.details.setAccessibleName(translate("PointBrowserWidget", "Point details"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setContentsMargins(8, 8, 8, 8)
        self.details.setText(empty_details())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        splitter.addWidget(scroll)
        splitter.setSizes([300, 260])
        layout.addWidget(splitter, 1)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.results.currentItemChanged.connect(self._on_results_current_item_changed)
        self._fill(list(catalog.points.values()))

    def _fill(self, points: list[Point]) -> None:
        self.results.clear()
        for point in points:
            item = QListWidgetItem(
                f"{point.code}  {point.pinyin}\n{point.english} · {point.region}"
            )
            item.setData(CODE_ROLE, point.code)
            self.results.addItem(item)

    def codes_shown(self) -> list[str]:
        return [self.results.item(i).data(CODE_ROLE) for i in range(self.results.count())]

    def select(self, code: str) -> None:
        for row in range(self.results.count()):
            if self.results.item(row).data(CODE_ROLE) == code:
                self.results.setCurrentRow(row)
                return

    def _on_search_text_changed(self, text: str) -> None:
        found = self._catalog.search(text) if text.strip() else list(self._catalog.points.values())
        self._fill(found)
        if not found:
            self.details.setText(
                "<p>{}</p>".format(
                    translate(
                        "PointBrowserWidget",
                        "No point matches. Try a code (ST6), a pinyin or an English name.",
                    )
                )
            )

    def _on_results_current_item_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        point = self._catalog.point(item.data(CODE_ROLE))
        titles = [
            diagram_title(self._catalog.diagrams[d])
            for d in point.positions
            if d in self._catalog.diagrams
        ]
        self.details.setText(point_details(point, titles))
        self.point_selected.emit(point.code)
