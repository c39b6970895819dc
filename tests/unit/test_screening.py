from __future__ import annotations

from datetime import date

import pytest

from acudesk.domain.intake import (
    CONDITION_IDS,
    Consent,
    IntakeData,
    Procedure,
    ProcedureKind,
    split_list,
    validate_intake,
)
from acudesk.domain.screening import (
    DEFAULT_WAITING_DAYS,
    RULES,
    ScreeningSettings,
    Severity,
    screen,
    validate_settings,
)

TODAY = date(2026, 11, 23)
SIGNED = Consent(treatment=True, photos=False, signed_on=TODAY, signature_png=b"\x89PNG fake")
DEFAULTS = ScreeningSettings()


def intake(**kwargs) -> IntakeData:
    return IntakeData(**{"taken_on": TODAY, "consent": SIGNED, **kwargs})


def test_clean_signed_intake_raises_nothing():
    assert screen(intake(), DEFAULTS, TODAY) == []


@pytest.mark.parametrize("condition", CONDITION_IDS)
def test_every_condition_raises_an_alert_with_its_id(condition):
    alerts = screen(intake(conditions=(condition,)), DEFAULTS, TODAY)
    assert [a.id for a in alerts] == [condition]
    assert alerts[0].message and alerts[0].action


def test_controlled_detail_is_in_the_message():
    details = {"diabetes": "uncontrolled", "skin-infection": "left cheek"}
    alerts = screen(
        intake(conditions=("diabetes", "skin-infection"), condition_details=details),
        DEFAULTS,
        TODAY,
    )
    by_id = {a.id: a for a in alerts}
    assert "not controlled" in by_id["diabetes"].message
    assert by_id["skin-infection"].area == "left cheek"


def test_recent_procedure_inside_the_waiting_period():
    botox = Procedure(ProcedureKind.BOTULINUM_TOXIN, date(2026, 11, 13), "forehead")
    (alert,) = screen(intake(procedures=(botox,)), DEFAULTS, TODAY)
    assert alert.id == "recent-procedure" and alert.area == "forehead"
    assert "wait 18 more days" in alert.message
    old = Procedure(ProcedureKind.BOTULINUM_TOXIN, date(2026, 10, 1))
    assert screen(intake(procedures=(old,)), DEFAULTS, TODAY) == []


def test_waiting_period_and_severity_are_the_clinics_choice():
    botox = Procedure(ProcedureKind.BOTULINUM_TOXIN, date(2026, 10, 1))
    strict = ScreeningSettings(
        severities={"recent-procedure": Severity.BLOCK},
        waiting_days={ProcedureKind.BOTULINUM_TOXIN: 90},
    )
    (alert,) = screen(intake(procedures=(botox,)), strict, TODAY)
    assert alert.severity is Severity.BLOCK


def test_no_consent_blocks():
    for consent in (
        Consent(),
        Consent(treatment=True),
        Consent(signed_on=TODAY, signature_png=b"\x89PNG"),
    ):
        (alert,) = screen(intake(consent=consent), DEFAULTS, TODAY)
        assert alert.id == "no-consent" and alert.severity is Severity.BLOCK
    (alert,) = screen(None, DEFAULTS, TODAY)
    assert alert.id == "no-consent"


def test_intake_outdated_after_the_review_period():
    old = intake(taken_on=date(2025, 11, 23))
    assert [a.id for a in screen(old, DEFAULTS, TODAY)] == ["intake-outdated"]
    assert screen(intake(taken_on=date(2025, 11, 24)), DEFAULTS, TODAY) == []
    assert screen(old, ScreeningSettings(review_months=18), TODAY) == []


def test_alerts_sorted_most_severe_first():
    alerts = screen(intake(conditions=("needle-phobia", "fainting", "pregnancy")), DEFAULTS, TODAY)
    assert [a.severity for a in alerts] == [Severity.BLOCK, Severity.CAUTION, Severity.INFO]


def test_settings_validation():
    bad = ScreeningSettings(
        severities={"nonsense": Severity.INFO},
        waiting_days={ProcedureKind.LASER: -1},
        review_months=0,
    )
    assert set(validate_settings(bad)) == {"severity.nonsense", "wait.laser", "review_months"}
    assert set(DEFAULT_WAITING_DAYS) == set(ProcedureKind)
    assert {"no-consent", "intake-outdated", "recent-procedure"} <= set(RULES)


def test_intake_validation():
    future = date(2027, 1, 1)
    errors = validate_intake(
        IntakeData(
            taken_on=future,
            conditions=("flu",),
            procedures=(Procedure(ProcedureKind.LASER, future),),
            condition_details={"diabetes": "sort of"},
        ),
        TODAY,
    )
    assert set(errors) == {"taken_on", "conditions", "procedure.0", "detail.diabetes"}


def test_split_list():
    assert split_list("Ibuprofen, warfarin;\nwarfarin\n  fish  oil ") == (
        "Ibuprofen",
        "warfarin",
        "fish oil",
    )
