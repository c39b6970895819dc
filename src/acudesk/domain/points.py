"""The point catalogue: diagrams, acupuncture points and where each point sits.

Positions are normalised to the diagram (0..1 from the left and from the top of its viewBox)
and are stored for the client's RIGHT side. The other side is derived from the diagram's
mirror rule, so one stored coordinate serves both sides and the two can never drift apart.
Body zones and intake-area matching live in point_areas and are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts
from acudesk.domain.point_areas import ZONES as ZONES
from acudesk.domain.point_areas import AreaMatch as AreaMatch
from acudesk.domain.point_areas import Side as Side
from acudesk.domain.point_areas import area_match as area_match
from acudesk.domain.point_areas import zones_for_area as zones_for_area
from acudesk.domain.text import fold

FORMAT = "acudesk-points/1"

MIRROR_MIDLINE = "midline"
"""Front and back views: the other side is the reflection about x = 0.5."""
MIRROR_FLIP = "flip"
"""Profile views: one side is drawn; the other side is the same drawing shown mirrored."""
MIRRORS = frozenset({MIRROR_MIDLINE, MIRROR_FLIP})

BILATERAL = "bilateral"
MIDLINE = "midline"
LATERALITIES = frozenset({BILATERAL, MIDLINE})

# A point's general cautions, by the catalogue's word for them; lower case, as they follow
# the point's name ("ST1: in the orbit or on its rim").
CAUTIONS: Mapping[str, str] = LazyTexts(
    "points",
    {
        "vessel": QT_TRANSLATE_NOOP("points", "near a vessel that bruises or bleeds easily"),
        "artery": QT_TRANSLATE_NOOP("points", "over or beside a large artery"),
        "eye": QT_TRANSLATE_NOOP("points", "in the orbit or on its rim"),
        "lung": QT_TRANSLATE_NOOP("points", "over the lung (shallow, oblique needling only)"),
        "throat": QT_TRANSLATE_NOOP("points", "over the throat or airway"),
    },
)


class CatalogError(ValueError):
    """The catalogue file is not what acudesk expects; the message says where."""


@dataclass(frozen=True)
class Diagram:
    id: str
    file: str
    title: str
    width: float
    height: float
    mirror: str

    def flipped_for(self, side: Side) -> bool:
        """True when the drawing itself is shown mirrored for this side (profile, left)."""
        return self.mirror == MIRROR_FLIP and side is Side.LEFT


@dataclass(frozen=True)
class Point:
    code: str
    pinyin: str
    english: str
    channel: str
    region: str
    zones: tuple[str, ...]
    location: str
    cosmetic_use: str
    laterality: str
    pregnancy_caution: bool
    cautions: tuple[str, ...]
    caution_note: str
    positions: dict[str, tuple[float, float]] = field(hash=False, compare=False)

    @property
    def is_bilateral(self) -> bool:
        return self.laterality == BILATERAL

    def sides(self) -> tuple[Side, ...]:
        return (Side.RIGHT, Side.LEFT) if self.is_bilateral else (Side.MIDLINE,)


def position(point: Point, diagram: Diagram, side: Side) -> tuple[float, float]:
    """Where ``point`` sits on ``diagram`` for ``side``, in the drawing's own frame.

    Midline-mirror diagrams: the left side is x' = 1 - x. Flip diagrams: the coordinate is
    the same, on the drawing shown mirrored (see ``Diagram.flipped_for``). Midline points
    ignore the side. Raises KeyError when the point does not show on the diagram and
    ValueError when a bilateral point is asked for the midline.
    """
    x, y = point.positions[diagram.id]
    if not point.is_bilateral or side is Side.RIGHT:
        return x, y
    if side is Side.MIDLINE:
        raise ValueError(f"{point.code} is bilateral: choose the left or the right side")
    if diagram.mirror == MIRROR_MIDLINE:
        return 1.0 - x, y
    return x, y


def _search_key(text: str) -> str:
    return re.sub(r"[\s\-_.]", "", fold(text))


def _names(point: Point) -> list[str]:
    """Folded names and their alternatives: "Shuigou (Renzhong)" gives both names."""
    names: list[str] = []
    for value in (point.pinyin, point.english):
        for part in re.split(r"[/()]", value):
            if part.strip():
                names.append(fold(part))
    return names


class PointCatalog:
    """Diagrams by id and points by code, in catalogue order."""

    def __init__(self, diagrams: Iterable[Diagram], points: Iterable[Point]) -> None:
        self.diagrams: dict[str, Diagram] = {d.id: d for d in diagrams}
        self.points: dict[str, Point] = {}
        self.duplicate_codes: list[str] = []
        for point in points:
            if point.code in self.points:
                self.duplicate_codes.append(point.code)
            self.points.setdefault(point.code, point)

    def __len__(self) -> int:
        return len(self.points)

    def point(self, code: str) -> Point:
        return self.points[code]

    def diagram(self, diagram_id: str) -> Diagram:
        return self.diagrams[diagram_id]

    def points_on(self, diagram_id: str) -> list[Point]:
        return [p for p in self.points.values() if diagram_id in p.positions]

    def position(self, point: Point, diagram_id: str, side: Side) -> tuple[float, float]:
        return position(point, self.diagrams[diagram_id], side)

    def search(self, text: str) -> list[Point]:
        """Points whose code, pinyin or English name match, best first.

        Exact code, then an exact name, then a code or name (or one of its words) that
        starts with the text, then the text anywhere in them.
        """
        query = fold(text)
        key = _search_key(text)
        if not key:
            return []
        ranked: list[tuple[int, int, Point]] = []
        for order, point in enumerate(self.points.values()):
            code = _search_key(point.code)
            names = _names(point)
            words = [w for name in names for w in re.split(r"[\s\-']+", name) if w]
            if code == key:
                rank = 0
            elif query in names:
                rank = 1
            elif code.startswith(key) or any(n.startswith(query) for n in names + words):
                rank = 2
            elif key in code or any(query in n for n in names):
                rank = 3
            else:
                continue
            ranked.append((rank, order, point))
        ranked.sort(key=lambda item: (item[0], item[1]))
        return [point for _, _, point in ranked]


def _need(raw: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in raw:
        raise CatalogError(f"{where}: '{key}' is missing")
    value = raw[key]
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise CatalogError(f"{where}: '{key}' should be a number, not {value!r}")
        return float(value)
    if not isinstance(value, kind):
        raise CatalogError(f"{where}: '{key}' should be a {kind.__name__}, not {value!r}")
    return value


def _strings(raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = _need(raw, key, list, where)
    if not all(isinstance(v, str) for v in values):
        raise CatalogError(f"{where}: '{key}' should be a list of words")
    return tuple(values)


def _positions(raw: Mapping[str, Any], where: str) -> dict[str, tuple[float, float]]:
    positions: dict[str, tuple[float, float]] = {}
    for diagram_id, xy in _need(raw, "positions", dict, where).items():
        ok = isinstance(xy, list) and len(xy) == 2
        if not ok or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in xy):
            raise CatalogError(f"{where}: position on {diagram_id} should be [x, y]")
        positions[diagram_id] = (float(xy[0]), float(xy[1]))
    return positions


def _parse_point(raw: Any, index: int) -> Point:
    where = f"point {index + 1}"
    if not isinstance(raw, dict):
        raise CatalogError(f"{where} should be an object")
    code = _need(raw, "code", str, where)
    where = f"point {code}"
    return Point(
        code=code,
        pinyin=_need(raw, "pinyin", str, where),
        english=_need(raw, "english", str, where),
        channel=_need(raw, "channel", str, where),
        region=_need(raw, "region", str, where),
        zones=_strings(raw, "zones", where),
        location=_need(raw, "location", str, where),
        cosmetic_use=_need(raw, "cosmetic_use", str, where),
        laterality=_need(raw, "laterality", str, where),
        pregnancy_caution=_need(raw, "pregnancy_caution", bool, where),
        cautions=_strings(raw, "cautions", where),
        caution_note=_need(raw, "caution_note", str, where),
        positions=_positions(raw, where),
    )


def parse_catalog(raw: Any) -> PointCatalog:
    """Build the catalogue from its JSON form; CatalogError says what is malformed."""
    if not isinstance(raw, dict):
        raise CatalogError("the point catalogue should be a JSON object")
    if raw.get("format") != FORMAT:
        raise CatalogError(f"the point catalogue format should be {FORMAT!r}")
    diagrams = []
    for diagram_id, d in _need(raw, "diagrams", dict, "catalogue").items():
        where = f"diagram {diagram_id}"
        if not isinstance(d, dict):
            raise CatalogError(f"{where} should be an object")
        diagrams.append(
            Diagram(
                id=diagram_id,
                file=_need(d, "file", str, where),
                title=_need(d, "title", str, where),
                width=_need(d, "width", float, where),
                height=_need(d, "height", float, where),
                mirror=_need(d, "mirror", str, where),
            )
        )
    points = [_parse_point(p, i) for i, p in enumerate(_need(raw, "points", list, "catalogue"))]
    return PointCatalog(diagrams, points)


def check_catalog(catalog: PointCatalog) -> list[str]:
    """Everything wrong with a parsed catalogue, one sentence each; empty when sound."""
    problems = [f"{code}: the code is used twice" for code in catalog.duplicate_codes]
    for diagram in catalog.diagrams.values():
        if diagram.mirror not in MIRRORS:
            problems.append(f"diagram {diagram.id}: unknown mirror rule {diagram.mirror!r}")
        if diagram.width <= 0 or diagram.height <= 0:
            problems.append(f"diagram {diagram.id}: width and height must be positive")
    for point in catalog.points.values():
        problems.extend(_point_problems(point, catalog.diagrams))
    return problems


def _point_problems(point: Point, diagrams: Mapping[str, Diagram]) -> list[str]:
    code = point.code
    problems = []
    if not code.strip():
        problems.append("a point has an empty code")
    if point.laterality not in LATERALITIES:
        problems.append(f"{code}: laterality should be bilateral or midline")
    problems += [f"{code}: unknown zone {z!r}" for z in point.zones if z not in ZONES]
    problems += [f"{code}: unknown caution {c!r}" for c in point.cautions if c not in CAUTIONS]
    if not point.zones:
        problems.append(f"{code}: no zone given")
    if not point.positions:
        problems.append(f"{code}: shows on no diagram")
    for diagram_id, (x, y) in point.positions.items():
        diagram = diagrams.get(diagram_id)
        if diagram is None:
            problems.append(f"{code}: placed on unknown diagram {diagram_id!r}")
            continue
        if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
            problems.append(f"{code}: position on {diagram_id} is outside the drawing")
        if diagram.mirror != MIRROR_MIDLINE:
            continue
        if point.laterality == MIDLINE and x != 0.5:
            problems.append(f"{code}: midline point is not at x = 0.5 on {diagram_id}")
        if point.is_bilateral and abs(x - 0.5) < 0.005:
            problems.append(f"{code}: bilateral point lies on the midline of {diagram_id}")
    return problems
