"""The import's fast paths in the store, on SQLite and PostgreSQL: rows written by COPY or one
executemany read back exactly as rows the ORM wrote, and duplicates come from one join."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, text

from acudesk.domain.clients import ClientData
from acudesk.store.clients import (
    client_columns,
    insert_clients,
    matching_clients,
    to_client,
    untouched_since,
)
from acudesk.store.models import ClientRecord

AT = datetime(2026, 11, 23, 9, 0, 0, 123456)
ROSSI = ClientData("Anna", "Rossi", date_of_birth=date(1985, 3, 12), phone="+44 20 7946 0001")
BIANCHI = ClientData("Bea", "Bianchi", email="Bea@Example.org")


def row(data: ClientData, archived: bool = False) -> dict:
    return client_columns(data, "GB") | {
        "archived": archived,
        "created_at": AT,
        "updated_at": AT,
        "version": 1,
    }


def test_bulk_rows_read_back_as_orm_rows(any_db):
    with any_db.unit_of_work() as session:
        session.add(ClientRecord(**row(ROSSI)))
    with any_db.unit_of_work() as session:
        insert_clients(session, [row(ROSSI), row(BIANCHI, archived=True)])
    with any_db.read_only() as session:
        orm, bulk, other = session.scalars(select(ClientRecord).order_by(ClientRecord.id)).all()
        assert to_client(bulk).data == to_client(orm).data == ROSSI
        assert (bulk.created_at, bulk.archived, bulk.version) == (AT, False, 1)
        assert other.archived and other.email_key == "bea@example.org"
        stored = "SELECT created_at, date_of_birth FROM client ORDER BY id"
        as_written = session.execute(text(stored)).all()
        assert as_written[0] == as_written[1]  # the same text (SQLite) or value, both ways
        assert untouched_since(session, AT) == [orm.id, bulk.id, other.id]


def test_matching_clients_by_name_and_birthday_phone_or_email(any_db):
    with any_db.unit_of_work() as session:
        insert_clients(session, [row(ROSSI), row(BIANCHI)])
    with any_db.read_only() as session:
        found = matching_clients(
            session,
            [
                ("anna rossi", date(1985, 3, 12), "", ""),  # name and birthday
                ("anna rossi", date(1990, 1, 1), "", ""),  # the name alone is no match
                ("x y", None, "", "bea@example.org"),  # email
                ("z z", None, "442079460001", ""),  # phone
                ("q q", None, "", ""),  # nothing to match on
            ],
        )
        assert [(client.last_name, keys[0]) for client, keys in found] == [
            ("Rossi", "n:anna rossi|1985-03-12"),
            ("Bianchi", "e:bea@example.org"),
        ]
        assert matching_clients(session, []) == []
