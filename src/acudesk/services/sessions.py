"""Treatment sessions: start, chart, time, count, complete, amend; protocols."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from acudesk.domain.appointments import AppointmentStatus
from acudesk.domain.audit import AuditAction
from acudesk.domain.errors import (
    SESSION,
    ValidationError,
)
from acudesk.domain.i18n import translate
from acudesk.domain.point_cautions import (
    describe_unconfirmed,
)
from acudesk.domain.screening import Alert, screen
from acudesk.domain.treatment import (
    SessionRecordData,
    SessionStatus,
    SessionSummary,
    TreatmentSession,
    completion_problems,
    needle_gate,
    needles_only,
    validate_session,
)
from acudesk.domain.users import Permission, User
from acudesk.services.appointment_steps import follow_session
from acudesk.services.guard import require
from acudesk.services.session_rules import (
    COMPLETED_ALREADY,
    changed_session,
    checked_chart,
    unconfirmed_points,
)
from acudesk.services.session_start import open_new_session
from acudesk.services.work import Service, Work
from acudesk.store.intakes import latest_intake, to_intake
from acudesk.store.models import (
    SessionAmendmentRecord,
    TreatmentSessionRecord,
)
from acudesk.store.sessions import (
    amendments,
    latest_session,
    newest_first,
    open_session,
    snapshot,
    summaries,
    to_session,
    write_session,
)
from acudesk.store.settings import load_settings


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
        cancelled: bool = False,
    ) -> list[SessionSummary]:
        """The client's history, newest first, one line a session (amended or not) in one
        statement; ``limit`` lines from just after ``after``: a page of a long history.
        Cancelled sessions are left out unless an admin (who reads the audit) asks for them."""
        require(actor, Permission.READ_CLINICAL)
        if cancelled:
            require(actor, Permission.VIEW_AUDIT)
        with self._work(actor, Permission.READ_CLINICAL) as work:
            lines = summaries(
                work.session, client_id, limit=limit, after=after, cancelled=cancelled
            )
            look = "history with cancelled sessions" if cancelled else "history"
            work.audit(AuditAction.READ, "session", look, client_id=client_id)
            return lines

    def alerts(self, actor: User, client_id: int) -> list[Alert]:
        with self._work(actor, Permission.READ_INTAKE) as work:
            work.audit(AuditAction.READ, "alerts", entity_id=client_id, client_id=client_id)
            return self._alerts(work.session, client_id)

    def last_chart(self, actor: User, client_id: int) -> list[dict[str, Any]]:
        """What "repeat last session" places: the needles and electro pairs of the client's
        latest session that was not cancelled (never its reactions, marks or notes); []."""
        with self._work(actor, Permission.READ_CLINICAL) as work:
            record = latest_session(work.session, client_id)
            if record is not None:
                work.audit(AuditAction.READ, record, "last chart")
            return [] if record is None else needles_only(list(record.chart))

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

    def open_session(self, actor: User, client_id: int) -> TreatmentSession | None:
        """The client's open session, if there is one (at most one)."""
        require(actor, Permission.READ_CLINICAL)
        with self._work(actor, Permission.READ_CLINICAL) as work:
            record = open_session(work.session, client_id)
            if record is None:
                work.audit(AuditAction.READ, "session", "no open session", client_id=client_id)
                return None
            work.audit(AuditAction.READ, record, "open session", client_id=client_id)
            return to_session(record)

    def start(
        self, actor: User, client_id: int, *, course_length: int | None = None
    ) -> TreatmentSession:
        """Open a new session for the client, placed in the client's course (a new course, of
        ``course_length`` or the last one's, when none is open or the open one is full).
        Refused with ``OpenSessionExists`` while the client has an open session. The chart
        starts empty: no needle before the pre-treatment check."""
        require(actor, Permission.CHART_SESSIONS)
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            return to_session(open_new_session(work, client_id, course_length=course_length))

    def cancel(self, actor: User, loaded: TreatmentSession, reason: str) -> TreatmentSession:
        """Call off an open session, saying why: it leaves the history (admins still see it)
        and the reason is kept with it and in the audit trail."""
        require(actor, Permission.CHART_SESSIONS)
        clean = " ".join(reason.split())[:2000]
        if not clean:
            raise ValidationError(
                {"reason": translate("sessions", "Say why the session is cancelled.")}
            )
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            record = self._edit(work, loaded)
            if record.status != SessionStatus.OPEN.value:
                raise ValidationError(
                    {"status": translate("sessions", "Only an open session can be cancelled.")}
                )
            record.status = SessionStatus.CANCELLED.value
            record.cancelled_at = self._clock()
            record.cancel_reason = clean
            treated, record.appointment_id = record.appointment_id, None
            work.session.flush()
            work.audit(AuditAction.UPDATE, record, f"cancelled: {clean[:200]}")
            follow_session(work, treated, AppointmentStatus.ARRIVED, "session cancelled")
            changed_session(work, record)
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
        document = checked_chart(chart)
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            record = self._edit(work, loaded)
            if record.status != SessionStatus.OPEN.value:
                raise ValidationError({"status": translate("sessions", COMPLETED_ALREADY)})
            alerts = self._alerts(work.session, record.client_id)
            gate = needle_gate(data.precheck, alerts, document.needle_count)
            if gate:
                raise ValidationError({"chart": gate})
            write_session(record, data, document)
            work.session.flush()
            work.audit(AuditAction.UPDATE, record)
            changed_session(work, record)
            return to_session(record)

    def start_timer(self, actor: User, loaded: TreatmentSession) -> TreatmentSession:
        """Needling is done: the retention timer runs from now."""
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            record = self._edit(work, loaded)
            record.timer_started_at = self._clock()
            work.session.flush()
            work.audit(AuditAction.UPDATE, record, "retention timer started")
            changed_session(work, record)
            return to_session(record)

    def complete(
        self,
        actor: User,
        loaded: TreatmentSession,
        data: SessionRecordData,
        chart: list[dict[str, Any]],
    ) -> TreatmentSession:
        require(actor, Permission.CHART_SESSIONS)
        document = checked_chart(chart)
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            record = self._edit(work, loaded)
            if record.status != SessionStatus.OPEN.value:
                raise ValidationError(
                    {"status": translate("sessions", "This session is already completed.")}
                )
            alerts = self._alerts(work.session, record.client_id)
            problems = completion_problems(data, document.needle_count, alerts)
            unchecked = unconfirmed_points(document, alerts)
            if unchecked:
                problems["chart"] = describe_unconfirmed(unchecked)
            if problems:
                raise ValidationError(problems)
            write_session(record, data, document)
            record.status = SessionStatus.COMPLETED.value
            record.completed_at = self._clock()
            work.session.flush()
            work.audit(AuditAction.UPDATE, record, "completed")
            follow_session(work, record.appointment_id, AppointmentStatus.COMPLETED, "session")
            changed_session(work, record)
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
        document = checked_chart(chart)
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
            changed_session(work, record)
            return to_session(record)
