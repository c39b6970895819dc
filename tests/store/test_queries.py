"""The store's queries and mapping on real SQLite and PostgreSQL databases, without services.

Each test writes rows in a transaction of its own, then reads them back with the queries the
services use.
"""

from __future__ import annotations

from datetime import date, datetime

from acudesk.domain.audit import AuditAction
from acudesk.domain.chart import ChartDocument, Placement, PlacementKind, new_id
from acudesk.domain.clients import ClientData
from acudesk.domain.intake import Consent, IntakeData
from acudesk.domain.treatment import SessionRecordData, SessionStatus
from acudesk.store.audit import add_event, last_change
from acudesk.store.clients import client_columns, duplicates, search_query, to_client, to_row
from acudesk.store.intakes import add_intake, latest_intake, oldest_first
from acudesk.store.models import ClientRecord, TreatmentSessionRecord, UserRecord
from acudesk.store.sessions import snapshot, to_session, write_session
from acudesk.store.settings import delete_setting, load_settings, put_settings

NOW = datetime(2026, 11, 23, 9, 0)


def add_client(session, data: ClientData, *, archived: bool = False) -> int:
    record = ClientRecord(
        **client_columns(data, "GB"), archived=archived, created_at=NOW, updated_at=NOW
    )
    session.add(record)
    session.flush()
    return record.id


ZOE = ClientData(
    "Zoë", "Müller", date_of_birth=date(1980, 2, 29), phone="020 7946 0123", email="Zoe@X.org"
)


def test_duplicates_match_name_and_birthday_phone_or_email(any_db):
    with any_db.unit_of_work() as session:
        zoe = add_client(session, ZOE)
        add_client(session, ClientData("Anna", "Rossi"))
    with any_db.read_only() as session:

        def found(data: ClientData) -> list[int]:
            return [row.id for row in duplicates(session, data)]

        assert found(ClientData("zoe", "MULLER", date_of_birth=date(1980, 2, 29))) == [zoe]
        assert found(ClientData("Someone", "Else", phone="020-7946-0123")) == [zoe]
        assert found(ClientData("Someone", "Else", email="zoe@x.org")) == [zoe]
        assert found(ClientData("Zoë", "Müller", date_of_birth=date(1981, 2, 28))) == []
        assert found(ClientData("Anna", "Rossi")) == []  # a name alone proves nothing


def test_search_leaves_archived_clients_out_and_takes_wildcards_literally(any_db):
    with any_db.unit_of_work() as session:
        zoe = add_client(session, ZOE)
        gone = add_client(session, ClientData("Zoë", "Archived"), archived=True)
        odd = add_client(session, ClientData("Per_cent", "100%"))
    with any_db.read_only() as session:

        def ids(*terms: str, archived: bool = False) -> list[int]:
            query = search_query(terms, include_archived=archived)
            return [to_row(r).id for r in session.execute(query)]

        assert ids("zoe") == [zoe]
        assert ids("zoe", archived=True) == [gone, zoe]  # in name order: Archived, Müller
        assert ids("100%") == [odd] and ids("r_c") == [odd]
        assert ids("1_0") == [] and ids("%") == [odd]
        assert to_client(session.get(ClientRecord, zoe)).data == ZOE


def test_settings_report_only_the_keys_whose_value_changed(any_db):
    with any_db.unit_of_work() as session:
        assert put_settings(session, {"phone_region": "IT", "date_order": "dmy"}) == [
            "phone_region",
            "date_order",
        ]
    with any_db.unit_of_work() as session:
        assert put_settings(session, {"phone_region": "IT", "date_order": "mdy"}) == ["date_order"]
        assert delete_setting(session, "handout_template_en") is False
    with any_db.read_only() as session:
        assert load_settings(session).phone_region == "IT"


def test_the_last_change_ignores_reads_and_names_the_person(any_db):
    with any_db.unit_of_work() as session:
        user = UserRecord(
            username="rob",
            display_name="Rob Green",
            role="admin",
            password_hash="x",
            created_at=NOW,
        )
        session.add(user)
        session.flush()
        for minute, action, user_id, username in (
            (1, AuditAction.CREATE, None, "acudesk"),
            (5, AuditAction.UPDATE, user.id, "rob"),
            (9, AuditAction.READ, None, "reader"),
        ):
            add_event(
                session,
                occurred_at=NOW.replace(minute=minute),
                user_id=user_id,
                username=username,
                action=action,
                entity="client",
                entity_id=7,
                detail="",
            )
        add_event(
            session,
            occurred_at=NOW.replace(minute=8),
            user_id=None,
            username="acudesk",
            action=AuditAction.UPDATE,
            entity="client",
            entity_id=8,
            detail="",
        )
    with any_db.read_only() as session:
        last = last_change(session, "client", 7)
        assert last is not None and (last.by, last.at) == ("Rob Green", NOW.replace(minute=5))
        other = last_change(session, "client", "8")
        assert other is not None and other.by == "acudesk"
        assert last_change(session, "product", 7) is None


def test_the_latest_intake_is_the_latest_assessment_not_the_latest_typed(any_db):
    def intake(day: date) -> IntakeData:
        return IntakeData(taken_on=day, consent=Consent(True, False, day, b""))

    with any_db.unit_of_work() as session:
        client = add_client(session, ZOE)
        for day, at in ((date(2026, 11, 20), 3), (date(2026, 10, 1), 4)):  # back-dated second
            add_intake(
                session,
                client,
                intake(day),
                recorded_by_id=None,
                recorded_by="Rita",
                recorded_at=NOW.replace(hour=at),
            )
    with any_db.read_only() as session:
        latest = latest_intake(session, client)
        assert latest is not None and latest.taken_on == date(2026, 11, 20)
        assert [i.data.taken_on for i in oldest_first(session, client)] == [
            date(2026, 10, 1),
            date(2026, 11, 20),
        ]


def test_a_session_row_round_trips_its_chart_and_data(any_db):
    chart = ChartDocument()
    chart.add(Placement(new_id(), PlacementKind.NEEDLE, "face-front", 0.4, 0.5, "ST6"))
    data = SessionRecordData(
        started_at=NOW, course_number=2, course_length=8, needles_in=1, gua_sha=True
    )
    with any_db.unit_of_work() as session:
        client = add_client(session, ZOE)
        record = TreatmentSessionRecord(
            client_id=client, practitioner="Pat", status="open", chart=[], details={}
        )
        write_session(record, data, chart)
        session.add(record)
        session.flush()
        session_id = record.id
    with any_db.read_only() as session:
        record = session.get(TreatmentSessionRecord, session_id)
        back = to_session(record)
        assert back.status is SessionStatus.OPEN and back.client_id == client
        assert back.data == data and back.chart == chart.to_list()
        kept = snapshot(record)  # what an amendment row keeps
        assert kept["chart"] == chart.to_list() and kept["data"]["course_length"] == 8
