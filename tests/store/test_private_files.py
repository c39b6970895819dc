"""Health data on disk is private: 0600 files in 0700 folders, under the usual umask 022."""

from __future__ import annotations

import json
import os
import stat

import pytest

from acudesk.cli import main
from acudesk.config import data_dir
from acudesk.services.startup import open_database
from acudesk.store.private_files import open_private, private_dir, write_private_bytes
from tests.schema_support import sqlite_file_at


@pytest.fixture(autouse=True)
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_database_and_its_wal_are_owner_only_in_an_owner_only_folder(tmp_path, clock):
    path = tmp_path / "new" / "deeper" / "clinic.sqlite3"
    opened = open_database(f"sqlite:///{path}", clock)
    with opened.db.engine.begin() as conn:  # a write: SQLite creates the -wal and -shm
        conn.exec_driver_sql("CREATE TABLE keepsake (x)")
        conn.exec_driver_sql("INSERT INTO keepsake VALUES (1)")
        files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
        assert [mode(f) for f in files] == [0o600] * 3
    opened.db.dispose()
    assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700


def test_an_older_installs_files_are_tightened_when_opened(clock):
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    path = folder / "acudesk.sqlite3"
    path.touch(mode=0o644)
    path.chmod(0o644)
    open_database(f"sqlite:///{path}", clock).db.dispose()
    assert mode(path) == 0o600 and mode(folder) == 0o700


def test_a_pre_upgrade_copy_is_owner_only(sqlite_path, clock):
    sqlite_file_at(sqlite_path)
    opened = open_database(f"sqlite:///{sqlite_path}", clock)
    opened.db.dispose()
    assert opened.copy is not None and mode(opened.copy) == 0o600


def test_exports_of_health_data_are_owner_only(sqlite_path, tmp_path, clock, monkeypatch, capsys):
    monkeypatch.setenv("ACUDESK_PASSWORD", "admin-demo")
    db = ["--database", str(sqlite_path)]
    assert main([*db, "demo", "--clients", "3"], clock=clock) == 0
    user = ["--user", "admin"]
    assert main([*db, "clients", "export", str(tmp_path / "c.csv"), *user], clock=clock) == 0
    assert (
        main([*db, "record", "export", "1", "-o", str(tmp_path / "r.json"), *user], clock=clock)
        == 0
    )
    assert main([*db, "backup", *user], clock=clock) == 0
    assert mode(tmp_path / "c.csv") == 0o600 and mode(tmp_path / "r.json") == 0o600
    assert json.loads((tmp_path / "r.json").read_text())["client"]
    backup, checksum = sorted((sqlite_path.parent / "backups").iterdir())
    assert checksum.name == backup.name + ".sha256"
    assert mode(backup) == 0o600 and mode(checksum) == 0o600 and mode(backup.parent) == 0o700


def test_helpers_override_an_existing_files_mode(tmp_path):
    target = tmp_path / "old.pdf"
    target.write_bytes(b"x")
    target.chmod(0o644)
    write_private_bytes(target, b"%PDF")
    assert mode(target) == 0o600 and target.read_bytes() == b"%PDF"
    with open_private(tmp_path / "n.csv", "w", encoding="utf-8") as out:
        out.write("a,b\n")
    assert mode(tmp_path / "n.csv") == 0o600
    with pytest.raises(ValueError):
        open_private(tmp_path / "n.csv", "r")
    assert mode(private_dir(tmp_path / "p" / "q")) == 0o700
