from __future__ import annotations

import pytest
from sqlalchemy import select

from acudesk.domain.clients import ClientInput
from acudesk.domain.errors import (
    ConflictError,
    PermissionDenied,
    PossibleDuplicate,
    ValidationError,
)
from acudesk.domain.users import Role
from acudesk.services.registry import build_services
from acudesk.store.models import AuditEventRecord

ZOE = ClientInput(
    first_name="Zoë",
    last_name="Müller",
    date_of_birth="29/02/1980",
    phone="020 7946 0123",
    email="zoe@example.com",
)


@pytest.fixture
def reception(make_user):
    return make_user("rita", Role.RECEPTION)


def test_register_and_find_by_any_part_without_accents(services, reception):
    zoe = services.clients.create(reception, ZOE)
    services.clients.create(reception, ClientInput(first_name="Anna", last_name="Rossi"))
    for query in ("zoe", "ZOË", "mull", "Zoe Mü", "müller zoë", "example.com"):
        assert [r.id for r in services.clients.search(reception, query)] == [zoe.id], query


def test_find_by_phone_however_formatted_and_by_birth_date(services, reception):
    zoe = services.clients.create(reception, ZOE)
    for query in (
        "02079460123",
        "020-7946-0123",
        "+44 20 7946 0123",
        "0044 (20) 7946",
        "1980-02-29",
        "29.02.1980",
    ):
        assert [r.id for r in services.clients.search(reception, query)] == [zoe.id], query


def test_search_lists_in_name_order_and_pages(services, reception):
    for last in ("Costa", "Bianchi", "Amato"):
        services.clients.create(reception, ClientInput(first_name="Sara", last_name=last))
    names = [r.last_name for r in services.clients.search(reception, "sara")]
    assert names == ["Amato", "Bianchi", "Costa"]
    second_page = services.clients.search(reception, "sara", offset=1, limit=1)
    assert [r.last_name for r in second_page] == ["Bianchi"]


def test_wildcards_in_a_query_are_literal(services, reception):
    services.clients.create(reception, ClientInput(first_name="Anna", last_name="Rossi"))
    assert services.clients.search(reception, "%") == []
    assert services.clients.search(reception, "_") == []


def test_archived_clients_hidden_unless_asked(services, reception):
    zoe = services.clients.create(reception, ZOE)
    services.clients.set_archived(reception, zoe, True)
    assert services.clients.search(reception, "zoe") == []
    assert [
        r.archived for r in services.clients.search(reception, "zoe", include_archived=True)
    ] == [True]


def test_possible_duplicates_are_shown_then_can_be_overridden(services, reception):
    first = services.clients.create(reception, ZOE)
    same_phone = ClientInput(first_name="Zoe", last_name="Other", phone="+44 20 7946 0123")
    with pytest.raises(PossibleDuplicate) as caught:
        services.clients.create(reception, same_phone)
    assert [m.id for m in caught.value.matches] == [first.id]
    same_name_dob = ClientInput(first_name="ZOE", last_name="MULLER", date_of_birth="1980-02-29")
    with pytest.raises(PossibleDuplicate):
        services.clients.create(reception, same_name_dob)
    second = services.clients.create(reception, same_phone, allow_duplicate=True)
    assert second.id != first.id


def test_invalid_input_names_the_fields(services, reception):
    with pytest.raises(ValidationError) as caught:
        services.clients.create(
            reception, ClientInput(first_name="Anna", email="nope", date_of_birth="2099-01-01")
        )
    assert set(caught.value.errors) == {"email", "date_of_birth"}


def test_reading_a_client_is_audited(services, reception):
    zoe = services.clients.create(reception, ZOE)
    assert services.clients.get(reception, zoe.id).data.first_name == "Zoë"
    with services.db.read_only() as session:
        actions = [(e.action, e.entity) for e in session.scalars(select(AuditEventRecord))]
    assert ("create", "client") in actions and ("read", "client") in actions


def test_an_inactive_account_is_refused_by_the_service(services, admin, reception):
    services.users.set_active(admin, reception.id, False)
    stale = services.users.list_users(admin)
    inactive = next(u for u in stale if u.id == reception.id)
    with pytest.raises(PermissionDenied, match="deactivated"):
        services.clients.search(inactive, "x")


def test_two_workstations_editing_the_same_client(any_db, clock):
    """The second save is refused with what changed, on SQLite and PostgreSQL."""
    from acudesk.domain.clinic import ClinicDetails
    from acudesk.domain.users import NewUser

    desk = build_services(any_db, clock)
    admin = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    room = build_services(any_db, clock)  # a second workstation on the same database
    created = desk.clients.create(admin, ZOE)
    at_desk = desk.clients.get(admin, created.id)
    in_room = room.clients.get(admin, created.id)
    theirs = ClientInput(
        first_name="Zoë",
        last_name="Müller",
        date_of_birth="29/02/1980",
        phone="020 7946 0999",
        email="zoe@example.com",
    )
    room.clients.update(admin, in_room, theirs)
    mine = ClientInput(
        first_name="Zoë",
        last_name="Müller",
        date_of_birth="29/02/1980",
        phone="020 7946 0123",
        email="zoe@example.com",
        notes="Prefers mornings",
    )
    with pytest.raises(ConflictError) as caught:
        desk.clients.update(admin, at_desk, mine)
    message = caught.value.message
    assert message.startswith("Olivia saved this client on another computer at 09:00")
    assert "(phone changed)" in message and "still here" in message
    assert (caught.value.by, caught.value.at) == ("Olivia", clock.now)
    assert desk.clients.get(admin, created.id).data.notes == ""  # nothing half-saved
    fresh = desk.clients.get(admin, created.id)
    saved = desk.clients.update(admin, fresh, mine)
    assert saved.data.notes == "Prefers mornings" and saved.version == fresh.version + 1
