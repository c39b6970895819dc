"""Reading acudesk's diagram SVGs into reportlab vector shapes, so PDFs draw them crisply.

The diagrams are drawn in a small subset on purpose: a root ``svg`` with a viewBox; ``g``
carrying presentation attributes; ``path`` (M L H V C S Q T Z, absolute and relative, no
arcs), ``circle``, ``ellipse``, ``line``, ``polyline``, ``polygon``; no transforms, CSS or
text. Anything else raises SvgError, so a drawing that strays from the subset is caught by
the tests instead of printing wrong. Shapes keep the SVG's own coordinates (y down); the
caller places them with one group transform.
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.shapes import (
    Circle,
    Ellipse,
    Line,
    Polygon,
    PolyLine,
    Shape,
)
from reportlab.graphics.shapes import (
    Path as RLPath,
)
from reportlab.lib.colors import Color, HexColor, toColor

SVG_NS = "{http://www.w3.org/2000/svg}"
SHAPES = frozenset({"path", "circle", "ellipse", "line", "polyline", "polygon"})
IGNORED = frozenset({"title", "desc", "metadata"})
PAINT_ATTRIBUTES = (
    "fill",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "opacity",
    "fill-opacity",
    "stroke-opacity",
)
FORBIDDEN_ATTRIBUTES = frozenset({"transform", "style", "class"})
_LINECAPS = {"butt": 0, "round": 1, "square": 2}
_LINEJOINS = {"miter": 0, "round": 1, "bevel": 2}
_TOKEN = re.compile(r"[MLHVCSQTZmlhvcsqtz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0}


class SvgError(ValueError):
    """The file uses something outside acudesk's SVG subset; the message says what."""


@dataclass(frozen=True, slots=True)
class ParsedSvg:
    """A diagram's shapes in viewBox units (y down). Shared: never mutate the shapes."""

    view_box: tuple[float, float, float, float]
    shapes: tuple[Shape, ...]

    @property
    def width(self) -> float:
        return self.view_box[2]

    @property
    def height(self) -> float:
        return self.view_box[3]


Command = tuple[str, tuple[float, ...]]


def path_commands(d: str) -> list[Command]:
    """Path data as absolute commands M, L, C and Z only (H/V, S, Q/T and relatives resolved).

    Quadratic segments become the exact cubic with control points 2/3 of the way to the
    quadratic's control point; S and T reflect the previous control point.
    """
    pen = _Pen()
    return [pen.draw(command, args) for command, args in _read_path(d)]


def _read_path(d: str) -> Iterator[tuple[str, list[float]]]:
    """Each command of the path data with its numbers, implicit repeats made explicit."""
    tokens = _TOKEN.findall(d)
    if "".join(tokens).replace(" ", "") != re.sub(r"[\s,]", "", d):
        bad = re.sub(r"[\s,MLHVCSQTZmlhvcsqtz0-9.eE+-]", "", d)
        raise SvgError(f"unsupported path data {bad[:10]!r} (arcs and the like are not allowed)")
    i = 0
    command = ""
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command = token
            i += 1
        elif not command:
            raise SvgError("path data must start with a command")
        elif command in "Mm":  # numbers after a moveto are implicit linetos
            command = "L" if command == "M" else "l"
        arity = _ARITY[command.upper()]
        numbers = tokens[i : i + arity]
        if len(numbers) != arity or any(t.isalpha() for t in numbers):
            raise SvgError(f"path command {command} needs {arity} numbers")
        i += arity
        if command in "Zz" and i < len(tokens) and not tokens[i].isalpha():
            raise SvgError("numbers after Z")
        yield command, [float(t) for t in numbers]


@dataclass
class _Pen:
    """Where the path is: the current point, the subpath's start, the last control points."""

    x: float = 0.0
    y: float = 0.0
    start: tuple[float, float] = (0.0, 0.0)
    last_cubic: tuple[float, float] | None = None  # second control point of the last C/S
    last_quad: tuple[float, float] | None = None  # control point of the last Q/T

    def draw(self, command: str, args: list[float]) -> Command:
        upper = command.upper()
        if upper == "Z":
            self.x, self.y = self.start
            self.last_cubic = self.last_quad = None
            return ("Z", ())
        if upper == "H":
            upper, args = "L", [args[0] + (self.x if command == "h" else 0.0), self.y]
        elif upper == "V":
            upper, args = "L", [self.x, args[0] + (self.y if command == "v" else 0.0)]
        elif command.islower():
            args = [v + (self.x if n % 2 == 0 else self.y) for n, v in enumerate(args)]
        if upper in "ML":
            self.x, self.y = args
            if upper == "M":
                self.start = (self.x, self.y)
            self.last_cubic = self.last_quad = None
            return (upper, (self.x, self.y))
        if upper in "CS":
            return self._cubic(upper, args)
        return self._quadratic(upper, args)

    def _cubic(self, upper: str, args: list[float]) -> Command:
        if upper == "S":
            last = self.last_cubic
            c1 = (2 * self.x - last[0], 2 * self.y - last[1]) if last else (self.x, self.y)
            args = [*c1, *args]
        self.last_cubic = (args[2], args[3])
        self.last_quad = None
        self.x, self.y = args[4], args[5]
        return ("C", tuple(args))

    def _quadratic(self, upper: str, args: list[float]) -> Command:
        if upper == "T":
            last = self.last_quad
            q = (2 * self.x - last[0], 2 * self.y - last[1]) if last else (self.x, self.y)
            args = [*q, *args]
        qx, qy, ex, ey = args
        x, y = self.x, self.y
        self.last_quad = (qx, qy)
        self.last_cubic = None
        self.x, self.y = ex, ey
        return (
            "C",
            (
                x + 2 / 3 * (qx - x),
                y + 2 / 3 * (qy - y),
                ex + 2 / 3 * (qx - ex),
                ey + 2 / 3 * (qy - ey),
                ex,
                ey,
            ),
        )


def _number(value: str | None, name: str) -> float:
    if value is None:
        raise SvgError(f"missing attribute {name}")
    try:
        return float(value.strip().removesuffix("px"))
    except ValueError:
        raise SvgError(f"{name}={value!r} is not a number") from None


def _points(value: str | None) -> list[float]:
    numbers = [
        float(v) for v in re.findall(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", value or "")
    ]
    if len(numbers) < 4 or len(numbers) % 2:
        raise SvgError("points needs at least two x,y pairs")
    return numbers


def _colour(value: str, opacity: float) -> Color | None:
    if value in ("none", "transparent"):
        return None
    try:
        colour = HexColor(value) if value.startswith("#") else toColor(value)
    except (ValueError, TypeError):
        raise SvgError(f"unsupported colour {value!r}") from None
    if opacity < 1.0:
        colour = Color(colour.red, colour.green, colour.blue, alpha=opacity)
    return colour


def _style(shape: Shape, paint: dict[str, str]) -> Shape:
    opacity = float(paint.get("opacity", "1"))
    fill = _colour(paint.get("fill", "black"), opacity * float(paint.get("fill-opacity", "1")))
    stroke = _colour(paint.get("stroke", "none"), opacity * float(paint.get("stroke-opacity", "1")))
    if not isinstance(shape, (Line, PolyLine)):
        shape.fillColor = fill
    shape.strokeColor = stroke
    shape.strokeWidth = _number(paint.get("stroke-width", "1"), "stroke-width")
    shape.strokeLineCap = _LINECAPS.get(paint.get("stroke-linecap", "butt"), 0)
    shape.strokeLineJoin = _LINEJOINS.get(paint.get("stroke-linejoin", "miter"), 0)
    return shape


def _path(d: str | None) -> RLPath:
    path = RLPath()
    for command, args in path_commands(d or ""):
        if command == "M":
            path.moveTo(*args)
        elif command == "L":
            path.lineTo(*args)
        elif command == "C":
            path.curveTo(*args)
        else:
            path.closePath()
    return path


def _shape(tag: str, e: ET.Element) -> Shape:
    get = e.get
    if tag == "path":
        return _path(get("d"))
    if tag == "circle":
        return Circle(
            _number(get("cx", "0"), "cx"), _number(get("cy", "0"), "cy"), _number(get("r"), "r")
        )
    if tag == "ellipse":
        return Ellipse(
            _number(get("cx", "0"), "cx"),
            _number(get("cy", "0"), "cy"),
            _number(get("rx"), "rx"),
            _number(get("ry"), "ry"),
        )
    if tag == "line":
        return Line(*(_number(get(a, "0"), a) for a in ("x1", "y1", "x2", "y2")))
    if tag == "polyline":
        return PolyLine(_points(get("points")))
    return Polygon(_points(get("points")))


def _walk(element: ET.Element, paint: dict[str, str], out: list[Shape]) -> None:
    for child in element:
        tag = child.tag.removeprefix(SVG_NS)
        if tag in IGNORED:
            continue
        forbidden = FORBIDDEN_ATTRIBUTES & set(child.attrib)
        if forbidden:
            raise SvgError(f"<{tag}> uses {', '.join(sorted(forbidden))}, which is not supported")
        inherited = dict(paint)
        inherited.update({k: v for k, v in child.attrib.items() if k in PAINT_ATTRIBUTES})
        if tag == "g":
            _walk(child, inherited, out)
        elif tag in SHAPES:
            if len(child):
                raise SvgError(f"<{tag}> must not contain other elements")
            out.append(_style(_shape(tag, child), inherited))
        else:
            raise SvgError(f"<{tag}> is not supported in acudesk diagrams")


def parse_svg(source: str | bytes) -> ParsedSvg:
    """The shapes of an SVG document in the subset (see the module docstring)."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as error:
        raise SvgError(f"not well-formed XML: {error}") from None
    if root.tag.removeprefix(SVG_NS) != "svg":
        raise SvgError("the root element must be <svg>")
    box = [float(v) for v in re.split(r"[\s,]+", (root.get("viewBox") or "").strip()) if v]
    if len(box) != 4 or box[2] <= 0 or box[3] <= 0:
        raise SvgError("the root <svg> needs a viewBox with a positive width and height")
    shapes: list[Shape] = []
    paint = {k: v for k, v in root.attrib.items() if k in PAINT_ATTRIBUTES}
    _walk(root, paint, shapes)
    return ParsedSvg((box[0], box[1], box[2], box[3]), tuple(shapes))


_cache: dict[Path, ParsedSvg] = {}
_lock = threading.Lock()


def load_svg(path: Path) -> ParsedSvg:
    """A diagram file parsed once per process (the result is shared; treat it as read-only)."""
    parsed = _cache.get(path)
    if parsed is None:
        with _lock:
            parsed = _cache.get(path)
            if parsed is None:
                try:
                    parsed = parse_svg(path.read_bytes())
                except SvgError as error:
                    raise SvgError(f"{path.name}: {error}") from None
                _cache[path] = parsed
    return parsed
