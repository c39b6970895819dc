"""The client register: search as you type, open, register, edit, archive."""

from __future__ import annotations

from sqlalchemy.orm import Session

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
from acudesk.domain.errors import CLIENT, PossibleDuplicate, ValidationError
from acudesk.domain.i18n import in_english, translate
from acudesk.domain.users import Permission, User
from acudesk.services.work import Service, Work
from acudesk.store.client_search import search_rows
from acudesk.store.clients import (
    client_columns,
    duplicates,
    to_client,
    to_data,
)
from acudesk.store.models import ClientRecord
from acudesk.store.settings import client_rules, load_settings

PAGE_SIZE = 100


class ClientService(Service):
    def rules(self, session: Session | None = None) -> ClientRules:
        if session is None:
            with self._db.read_only() as own:
                return client_rules(own, self._clock().date())
        return client_rules(session, self._clock().date())

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
        if "\x00" in query:
            return []  # no client's details hold a NUL: nothing matches, on either database
        with self._read_as(actor, Permission.VIEW_CLIENTS) as session:
            terms = search_terms(query, rules or self.rules(session))
            return search_rows(
                session, terms, include_archived=include_archived, offset=offset, limit=limit
            )

    def get(self, actor: User, client_id: int) -> Client:
        with self._work(actor, Permission.VIEW_CLIENTS) as work:
            record = work.session.get(ClientRecord, client_id)
            if record is None:
                raise CLIENT.not_found()
            work.audit(AuditAction.READ, record)
            return to_client(record)

    def check(self, value: ClientInput) -> ClientData:
        """Validate without saving (the form checks a field as the person leaves it)."""
        data, errors = validate_client(value, self.rules())
        if errors:
            raise ValidationError(errors)
        return data

    def create(self, actor: User, value: ClientInput, *, allow_duplicate: bool = False) -> Client:
        with self._work(actor, Permission.EDIT_CLIENTS, what=CLIENT) as work:
            settings = load_settings(work.session)
            data, errors = validate_client(value, self.rules(work.session))
            if errors:
                raise ValidationError(errors)
            matches = [] if allow_duplicate else duplicates(work.session, data)
            if matches:
                names = ", ".join(m.display_name for m in matches[:3])
                message = translate(
                    "clients",
                    "This looks like a client already registered: {names}. Open the existing "
                    "record, or save as a new client if it is someone else.",
                ).format(names=names)
                raise PossibleDuplicate(message, list(matches))
            now = self._clock()
            record = ClientRecord(
                **client_columns(data, settings.phone_region), created_at=now, updated_at=now
            )
            work.session.add(record)
            work.session.flush()
            work.audit(AuditAction.CREATE, record)
            work.changed(Changes.of(clients=[record.id]))
            return to_client(record)

    def update(self, actor: User, loaded: Client, value: ClientInput) -> Client:
        """Save edits to ``loaded``; refused when someone else saved the client meanwhile."""
        with self._work(actor, Permission.EDIT_CLIENTS) as work:
            settings = load_settings(work.session)
            rules = self.rules(work.session)
            data, errors = validate_client(value, rules, loaded.data.reminders)
            if errors:
                raise ValidationError(errors)
            record = self._edit(work, loaded)
            with in_english():  # the audit trail keeps English field names
                changes = changed_fields(loaded.data, data)
            for name, value_ in client_columns(data, settings.phone_region).items():
                setattr(record, name, value_)
            record.updated_at = self._clock()
            work.session.flush()
            work.audit(AuditAction.UPDATE, record, ", ".join(changes))
            work.changed(Changes.of(clients=[record.id]))
            return to_client(record)

    def set_archived(self, actor: User, loaded: Client, archived: bool) -> Client:
        with self._work(actor, Permission.EDIT_CLIENTS) as work:
            record = self._edit(work, loaded)
            record.archived = archived
            record.updated_at = self._clock()
            work.session.flush()
            work.audit(AuditAction.UPDATE, record, "archived" if archived else "restored")
            work.changed(Changes.of(clients=[record.id]))
            return to_client(record)

    @staticmethod
    def _edit(work: Work, loaded: Client) -> ClientRecord:
        def differences(current: ClientRecord) -> list[str]:
            changed = changed_fields(loaded.data, to_data(current))
            if current.archived != loaded.archived:
                changed.append(translate("clients", "archive status"))
            return changed

        return work.edit(
            ClientRecord, loaded.id, loaded.version, what=CLIENT, differences=differences
        )
