"""`acudesk backup` checks its copy; `acudesk restore` puts one back, also over a damaged file."""

from __future__ import annotations

import sqlite3

import pytest

from acudesk.cli import main
from acudesk.store.schema import SCHEMA_HEAD

ADMIN = ["--user", "admin"]


@pytest.fixture
def demo(sqlite_path, clock, capsys, monkeypatch):
    monkeypatch.setenv("ACUDESK_PASSWORD", "admin-demo")
    monkeypatch.setenv("ACUDESK_USER", "admin")  # backups are an administrator's
    assert main(["--database", str(sqlite_path), "demo", "--clients", "12"], clock=clock) == 0
    capsys.readouterr()
    return sqlite_path


def _count(path) -> int:
    with sqlite3.connect(path) as raw:
        count = raw.execute("SELECT count(*) FROM client").fetchone()[0]
    raw.close()
    return int(count)


def test_backup_says_what_it_checked(demo, tmp_path, capsys, clock):
    assert main(["--database", str(demo), "backup", str(tmp_path / "b.sqlite3")], clock=clock) == 0
    out = capsys.readouterr().out
    assert f"Backed up to {tmp_path / 'b.sqlite3'}" in out
    assert f"integrity ok, schema {SCHEMA_HEAD}, taken 2026-11-23 09:00: 12 clients" in out


def test_backup_onto_the_database_itself_is_refused(demo, capsys, clock):
    assert main(["--database", str(demo), "backup", str(demo)], clock=clock) == 1
    assert "is the database itself" in capsys.readouterr().err
    assert _count(demo) == 12


def test_restore_as_an_administrator(demo, tmp_path, capsys, clock):
    backup = tmp_path / "b.sqlite3"
    assert main(["--database", str(demo), "backup", str(backup)], clock=clock) == 0
    assert main(["--database", str(demo), "demo", "--clients", "3"], clock=clock) == 0
    capsys.readouterr()
    clock.advance(hours=1)
    argv = ["--database", str(demo), "restore", str(backup), "--yes", *ADMIN]
    assert main(argv, clock=clock) == 0
    out = capsys.readouterr().out
    assert "This replaces Local file" in out and "(15 clients" in out
    aside = demo.with_name("clinic.before-restore-20261123-100000.sqlite3")
    assert f"kept as {aside}" in out
    assert _count(demo) == 12 and _count(aside) == 15


def test_restore_without_yes_from_a_script_restores_nothing(demo, tmp_path, capsys, clock):
    backup = tmp_path / "b.sqlite3"
    assert main(["--database", str(demo), "backup", str(backup)], clock=clock) == 0
    argv = ["--database", str(demo), "restore", str(backup), *ADMIN]
    assert main(argv, clock=clock) == 1
    assert "add --yes" in capsys.readouterr().err


def test_reception_may_not_restore(demo, tmp_path, capsys, clock, monkeypatch):
    backup = tmp_path / "b.sqlite3"
    assert main(["--database", str(demo), "backup", str(backup)], clock=clock) == 0
    monkeypatch.setenv("ACUDESK_PASSWORD", "reception-demo")
    argv = ["--database", str(demo), "restore", str(backup), "--yes", "--user", "reception"]
    assert main(argv, clock=clock) == 1
    assert "may not restore" in capsys.readouterr().err


def test_restore_over_a_damaged_file(demo, tmp_path, capsys, clock):
    backup = tmp_path / "b.sqlite3"
    assert main(["--database", str(demo), "backup", str(backup)], clock=clock) == 0
    for suffix in ("-wal", "-shm"):
        demo.with_name(demo.name + suffix).unlink(missing_ok=True)
    demo.write_bytes(b"\x00garbage" * 4096)  # not a database any more
    argv = ["--database", str(demo), "restore", str(backup), "--yes"]
    assert main(argv, clock=clock) == 0
    captured = capsys.readouterr()
    assert "is damaged" in captured.err and "Restored." in captured.out
    assert _count(demo) == 12
    assert demo.with_name("clinic.before-restore-20261123-090000.sqlite3").read_bytes()[:8] == (
        b"\x00garbage"
    )


def test_restore_of_a_file_that_is_not_a_backup(demo, tmp_path, capsys, clock):
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("hello")
    assert main(["--database", str(demo), "restore", str(junk), "--yes", *ADMIN], clock=clock) == 1
    assert "not an acudesk backup" in capsys.readouterr().err
