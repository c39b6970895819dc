"""Backups that restore: every copy checked, the live file never overwritten, restore swapping
whole databases on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest
from sqlalchemy import select, text

from acudesk.domain.errors import PermissionDenied
from acudesk.domain.users import Role
from acudesk.services.backup import BackupFailed, back_up
from acudesk.services.backup_check import (
    BackupUnusable,
    checksum_path,
    inspect_backup,
    write_checksum,
)
from acudesk.services.demo import seed_demo
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from acudesk.store.engine import Database
from acudesk.store.models import AuditEventRecord, ClientRecord
from acudesk.store.schema import SCHEMA_HEAD
from tests.schema_support import OLDER_REVISION, sqlite_file_at


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def clinic(any_db, clock):
    """A demo clinic of 6 clients on SQLite or PostgreSQL, and its services."""
    seed_demo(any_db, 6, clock=clock)
    return build_services(any_db, clock)


def client_count(db: Database) -> int:
    with db.read_only() as session:
        return len(session.scalars(select(ClientRecord.id)).all())


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_reads_back_whole_and_says_what_it_holds(clinic, tmp_path, clock, umask_022):
    admin = clinic.clinic.demo_user("admin")
    facts = clinic.backup.back_up_now(admin, tmp_path / "backups")
    assert facts.revision == SCHEMA_HEAD
    assert facts.counts["client"] == 6 and facts.counts["app_user"] == 3
    assert facts.taken_at == clock()
    assert "6 clients" in facts.counts_text()
    assert mode(facts.path) == 0o600 and mode(facts.path.parent) == 0o700
    assert inspect_backup(facts.path) == facts  # read again from the file alone


def _damage(path, offset_pages=2):
    """Overwrite a page in the middle of a SQLite file with noise."""
    size = path.stat().st_size
    with path.open("r+b") as raw:
        raw.seek(max(4096 * offset_pages, size // 2 // 4096 * 4096))
        raw.write(os.urandom(4096))


def _big_sqlite(sqlite_path, clock) -> Database:
    db = open_database(f"sqlite:///{sqlite_path}").db
    seed_demo(db, 300, clock=clock)
    db.dispose()  # the last connection folds the WAL into the file
    return db


def test_a_backup_of_a_damaged_file_fails_and_leaves_no_copy(sqlite_path, tmp_path, clock):
    db = _big_sqlite(sqlite_path, clock)
    _damage(sqlite_path)
    db = Database(f"sqlite:///{sqlite_path}")
    # Refused by the copy's check, or already by the copy itself when the damage is in a page
    # it reads: either way no copy is left that could pass for a backup.
    with pytest.raises(BackupFailed, match=r"does not read back whole|could not be written"):
        back_up(db, tmp_path / "out", clock=clock)
    db.dispose()
    assert list((tmp_path / "out").iterdir()) == []


def test_a_backup_never_overwrites_the_live_database(services, admin, sqlite_path, tmp_path):
    link = tmp_path / "link.sqlite3"
    link.symlink_to(sqlite_path)
    for dest in (sqlite_path, link, sqlite_path.with_name(sqlite_path.name + "-wal")):
        with pytest.raises(BackupFailed, match="is the database itself"):
            services.backup.back_up_now(admin, dest)
    assert services.clinic.details().name == "Willow Clinic"


def test_restore_brings_back_the_backup_and_keeps_the_current_aside(clinic, tmp_path, umask_022):
    admin = clinic.clinic.demo_user("admin")
    facts = clinic.backup.back_up_now(admin, tmp_path / "backups")
    seed_demo(clinic.db, 4, clock=clinic.clock)  # work done after the backup
    assert client_count(clinic.db) == 10

    report = clinic.backup.restore(admin, facts.path)

    assert client_count(clinic.db) == 6  # the same Database object, reopened
    assert report.facts.counts == facts.counts and not report.upgraded
    with clinic.db.read_only() as session:
        username, detail = session.execute(
            select(AuditEventRecord.username, AuditEventRecord.detail).where(
                AuditEventRecord.action == "restore"
            )
        ).one()
    assert username == "admin" and str(facts.path) in detail
    if clinic.db.info.is_sqlite:
        aside = open_database(f"sqlite:///{report.kept_aside}").db
        assert mode(aside.info.path) == 0o600
    else:
        url = clinic.db.engine.url.set(database=report.kept_aside)
        aside = open_database(url.render_as_string(hide_password=False)).db
    assert client_count(aside) == 10  # nothing lost: the replaced database is kept
    aside.dispose()
    seed_demo(clinic.db, 1, clock=clinic.clock)  # the app carries on writing
    assert client_count(clinic.db) == 7


def test_restore_refuses_a_damaged_backup_and_changes_nothing(sqlite_path, tmp_path, clock):
    services = build_services(_big_sqlite(sqlite_path, clock), clock)
    admin = services.clinic.demo_user("admin")
    facts = services.backup.back_up_now(admin, tmp_path / "b.sqlite3")
    _damage(facts.path)
    with pytest.raises(BackupUnusable, match="damaged"):
        services.backup.restore(admin, facts.path)
    assert client_count(services.db) == 300


def test_restore_refuses_a_backup_from_a_newer_version(services, admin, tmp_path):
    facts = services.backup.back_up_now(admin, tmp_path / "b.sqlite3")
    with sqlite3.connect(facts.path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    # As a newer acudesk would have made it: its own checksum beside it.
    write_checksum(facts.path)
    with pytest.raises(BackupUnusable, match="newer version of acudesk"):
        services.backup.restore(admin, facts.path)


def test_a_backup_changed_after_it_was_made_is_refused_by_its_checksum(services, admin, tmp_path):
    facts = services.backup.back_up_now(admin, tmp_path / "b.sqlite3")
    sidecar = checksum_path(facts.path)
    assert sidecar.read_text().split() == [sidecar.read_text().split()[0], "b.sqlite3"]
    assert oct(sidecar.stat().st_mode & 0o777) == "0o600"
    with facts.path.open("r+b") as data:  # one byte of the free pages: integrity_check passes
        data.seek(-1, 2)
        last = data.read(1)
        data.seek(-1, 2)
        data.write(bytes([last[0] ^ 0xFF]))
    with pytest.raises(BackupUnusable, match="SHA-256"):
        services.backup.restore(admin, facts.path)


def test_restore_refuses_what_is_not_a_backup(services, admin, tmp_path):
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"these are not the droids" * 100)
    with pytest.raises(BackupUnusable, match="not an acudesk backup"):
        services.backup.restore(admin, junk)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(BackupUnusable, match="no acudesk database"):
        services.backup.restore(admin, empty)


def test_a_backup_with_an_older_schema_is_upgraded_once_restored(services, admin, tmp_path, clock):
    old = sqlite_file_at(tmp_path / "old.sqlite3")
    report = services.backup.restore(admin, old)
    assert report.upgraded and report.facts.revision == OLDER_REVISION
    with services.db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD


def test_only_administrators_restore(services, make_user, tmp_path):
    practitioner = make_user("pat", Role.PRACTITIONER)
    with pytest.raises(PermissionDenied, match="may not restore"):
        services.backup.restore(practitioner, tmp_path / "x.sqlite3")
    with pytest.raises(PermissionDenied, match="may not restore"):
        services.backup.inspect(practitioner, tmp_path / "x.sqlite3")


@pytest.mark.postgres
def test_a_server_backup_is_not_restored_into_a_local_file(
    postgres_server, services, admin, clock, tmp_path
):
    server = open_database(postgres_server.create_database()).db
    seed_demo(server, 2, clock=clock)
    facts = back_up(server, tmp_path, clock=clock)
    server.dispose()
    assert facts.counts["client"] == 2 and not facts.is_sqlite
    with pytest.raises(BackupUnusable, match="another kind of database"):
        services.backup.restore(admin, facts.path)


@pytest.mark.postgres
def test_a_damaged_server_archive_is_refused(postgres_server, tmp_path, clock):
    db = open_database(postgres_server.create_database()).db
    seed_demo(db, 6, clock=clock)
    services = build_services(db, clock)
    admin = services.clinic.demo_user("admin")
    facts = services.backup.back_up_now(admin, tmp_path)
    good = facts.path.read_bytes()
    for tenth in range(1, 10):  # damage spread over the archive: its table of contents, its DDL,
        data = bytearray(good)  # its compressed data; invalid UTF-8 on purpose
        at = len(data) * tenth // 10
        data[at : at + 32] = b"\xff\xfe\xc3" * 10 + b"\x00\x00"
        facts.path.write_bytes(bytes(data))
        with pytest.raises(BackupFailed):  # refused by the check, or by the scratch restore
            services.backup.restore(admin, facts.path)
        assert client_count(db) == 6
    db.dispose()
