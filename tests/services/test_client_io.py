"""CSV import/export and the JSON record, through the services and the CLI, on real files."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acudesk.cli import main
from acudesk.domain.clients import ClientInput
from acudesk.domain.errors import AcudeskError
from acudesk.domain.intake import Consent, IntakeData, Procedure, ProcedureKind, SkinAssessment
from acudesk.services.records import RecordFormatError
from tests.conftest import ADMIN_PASSWORD

GOOD = (
    "\ufeffFirst Name;Last Name;Date of Birth;Mobile;E-mail;Notes\n"
    'Zoë;Müller;29/02/1980;020 7946 0123;zoe@example.com;"multi\nline; note"\n'
    "Наталья;Петрова;1975-06-01;+7 495 123-45-67;natalia@example.com;\n"
)


def test_import_recognises_headers_bom_semicolons_and_multiline(services, admin):
    report = services.transfers.import_csv(admin, GOOD)
    assert (report.total, report.imported, report.problems) == (2, 2, [])
    (zoe,) = services.clients.search(admin, "zoe")
    client = services.clients.get(admin, zoe.id)
    assert client.data.date_of_birth == date(1980, 2, 29)
    assert client.data.notes == "multi\nline; note"


def test_bad_rows_reported_with_line_numbers_and_nothing_imported(services, admin):
    text = (
        "Name,DOB,Phone\n"
        "Anna Rossi,12/03/1985,020 7946 0001\n"
        "Bea Bianchi,31/02/1990,\n"
        "\n"
        "Carla Costa,01/01/1970,12345\n"
        "Dora Dini,1/1/1960,,extra\n"
    )
    report = services.transfers.import_csv(admin, text)
    assert report.imported == 0
    assert report.bad_lines == [3, 5, 6]
    messages = [str(p) for p in report.problems]
    assert "Line 3 (Bea Bianchi), date of birth: '31/02/1990' is not a real date." in messages
    assert any(m.startswith("Line 6 (Dora Dini): The row has 4 values") for m in messages)
    assert services.clients.search(admin, "") == []
    kept = services.transfers.import_csv(admin, text, skip_invalid=True)
    assert kept.imported == 1
    assert [r.display_name for r in services.clients.search(admin, "")] == ["Anna Rossi"]


def test_duplicates_in_file_and_database_are_listed_not_imported(services, admin):
    services.clients.create(
        admin, ClientInput(first_name="Zoë", last_name="Müller", email="zoe@example.com")
    )
    text = (
        "first_name,last_name,email\n"
        "Zoe,Other,ZOE@example.com\n"
        "Anna,Rossi,anna@example.com\n"
        "Anna,Rossi,anna@example.com\n"
    )
    report = services.transfers.import_csv(admin, text)
    assert [line for line, _ in report.duplicates] == [2, 4]
    assert "already registered as Zoë Müller" in report.duplicates[0][1]
    assert "same client as line 3" in report.duplicates[1][1]
    assert report.imported == 1


def test_dry_run_writes_nothing(services, admin):
    report = services.transfers.import_csv(admin, GOOD, dry_run=True)
    assert len(report.valid) == 2 and report.imported == 0
    assert services.clients.search(admin, "") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("a,b\x00c\n", "NUL"),
        ("Colour,Size\nred,big\n", "cannot find a name"),
        ("Name\n" + "x" * 200_000 + "\n", "longer than"),
    ],
)
def test_unreadable_files_get_a_clear_message(services, admin, text, message):
    with pytest.raises(AcudeskError, match=message):
        services.transfers.import_csv(admin, text)


def test_export_guards_formulas_and_round_trips(services, admin):
    services.clients.create(
        admin,
        ClientInput(
            first_name="Anna",
            last_name="Rossi",
            phone="020 7946 0001",
            notes='=HYPERLINK("http://evil")',
        ),
    )
    out = io.StringIO()
    assert services.transfers.export_csv(admin, out) == 1
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[1][12] == '\'=HYPERLINK("http://evil")'
    assert rows[1][5] == "'+44 20 7946 0001"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    # The guarded file imports back unchanged (into a new clinic's database: here, reuse).
    services.clients.set_archived(admin, services.clients.get(admin, 1), True)
    report = services.transfers.preview(admin, out.getvalue())[2]
    assert report.duplicates and "Anna Rossi" in report.duplicates[0][1]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=2000))
def test_importer_never_crashes_on_random_text(services, admin, text):
    try:
        report = services.transfers.import_csv(
            admin, "First Name,Last Name,DOB,Phone\n" + text, dry_run=True
        )
    except AcudeskError as error:
        assert error.message
    else:
        assert report.total >= len(report.valid)


SIGNATURE = b"\x89PNG\r\n\x1a\nsig"


def test_record_round_trip_loses_nothing(
    tmp_path, sqlite_path, services, admin, clock, monkeypatch
):
    zoe = services.clients.create(
        admin,
        ClientInput(
            first_name="Zoë",
            last_name="Παπαδοπούλου",
            preferred_name="Zo",
            date_of_birth="1980-02-29",
            phone="020 7946 0123",
            email="zoe@example.com",
            address="1 Road\nTown",
            emergency_contact="Max, 020 7946 0999",
            physician="Dr Who",
            language="it",
            referral_source="Friend",
            notes="Likes mornings",
        ),
    )
    intake = IntakeData(
        taken_on=date(2026, 11, 20),
        conditions=("pregnancy", "diabetes"),
        condition_details={"diabetes": "controlled"},
        medications=("Metformin",),
        allergies=("CI 77891",),
        procedures=(Procedure(ProcedureKind.LASER, date(2026, 11, 1), "cheeks"),),
        skin=SkinAssessment(4, 3, "dry", ("dryness",), "Glow"),
        consent=Consent(True, False, date(2026, 11, 20), SIGNATURE),
    )
    services.intake.record(admin, zoe.id, intake, based_on=None)
    exported = services.records.export_record(admin, zoe.id)
    assert exported["format"] == "acudesk-record/1"
    assert {a["id"] for a in exported["alerts"]} == {"pregnancy", "diabetes", "recent-procedure"}
    assert exported["intakes"][0]["consent"]["signature_png"]  # base64 text

    path = tmp_path / "zoe.json"
    env_args = ["--database", str(tmp_path / "other.sqlite3")]
    assert main([*env_args, "demo", "--clients", "0"], clock=clock) == 0
    path.write_text(json.dumps(exported), encoding="utf-8")
    monkeypatch.setenv("ACUDESK_PASSWORD", "admin-demo")  # put back after the test
    assert main([*env_args, "record", "import", str(path), "--user", "admin"], clock=clock) == 0
    out = tmp_path / "again.json"
    export = [*env_args, "record", "export", "1", "-o", str(out), "--user", "admin"]
    assert main(export, clock=clock) == 0
    # Importing the same client twice is refused, and nothing changes.
    assert main([*env_args, "record", "import", str(path), "--user", "admin"], clock=clock) == 1
    again = json.loads(out.read_text(encoding="utf-8"))
    for key in ("client", "alerts", "format"):
        assert again[key] == exported[key], key
    # The intakes too, but for who recorded them: the file's author becomes provenance.
    recorded = [i.pop("recorded_by") for i in again["intakes"]]
    assert recorded == [
        f"imported, recorded by {i.pop('recorded_by')}" for i in exported["intakes"]
    ]
    assert again["intakes"] == exported["intakes"]


def test_record_import_refuses_malformed_documents(services, admin):
    for document, message in [
        ({"format": "something/2"}, "not an acudesk record"),
        ({"format": "acudesk-record/1", "client": "Anna"}, "client: expected an object"),
        (
            {
                "format": "acudesk-record/1",
                "client": {"first_name": "Anna"},
                "intakes": [{"taken_on": "yesterday"}],
            },
            "taken_on",
        ),
        (
            {
                "format": "acudesk-record/1",
                "client": {"first_name": "Anna"},
                "intakes": [{"taken_on": "2026-01-01", "consent": {"signature_png": "%%%"}}],
            },
            "base64",
        ),
    ]:
        with pytest.raises(RecordFormatError, match=message):
            services.records.import_record(admin, document)
    assert services.clients.search(admin, "") == []


def test_cli_import_exit_codes_and_report(tmp_path, capsys, monkeypatch, clock):
    db = ["--database", str(tmp_path / "c.sqlite3")]
    assert main([*db, "demo", "--clients", "0"], clock=clock) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "First Name,Last Name,DOB\nAnna,Rossi,1/1/1990\nBea,B,99/99/1999\n", encoding="utf-8"
    )
    monkeypatch.setenv("ACUDESK_PASSWORD", "admin-demo")
    capsys.readouterr()
    import_bad = [*db, "clients", "import", str(bad), "--user", "admin"]
    assert main(import_bad, clock=clock) == 1
    captured = capsys.readouterr()
    assert "Line 3 (Bea B), date of birth" in captured.err and "Nothing imported" in captured.out
    assert main([*import_bad, "--dry-run"], clock=clock) == 1
    assert main([*import_bad, "--skip-invalid"], clock=clock) == 0
    assert "Imported 1 clients" in capsys.readouterr().out
    out = tmp_path / "out.csv"
    assert main([*db, "clients", "export", str(out), "--user", "admin"], clock=clock) == 0
    assert out.read_text(encoding="utf-8-sig").splitlines()[1].startswith("Anna,Rossi")
    monkeypatch.setenv("ACUDESK_PASSWORD", "wrong")
    assert main([*db, "clients", "export", str(out), "--user", "admin"], clock=clock) == 1
    assert "Wrong username or password" in capsys.readouterr().err
    assert ADMIN_PASSWORD


def test_cli_map_puts_unknown_columns_into_fields(tmp_path, capsys, monkeypatch, clock):
    db = ["--database", str(tmp_path / "m.sqlite3")]
    assert main([*db, "demo", "--clients", "0"], clock=clock) == 0
    odd = tmp_path / "odd.csv"
    odd.write_text(
        "Chi,Famiglia,Tel. casa,Quando\nAnna,Rossi,020 7946 0001,12/03/1985\n", encoding="utf-8"
    )
    monkeypatch.setenv("ACUDESK_PASSWORD", "admin-demo")
    command = [*db, "clients", "import", str(odd), "--user", "admin"]
    capsys.readouterr()
    assert main(command, clock=clock) == 1
    assert "cannot find a name column" in capsys.readouterr().err
    mapped = [
        *command,
        "--map", "Chi=first_name",
        "--map", "famiglia=Last name",
        "--map", "Tel. casa=phone",
        "--map", "Quando=date_of_birth",
    ]  # fmt: skip
    assert main(mapped, clock=clock) == 0
    assert "Imported 1 clients" in capsys.readouterr().out
    assert main([*command, "--map", "Fax=phone"], clock=clock) == 1
    assert "no column called “Fax”" in capsys.readouterr().err
    assert main([*command, "--map", "no equals sign"], clock=clock) == 1
