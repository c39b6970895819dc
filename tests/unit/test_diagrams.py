"""The diagram SVGs keep to the small subset the PDF renderer understands."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from acudesk.services.catalog import diagram_path, point_catalog

SVG = "{http://www.w3.org/2000/svg}"
PRESENTATION = {"stroke", "stroke-width", "fill", "stroke-linecap", "stroke-linejoin", "opacity"}
GEOMETRY = {
    "path": {"d"},
    "circle": {"cx", "cy", "r"},
    "ellipse": {"cx", "cy", "rx", "ry"},
    "line": {"x1", "y1", "x2", "y2"},
    "polyline": {"points"},
    "polygon": {"points"},
}
COLOUR = re.compile(r"#[0-9a-f]{6}|none")
NUMBER = r"-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?"
PATH_TOKEN = re.compile(rf"\s*(?:([MLHVCSQTZmlhvcsqtz])|({NUMBER}))\s*,?")

DIAGRAMS = ["face-front", "face-profile", "body-front", "body-back"]


def _path_commands(d: str) -> set[str]:
    commands: set[str] = set()
    position = 0
    while position < len(d):
        token = PATH_TOKEN.match(d, position)
        assert token, f"unexpected path data at {d[position : position + 20]!r}"
        if token.group(1):
            commands.add(token.group(1))
        position = token.end()
    return commands


@pytest.mark.parametrize("diagram_id", DIAGRAMS)
def test_diagram_uses_only_the_agreed_subset(diagram_id):
    root = ET.parse(diagram_path(diagram_id)).getroot()
    diagram = point_catalog().diagram(diagram_id)
    assert root.tag == f"{SVG}svg"
    assert set(root.attrib) == {"viewBox", "width", "height"}
    assert root.attrib["viewBox"] == f"0 0 {diagram.width:g} {diagram.height:g}"
    assert (float(root.attrib["width"]), float(root.attrib["height"])) == (
        diagram.width,
        diagram.height,
    )
    shapes = 0
    for element in root.iter():
        if element is root:
            continue
        tag = element.tag.removeprefix(SVG)
        assert element.tag.startswith(SVG), element.tag
        assert tag == "g" or tag in GEOMETRY, f"{tag} is not allowed"
        allowed = PRESENTATION | GEOMETRY.get(tag, set())
        assert set(element.attrib) <= allowed, f"{tag}: {set(element.attrib) - allowed}"
        assert not (element.text or "").strip(), "no text in diagrams"
        for key in ("stroke", "fill"):
            if key in element.attrib:
                assert COLOUR.fullmatch(element.attrib[key]), element.attrib[key]
        if tag == "path":
            assert _path_commands(element.attrib["d"]) <= set("MLHVCSQTZmlhvcsqtz")
        shapes += tag != "g"
        if tag in GEOMETRY:
            assert not list(element), f"{tag} should not have children"
    assert shapes > 20


def test_arcs_and_transforms_are_refused_by_the_checks():
    assert "A" not in _path_commands("M0 0 L10 10 C1 2 3 4 5 6 Z")
    with pytest.raises(AssertionError):
        _path_commands("M0 0 A5 5 0 0 1 10 10")


@pytest.mark.parametrize("diagram_id", ["face-front", "body-front", "body-back"])
def test_front_and_back_views_are_symmetric_about_the_midline(diagram_id):
    """Each numeric x of the drawing has its mirror image, so the midline is exactly W/2."""
    text = diagram_path(diagram_id).read_text(encoding="utf-8")
    width = point_catalog().diagram(diagram_id).width
    xs = [float(x) for x in re.findall(r'\b(?:cx|x1|x2)="(-?[\d.]+)"', text)]
    mirrored = {round(width - x, 1) for x in xs}
    assert mirrored == {round(x, 1) for x in xs}
