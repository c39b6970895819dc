"""The "Point catalogue" screen: the browser beside a read-only chart of the selected point."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabBar, QVBoxLayout, QWidget

from acudesk.domain.points import PointCatalog
from acudesk.ui.chart.browser import PointBrowserWidget
from acudesk.ui.chart.labels import diagram_title
from acudesk.ui.chart.scene import ChartScene
from acudesk.ui.chart.view import ChartView
from acudesk.ui.i18n import translate


class PointCatalogueScreen(QWidget):
    def __init__(self, catalog: PointCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        title = QLabel(translate("PointCatalogueScreen", "Point catalogue"))
        title.setProperty("role", "title")
        self.browser = PointBrowserWidget(catalog)
        self.scene = ChartScene(catalog, self)
        self.scene.read_only = True
        self.view = ChartView(self.scene)
        self.tabs = QTabBar()
        self.tabs.setAccessibleName(translate("PointCatalogueScreen", "Diagram"))
        self.tabs.setDrawBase(False)
        self.diagram_ids = list(catalog.diagrams)
        for diagram_id in self.diagram_ids:
            self.tabs.addTab(diagram_title(catalog.diagrams[diagram_id]))
        chart = QWidget()
        chart_layout = QVBoxLayout(chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.tabs, 0, Qt.AlignmentFlag.AlignLeft)
        chart_layout.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.browser)
        splitter.addWidget(chart)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 32, 36, 24)  # as the other screens
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.browser.point_selected.connect(self._on_browser_point_selected)
        self._show(self.diagram_ids[0])

    def _show(self, diagram_id: str) -> None:
        self.scene.show_diagram(diagram_id)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(self.diagram_ids.index(diagram_id))
        self.tabs.blockSignals(False)
        self.view.fit()

    def _on_tabs_current_changed(self, index: int) -> None:
        self._show(self.diagram_ids[index])

    def _on_browser_point_selected(self, code: str) -> None:
        point = self.catalog.point(code)
        if self.scene.diagram_id not in point.positions:
            self._show(next(d for d in self.diagram_ids if d in point.positions))
        item = self.scene.pulse(code)
        if item is not None:
            self.view.centre_on_scene(item.pos(), zoom=1.6)
