"""The chart drawn as vectors: the SVG subset parser and the placements on top."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Shape

from acudesk.documents.chart_drawing import (
    NEEDLE,
    chart_drawing,
    chart_drawings,
    chart_legend,
    legend_entries,
)
from acudesk.documents.svg_paths import SvgError, load_svg, parse_svg, path_commands
from acudesk.domain.chart import ChartDocument, Placement, PlacementKind
from acudesk.domain.points import Side
from acudesk.resources import resource
from acudesk.services.catalog import point_catalog
from tests.documents.aftercare_samples import sample_chart

DIAGRAMS = ["face_front.svg", "face_profile.svg", "body_front.svg", "body_back.svg"]


def _flat(node: Group) -> list[Shape]:
    out: list[Shape] = []
    for child in node.contents:
        out += _flat(child) if isinstance(child, Group) else [child]
    return out


@pytest.mark.parametrize("name", DIAGRAMS)
def test_each_shipped_diagram_parses_inside_its_viewbox(name):
    svg = load_svg(resource("diagrams", name))
    x0, y0, w, h = svg.view_box
    assert len(svg.shapes) > 10
    assert any(isinstance(s, Path) for s in svg.shapes)
    for shape in svg.shapes:
        left, bottom, right, top = shape.getBounds()
        assert x0 - 1 <= left and right <= x0 + w + 1, (name, shape.getBounds())
        assert y0 - 1 <= bottom and top <= y0 + h + 1, (name, shape.getBounds())
    # The paint comes from the groups: strokes and skin fills are inherited, not black.
    assert any(s.strokeColor is not None for s in svg.shapes)


def test_parsed_diagrams_are_cached():
    path = resource("diagrams", "face_front.svg")
    assert load_svg(path) is load_svg(path)


def test_quadratic_becomes_the_exact_cubic():
    # Q from (0,0) with control (3,6) to (6,0): cubic controls at 2/3 towards (3,6).
    assert path_commands("M0 0 Q3 6 6 0") == [
        ("M", (0.0, 0.0)),
        ("C", (2.0, 4.0, 4.0, 4.0, 6.0, 0.0)),
    ]
    # T reflects the previous control point: (3,6) about (6,0) gives (9,-6).
    commands = path_commands("M0 0Q3 6 6 0T12 0")
    assert commands[2] == ("C", (8.0, -4.0, 10.0, -4.0, 12.0, 0.0))


def test_relative_smooth_and_line_commands():
    commands = path_commands("m10 10 h5 v5 l-5 0 c0 -1 1 -2 2 -2 s2 1 2 2 z")
    assert commands[0] == ("M", (10.0, 10.0))
    assert commands[1] == ("L", (15.0, 10.0))
    assert commands[2] == ("L", (15.0, 15.0))
    assert commands[3] == ("L", (10.0, 15.0))
    assert commands[4] == ("C", (10.0, 14.0, 11.0, 13.0, 12.0, 13.0))
    # S reflects (11,13) about (12,13) to (13,13).
    assert commands[5] == ("C", (13.0, 13.0, 14.0, 14.0, 14.0, 15.0))
    assert commands[6] == ("Z", ())
    # Numbers after a moveto are linetos; packed numbers like "1.5.5" are two numbers.
    assert path_commands("M0 0 1.5.5") == [("M", (0.0, 0.0)), ("L", (1.5, 0.5))]


def test_a_command_short_of_numbers_is_named():
    with pytest.raises(SvgError, match="path command M needs 2 numbers"):
        path_commands("M 10 L 5 5")
    with pytest.raises(SvgError, match="numbers after Z"):
        path_commands("M0 0 L1 1 Z 3")


@pytest.mark.parametrize(
    "svg",
    [
        '<svg viewBox="0 0 10 10"><text>hi</text></svg>',
        '<svg viewBox="0 0 10 10"><g transform="scale(2)"><circle r="1"/></g></svg>',
        '<svg viewBox="0 0 10 10"><path d="M0 0 A5 5 0 0 1 10 10"/></svg>',
        '<svg viewBox="0 0 10 10"><circle r="1" style="fill:red"/></svg>',
        "<svg><circle r='1'/></svg>",
    ],
)
def test_anything_outside_the_subset_is_refused(svg):
    with pytest.raises(SvgError):
        parse_svg(svg)


def test_group_paint_is_inherited_and_overridden():
    svg = parse_svg(
        '<svg viewBox="0 0 10 10"><g fill="#ff0000" stroke="#0000ff" stroke-width="2">'
        '<circle cx="5" cy="5" r="1"/><ellipse cx="5" cy="5" rx="2" ry="1" fill="none"/>'
        '<line x1="0" y1="0" x2="1" y2="1"/><polyline points="0,0 1,1 2,0"/>'
        '<polygon points="0,0 1,1 2,0"/></g></svg>'
    )
    circle, ellipse, line, polyline, polygon = svg.shapes
    assert circle.fillColor.hexval() == "0xff0000" and circle.strokeWidth == 2
    assert ellipse.fillColor is None and ellipse.strokeColor.hexval() == "0x0000ff"
    assert isinstance(line, Line) and polygon.fillColor.hexval() == "0xff0000"
    assert polyline.strokeColor.hexval() == "0x0000ff"


def _needle_dots(drawing: Drawing) -> list[Circle]:
    return [
        s
        for s in _flat(drawing)
        if isinstance(s, Circle) and s.fillColor == NEEDLE and s.r < 2.8 and s.r > 2.5
    ]


def test_one_needle_symbol_per_needle_placement():
    doc = sample_chart()
    catalog = point_catalog()
    drawing = chart_drawing(doc, catalog, "face-front", 200)
    needles_here = [p for p in doc.on("face-front") if p.kind is PlacementKind.NEEDLE]
    assert len(_needle_dots(drawing)) == len(needles_here) == 7
    assert drawing.width == 200 and drawing.height == pytest.approx(200 * 760 / 600)
    # Badges carry the counts of multi-needle spots; the electro pair is a dashed line.
    badges = sorted(s.text for s in _flat(drawing) if hasattr(s, "text"))
    assert badges == ["2", "2", "3"]
    assert any(isinstance(s, Line) and s.strokeDashArray for s in _flat(drawing))


def test_placements_land_where_the_chart_says():
    doc = ChartDocument()
    doc.add(Placement("a", PlacementKind.NEEDLE, "face-front", 0.25, 0.1))
    drawing = chart_drawing(doc, point_catalog(), "face-front", 300)
    symbol = drawing.contents[-1]
    assert symbol.transform[4] == pytest.approx(75)
    assert symbol.transform[5] == pytest.approx(drawing.height * 0.9)  # PDF y is from the foot


def test_profile_left_placements_go_on_a_flipped_copy():
    doc = ChartDocument()
    doc.add(Placement("r", PlacementKind.NEEDLE, "face-profile", 0.6, 0.5, side=Side.RIGHT))
    doc.add(Placement("l", PlacementKind.NEEDLE, "face-profile", 0.6, 0.5, side=Side.LEFT))
    doc.add(Placement("l2", PlacementKind.BRUISE, "face-profile", 0.5, 0.4, side=Side.LEFT))
    drawings = chart_drawings(doc, point_catalog(), 150)
    assert [d.id for d, _ in drawings] == ["face-profile", "face-profile"]
    right, left = (drawing for _, drawing in drawings)
    assert len(_needle_dots(right)) == 1 and len(_needle_dots(left)) == 1
    assert left.contents[-1].transform[4] == pytest.approx(150 * 0.4)  # mirrored x
    assert right.contents[-1].transform[4] == pytest.approx(150 * 0.6)
    assert left.contents[0].transform[0] < 0 < right.contents[0].transform[0]


def test_only_the_diagrams_used_are_drawn():
    doc = ChartDocument()
    doc.add(Placement("a", PlacementKind.MARK, "body-back", 0.5, 0.5))
    assert [d.id for d, _ in chart_drawings(doc, point_catalog(), 100)] == ["body-back"]
    assert chart_drawings(ChartDocument(), point_catalog(), 100) == []


def test_legend_lists_only_what_the_chart_shows():
    doc = sample_chart()
    keys = legend_entries(doc)
    assert keys == ["needle", "needles", "mark", "bruise", "redness", "electro"]
    legend = chart_legend(keys, {"needle": "ago"}, 200)
    assert legend is not None
    words = [s.text for s in _flat(legend) if hasattr(s, "text")]
    assert "ago" in words and "electro" in words
    assert chart_legend([], {}, 200) is None


def test_placements_share_one_symbol_each_in_a_group_of_their_own():
    doc = ChartDocument()
    doc.add(Placement("a", PlacementKind.NEEDLE, "face-front", 0.25, 0.1))
    doc.add(Placement("b", PlacementKind.NEEDLE, "face-front", 0.75, 0.6))
    doc.add(Placement("c", PlacementKind.NEEDLE, "face-front", 0.5, 0.5, needles=3))
    drawing = chart_drawing(doc, point_catalog(), "face-front", 300)
    first, second, third = drawing.contents[-3:]
    assert first.contents[0] is second.contents[0]  # the same needle, placed twice
    assert third.contents[0] is not first.contents[0]  # three needles: its badge says so
    assert (first.transform[4], second.transform[4]) == pytest.approx((75, 225))
    again = chart_drawing(doc, point_catalog(), "face-front", 150)
    assert again.contents[-1].contents[0] is third.contents[0]
    assert again.contents[-1].transform[4] == pytest.approx(75)
