"""`services.book_services.import_setup` and `acudesk services import FILE.json` with real
files, good and hostile: all or nothing, a message naming the entry and field, names already
there updated rather than added twice."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import func, select

from acudesk.cli import main
from acudesk.domain.book_import import SetupFileError
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services
from acudesk.store.book_models import DeviceRecord, RoomRecord, ServiceTypeRecord

PASSWORD = "a good password"
GOOD = {
    "format": "acudesk-book-setup/1",
    "devices": [{"location": "Willow Street", "name": "Stim 1", "kind": "electro-stimulator"}],
    "rooms": [
        {"location": "willow street", "name": "Blue room"},
        {"location": "Willow Street", "name": "Garden"},
    ],
    "services": [
        {
            "name": "Facial acupuncture",
            "minutes": 60,
            "buffer_after": 10,
            "processing_from": 15,
            "processing_minutes": 30,
            "colour": "#7aa6c2",
        },
        {"name": "Electro facial", "minutes": 45, "device_kind": "Electro-Stimulator"},
        {"name": "Old massage", "minutes": 30, "active": False},
    ],
}


@pytest.fixture
def clinic(desk):
    owner = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, PASSWORD)
    )
    location = desk.book_setup.add_location(owner, "Willow Street", "Europe/London")
    return owner, location


def counts(desk) -> tuple[int, int, int]:
    with desk.db.read_only() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(kind))
            for kind in (ServiceTypeRecord, RoomRecord, DeviceRecord)
        )


def test_a_file_is_imported_and_a_second_import_updates_instead_of_adding(
    desk, clinic, tmp_path
) -> None:
    owner, location = clinic
    desk.book_services.add_service_type(owner, ServiceType("FACIAL acupuncture", 50))
    made = desk.book_services.import_setup(owner, json.dumps(GOOD))
    assert (made.added, made.updated) == (5, 1)
    setups = {s.service.name: s for s in desk.book_services.service_setups(owner)}
    facial = setups["Facial acupuncture"]
    assert (facial.service.minutes, facial.service.processing_minutes, facial.colour) == (
        60,
        30,
        "#7AA6C2",
    )
    assert not setups["Old massage"].active
    assert [r.name for r in desk.book_setup.rooms(owner, location.id)] == ["Blue room", "Garden"]
    again = desk.book_services.import_setup(owner, json.dumps(GOOD))
    assert (again.added, again.updated) == (0, 6)
    assert counts(desk) == (3, 2, 1)


HOSTILE = {
    "not json": ("{'services': [", "not valid JSON"),
    "a list": ("[1, 2]", "one JSON object"),
    "wrong format": ('{"format": "other/9", "services": []}', "format"),
    "minutes as text": (
        {"services": [{"name": "Facial", "minutes": "sixty"}]},
        "services[0] 'Facial': minutes: must be a whole number",
    ),
    "minutes as true": (
        {"services": [{"name": "Facial", "minutes": True}]},
        "services[0] 'Facial': minutes",
    ),
    "zero minutes": (
        {"services": [{"name": "Facial", "minutes": 0}]},
        "services[0] 'Facial': minutes",
    ),
    "fractional minutes": ({"services": [{"name": "Facial", "minutes": 45.5}]}, "minutes"),
    "huge number": ({"services": [{"name": "Facial", "minutes": 10**30}]}, "out of range"),
    "name missing": ({"services": [{"minutes": 30}]}, "services[0]: name: must be text"),
    "unknown field": ({"services": [{"name": "Facial", "minutes": 30, "minuts": 3}]}, "minuts"),
    "retention too long": (
        {
            "services": [
                {"name": "Facial", "minutes": 30, "processing_from": 20, "processing_minutes": 20}
            ]
        },
        "services[0] 'Facial': processing_minutes",
    ),
    "unknown device kind": (
        {"services": [{"name": "Electro", "minutes": 30, "device_kind": "laser"}]},
        "services[0] 'Electro': device_kind: no device is of the kind 'laser'",
    ),
    "unknown location": (
        {"rooms": [{"location": "Elsewhere", "name": "Blue"}]},
        "rooms[0] 'Blue': location: no location is called 'Elsewhere'",
    ),
    "the same name twice": (
        {"services": [{"name": "Facial", "minutes": 30}, {"name": "FÀCIAL", "minutes": 40}]},
        "services[1] 'FÀCIAL': name: the same name as services[0] 'Facial'",
    ),
    "a bad colour": ({"services": [{"name": "Facial", "minutes": 30, "colour": "blue"}]}, "colour"),
    "services not a list": ({"services": {"name": "Facial"}}, "services: must be a list"),
    "an entry not an object": ({"services": ["Facial"]}, "services[0]: must be an object"),
    "NUL in a name": ({"services": [{"name": "Fa\u0000cial", "minutes": 30}]}, "NUL"),
    "nested without end": ('{"services": ' + "[" * 5000 + "]" * 5000 + "}", "nested"),
    "too many entries": (
        {"rooms": [{"location": "Willow Street", "name": f"R{i}"} for i in range(1001)]},
        "more than 1000",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_file_imports_nothing_and_names_the_entry_and_field(desk, clinic, case) -> None:
    owner, _location = clinic
    content, expected = HOSTILE[case]
    if isinstance(content, dict):
        # A good device first: the bad entry after it keeps it out too.
        good = {"location": "Willow Street", "name": "Stim", "kind": "electro"}
        document = {"format": "acudesk-book-setup/1", "devices": [good], **content}
        content = json.dumps(document, ensure_ascii=False)
    with pytest.raises(SetupFileError) as refused:
        desk.book_services.import_setup(owner, content)
    assert expected in refused.value.message
    assert counts(desk) == (0, 0, 0)  # the good entry before the bad one was not imported


def test_a_file_too_large_is_refused_before_it_is_read(desk, clinic) -> None:
    owner, _location = clinic
    padding = " " * 1_000_001
    with pytest.raises(SetupFileError) as refused:
        desk.book_services.import_setup(owner, '{"format": "acudesk-book-setup/1"}' + padding)
    assert "larger than" in refused.value.message


@pytest.fixture
def file_db(tmp_path, clock):
    from acudesk.services.startup import open_database

    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    opened = open_database(url)
    services = build_services(opened.db, clock)
    owner = services.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, PASSWORD)
    )
    services.book_setup.add_location(owner, "Willow Street", "Europe/London")
    yield url, services
    opened.db.dispose()


def run(url: str, *args: str, monkeypatch, clock) -> int:
    monkeypatch.setenv("ACUDESK_PASSWORD", PASSWORD)
    return main(["--database", url, "services", "import", *args, "--user", "owner"], clock=clock)


def test_the_command_imports_a_file_and_reports(
    file_db, tmp_path, monkeypatch, capsys, clock
) -> None:
    url, services = file_db
    path = tmp_path / "setup.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    assert run(url, str(path), monkeypatch=monkeypatch, clock=clock) == 0
    assert "6 added, 0 updated" in capsys.readouterr().out
    assert counts(services) == (3, 2, 1)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (
            b'{"format": "acudesk-book-setup/1", "services": [{"name": "X", "minutes": "1"}]}',
            "services[0] 'X': minutes",
        ),
    ],
)
def test_the_command_refuses_a_bad_file_and_exits_1(
    file_db, tmp_path, monkeypatch, capsys, clock, content, expected
) -> None:
    url, services = file_db
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert run(url, str(path), monkeypatch=monkeypatch, clock=clock) == 1
    assert expected in capsys.readouterr().err
    assert counts(services) == (0, 0, 0)


def test_the_command_refuses_a_missing_or_huge_file(
    file_db, tmp_path, monkeypatch, capsys, clock
) -> None:
    url, _services = file_db
    assert run(url, str(tmp_path / "none.json"), monkeypatch=monkeypatch, clock=clock) == 1
    assert "cannot be read" in capsys.readouterr().err
    huge = tmp_path / "huge.json"
    with huge.open("wb") as out:
        out.truncate(50_000_000)  # sparse: 50 MB of NULs that the command must not read whole
    assert run(url, str(huge), monkeypatch=monkeypatch, clock=clock) == 1
    assert "larger than" in capsys.readouterr().err


def test_two_workstations_importing_one_file_at_once_add_each_thing_once(
    desk, room, clinic
) -> None:
    owner, _location = clinic
    barrier = threading.Barrier(2, timeout=30)
    errors: list[BaseException] = []

    def run(services) -> None:
        barrier.wait()
        try:
            services.book_services.import_setup(owner, json.dumps(GOOD))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(s,)) for s in (desk, room)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert counts(desk) == (3, 2, 1)  # three services, two rooms, one device: none twice
