from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import AlreadySetUp, NotFound, PermissionDenied, ValidationError
from acudesk.domain.users import NewUser, Role
from acudesk.services.backup import BackupFailed, back_up
from acudesk.services.demo import seed_demo
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from acudesk.store.models import AuditEventRecord, ClientRecord, ClinicRecord


def test_new_database_needs_first_run(services):
    assert services.clinic.needs_first_run()
    assert services.clinic.details() is None


def test_set_up_creates_clinic_and_admin_in_one_go(services):
    user = services.clinic.set_up(
        ClinicDetails("  Willow Clinic ", "1 High St", "020 7946 0001"),
        NewUser("Owner", "Olivia", Role.RECEPTION, "a good password"),
    )
    assert user.role is Role.ADMIN  # the first account is always an administrator
    assert not services.clinic.needs_first_run()
    assert services.clinic.details() == ClinicDetails("Willow Clinic", "1 High St", "020 7946 0001")
    with pytest.raises(AlreadySetUp):
        services.clinic.set_up(ClinicDetails("Other"), NewUser("x1", "X", Role.ADMIN, "password1"))


def test_set_up_reports_every_field_and_writes_nothing(services):
    with pytest.raises(ValidationError) as caught:
        services.clinic.set_up(ClinicDetails(""), NewUser("", "", Role.ADMIN, "short"))
    assert set(caught.value.errors) == {
        "clinic.name",
        "admin.username",
        "admin.display_name",
        "admin.password",
    }
    assert services.clinic.needs_first_run()
    with services.db.read_only() as session:
        assert session.scalar(select(func.count()).select_from(ClinicRecord)) == 0


def test_only_admin_changes_clinic_details(services, admin, make_user):
    rita = make_user("rita", Role.RECEPTION)
    with pytest.raises(PermissionDenied):
        services.clinic.update(rita, ClinicDetails("Renamed"))
    updated = services.clinic.update(
        admin,
        replace(services.clinic.details(), name="Willow & Co", address="2 Low St", phone="+44 1"),
    )
    assert updated.name == "Willow & Co"


def test_demo_seed_makes_users_and_synthetic_clients(services):
    added = seed_demo(services.db, 250, clock=services.clock)
    assert added == 250
    details = services.clinic.details()
    assert details is not None and details.is_demo
    passwords = services.clinic.demo_passwords()
    assert set(passwords) == {"reception", "practitioner", "admin"}
    for username, password in passwords.items():
        assert services.users.sign_in(username, password).role.value == username
    with services.db.read_only() as session:
        count = session.scalar(select(func.count()).select_from(ClientRecord))
        emails = session.scalars(select(ClientRecord.email)).all()
    assert count == 250
    assert all(e.endswith("@example.com") for e in emails)  # reserved domain: nobody real
    assert services.clinic.demo_user("reception").role is Role.RECEPTION
    # Seeding again adds clients to the same demo clinic.
    assert seed_demo(services.db, 10, clock=services.clock) == 10


def test_demo_never_touches_a_real_clinic(services, admin):
    with pytest.raises(AlreadySetUp, match="real clinic"):
        seed_demo(services.db, 10, clock=services.clock)
    assert services.clinic.demo_passwords() == {}
    with pytest.raises(NotFound, match="demo database"):
        services.clinic.demo_user()


def test_backup_is_a_consistent_sqlite_copy(services, admin, tmp_path):
    seed_target = tmp_path / "backups"
    path = services.backup.back_up_now(admin, seed_target).path
    assert path.parent == seed_target and path.suffix == ".sqlite3"
    copy = sqlite3.connect(path)
    assert copy.execute("SELECT name FROM clinic").fetchall() == [("Willow Clinic",)]
    copy.close()
    with services.db.read_only() as session:
        actions = session.scalars(select(AuditEventRecord.action)).all()
    assert "backup" in actions


def test_backup_into_an_unwritable_place_says_so(services, admin, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(BackupFailed, match="could not be written"):
        services.backup.back_up_now(admin, blocker / "inside")


@pytest.mark.postgres
def test_backup_of_a_server_database_uses_pg_dump(postgres_server, tmp_path, clock):
    opened = open_database(postgres_server.create_database())
    services = build_services(opened.db, clock)
    seed_demo(opened.db, 5, clock=clock)
    target = back_up(opened.db, tmp_path, clock=clock).path
    opened.db.dispose()
    assert target.suffix == ".pgdump"
    assert target.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom-format signature
    assert services.clinic is not None


@pytest.mark.postgres
def test_pg_dump_missing_is_a_clear_message(postgres_server, tmp_path, monkeypatch, clock):
    opened = open_database(postgres_server.create_database())
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(BackupFailed, match="pg_dump is not installed"):
        back_up(opened.db, tmp_path, clock=clock)
    opened.db.dispose()


def test_a_new_demo_clinic_comes_with_intakes_and_courses(services):
    import io

    from PIL import Image

    seed_demo(services.db, 20, clock=services.clock, histories=6)
    practitioner = services.clinic.demo_user("practitioner")
    with_history = [
        r
        for r in services.clients.search(practitioner, "", limit=100)
        if services.intake.latest(practitioner, r.id) is not None
    ]
    assert len(with_history) == 6
    intake = services.intake.latest(practitioner, with_history[0].id)
    assert intake.recorded_at == services.clock()  # recorded on the clock seed_demo was given
    assert intake.data.taken_on < services.clock().date()
    signature = Image.open(io.BytesIO(intake.data.consent.signature_png))
    assert signature.size == (240, 80) and signature.getextrema()[0] < 100  # ink on paper
    sessions = services.sessions.history(practitioner, with_history[0].id)
    assert sessions and all(s.status.value == "completed" for s in sessions)
    assert [s.data.course_number for s in reversed(sessions)] == list(range(1, len(sessions) + 1))
    assert all(s.chart and s.data.needles_out for s in sessions)
    assert all(s.data.started_at.date() < services.clock().date() for s in sessions)
