"""Treatment sessions: start, chart, time, count, complete, amend; protocols."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.chart import ChartDocument, ChartError, Placement
from acudesk.domain.errors import (
    CLIENT,
    NAMED_PROTOCOL,
    PROTOCOL,
    SESSION,
    ValidationError,
)
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.domain.point_cautions import (
    PointCaution,
    describe_unconfirmed,
    point_cautions,
    unconfirmed,
)
from acudesk.domain.screening import Alert, screen
from acudesk.domain.treatment import (
    DEFAULT_COURSE_LENGTH,
    PreCheck,
    SessionRecordData,
    SessionStatus,
    SessionSummary,
    TreatmentSession,
    completion_problems,
    validate_session,
)
from acudesk.domain.users import Permission, User
from acudesk.services.guard import require
from acudesk.services.work import Service, Work
from acudesk.store.intakes import latest_intake, to_intake
from acudesk.store.models import (
    ClientRecord,
    ProtocolRecord,
    SessionAmendmentRecord,
    TreatmentSessionRecord,
)
from acudesk.store.sessions import (
    amendments,
    latest_session,
    newest_first,
    snapshot,
    summaries,
    to_session,
    write_session,
)
from acudesk.store.settings import load_settings

COMPLETED_ALREADY = QT_TRANSLATE_NOOP(
    "sessions", "This session is completed: amend it, giving a reason, to change it."
)


def _unconfirmed(
    document: ChartDocument, alerts: list[Alert]
) -> list[tuple[Placement, list[PointCaution]]]:
    if not any(p.point for p in document):
        return []
    from acudesk.services.catalog import point_catalog

    cautions = point_cautions(point_catalog().points.values(), alerts)
    return unconfirmed(document, cautions)


def _checked_chart(chart: list[dict[str, Any]]) -> ChartDocument:
    try:
        return ChartDocument.from_list(chart)
    except ChartError as error:
        raise ValidationError({"chart": str(error)}) from None


def _changed(work: Work, record: TreatmentSessionRecord) -> None:
    work.changed(Changes.of(sessions=[record.id], session_clients=[record.client_id]))


class SessionService(Service):
    # Reading

    def _alerts(self, session: Session, client_id: int) -> list[Alert]:
        record = latest_intake(session, client_id)
        settings = load_settings(session)
        return screen(
            None if record is None else to_intake(record), settings.screening, self._clock().date()
        )

    def get(self, actor: User, session_id: int) -> TreatmentSession:
        with self._work(actor, Permission.READ_CLINICAL) as work:
            record = work.session.get(TreatmentSessionRecord, session_id)
            if record is None:
                raise SESSION.not_found()
            work.audit(AuditAction.READ, record)
            return to_session(record)

    def history(self, actor: User, client_id: int) -> list[TreatmentSession]:
        """The client's sessions, newest first."""
        with self._work(actor, Permission.READ_CLINICAL) as work:
            rows = work.session.scalars(newest_first(client_id)).all()
            work.audit(AuditAction.READ, "session", "history", client_id=client_id)
            return [to_session(r) for r in rows]

    def summaries(
        self,
        actor: User,
        client_id: int,
        *,
        limit: int | None = None,
        after: SessionSummary | None = None,
    ) -> list[SessionSummary]:
        """The client's history, newest first, one line a session (amended or not) in one
        statement; ``limit`` lines from just after ``after``: a page of a long history."""
        with self._work(actor, Permission.READ_CLINICAL) as work:
            lines = summaries(work.session, client_id, limit=limit, after=after)
            work.audit(AuditAction.READ, "session", "history", client_id=client_id)
            return lines

    def alerts(self, actor: User, client_id: int) -> list[Alert]:
        with self._work(actor, Permission.READ_INTAKE) as work:
            work.audit(AuditAction.READ, "alerts", entity_id=client_id, client_id=client_id)
            return self._alerts(work.session, client_id)

    def last_chart(self, actor: User, client_id: int) -> list[dict[str, Any]]:
        """The chart of the client's latest session ("repeat last session"); [] if none."""
        with self._work(actor, Permission.READ_CLINICAL) as work:
            record = latest_session(work.session, client_id)
            if record is not None:
                work.audit(AuditAction.READ, record, "last chart")
            return [] if record is None else list(record.chart)

    def amendments(self, actor: User, session_id: int) -> list[dict[str, Any]]:
        with self._work(actor, Permission.READ_CLINICAL) as work:
            session = work.session
            record = session.get(TreatmentSessionRecord, session_id)
            if record is not None:
                work.audit(AuditAction.READ, record, "amendments")
            return [
                {
                    "amended_at": r.amended_at,
                    "by": r.username,
                    "reason": r.reason,
                    "before": r.before,
                    "after": r.after,
                }
                for r in amendments(session, session_id)
            ]

    # Writing

    def start(
        self,
        actor: User,
        client_id: int,
        *,
        course_length: int | None = None,
        chart: list[dict[str, Any]] | None = None,
    ) -> TreatmentSession:
        """Open a new session for the client, numbered within the current course."""
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            session = work.session
            if session.get(ClientRecord, client_id) is None:
                raise CLIENT.not_found()
            previous = latest_session(session, client_id)
            length = course_length or (
                previous.course_length if previous else DEFAULT_COURSE_LENGTH
            )
            number = 1
            if previous is not None and previous.course_number < previous.course_length:
                number = previous.course_number + 1
            intake = latest_intake(session, client_id)
            data = SessionRecordData(
                started_at=self._clock(),
                course_number=min(number, length),
                course_length=length,
                precheck=PreCheck(intake_id=intake.id if intake else None),
            )
            errors = validate_session(data)
            if errors:
                raise ValidationError(errors)
            document = _checked_chart(chart or [])
            record = TreatmentSessionRecord(
                client_id=client_id,
                practitioner_id=actor.id,
                practitioner=actor.display_name,
                status=SessionStatus.OPEN.value,
                chart=[],
                details={},
            )
            write_session(record, data, document)
            session.add(record)
            session.flush()
            detail = f"client {client_id}, {data.course_number} of {length}"
            work.audit(AuditAction.CREATE, record, detail)
            _changed(work, record)
            return to_session(record)

    @staticmethod
    def _edit(work: Work, loaded: TreatmentSession) -> TreatmentSessionRecord:
        return work.edit(TreatmentSessionRecord, loaded.id, loaded.version, what=SESSION)

    def save(
        self,
        actor: User,
        loaded: TreatmentSession,
        data: SessionRecordData,
        chart: list[dict[str, Any]],
    ) -> TreatmentSession:
        """Save an open session as it stands (the screen saves often)."""
        require(actor, Permission.CHART_SESSIONS)  # before reading the input; again, as now, below
        errors = validate_session(data)
        if errors:
            raise ValidationError(errors)
        document = _checked_chart(chart)
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            record = self._edit(work, loaded)
            if record.status != SessionStatus.OPEN.value:
                raise ValidationError({"status": translate("sessions", COMPLETED_ALREADY)})
            write_session(record, data, document)
            work.session.flush()
            work.audit(AuditAction.UPDATE, record)
            _changed(work, record)
            return to_session(record)

    def start_timer(self, actor: User, loaded: TreatmentSession) -> TreatmentSession:
        """Needling is done: the retention timer runs from now."""
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            record = self._edit(work, loaded)
            record.timer_started_at = self._clock()
            work.session.flush()
            work.audit(AuditAction.UPDATE, record, "retention timer started")
            _changed(work, record)
            return to_session(record)

    def complete(
        self,
        actor: User,
        loaded: TreatmentSession,
        data: SessionRecordData,
        chart: list[dict[str, Any]],
    ) -> TreatmentSession:
        require(actor, Permission.CHART_SESSIONS)  # before reading the input; again, as now, below
        document = _checked_chart(chart)
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            record = self._edit(work, loaded)
            if record.status != SessionStatus.OPEN.value:
                raise ValidationError(
                    {"status": translate("sessions", "This session is already completed.")}
                )
            alerts = self._alerts(work.session, record.client_id)
            problems = completion_problems(data, document.needle_count, alerts)
            unchecked = _unconfirmed(document, alerts)
            if unchecked:
                problems["chart"] = describe_unconfirmed(unchecked)
            if problems:
                raise ValidationError(problems)
            write_session(record, data, document)
            record.status = SessionStatus.COMPLETED.value
            record.completed_at = self._clock()
            work.session.flush()
            work.audit(AuditAction.UPDATE, record, "completed")
            _changed(work, record)
            return to_session(record)

    def amend(
        self,
        actor: User,
        loaded: TreatmentSession,
        data: SessionRecordData,
        chart: list[dict[str, Any]],
        reason: str,
    ) -> TreatmentSession:
        """Change a completed session; the trail keeps who, when, why, before and after."""
        require(actor, Permission.CHART_SESSIONS)  # before reading the input; again, as now, below
        if not reason.strip():
            raise ValidationError(
                {"reason": translate("sessions", "Say why the completed session is being changed.")}
            )
        document = _checked_chart(chart)
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            record = self._edit(work, loaded)
            if record.status != SessionStatus.COMPLETED.value:
                raise ValidationError(
                    {"status": translate("sessions", "Only a completed session is amended.")}
                )
            problems = completion_problems(
                replace(
                    data,
                    precheck=replace(
                        data.precheck,
                        alerts_reviewed=True,
                        intake_unchanged=True,
                        override_reason=data.precheck.override_reason or "(as completed)",
                    ),
                ),
                document.needle_count,
                [],
            )
            if problems:
                raise ValidationError(problems)
            before = snapshot(record)
            write_session(record, data, document)
            work.session.flush()
            work.session.add(
                SessionAmendmentRecord(
                    session_id=record.id,
                    amended_at=self._clock(),
                    user_id=actor.id,
                    username=actor.display_name,
                    reason=reason.strip()[:2000],
                    before=before,
                    after=snapshot(record),
                )
            )
            work.audit(AuditAction.UPDATE, record, f"amended: {reason.strip()[:200]}")
            _changed(work, record)
            return to_session(record)

    # Protocols

    def protocols(self, actor: User) -> list[tuple[int, str, str, list[dict[str, Any]]]]:
        with self._read_as(actor, Permission.CHART_SESSIONS) as session:
            rows = session.scalars(select(ProtocolRecord).order_by(func.lower(ProtocolRecord.name)))
            return [(r.id, r.name, r.description, list(r.chart)) for r in rows]

    def save_protocol(
        self,
        actor: User,
        name: str,
        description: str,
        chart: list[dict[str, Any]],
        *,
        replace_existing: bool = False,
    ) -> int:
        require(actor, Permission.CHART_SESSIONS)  # before reading the input; again, as now, below
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError({"name": translate("sessions", "Give the protocol a name.")})
        if len(clean) > 120:
            too_long = translate("sessions", "The name is too long ({limit} characters at most).")
            raise ValidationError({"name": too_long.format(limit=120)})
        document = _checked_chart(chart)
        if not len(document):
            empty = translate("sessions", "The chart is empty: place some needles first.")
            raise ValidationError({"chart": empty})
        with self._work(actor, Permission.CHART_SESSIONS, what=NAMED_PROTOCOL.named(clean)) as work:
            existing = work.session.scalars(
                select(ProtocolRecord).where(func.lower(ProtocolRecord.name) == clean.lower())
            ).first()
            if existing is not None and not replace_existing:
                taken = translate("sessions", "There is already a protocol called '{name}'.")
                raise ValidationError({"name": taken.format(name=existing.name)})
            if existing is None:
                existing = ProtocolRecord(
                    name=clean, created_by=actor.display_name, created_at=self._clock(), chart=[]
                )
                work.session.add(existing)
            else:
                work.watch(ProtocolRecord, existing.id, what=PROTOCOL)
            existing.description = description.strip()[:2000]
            existing.chart = document.to_list()
            work.session.flush()
            work.audit(AuditAction.UPDATE, existing, clean)
            work.changed(Changes.of(protocols=[existing.id]))
            return existing.id

    def delete_protocol(self, actor: User, protocol_id: int) -> None:
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            record = work.session.get(ProtocolRecord, protocol_id)
            if record is None:
                raise PROTOCOL.not_found()
            work.watch(ProtocolRecord, protocol_id, what=PROTOCOL)
            work.session.delete(record)
            work.audit(AuditAction.DELETE, record, record.name)
            work.changed(Changes.of(protocols=[protocol_id]))
