"""IntakeData <-> plain dicts: the record-format's "intakes" entries, drafts and storage."""

from __future__ import annotations

import base64
import binascii
from datetime import date
from typing import Any

from acudesk.domain.intake import Consent, IntakeData, Procedure, ProcedureKind, SkinAssessment


class FormatError(ValueError):
    """A record file or draft that does not follow the format."""


def _date(value: Any, where: str) -> date:
    if not isinstance(value, str):
        raise FormatError(f"{where}: expected a date as YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FormatError(f"{where}: '{value}' is not a date as YYYY-MM-DD") from None


def _opt_date(value: Any, where: str) -> date | None:
    return None if value in (None, "") else _date(value, where)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FormatError(f"{where}: expected a list of text")
    return tuple(value)


def _opt_int(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise FormatError(f"{where}: expected a whole number")
    return value


def health_to_dict(data: IntakeData) -> dict[str, Any]:
    return {
        "conditions": list(data.conditions),
        "condition_details": dict(data.condition_details),
        "medications": list(data.medications),
        "allergies": list(data.allergies),
        "procedures": [
            {"kind": p.kind.value, "date": p.done_on.isoformat(), "area": p.area}
            for p in data.procedures
        ],
    }


def skin_to_dict(skin: SkinAssessment) -> dict[str, Any]:
    return {
        "fitzpatrick": skin.fitzpatrick,
        "glogau": skin.glogau,
        "type": skin.skin_type,
        "concerns": list(skin.concerns),
        "goals": skin.goals,
    }


def consent_to_dict(consent: Consent) -> dict[str, Any]:
    return {
        "treatment": consent.treatment,
        "photos": consent.photos,
        "signed_on": consent.signed_on.isoformat() if consent.signed_on else None,
        "signature_png": base64.b64encode(consent.signature_png).decode("ascii")
        if consent.signature_png
        else None,
    }


def intake_to_dict(data: IntakeData) -> dict[str, Any]:
    return {
        "taken_on": data.taken_on.isoformat(),
        **health_to_dict(data),
        "skin": skin_to_dict(data.skin),
        "consent": consent_to_dict(data.consent),
    }


def skin_from_dict(raw: Any, where: str = "skin") -> SkinAssessment:
    if raw is None:
        return SkinAssessment()
    if not isinstance(raw, dict):
        raise FormatError(f"{where}: expected an object")
    skin_type = raw.get("type") or ""
    goals = raw.get("goals") or ""
    if not isinstance(skin_type, str) or not isinstance(goals, str):
        raise FormatError(f"{where}: type and goals are text")
    return SkinAssessment(
        fitzpatrick=_opt_int(raw.get("fitzpatrick"), f"{where}.fitzpatrick"),
        glogau=_opt_int(raw.get("glogau"), f"{where}.glogau"),
        skin_type=skin_type,
        concerns=_strings(raw.get("concerns"), f"{where}.concerns"),
        goals=goals,
    )


def consent_from_dict(raw: Any, where: str = "consent") -> Consent:
    if raw is None:
        return Consent()
    if not isinstance(raw, dict):
        raise FormatError(f"{where}: expected an object")
    signature = raw.get("signature_png") or ""
    if not isinstance(signature, str):
        raise FormatError(f"{where}.signature_png: expected base64 text")
    try:
        png = base64.b64decode(signature, validate=True) if signature else b""
    except (binascii.Error, ValueError):
        raise FormatError(f"{where}.signature_png: not valid base64") from None
    return Consent(
        treatment=bool(raw.get("treatment", False)),
        photos=bool(raw.get("photos", False)),
        signed_on=_opt_date(raw.get("signed_on"), f"{where}.signed_on"),
        signature_png=png,
    )


def procedures_from_list(raw: Any, where: str = "procedures") -> tuple[Procedure, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise FormatError(f"{where}: expected a list")
    out: list[Procedure] = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            raise FormatError(f"{where}[{i}]: expected an object")
        try:
            kind = ProcedureKind(str(item.get("kind")))
        except ValueError:
            raise FormatError(
                f"{where}[{i}].kind: unknown procedure '{item.get('kind')}'"
            ) from None
        area = item.get("area") or ""
        if not isinstance(area, str):
            raise FormatError(f"{where}[{i}].area: expected text")
        out.append(Procedure(kind, _date(item.get("date"), f"{where}[{i}].date"), area))
    return tuple(out)


def intake_from_dict(raw: Any, where: str = "intake") -> IntakeData:
    if not isinstance(raw, dict):
        raise FormatError(f"{where}: expected an object")
    details = raw.get("condition_details") or {}
    if not isinstance(details, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in details.items()
    ):
        raise FormatError(f"{where}.condition_details: expected text by condition id")
    return IntakeData(
        taken_on=_date(raw.get("taken_on"), f"{where}.taken_on"),
        conditions=_strings(raw.get("conditions"), f"{where}.conditions"),
        condition_details=dict(details),
        medications=_strings(raw.get("medications"), f"{where}.medications"),
        allergies=_strings(raw.get("allergies"), f"{where}.allergies"),
        procedures=procedures_from_list(raw.get("procedures"), f"{where}.procedures"),
        skin=skin_from_dict(raw.get("skin"), f"{where}.skin"),
        consent=consent_from_dict(raw.get("consent"), f"{where}.consent"),
    )
