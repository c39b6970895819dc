"""The point-map editor, clicked like a practitioner would: placing, moving, sides, selection."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from acudesk.domain.chart import PlacementKind
from acudesk.domain.points import Side
from tests.ui.chart_support import (
    click_at,
    click_point,
    list_texts,
    make_editor,
    placement_position,
    point_position,
)
from tests.ui.widgets import named


def test_click_on_a_point_places_a_needle_listed_and_counted(qtbot):
    editor = make_editor(qtbot)
    with qtbot.waitSignal(editor.document_changed):
        click_point(qtbot, editor, "ST6", Side.RIGHT)
    (placement,) = list(editor.document())
    assert (placement.kind, placement.point, placement.side) == (
        PlacementKind.NEEDLE,
        "ST6",
        Side.RIGHT,
    )
    assert editor.scene.placement_item(placement.id) is not None
    assert list_texts(editor) == ["ST6 Jiache · right · 1 needle"]
    assert named(editor, "Needle count").text() == "1 needle"


def test_the_left_point_of_a_pair_gives_a_left_needle(qtbot):
    editor = make_editor(qtbot)
    click_point(qtbot, editor, "LI20", Side.LEFT)
    (placement,) = list(editor.document())
    assert placement.side is Side.LEFT
    assert placement.x > 0.5  # the client's left is on the right of a front view


def test_both_sides_places_two_needles_and_one_undo_removes_both(qtbot):
    editor = make_editor(qtbot)
    editor.toolbar.set_both_sides(True)
    click_point(qtbot, editor, "ST2", Side.RIGHT)
    assert sorted(p.side for p in editor.document()) == [Side.LEFT, Side.RIGHT]
    assert named(editor, "Needle count").text() == "2 needles"
    assert editor.undo_stack().count() == 1
    editor.undo_stack().undo()
    assert len(editor.document()) == 0
    assert editor.scene.placement_items() == []
    assert named(editor, "Needle count").text() == "No needles"


def test_midline_point_takes_one_needle_even_with_both_sides(qtbot):
    editor = make_editor(qtbot)
    editor.toolbar.set_both_sides(True)
    click_point(qtbot, editor, "GV20", Side.MIDLINE)
    assert [p.side for p in editor.document()] == [Side.MIDLINE]


def test_shift_click_anywhere_places_a_free_needle_or_mark(qtbot):
    editor = make_editor(qtbot)
    rect = editor.scene.diagram_rect()
    at = editor.view.mapFromScene(rect.width() * 0.42, rect.height() * 0.62)
    click_at(qtbot, editor, at, Qt.KeyboardModifier.ShiftModifier)
    editor.toolbar.set_tool("mark")
    click_at(qtbot, editor, at + QPoint(30, 0), Qt.KeyboardModifier.ShiftModifier)
    needle, mark = list(editor.document())
    assert (needle.kind, needle.point) == (PlacementKind.NEEDLE, None)
    assert mark.kind is PlacementKind.MARK
    assert abs(needle.x - 0.42) < 0.01 and abs(needle.y - 0.62) < 0.01
    assert list_texts(editor)[0] == "Free needle · right · 1 needle"


def test_reaction_tools_place_at_the_click(qtbot):
    editor = make_editor(qtbot)
    rect = editor.scene.diagram_rect()
    for index, tool in enumerate(("bruise", "bleeding", "redness")):
        editor.toolbar.set_tool(tool)
        at = editor.view.mapFromScene(rect.width() * 0.3, rect.height() * (0.5 + 0.05 * index))
        click_at(qtbot, editor, at)
    kinds = [p.kind for p in editor.document()]
    assert kinds == [PlacementKind.BRUISE, PlacementKind.BLEEDING, PlacementKind.REDNESS]
    assert named(editor, "Needle count").text() == "No needles"
    assert "Bruise" in list_texts(editor)[0]


def test_plain_click_on_the_background_places_nothing(qtbot):
    editor = make_editor(qtbot)
    click_at(qtbot, editor, QPoint(5, 5))
    assert len(editor.document()) == 0


def test_drag_moves_a_needle_in_one_undo_step(qtbot):
    editor = make_editor(qtbot)
    click_point(qtbot, editor, "ST4", Side.RIGHT)
    (before,) = list(editor.document())
    start = placement_position(editor, before.id)
    viewport = editor.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + QPoint(6 * step, 4 * step))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(30, 20))
    after = editor.document().get(before.id)
    assert after.x > before.x and after.y > before.y
    assert editor.undo_stack().count() == 2  # the placing, and one move for the whole drag
    assert placement_position(editor, before.id) != start
    editor.undo_stack().undo()
    restored = editor.document().get(before.id)
    assert (restored.x, restored.y) == (before.x, before.y)
    assert placement_position(editor, before.id) == start


def test_selecting_in_the_list_selects_on_the_chart_and_back(qtbot):
    editor = make_editor(qtbot)
    click_point(qtbot, editor, "ST6", Side.RIGHT)
    click_point(qtbot, editor, "GV20", Side.MIDLINE)
    first, second = list(editor.document())
    editor.list_view.setCurrentIndex(editor.list_model.index(1))
    assert editor.scene.selected_ids() == [second.id]
    click_at(qtbot, editor, placement_position(editor, first.id))
    rows = [i.row() for i in editor.list_view.selectionModel().selectedRows()]
    assert rows == [0]
    assert editor.scene.selected_ids() == [first.id]


def test_selecting_a_placement_on_another_diagram_shows_that_diagram(qtbot):
    editor = make_editor(qtbot)
    click_point(qtbot, editor, "ST6", Side.RIGHT)
    editor.show_diagram("body-front")
    editor.list_view.setCurrentIndex(editor.list_model.index(0))
    assert editor.scene.diagram_id == "face-front"


def test_delete_key_removes_the_selection_and_undo_brings_it_back(qtbot):
    editor = make_editor(qtbot)
    click_point(qtbot, editor, "ST6", Side.RIGHT)
    (placement,) = list(editor.document())
    click_at(qtbot, editor, placement_position(editor, placement.id))
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert len(editor.document()) == 0
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.id for p in editor.document()] == [placement.id]
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, modifiers)
    assert len(editor.document()) == 0


def test_profile_shows_one_side_at_a_time_and_mirrors_the_left(qtbot):
    editor = make_editor(qtbot, "face-profile")
    right = point_position(editor, "ST6", Side.RIGHT)
    click_point(qtbot, editor, "ST6", Side.RIGHT)
    editor.show_diagram("face-profile", Side.LEFT)
    assert editor.scene.flipped
    assert editor.scene.placement_items() == []  # the right-side needle is on the other view
    left = point_position(editor, "ST6", Side.LEFT)
    assert left.x() != right.x()
    click_point(qtbot, editor, "ST6", Side.LEFT)
    sides = sorted(p.side for p in editor.document())
    assert sides == [Side.LEFT, Side.RIGHT]
    xs = {p.x for p in editor.document()}
    assert len(xs) == 1  # one coordinate in the drawing's frame, shown mirrored


def test_zoom_keys_and_wheel_change_the_view_and_fit_restores(qtbot):
    editor = make_editor(qtbot)
    fitted = editor.view.transform().m11()
    qtbot.keyClick(editor.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert editor.view.transform().m11() > fitted
    qtbot.keyClick(editor.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert editor.view.transform().m11() < fitted
    qtbot.keyClick(editor.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(editor.view.transform().m11() - fitted) < 1e-6


def test_zooming_in_shows_point_codes(qtbot):
    editor = make_editor(qtbot)
    item = editor.scene.point_item("ST2", Side.RIGHT)
    assert not item.label_visible
    for _ in range(4):
        editor.view.zoom_in()
    assert item.label_visible


def test_read_only_chart_places_nothing(qtbot):
    editor = make_editor(qtbot)
    editor.set_read_only(True)
    click_point(qtbot, editor, "ST6", Side.RIGHT)
    assert len(editor.document()) == 0


def test_midline_points_mirror_with_the_left_profile(qtbot):
    editor = make_editor(qtbot, "face-profile")
    width = editor.scene.diagram_rect().width()
    right_x = editor.scene.point_item("GV20").pos().x()
    editor.show_diagram("face-profile", Side.LEFT)
    assert editor.scene.point_item("GV20").pos().x() == width - right_x
