"""The intake summary PDF, built through the service from a real SQLite database."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from acudesk.domain.audit import AuditAction
from acudesk.domain.errors import NotFound, PermissionDenied, ValidationError
from acudesk.domain.intake import CONDITIONS_BY_ID, Consent, IntakeData, SkinAssessment
from acudesk.domain.users import Role
from acudesk.services.audit import recent_events
from tests.documents.conftest import full_intake
from tests.documents.pdf_checks import (
    all_text,
    dark_pixel_share,
    fonts,
    image_pages,
    page_texts,
    reader,
    render_first_page,
    unembedded_fonts,
)


@pytest.fixture
def zoe(make_client):
    return make_client("Zoë", "Παπαδοπούλου")


@pytest.fixture
def signed_pdf(services, admin, zoe):
    intake = services.intake.record(admin, zoe.id, full_intake(), based_on=None)
    return services.intake.summary_pdf(admin, intake.id)


def test_prints_the_client_the_history_and_the_alerts(signed_pdf):
    text = all_text(signed_pdf)
    assert "Intake assessment" in text
    assert "Zoë Παπαδοπούλου" in text
    assert "2 Mar 1985" in text
    assert "+44 7911 123456" in text
    for cid in ("anticoagulants", "hypertension"):
        assert CONDITIONS_BY_ID[cid].label in text
    assert "Warfarin 5 mg" in text and "Bismuth Oxychloride" in text
    assert "Dermal filler" in text and "1 Nov 2026" in text
    assert "Type III: Medium" in text and "Type II: Moderate" in text
    assert "Fine lines and wrinkles" in text
    assert "Willow Clinic" in text and "Confidential health record" in text


def test_alerts_come_first_with_message_and_action(signed_pdf):
    text = all_text(signed_pdf)
    alerts = text.index("Screening alerts")
    assert alerts < text.index("Health history")
    assert text.index("Skin infection or open wound: left cheek.") > alerts
    assert "DO NOT TREAT" in text and "CAUTION" in text
    assert "No electro-stimulation and no micro-current" in text
    assert "wait 6 more days" in text  # dermal filler on 1 Nov, waits 28 days; today 23 Nov


def test_every_font_is_embedded(signed_pdf):
    used = fonts(signed_pdf)
    assert used, "the summary uses no font at all"
    assert unembedded_fonts(signed_pdf) == []
    assert not any("Helvetica" in name for name in used)


def test_the_signature_is_drawn_on_the_consent_page(signed_pdf):
    texts = page_texts(signed_pdf)
    consent_page = next(i for i, t in enumerate(texts) if "Client signature" in t)
    assert image_pages(signed_pdf) == [consent_page]
    assert "20 Nov 2026" in texts[consent_page]
    assert "Not signed" not in all_text(signed_pdf)


def test_unsigned_intake_says_so(services, admin, make_client):
    client = make_client("Наталья", "Петрова")
    intake = services.intake.record(admin, client.id, full_intake(signed=False), based_on=None)
    pdf = services.intake.summary_pdf(admin, intake.id)
    text = all_text(pdf)
    assert "Наталья Петрова" in text
    assert "Not signed" in text
    assert "The latest intake lacks a signature." in text
    assert image_pages(pdf) == []
    assert unembedded_fonts(pdf) == []


def test_a_damaged_signature_picture_still_prints(services, admin, zoe):
    data = replace(full_intake(), consent=Consent(True, True, date(2026, 11, 20), b"\x89PNGjunk"))
    intake = services.intake.record(admin, zoe.id, data, based_on=None)
    text = all_text(services.intake.summary_pdf(admin, intake.id))
    assert "Signature picture unreadable" in text


def test_first_page_renders_with_ink(signed_pdf, tmp_path):
    png = render_first_page(signed_pdf, tmp_path)
    assert png.stat().st_size > 0
    assert 0.01 < dark_pixel_share(png) < 0.5


def test_markup_in_names_and_notes_prints_literally(services, admin, make_client):
    client = make_client("<b>Anna", "& Co")
    data = IntakeData(
        taken_on=date(2026, 11, 23),
        medications=("a < b & c",),
        skin=SkinAssessment(goals='<font size="40">big</font> &amp; <br/> done'),
    )
    intake = services.intake.record(admin, client.id, data, based_on=None)
    text = all_text(services.intake.summary_pdf(admin, intake.id))
    assert "<b>Anna & Co" in text
    assert "a < b & c" in text
    assert '<font size="40">big</font> &amp; <br/> done' in text


def test_long_goals_and_many_medications_run_over_pages(services, admin, zoe):
    goals = ("Even tone and firmer jawline, gently over several sessions. " * 90)[:5000]
    data = IntakeData(
        taken_on=date(2026, 11, 23),
        medications=tuple(f"Medicine {n:02d} 10 mg" for n in range(40)),
        skin=SkinAssessment(goals=goals),
    )
    intake = services.intake.record(admin, zoe.id, data, based_on=None)
    pdf = services.intake.summary_pdf(admin, intake.id)
    texts = page_texts(pdf)
    total = len(texts)
    assert total >= 3
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in page
        assert "Zoë Παπαδοπούλου" in page  # the running header names the client
    text = " ".join(texts)
    assert all(f"Medicine {n:02d} 10 mg" in text for n in range(40))
    assert text.count("Even tone and firmer jawline") == goals.count("Even tone and firmer jawline")
    # the table header is repeated on the page the list runs onto
    assert sum("Medications" in page for page in texts) >= 2


def test_letter_paper(services, admin, zoe):
    intake = services.intake.record(admin, zoe.id, full_intake(), based_on=None)
    pdf = services.intake.summary_pdf(admin, intake.id, page_size="Letter")
    box = reader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    with pytest.raises(ValidationError):
        services.intake.summary_pdf(admin, intake.id, page_size="A3")


def test_an_older_intake_says_the_alerts_come_from_the_newer_one(services, admin, zoe):
    old = services.intake.record(
        admin, zoe.id, full_intake(taken_on=date(2025, 1, 10)), based_on=None
    )
    services.intake.record(admin, zoe.id, full_intake(), based_on=old.id)
    text = all_text(services.intake.summary_pdf(admin, old.id))
    assert "Taken on 10 Jan 2025" in text
    assert "newer than this one" in text


def test_printing_is_audited_as_an_export(services, admin, zoe):
    intake = services.intake.record(admin, zoe.id, full_intake(), based_on=None)
    services.intake.summary_pdf(admin, intake.id)
    exports = [e for e in recent_events(services.db, admin) if e.action == AuditAction.EXPORT]
    assert [(e.entity, e.entity_id, e.username) for e in exports] == [
        ("intake", str(intake.id), "owner")
    ]
    assert re.search(rf"client {zoe.id}\b", exports[0].detail)


def test_a_deactivated_user_cannot_print(services, admin, make_user, zoe):
    pat = make_user("pat", Role.PRACTITIONER)
    intake = services.intake.record(admin, zoe.id, full_intake(), based_on=None)
    assert services.intake.summary_pdf(pat, intake.id).startswith(b"%PDF")
    inactive = services.users.set_active(admin, pat.id, False)
    with pytest.raises(PermissionDenied, match="deactivated"):
        services.intake.summary_pdf(inactive, intake.id)
    exports = [e for e in recent_events(services.db, admin) if e.action == AuditAction.EXPORT]
    assert len(exports) == 1


def test_a_missing_intake_is_not_found(services, admin):
    with pytest.raises(NotFound):
        services.intake.summary_pdf(admin, 999)
