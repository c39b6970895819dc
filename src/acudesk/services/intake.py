"""Intake assessments, their drafts, and the screening alerts they raise."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, delete, select
from sqlalchemy.exc import IntegrityError

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.errors import CLIENT, CLINIC, ConflictError, NotFound, ValidationError
from acudesk.domain.i18n import in_english, translate
from acudesk.domain.intake import Intake, IntakeData, validate_intake
from acudesk.domain.intake_codec import FormatError, intake_from_dict, intake_to_dict
from acudesk.domain.screening import Alert, screen
from acudesk.domain.users import Permission, User
from acudesk.services.guard import require
from acudesk.services.work import Service
from acudesk.store.intakes import (
    add_intake,
    latest_intake,
    newest_first,
    next_intake_seq,
    to_intake,
)
from acudesk.store.models import ClientRecord, DraftRecord, IntakeRecord
from acudesk.store.settings import load_settings

INTAKE_DRAFT = "intake"


def _draft_of(actor: User, client_id: int) -> ColumnElement[bool]:
    """The acting user's intake draft for the client (a WHERE clause)."""
    return and_(
        DraftRecord.user_id == actor.id,
        DraftRecord.kind == INTAKE_DRAFT,
        DraftRecord.client_id == client_id,
    )


class IntakeService(Service):
    def latest(self, actor: User, client_id: int) -> Intake | None:
        with self._work(actor, Permission.READ_INTAKE) as work:
            record = latest_intake(work.session, client_id)
            work.audit(
                AuditAction.READ,
                "intake",
                "latest",
                entity_id=record.id if record else "",
                client_id=client_id,
            )
            return None if record is None else to_intake(record)

    def history(self, actor: User, client_id: int) -> list[Intake]:
        """Every intake of the client, newest first (reviews never overwrite the old ones)."""
        with self._work(actor, Permission.READ_INTAKE) as work:
            rows = work.session.scalars(newest_first(client_id)).all()
            work.audit(AuditAction.READ, "intake", "history", client_id=client_id)
            return [to_intake(r) for r in rows]

    def record(
        self, actor: User, client_id: int, data: IntakeData, *, based_on: int | None
    ) -> Intake:
        """Save a new intake. ``based_on`` is the latest intake the form started from: if
        another one was saved meanwhile (another workstation), the save is refused."""
        require(actor, Permission.WRITE_INTAKE)
        try:
            return self._record(actor, client_id, data, based_on)
        except ConflictError as error:
            if not isinstance(error.__cause__, IntegrityError):
                raise
            # Saved from the same latest intake at the same moment: theirs holds the number.
            with self._db.read_only() as session:
                raise _intake_conflict(latest_intake(session, client_id)) from error

    def _record(
        self, actor: User, client_id: int, data: IntakeData, based_on: int | None
    ) -> Intake:
        with self._work(actor, Permission.WRITE_INTAKE) as work:
            if work.session.get(ClientRecord, client_id) is None:
                raise CLIENT.not_found()
            # The number first, then the check: whatever is saved after this read either
            # shows in the check or takes this number first (and the insert is refused).
            seq = next_intake_seq(work.session, client_id)
            current = latest_intake(work.session, client_id)
            if (current.id if current else None) != based_on:
                # Not an edit of one record: theirs stays, and yours is added after it.
                raise _intake_conflict(current)
            errors = validate_intake(data, self._clock().date())
            if errors:
                raise ValidationError(errors)
            record = add_intake(
                work.session,
                client_id,
                data,
                recorded_by_id=actor.id,
                recorded_by=actor.display_name,
                recorded_at=self._clock(),
                seq=seq,
            )
            work.session.execute(delete(DraftRecord).where(_draft_of(actor, client_id)))
            work.audit(AuditAction.CREATE, record)
            work.changed(Changes.of(intakes=[client_id], drafts=[client_id]))
            return to_intake(record)

    def alerts(self, actor: User, client_id: int) -> list[Alert]:
        """The screening alerts for the client as of today, most severe first."""
        with self._work(actor, Permission.READ_INTAKE) as work:
            settings = load_settings(work.session)
            record = latest_intake(work.session, client_id)
            work.audit(AuditAction.READ, "alerts", entity_id=client_id, client_id=client_id)
            intake = None if record is None else to_intake(record)
            return screen(intake, settings.screening, self._clock().date())

    # Drafts: the form saves what is typed every few seconds; a crash loses nothing.

    def save_draft(
        self, actor: User, client_id: int, data: IntakeData, extra: dict[str, Any] | None = None
    ) -> None:
        require(actor, Permission.WRITE_INTAKE)  # before reading the input; again, as now, below
        payload = {"intake": intake_to_dict(data), "extra": extra or {}}
        with self._work(actor, Permission.WRITE_INTAKE) as work:
            record = work.session.scalars(
                select(DraftRecord).where(_draft_of(actor, client_id))
            ).first()
            if record is None:
                work.session.add(
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
            work.audit(AuditAction.UPDATE, "draft", "intake draft saved", client_id=client_id)
            work.changed(Changes.of(drafts=[client_id]))

    def drafts(self, actor: User) -> list[tuple[int, str, IntakeData, dict[str, Any]]]:
        """The acting user's unsaved intakes: (client id, client name, data, extra)."""
        with self._work(actor, Permission.WRITE_INTAKE) as work:
            session = work.session
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
            for client_id, *_rest in out:  # each draft read is a read of that client's intake
                work.audit(AuditAction.READ, "draft", "intake draft", client_id=client_id)
            return out

    def discard_draft(self, actor: User, client_id: int) -> None:
        with self._work(actor, Permission.WRITE_INTAKE) as work:
            work.session.execute(delete(DraftRecord).where(_draft_of(actor, client_id)))
            work.audit(AuditAction.DELETE, "draft", "intake draft", client_id=client_id)
            work.changed(Changes.of(drafts=[client_id]))

    # Printing

    def summary_pdf(self, actor: User, intake_id: int, page_size: str = "A4") -> bytes:
        """The printable intake summary (PDF bytes): the intake, the client's alerts as of
        today, the consent text and the signature. Audited as an export."""
        require(actor, Permission.READ_INTAKE)  # before reading the input; again, as now, below
        # Imported here, not at the top: reportlab adds to start-up time and only printing
        # needs it.
        from acudesk.documents.intake_summary import IntakeSummary, build_intake_summary
        from acudesk.documents.layout import PAGE_SIZES
        from acudesk.store.clients import to_data
        from acudesk.store.clinic import clinic_record, to_details

        if page_size not in PAGE_SIZES:
            raise ValidationError({"page_size": translate("intake", "Choose A4 or Letter paper.")})
        with self._work(actor, Permission.READ_INTAKE) as work:
            session = work.session
            record = session.get(IntakeRecord, intake_id)
            client = None if record is None else session.get(ClientRecord, record.client_id)
            if record is None or client is None:
                raise NotFound(translate("intake", "That intake no longer exists."))
            clinic = clinic_record(session)
            if clinic is None:
                raise CLINIC.not_found()
            settings = load_settings(session)
            latest = latest_intake(session, client.id)
            now = self._clock()
            intake = to_intake(record)
            person = to_data(client)
            # The summary is an English document (its headings are), alerts and labels too.
            # Built inside the transaction: the export is audited only if the PDF was made.
            with in_english():
                summary = IntakeSummary(
                    clinic=to_details(clinic),
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
                pdf = build_intake_summary(summary, page_size)
            work.audit(AuditAction.EXPORT, record, f"intake summary PDF, client {client.id}")
            return pdf


def _intake_conflict(current: IntakeRecord | None) -> ConflictError:
    return ConflictError(
        _intake_clash(current),
        by=current.recorded_by if current else None,
        at=current.recorded_at if current else None,
    )


def _intake_clash(current: IntakeRecord | None) -> str:
    """Someone saved an intake for this client while this one was being filled in."""
    if current is None:
        return translate(
            "intake",
            "Someone saved another intake for this client while you were filling this one in. "
            "Yours is not saved yet and is still in the form: look at theirs, then save yours "
            "again.",
        )
    #: {who} is a person's name; {time} is when they saved it ("10:42").
    return translate(
        "intake",
        "{who} saved another intake for this client at {time} while you were filling this one "
        "in. Yours is not saved yet and is still in the form: look at theirs, then save yours "
        "again.",
    ).format(who=current.recorded_by, time=f"{current.recorded_at:%H:%M}")
