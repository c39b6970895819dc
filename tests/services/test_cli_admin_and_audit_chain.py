"""Headless set-up (`acudesk users add|list`) and the audit chain (`acudesk audit verify|export`),
on SQLite and PostgreSQL: the chain holds, refuses UPDATE and DELETE, and names the first
event someone changed behind the app's back."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import text

from acudesk.cli import main
from acudesk.domain.clients import ClientInput
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database

PASSWORD = "owner-password-1"


@pytest.fixture
def stdin(monkeypatch):
    def feed(value: str) -> None:
        monkeypatch.setattr("sys.stdin", io.StringIO(value))

    return feed


def _run(url: str, clock, *args: str) -> int:
    return main(["--database", url, *args], clock=clock)


def test_headless_set_up_then_an_audited_chain_that_names_a_tampered_event(
    any_db_url, clock, capsys, stdin, monkeypatch, tmp_path
):
    stdin(PASSWORD + "\n")
    add = ["users", "add", "--role", "admin", "--username", "olivia", "--name", "Olivia Owner"]
    assert _run(any_db_url, clock, *add) == 1  # an empty database needs the clinic's name
    assert "--clinic" in capsys.readouterr().err
    stdin(PASSWORD + "\n")
    assert _run(any_db_url, clock, *add, "--clinic", "Willow Clinic") == 0
    assert "Added olivia (admin)" in capsys.readouterr().out

    second = ["users", "add", "--role", "reception", "--username", "rita", "--name", "Rita"]
    stdin("rita-password-1\n")
    assert _run(any_db_url, clock, *second) == 1  # later accounts need an administrator
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("ACUDESK_PASSWORD", PASSWORD)
    stdin("rita-password-1\n")
    assert _run(any_db_url, clock, *second, "--user", "olivia") == 0
    assert _run(any_db_url, clock, "users", "list", "--user", "olivia") == 0
    listed = capsys.readouterr().out
    assert "rita" in listed and "reception" in listed and "olivia" in listed

    monkeypatch.setenv("ACUDESK_PASSWORD", "rita-password-1")
    assert _run(any_db_url, clock, "audit", "verify", "--user", "rita") == 1
    assert "may not read the audit log" in capsys.readouterr().err

    opened = open_database(any_db_url)
    db = opened.db
    services = build_services(db, clock)
    admin = services.users.sign_in("olivia", PASSWORD)
    anna = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    services.clients.get(admin, anna.id)

    monkeypatch.setenv("ACUDESK_PASSWORD", PASSWORD)
    assert _run(any_db_url, clock, "audit", "verify", "--user", "olivia") == 0
    assert "Audit chain intact" in capsys.readouterr().out
    out_file = tmp_path / "audit.csv"
    export = ["audit", "export", "--from", "2026-11-23", "--to", "2026-11-23", "-o", str(out_file)]
    assert _run(any_db_url, clock, *export, "--client", str(anna.id), "--user", "olivia") == 0
    rows = list(csv.DictReader(out_file.open(encoding="utf-8")))
    assert [(r["action"], r["entity"]) for r in rows] == [
        ("create", "client"),
        ("read", "client"),
        ("export", "audit"),  # the export itself, about this client
    ]
    assert {r["client_id"] for r in rows} == {str(anna.id)}
    assert out_file.stat().st_mode & 0o777 == 0o600

    with db.engine.connect() as conn:  # the app's own statements cannot change the log
        for statement in ("UPDATE audit_event SET detail = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(Exception, match="audit events cannot be"):
                conn.execute(text(statement))
            conn.rollback()
    _tamper(db, anna.id)
    capsys.readouterr()
    assert _run(any_db_url, clock, "audit", "verify", "--user", "olivia") == 1
    broken = capsys.readouterr().err
    tampered = _event_id(db, anna.id)
    assert f"BROKEN at event {tampered} " in broken and "do not match its hash" in broken
    report = services.audit.verify(admin)
    assert not report.intact and report.broken_id == tampered
    db.dispose()


def _event_id(db, client_id: int) -> int:
    with db.engine.connect() as conn:
        return conn.execute(
            text("SELECT min(id) FROM audit_event WHERE action = 'read' AND client_id = :c"),
            {"c": client_id},
        ).scalar_one()


def _tamper(db, client_id: int) -> None:
    """What someone with the database file or a superuser could do: drop the guard, edit."""
    event = _event_id(db, client_id)
    with db.engine.begin() as conn:
        if db.info.is_sqlite:
            conn.execute(text("DROP TRIGGER audit_event_no_update"))
        else:
            conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change"))
        conn.execute(
            text("UPDATE audit_event SET username = 'nobody' WHERE id = :id"), {"id": event}
        )
