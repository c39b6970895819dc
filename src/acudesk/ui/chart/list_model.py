"""PlacementsListModel: the chart's placements as a list, a thin adapter over the document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from acudesk.domain.chart import ChartDocument, Placement, PlacementKind
from acudesk.domain.points import PointCatalog
from acudesk.ui.chart import symbols
from acudesk.ui.chart.labels import placement_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def kind_icon(kind: PlacementKind, needles: int = 1) -> QIcon:
    """The placement's chart symbol as a small icon, so the list reads like the map."""
    pixmap = QPixmap(28, 28)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(13, 15)
    symbols.paint_placement(painter, kind, needles)
    painter.end()
    return QIcon(pixmap)


class PlacementsListModel(QAbstractListModel):
    def __init__(self, catalog: PointCatalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._doc: ChartDocument | None = None
        self._ids: list[str] = []
        self._icons: dict[tuple[PlacementKind, int], QIcon] = {}

    def set_document(self, doc: ChartDocument) -> None:
        if self._doc is not None:
            self._doc.unsubscribe(self._on_document_event)
        self.beginResetModel()
        self._doc = doc
        self._ids = [p.id for p in doc]
        self.endResetModel()
        doc.subscribe(self._on_document_event)

    def placement_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, placement_id: str) -> int:
        return self._ids.index(placement_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._doc is None:
            return None
        placement = self._doc.get(self._ids[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return placement_text(placement, self._catalog.points.get(placement.point or ""))
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(placement)
        if role == Qt.ItemDataRole.ToolTipRole:
            return placement.note or None
        if role == ID_ROLE:
            return placement.id
        return None

    def _icon(self, placement: Placement) -> QIcon:
        key = (placement.kind, min(placement.needles, 9))
        if key not in self._icons:
            self._icons[key] = kind_icon(*key)
        return self._icons[key]

    def _on_document_event(self, event: str, placement: Placement) -> None:
        if event == "added":
            assert self._doc is not None
            row = self._doc.index_of(placement.id)
            self.beginInsertRows(QModelIndex(), row, row)
            self._ids.insert(row, placement.id)
            self.endInsertRows()
        elif event == "removed":
            row = self._ids.index(placement.id)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self.endRemoveRows()
        else:
            index = self.index(self._ids.index(placement.id))
            self.dataChanged.emit(index, index)
