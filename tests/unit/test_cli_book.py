"""`acudesk book`, `appointments list|export` and `day-sheet` on a real SQLite file: what they
print, their exit codes (0 done, 1 a clash with nothing booked, 2 bad input in one line), the
files they write (owner-only), read back: CSV, JSON, .ics with icalendar, PDFs with pypdf and
rendered with pypdfium2."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import date, time
from pathlib import Path

import pypdfium2
import pytest
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import func, select

from acudesk.cli import main
from acudesk.domain.audit import AuditFilter
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from acudesk.store.book_models import AppointmentRecord
from tests.services.handouts_support import add_client

PASSWORD = "a good password"


@pytest.fixture
def clinic(sqlite_path: Path, clock, monkeypatch) -> dict:
    """A clinic in a SQLite file: London, Mon-Sat 9-18, rooms Blue and Green, Pat, a client."""
    return make_clinic(f"sqlite:///{sqlite_path}", clock, monkeypatch)


def make_clinic(url: str, clock, monkeypatch) -> dict:
    opened = open_database(url)
    services = build_services(opened.db, clock)
    owner = services.clinic.set_up(
        ClinicDetails("Willow Clinic"), NewUser("owner", "Olivia Owner", Role.ADMIN, PASSWORD)
    )
    services.users.add_user(owner, NewUser("pat", "Pat Green", Role.PRACTITIONER, PASSWORD))
    hours = WeeklyHours.every_day(time(9), time(18), range(6))
    location = services.book_setup.add_location(owner, "Willow Street", "Europe/London", hours)
    for name in ("Blue room", "Green room"):
        services.book_setup.add_room(owner, location.id, name)
    services.book_setup.add_service_type(owner, ServiceType("Facial acupuncture", 60, after=10))
    client = add_client(services, owner, "Giulia", "Rossi")
    other = add_client(services, owner, "Marco", "Bianchi")
    opened.db.dispose()
    monkeypatch.setenv("ACUDESK_PASSWORD", PASSWORD)
    return {"url": url, "client": client.id, "other": other.id, "owner": owner}


def run(clinic: dict, clock, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--database", clinic["url"], *args, "--user", "owner"], clock=clock)
    out, err = capsys.readouterr()
    return code, out, err


def book(clinic, clock, capsys, start: str, *more: str, client: str = "client"):
    return run(
        clinic,
        clock,
        capsys,
        "book",
        "--client",
        str(clinic[client]),
        "--service",
        "Facial acupuncture",
        "--start",
        start,
        *more,
    )


def stored(clinic: dict) -> int:
    opened = open_database(clinic["url"])
    try:
        with opened.db.read_only() as session:
            return int(session.scalar(select(func.count()).select_from(AppointmentRecord)))
    finally:
        opened.db.dispose()


def test_book_prints_the_appointment_made(clinic, clock, capsys) -> None:
    code, out, _err = book(
        clinic, clock, capsys, "2027-03-16 10:00", "--room", "blue ROOM", "--practitioner", "PAT"
    )
    assert code == 0, _err
    assert "Booked 1 appointment for Giulia Rossi" in out
    assert "Tue 2027-03-16 10:00-11:00 Europe/London  Facial acupuncture  Blue room" in out
    assert stored(clinic) == 1


def test_without_a_room_the_first_free_one_is_booked(clinic, clock, capsys) -> None:
    assert book(clinic, clock, capsys, "2027-03-16 10:00")[0] == 0
    code, out, err = book(clinic, clock, capsys, "2027-03-16 10:30", client="other")
    assert code == 0, err
    assert "10:30-11:30 Europe/London  Facial acupuncture  Green room" in out  # Blue is taken
    code, out, err = book(clinic, clock, capsys, "2027-03-16 10:45")
    assert code == 1 and "The room is taken then." in out and stored(clinic) == 2


def test_a_course_across_the_clock_change_stays_at_ten_local(clinic, clock, capsys) -> None:
    # London leaves summer time on 31 October 2027.
    code, out, err = book(
        clinic, clock, capsys, "2027-10-19 10:00", "--room", "Blue room", "--repeat",
        "FREQ=WEEKLY;COUNT=4",
    )  # fmt: skip
    assert code == 0, err
    lines = [line for line in out.splitlines() if line.startswith("  #")]
    assert [line.split()[2:4] for line in lines] == [
        ["2027-10-19", "10:00-11:00"],
        ["2027-10-26", "10:00-11:00"],
        ["2027-11-02", "10:00-11:00"],
        ["2027-11-09", "10:00-11:00"],
    ]
    assert stored(clinic) == 4


def test_a_clash_prints_each_with_its_alternative_and_books_none(clinic, clock, capsys) -> None:
    assert book(clinic, clock, capsys, "2027-03-23 10:30", "--room", "Blue room")[0] == 0
    code, out, err = book(
        clinic, clock, capsys, "2027-03-16 10:00", "--room", "Blue room", "--repeat",
        "FREQ=WEEKLY;COUNT=3", client="other",
    )  # fmt: skip
    assert code == 1
    assert out.count("clash") == 1
    assert "Tue 2027-03-23 10:00" in out and "The room is taken then." in out
    assert "nearest free: Tue 2027-03-23 " in out
    assert "1 of 3 asked for clash with the book: nothing was booked." in err
    assert stored(clinic) == 1
    code, out, err = book(clinic, clock, capsys, "2027-03-23 11:00", "--room", "Blue room")
    assert code == 1 and "nearest free: Tue 2027-03-23 11:40" in out  # after the cleaning
    assert stored(clinic) == 1


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (("--service", "faciall acupunture"), "Did you mean «Facial acupuncture»?"),
        (("--service", "Massage"), "No service is called «Massage». Known: Facial acupuncture."),
        (("--start", "2027-02-30 10:00"), '--start takes "YYYY-MM-DD HH:MM"'),
        (("--start", "16/03/2027 10:00"), '--start takes "YYYY-MM-DD HH:MM"'),
        (("--repeat", "FREQ=SOMETIMES;COUNT=3"), "not a repeat rule acudesk can read"),
        (("--repeat", "FREQ=WEEKLY"), "A course needs an end"),
        (("--repeat", "FREQ=DAILY;COUNT=500"), "at most 60 sessions"),
        (("--room", "Red room"), "No room is called «Red room»."),
        (("--practitioner", "nobody"), "No practitioner is called «nobody»."),
        (("--client", "99999"), "client"),
    ],
)
def test_bad_input_is_one_line_and_exit_2_with_nothing_booked(
    clinic, clock, capsys, change, says
) -> None:
    args = {"--client": str(clinic["client"]), "--service": "Facial acupuncture"}
    args["--start"] = "2027-03-16 10:00"
    args[change[0]] = change[1]
    flat = [part for pair in args.items() for part in pair]
    code, out, err = run(clinic, clock, capsys, "book", *flat)
    assert code == 2
    assert out == "" and err.startswith("acudesk book: ") and err.count("\n") == 1, err
    assert says in err and "Traceback" not in err
    assert stored(clinic) == 0


def test_names_match_in_any_case_spacing_and_accent(clinic, clock, capsys) -> None:
    code, _out, err = run(
        clinic, clock, capsys, "book", "--client", str(clinic["client"]), "--service",
        "  FACIAL   acupúncture ", "--start", "2027-03-16T10:00", "--room", "GREEN room",
    )  # fmt: skip
    assert code == 0, err


@pytest.fixture
def booked(clinic, clock, capsys) -> dict:
    book(clinic, clock, capsys, "2027-03-16 10:00", "--room", "Blue room", "--practitioner", "pat")
    book(clinic, clock, capsys, "2027-03-16 10:00", "--room", "Green room", client="other")
    book(clinic, clock, capsys, "2027-03-18 15:00", "--room", "Green room", "--practitioner", "pat")
    assert stored(clinic) == 3
    return clinic


def test_appointments_list_as_csv_json_and_table(booked, clock, capsys, tmp_path) -> None:
    code, out, _ = run(
        booked, clock, capsys, "appointments", "list", "--from", "2027-03-15", "--to",
        "2027-03-21", "--format", "csv",
    )  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["date"], r["start"], r["room"]) for r in rows] == [
        ("2027-03-16", "10:00", "Blue room"),
        ("2027-03-16", "10:00", "Green room"),
        ("2027-03-18", "15:00", "Green room"),
    ]
    assert rows[0]["practitioner"] == "Pat Green" and rows[0]["client"] == "Giulia Rossi"
    code, out, _ = run(
        booked, clock, capsys, "appointments", "list", "--from", "2027-03-15", "--to",
        "2027-03-21", "--practitioner", "Pat Green", "--format", "json",
    )  # fmt: skip
    document = json.loads(out)
    assert document["format"] == "acudesk-appointments/1"
    assert [a["date"] for a in document["appointments"]] == ["2027-03-16", "2027-03-18"]
    target = tmp_path / "green.txt"
    code, out, err = run(
        booked, clock, capsys, "appointments", "list", "--from", "2027-03-16", "--to",
        "2027-03-16", "--room", "green room", "-o", str(target),
    )  # fmt: skip
    assert code == 0 and "Wrote 1 appointments" in err
    assert "Marco Bianchi" in target.read_text() and "Giulia" not in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    code, _, err = run(
        booked, clock, capsys, "appointments", "list", "--from", "2027-03-16", "--to", "soon"
    )
    assert code == 2 and "--to takes a date as YYYY-MM-DD" in err


def test_every_listing_is_audited(booked, clock, capsys) -> None:
    run(booked, clock, capsys, "appointments", "list", "--from", "2027-03-15", "--to", "2027-03-21")
    opened = open_database(booked["url"])
    services = build_services(opened.db, clock)
    owner = services.users.sign_in("owner", PASSWORD)
    events = services.audit.events(owner, AuditFilter(action="read"))
    opened.db.dispose()
    assert any(
        "2027-03-15..2027-03-21" in e.detail and "3 appointments" in e.detail for e in events
    )


def test_appointments_export_writes_an_ics_that_parses_back(booked, clock, capsys, tmp_path):
    target = tmp_path / "pat.ics"
    code, out, _ = run(
        booked, clock, capsys, "appointments", "export", "--ics", str(target), "--practitioner",
        "pat", "--from", "2027-03-01", "--to", "2027-03-31",
    )  # fmt: skip
    assert code == 0 and "Exported 2 appointments" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    calendar = Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert [e.start.strftime("%Y-%m-%d %H:%M %Z") for e in events] == [
        "2027-03-16 10:00 GMT",
        "2027-03-18 15:00 GMT",
    ]
    assert b"DTSTART;TZID=Europe/London:20270316T100000" in target.read_bytes()
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/London"]
    assert all(str(e["uid"]).startswith("appointment-") for e in events)
    assert "Giulia Rossi" in str(events[0]["summary"])
    # Without dates: from 30 days before the clock's day to a year after it.
    code, out, _ = run(booked, clock, capsys, "appointments", "export", "--ics", str(target))
    assert code == 0 and "(2026-10-24 to 2027-11-23)" in out


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _rendered(path: Path) -> None:
    document = pypdfium2.PdfDocument(path)
    image = document[0].render(scale=1).to_pil()
    darkest, lightest = image.convert("L").getextrema()
    assert image.width > 500 and darkest < 100 < lightest
    document.close()


def test_day_sheets_of_the_clinic_a_practitioner_and_a_room(booked, clock, capsys, tmp_path):
    whole, pat, green = (tmp_path / f"{name}.pdf" for name in ("whole", "pat", "green"))
    assert run(booked, clock, capsys, "day-sheet", "--date", "2027-03-16", "-o", str(whole))[0] == 0
    code, out, _ = run(
        booked, clock, capsys, "day-sheet", "--date", "2027-03-16", "--practitioner", "pat",
        "-o", str(pat),
    )  # fmt: skip
    assert code == 0 and "Wrote the sheet of 2027-03-16" in out
    run(booked, clock, capsys, "day-sheet", "--date", "2027-03-16", "--room", "Green room", "-o",
        str(green))  # fmt: skip
    for path in (whole, pat, green):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        _rendered(path)
    assert "Giulia Rossi" in _pdf_text(whole) and "Marco Bianchi" in _pdf_text(whole)
    assert "Giulia Rossi" in _pdf_text(pat) and "Marco Bianchi" not in _pdf_text(pat)
    assert "Marco Bianchi" in _pdf_text(green) and "Giulia Rossi" not in _pdf_text(green)


def test_the_week_sheet_covers_monday_to_sunday_for_the_whole_clinic(
    booked, clock, capsys, tmp_path
) -> None:
    week = tmp_path / "week.pdf"
    code, out, _ = run(
        booked, clock, capsys, "day-sheet", "--date", "2027-03-18", "--week", "-o", str(week)
    )
    assert code == 0 and "the week of 2027-03-15" in out
    text = _pdf_text(week)
    for day in ("Monday 15 Mar 2027", "Thursday 18 Mar 2027", "Sunday 21 Mar 2027"):
        assert day in text
    assert "Giulia Rossi" in text and "Marco Bianchi" in text and "Blue room" in text
    _rendered(week)
    code, _, err = run(
        booked, clock, capsys, "day-sheet", "--date", "2027-03-18", "--week", "--room", "Blue room",
        "-o", str(week),
    )  # fmt: skip
    assert code == 2 and "--week prints the whole clinic" in err


def test_several_locations_need_one_named(clinic, clock, capsys) -> None:
    opened = open_database(clinic["url"])
    services = build_services(opened.db, clock)
    owner = services.users.sign_in("owner", PASSWORD)
    services.book_setup.add_location(owner, "Harbour Road", "Europe/Rome")
    opened.db.dispose()
    code, _, err = book(clinic, clock, capsys, "2027-03-16 10:00")
    assert code == 2 and "Say which location" in err and "Harbour Road" in err
    assert book(clinic, clock, capsys, "2027-03-16 10:00", "--location", "willow street")[0] == 0
    # A room names its location.
    assert book(clinic, clock, capsys, "2027-03-16 12:00", "--room", "Blue room")[0] == 0
    code, _out, _ = run(
        clinic, clock, capsys, "day-sheet", "--date", date(2027, 3, 16).isoformat(),
        "--location", "Willow Street", "-o", str(Path(clinic["url"][10:]).with_suffix(".pdf")),
    )  # fmt: skip
    assert code == 0
