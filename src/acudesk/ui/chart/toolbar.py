"""The editor's chrome: diagram tabs, the profile side, tools, sides for bilateral points, zoom."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTabBar,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acudesk.domain.chart import PlacementKind
from acudesk.domain.points import PointCatalog, Side
from acudesk.ui.chart import toolbar_icons as icons_
from acudesk.ui.chart.labels import diagram_title, kind_label
from acudesk.ui.chart.list_model import kind_icon
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, translate

TOOL_TIPS = {
    "needle": QT_TRANSLATE_NOOP(
        "ChartToolBarWidget",
        "Click a point to place a needle; Shift-click anywhere for a free needle",
    ),
    "mark": QT_TRANSLATE_NOOP("ChartToolBarWidget", "Shift-click anywhere for a free mark"),
    "bruise": QT_TRANSLATE_NOOP("ChartToolBarWidget", "Click where a bruise is seen"),
    "bleeding": QT_TRANSLATE_NOOP("ChartToolBarWidget", "Click where bleeding is seen"),
    "redness": QT_TRANSLATE_NOOP("ChartToolBarWidget", "Click where redness is seen"),
}


def _t(text: str) -> str:
    return translate("ChartToolBarWidget", text)


def _group(parent: QWidget, bar: QToolBar, entries: list[tuple[str, str, str]]) -> QActionGroup:
    group = QActionGroup(parent)
    group.setExclusive(True)
    for key, text, tip in entries:
        action = QAction(text, parent)
        action.setCheckable(True)
        action.setData(key)
        action.setToolTip(tip)
        group.addAction(action)
        bar.addAction(action)
    group.actions()[0].setChecked(True)
    return group


class ChartToolBarWidget(QWidget):
    diagram_chosen = Signal(str)
    profile_side_chosen = Signal(object)  # Side
    tool_chosen = Signal(str)

    def __init__(self, catalog: PointCatalog, stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self._owner = parent
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(self._diagram_row(catalog))
        self.bar = QToolBar()
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._add_tools()
        self.bar.addSeparator()
        self._add_undo_redo(stack)
        outer.addWidget(self.bar)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            parent.addAction(action)

        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.profile_group.triggered.connect(self._on_profile_group_triggered)
        self.tool_group.triggered.connect(self._on_tool_group_triggered)

    def _diagram_row(self, catalog: PointCatalog) -> QHBoxLayout:
        """The diagrams as tabs, and (on a profile) which side of the face is shown."""
        top = QHBoxLayout()
        self.tabs = QTabBar()
        self.tabs.setAccessibleName(translate("ChartToolBarWidget", "Diagram"))
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.diagram_ids = list(catalog.diagrams)
        for diagram_id in self.diagram_ids:
            self.tabs.addTab(diagram_title(catalog.diagrams[diagram_id]))
        top.addWidget(self.tabs)
        top.addStretch(1)
        self.profile_bar = QToolBar()
        self.profile_group = _group(
            self,
            self.profile_bar,
            [
                (
                    "right",
                    translate("ChartToolBarWidget", "Right side"),
                    translate(
                        "ChartToolBarWidget", "The client's right side of the face in profile"
                    ),
                ),
                (
                    "left",
                    translate("ChartToolBarWidget", "Left side"),
                    translate(
                        "ChartToolBarWidget", "The client's left side (the drawing mirrored)"
                    ),
                ),
            ],
        )
        top.addWidget(self.profile_bar)
        top.addWidget(self._zoom_bar())
        return top

    def _zoom_bar(self) -> QToolBar:
        """Zoom beside the diagram tabs, where the row has room in every language (the tools'
        row fills up with the longer names of some languages)."""
        bar = QToolBar()
        self.zoom_out_action = self._action(translate("ChartToolBarWidget", "Zoom out"), ["Ctrl+-"])
        self.zoom_in_action = self._action(
            translate("ChartToolBarWidget", "Zoom in"), ["Ctrl+=", "Ctrl++"]
        )
        self.fit_action = self._action(translate("ChartToolBarWidget", "Fit"), ["Ctrl+0"])
        self.fit_action.setToolTip(
            translate("ChartToolBarWidget", "Show the whole drawing (Ctrl+0)")
        )
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # the tooltips name them
        icons = (icons_.zoom_out_icon(), icons_.zoom_in_icon(), icons_.fit_icon())
        for action, icon in zip(
            (self.zoom_out_action, self.zoom_in_action, self.fit_action), icons, strict=True
        ):
            action.setIcon(icon)
            bar.addAction(action)
        return bar

    def _add_tools(self) -> None:
        """What a click places, and whether a bilateral point gets one needle or two."""
        tools = [(key, kind_label(PlacementKind(key)), _t(tip)) for key, tip in TOOL_TIPS.items()]
        self.tool_group = _group(self, self.bar, tools)
        for action in self.tool_group.actions():
            action.setIcon(kind_icon(PlacementKind(action.data())))
        self.bar.addSeparator()
        self.bar.addWidget(QLabel(translate("ChartToolBarWidget", " Bilateral: ")))
        self.sides_group = _group(
            self,
            self.bar,
            [
                (
                    "one",
                    translate("ChartToolBarWidget", "This side"),
                    translate(
                        "ChartToolBarWidget", "A bilateral point gets a needle on the side clicked"
                    ),
                ),
                (
                    "both",
                    translate("ChartToolBarWidget", "Both sides"),
                    translate("ChartToolBarWidget", "A bilateral point gets a needle on each side"),
                ),
            ],
        )
        for action in self.sides_group.actions():
            action.setIcon(icons_.sides_icon(action.data() == "both"))
            button = self.bar.widgetForAction(action)
            if isinstance(button, QToolButton):  # icons only (the tooltips say which): the
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # row fits

    def _add_undo_redo(self, stack: QUndoStack) -> None:
        # Fixed labels (the stack's own actions grow with the command text and shift the bar);
        # the tooltip says what would be undone.
        self.undo_action = QAction(translate("ChartToolBarWidget", "Undo"), self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(translate("ChartToolBarWidget", "Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(stack.redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        # C++-to-C++ connections: Qt drops them itself when either side is destroyed, whatever
        # order Python tears the editor down in (Python slots here failed at teardown).
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self.undo_action.setStatusTip)
        stack.redoTextChanged.connect(self.redo_action.setStatusTip)
        self.undo_action.setToolTip(
            translate("ChartToolBarWidget", "Undo the last change (Ctrl+Z)")
        )
        self.redo_action.setToolTip(translate("ChartToolBarWidget", "Redo (Ctrl+Shift+Z)"))
        self.undo_action.setIcon(icons_.undo_icon())
        self.redo_action.setIcon(icons_.redo_icon())
        for action in (self.undo_action, self.redo_action):
            self.bar.addAction(action)
            button = self.bar.widgetForAction(action)
            if isinstance(button, QToolButton):  # icons only: the row is full in Italian
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _action(self, text: str, keys: list[str]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({keys[0]})")
        self._owner.addAction(action)
        return action

    def show_diagram(self, diagram_id: str, side: Side, flip: bool) -> None:
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(self.diagram_ids.index(diagram_id))
        self.tabs.blockSignals(False)
        self.profile_bar.setVisible(flip)
        for action in self.profile_group.actions():
            action.setChecked(action.data() == ("left" if side is Side.LEFT else "right"))

    @property
    def tool(self) -> str:
        checked = self.tool_group.checkedAction()
        return str(checked.data()) if checked else "needle"

    def set_tool(self, tool: str) -> None:
        for action in self.tool_group.actions():
            if action.data() == tool:
                action.setChecked(True)
                self.tool_chosen.emit(tool)

    @property
    def both_sides(self) -> bool:
        checked = self.sides_group.checkedAction()
        return checked is not None and str(checked.data()) == "both"

    def set_both_sides(self, both: bool) -> None:
        self.sides_group.actions()[1 if both else 0].setChecked(True)

    def set_editable(self, editable: bool) -> None:
        for group in (self.tool_group, self.sides_group):
            group.setEnabled(editable)
        self.undo_action.setVisible(editable)
        self.redo_action.setVisible(editable)

    def _on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(self.diagram_ids):
            self.diagram_chosen.emit(self.diagram_ids[index])

    def _on_profile_group_triggered(self, action: QAction) -> None:
        self.profile_side_chosen.emit(Side.LEFT if action.data() == "left" else Side.RIGHT)

    def _on_tool_group_triggered(self, action: QAction) -> None:
        self.tool_chosen.emit(str(action.data()))
