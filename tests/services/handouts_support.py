"""Completed sessions made through the real services, for the handout tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from acudesk.domain.chart import ChartDocument, Placement, PlacementKind, new_id
from acudesk.domain.clients import ClientInput
from acudesk.domain.intake import Consent, IntakeData, SkinAssessment
from acudesk.domain.points import Side
from acudesk.domain.treatment import AdverseEvent, AdverseEventKind, PreCheck
from acudesk.services.catalog import point_catalog

PNG = b"\x89PNG\r\n\x1a\nsig"
FACE = "face-front"
BODY = "body-front"


DRY = SkinAssessment(fitzpatrick=2, skin_type="dry", concerns=("fine-lines",))


def add_client(
    services,
    admin,
    first="Anna",
    last="Rossi",
    *,
    allergies=(),
    language="en",
    skin=DRY,
    conditions=(),
):
    client = services.clients.create(
        admin, ClientInput(first_name=first, last_name=last, language=language)
    )
    services.intake.record(
        admin,
        client.id,
        IntakeData(
            taken_on=date(2026, 11, 20),
            allergies=tuple(allergies),
            conditions=tuple(conditions),
            condition_details=dict.fromkeys(conditions, "noted"),
            skin=skin,
            consent=Consent(True, False, date(2026, 11, 20), PNG),
        ),
        based_on=None,
    )
    return client


FAINTED = (AdverseEvent(AdverseEventKind.FAINTING),)
NEXT_VISIT = datetime(2026, 11, 30, 10, 30)


def _needle(code: str, diagram: str, pair: str | None = None) -> Placement:
    catalog = point_catalog()
    point = catalog.point(code)
    side = Side.RIGHT if point.is_bilateral else Side.MIDLINE
    x, y = catalog.position(point, diagram, side)
    return Placement(new_id(), PlacementKind.NEEDLE, diagram, x, y, code, side, 1, pair)


def treatment_chart(*, electro: bool = True, bruise: bool = True) -> list[dict]:
    """Three face needles, two paired thigh needles (electro) and a bruise on the cheek."""
    doc = ChartDocument()
    for code in ("ST3", "LI20", "ST6"):
        doc.add(_needle(code, FACE))
    pair = "p1" if electro else None
    doc.add(_needle("ST32", BODY, pair))
    doc.add(_needle("SP10", BODY, pair))
    if bruise:
        doc.add(Placement(new_id(), PlacementKind.BRUISE, FACE, 0.41, 0.52))
    return doc.to_list()


def prechecked(data):
    """The session's data with the pre-treatment check done (no needle goes in before it)."""
    return replace(
        data, precheck=replace(data.precheck, alerts_reviewed=True, intake_unchanged=True)
    )


def completed_session(
    services,
    practitioner,
    client,
    *,
    chart: list[dict] | None = None,
    events: tuple[AdverseEvent, ...] = FAINTED,
    next_appointment: datetime | None = NEXT_VISIT,
    gua_sha: bool = True,
):
    """Start and complete a session as the practitioner does; returns the completed session."""
    sessions = services.sessions
    opened = sessions.start(practitioner, client.id)
    chart = treatment_chart() if chart is None else chart
    needles = ChartDocument.from_list(chart).needle_count
    data = replace(
        opened.data,
        precheck=PreCheck(True, True, opened.data.precheck.intake_id),
        needles_out=needles,
        gua_sha=gua_sha,
        adverse_events=tuple(events),
        next_appointment=next_appointment,
    )
    return sessions.complete(practitioner, opened, data, chart)
