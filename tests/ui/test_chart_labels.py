"""The needles' codes on the point map never sit on one another, nor on a needle."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, QRectF

from acudesk.domain.chart import Placement, PlacementKind, new_id
from acudesk.domain.points import Side
from acudesk.ui.chart.label_layout import Box, LabelSpec, place_labels
from tests.ui.chart_support import make_editor
from tests.ui.session_support import FACE, chart_of


def _screen_rects(editor) -> dict[str, QRectF]:
    """Each labelled needle's label as drawn, in the view's pixels."""
    rects = {}
    for item in editor.scene.placement_items():
        label = item.label_rect()
        if label is not None:
            centre = editor.view.mapFromScene(item.pos())
            rects[item.placement.point] = label.translated(centre.x(), centre.y())
    return rects


def _load(editor, chart: list[dict]) -> None:
    from acudesk.domain.chart import ChartDocument

    editor.set_document(ChartDocument.from_list(chart))
    editor.show_diagram(FACE)


def test_st3_and_li20_labels_do_not_collide_at_fit(qtbot):
    editor = make_editor(qtbot)
    _load(editor, chart_of("ST3", "LI20", "ST6"))
    rects = _screen_rects(editor)
    assert set(rects) == {"ST3", "LI20", "ST6"}
    for (a, ra), (b, rb) in combinations(rects.items(), 2):
        assert not ra.intersects(rb), f"{a} {ra} overlaps {b} {rb}"


def test_a_dense_cluster_at_fit_and_zoomed_keeps_every_label_apart(qtbot):
    editor = make_editor(qtbot)
    codes = ("ST3", "LI20", "ST2", "ST1", "SI18", "ST4", "LI19", "ST6", "ST7", "GV26")
    known = [c for c in codes if editor.catalog.points.get(c)]
    assert len(known) >= 6
    _load(editor, chart_of(*known))
    for _zoom in range(3):
        rects = list(_screen_rects(editor).items())
        assert len(rects) == len(known)
        for (a, ra), (b, rb) in combinations(rects, 2):
            assert not ra.intersects(rb), f"{a} overlaps {b}"
        editor.view.zoom_in()


def test_the_layout_keeps_labels_off_each_other_and_off_needles():
    """Twelve needles 6 px apart in a row: each label finds a free spot, none over a needle."""
    specs = [LabelSpec(100 + 6 * i, 100, 26, 12) for i in range(12)]
    boxes = place_labels(specs, 4, 9)
    for a, b in combinations(boxes, 2):
        assert not a.intersects(b)
    needles = [Box(s.x - 4, s.y - 4, 8, 8) for s in specs]
    assert sum(box.overlap(n) for box in boxes for n in needles) == 0


def test_a_lone_label_goes_outward_and_an_earlier_one_stays_put():
    right, left = place_labels(
        [LabelSpec(300, 100, 30, 12), LabelSpec(50, 100, 30, 12, leftward=True)], 4, 9
    )
    assert right.x == 309 and left.right == 41
    first = place_labels([LabelSpec(100, 100, 30, 12)], 4, 9)[0]
    crowded = place_labels([LabelSpec(100, 100, 30, 12), LabelSpec(104, 100, 30, 12)], 4, 9)
    assert crowded[0] == first and crowded[1] != first


def test_the_exported_picture_draws_each_label_once(qtbot):
    from acudesk.domain.chart import ChartDocument
    from acudesk.services.catalog import point_catalog
    from acudesk.ui.chart.render import render_chart

    doc = ChartDocument.from_list(chart_of("ST3", "LI20"))
    doc.add(Placement(new_id(), PlacementKind.BRUISE, FACE, 0.4, 0.5, None, Side.MIDLINE))
    image = render_chart(doc, point_catalog(), FACE, 480)
    assert image.width() == 480 and not image.isNull()


def test_the_exported_picture_draws_each_code_in_its_laid_out_box(qtbot):
    """What a code adds to the picture lies inside the box the layout gave it, and it does
    add something there (the letters are stamped, not lost or put elsewhere)."""
    from acudesk.domain.chart import ChartDocument
    from acudesk.services.catalog import point_catalog
    from acudesk.ui.chart import symbols
    from acudesk.ui.chart.render import REFERENCE_WIDTH, render_chart

    catalog, width = point_catalog(), 960
    coded = ChartDocument.from_list(chart_of("ST6", "GV24"))
    bare = ChartDocument.from_list([{**p, "point": None} for p in chart_of("ST6", "GV24")])
    with_codes = render_chart(coded, catalog, FACE, width, show_points=False)
    without = render_chart(bare, catalog, FACE, width, show_points=False)
    height, scale = with_codes.height(), width / REFERENCE_WIDTH
    specs = []
    for placement in coded.on(FACE):
        w, h = symbols.label_size(placement.point or "", scale)
        x, y = placement.x * width, placement.y * height
        specs.append(LabelSpec(x, y, w, h, x < width / 2 - 1))
    boxes = place_labels(specs, 9 * scale, 9 * scale)
    allowed = [QRect(round(b.x) - 3, round(b.y) - 3, round(b.w) + 6, round(b.h) + 6) for b in boxes]
    changed_in = [0] * len(boxes)
    for y in range(height):
        for x in range(width):
            if with_codes.pixel(x, y) != without.pixel(x, y):
                inside = [n for n, rect in enumerate(allowed) if rect.contains(x, y)]
                assert inside, f"a label pixel at {x},{y} lies outside every label's box"
                changed_in[inside[0]] += 1
    assert all(count > 20 for count in changed_in), changed_in


def _brute_force(specs: list[LabelSpec], radius: float, gap: float) -> list[Box]:
    """The layout's rule read plainly: every candidate costed against every box so far."""
    from acudesk.ui.chart.label_layout import _candidates

    needles = [Box(s.x - radius, s.y - radius, 2 * radius, 2 * radius) for s in specs]
    placed: list[Box] = []
    for spec in specs:
        costed = [
            (sum(b.overlap(o) for o in placed + needles), n, b)
            for n, b in enumerate(_candidates(spec, gap))
        ]
        free = [b for cost, _n, b in costed if cost == 0]
        placed.append(free[0] if free else min(costed, key=lambda c: (c[0], c[1]))[2])
    return placed


@settings(max_examples=150, derandomize=True, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 400), st.integers(0, 300), st.integers(10, 40), st.booleans()),
        max_size=30,
    )
)
def test_the_layout_is_the_brute_force_rule(needles: list[tuple[int, int, int, bool]]) -> None:
    specs = [LabelSpec(x, y, w, 12, left) for x, y, w, left in needles]
    assert place_labels(specs, 7, 9) == _brute_force(specs, 7, 9)


def test_the_toolbar_actions_carry_icons_and_tooltips(qtbot):
    editor = make_editor(qtbot)
    bar = editor.toolbar
    actions = [
        bar.zoom_out_action,
        bar.zoom_in_action,
        bar.fit_action,
        bar.undo_action,
        bar.redo_action,
        *bar.tool_group.actions(),
        *bar.sides_group.actions(),
    ]
    for action in actions:
        assert not action.icon().isNull(), action.text()
        assert action.toolTip() and action.toolTip() != action.text(), action.text()
    assert "Ctrl+0" in bar.fit_action.toolTip()
