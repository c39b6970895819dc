from __future__ import annotations

from datetime import date

import pytest

from acudesk.domain.clients import ClientInput
from acudesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from acudesk.domain.intake import Consent, IntakeData, Procedure, ProcedureKind, SkinAssessment
from acudesk.domain.screening import ScreeningSettings, Severity
from acudesk.domain.settings import ClinicSettings
from acudesk.domain.users import Role
from acudesk.services.registry import build_services

PNG = b"\x89PNG\r\n\x1a\n" + b"signature"


@pytest.fixture
def client(services, admin):
    return services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))


def full_intake(taken_on=date(2026, 11, 23)) -> IntakeData:
    return IntakeData(
        taken_on=taken_on,
        conditions=("anticoagulants", "pacemaker"),
        condition_details={"anticoagulants": "warfarin"},
        medications=("Warfarin 5 mg",),
        allergies=("Nickel", "Bismuth Oxychloride"),
        procedures=(Procedure(ProcedureKind.DERMAL_FILLER, date(2026, 11, 1), "lips"),),
        skin=SkinAssessment(3, 2, "sensitive", ("redness", "fine-lines"), "Brighter skin"),
        consent=Consent(True, True, date(2026, 11, 23), PNG),
    )


def test_record_then_read_back_everything(services, admin, client):
    saved = services.intake.record(admin, client.id, full_intake(), based_on=None)
    latest = services.intake.latest(admin, client.id)
    assert latest == saved
    assert latest.data == full_intake()
    assert latest.recorded_by == "Olivia Owner"


def test_alerts_from_the_latest_intake(services, admin, client):
    assert [a.id for a in services.intake.alerts(admin, client.id)] == ["no-consent"]
    services.intake.record(admin, client.id, full_intake(), based_on=None)
    alerts = services.intake.alerts(admin, client.id)
    # Warfarin is ticked and typed: one alert. Nickel is only typed: inferred, and says so.
    assert sorted(a.id for a in alerts) == [
        "anticoagulants",
        "metal-allergy",
        "pacemaker",
        "recent-procedure",
    ]
    metal = next(a for a in alerts if a.id == "metal-allergy")
    assert metal.inferred and "Inferred from 'Nickel' under Allergies." in metal.message


def test_a_review_adds_a_record_and_keeps_the_history(services, admin, client, clock):
    first = services.intake.record(admin, client.id, full_intake(date(2026, 1, 5)), based_on=None)
    second = services.intake.record(admin, client.id, full_intake(), based_on=first.id)
    history = services.intake.history(admin, client.id)
    assert [i.id for i in history] == [second.id, first.id]
    assert history[1].data.taken_on == date(2026, 1, 5)


def test_intake_saved_meanwhile_on_another_workstation(any_db, clock):
    from acudesk.domain.clinic import ClinicDetails
    from acudesk.domain.users import NewUser

    desk = build_services(any_db, clock)
    admin = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    room = build_services(any_db, clock)
    client = desk.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    room.intake.record(admin, client.id, full_intake(), based_on=None)
    with pytest.raises(ConflictError, match="still in the form"):
        desk.intake.record(admin, client.id, full_intake(), based_on=None)
    assert len(desk.intake.history(admin, client.id)) == 1


def test_invalid_intake_is_refused(services, admin, client):
    bad = IntakeData(taken_on=date(2030, 1, 1), conditions=("flu",))
    with pytest.raises(ValidationError) as caught:
        services.intake.record(admin, client.id, bad, based_on=None)
    assert {"taken_on", "conditions"} <= set(caught.value.errors)


def test_drafts_survive_until_saved(services, admin, client):
    services.intake.save_draft(admin, client.id, full_intake(), {"page": 2})
    services.intake.save_draft(admin, client.id, full_intake(), {"page": 3})
    (draft,) = services.intake.drafts(admin)
    assert draft[0] == client.id and draft[1] == "Anna Rossi"
    assert draft[2] == full_intake() and draft[3] == {"page": 3}
    services.intake.record(admin, client.id, full_intake(), based_on=None)
    assert services.intake.drafts(admin) == []


def test_clinic_changes_screening_settings(services, admin, client, make_user):
    rita = make_user("rita", Role.RECEPTION)
    current = services.settings.current()
    stricter = ClinicSettings(
        current.phone_region,
        current.date_order,
        "Our consent text.",
        ScreeningSettings({"pacemaker": Severity.BLOCK}, {}, 6),
    )
    with pytest.raises(PermissionDenied):
        services.settings.update(rita, stricter)
    services.settings.update(admin, stricter)
    services.intake.record(admin, client.id, full_intake(), based_on=None)
    by_id = {a.id: a for a in services.intake.alerts(rita, client.id)}
    assert by_id["pacemaker"].severity is Severity.BLOCK
    assert services.settings.current().consent_text == "Our consent text."
    with pytest.raises(ValidationError) as caught:
        services.settings.update(admin, ClinicSettings("XX", current.date_order, " "))
    assert set(caught.value.errors) == {"phone_region", "consent_text"}
