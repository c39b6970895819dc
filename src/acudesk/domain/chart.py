"""The chart of one session: what was placed where. A plain document with change events.

The point-map editor mirrors it (one graphics item per placement) and changes it only through
undoable commands; the PDF and PNG renderers draw from it. Coordinates are normalised to the
diagram (0..1 from the top-left), so the same document draws at any size.
"""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate
from acudesk.domain.points import MIRROR_FLIP, Diagram, Side


class PlacementKind(enum.StrEnum):
    NEEDLE = "needle"
    MARK = "mark"
    BRUISE = "bruise"
    BLEEDING = "bleeding"
    REDNESS = "redness"

    @property
    def label(self) -> str:
        return PLACEMENT_LABELS[self]

    @property
    def is_reaction(self) -> bool:
        return self in (PlacementKind.BRUISE, PlacementKind.BLEEDING, PlacementKind.REDNESS)


PLACEMENT_LABELS = LazyTexts(
    "chart",
    {
        PlacementKind.NEEDLE: QT_TRANSLATE_NOOP("chart", "Needle"),
        PlacementKind.MARK: QT_TRANSLATE_NOOP("chart", "Mark"),
        PlacementKind.BRUISE: QT_TRANSLATE_NOOP("chart", "Bruise"),
        PlacementKind.BLEEDING: QT_TRANSLATE_NOOP("chart", "Bleeding"),
        PlacementKind.REDNESS: QT_TRANSLATE_NOOP("chart", "Redness"),
    },
)

MAX_NEEDLES_PER_PLACEMENT = 20
NOTE_MAX = 500


@dataclass(frozen=True, slots=True)
class Placement:
    """One needle (or a few at one spot), a free mark, or a reaction seen on the skin."""

    id: str
    kind: PlacementKind
    diagram: str
    x: float
    y: float
    point: str | None = None  # catalogue code, or None for a free position
    side: Side = Side.MIDLINE
    needles: int = 1
    electro_pair: str | None = None  # the same pair id on the two paired needles
    note: str = ""
    caution: str = ""  # why the practitioner confirmed a cautioned point ("" when not needed)

    @property
    def needle_count(self) -> int:
        return self.needles if self.kind is PlacementKind.NEEDLE else 0


def visible_on(placement: Placement, diagram: Diagram, side: Side) -> bool:
    """Whether a placement shows on ``diagram`` seen from ``side``: a profile shows one side
    (and the midline); front and back views show both. The same on screen and on paper."""
    if placement.diagram != diagram.id:
        return False
    return diagram.mirror != MIRROR_FLIP or placement.side in (side, Side.MIDLINE)


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


class ChartError(ValueError):
    """A change the chart refuses (unknown placement, pairing a mark, ...)."""


Listener = Callable[[str, Placement], None]  # (event, placement): "added", "removed", "changed"


@dataclass
class ChartDocument:
    """The placements of one session, in the order they were made."""

    _items: dict[str, Placement] = field(default_factory=dict)
    _listeners: list[Listener] = field(default_factory=list, repr=False, compare=False)

    # Reading

    def __iter__(self) -> Iterator[Placement]:
        return iter(list(self._items.values()))

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, placement_id: object) -> bool:
        return placement_id in self._items

    def get(self, placement_id: str) -> Placement:
        try:
            return self._items[placement_id]
        except KeyError:
            raise ChartError(f"No placement {placement_id} on this chart.") from None

    def index_of(self, placement_id: str) -> int:
        return list(self._items).index(placement_id)

    @property
    def needle_count(self) -> int:
        return sum(p.needle_count for p in self._items.values())

    def on(self, diagram: str) -> list[Placement]:
        return [p for p in self._items.values() if p.diagram == diagram]

    def electro_pairs(self) -> dict[str, list[Placement]]:
        pairs: dict[str, list[Placement]] = {}
        for p in self._items.values():
            if p.electro_pair:
                pairs.setdefault(p.electro_pair, []).append(p)
        return pairs

    @property
    def uses_electro(self) -> bool:
        return any(p.electro_pair for p in self._items.values())

    # Listening

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _emit(self, event: str, placement: Placement) -> None:
        for listener in list(self._listeners):
            listener(event, placement)

    # Changing (the editor's commands call these; each has an exact inverse)

    def add(self, placement: Placement, index: int | None = None) -> Placement:
        if placement.id in self._items:
            raise ChartError(f"Placement {placement.id} is already on the chart.")
        checked = _checked(placement)
        items = list(self._items.items())
        position = len(items) if index is None else max(0, min(index, len(items)))
        items.insert(position, (checked.id, checked))
        self._items = dict(items)
        self._emit("added", checked)
        return checked

    def remove(self, placement_id: str) -> Placement:
        placement = self.get(placement_id)
        del self._items[placement_id]
        self._emit("removed", placement)
        return placement

    def update(self, placement_id: str, **changes: Any) -> Placement:
        """Replace fields of a placement; returns the placement as it was before."""
        before = self.get(placement_id)
        after = _checked(replace(before, **changes))
        self._items[placement_id] = after
        self._emit("changed", after)
        return before

    # Storage

    def to_list(self) -> list[dict[str, Any]]:
        return [placement_to_dict(p) for p in self._items.values()]

    @classmethod
    def from_list(cls, raw: list[dict[str, Any]]) -> ChartDocument:
        """The document of a stored chart; each placement checked as ``add`` checks it."""
        items: dict[str, Placement] = {}
        for item in raw:
            placement = _checked(placement_from_dict(item))
            if placement.id in items:
                raise ChartError(f"Placement {placement.id} is already on the chart.")
            items[placement.id] = placement
        return cls(items)

    @classmethod
    def from_json(cls, text: str) -> ChartDocument:
        """The document of a chart stored as JSON text (a list of placements)."""
        try:
            raw = json.loads(text) if text else []
        except ValueError:
            raise ChartError("The chart is not readable (damaged JSON).") from None
        if not isinstance(raw, list):
            raise ChartError("The chart is not readable (expected a list of placements).")
        return cls.from_list(raw)


def _checked(p: Placement) -> Placement:
    if not p.diagram:
        raise ChartError(translate("chart", "A placement needs a diagram."))
    if p.kind is PlacementKind.NEEDLE and not 1 <= p.needles <= MAX_NEEDLES_PER_PLACEMENT:
        raise ChartError(
            translate("chart", "Needles at one spot: 1 to {most}.").format(
                most=MAX_NEEDLES_PER_PLACEMENT
            )
        )
    if p.electro_pair and p.kind is not PlacementKind.NEEDLE:
        raise ChartError(translate("chart", "Only needles can be paired for electro-stimulation."))
    if len(p.note) > NOTE_MAX:
        raise ChartError(
            translate("chart", "A note on the chart is {most} characters at most.").format(
                most=NOTE_MAX
            )
        )
    return replace(
        p, x=clamp(p.x), y=clamp(p.y), needles=p.needles if p.kind is PlacementKind.NEEDLE else 0
    )


def placement_to_dict(p: Placement) -> dict[str, Any]:
    return {
        "id": p.id,
        "kind": p.kind.value,
        "diagram": p.diagram,
        "x": round(p.x, 5),
        "y": round(p.y, 5),
        "point": p.point,
        "side": p.side.value,
        "needles": p.needles,
        "electro_pair": p.electro_pair,
        "note": p.note,
        "caution": p.caution,
    }


def placement_from_dict(raw: dict[str, Any]) -> Placement:
    try:
        return Placement(
            id=str(raw.get("id") or new_id()),
            kind=PlacementKind(raw["kind"]),
            diagram=str(raw["diagram"]),
            x=float(raw["x"]),
            y=float(raw["y"]),
            point=str(raw["point"]) if raw.get("point") else None,
            side=Side(raw.get("side") or Side.MIDLINE.value),
            needles=int(raw.get("needles", 1)),
            electro_pair=str(raw["electro_pair"]) if raw.get("electro_pair") else None,
            note=str(raw.get("note") or ""),
            caution=str(raw.get("caution") or ""),
        )
    except (KeyError, ValueError, TypeError) as error:
        raise ChartError(f"A placement in the chart is malformed: {error}") from None
