"""Client rows: the list's columns, row → domain mapping, search and duplicate queries.

Queries and mapping only; nothing here commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, false, or_, select
from sqlalchemy.orm import Session

from acudesk.domain.clients import Client, ClientData, ClientRow, search_key, sort_key
from acudesk.domain.text import digits_only, fold
from acudesk.store.models import ClientRecord

ROW_COLUMNS = (
    ClientRecord.id,
    ClientRecord.first_name,
    ClientRecord.last_name,
    ClientRecord.preferred_name,
    ClientRecord.date_of_birth,
    ClientRecord.phone,
    ClientRecord.email,
    ClientRecord.archived,
)


def to_row(row: Row[Any] | Any) -> ClientRow:
    """A line of the client list, from a row of ``ROW_COLUMNS`` (or a ClientRecord)."""
    return ClientRow(
        row.id,
        row.first_name,
        row.last_name,
        row.preferred_name,
        row.date_of_birth,
        row.phone,
        row.email,
        row.archived,
    )


def to_data(record: ClientRecord) -> ClientData:
    return ClientData(
        first_name=record.first_name,
        last_name=record.last_name,
        preferred_name=record.preferred_name,
        date_of_birth=record.date_of_birth,
        gender=record.gender,
        phone=record.phone,
        email=record.email,
        address=record.address,
        emergency_contact=record.emergency_contact,
        physician=record.physician,
        language=record.language,
        referral_source=record.referral_source,
        notes=record.notes,
    )


def to_client(record: ClientRecord) -> Client:
    return Client(
        record.id,
        record.version,
        to_data(record),
        record.archived,
        record.created_at,
        record.updated_at,
    )


def client_columns(data: ClientData, region: str) -> dict[str, Any]:
    """Column values for a client row, the folded search and duplicate keys included."""
    return {
        "first_name": data.first_name,
        "last_name": data.last_name,
        "preferred_name": data.preferred_name,
        "date_of_birth": data.date_of_birth,
        "gender": data.gender,
        "phone": data.phone,
        "email": data.email,
        "address": data.address,
        "emergency_contact": data.emergency_contact,
        "physician": data.physician,
        "language": data.language,
        "referral_source": data.referral_source,
        "notes": data.notes,
        "name_key": f"{fold(data.first_name)} {fold(data.last_name)}",
        "phone_digits": digits_only(data.phone),
        "email_key": data.email.lower(),
        "sort_key": sort_key(data),
        "search_key": search_key(data, region),
    }


def contains_term(term: str, key: Any = ClientRecord.search_key) -> Any:
    """key LIKE '%term%'; ESCAPE only when needed (SQLite scans twice as fast without)."""
    if not any(ch in term for ch in "%_\\"):
        return key.like(f"%{term}%")
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return key.like(f"%{escaped}%", escape="\\")


def listed(include_archived: bool) -> Any:
    """The clients the list shows. With archived ones too, ``archived IN (false, true)``
    rather than no test at all, so SQLite still reads the list's index in name order."""
    if include_archived:
        return ClientRecord.archived.in_([False, True])
    return ClientRecord.archived == false()


def search_query(
    terms: Sequence[str],
    *,
    include_archived: bool,
    among: ColumnElement[bool] | None = None,
    offset: int = 0,
    limit: int | None = None,
    up_to: str | None = None,
) -> Select[*tuple[Any, ...]]:
    """Client list rows whose search text holds every term, in name order (``offset`` and
    ``limit`` a page of them).

    Without ``among`` the list's index is read in name order (to ``up_to``, a sort key, when
    given). With it, only the clients it selects (the candidates a trigram index finds) are
    read, then sorted: the same rows when they include every match.
    ``client_search.search_rows`` picks the way.
    """
    if among is None:
        # The walk reads only the list's covering index; only the page's rows are fetched
        # (PostgreSQL would otherwise read each row it passes from the table).
        ids = select(ClientRecord.id).where(listed(include_archived))
        for term in terms:
            ids = ids.where(contains_term(term))
        if up_to is not None:
            ids = ids.where(ClientRecord.sort_key <= up_to)
        ids = ids.order_by(ClientRecord.sort_key, ClientRecord.id).offset(offset).limit(limit)
        return (
            select(*ROW_COLUMNS)
            .where(ClientRecord.id.in_(ids.scalar_subquery()))
            .order_by(ClientRecord.sort_key, ClientRecord.id)
        )
    # OFFSET 0 keeps the candidates a subquery of their own (neither database flattens it):
    # no planner can then trade the trigram index for a walk down the list's index.
    found = (
        select(*ROW_COLUMNS, ClientRecord.sort_key, ClientRecord.search_key)
        .where(among)
        .offset(0)
        .subquery("found")
    )
    statement = select(*(found.c[c.key] for c in ROW_COLUMNS))
    if not include_archived:
        statement = statement.where(found.c.archived == false())
    for term in terms:
        statement = statement.where(contains_term(term, found.c.search_key))
    return statement.order_by(found.c.sort_key, found.c.id).offset(offset).limit(limit)


def duplicates(session: Session, data: ClientData, *, limit: int = 10) -> list[ClientRow]:
    """Clients with the same name and date of birth, or the same phone, or the same email."""
    query = _duplicate_query(data)
    return [] if query is None else [to_row(r) for r in session.execute(query.limit(limit))]


def _duplicate_query(data: ClientData) -> Select[*tuple[Any, ...]] | None:
    tests = []
    if data.date_of_birth is not None:
        tests.append(
            and_(
                ClientRecord.name_key == f"{fold(data.first_name)} {fold(data.last_name)}",
                ClientRecord.date_of_birth == data.date_of_birth,
            )
        )
    if data.phone:
        tests.append(ClientRecord.phone_digits == digits_only(data.phone))
    if data.email:
        tests.append(ClientRecord.email_key == data.email.lower())
    if not tests:
        return None
    return select(*ROW_COLUMNS).where(or_(*tests)).order_by(ClientRecord.id)
