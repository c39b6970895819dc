"""Helpers for the point-map tests: an editor on screen, clicks where a person would click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from acudesk.domain.points import Side
from acudesk.domain.screening import RULES, Alert
from acudesk.services.catalog import point_catalog
from acudesk.ui.chart.editor import ChartEditorWidget


def make_editor(qtbot, diagram: str = "face-front") -> ChartEditorWidget:
    editor = ChartEditorWidget(point_catalog())
    qtbot.addWidget(editor)
    editor.resize(1100, 780)
    with qtbot.waitActive(editor):  # shortcuts (undo, delete, zoom) fire in the active window
        editor.show()
        editor.activateWindow()
    editor.show_diagram(diagram)
    editor.view.setFocus()
    return editor


def point_position(editor: ChartEditorWidget, code: str, side: Side = Side.RIGHT) -> QPoint:
    item = editor.scene.point_item(code, side)
    assert item is not None, f"{code} ({side}) is not drawn on {editor.scene.diagram_id}"
    return editor.view.mapFromScene(item.pos())


def click_at(
    qtbot,
    editor: ChartEditorWidget,
    at: QPoint,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
) -> None:
    qtbot.mouseClick(editor.view.viewport(), button, modifier, at)


def click_point(qtbot, editor: ChartEditorWidget, code: str, side: Side = Side.RIGHT) -> None:
    click_at(qtbot, editor, point_position(editor, code, side))


def placement_position(editor: ChartEditorWidget, placement_id: str) -> QPoint:
    item = editor.scene.placement_item(placement_id)
    assert item is not None
    return editor.view.mapFromScene(item.pos())


def list_texts(editor: ChartEditorWidget) -> list[str]:
    model = editor.list_model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def alert(alert_id: str, area: str = "") -> Alert:
    rule = RULES[alert_id]
    return Alert(
        alert_id,
        rule.severity,
        rule.message,
        rule.action,
        blocks_electro=alert_id == "pacemaker",
        area=area,
    )


def open_dialog(kind: type[QWidget]) -> QWidget | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None
