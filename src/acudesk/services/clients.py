"""The client register: search as you type, open, register, edit, archive."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, and_, false, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.clients import (
    Client,
    ClientData,
    ClientInput,
    ClientRow,
    ClientRules,
    changed_fields,
    search_terms,
    validate_client,
)
from acudesk.domain.errors import ConflictError, NotFound, PossibleDuplicate, ValidationError
from acudesk.domain.text import digits_only, fold
from acudesk.domain.users import Permission, User
from acudesk.services import audit
from acudesk.services.clients_keys import client_columns
from acudesk.services.guard import require
from acudesk.services.settings import load_settings
from acudesk.services.work import Service
from acudesk.store.models import AuditEventRecord, ClientRecord

PAGE_SIZE = 100

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


def _contains(term: str) -> Any:
    """search_key LIKE '%term%'; ESCAPE only when needed (SQLite scans twice as fast without)."""
    if not any(ch in term for ch in "%_\\"):
        return ClientRecord.search_key.like(f"%{term}%")
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return ClientRecord.search_key.like(f"%{escaped}%", escape="\\")


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


def duplicate_query(data: ClientData, exclude_id: int | None = None) -> Any:
    """Clients with the same name and date of birth, or the same phone, or the same email."""
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
    query = select(*ROW_COLUMNS).where(or_(*tests)).order_by(ClientRecord.id).limit(10)
    if exclude_id is not None:
        query = query.where(ClientRecord.id != exclude_id)
    return query


class ClientService(Service):
    def rules(self, session: Session | None = None) -> ClientRules:
        if session is None:
            with self._db.read_only() as own:
                return self.rules(own)
        settings = load_settings(session)
        return ClientRules(settings.phone_region, settings.date_order, self._clock().date())

    def search(
        self,
        actor: User,
        query: str,
        *,
        include_archived: bool = False,
        offset: int = 0,
        limit: int = PAGE_SIZE,
        rules: ClientRules | None = None,
    ) -> list[ClientRow]:
        """One page of the client list for what was typed, in name order."""
        require(actor, Permission.VIEW_CLIENTS)
        with self._db.read_only() as session:
            terms = search_terms(query, rules or self.rules(session))
            statement = select(*ROW_COLUMNS)
            if not include_archived:
                statement = statement.where(ClientRecord.archived == false())
            for term in terms:
                statement = statement.where(_contains(term))
            statement = statement.order_by(ClientRecord.sort_key, ClientRecord.id)
            rows = session.execute(statement.offset(offset).limit(limit)).all()
            return [to_row(r) for r in rows]

    def get(self, actor: User, client_id: int) -> Client:
        require(actor, Permission.VIEW_CLIENTS)
        with self._db.unit_of_work() as session:
            record = session.get(ClientRecord, client_id)
            if record is None:
                raise NotFound("That client no longer exists.")
            audit.record(session, actor, AuditAction.READ, "client", client_id, clock=self._clock)
            return to_client(record)

    def check(self, value: ClientInput) -> ClientData:
        """Validate without saving (the form checks a field as the person leaves it)."""
        data, errors = validate_client(value, self.rules())
        if errors:
            raise ValidationError(errors)
        return data

    def find_duplicates(
        self, actor: User, data: ClientData, exclude_id: int | None = None
    ) -> list[ClientRow]:
        require(actor, Permission.VIEW_CLIENTS)
        query = duplicate_query(data, exclude_id)
        if query is None:
            return []
        with self._db.read_only() as session:
            return [to_row(r) for r in session.execute(query)]

    def create(self, actor: User, value: ClientInput, *, allow_duplicate: bool = False) -> Client:
        require(actor, Permission.EDIT_CLIENTS)
        with self._work(actor) as work:
            session = work.session
            settings = load_settings(session)
            data, errors = validate_client(value, self.rules(session))
            if errors:
                raise ValidationError(errors)
            if not allow_duplicate:
                query = duplicate_query(data)
                matches = [to_row(r) for r in session.execute(query)] if query is not None else []
                if matches:
                    names = ", ".join(m.display_name for m in matches[:3])
                    raise PossibleDuplicate(
                        f"This looks like a client already registered: {names}. "
                        "Open the existing record, or save as a new client if it is "
                        "someone else.",
                        list(matches),
                    )
            now = self._clock()
            record = ClientRecord(
                **client_columns(data, settings.phone_region), created_at=now, updated_at=now
            )
            session.add(record)
            session.flush()
            audit.record(session, actor, AuditAction.CREATE, "client", record.id, clock=self._clock)
            work.changed(Changes.of(clients=[record.id]))
            return to_client(record)

    def update(self, actor: User, loaded: Client, value: ClientInput) -> Client:
        """Save edits to ``loaded``; refused when someone else saved the client meanwhile."""
        require(actor, Permission.EDIT_CLIENTS)
        try:
            with self._work(actor) as work:
                session = work.session
                settings = load_settings(session)
                data, errors = validate_client(value, self.rules(session))
                if errors:
                    raise ValidationError(errors)
                record = session.get(ClientRecord, loaded.id)
                if record is None:
                    raise NotFound("This client was deleted on another computer.")
                if record.version != loaded.version:
                    raise self._conflict(session, loaded, record)
                changes = changed_fields(loaded.data, data)
                for name, value_ in client_columns(data, settings.phone_region).items():
                    setattr(record, name, value_)
                record.updated_at = self._clock()
                session.flush()
                audit.record(
                    session,
                    actor,
                    AuditAction.UPDATE,
                    "client",
                    record.id,
                    ", ".join(changes),
                    clock=self._clock,
                )
                work.changed(Changes.of(clients=[record.id]))
                return to_client(record)
        except StaleDataError:
            with self._db.read_only() as session:
                record = session.get(ClientRecord, loaded.id)
                if record is None:
                    raise NotFound("This client was deleted on another computer.") from None
                raise self._conflict(session, loaded, record) from None

    def _conflict(self, session: Session, loaded: Client, current: ClientRecord) -> ConflictError:
        last = session.scalars(
            select(AuditEventRecord)
            .where(
                AuditEventRecord.entity == "client",
                AuditEventRecord.entity_id == str(loaded.id),
                AuditEventRecord.action == AuditAction.UPDATE.value,
            )
            .order_by(AuditEventRecord.id.desc())
            .limit(1)
        ).first()
        who = f"{last.username} at {last.occurred_at:%H:%M}" if last else "someone else"
        changed = changed_fields(loaded.data, to_data(current)) or ["the record's status"]
        return ConflictError(
            f"While you were editing, {who} saved changes to this client "
            f"({', '.join(changed)}). Your changes are not saved yet and are still in the form. "
            "Reload to see theirs, then apply yours again."
        )

    def set_archived(self, actor: User, loaded: Client, archived: bool) -> Client:
        require(actor, Permission.EDIT_CLIENTS)
        try:
            with self._work(actor) as work:
                session = work.session
                record = session.get(ClientRecord, loaded.id)
                if record is None:
                    raise NotFound("That client no longer exists.")
                if record.version != loaded.version:
                    raise self._conflict(session, loaded, record)
                record.archived = archived
                record.updated_at = self._clock()
                session.flush()
                audit.record(
                    session,
                    actor,
                    AuditAction.UPDATE,
                    "client",
                    record.id,
                    "archived" if archived else "restored",
                    clock=self._clock,
                )
                work.changed(Changes.of(clients=[record.id]))
                return to_client(record)
        except StaleDataError:
            raise ConflictError(
                "Someone else changed this client at the same moment. Reload and try again."
            ) from None
