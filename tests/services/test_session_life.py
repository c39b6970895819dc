"""A session's life: one open session per client, cancelling with a reason, the pre-check
gating the needles, what "repeat" carries over, and the client's courses; on SQLite and
PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from acudesk.domain.chart import ChartDocument, Placement, PlacementKind, new_id
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import PermissionDenied, ValidationError
from acudesk.domain.points import Side
from acudesk.domain.treatment import SessionStatus
from acudesk.domain.users import NewUser, Role
from acudesk.services.courses import OpenSessionExists
from acudesk.store.models import AuditEventRecord
from tests.services.handouts_support import add_client, prechecked, treatment_chart


@pytest.fixture
def people(desk):
    olivia = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    pat = desk.users.add_user(olivia, NewUser("pat", "Pat", Role.PRACTITIONER, "pat-password"))
    return olivia, pat


def finish(desk, pat, opened, chart=None):
    chart = treatment_chart() if chart is None else chart
    needles = ChartDocument.from_list(chart).needle_count
    data = replace(prechecked(opened.data), needles_out=needles)
    return desk.sessions.complete(pat, opened, data, chart)


def test_one_open_session_per_client_in_the_service_and_the_database(desk, people):
    olivia, pat = people
    client = add_client(desk, olivia)
    opened = desk.sessions.start(pat, client.id)
    with pytest.raises(OpenSessionExists) as caught:
        desk.sessions.start(pat, client.id)
    assert caught.value.session_id == opened.id
    assert desk.sessions.open_session(pat, client.id).id == opened.id
    # Two workstations racing past the service's look: the partial unique index refuses.
    with desk.db.engine.connect() as conn, pytest.raises(IntegrityError):
        conn.execute(
            text(
                "INSERT INTO treatment_session (client_id, practitioner, started_at, status, "
                "course_number, course_length, retention_minutes, gua_sha, chart, details, "
                "version) VALUES (:c, 'Pat', '2026-11-23 10:00:00', 'open', 2, 10, 30, false, "
                "'[]', '{}', 1)"
            ),
            {"c": client.id},
        )
    finish(desk, pat, opened)
    assert desk.sessions.open_session(pat, client.id) is None
    assert desk.sessions.start(pat, client.id).status is SessionStatus.OPEN


def test_a_cancelled_session_keeps_its_reason_for_admins_and_leaves_the_history(desk, people):
    olivia, pat = people
    client = add_client(desk, olivia)
    opened = desk.sessions.start(pat, client.id)
    with pytest.raises(ValidationError, match="Say why"):
        desk.sessions.cancel(pat, opened, "   ")
    cancelled = desk.sessions.cancel(pat, opened, "Client  felt unwell before needling")
    assert cancelled.status is SessionStatus.CANCELLED
    assert cancelled.cancel_reason == "Client felt unwell before needling"
    assert desk.sessions.summaries(pat, client.id) == []
    with pytest.raises(PermissionDenied):
        desk.sessions.summaries(pat, client.id, cancelled=True)
    (line,) = desk.sessions.summaries(olivia, client.id, cancelled=True)
    assert line.status is SessionStatus.CANCELLED and "unwell" in line.cancel_reason
    with desk.db.read_only() as session:
        details = session.scalars(
            select(AuditEventRecord.detail).where(AuditEventRecord.entity == "session")
        ).all()
    assert "cancelled: Client felt unwell before needling" in details
    with pytest.raises(ValidationError, match="Only an open session"):
        desk.sessions.cancel(pat, cancelled, "again")
    # A cancelled session frees the client and its place in the course.
    again = desk.sessions.start(pat, client.id)
    assert again.data.course_number == 1


def test_no_needle_before_the_precheck_and_a_stop_alert_needs_its_reason_first(desk, people):
    olivia, pat = people
    client = add_client(desk, olivia, conditions=("pregnancy",))
    opened = desk.sessions.start(pat, client.id)
    chart = treatment_chart()
    with pytest.raises(ValidationError) as caught:
        desk.sessions.save(pat, opened, opened.data, chart)
    assert "No needle before the pre-treatment check" in caught.value.errors["chart"]
    ticked = prechecked(opened.data)
    alerts = desk.sessions.alerts(pat, client.id)
    assert any(a.severity.value == "block" for a in alerts)
    with pytest.raises(ValidationError, match="stop alert"):
        desk.sessions.save(pat, opened, ticked, chart)
    # Marks and reactions alone are no needles: they may be saved before the check.
    bruise = [p for p in chart if p["kind"] != "needle"]
    saved = desk.sessions.save(pat, opened, opened.data, bruise)
    reason = replace(ticked, precheck=replace(ticked.precheck, override_reason="Test negative"))
    saved = desk.sessions.save(pat, saved, reason, chart)
    assert ChartDocument.from_list(saved.chart).needle_count == 5


def test_repeat_and_protocols_carry_needles_and_pairs_only(desk, people):
    olivia, pat = people
    client = add_client(desk, olivia)
    chart = treatment_chart()
    noted = ChartDocument.from_list(chart)
    first = next(p for p in noted if p.kind is PlacementKind.NEEDLE)
    noted.update(first.id, note="Deeper on the left", caution="Checked with the client")
    noted.add(Placement(new_id(), PlacementKind.MARK, "face-front", 0.5, 0.5, None, Side.MIDLINE))
    done = finish(desk, pat, desk.sessions.start(pat, client.id), noted.to_list())
    assert len(done.chart) == 7
    for copied in (
        desk.sessions.last_chart(pat, client.id),
        desk.protocols.protocols(pat)[0][3]
        if desk.protocols.save_protocol(pat, "Lift", "", noted.to_list())
        else [],
    ):
        kept = ChartDocument.from_list(copied)
        assert {p.kind for p in kept} == {PlacementKind.NEEDLE} and len(kept) == 5
        assert all(p.note == "" and p.caution == "" for p in kept)
        assert len(kept.electro_pairs()) == 1


def test_courses_give_each_session_its_place_and_close(desk, people, clock):
    olivia, pat = people
    client = add_client(desk, olivia)
    course = desk.courses.start_course(pat, client.id, 3)
    assert (course.number, course.planned_length) == (1, 3)
    for n in (1, 2, 3):
        opened = desk.sessions.start(pat, client.id)
        assert opened.course_position == f"Course 1: {n} of 3"
        with pytest.raises(OpenSessionExists):
            desk.courses.start_course(pat, client.id, 5)
        finish(desk, pat, opened)
        clock.advance(days=7)
    (first,) = desk.courses.courses(pat, client.id)
    assert first.progress == "Course 1: 3 of 3"
    # The course is full: the next session starts course 2, of the same length.
    fourth = desk.sessions.start(pat, client.id)
    assert fourth.course_position == "Course 2: 1 of 3"
    finish(desk, pat, fourth)
    closed = desk.courses.close_course(pat, client.id)
    assert closed is not None and closed.closed_at == clock.now
    assert desk.sessions.start(pat, client.id).course_position == "Course 3: 1 of 3"
    with pytest.raises(ValidationError, match="1 to 100"):
        desk.courses.start_course(pat, client.id, 0)
    lines = desk.sessions.summaries(pat, client.id)
    assert [s.course_position for s in lines][:2] == ["Course 3: 1 of 3", "Course 2: 1 of 3"]
    with pytest.raises(PermissionDenied):
        desk.courses.start_course(
            desk.users.add_user(olivia, NewUser("rita", "Rita", Role.RECEPTION, "rita-password")),
            client.id,
        )
