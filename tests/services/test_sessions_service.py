"""Treatment sessions through the service, on real databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from acudesk.domain.chart import ChartDocument, Placement, PlacementKind, new_id
from acudesk.domain.clients import ClientInput
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from acudesk.domain.intake import Consent, IntakeData
from acudesk.domain.points import Side
from acudesk.domain.treatment import NeedleIncident, PreCheck, SessionStatus
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services
from acudesk.services.sessions import SessionService

PNG = b"\x89PNG\r\n\x1a\nsig"


@pytest.fixture
def sessions(services):
    return SessionService(services.db, services.clock)


@pytest.fixture
def practitioner(make_user):
    return make_user("pat", Role.PRACTITIONER)


@pytest.fixture
def client(services, admin):
    client = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    services.intake.record(
        admin,
        client.id,
        IntakeData(
            taken_on=date(2026, 11, 20), consent=Consent(True, False, date(2026, 11, 20), PNG)
        ),
        based_on=None,
    )
    return client


def needles(*codes: str) -> list[dict]:
    doc = ChartDocument()
    for code in codes:
        doc.add(
            Placement(new_id(), PlacementKind.NEEDLE, "face-front", 0.4, 0.5, code, Side.RIGHT, 1)
        )
    doc.add(Placement(new_id(), PlacementKind.BRUISE, "face-front", 0.41, 0.52))
    return doc.to_list()


def checked(data, **changes):
    return replace(data, precheck=PreCheck(True, True, data.precheck.intake_id), **changes)


def test_course_numbering_and_reception_cannot_chart(
    services, sessions, practitioner, client, make_user
):
    first = sessions.start(practitioner, client.id)
    assert first.course_label == "1 of 10" and first.status is SessionStatus.OPEN
    assert first.data.precheck.intake_id is not None
    sessions.complete(practitioner, first, checked(first.data, needles_out=0), [])
    second = sessions.start(practitioner, client.id)
    assert second.course_label == "2 of 10" and second.course_position == "Course 1: 2 of 10"
    with pytest.raises(PermissionDenied):
        sessions.start(make_user("rita", Role.RECEPTION), client.id)


def test_needle_count_blocks_completion_until_it_matches_or_an_incident(
    sessions, practitioner, client
):
    opened = sessions.start(practitioner, client.id)
    chart = needles("ST6", "LI20", "ST2")
    with pytest.raises(ValidationError) as caught:
        sessions.complete(practitioner, opened, opened.data, chart)
    assert {"precheck", "needles_out"} <= set(caught.value.errors)
    short = checked(opened.data, needles_out=2)
    with pytest.raises(ValidationError) as caught:
        sessions.complete(practitioner, opened, short, chart)
    assert "3 needles went in but 2 came out" in caught.value.errors["needles_out"]
    with_incident = replace(
        short, incident=NeedleIncident("couch and floor", True, "found on the couch, disposed")
    )
    done = sessions.complete(practitioner, opened, with_incident, chart)
    assert done.status is SessionStatus.COMPLETED and done.completed_at is not None
    assert len(done.chart) == 4


def test_completed_session_is_amended_with_a_trail_never_rewritten(sessions, practitioner, client):
    opened = sessions.start(practitioner, client.id)
    chart = needles("ST6")
    done = sessions.complete(practitioner, opened, checked(opened.data, needles_out=1), chart)
    with pytest.raises(ValidationError, match="amend it"):
        sessions.save(practitioner, done, done.data, chart)
    with pytest.raises(ValidationError, match="Say why"):
        sessions.amend(practitioner, done, done.data, chart, "  ")
    notes = replace(done.data.notes, response="Mild redness, gone in an hour")
    amended = sessions.amend(
        practitioner,
        done,
        replace(done.data, notes=notes),
        chart,
        "Added the response after the client called",
    )
    (trail,) = sessions.amendments(practitioner, done.id)
    assert trail["reason"] == "Added the response after the client called"
    assert trail["before"]["data"]["notes"]["response"] == ""
    assert trail["after"]["data"]["notes"]["response"] == "Mild redness, gone in an hour"
    assert amended.version == done.version + 1


def test_save_reload_same_chart_and_conflict_between_workstations(any_db, clock):
    desk = build_services(any_db, clock)
    admin = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    client = desk.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    room_a, room_b = SessionService(any_db, clock), SessionService(any_db, clock)
    opened = room_a.start(admin, client.id)
    chart = needles("ST6", "GV20")
    no_intake = checked(opened.data)  # with no intake a stop alert stands: say why anyway
    no_intake = replace(no_intake, precheck=replace(no_intake.precheck, override_reason="Seen"))
    saved = room_a.save(admin, opened, no_intake, chart)
    assert (
        room_b.get(admin, opened.id).chart
        == saved.chart
        == ChartDocument.from_list(chart).to_list()
    )
    room_b.save(admin, room_b.get(admin, opened.id), saved.data, needles("ST6"))
    with pytest.raises(ConflictError, match="another computer"):
        room_a.save(admin, saved, saved.data, chart)


def test_protocols_and_repeat_last_session(services, sessions, practitioner, client):
    protocols = services.protocols
    assert sessions.last_chart(practitioner, client.id) == []
    opened = sessions.start(practitioner, client.id)
    chart = needles("ST6", "LI20")
    sessions.save(practitioner, opened, checked(opened.data), chart)
    only_needles = [p for p in ChartDocument.from_list(chart).to_list() if p["kind"] == "needle"]
    assert sessions.last_chart(practitioner, client.id) == only_needles
    pid = protocols.save_protocol(practitioner, "Jawline lift", "ST6 and LI20", chart)
    with pytest.raises(ValidationError, match="already a protocol"):
        protocols.save_protocol(practitioner, "jawline  LIFT", "", chart)
    protocols.save_protocol(
        practitioner, "Jawline lift", "v2", needles("ST6"), replace_existing=True
    )
    (only,) = protocols.protocols(practitioner)
    assert only[0] == pid and only[2] == "v2" and len(only[3]) == 1  # the bruise is left out
    with pytest.raises(ValidationError, match="empty"):
        protocols.save_protocol(practitioner, "Nothing", "", [])
    protocols.delete_protocol(practitioner, pid)
    assert protocols.protocols(practitioner) == []


def test_malformed_chart_is_refused(sessions, practitioner, client):
    opened = sessions.start(practitioner, client.id)
    with pytest.raises(ValidationError, match="malformed"):
        sessions.save(practitioner, opened, opened.data, [{"kind": "laser", "x": 1}])


def test_sessions_join_the_record_and_round_trip(
    tmp_path, services, admin, practitioner, sessions, client, clock
):
    from acudesk.domain.intake import Procedure, ProcedureKind
    from acudesk.services.startup import open_database

    services.intake.record(
        admin,
        client.id,
        IntakeData(
            taken_on=date(2026, 11, 21),
            conditions=("pregnancy",),
            procedures=(Procedure(ProcedureKind.DERMAL_FILLER, date(2026, 11, 1), "lips"),),
            consent=Consent(True, False, date(2026, 11, 21), PNG),
        ),
        based_on=services.intake.latest(admin, client.id).id,
    )
    opened = sessions.start(practitioner, client.id)
    data = checked(
        opened.data,
        needles_out=2,
        notes=replace(opened.data.notes, treated="Jawline", plan="Weekly"),
    )
    data = replace(
        data, precheck=replace(data.precheck, override_reason="Client not pregnant: test negative")
    )
    done = sessions.complete(practitioner, opened, data, needles("ST6", "LI20"))
    sessions.amend(
        practitioner, done, replace(done.data, gua_sha=True), done.chart, "Gua sha was done too"
    )
    exported = services.records.export_record(admin, client.id)
    (entry,) = exported["sessions"]
    assert entry["course_number"] == 1 and entry["practitioner"] == "Pat"
    assert entry["needles_in"] is None and entry["needles_out"] == 2
    assert {p["point"] for p in entry["placements"] if p["point"]} == {"ST6", "LI20"}
    assert {"point": "LI4", "alert": "pregnancy"} in entry["point_cautions"]
    assert entry["amendments"][0]["reason"] == "Gua sha was done too"

    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}").db
    try:
        there = build_services(other, clock)
        boss = there.clinic.set_up(
            ClinicDetails("Elsewhere"), NewUser("boss", "Boss", Role.ADMIN, "a good password")
        )
        new_id_ = there.records.import_record(boss, exported)
        again = there.records.export_record(boss, new_id_)
    finally:
        other.dispose()
    # Everything round-trips but who acted: the importer here, the file's author as provenance.
    assert [s["practitioner"] for s in again["sessions"]] == ["Boss"]
    assert {i["recorded_by"] for i in again["intakes"]} == {"imported, recorded by Olivia Owner"}

    def without(entries, key):
        return [{k: v for k, v in e.items() if k != key} for e in entries]

    (trail,) = again["sessions"][0]["amendments"]
    assert trail["by"] == "Boss (imported; by Pat)"  # the file's author in words only
    for entry in (*again["sessions"], *exported["sessions"]):
        entry["amendments"] = without(entry["amendments"], "by")
    assert without(again["sessions"], "practitioner") == without(
        exported["sessions"], "practitioner"
    )
    assert without(again["intakes"], "recorded_by") == without(exported["intakes"], "recorded_by")
    assert again["client"] == exported["client"]


def test_an_imported_amendment_without_its_time_is_dated_at_the_import(
    tmp_path, services, admin, practitioner, sessions, client, clock
):
    from acudesk.services.startup import open_database

    opened = sessions.start(practitioner, client.id)
    chart = needles("ST6")
    done = sessions.complete(practitioner, opened, checked(opened.data, needles_out=1), chart)
    sessions.amend(practitioner, done, replace(done.data, gua_sha=True), done.chart, "Gua sha")
    exported = services.records.export_record(admin, client.id)
    del exported["sessions"][0]["amendments"][0]["amended_at"]
    clock.advance(days=3, hours=2)

    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}", clock).db
    try:
        there = build_services(other, clock)
        boss = there.clinic.set_up(
            ClinicDetails("Elsewhere"), NewUser("boss", "Boss", Role.ADMIN, "a good password")
        )
        (imported,) = there.sessions.history(boss, there.records.import_record(boss, exported))
        (trail,) = there.sessions.amendments(boss, imported.id)
    finally:
        other.dispose()
    assert trail["reason"] == "Gua sha"
    assert trail["amended_at"] == clock()  # the import's time, from the clock, not the machine
    # The file's author is provenance, never the person acting here.
    assert imported.practitioner == "Boss"
    assert imported.provenance == (
        f"Imported from a file by Boss on {clock().date().isoformat()}; originally recorded by "
        f"{done.practitioner}"
    )


def test_cautioned_points_brought_in_without_a_reason_block_completion(
    services, admin, practitioner, sessions, client
):
    services.intake.record(
        admin,
        client.id,
        IntakeData(
            taken_on=date(2026, 11, 22),
            conditions=("pregnancy",),
            consent=Consent(True, False, date(2026, 11, 22), PNG),
        ),
        based_on=services.intake.latest(admin, client.id).id,
    )
    # A protocol (or a repeated session) can bring LI4 in without anyone confirming it.
    opened = sessions.start(practitioner, client.id)
    chart = needles("LI4", "ST6")
    data = checked(opened.data, needles_out=2)
    data = replace(data, precheck=replace(data.precheck, override_reason="Test negative"))
    with pytest.raises(ValidationError) as caught:
        sessions.complete(practitioner, opened, data, chart)
    assert "LI4 (right)" in caught.value.errors["chart"]
    confirmed = [
        dict(p, caution="Hand pain only, client not pregnant") if p["point"] == "LI4" else p
        for p in chart
    ]
    done = sessions.complete(practitioner, opened, data, confirmed)
    assert done.status is SessionStatus.COMPLETED


def test_history_pages_follow_one_another_on_both_databases(any_db):
    from acudesk.domain.users import NewUser, Role
    from tests.conftest import CLINIC, FakeClock
    from tests.services.handouts_support import add_client, completed_session

    clock = FakeClock()
    services = build_services(any_db, clock)
    admin = services.clinic.set_up(
        CLINIC, NewUser("owner", "Olivia Owner", Role.ADMIN, "pw-123456789")
    )
    client = add_client(services, admin)
    for _ in range(5):
        completed_session(services, admin, client)
        clock.advance(hours=12)
    everything = services.sessions.summaries(admin, client.id)
    pages, after = [], None
    while page := services.sessions.summaries(admin, client.id, limit=2, after=after):
        pages.append([s.id for s in page])
        after = page[-1]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [i for p in pages for i in p] == [s.id for s in everything]
