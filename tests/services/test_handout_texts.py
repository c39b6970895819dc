"""The clinic's own handout texts: kept per language, checked, audited, and printed on the sheet."""

from __future__ import annotations

from dataclasses import replace

import pytest

from acudesk.domain.errors import PermissionDenied, ValidationError
from acudesk.domain.handouts import (
    HandoutItem,
    HandoutTemplate,
    handout_template_to_raw,
    load_handout_template,
)
from acudesk.domain.users import Role
from acudesk.services.audit import recent_events
from tests.services.handouts_support import add_client, completed_session
from tests.services.test_handouts import pdf_text


def with_avoid(template: HandoutTemplate, items: tuple[HandoutItem, ...]) -> HandoutTemplate:
    sections = tuple(replace(s, items=items) if s.id == "avoid" else s for s in template.sections)
    return replace(template, sections=sections)


def new_alcohol_timing(template: HandoutTemplate, timing: str) -> HandoutTemplate:
    items = tuple(
        replace(i, timing=timing) if i.text.startswith("Alcohol") else i
        for i in template.section("avoid").items
    )
    return with_avoid(template, items)


@pytest.fixture
def done(services, admin, make_user):
    services.products.ensure_house_catalogue()
    practitioner = make_user("pat", Role.PRACTITIONER)
    client = add_client(services, admin)
    return practitioner, completed_session(services, practitioner, client)


def test_without_its_own_text_the_clinic_gets_acudesks(services, admin):
    assert services.settings.handout_template("en") == load_handout_template("en")
    assert services.settings.handout_template("it").language == "it"
    assert services.settings.handout_template("fr").language == "en"


def test_the_edited_alcohol_timing_prints_on_the_sheet(services, admin, done):
    practitioner, session = done
    before = pdf_text(services.handouts.preview(practitioner, session.id))
    assert "Alcohol (it can make bruising more likely) 24 hours" in before
    edited = new_alcohol_timing(services.settings.handout_template("en"), "72 hours at least")
    services.settings.update_handout_template(admin, "en", edited)
    assert services.settings.handout_template("en") == edited
    printed = pdf_text(services.handouts.issue(practitioner, session.id).pdf)
    assert "Alcohol (it can make bruising more likely) 72 hours at least" in printed
    # Italian clients still get acudesk's Italian text.
    assert services.settings.handout_template("it") == load_handout_template("it")


def test_restoring_acudesks_text_prints_the_shipped_timing_again(services, admin, done):
    practitioner, session = done
    edited = new_alcohol_timing(load_handout_template("en"), "a week")
    services.settings.update_handout_template(admin, "en", edited)
    assert services.settings.reset_handout_template(admin, "en") == load_handout_template("en")
    printed = pdf_text(services.handouts.preview(practitioner, session.id))
    assert "a week" not in printed and "more likely) 24 hours" in printed


def test_the_json_form_is_accepted_as_the_shipped_files_are(services, admin):
    raw = handout_template_to_raw(load_handout_template("it"))
    raw["call_clinic"]["timing"] = "subito, anche di notte"
    saved = services.settings.update_handout_template(admin, "it", raw)
    assert saved.call_clinic.timing == "subito, anche di notte"
    assert services.settings.handout_template("it").call_clinic.timing == ("subito, anche di notte")


def test_only_administrators_edit_the_handout_text(services, make_user):
    reception = make_user("rita", Role.RECEPTION)
    practitioner = make_user("pat", Role.PRACTITIONER)
    edited = new_alcohol_timing(load_handout_template("en"), "a week")
    for user in (reception, practitioner):
        with pytest.raises(PermissionDenied):
            services.settings.update_handout_template(user, "en", edited)
        with pytest.raises(PermissionDenied):
            services.settings.reset_handout_template(user, "en")
    assert services.settings.handout_template("en") == load_handout_template("en")


def test_every_change_is_audited(services, admin):
    edited = new_alcohol_timing(load_handout_template("en"), "a week")
    services.settings.update_handout_template(admin, "en", edited)
    services.settings.reset_handout_template(admin, "en")
    events = [(e.action, e.entity, e.entity_id) for e in recent_events(services.db, admin)]
    assert events[:2] == [
        ("delete", "settings", "handout_template_en"),
        ("update", "settings", "handout_template_en"),
    ]


def test_empty_advice_is_refused_next_to_its_section(services, admin):
    template = load_handout_template("en")
    items = (*template.section("avoid").items, HandoutItem("  ", "2 days"))
    emptied = replace(template, call_clinic=HandoutItem(""))
    with pytest.raises(ValidationError) as refused:
        services.settings.update_handout_template(admin, "en", with_avoid(emptied, items))
    assert refused.value.errors == {
        "avoid": "Row 8 has no advice: type it, or remove the row.",
        "call_clinic": "Say when to call the clinic: this text cannot be empty.",
    }
    with pytest.raises(ValidationError) as refused:
        services.settings.update_handout_template(admin, "en", with_avoid(template, ()))
    assert refused.value.errors == {
        "avoid": "Add at least one row: the sheet prints every section."
    }
    assert services.settings.handout_template("en") == template  # nothing was kept


def test_a_broken_json_template_is_refused_with_what_is_wrong(services, admin):
    raw = handout_template_to_raw(load_handout_template("en"))
    del raw["labels"]["title"]
    raw["months"] = raw["months"][:11]
    with pytest.raises(ValidationError) as refused:
        services.settings.update_handout_template(admin, "en", raw)
    message = refused.value.errors["template"]
    assert message.startswith("This handout text cannot be used.")
    assert "labels.title: missing" in message and "months: expected a list of 12" in message
    with pytest.raises(ValidationError) as refused:
        services.settings.update_handout_template(
            admin, "it", handout_template_to_raw(load_handout_template("en"))
        )
    assert refused.value.errors == {"template": "This handout text is for 'en', not 'it'."}
    with pytest.raises(ValidationError) as refused:
        services.settings.update_handout_template(admin, "fr", raw)
    assert refused.value.errors == {"language": "Handout texts are in English or Italian."}


def test_a_damaged_stored_text_prints_acudesks_rather_than_no_sheet(services, admin, done):
    from acudesk.store.settings import put_settings

    practitioner, session = done
    with services.db.unit_of_work() as s:
        put_settings(s, {"handout_template_en": "{not json"})
    assert services.settings.handout_template("en") == load_handout_template("en")
    assert "more likely) 24 hours" in pdf_text(services.handouts.preview(practitioner, session.id))
