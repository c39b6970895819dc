"""The session screen's hold on the point-map editor: load, read, lock, apply a protocol.

Everything the session screen does to the chart goes through here, so the editor's API is
used in one place. A protocol is applied as one undoable step on the editor's own stack
(one "Apply protocol" entry running the editor's remove and add commands), so Ctrl+Z takes
the whole protocol back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from acudesk.domain.chart import ChartDocument, ChartError, new_id, placement_from_dict
from acudesk.domain.point_cautions import point_cautions
from acudesk.domain.points import PointCatalog
from acudesk.domain.screening import Alert
from acudesk.ui.chart.commands import AddPlacementCommand, RemovePlacementCommand
from acudesk.ui.chart.editor import ChartEditorWidget


class ChartHost(QObject):
    """Owns the ChartEditorWidget of one session and re-announces its signals."""

    changed = Signal()
    confirmation_given = Signal(object)  # Confirmation

    def __init__(self, catalog: PointCatalog, parent: QWidget) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.editor = ChartEditorWidget(catalog, parent)
        self.editor.setAccessibleName("Point map")
        self.editor.document_changed.connect(self.changed)
        self.editor.confirmation_given.connect(self.confirmation_given)

    @property
    def widget(self) -> QWidget:
        return self.editor

    def load(self, chart: list[dict[str, Any]]) -> None:
        try:
            document = ChartDocument.from_list(chart)
        except ChartError:
            document = ChartDocument()
        self.editor.set_document(document)

    def document(self) -> ChartDocument:
        return self.editor.document()

    def chart_list(self) -> list[dict[str, Any]]:
        return self.document().to_list()

    def needle_count(self) -> int:
        return self.document().needle_count

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.editor.set_cautions(point_cautions(self._catalog.points.values(), alerts))
        self.editor.set_alerts(alerts)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.set_read_only(read_only)

    def apply(self, name: str, chart: list[dict[str, Any]], *, replace_chart: bool) -> None:
        """Apply a protocol's placements (new ids, so adding twice never clashes)."""
        document = self.document()
        incoming = [replace(placement_from_dict(raw), id=new_id()) for raw in chart]
        pairs: dict[str, str] = {}
        for index, placement in enumerate(incoming):
            if placement.electro_pair:
                pair = pairs.setdefault(placement.electro_pair, new_id())
                incoming[index] = replace(placement, electro_pair=pair)
        steps: list[QUndoCommand] = []
        if replace_chart:
            steps += [RemovePlacementCommand(document, p.id) for p in reversed(list(document))]
        steps += [AddPlacementCommand(document, p) for p in incoming]
        self.editor.undo_stack().push(ApplyProtocolCommand(name, steps))


class ApplyProtocolCommand(QUndoCommand):
    """The editor's own remove/add commands run as one step (the wrapper keeps them alive)."""

    def __init__(self, name: str, steps: list[QUndoCommand]) -> None:
        super().__init__(f"Apply protocol {name}")
        self._steps = steps

    def redo(self) -> None:
        for step in self._steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self._steps):
            step.undo()
