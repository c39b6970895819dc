from __future__ import annotations

from datetime import date

from acudesk.domain.intake import Consent, IntakeData, Procedure, ProcedureKind
from acudesk.domain.point_cautions import (
    cautions_for,
    electro_refusal,
    electro_warning,
    point_cautions,
)
from acudesk.domain.points import Side
from acudesk.domain.screening import ScreeningSettings, screen
from acudesk.services.catalog import point_catalog

TODAY = date(2026, 11, 23)
SIGNED = Consent(True, False, TODAY, b"\x89PNG")


def alerts_for(**kwargs):
    return screen(IntakeData(taken_on=TODAY, consent=SIGNED, **kwargs), ScreeningSettings(), TODAY)


def test_pregnancy_cautions_exactly_the_flagged_points():
    catalog = point_catalog()
    cautions = point_cautions(
        catalog.points_on("body-front") + catalog.points_on("body-back"),
        alerts_for(conditions=("pregnancy",)),
    )
    assert "LI4" in cautions and "SP6" in cautions
    assert "ST36" not in cautions  # listed by a single electro source only: not flagged
    assert all(c.alert == "pregnancy" for cs in cautions.values() for c in cs)


def test_recent_filler_in_the_lips_cautions_the_mouth_points_only():
    catalog = point_catalog()
    filler = Procedure(ProcedureKind.DERMAL_FILLER, date(2026, 11, 10), "lips")
    cautions = point_cautions(catalog.points_on("face-front"), alerts_for(procedures=(filler,)))
    assert "CV24" in cautions or "ST4" in cautions
    assert "GV20" not in cautions and "GB14" not in cautions


def test_infection_on_one_side_cautions_that_side_only():
    catalog = point_catalog()
    alerts = alerts_for(
        conditions=("skin-infection",), condition_details={"skin-infection": "left cheek"}
    )
    cautions = point_cautions(catalog.points_on("face-front"), alerts)
    cheek_points = list(cautions)
    assert cheek_points
    code = cheek_points[0]
    assert cautions_for(cautions, code, Side.LEFT)
    assert not cautions_for(cautions, code, Side.RIGHT)


def test_electro_rules():
    assert electro_refusal(alerts_for(conditions=("pacemaker",))).id == "pacemaker"
    assert electro_refusal(alerts_for(conditions=("epilepsy",))) is None
    assert electro_warning(alerts_for(conditions=("epilepsy",))).id == "epilepsy"
