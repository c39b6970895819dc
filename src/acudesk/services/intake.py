"""Intake assessments, their drafts, and the screening alerts they raise."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.errors import ConflictError, NotFound, ValidationError
from acudesk.domain.intake import Consent, Intake, IntakeData, validate_intake
from acudesk.domain.intake_codec import (
    FormatError,
    health_to_dict,
    intake_from_dict,
    intake_to_dict,
    procedures_from_list,
    skin_from_dict,
    skin_to_dict,
)
from acudesk.domain.screening import Alert, screen
from acudesk.domain.users import Permission, User
from acudesk.services import audit
from acudesk.services.clock import Clock
from acudesk.services.guard import require
from acudesk.services.settings import load_settings
from acudesk.services.work import Service
from acudesk.store.models import ClientRecord, DraftRecord, IntakeRecord

INTAKE_DRAFT = "intake"


def to_intake(record: IntakeRecord) -> Intake:
    health = record.health
    data = IntakeData(
        taken_on=record.taken_on,
        conditions=tuple(health.get("conditions", ())),
        condition_details=dict(health.get("condition_details", {})),
        medications=tuple(health.get("medications", ())),
        allergies=tuple(health.get("allergies", ())),
        procedures=procedures_from_list(health.get("procedures")),
        skin=skin_from_dict(record.skin),
        consent=Consent(
            record.consent_treatment,
            record.consent_photos,
            record.signed_on,
            bytes(record.signature_png or b""),
        ),
    )
    return Intake(
        record.id, record.client_id, record.version, data, record.recorded_by, record.recorded_at
    )


def latest_record(session: Session, client_id: int) -> IntakeRecord | None:
    return session.scalars(
        select(IntakeRecord)
        .where(IntakeRecord.client_id == client_id)
        .order_by(IntakeRecord.taken_on.desc(), IntakeRecord.id.desc())
        .limit(1)
    ).first()


def add_intake(
    session: Session, actor: User, client_id: int, data: IntakeData, clock: Clock
) -> IntakeRecord:
    """Insert a new intake row (no checks beyond validation: callers check permission)."""
    errors = validate_intake(data, clock().date())
    if errors:
        raise ValidationError(errors)
    record = IntakeRecord(
        client_id=client_id,
        taken_on=data.taken_on,
        recorded_at=clock(),
        recorded_by_id=actor.id,
        recorded_by=actor.display_name,
        health=health_to_dict(data),
        skin=skin_to_dict(data.skin),
        consent_treatment=data.consent.treatment,
        consent_photos=data.consent.photos,
        signed_on=data.consent.signed_on,
        signature_png=data.consent.signature_png,
    )
    session.add(record)
    session.flush()
    return record


class IntakeService(Service):
    def latest(self, actor: User, client_id: int) -> Intake | None:
        require(actor, Permission.READ_CLINICAL)
        with self._db.unit_of_work() as session:
            record = latest_record(session, client_id)
            audit.record(
                session,
                actor,
                AuditAction.READ,
                "intake",
                record.id if record else "",
                f"client {client_id}",
                clock=self._clock,
            )
            return None if record is None else to_intake(record)

    def history(self, actor: User, client_id: int) -> list[Intake]:
        """Every intake of the client, newest first (reviews never overwrite the old ones)."""
        require(actor, Permission.READ_CLINICAL)
        with self._db.unit_of_work() as session:
            rows = session.scalars(
                select(IntakeRecord)
                .where(IntakeRecord.client_id == client_id)
                .order_by(IntakeRecord.taken_on.desc(), IntakeRecord.id.desc())
            ).all()
            audit.record(
                session,
                actor,
                AuditAction.READ,
                "intake",
                "",
                f"history of client {client_id}",
                clock=self._clock,
            )
            return [to_intake(r) for r in rows]

    def record(
        self, actor: User, client_id: int, data: IntakeData, *, based_on: int | None
    ) -> Intake:
        """Save a new intake. ``based_on`` is the latest intake the form started from: if
        another one was saved meanwhile (another workstation), the save is refused."""
        require(actor, Permission.WRITE_INTAKE)
        with self._work(actor) as work:
            session = work.session
            if session.get(ClientRecord, client_id) is None:
                raise NotFound("That client no longer exists.")
            current = latest_record(session, client_id)
            if (current.id if current else None) != based_on:
                who = current.recorded_by if current else "someone"
                when = f" at {current.recorded_at:%H:%M}" if current else ""
                raise ConflictError(
                    f"{who} saved another intake for this client{when} while you were "
                    "filling this one in. Yours is not saved yet and is still in the form: "
                    "look at theirs, then save yours again."
                )
            record = add_intake(session, actor, client_id, data, self._clock)
            session.execute(
                delete(DraftRecord).where(
                    DraftRecord.user_id == actor.id,
                    DraftRecord.kind == INTAKE_DRAFT,
                    DraftRecord.client_id == client_id,
                )
            )
            audit.record(
                session,
                actor,
                AuditAction.CREATE,
                "intake",
                record.id,
                f"client {client_id}",
                clock=self._clock,
            )
            work.changed(Changes.of(intakes=[client_id], drafts=[client_id]))
            return to_intake(record)

    def alerts(self, actor: User, client_id: int) -> list[Alert]:
        """The screening alerts for the client as of today, most severe first."""
        require(actor, Permission.READ_CLINICAL)
        with self._db.unit_of_work() as session:
            settings = load_settings(session)
            record = latest_record(session, client_id)
            audit.record(session, actor, AuditAction.READ, "alerts", client_id, clock=self._clock)
            intake = None if record is None else to_intake(record)
            return screen(intake, settings.screening, self._clock().date())

    # Drafts: the form saves what is typed every few seconds; a crash loses nothing.

    def save_draft(
        self, actor: User, client_id: int, data: IntakeData, extra: dict[str, Any] | None = None
    ) -> None:
        require(actor, Permission.WRITE_INTAKE)
        payload = {"intake": intake_to_dict(data), "extra": extra or {}}
        with self._work(actor) as work:
            session = work.session
            record = session.scalars(
                select(DraftRecord).where(
                    DraftRecord.user_id == actor.id,
                    DraftRecord.kind == INTAKE_DRAFT,
                    DraftRecord.client_id == client_id,
                )
            ).first()
            if record is None:
                session.add(
                    DraftRecord(
                        user_id=actor.id,
                        kind=INTAKE_DRAFT,
                        client_id=client_id,
                        payload=payload,
                        saved_at=self._clock(),
                    )
                )
            else:
                record.payload = payload
                record.saved_at = self._clock()
            work.changed(Changes.of(drafts=[client_id]))

    def drafts(self, actor: User) -> list[tuple[int, str, IntakeData, dict[str, Any]]]:
        """The acting user's unsaved intakes: (client id, client name, data, extra)."""
        require(actor, Permission.WRITE_INTAKE)
        with self._db.read_only() as session:
            rows = session.execute(
                select(DraftRecord, ClientRecord.first_name, ClientRecord.last_name)
                .join(ClientRecord, ClientRecord.id == DraftRecord.client_id)
                .where(DraftRecord.user_id == actor.id, DraftRecord.kind == INTAKE_DRAFT)
                .order_by(DraftRecord.saved_at.desc())
            ).all()
            out = []
            for draft, first, last in rows:
                try:
                    data = intake_from_dict(draft.payload.get("intake"))
                except FormatError:
                    continue  # a draft from an older layout: nothing safe to offer back
                out.append(
                    (
                        draft.client_id or 0,
                        f"{first} {last}".strip(),
                        data,
                        dict(draft.payload.get("extra") or {}),
                    )
                )
            return out

    def discard_draft(self, actor: User, client_id: int) -> None:
        with self._work(actor) as work:
            work.session.execute(
                delete(DraftRecord).where(
                    DraftRecord.user_id == actor.id,
                    DraftRecord.kind == INTAKE_DRAFT,
                    DraftRecord.client_id == client_id,
                )
            )
            work.changed(Changes.of(drafts=[client_id]))

    # Printing

    def summary_pdf(self, actor: User, intake_id: int, page_size: str = "A4") -> bytes:
        """The printable intake summary (PDF bytes): the intake, the client's alerts as of
        today, the consent text and the signature. Audited as an export."""
        # Imported here, not at the top: reportlab adds to start-up time and only printing
        # needs it.
        from acudesk.documents.intake_summary import IntakeSummary, build_intake_summary
        from acudesk.documents.layout import PAGE_SIZES
        from acudesk.domain.clinic import ClinicDetails
        from acudesk.services.clients import to_data
        from acudesk.store.models import ClinicRecord

        require(actor, Permission.READ_CLINICAL)
        if page_size not in PAGE_SIZES:
            raise ValidationError({"page_size": "Choose A4 or Letter paper."})
        with self._db.unit_of_work() as session:
            record = session.get(IntakeRecord, intake_id)
            client = None if record is None else session.get(ClientRecord, record.client_id)
            if record is None or client is None:
                raise NotFound("That intake no longer exists.")
            clinic = session.scalars(select(ClinicRecord).order_by(ClinicRecord.id)).first()
            if clinic is None:
                raise NotFound("This database has no clinic yet.")
            settings = load_settings(session)
            latest = latest_record(session, client.id)
            now = self._clock()
            intake = to_intake(record)
            person = to_data(client)
            summary = IntakeSummary(
                clinic=ClinicDetails(clinic.name, clinic.address, clinic.phone, clinic.is_demo),
                client_name=person.display_name,
                date_of_birth=person.date_of_birth,
                phone=person.phone,
                email=person.email,
                intake=intake.data,
                recorded_by=intake.recorded_by,
                recorded_at=intake.recorded_at,
                consent_text=settings.consent_text,
                generated_on=now,
                alerts=tuple(
                    screen(
                        None if latest is None else to_intake(latest),
                        settings.screening,
                        now.date(),
                    )
                ),
                newer_intake_on=(
                    latest.taken_on if latest is not None and latest.id != record.id else None
                ),
            )
            # Built inside the transaction: the export is audited only if the PDF was made.
            pdf = build_intake_summary(summary, page_size)
            audit.record(
                session,
                actor,
                AuditAction.EXPORT,
                "intake",
                intake_id,
                f"intake summary PDF, client {client.id}",
                clock=self._clock,
            )
            return pdf
