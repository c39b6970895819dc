"""Client rows: the list's columns, row → domain mapping, search and duplicate queries.

Queries and mapping only; nothing here commits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Row,
    Select,
    and_,
    column,
    delete,
    exists,
    false,
    insert,
    or_,
    select,
    table,
    text,
    union,
)
from sqlalchemy.orm import Session

from acudesk.domain.client_rows import duplicate_keys
from acudesk.domain.clients import Client, ClientData, ClientRow, client_keys
from acudesk.domain.reminders import ReminderConsent
from acudesk.domain.text import digits_only, fold
from acudesk.store.models import ClientRecord, HandoutRecord, IntakeRecord, TreatmentSessionRecord

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
        reminders=ReminderConsent(record.reminder_email_since, record.reminder_sms_since),
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


def client_columns(
    data: ClientData, region: str, keys: dict[str, str] | None = None
) -> dict[str, Any]:
    """Column values for a client row, the folded search and duplicate keys included (``keys``
    when they were worked out already, as ``client_keys`` does)."""
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
        "reminder_email_since": data.reminders.email_since,
        "reminder_sms_since": data.reminders.sms_since,
        **(client_keys(data, region) if keys is None else keys),
    }


def contains_term(term: str, key: Any = ClientRecord.search_key) -> Any:
    """key LIKE '%term%'; ESCAPE only when needed (SQLite scans twice as fast without)."""
    pattern, escape = like_pattern(term)
    return key.like(pattern, escape=escape)


def like_pattern(term: str) -> tuple[str, str | None]:
    """The LIKE pattern that finds ``term`` anywhere, and the ESCAPE it needs (None: none)."""
    if not any(ch in term for ch in "%_\\"):
        return f"%{term}%", None
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%", "\\"


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
    tests = [lambda key, term=term: contains_term(term, key) for term in terms]
    return found_rows(among, include_archived, tests).offset(offset).limit(limit)


def found_rows(
    among: ColumnElement[bool],
    include_archived: bool,
    tests: Sequence[Callable[[Any], ColumnElement[bool]]],
) -> Select[*tuple[Any, ...]]:
    """Client list rows ``among`` selects that pass every test of their search key (each
    given the key's column), in name order."""
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
    statement = statement.where(*(test(found.c.search_key) for test in tests))
    return statement.order_by(found.c.sort_key, found.c.id)


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


KeyRow = tuple[str, date | None, str, str]  # name key, date of birth, phone digits, email key
_KEYS = table("import_keys", column("n"), column("d", Date), column("p"), column("e"))
_KEYS_TABLE = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS import_keys "
    "(n VARCHAR(210), d DATE, p VARCHAR(40), e VARCHAR(254))"
)


def matching_clients(session: Session, keys: Sequence[KeyRow]) -> list[tuple[ClientRow, list[str]]]:
    """The clients that share a key with any of these rows (the same folded name and date of
    birth, phone digits or email), oldest first, each with its ``duplicate_keys``.

    The rows' keys go into a temporary table (this connection's own; no lock on the clients)
    and one statement joins it to the clients through each key's index, however many rows.
    """
    if not keys or session.scalar(select(ClientRecord.id).limit(1)) is None:
        return []  # nothing to match (a new clinic's first import): no keys to load
    session.execute(text(_KEYS_TABLE))
    session.execute(delete(_KEYS))
    loaded = [(n, d, p or None, e or None) for n, d, p, e in keys]  # no match on a blank key
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        raw: Any = connection.connection.driver_connection
        with (
            raw.cursor() as cursor,
            cursor.copy("COPY import_keys (n, d, p, e) FROM STDIN") as copy,
        ):
            for row in loaded:
                copy.write_row(row)
    else:
        dialect = connection.dialect
        to_date: Any = Date().dialect_impl(dialect).bind_processor(dialect) or str
        connection.exec_driver_sql(
            "INSERT INTO import_keys (n, d, p, e) VALUES (?, ?, ?, ?)",
            [(n, None if d is None else to_date(d), p, e) for n, d, p, e in loaded],
        )
    c, k = ClientRecord, _KEYS
    columns = (*ROW_COLUMNS, c.name_key, c.phone_digits, c.email_key)
    query = union(
        select(*columns).join_from(k, c, and_(c.name_key == k.c.n, c.date_of_birth == k.c.d)),
        select(*columns).join_from(k, c, c.phone_digits == k.c.p),
        select(*columns).join_from(k, c, c.email_key == k.c.e),
    )
    rows = sorted(session.execute(query), key=lambda r: r.id)
    return [
        (to_row(r), duplicate_keys(r.name_key, r.date_of_birth, r.phone_digits, r.email_key))
        for r in rows
    ]


INSERT_COLUMNS = tuple(
    column.name for column in ClientRecord.__table__.columns if column.name != "id"
)


def insert_clients(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Add client rows (every column of ``INSERT_COLUMNS``) by the driver's fastest path: COPY
    on PostgreSQL, one executemany of values converted as SQLAlchemy stores them on SQLite."""
    if not rows:
        return
    connection = session.connection()
    names = ", ".join(INSERT_COLUMNS)
    if connection.dialect.name == "postgresql":
        raw: Any = connection.connection.driver_connection
        with raw.cursor() as cursor, cursor.copy(f"COPY client ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[name] for name in INSERT_COLUMNS])
        return
    if connection.dialect.name != "sqlite":
        session.execute(insert(ClientRecord), list(rows))
        return
    table = ClientRecord.__table__
    dialect = connection.dialect
    convert = [
        (n, table.c[n].type.dialect_impl(dialect).bind_processor(dialect)) for n in INSERT_COLUMNS
    ]
    values = [tuple(f(row[n]) if f else row[n] for n, f in convert) for row in rows]
    marks = ", ".join("?" for _ in INSERT_COLUMNS)
    connection.exec_driver_sql(f"INSERT INTO client ({names}) VALUES ({marks})", values)


def untouched_since(session: Session, created_at: datetime) -> list[int]:
    """Clients created at exactly ``created_at`` (an import's instant) that nobody changed or
    gave an intake, a session or a handout since: what undoing that import removes."""
    c = ClientRecord
    query = select(c.id).where(
        c.created_at == created_at,
        c.version == 1,
        ~exists().where(IntakeRecord.client_id == c.id),
        ~exists().where(TreatmentSessionRecord.client_id == c.id),
        ~exists().where(HandoutRecord.client_id == c.id),
    )
    return list(session.scalars(query.order_by(c.id)))


def delete_clients(session: Session, ids: Sequence[int]) -> int:
    """Delete these clients (their drafts go with them); returns how many were deleted."""
    result = session.execute(delete(ClientRecord).where(ClientRecord.id.in_(list(ids))))
    return int(getattr(result, "rowcount", 0) or 0)
