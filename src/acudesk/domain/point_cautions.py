"""Which points carry a caution for this client, from the client's screening alerts.

A cautioned point is drawn as such on the map, and placing a needle there asks the
practitioner to confirm and give a reason. Electro-stimulation is refused while the
pacemaker alert stands, and warned for epilepsy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from acudesk.domain.chart import Placement, PlacementKind
from acudesk.domain.i18n import translate
from acudesk.domain.points import Point, Side, area_match
from acudesk.domain.screening import Alert

# Where an alert with no area written on it usually concerns.
DEFAULT_ZONES = {"herpes-outbreak": frozenset({"lips", "mouth", "upper-lip", "nose"})}
AREA_ALERTS = ("recent-procedure", "skin-infection", "herpes-outbreak", "lymphoedema")


@dataclass(frozen=True, slots=True)
class PointCaution:
    point: str
    alert: str
    message: str
    side: Side | None = None  # None: both sides

    def applies_to(self, side: Side) -> bool:
        return self.side is None or side is Side.MIDLINE or side is self.side


def point_cautions(points: Iterable[Point], alerts: list[Alert]) -> dict[str, list[PointCaution]]:
    """Point code -> the cautions that concern it for a client with these alerts."""
    found: dict[str, list[PointCaution]] = {}
    points = list(points)

    def add(point: Point, alert: Alert, message: str, side: Side | None = None) -> None:
        found.setdefault(point.code, []).append(PointCaution(point.code, alert.id, message, side))

    for alert in alerts:
        if alert.id == "pregnancy":
            for point in points:
                if point.pregnancy_caution:
                    add(point, alert, translate("points", "Traditionally avoided in pregnancy."))
        elif alert.id in AREA_ALERTS:
            match = area_match(alert.area) if alert.area else None
            zones = set(match.zones) if match else set(DEFAULT_ZONES.get(alert.id, ()))
            if not zones:
                continue
            side = match.side if match else None
            for point in points:
                if zones & set(point.zones):
                    add(point, alert, alert.message, side)
    return found


def cautions_for(
    cautions: dict[str, list[PointCaution]], point: str | None, side: Side
) -> list[PointCaution]:
    if point is None:
        return []
    return [c for c in cautions.get(point, []) if c.applies_to(side)]


def electro_refusal(alerts: list[Alert]) -> Alert | None:
    """The alert that forbids electro-stimulation outright (pacemaker), if it stands."""
    return next((a for a in alerts if a.blocks_electro), None)


def electro_warning(alerts: list[Alert]) -> Alert | None:
    """An alert that asks for care with electro-stimulation (epilepsy)."""
    return next((a for a in alerts if a.id == "epilepsy"), None)


def unconfirmed(
    placements: Iterable[Placement], cautions: dict[str, list[PointCaution]]
) -> list[tuple[Placement, list[PointCaution]]]:
    """Needles on points cautioned for this client that carry no confirmation reason.

    Clicking such a point asks for the reason; a protocol, a repeated session or an imported
    chart may bring them in without one, so completion checks them all.
    """
    found = []
    for placement in placements:
        if placement.kind is not PlacementKind.NEEDLE or placement.caution.strip():
            continue
        concerns = cautions_for(cautions, placement.point, placement.side)
        if concerns:
            found.append((placement, concerns))
    return found


def describe_unconfirmed(items: list[tuple[Placement, list[PointCaution]]]) -> str:
    names = ", ".join(
        f"{p.point} ({p.side.label})" if p.side is not Side.MIDLINE else str(p.point)
        for p, _ in items
    )
    #: {points} lists point codes with their side: "ST3 (left), CV24".
    return translate(
        "points",
        "These needles sit on points cautioned for this client and were not confirmed: "
        "{points}. Give the reason to treat them, or remove them.",
    ).format(points=names)
