"""Text the database cannot hold is refused with a message next to its field, never cut and
never a crash, on SQLite and PostgreSQL: names whose search keys spell out longer than the
name (100 "ß"), text over a field's limit, and a NUL byte in the search box."""

from __future__ import annotations

import pytest

from acudesk.domain.clients import TEXT_LIMITS, ClientInput
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import ValidationError
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services


@pytest.fixture
def desk(any_db, clock):
    services = build_services(any_db, clock)
    admin = services.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    return services, admin


def test_a_name_whose_search_key_would_not_fit_is_refused_next_to_the_name(desk):
    services, admin = desk
    with pytest.raises(ValidationError) as caught:
        services.clients.create(admin, ClientInput(first_name="ß" * 100, last_name="ß" * 100))
    assert "too long for the client list" in caught.value.errors["last_name"]
    anna = services.clients.create(admin, ClientInput(first_name="ß" * 50, last_name="Weiß"))
    assert services.clients.search(admin, "ss" * 50)[0].id == anna.id


def test_a_csv_of_such_names_reports_the_row_and_imports_the_rest(desk):
    services, admin = desk
    text = f"First Name,Last Name\n{'ß' * 100},{'ß' * 100}\nAnna,Rossi\n"
    report = services.transfers.import_csv(admin, text, skip_invalid=True)
    assert report.imported == 1
    assert [r.display_name for r in services.clients.search(admin, "")] == ["Anna Rossi"]


@pytest.mark.parametrize("field", sorted(TEXT_LIMITS))
def test_text_over_a_fields_limit_is_refused_not_cut(desk, field):
    services, admin = desk
    limit = TEXT_LIMITS[field]
    value = ClientInput(first_name="Anna", last_name="Rossi", **{field: "a" * (limit + 1)})
    with pytest.raises(ValidationError) as caught:
        services.clients.create(admin, value)
    assert caught.value.errors == {field: f"This is too long ({limit:,} characters at most)."}
    saved = services.clients.create(
        admin, ClientInput(first_name="Anna", last_name="Rossi", **{field: "a" * limit})
    )
    assert getattr(services.clients.get(admin, saved.id).data, field) == "a" * limit


def test_a_nul_in_the_search_box_matches_nobody_on_either_database(desk):
    services, admin = desk
    services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    assert services.clients.search(admin, "\x00") == []
    assert services.clients.search(admin, "An\x00na") == []
    assert len(services.clients.search(admin, "Anna")) == 1
