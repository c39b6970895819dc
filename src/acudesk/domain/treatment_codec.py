"""SessionRecordData <-> plain dicts, for storage and for the record format."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from acudesk.domain.treatment import (
    AdverseEvent,
    AdverseEventKind,
    Confirmation,
    EventSeverity,
    NeedleIncident,
    PreCheck,
    SessionNotes,
    SessionRecordData,
)


class SessionFormatError(ValueError):
    pass


def details_to_dict(data: SessionRecordData) -> dict[str, Any]:
    """The parts kept in the session's JSON column (the rest have columns of their own)."""
    pre = data.precheck
    return {
        "precheck": {
            "alerts_reviewed": pre.alerts_reviewed,
            "intake_unchanged": pre.intake_unchanged,
            "intake_id": pre.intake_id,
            "override_reason": pre.override_reason,
        },
        "adverse_events": [
            {
                "kind": e.kind.value,
                "severity": e.severity.value,
                "description": e.description,
                "action": e.action,
            }
            for e in data.adverse_events
        ],
        "incident": None
        if data.incident is None
        else {
            "searched": data.incident.searched,
            "found": data.incident.found,
            "action": data.incident.action,
        },
        "confirmations": [
            {"point": c.point, "alert": c.alert, "reason": c.reason} for c in data.confirmations
        ],
        "notes": {
            "treated": data.notes.treated,
            "response": data.notes.response,
            "plan": data.notes.plan,
        },
        "next_appointment": None
        if data.next_appointment is None
        else data.next_appointment.isoformat(timespec="minutes"),
    }


def data_to_dict(data: SessionRecordData) -> dict[str, Any]:
    return {
        "started_at": data.started_at.isoformat(timespec="seconds"),
        "course_number": data.course_number,
        "course_length": data.course_length,
        "retention_minutes": data.retention_minutes,
        "needles_in": data.needles_in,
        "needles_out": data.needles_out,
        "gua_sha": data.gua_sha,
        **details_to_dict(data),
    }


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw.get(key) or ""
    if not isinstance(value, str):
        raise SessionFormatError(f"{key}: expected text")
    return value


def _opt_int(raw: dict[str, Any], key: str) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise SessionFormatError(f"{key}: expected a whole number")
    return value


def _int(raw: dict[str, Any], key: str, default: int) -> int:
    value = _opt_int(raw, key)
    return default if value is None else value


def _object(raw: dict[str, Any], key: str) -> dict[str, Any]:
    value = raw.get(key) or {}
    if not isinstance(value, dict):
        raise SessionFormatError(f"{key}: expected an object")
    return value


def _objects(raw: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise SessionFormatError(f"{key}: expected a list of objects")
    return value


def _opt_datetime(raw: dict[str, Any], key: str) -> datetime | None:
    value = raw.get(key)
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise SessionFormatError(f"{key}: expected a date and time")
    return datetime.fromisoformat(value)


def data_from_dict(raw: Any) -> SessionRecordData:
    if not isinstance(raw, dict):
        raise SessionFormatError("session: expected an object")
    try:
        started = _opt_datetime(raw, "started_at")
        if started is None:
            raise SessionFormatError("started_at: expected a date and time")
        pre = _object(raw, "precheck")
        incident = _object(raw, "incident")
        notes = _object(raw, "notes")
        return SessionRecordData(
            started_at=started,
            course_number=_int(raw, "course_number", 1),
            course_length=_int(raw, "course_length", 10),
            retention_minutes=_int(raw, "retention_minutes", 30),
            precheck=PreCheck(
                bool(pre.get("alerts_reviewed", False)),
                bool(pre.get("intake_unchanged", False)),
                _opt_int(pre, "intake_id"),
                _text(pre, "override_reason"),
            ),
            needles_in=_opt_int(raw, "needles_in"),
            needles_out=_opt_int(raw, "needles_out"),
            gua_sha=bool(raw.get("gua_sha", False)),
            adverse_events=tuple(
                AdverseEvent(
                    AdverseEventKind(e["kind"]),
                    EventSeverity(e.get("severity") or "mild"),
                    _text(e, "description"),
                    _text(e, "action"),
                )
                for e in _objects(raw, "adverse_events")
            ),
            incident=None
            if not incident
            else NeedleIncident(
                _text(incident, "searched"), bool(incident.get("found")), _text(incident, "action")
            ),
            confirmations=tuple(
                Confirmation(_text(c, "point"), _text(c, "alert"), _text(c, "reason"))
                for c in _objects(raw, "confirmations")
            ),
            notes=SessionNotes(
                _text(notes, "treated"), _text(notes, "response"), _text(notes, "plan")
            ),
            next_appointment=_opt_datetime(raw, "next_appointment"),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        if isinstance(error, SessionFormatError):
            raise
        raise SessionFormatError(f"session: {error}") from None
