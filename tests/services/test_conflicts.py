"""Two computers on one database (two Database objects on the same SQLite file, or the same
PostgreSQL database): the second save is refused with one ConflictError that says who saved
what when, whether the other save came before this one loaded the record (the version check)
or between its read and its write (the database's StaleDataError or IntegrityError)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event, select

from acudesk.domain.clients import ClientInput
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import ConflictError, ValidationError
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import Services
from acudesk.store.models import (
    AuditEventRecord,
    Base,
    ClientRecord,
    ClinicRecord,
    IntakeRecord,
    TreatmentSessionRecord,
    UserRecord,
)
from tests.services.handouts_support import (
    add_client,
    completed_session,
    prechecked,
    treatment_chart,
)


@pytest.fixture
def people(desk):
    """Olivia (admin) and Pat (practitioner) at the desk; Rob works in the room."""
    olivia = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    pat = desk.users.add_user(olivia, NewUser("pat", "Pat", Role.PRACTITIONER, "pat-password"))
    rob = desk.users.add_user(olivia, NewUser("rob", "Rob", Role.ADMIN, "rob-password"))
    return olivia, pat, rob


@contextmanager
def meanwhile(
    kind: type[Base], when: str, other_save: Callable[[], object], *, desk: Services
) -> Iterator[list]:
    """Run ``other_save`` (the other computer) once, just before this computer's session
    writes a ``kind`` row: after its read, before its write, as in a real race.

    On SQLite a unit of work holds the write lock from its first statement (BEGIN
    IMMEDIATE), so nobody can save between its read and its write: there the other computer
    saves just before this one starts, and the version check is what refuses the save."""
    ran: list[object] = []
    if desk.db.info.is_sqlite:
        ran.append(other_save())
        yield ran
        return

    def interfere(_mapper, _connection, _target) -> None:
        ran.append(other_save())

    event.listen(kind, when, interfere, once=True)
    try:
        yield ran
    finally:
        event.remove(kind, when, interfere)
    assert ran, "the other computer never saved"


def their_changes(services: Services) -> list:
    seen: list = []
    services.bus.subscribe(seen.append)
    return seen


def events_by(services: Services, username: str) -> list[tuple[str, str]]:
    with services.db.read_only() as session:
        rows = session.execute(
            select(AuditEventRecord.action, AuditEventRecord.detail).where(
                AuditEventRecord.username == username, AuditEventRecord.entity == "session"
            )
        ).all()
        return [tuple(r) for r in rows]


def test_a_timer_started_after_the_session_was_saved_elsewhere(desk, room, people, clock):
    olivia, pat, rob = people
    client = add_client(desk, olivia)
    opened = desk.sessions.start(pat, client.id)
    clock.advance(minutes=5)
    room.sessions.save(
        rob, room.sessions.get(rob, opened.id), prechecked(opened.data), treatment_chart()
    )
    heard = their_changes(desk)
    with pytest.raises(ConflictError) as caught:
        desk.sessions.start_timer(pat, opened)  # ``opened`` is the version before Rob's save
    assert caught.value.message.startswith("Rob saved this session on another computer at 09:05")
    assert "still here" in caught.value.message
    assert room.sessions.get(rob, opened.id).timer_started_at is None and heard == []


def test_a_timer_started_while_the_other_computer_saves(desk, room, people, clock):
    olivia, pat, rob = people
    client = add_client(desk, olivia)
    opened = desk.sessions.start(pat, client.id)
    clock.advance(minutes=5)

    def rob_saves():
        theirs = room.sessions.get(rob, opened.id)
        return room.sessions.save(rob, theirs, prechecked(theirs.data), treatment_chart())

    heard = their_changes(desk)
    with (
        meanwhile(TreatmentSessionRecord, "before_update", rob_saves, desk=desk),
        pytest.raises(ConflictError) as caught,
    ):
        desk.sessions.start_timer(pat, opened)
    assert caught.value.message.startswith("Rob saved this session on another computer at 09:05")
    assert (caught.value.by, caught.value.at) == ("Rob", clock.now)
    assert room.sessions.get(rob, opened.id).timer_started_at is None and heard == []
    assert ("update", "retention timer started") not in events_by(desk, "pat")


def completion_of(opened):
    return replace(
        opened.data,
        precheck=replace(opened.data.precheck, alerts_reviewed=True, intake_unchanged=True),
        needles_out=5,
    )


def test_completing_a_session_saved_elsewhere(desk, room, people, clock):
    olivia, pat, rob = people
    client = add_client(desk, olivia)
    opened = desk.sessions.start(pat, client.id)
    clock.advance(minutes=5)
    room.sessions.start_timer(rob, room.sessions.get(rob, opened.id))
    with pytest.raises(ConflictError, match=r"^Rob saved this session on another computer"):
        desk.sessions.complete(pat, opened, completion_of(opened), treatment_chart())

    fresh = desk.sessions.get(pat, opened.id)
    clock.advance(minutes=5)

    def rob_saves():
        again = room.sessions.get(rob, opened.id)
        return room.sessions.save(rob, again, prechecked(again.data), treatment_chart())

    heard = their_changes(desk)
    with (
        meanwhile(TreatmentSessionRecord, "before_update", rob_saves, desk=desk),
        pytest.raises(ConflictError) as caught,
    ):
        desk.sessions.complete(pat, fresh, completion_of(fresh), treatment_chart())
    assert caught.value.message.startswith("Rob saved this session on another computer at 09:10")
    stored = room.sessions.get(rob, opened.id)
    assert stored.status.value == "open" and stored.completed_at is None and heard == []
    assert ("update", "completed") not in events_by(desk, "pat")


def test_amending_a_session_amended_elsewhere(desk, room, people, clock):
    olivia, pat, rob = people
    client = add_client(desk, olivia)
    done = completed_session(desk, pat, client)
    clock.advance(minutes=5)
    theirs = room.sessions.get(rob, done.id)
    bruise_only = treatment_chart(bruise=False)
    room.sessions.amend(rob, theirs, theirs.data, bruise_only, "Their reason")
    with pytest.raises(
        ConflictError, match=r"^Rob saved this session on another computer at 09:05"
    ):
        desk.sessions.amend(pat, done, done.data, treatment_chart(electro=False), "Mine")

    fresh = desk.sessions.get(pat, done.id)
    clock.advance(minutes=5)

    def rob_amends():
        again = room.sessions.get(rob, done.id)
        gua_sha = replace(again.data, gua_sha=not again.data.gua_sha)
        return room.sessions.amend(rob, again, gua_sha, again.chart, "Their second reason")

    heard = their_changes(desk)
    with (
        meanwhile(TreatmentSessionRecord, "before_update", rob_amends, desk=desk),
        pytest.raises(ConflictError) as caught,
    ):
        desk.sessions.amend(pat, fresh, fresh.data, treatment_chart(electro=False), "Mine")
    assert caught.value.message.startswith("Rob saved this session on another computer at 09:10")
    reasons = [a["reason"] for a in room.sessions.amendments(rob, done.id)]
    assert reasons == ["Their reason", "Their second reason"] and heard == []


def test_clinic_details_saved_at_the_same_moment(desk, room, people, clock):
    olivia, _pat, rob = people
    clock.advance(minutes=5)

    def rob_saves():
        theirs = replace(room.clinic.details(), phone="+44 20 7946 0002")
        return room.clinic.update(rob, theirs)

    heard = their_changes(desk)
    loaded = desk.clinic.details()
    with (
        meanwhile(ClinicRecord, "before_update", rob_saves, desk=desk),
        pytest.raises(ConflictError) as caught,
    ):
        desk.clinic.update(olivia, replace(loaded, name="Willow & Ash"))
    assert caught.value.message.startswith(
        "Rob saved this clinic's details on another computer at 09:05"
    )
    assert room.clinic.details() == ClinicDetails("Willow", phone="+44 20 7946 0002")
    assert heard == []
    with pytest.raises(ConflictError, match="Rob saved this clinic's details"):
        desk.clinic.update(olivia, replace(loaded, name="Willow & Ash"))  # loaded before Rob's
    again = replace(desk.clinic.details(), name="Willow & Ash")
    assert desk.clinic.update(olivia, again).name == "Willow & Ash"


def test_a_client_saved_at_the_same_moment_says_what_changed(desk, room, people, clock):
    olivia, _pat, rob = people
    anna = desk.clients.create(olivia, ClientInput(first_name="Anna", last_name="Rossi"))
    clock.advance(minutes=5)

    def rob_saves():
        theirs = ClientInput(first_name="Anna", last_name="Rossi", phone="020 7946 0999")
        return room.clients.update(rob, room.clients.get(rob, anna.id), theirs)

    with (
        meanwhile(ClientRecord, "before_update", rob_saves, desk=desk),
        pytest.raises(ConflictError) as caught,
    ):
        desk.clients.update(olivia, anna, ClientInput(first_name="Anna", last_name="Rossi-Bo"))
    message = caught.value.message
    assert message.startswith("Rob saved this client on another computer at 09:05")
    assert "(phone changed)" in message
    assert room.clients.get(rob, anna.id).data.last_name == "Rossi"


def test_the_same_username_added_on_two_computers_at_once(desk, room, people):
    olivia, _pat, rob = people

    def rob_adds():
        return room.users.add_user(rob, NewUser("sam", "Sam B", Role.RECEPTION, "sam-password"))

    heard = their_changes(desk)
    # On SQLite Rob's save came first (see meanwhile): the username check sees it.
    refused = (
        pytest.raises(ValidationError, match="The username 'sam' is taken")
        if desk.db.info.is_sqlite
        else pytest.raises(ConflictError, match=r"^This user account was saved on another computer")
    )
    with meanwhile(UserRecord, "before_insert", rob_adds, desk=desk), refused:
        desk.users.add_user(olivia, NewUser("sam", "Sam A", Role.RECEPTION, "sam-password"))
    names = [u.display_name for u in desk.users.list_users(olivia) if u.username == "sam"]
    assert names == ["Sam B"] and heard == []


def test_a_conflict_on_another_day_names_the_day(desk, room, people, clock):
    olivia, pat, rob = people
    client = add_client(desk, olivia)
    opened = desk.sessions.start(pat, client.id)
    room.sessions.save(
        rob, room.sessions.get(rob, opened.id), prechecked(opened.data), treatment_chart()
    )
    clock.advance(days=1)
    with pytest.raises(ConflictError) as caught:
        desk.sessions.save(pat, opened, opened.data, [])
    assert "on another computer on 23 Nov 2026 at 09:00" in caught.value.message
    assert clock.now.date() == date(2026, 11, 24)


def test_two_reviews_of_the_same_intake_at_once_keep_one_and_refuse_the_other(desk, room, people):
    olivia, _pat, rob = people
    client = add_client(desk, olivia)
    latest = desk.intake.latest(olivia, client.id)

    def rob_reviews():
        return room.intake.record(rob, client.id, latest.data, based_on=latest.id)

    heard = their_changes(desk)
    with (
        meanwhile(IntakeRecord, "before_insert", rob_reviews, desk=desk),
        pytest.raises(ConflictError) as caught,
    ):
        desk.intake.record(olivia, client.id, latest.data, based_on=latest.id)
    assert caught.value.message.startswith("Rob saved another intake for this client at 09:00")
    history = desk.intake.history(olivia, client.id)
    assert [i.recorded_by for i in history] == ["Rob", "Olivia"] and heard == []
