"""The headless commands, run in-process on real files: through acudesk.cli, and through the
`acudesk` program's entry point (acudesk.app.main), which hands them to it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from acudesk import __version__, app
from acudesk.cli import main
from acudesk.config import resolve_database_url
from acudesk.store.schema import SCHEMA_HEAD


def test_version_from_the_installed_entry_point():
    result = subprocess.run(
        [sys.executable, "-m", "acudesk", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"acudesk {__version__}"


def test_db_status_then_upgrade(sqlite_path, capsys, clock):
    assert main(["--database", str(sqlite_path), "db", "status"], clock=clock) == 1
    assert "(none)" in capsys.readouterr().out
    assert main(["--database", str(sqlite_path), "db", "upgrade"], clock=clock) == 0
    assert main(["--database", str(sqlite_path), "db", "status"], clock=clock) == 0
    out = capsys.readouterr().out
    assert f"schema:   {SCHEMA_HEAD}" in out and ": current" in out
    assert "points:   119 points on 4 diagrams: sound" in out


def test_demo_then_backup(tmp_path, sqlite_path, capsys, clock, monkeypatch):
    assert main(["--database", str(sqlite_path), "demo", "--clients", "120"], clock=clock) == 0
    assert "added 120 synthetic clients" in capsys.readouterr().out
    dest = tmp_path / "copies"
    clock.advance(minutes=5)
    backup = ["--database", str(sqlite_path), "backup", str(dest)]
    assert main(backup, clock=clock) == 1  # nobody signed in
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("ACUDESK_PASSWORD", "reception-demo")
    assert main([*backup, "--user", "reception"], clock=clock) == 1
    assert "may not make backups" in capsys.readouterr().err
    assert not dest.exists()
    monkeypatch.setenv("ACUDESK_PASSWORD", "admin-demo")
    assert main([*backup, "--user", "admin"], clock=clock) == 0
    (copy,) = dest.glob("*.sqlite3")
    assert copy.name == "clinic-20261123-090500.sqlite3"  # named by the clock the CLI was given
    count = sqlite3.connect(copy).execute("SELECT count(*) FROM client").fetchone()[0]
    assert count == 120


def test_demo_refuses_out_of_range_counts(sqlite_path, capsys, clock):
    assert main(["--database", str(sqlite_path), "demo", "--clients", "-1"], clock=clock) == 1
    assert "--clients takes a number" in capsys.readouterr().err


def test_corrupt_file_is_a_message_not_a_traceback(sqlite_path, capsys, clock):
    sqlite_path.write_bytes(b"\x00garbage" * 1000)
    assert main(["--database", str(sqlite_path), "db", "upgrade"], clock=clock) == 1
    err = capsys.readouterr().err
    assert err.startswith("acudesk: The database file") and "Traceback" not in err


def test_database_url_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("ACUDESK_DATABASE_URL", "postgresql+psycopg://h/clinic")
    assert resolve_database_url("postgresql+psycopg://other/db") == "postgresql+psycopg://other/db"
    assert resolve_database_url(None) == "postgresql+psycopg://h/clinic"
    assert resolve_database_url(None, demo=True).endswith("demo.sqlite3")
    assert resolve_database_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    monkeypatch.delenv("ACUDESK_DATABASE_URL")
    assert resolve_database_url(None).endswith("acudesk.sqlite3")


def test_unknown_command_exits_with_usage(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["frobnicate"])
    assert caught.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_products_export_writes_the_catalogue(tmp_path, sqlite_path, capsys, monkeypatch, clock):
    import json

    from acudesk.domain.product_codec import products_from_document

    assert main(["--database", str(sqlite_path), "demo", "--clients", "0"], clock=clock) == 0
    monkeypatch.setenv("ACUDESK_PASSWORD", "reception-demo")
    out_file = tmp_path / "catalogue.json"
    args = ["--database", str(sqlite_path), "products", "export", str(out_file)]
    assert main([*args, "--user", "reception"], clock=clock) == 0
    assert "Exported 24 products" in capsys.readouterr().out
    document = json.loads(out_file.read_text(encoding="utf-8"))
    assert document["format"] == "acudesk-products/1"
    assert len(products_from_document(document)) == 24
    monkeypatch.setenv("ACUDESK_PASSWORD", "wrong")
    assert main([*args, "--user", "admin"], clock=clock) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_the_program_hands_headless_commands_to_the_cli(sqlite_path, capsys, clock):
    assert app.main(["--database", str(sqlite_path), "db", "upgrade"], clock=clock) == 0
    assert app.main(["--database", str(sqlite_path), "db", "status"], clock=clock) == 0
    assert ": current" in capsys.readouterr().out


def test_the_cli_alone_starts_neither_the_app_nor_a_qt_drawing(sqlite_path, capsys):
    assert main(["--database", str(sqlite_path)]) == 1
    assert "run it as `acudesk`" in capsys.readouterr().err
    assert (
        main(
            [
                "--database",
                str(sqlite_path),
                "chart",
                "1",
                "-o",
                str(sqlite_path.with_name("x.png")),
            ]
        )
        == 1
    )
    assert "chart: run it as `acudesk`" in capsys.readouterr().err
    assert not sqlite_path.exists()  # nothing was opened


PG_URL = "postgresql+psycopg://db/acudesk"


@pytest.mark.parametrize(
    ("argv", "options"),
    [
        ([], (None, False, False)),
        (["--database", "clinic.sqlite3", "--smoke"], ("clinic.sqlite3", False, True)),
        ([f"--database={PG_URL}", "--demo"], (PG_URL, True, False)),
    ],
)
def test_the_app_alone_is_started_without_the_whole_parser(argv, options) -> None:
    found = app.app_options(argv)
    assert found is not None and (found.database, found.demo, found.smoke) == options


@pytest.mark.parametrize(
    "argv",
    [
        ["demo"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--data", "x"],
        ["--database"],
        ["--smoke", "x"],
    ],
)
def test_anything_more_goes_to_the_whole_parser(argv) -> None:
    assert app.app_options(argv) is None


def test_an_ambiguous_abbreviation_is_worded_by_the_whole_parser(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        app.main(["--d", "x"])  # ambiguous: --database or --demo
    assert stopped.value.code == 2 and "ambiguous option" in capsys.readouterr().err
