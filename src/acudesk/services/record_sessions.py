"""The "sessions" part of the acudesk record format: export with the cautions of the day,
import back into new rows (amendment trail included)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from acudesk.domain.chart import ChartDocument, ChartError
from acudesk.domain.errors import ValidationError
from acudesk.domain.intake import Intake
from acudesk.domain.point_cautions import point_cautions
from acudesk.domain.screening import Alert, ScreeningSettings, screen
from acudesk.domain.treatment import (
    SessionRecordData,
    SessionStatus,
    completion_problems,
    validate_session,
)
from acudesk.domain.treatment_codec import SessionFormatError, data_from_dict, data_to_dict
from acudesk.store.courses import file_into_courses
from acudesk.store.models import SessionAmendmentRecord, TreatmentSessionRecord
from acudesk.store.sessions import amendments_of_client, oldest_first, to_session, write_session


class SessionImportError(ValueError):
    pass


def _intake_on(intakes: list[Intake], day: Any) -> Intake | None:
    """The latest intake taken on or before ``day``: what the practitioner knew then."""
    known = [i for i in intakes if i.data.taken_on <= day]
    return known[-1] if known else None


def sessions_to_list(
    session: Session, client_id: int, intakes: list[Intake], settings: ScreeningSettings
) -> list[dict[str, Any]]:
    from acudesk.services.catalog import point_catalog

    rows = oldest_first(session, client_id)
    if not rows:
        return []
    catalog = point_catalog()
    points = list(catalog.points.values())
    trails = amendments_of_client(session, client_id)  # one statement, however many sessions
    cautions_of: dict[tuple[Alert, ...], list[dict[str, str]]] = {}
    out = []
    for row in rows:
        treatment = to_session(row)
        day = treatment.data.started_at.date()
        alerts = tuple(screen(_intake_on(intakes, day), settings, day))
        if alerts not in cautions_of:  # most sessions of a course share their alerts
            cautions = point_cautions(points, list(alerts))
            cautions_of[alerts] = sorted(
                ({"point": c.point, "alert": c.alert} for cs in cautions.values() for c in cs),
                key=lambda c: (c["point"], c["alert"]),
            )
        trail = trails.get(row.id, [])
        out.append(
            {
                **data_to_dict(treatment.data),
                "practitioner": treatment.practitioner,
                "status": treatment.status.value,
                "completed_at": treatment.completed_at.isoformat(timespec="seconds")
                if treatment.completed_at
                else None,
                "timer_started_at": treatment.timer_started_at.isoformat(timespec="seconds")
                if treatment.timer_started_at
                else None,
                "placements": treatment.chart,
                "point_cautions": [dict(c) for c in cautions_of[alerts]],
                "amendments": [
                    {
                        "amended_at": a.amended_at.isoformat(timespec="seconds"),
                        "by": a.username,
                        "reason": a.reason,
                        "before": a.before,
                        "after": a.after,
                    }
                    for a in trail
                ],
            }
        )
    return out


def _when(raw: dict[str, Any], key: str, where: str) -> datetime | None:
    value = raw.get(key)
    if value in (None, ""):
        return None
    try:
        return datetime.fromisoformat(str(value)).replace(tzinfo=None)
    except ValueError:
        raise SessionImportError(f"{where}.{key}: not a date and time") from None


def _checked_session(
    raw: Any, where: str
) -> tuple[SessionRecordData, ChartDocument, SessionStatus]:
    """One imported session, decoded and checked by the rules the session screen follows
    (a completed one by the rules of completing: pre-check done, needles counted out)."""
    if not isinstance(raw, dict):
        raise SessionImportError(f"{where}: expected an object")
    try:
        data = data_from_dict(raw)
        placements = raw.get("placements") or []
        if not isinstance(placements, list):
            raise SessionFormatError("placements: expected a list")
        chart = ChartDocument.from_list(list(placements))
        status = SessionStatus(raw.get("status") or "open")
    except (SessionFormatError, ChartError, ValueError, TypeError, AttributeError) as error:
        raise SessionImportError(f"{where}: {error}") from None
    if status is SessionStatus.COMPLETED:
        problems = completion_problems(data, chart.needle_count, [])
    else:
        problems = validate_session(data)
    if problems:
        raise ValidationError({f"{where}.{k}": v for k, v in problems.items()})
    practitioner = raw.get("practitioner") or ""
    if not isinstance(practitioner, str) or len(practitioner) > 120:
        raise SessionImportError(f"{where}.practitioner: expected a name (120 characters at most)")
    return data, chart, status


def provenance(importer: str, now: datetime, original: object) -> str:
    """Where an imported entry came from: never the file's author as if they had acted here."""
    by = str(original or "").strip() or "nobody named"
    when = now.date().isoformat()
    return f"Imported from a file by {importer} on {when}; originally recorded by {by}"


def _amendment(
    trail: Any, where: str, session_id: int, now: datetime, importer: str
) -> SessionAmendmentRecord:
    if not isinstance(trail, dict):
        raise SessionImportError(f"{where}: expected an object")
    by, reason = trail.get("by") or "", trail.get("reason") or ""
    before, after = trail.get("before") or {}, trail.get("after") or {}
    if not isinstance(by, str) or len(by) > 120:
        raise SessionImportError(f"{where}.by: expected a name (120 characters at most)")
    if not isinstance(reason, str) or len(reason) > 20_000:
        raise SessionImportError(f"{where}.reason: expected text (20,000 characters at most)")
    if not isinstance(before, dict) or not isinstance(after, dict):
        raise SessionImportError(f"{where}: before and after are objects")
    return SessionAmendmentRecord(
        session_id=session_id,
        amended_at=_when(trail, "amended_at", where) or now,
        user_id=None,
        # The file's author in words, never as someone who acted here.
        username=f"{importer} (imported; by {by or '?'})"[:120],
        reason=reason,
        before=before,
        after=after,
    )


def add_sessions(
    session: Session, client_id: int, raw_sessions: Any, now: datetime, importer: str = ""
) -> list[int]:
    """Create the sessions of an imported record; returns their ids. An amendment without
    a date is dated ``now``. The file's practitioner is kept as provenance only: the
    session is the importer's here."""
    if raw_sessions is None:
        return []
    if not isinstance(raw_sessions, list):
        raise SessionImportError("sessions: expected a list")
    ids = []
    for i, raw in enumerate(raw_sessions):
        where = f"sessions[{i}]"
        data, chart, status = _checked_session(raw, where)
        record = TreatmentSessionRecord(
            client_id=client_id,
            practitioner_id=None,
            practitioner=importer[:120],
            provenance=provenance(importer, now, raw.get("practitioner")),
            status=status.value,
            chart=[],
            details={},
            completed_at=_when(raw, "completed_at", where),
            timer_started_at=_when(raw, "timer_started_at", where),
        )
        write_session(record, data, chart)
        session.add(record)
        session.flush()
        ids.append(record.id)
        trails = raw.get("amendments") or []
        if not isinstance(trails, list):
            raise SessionImportError(f"{where}.amendments: expected a list")
        for j, trail in enumerate(trails):
            session.add(_amendment(trail, f"{where}.amendments[{j}]", record.id, now, importer))
    file_into_courses(session, client_id, now)
    return ids
