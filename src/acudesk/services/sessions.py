"""Treatment sessions: start, chart, time, count, complete, amend; protocols."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.chart import ChartDocument, ChartError, Placement
from acudesk.domain.errors import ConflictError, NotFound, ValidationError
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
    TreatmentSession,
    completion_problems,
    validate_session,
)
from acudesk.domain.treatment_codec import data_to_dict, details_to_dict
from acudesk.domain.users import Permission, User
from acudesk.services import audit
from acudesk.services.guard import require
from acudesk.services.intake import latest_record, to_intake
from acudesk.services.settings import load_settings
from acudesk.services.work import Service, Work
from acudesk.store.models import (
    ClientRecord,
    ProtocolRecord,
    SessionAmendmentRecord,
    TreatmentSessionRecord,
)


def to_session(record: TreatmentSessionRecord) -> TreatmentSession:
    from acudesk.domain.treatment_codec import data_from_dict

    raw = {
        **record.details,
        "started_at": record.started_at.isoformat(),
        "course_number": record.course_number,
        "course_length": record.course_length,
        "retention_minutes": record.retention_minutes,
        "needles_in": record.needles_in,
        "needles_out": record.needles_out,
        "gua_sha": record.gua_sha,
    }
    return TreatmentSession(
        id=record.id,
        client_id=record.client_id,
        version=record.version,
        status=SessionStatus(record.status),
        practitioner=record.practitioner,
        data=data_from_dict(raw),
        chart=list(record.chart),
        completed_at=record.completed_at,
        timer_started_at=record.timer_started_at,
    )


def newest_first(client_id: int) -> Select[TreatmentSessionRecord]:
    """The client's sessions, newest first."""
    return (
        select(TreatmentSessionRecord)
        .where(TreatmentSessionRecord.client_id == client_id)
        .order_by(TreatmentSessionRecord.started_at.desc(), TreatmentSessionRecord.id.desc())
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


def _write(record: TreatmentSessionRecord, data: SessionRecordData, chart: ChartDocument) -> None:
    record.started_at = data.started_at
    record.course_number = data.course_number
    record.course_length = data.course_length
    record.retention_minutes = data.retention_minutes
    record.needles_in = data.needles_in
    record.needles_out = data.needles_out
    record.gua_sha = data.gua_sha
    record.chart = chart.to_list()
    record.details = details_to_dict(data)


def _changed(work: Work, record: TreatmentSessionRecord) -> None:
    work.changed(Changes.of(sessions=[record.id], session_clients=[record.client_id]))


def session_snapshot(session: TreatmentSession) -> dict[str, Any]:
    return {"data": data_to_dict(session.data), "chart": session.chart}


class SessionService(Service):
    # Reading

    def _alerts(self, session: Session, client_id: int) -> list[Alert]:
        record = latest_record(session, client_id)
        settings = load_settings(session)
        return screen(
            None if record is None else to_intake(record), settings.screening, self._clock().date()
        )

    def _record(self, session: Session, session_id: int) -> TreatmentSessionRecord:
        record = session.get(TreatmentSessionRecord, session_id)
        if record is None:
            raise NotFound("That session no longer exists.")
        return record

    def get(self, actor: User, session_id: int) -> TreatmentSession:
        require(actor, Permission.READ_CLINICAL)
        with self._db.unit_of_work() as session:
            record = self._record(session, session_id)
            audit.record(session, actor, AuditAction.READ, "session", session_id, clock=self._clock)
            return to_session(record)

    def history(self, actor: User, client_id: int) -> list[TreatmentSession]:
        """The client's sessions, newest first."""
        require(actor, Permission.READ_CLINICAL)
        with self._db.unit_of_work() as session:
            rows = session.scalars(newest_first(client_id)).all()
            audit.record(
                session,
                actor,
                AuditAction.READ,
                "session",
                "",
                f"history of client {client_id}",
                clock=self._clock,
            )
            return [to_session(r) for r in rows]

    def alerts(self, actor: User, client_id: int) -> list[Alert]:
        require(actor, Permission.READ_CLINICAL)
        with self._db.read_only() as session:
            return self._alerts(session, client_id)

    def last_chart(self, actor: User, client_id: int) -> list[dict[str, Any]]:
        """The chart of the client's latest session ("repeat last session"); [] if none."""
        require(actor, Permission.READ_CLINICAL)
        with self._db.read_only() as session:
            record = session.scalars(newest_first(client_id).limit(1)).first()
            return [] if record is None else list(record.chart)

    def amendments(self, actor: User, session_id: int) -> list[dict[str, Any]]:
        require(actor, Permission.READ_CLINICAL)
        with self._db.read_only() as session:
            rows = session.scalars(
                select(SessionAmendmentRecord)
                .where(SessionAmendmentRecord.session_id == session_id)
                .order_by(SessionAmendmentRecord.id)
            ).all()
            return [
                {
                    "amended_at": r.amended_at,
                    "by": r.username,
                    "reason": r.reason,
                    "before": r.before,
                    "after": r.after,
                }
                for r in rows
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
        require(actor, Permission.CHART_SESSIONS)
        with self._work(actor) as work:
            session = work.session
            if session.get(ClientRecord, client_id) is None:
                raise NotFound("That client no longer exists.")
            previous = session.scalars(newest_first(client_id).limit(1)).first()
            length = course_length or (
                previous.course_length if previous else DEFAULT_COURSE_LENGTH
            )
            number = 1
            if previous is not None and previous.course_number < previous.course_length:
                number = previous.course_number + 1
            intake = latest_record(session, client_id)
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
            _write(record, data, document)
            session.add(record)
            session.flush()
            audit.record(
                session,
                actor,
                AuditAction.CREATE,
                "session",
                record.id,
                f"client {client_id}, {data.course_number} of {length}",
                clock=self._clock,
            )
            _changed(work, record)
            return to_session(record)

    def _locked(self, session: Session, loaded: TreatmentSession) -> TreatmentSessionRecord:
        record = self._record(session, loaded.id)
        if record.version != loaded.version:
            raise ConflictError(
                "This session was changed on another computer while you had it open. Your "
                "changes are still on screen: reload the session, then apply them again."
            )
        return record

    def save(
        self,
        actor: User,
        loaded: TreatmentSession,
        data: SessionRecordData,
        chart: list[dict[str, Any]],
    ) -> TreatmentSession:
        """Save an open session as it stands (the screen saves often)."""
        require(actor, Permission.CHART_SESSIONS)
        errors = validate_session(data)
        if errors:
            raise ValidationError(errors)
        document = _checked_chart(chart)
        try:
            with self._work(actor) as work:
                session = work.session
                record = self._locked(session, loaded)
                if record.status != SessionStatus.OPEN.value:
                    raise ValidationError(
                        {
                            "status": "This session is completed: amend it, "
                            "giving a reason, to change it."
                        }
                    )
                _write(record, data, document)
                session.flush()
                audit.record(
                    session, actor, AuditAction.UPDATE, "session", record.id, clock=self._clock
                )
                _changed(work, record)
                return to_session(record)
        except StaleDataError:
            raise ConflictError(
                "This session was saved on another computer at the same "
                "moment. Reload it and apply your changes again."
            ) from None

    def start_timer(self, actor: User, loaded: TreatmentSession) -> TreatmentSession:
        """Needling is done: the retention timer runs from now."""
        require(actor, Permission.CHART_SESSIONS)
        with self._work(actor) as work:
            session = work.session
            record = self._locked(session, loaded)
            record.timer_started_at = self._clock()
            session.flush()
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "session",
                record.id,
                "retention timer started",
                clock=self._clock,
            )
            _changed(work, record)
            return to_session(record)

    def complete(
        self,
        actor: User,
        loaded: TreatmentSession,
        data: SessionRecordData,
        chart: list[dict[str, Any]],
    ) -> TreatmentSession:
        require(actor, Permission.CHART_SESSIONS)
        document = _checked_chart(chart)
        with self._work(actor) as work:
            session = work.session
            record = self._locked(session, loaded)
            if record.status != SessionStatus.OPEN.value:
                raise ValidationError({"status": "This session is already completed."})
            alerts = self._alerts(session, record.client_id)
            problems = completion_problems(data, document.needle_count, alerts)
            unchecked = _unconfirmed(document, alerts)
            if unchecked:
                problems["chart"] = describe_unconfirmed(unchecked)
            if problems:
                raise ValidationError(problems)
            _write(record, data, document)
            record.status = SessionStatus.COMPLETED.value
            record.completed_at = self._clock()
            session.flush()
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "session",
                record.id,
                "completed",
                clock=self._clock,
            )
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
        require(actor, Permission.CHART_SESSIONS)
        if not reason.strip():
            raise ValidationError({"reason": "Say why the completed session is being changed."})
        document = _checked_chart(chart)
        with self._work(actor) as work:
            session = work.session
            record = self._locked(session, loaded)
            if record.status != SessionStatus.COMPLETED.value:
                raise ValidationError({"status": "Only a completed session is amended."})
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
            before = session_snapshot(to_session(record))
            _write(record, data, document)
            session.flush()
            after = session_snapshot(to_session(record))
            session.add(
                SessionAmendmentRecord(
                    session_id=record.id,
                    amended_at=self._clock(),
                    user_id=actor.id,
                    username=actor.display_name,
                    reason=reason.strip()[:2000],
                    before=before,
                    after=after,
                )
            )
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "session",
                record.id,
                f"amended: {reason.strip()[:200]}",
                clock=self._clock,
            )
            _changed(work, record)
            return to_session(record)

    # Protocols

    def protocols(self, actor: User) -> list[tuple[int, str, str, list[dict[str, Any]]]]:
        require(actor, Permission.CHART_SESSIONS)
        with self._db.read_only() as session:
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
        require(actor, Permission.CHART_SESSIONS)
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError({"name": "Give the protocol a name."})
        if len(clean) > 120:
            raise ValidationError({"name": "The name is too long (120 characters at most)."})
        document = _checked_chart(chart)
        if not len(document):
            raise ValidationError({"chart": "The chart is empty: place some needles first."})
        with self._work(actor) as work:
            session = work.session
            existing = session.scalars(
                select(ProtocolRecord).where(func.lower(ProtocolRecord.name) == clean.lower())
            ).first()
            if existing is not None and not replace_existing:
                raise ValidationError(
                    {"name": f"There is already a protocol called '{existing.name}'."}
                )
            if existing is None:
                existing = ProtocolRecord(
                    name=clean, created_by=actor.display_name, created_at=self._clock(), chart=[]
                )
                session.add(existing)
            existing.description = description.strip()[:2000]
            existing.chart = document.to_list()
            session.flush()
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "protocol",
                existing.id,
                clean,
                clock=self._clock,
            )
            work.changed(Changes.of(protocols=[existing.id]))
            return existing.id

    def delete_protocol(self, actor: User, protocol_id: int) -> None:
        require(actor, Permission.CHART_SESSIONS)
        with self._work(actor) as work:
            session = work.session
            record = session.get(ProtocolRecord, protocol_id)
            if record is None:
                raise NotFound("That protocol no longer exists.")
            session.delete(record)
            audit.record(
                session,
                actor,
                AuditAction.DELETE,
                "protocol",
                protocol_id,
                record.name,
                clock=self._clock,
            )
            work.changed(Changes.of(protocols=[protocol_id]))
