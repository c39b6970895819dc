"""Errors that escape: a private crash report without health data, on both databases."""

from __future__ import annotations

import stat
import sys
import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from acudesk.config import data_dir
from acudesk.services import crash

NOTES = "Told us in confidence about her depression medication"


def _failing_insert(db) -> DBAPIError:
    """A statement carrying a client's notes that the database refuses (first_name is NOT
    NULL): PostgreSQL's own message then quotes the failing row, notes included."""
    with pytest.raises(DBAPIError) as caught, db.unit_of_work() as session:
        notes = NOTES
        session.execute(
            text("INSERT INTO client (first_name, notes) VALUES (:first, :notes)"),
            {"first": None, "notes": notes},
        )
    return caught.value


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_crash_report_never_holds_the_notes_of_a_failing_statement(any_db):
    error = _failing_insert(any_db)
    assert "hide_parameters=True" in str(error)  # the engine keeps values out of its message
    path = crash.write_crash_report(type(error), error, error.__traceback__)
    report = path.read_text(encoding="utf-8")
    assert NOTES not in report
    assert "depression" not in report
    assert "sqlalchemy.exc.IntegrityError" in report
    assert "INSERT INTO client (first_name, notes) VALUES" in report  # the SQL, not its values
    assert "_failing_insert" in report  # where it happened
    assert path.parent == data_dir() / crash.CRASH_FOLDER
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700


def test_the_hook_writes_the_report_says_where_and_shows_it(monkeypatch, capsys):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown = []
    crash.install_crash_handler(shown.append)
    try:
        notes = NOTES
        raise ValueError(f"could not read {notes}")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    (path,) = shown
    err = capsys.readouterr().err
    assert str(path) in err
    assert "Traceback" not in err and NOTES not in err
    assert NOTES not in path.read_text(encoding="utf-8")
    assert "builtins.ValueError" in path.read_text(encoding="utf-8")


def test_an_error_in_another_thread_is_reported_too(monkeypatch, capsys):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install_crash_handler()

    def work() -> None:
        raise RuntimeError(NOTES)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    err = capsys.readouterr().err
    assert "A report without health data is in" in err and NOTES not in err
    (path,) = (data_dir() / crash.CRASH_FOLDER).glob("crash-*.txt")
    report = path.read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in report and "in work" in report
    assert NOTES not in report
