"""ChartEditorWidget: the point-map editor (diagram tabs, the map, placements list, catalogue).

Public contract used by the session screen: set_document / document / undo_stack,
set_cautions, set_alerts, set_read_only, show_diagram; ``document_changed`` after any edit,
undo or redo, and ``confirmation_given(Confirmation)`` when a cautioned point is confirmed.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from acudesk.domain.chart import ChartDocument, Placement, PlacementKind
from acudesk.domain.point_cautions import PointCaution
from acudesk.domain.points import PointCatalog, Side
from acudesk.domain.screening import Alert
from acudesk.ui.chart.browser import PointBrowserWidget
from acudesk.ui.chart.controller import ChartController
from acudesk.ui.chart.diagrams import free_side
from acudesk.ui.chart.labels import needles_text
from acudesk.ui.chart.list_model import PlacementsListModel
from acudesk.ui.chart.scene import ChartScene
from acudesk.ui.chart.toolbar import ChartToolBarWidget
from acudesk.ui.chart.view import ChartView
from acudesk.ui.i18n import translate


def hint() -> str:
    return translate(
        "ChartEditorWidget",
        "Click a point to place a needle · Shift-click: free needle · Right-click a needle: more",
    )


class ChartEditorWidget(QWidget):
    document_changed = Signal()
    confirmation_given = Signal(object)  # domain Confirmation

    def __init__(self, catalog: PointCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.controller = ChartController(catalog, self)
        self.scene = ChartScene(catalog, self)
        self.view = ChartView(self.scene)
        self.toolbar = ChartToolBarWidget(catalog, self.controller.stack, self)
        self.list_model = PlacementsListModel(catalog, self)
        self._syncing = False
        self._read_only = False
        self._subscribed: ChartDocument | None = None
        self.side_tabs = self._side_tabs()
        self.hint_label = QLabel(hint())
        self.hint_label.setAccessibleName(translate("ChartEditorWidget", "Chart hint"))
        self.hint_label.setProperty("role", "hint")
        self._lay_out()
        self._add_shortcuts()
        self._connect()
        self.set_document(ChartDocument())
        self.show_diagram(next(iter(catalog.diagrams)))

    def _side_tabs(self) -> QTabWidget:
        """Beside the map: the placements with the needle count, and the point browser."""
        self.count_label = QLabel()
        self.count_label.setAccessibleName(translate("ChartEditorWidget", "Needle count"))
        self.count_label.setProperty("role", "heading")
        self.list_view = QListView()
        self.list_view.setAccessibleName(translate("ChartEditorWidget", "Placements"))
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setIconSize(QSize(16, 16))  # denser rows; the symbols still read
        placements_page = QWidget()
        page_layout = QVBoxLayout(placements_page)
        page_layout.setContentsMargins(6, 6, 6, 6)
        page_layout.setSpacing(4)
        page_layout.addWidget(self.count_label)
        page_layout.addWidget(self.list_view, 1)
        self.browser = PointBrowserWidget(self.catalog)
        tabs = QTabWidget()
        tabs.addTab(placements_page, translate("ChartEditorWidget", "Placements"))
        tabs.addTab(self.browser, translate("ChartEditorWidget", "Points"))
        return tabs

    def _lay_out(self) -> None:
        chart_side = QWidget()
        chart_layout = QVBoxLayout(chart_side)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.view, 1)
        chart_layout.addWidget(self.hint_label)
        self.splitter = QSplitter()
        self.splitter.addWidget(chart_side)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([760, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

    def _add_shortcuts(self) -> None:
        """Delete (or Backspace) removes, Escape cancels pairing: on the map and the list."""
        self.delete_action = QAction(translate("ChartEditorWidget", "Remove"), self)
        self.delete_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")]
        )
        self.escape_action = QAction(translate("ChartEditorWidget", "Cancel pairing"), self)
        self.escape_action.setShortcut(QKeySequence("Escape"))
        for widget in (self.view, self.list_view):
            for action in (self.delete_action, self.escape_action):
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                widget.addAction(action)

    def _connect(self) -> None:
        c, s, t = self.controller, self.scene, self.toolbar
        c.stack.indexChanged.connect(self._on_stack_index_changed)
        c.confirmation_given.connect(self.confirmation_given)
        c.pairing_started.connect(self._on_controller_pairing_started)
        s.point_clicked.connect(self._on_scene_point_clicked)
        s.free_clicked.connect(self._on_scene_free_clicked)
        s.move_requested.connect(self._on_scene_move_requested)
        s.pair_chosen.connect(c.pair)
        s.pairing_ended.connect(self._on_scene_pairing_ended)
        s.menu_requested.connect(self._on_scene_menu_requested)
        s.selectionChanged.connect(self._on_scene_selection_changed)
        t.diagram_chosen.connect(self.show_diagram)
        t.profile_side_chosen.connect(self._on_toolbar_profile_side_chosen)
        t.tool_chosen.connect(self._on_toolbar_tool_chosen)
        t.zoom_in_action.triggered.connect(self.view.zoom_in)
        t.zoom_out_action.triggered.connect(self.view.zoom_out)
        t.fit_action.triggered.connect(self.view.fit)
        self.delete_action.triggered.connect(self.remove_selected)
        self.escape_action.triggered.connect(self._on_scene_pairing_ended)
        self.list_view.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.list_view.customContextMenuRequested.connect(self._on_list_menu_requested)
        self.browser.point_selected.connect(self.locate_point)

    # Public contract

    def set_document(self, doc: ChartDocument) -> None:
        if self._subscribed is not None:
            self._subscribed.unsubscribe(self._on_document_event)
        self._subscribed = doc
        self.controller.doc = doc
        self.controller.stack.clear()
        doc.subscribe(self._on_document_event)
        self.list_model.set_document(doc)
        self.scene.set_document(doc)
        self._update_count()

    def document(self) -> ChartDocument:
        return self.controller.doc

    def undo_stack(self) -> QUndoStack:
        return self.controller.stack

    def set_cautions(self, cautions: dict[str, list[PointCaution]]) -> None:
        self.controller.cautions = cautions
        self.scene.set_cautions(cautions)

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.controller.alerts = list(alerts)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.controller.read_only = read_only
        self.scene.read_only = read_only
        self.toolbar.set_editable(not read_only)
        self.delete_action.setEnabled(not read_only)
        self.hint_label.setVisible(not read_only)

    def show_diagram(self, diagram_id: str, side: Side | None = None) -> None:
        side = side or self.scene.side
        self.scene.show_diagram(diagram_id, side)
        self.scene.tool = self.toolbar.tool
        self.toolbar.show_diagram(diagram_id, self.scene.side, self.scene.flipped_diagram)
        self.view.fit()
        self._on_scene_pairing_ended()

    # Editing actions (also reached from the menus)

    def remove_selected(self) -> None:
        self.controller.remove(self.scene.selected_ids() or self._list_selected_ids())

    def placement_menu(self, placement_id: str) -> QMenu:
        """The right-click menu of a placement (built fresh; the caller shows it)."""
        placement = self.controller.doc.get(placement_id)
        c = self.controller
        menu = QMenu(self)
        menu.setAccessibleName(translate("ChartEditorWidget", "Placement menu"))
        if self._read_only:
            return menu
        note = menu.addAction(
            translate("ChartEditorWidget", "Edit note…")
            if placement.note
            else translate("ChartEditorWidget", "Add note…")
        )
        note.triggered.connect(lambda: c.edit_note(placement_id))
        if placement.kind is PlacementKind.NEEDLE:
            needles = menu.addAction(translate("ChartEditorWidget", "Needles…"))
            needles.triggered.connect(lambda: c.edit_needles(placement_id))
            pair = menu.addAction(translate("ChartEditorWidget", "Pair for electro-stimulation"))
            pair.triggered.connect(lambda: c.begin_pairing(placement_id))
            if placement.electro_pair:
                unpair = menu.addAction(translate("ChartEditorWidget", "Unpair"))
                unpair.triggered.connect(lambda: c.unpair(placement_id))
        menu.addSeparator()
        remove = menu.addAction(translate("ChartEditorWidget", "Remove"))
        remove.triggered.connect(lambda: c.remove([placement_id]))
        return menu

    def locate_point(self, code: str) -> None:
        """Show a diagram the point is drawn on, centre it and pulse it."""
        point = self.catalog.point(code)
        if self.scene.diagram_id not in point.positions:
            shown = [d for d in self.catalog.diagrams if d in point.positions]
            if not shown:
                return
            self.show_diagram(shown[0])
        item = self.scene.pulse(code)
        if item is not None:
            self.view.centre_on_scene(item.pos(), zoom=1.6)

    # Slots

    def _on_stack_index_changed(self, _index: int) -> None:
        self.document_changed.emit()

    def _on_document_event(self, _event: str, _placement: Placement) -> None:
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(needles_text(self.controller.doc.needle_count))

    def _on_scene_point_clicked(self, code: str, side: Side) -> None:
        point = self.catalog.point(code)
        sides = [side]
        if point.is_bilateral and self.toolbar.both_sides:
            sides = [Side.RIGHT, Side.LEFT]
        self.controller.place_point(code, self.scene.diagram_id, sides)

    def _on_scene_free_clicked(self, kind: PlacementKind, x: float, y: float) -> None:
        side = free_side(self.catalog, self.scene.diagram_id, x, self.scene.side)
        self.controller.place_free(kind, self.scene.diagram_id, x, y, side)

    def _on_scene_move_requested(self, placement_id: str, x: float, y: float, drag: int) -> None:
        before = self.controller.stack.index()
        self.controller.move(placement_id, x, y, drag)
        if self.controller.stack.index() == before:  # merged into this drag's command
            self.document_changed.emit()

    def _on_scene_menu_requested(self, placement_id: str, at: QPoint) -> None:
        menu = self.placement_menu(placement_id)
        if not menu.isEmpty():
            menu.exec(at)

    def _on_list_menu_requested(self, at: QPoint) -> None:
        index = self.list_view.indexAt(at)
        if index.isValid():
            menu = self.placement_menu(self.list_model.placement_id(index.row()))
            if not menu.isEmpty():
                menu.exec(self.list_view.viewport().mapToGlobal(at))

    def _on_controller_pairing_started(self, placement_id: str) -> None:
        self.scene.pairing_from = placement_id
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        name = self.controller.doc.get(placement_id).point or translate(
            "ChartEditorWidget", "this needle"
        )
        self.hint_label.setText(
            translate(
                "ChartEditorWidget", "Click the second needle to pair with {name} · Esc cancels"
            ).format(name=name)
        )

    def _on_scene_pairing_ended(self) -> None:
        self.scene.pairing_from = None
        self.view.viewport().unsetCursor()
        self.hint_label.setText(hint())

    def _on_toolbar_profile_side_chosen(self, side: Side) -> None:
        self.show_diagram(self.scene.diagram_id, side)

    def _on_toolbar_tool_chosen(self, tool: str) -> None:
        self.scene.tool = tool

    def _list_selected_ids(self) -> list[str]:
        rows = self.list_view.selectionModel().selectedRows()
        return [self.list_model.placement_id(i.row()) for i in rows]

    def _on_list_selection_changed(self, *_args: QItemSelection) -> None:
        if self._syncing:
            return
        ids = self._list_selected_ids()
        if len(ids) == 1:
            placement = self.controller.doc.get(ids[0])
            if not self.scene.shows(placement):
                self._syncing = True
                self.show_diagram(placement.diagram, placement.side)
                self._syncing = False
        self._syncing = True
        self.scene.select_ids(ids)
        self._syncing = False

    def _on_scene_selection_changed(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        model = self.list_view.selectionModel()
        selection = QItemSelection()
        for pid in self.scene.selected_ids():
            index = self.list_model.index(self.list_model.row_of(pid))
            selection.select(index, index)
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._syncing = False
