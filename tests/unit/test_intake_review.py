"""Reviewing an intake starts from the latest one: dated today, consent given again."""

from __future__ import annotations

from datetime import date

from acudesk.domain.intake import Consent, IntakeData, SkinAssessment, review_of

SIGNED = Consent(True, True, date(2026, 5, 4), b"\x89PNG\r\n\x1a\nsig")


def test_a_review_keeps_the_history_and_dates_it_today():
    latest = IntakeData(
        taken_on=date(2026, 5, 4),
        conditions=("hypertension",),
        condition_details={"hypertension": "controlled"},
        medications=("Ramipril",),
        skin=SkinAssessment(fitzpatrick=3),
        consent=SIGNED,
    )
    review = review_of(latest, date(2026, 11, 23))
    assert review.taken_on == date(2026, 11, 23)
    assert review.conditions == ("hypertension",) and review.medications == ("Ramipril",)
    assert review.skin.fitzpatrick == 3


def test_a_review_never_carries_the_old_consent_or_signature():
    review = review_of(IntakeData(taken_on=date(2026, 5, 4), consent=SIGNED), date(2026, 11, 23))
    assert review.consent == Consent()
    assert not review.consent.is_signed and not review.consent.treatment
