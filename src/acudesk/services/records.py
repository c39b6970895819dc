"""A client's whole record as one JSON document ("acudesk-record/1"): export and import.

The format is documented in docs/record-format.md. Export writes the alerts as of today;
import ignores them (they are recomputed from the intakes). Export writes the client's
appointments; import checks them and books none (this clinic's book has its own rooms,
services, people and free times), saying how many it left out.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.clients import ClientData, ClientInput, validate_client
from acudesk.domain.errors import CLIENT, AcudeskError, NotFound, ValidationError
from acudesk.domain.i18n import in_english
from acudesk.domain.intake import IntakeData, validate_intake
from acudesk.domain.intake_codec import FormatError, intake_from_dict, intake_to_dict
from acudesk.domain.record_appointments import appointment_to_dict
from acudesk.domain.record_check import DocumentError, check_appointments, check_document
from acudesk.domain.screening import screen
from acudesk.domain.users import Permission, User
from acudesk.services.guard import require
from acudesk.services.record_sessions import SessionImportError, add_sessions, sessions_to_list
from acudesk.services.work import Service
from acudesk.store.book_listing import client_appointments
from acudesk.store.clients import client_columns, duplicates, to_data
from acudesk.store.intakes import add_intake, oldest_first
from acudesk.store.models import ClientRecord
from acudesk.store.settings import client_rules, load_settings

FORMAT = "acudesk-record/1"
CLIENT_FIELDS = (
    "first_name",
    "last_name",
    "preferred_name",
    "date_of_birth",
    "gender",
    "phone",
    "email",
    "address",
    "emergency_contact",
    "physician",
    "language",
    "referral_source",
    "notes",
)


class RecordFormatError(AcudeskError):
    """The file is not an acudesk record, or a part of it is malformed."""


def client_to_dict(data: ClientData, archived: bool) -> dict[str, Any]:
    out: dict[str, Any] = {name: getattr(data, name) for name in CLIENT_FIELDS}
    out["date_of_birth"] = data.date_of_birth.isoformat() if data.date_of_birth else None
    out["archived"] = archived
    return out


def _client_input(raw: Any) -> tuple[ClientInput, bool]:
    if not isinstance(raw, dict):
        raise RecordFormatError("client: expected an object")
    values: dict[str, str] = {}
    for name in CLIENT_FIELDS:
        value = raw.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise RecordFormatError(f"client.{name}: expected text")
        values[name] = value
    return ClientInput(**values), bool(raw.get("archived", False))  # type: ignore[arg-type]


class RecordService(Service):
    def export_record(self, actor: User, client_id: int) -> dict[str, Any]:
        with self._work(actor, Permission.TRANSFER_DATA) as work:
            session = work.session
            record = session.get(ClientRecord, client_id)
            if record is None:
                raise NotFound(f"There is no client {client_id}.")
            intakes = oldest_first(session, client_id)
            settings = load_settings(session)
            with in_english():  # the file is data: its alert messages stay in English
                alerts = screen(
                    intakes[-1] if intakes else None, settings.screening, self._clock().date()
                )
            work.audit(AuditAction.EXPORT, record, "whole record as JSON")
            return {
                "format": FORMAT,
                "exported_at": self._clock().isoformat(timespec="seconds"),
                "client": client_to_dict(to_data(record), record.archived),
                "intakes": [
                    intake_to_dict(i.data)
                    | {
                        "recorded_by": i.recorded_by,
                        "recorded_at": i.recorded_at.isoformat(timespec="seconds"),
                    }
                    for i in intakes
                ],
                "alerts": [
                    {"id": a.id, "severity": a.severity.value, "message": a.message} for a in alerts
                ],
                "sessions": sessions_to_list(session, client_id, intakes, settings.screening),
                "appointments": [
                    appointment_to_dict(item) for item in client_appointments(session, client_id)
                ],
            }

    def import_record(self, actor: User, document: Any) -> int:
        """Create the client, its intakes and sessions from a record, in one transaction:
        every part checked by the rules the screens use, the first problem refused with its
        place in the file; refused whole if the client exists."""
        require(actor, Permission.TRANSFER_DATA)  # before reading the file; again below, as now
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise RecordFormatError(
                f'This is not an acudesk record (expected "format": "{FORMAT}").'
            )
        try:
            check_document(document)
            left_out = check_appointments(document)  # checked, never booked: see the format
        except DocumentError as error:
            raise RecordFormatError(str(error)) from None
        value, archived = _client_input(document.get("client"))
        intakes = _intakes(document.get("intakes"), self._clock().date())
        with self._work(actor, Permission.TRANSFER_DATA, what=CLIENT) as work:
            record = self._new_client(work.session, value, archived)
            for intake, raw in intakes:
                add_intake(
                    work.session,
                    record.id,
                    intake,
                    recorded_by_id=actor.id,
                    recorded_by=_recorded_by(raw, actor),
                    recorded_at=_recorded_at(raw, self._clock()),
                )
            try:
                session_ids = add_sessions(
                    work.session,
                    record.id,
                    document.get("sessions"),
                    self._clock(),
                    actor.display_name,
                )
            except SessionImportError as error:
                raise RecordFormatError(str(error)) from None
            detail = f"record with {len(intakes)} intakes and {len(session_ids)} sessions"
            if left_out:
                detail += f"; {left_out} appointments left out (not booked here)"
            work.audit(AuditAction.IMPORT, record, detail)
            work.changed(
                Changes.of(
                    clients=[record.id],
                    intakes=[record.id] if intakes else [],
                    sessions=session_ids,
                    session_clients=[record.id] if session_ids else [],
                )
            )
            return record.id

    def _new_client(self, session: Session, value: ClientInput, archived: bool) -> ClientRecord:
        """The client row of an imported record, checked as the client form checks it."""
        region = load_settings(session).phone_region
        data, errors = validate_client(value, client_rules(session, self._clock().date()))
        if errors:
            raise ValidationError({f"client.{k}": v for k, v in errors.items()})
        for row in duplicates(session, data, limit=1):
            raise RecordFormatError(
                f"This client already exists: {row.display_name} (client {row.id}). "
                "Nothing was imported."
            )
        now = self._clock()
        record = ClientRecord(
            **client_columns(data, region), archived=archived, created_at=now, updated_at=now
        )
        session.add(record)
        session.flush()
        return record


def _intakes(raw_intakes: Any, today: date) -> list[tuple[IntakeData, dict[str, Any]]]:
    """The record's intakes, each decoded and checked as the intake form checks it."""
    raw_intakes = raw_intakes or []
    if not isinstance(raw_intakes, list):
        raise RecordFormatError("intakes: expected a list")
    out = []
    for i, raw in enumerate(raw_intakes):
        try:
            intake = intake_from_dict(raw, f"intakes[{i}]")
        except FormatError as error:
            raise RecordFormatError(str(error)) from None
        errors = validate_intake(intake, today)
        if errors:
            raise ValidationError({f"intakes[{i}].{k}": v for k, v in errors.items()})
        out.append((intake, raw))
    return out


def _recorded_at(raw: dict[str, Any], now: datetime) -> datetime:
    if isinstance(raw.get("recorded_at"), str):
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(raw["recorded_at"]).replace(tzinfo=None)
    return now


def _recorded_by(raw: dict[str, Any], actor: User) -> str:
    """Who recorded an imported intake, in words: the file's author kept as provenance, never
    as if they had acted here (the intake's recorded_by_id is the importer)."""
    by = raw.get("recorded_by")
    if by is not None and not isinstance(by, str):
        raise RecordFormatError("intakes: recorded_by is not a name")
    if isinstance(by, str) and len(by) > 120:
        raise RecordFormatError("intakes: recorded_by is longer than 120 characters")
    return f"imported, recorded by {(by or '').strip() or actor.display_name}"[:120]
