"""Every successful write announces one Changes on the bus, after its commit; a refused write
announces nothing. Real SQLite files; the bus is the one the registry hands every service."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from acudesk.domain.changes import Changes
from acudesk.domain.clients import ClientInput
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import AcudeskError, ConflictError, PermissionDenied, ValidationError
from acudesk.domain.intake import Consent, IntakeData
from acudesk.domain.products import ProductCategory, ProductInput
from acudesk.domain.settings import ClinicSettings, HandoutSettings
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services
from acudesk.services.sessions import SessionService
from acudesk.store.models import ClientRecord
from tests.conftest import CLINIC
from tests.services.handouts_support import (
    add_client,
    completed_session,
    prechecked,
    treatment_chart,
)

PNG = b"\x89PNG\r\n\x1a\nsig"
ANNA = ClientInput(first_name="Anna", last_name="Rossi", date_of_birth="1980-02-29")
CREAM = ProductInput(
    name="Mineral CC Cream",
    brand="House",
    category=ProductCategory.CC_CREAM,
    ingredients=("Aqua", "Zinc Oxide"),
    skin_types=("dry",),
)


class Heard:
    """What the bus carried, in order."""

    def __init__(self, bus) -> None:
        self.changes: list[Changes] = []
        bus.subscribe(self.changes.append)

    def only(self) -> Changes:
        assert len(self.changes) == 1, self.changes
        return self.changes.pop()

    def nothing(self) -> bool:
        return not self.changes


@pytest.fixture
def heard(services, admin) -> Heard:
    return Heard(services.bus)


@pytest.fixture
def practitioner(make_user):
    return make_user("pat", Role.PRACTITIONER)


@pytest.fixture
def reception(make_user):
    return make_user("rita", Role.RECEPTION)


def intake_on(day: date) -> IntakeData:
    return IntakeData(taken_on=day, consent=Consent(True, False, day, PNG))


def test_every_service_of_the_registry_shares_its_bus(services):
    for name in ("clinic", "users", "clients", "intake", "settings", "transfers", "records"):
        assert getattr(services, name)._bus is services.bus
    for name in ("products", "sessions", "handouts", "backup"):
        assert getattr(services, name)._bus is services.bus


def test_an_old_style_call_site_gets_a_bus_of_its_own(db):
    assert SessionService(db)._bus is not SessionService(db)._bus


def test_setting_up_the_clinic_announces_the_clinic_and_its_administrator(services):
    heard = Heard(services.bus)
    owner = services.clinic.set_up(
        CLINIC, NewUser("owner", "Olivia", Role.ADMIN, "a long password")
    )
    assert heard.only() == Changes.of(clinic=True, users=[owner.id])
    with pytest.raises(AcudeskError):
        services.clinic.set_up(CLINIC, NewUser("other", "Other", Role.ADMIN, "a long password"))
    assert heard.nothing()


def test_clients_announce_the_client_after_the_commit(services, admin, reception, heard):
    seen_in_database: list[int] = []

    def look(changes: Changes) -> None:  # a screen reloading: the row must already be there
        with services.db.read_only() as session:
            seen_in_database.append(session.scalar(select(func.count(ClientRecord.id))) or 0)

    services.bus.subscribe(look)
    anna = services.clients.create(admin, ANNA)
    assert heard.only() == Changes.of(clients=[anna.id]) and seen_in_database == [1]
    anna = services.clients.update(admin, anna, replace(ANNA, notes="Mornings"))
    assert heard.only() == Changes.of(clients=[anna.id])
    anna = services.clients.set_archived(admin, anna, True)
    assert heard.only() == Changes.of(clients=[anna.id])
    services.clients.set_archived(admin, anna, False)
    assert heard.only().clients == {anna.id}

    services.clients.get(admin, anna.id)  # a read, audited, changes nothing on screen
    with pytest.raises(ValidationError):
        services.clients.create(admin, ClientInput(first_name="", last_name=""))
    with pytest.raises(AcudeskError):  # a possible duplicate, refused
        services.clients.create(admin, ANNA)
    with pytest.raises(ConflictError):  # ``anna`` is an old version now
        services.clients.update(admin, anna, ClientInput(first_name="Anne", last_name="Rossi"))
    assert heard.nothing()


def test_intakes_and_drafts_announce_their_client(services, admin, reception, heard):
    client = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    heard.only()
    services.intake.save_draft(admin, client.id, intake_on(date(2026, 11, 20)))
    assert heard.only() == Changes.of(drafts=[client.id])
    saved = services.intake.record(admin, client.id, intake_on(date(2026, 11, 20)), based_on=None)
    changes = heard.only()
    assert changes == Changes.of(intakes=[client.id], drafts=[client.id])
    assert changes.touches_client(client.id)
    services.intake.discard_draft(admin, client.id)
    assert heard.only() == Changes.of(drafts=[client.id])

    services.intake.latest(admin, client.id)
    services.intake.alerts(admin, client.id)
    with pytest.raises(ConflictError):  # the form started before ``saved``
        services.intake.record(admin, client.id, intake_on(date(2026, 11, 21)), based_on=None)
    with pytest.raises(PermissionDenied):
        gone = replace(reception, active=False)  # deactivated while the form was open
        services.intake.save_draft(gone, client.id, intake_on(date(2026, 11, 20)))
    assert heard.nothing() and saved.client_id == client.id


def test_settings_announce_the_keys_that_changed(services, admin, reception, heard):
    current = services.settings.current()
    services.settings.update(admin, replace(current, phone_region="IT"))
    assert heard.only() == Changes.of(
        settings=["phone_region", "date_order", "consent_text", "screening"]
    )  # the first save writes every key
    services.settings.update(admin, replace(services.settings.current(), phone_region="DE"))
    assert heard.only() == Changes.of(settings=["phone_region"])
    again = replace(services.settings.current(), phone_region="DE")  # the same again
    services.settings.update(admin, again)
    assert heard.nothing()

    services.settings.update_handouts(admin, HandoutSettings(page_size="Letter"))
    assert heard.only().settings == {"page_size", "handout_logo"}
    services.settings.update_handouts(admin, HandoutSettings(page_size="A4"))
    assert heard.only() == Changes.of(settings=["page_size"])

    template = services.settings.handout_template("en")
    services.settings.update_handout_template(admin, "en", template)
    assert heard.only() == Changes.of(settings=["handout_template_en"])
    services.settings.reset_handout_template(admin, "en")
    assert heard.only() == Changes.of(settings=["handout_template_en"])
    services.settings.reset_handout_template(admin, "en")  # nothing left to reset
    assert heard.nothing()

    with pytest.raises(ValidationError):
        services.settings.update(admin, ClinicSettings(phone_region="XX"))
    with pytest.raises(PermissionDenied):
        services.settings.update_handouts(reception, HandoutSettings(page_size="Letter"))
    assert heard.nothing()


def test_clinic_details_announce_the_clinic(services, admin, reception, heard):
    services.clinic.update(
        admin, replace(services.clinic.details(), name="Willow & Ash", address="1 High Street")
    )
    assert heard.only() == Changes.of(clinic=True)
    with pytest.raises(ValidationError):
        services.clinic.update(admin, ClinicDetails(""))
    with pytest.raises(PermissionDenied):
        services.clinic.update(reception, ClinicDetails("Mine now"))
    assert heard.nothing()


def test_users_announce_the_account(services, admin, heard):
    pat = services.users.add_user(admin, NewUser("pat", "Pat", Role.PRACTITIONER, "pat-password"))
    assert heard.only() == Changes.of(users=[pat.id])
    services.users.set_active(admin, pat.id, False)
    assert heard.only() == Changes.of(users=[pat.id])
    services.users.set_active(admin, pat.id, True)
    assert heard.only() == Changes.of(users=[pat.id])
    services.users.unlock(admin, pat.id)
    assert heard.only() == Changes.of(users=[pat.id])
    services.users.reset_password(admin, pat.id, "another-password")
    assert heard.only() == Changes.of(users=[pat.id])

    services.users.sign_in("pat", "another-password")  # signing in changes no screen
    with pytest.raises(AcudeskError):
        services.users.sign_in("pat", "wrong password")
    with pytest.raises(ValidationError):
        services.users.add_user(admin, NewUser("pat", "Pat again", Role.RECEPTION, "pat-password"))
    with pytest.raises(ValidationError):
        services.users.set_active(admin, admin.id, False)
    assert heard.nothing()


def test_products_announce_the_product(services, admin, reception, heard):
    cream = services.products.create(admin, CREAM)
    assert heard.only() == Changes.of(products=[cream.id])
    cream = services.products.update(admin, cream, replace(CREAM, notes="Shade 2"))
    assert heard.only() == Changes.of(products=[cream.id])
    services.products.set_active(admin, cream, False)
    assert heard.only() == Changes.of(products=[cream.id])

    services.products.export_json(admin)
    with pytest.raises(PermissionDenied):
        services.products.create(reception, CREAM)
    with pytest.raises(ConflictError):
        services.products.set_active(admin, cream, True)  # ``cream`` is an old version now
    assert heard.nothing()


def test_the_house_catalogue_announces_what_it_added(db, clock):
    services = build_services(db, clock)
    heard = Heard(services.bus)
    added = services.products.ensure_house_catalogue()
    changes = heard.only()
    assert len(changes.products) == added > 0
    assert changes.settings == {"products.house_catalogue"}
    assert services.products.ensure_house_catalogue() == 0 and heard.nothing()


def test_sessions_announce_the_session_and_its_client(services, admin, practitioner, heard):
    client = add_client(services, admin)
    heard.changes.clear()
    sessions = services.sessions
    opened = sessions.start(practitioner, client.id)
    mine = Changes.of(sessions=[opened.id], session_clients=[client.id])
    assert heard.only() == mine and mine.touches_client(client.id)
    with pytest.raises(ValidationError):  # needles before the pre-treatment check: refused
        sessions.save(practitioner, opened, opened.data, treatment_chart())
    assert heard.nothing()
    saved = sessions.save(practitioner, opened, prechecked(opened.data), treatment_chart())
    assert heard.only() == mine
    timed = sessions.start_timer(practitioner, saved)
    assert heard.only() == mine
    with pytest.raises(ValidationError):  # needles not counted out: refused
        sessions.complete(practitioner, timed, timed.data, treatment_chart())
    assert heard.nothing()
    sessions.cancel(practitioner, timed, "The client had to leave")
    assert heard.only() == mine
    done = completed_session(services, practitioner, client)
    heard.changes.clear()
    amended = sessions.amend(practitioner, done, done.data, treatment_chart(), "Bruise size")
    assert heard.only() == Changes.of(sessions=[done.id], session_clients=[client.id])

    sessions.get(practitioner, amended.id)
    sessions.history(practitioner, client.id)
    with pytest.raises(ValidationError):
        sessions.amend(practitioner, amended, amended.data, treatment_chart(), "  ")
    with pytest.raises(ConflictError):
        sessions.save(practitioner, opened, opened.data, [])  # an old version
    assert heard.nothing()


def test_completing_a_session_announces_it(services, admin, practitioner, heard):
    client = add_client(services, admin)
    opened = services.sessions.start(practitioner, client.id)
    heard.changes.clear()
    chart = treatment_chart()
    data = replace(
        opened.data,
        precheck=replace(opened.data.precheck, alerts_reviewed=True, intake_unchanged=True),
        needles_out=5,
    )
    services.sessions.complete(practitioner, opened, data, chart)
    assert heard.only() == Changes.of(sessions=[opened.id], session_clients=[client.id])


def test_protocols_announce_the_protocol(services, practitioner, heard):
    protocol_id = services.protocols.save_protocol(practitioner, "Lift", "", treatment_chart())
    assert heard.only() == Changes.of(protocols=[protocol_id])
    with pytest.raises(ValidationError):  # the same name, not asked to replace
        services.protocols.save_protocol(practitioner, "lift", "", treatment_chart())
    assert heard.nothing()
    services.protocols.delete_protocol(practitioner, protocol_id)
    assert heard.only() == Changes.of(protocols=[protocol_id])


def test_a_handout_issued_announces_the_session_and_its_client(
    services, admin, practitioner, heard
):
    services.products.ensure_house_catalogue()
    client = add_client(services, admin)
    done = completed_session(services, practitioner, client)
    open_one = services.sessions.start(practitioner, client.id)
    heard.changes.clear()
    services.handouts.issue(practitioner, done.id)
    assert heard.only() == Changes.of(handouts=[done.id], session_clients=[client.id])
    services.handouts.preview(practitioner, done.id)
    with pytest.raises(ValidationError):  # not completed yet
        services.handouts.issue(practitioner, open_one.id)
    assert heard.nothing()


def test_a_csv_import_announces_everything_and_a_dry_run_nothing(services, admin, heard):
    text = "First Name,Last Name\nAnna,Rossi\nZoë,Müller\n"
    services.transfers.import_csv(admin, text, dry_run=True)
    assert heard.nothing()
    report = services.transfers.import_csv(admin, text)
    assert report.imported == 2 and heard.only() == Changes.of(everything=True)
    with pytest.raises(AcudeskError):
        services.transfers.import_csv(admin, "no names here\n1\n")
    assert heard.nothing()


def test_a_record_import_announces_the_new_client_and_its_sessions(
    services, admin, practitioner, heard
):
    client = add_client(services, admin)
    completed_session(services, practitioner, client)
    document = services.records.export_record(admin, client.id)
    document["client"]["first_name"] = "Anne"
    document["client"]["email"] = "anne@example.com"
    heard.changes.clear()
    new_id = services.records.import_record(admin, document)
    changes = heard.only()
    assert changes.clients == changes.intakes == changes.session_clients == {new_id}
    assert len(changes.sessions) == 1 and changes.sessions != {client.id}
    with pytest.raises(AcudeskError):  # the same client again: refused
        services.records.import_record(admin, document)
    assert heard.nothing()
