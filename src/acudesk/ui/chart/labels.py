"""How placements read in the side list and tooltips: "ST6 Jiache · right · 1 needle"."""

from __future__ import annotations

from acudesk.domain.chart import Placement, PlacementKind
from acudesk.domain.points import Point, Side


def needles_text(count: int) -> str:
    if count == 0:
        return "No needles"
    return "1 needle" if count == 1 else f"{count} needles"


def placement_text(placement: Placement, point: Point | None = None) -> str:
    if placement.kind is PlacementKind.NEEDLE:
        if placement.point:
            name = f"{placement.point} {point.pinyin}" if point else placement.point
        else:
            name = "Free needle"
    elif placement.kind is PlacementKind.MARK:
        name = "Mark"
    else:
        name = placement.kind.label
    parts = [name]
    if placement.side is not Side.MIDLINE:
        parts.append(placement.side.value)
    if placement.kind is PlacementKind.NEEDLE:
        parts.append(needles_text(placement.needles).lower())
    if placement.electro_pair:
        parts.append("electro")
    return " · ".join(parts)
