"""How placements read in the side list and tooltips: "ST6 Jiache · right · 1 needle"."""

from __future__ import annotations

from acudesk.domain.chart import Placement, PlacementKind
from acudesk.domain.points import Diagram, Point, Side
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, translate

KIND_LABELS = {
    PlacementKind.NEEDLE: QT_TRANSLATE_NOOP("ChartLabels", "Needle"),
    PlacementKind.MARK: QT_TRANSLATE_NOOP("ChartLabels", "Mark"),
    PlacementKind.BRUISE: QT_TRANSLATE_NOOP("ChartLabels", "Bruise"),
    PlacementKind.BLEEDING: QT_TRANSLATE_NOOP("ChartLabels", "Bleeding"),
    PlacementKind.REDNESS: QT_TRANSLATE_NOOP("ChartLabels", "Redness"),
}
# Lower case, as they read inside a sentence ("Add bruise").
KIND_WORDS = {
    PlacementKind.NEEDLE: QT_TRANSLATE_NOOP("ChartLabels", "needle"),
    PlacementKind.MARK: QT_TRANSLATE_NOOP("ChartLabels", "mark"),
    PlacementKind.BRUISE: QT_TRANSLATE_NOOP("ChartLabels", "bruise"),
    PlacementKind.BLEEDING: QT_TRANSLATE_NOOP("ChartLabels", "bleeding"),
    PlacementKind.REDNESS: QT_TRANSLATE_NOOP("ChartLabels", "redness"),
}
SIDE_WORDS = {
    Side.RIGHT: QT_TRANSLATE_NOOP("ChartLabels", "right"),
    Side.LEFT: QT_TRANSLATE_NOOP("ChartLabels", "left"),
    Side.MIDLINE: QT_TRANSLATE_NOOP("ChartLabels", "midline"),
}
# The shipped diagrams' titles (the catalogue is English); a clinic's own stay as written.
DIAGRAM_TITLES = (
    QT_TRANSLATE_NOOP("ChartLabels", "Face, front"),
    QT_TRANSLATE_NOOP("ChartLabels", "Face, profile"),
    QT_TRANSLATE_NOOP("ChartLabels", "Body, front"),
    QT_TRANSLATE_NOOP("ChartLabels", "Body, back"),
)


def kind_label(kind: PlacementKind) -> str:
    return translate("ChartLabels", KIND_LABELS[kind])


def kind_word(kind: PlacementKind) -> str:
    return translate("ChartLabels", KIND_WORDS[kind])


def side_word(side: Side) -> str:
    return translate("ChartLabels", SIDE_WORDS[side])


def diagram_title(diagram: Diagram) -> str:
    return translate("ChartLabels", diagram.title)


def needles_text(count: int) -> str:
    if count == 0:
        return translate("ChartLabels", "No needles")
    return translate("ChartLabels", "%n needles", None, count)


def placement_text(placement: Placement, point: Point | None = None) -> str:
    if placement.kind is PlacementKind.NEEDLE:
        if placement.point:
            name = f"{placement.point} {point.pinyin}" if point else placement.point
        else:
            name = translate("ChartLabels", "Free needle")
    else:
        name = kind_label(placement.kind)
    parts = [name]
    if placement.side is not Side.MIDLINE:
        parts.append(side_word(placement.side))
    if placement.kind is PlacementKind.NEEDLE:
        parts.append(needles_text(placement.needles).lower())
    if placement.electro_pair:
        parts.append(translate("ChartLabels", "electro"))
    return " · ".join(parts)
