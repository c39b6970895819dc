"""An intake as readable text for the intake tab: what the practitioner scans before needling."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape

from acudesk.domain.intake import (
    CONCERNS,
    CONDITIONS_BY_ID,
    FITZPATRICK,
    GLOGAU,
    PROCEDURE_LABELS,
    Consent,
    Controlled,
    IntakeData,
    SkinAssessment,
    roman,
)
from acudesk.ui.i18n import day_text, translate
from acudesk.ui.intake.conditions import CONTROLLED_LABELS
from acudesk.ui.intake.skin import skin_type_label

# Layout only: sizes and spacing; colours come from the application palette.
SUMMARY_CSS = """
h3 { font-size: 11pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }
td { padding: 2px 14px 2px 0; vertical-align: top; }
td.name { font-weight: 600; white-space: nowrap; }
ul { margin-top: 0; margin-bottom: 0; }
"""


def day(value: date | None) -> str:
    """23 Nov 2026: unambiguous whatever the clinic's date order."""
    return "" if value is None else day_text(value)


def _none(text: str) -> str:
    return f"<i>{text}</i>"


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><td class="name" width="120">{n}</td><td>{v}</td></tr>' for n, v in pairs)
    return f'<table cellspacing="0">{cells}</table>'


def _list(items: tuple[str, ...] | list[str], empty: str) -> str:
    return ", ".join(escape(item) for item in items) if items else _none(empty)


def _condition(cid: str, details: dict[str, str]) -> str:
    condition = CONDITIONS_BY_ID.get(cid)
    text = escape(condition.label if condition else cid)
    detail = details.get(cid, "")
    if detail:
        if detail in set(Controlled):
            detail = translate("ConditionRows", CONTROLLED_LABELS[Controlled(detail)]).lower()
        text += f" — {escape(detail)}"
    return f"<li>{text}</li>"


def _scale(value: int | None, definitions: Mapping[int, str]) -> str:
    if value is None:
        return _none(translate("IntakeSummary", "not assessed"))
    return f"<b>{roman(value)}</b> — {escape(definitions.get(value, ''))}"


def _heading(text: str) -> str:
    return f"<h3>{text}</h3>"


def _health(data: IntakeData) -> str:
    conditions = (
        "<ul>" + "".join(_condition(c, data.condition_details) for c in data.conditions) + "</ul>"
        if data.conditions
        else "<p>{}</p>".format(_none(translate("IntakeSummary", "No conditions reported.")))
    )
    procedures = (
        "<br>".join(
            f"{escape(PROCEDURE_LABELS[p.kind])}, {day(p.done_on)}"
            + (f" — {escape(p.area)}" if p.area else "")
            for p in data.procedures
        )
        if data.procedures
        else _none(translate("IntakeSummary", "None in the last year."))
    )
    medications = _list(data.medications, translate("IntakeSummary", "none"))
    allergies = _list(data.allergies, translate("IntakeSummary", "none known"))
    return (
        _heading(translate("IntakeSummary", "Health"))
        + conditions
        + _rows(
            [
                (translate("IntakeSummary", "Medications"), medications),
                (translate("IntakeSummary", "Allergies"), allergies),
                (translate("IntakeSummary", "Procedures"), procedures),
            ]
        )
    )


def _skin(skin: SkinAssessment) -> str:
    not_noted = _none(translate("IntakeSummary", "not noted"))
    concerns = _list(
        [CONCERNS.text(c) for c in skin.concerns],
        translate("IntakeSummary", "none noted"),
    )
    skin_type = escape(skin_type_label(skin.skin_type)) if skin.skin_type else not_noted
    goals = escape(skin.goals).replace("\n", "<br>") or not_noted
    return _heading(translate("IntakeSummary", "Skin")) + _rows(
        [
            ("Fitzpatrick", _scale(skin.fitzpatrick, FITZPATRICK)),
            ("Glogau", _scale(skin.glogau, GLOGAU)),
            (translate("IntakeSummary", "Skin type"), skin_type),
            (translate("IntakeSummary", "Concerns"), concerns),
            (translate("IntakeSummary", "Goals"), goals),
        ]
    )


def _consent(consent: Consent) -> str:
    given = translate("IntakeSummary", "Given")
    not_given = translate("IntakeSummary", "Not given")
    signed = (
        translate("IntakeSummary", "Signed on {date}").format(date=day(consent.signed_on))
        if consent.is_signed
        else "<b>{}</b>".format(translate("IntakeSummary", "Not signed"))
    )
    return _heading(translate("IntakeSummary", "Consent")) + _rows(
        [
            (
                translate("IntakeSummary", "Treatment"),
                given if consent.treatment else f"<b>{not_given}</b>",
            ),
            (translate("IntakeSummary", "Photographs"), given if consent.photos else not_given),
            (translate("IntakeSummary", "Signature"), signed),
        ]
    )


def summary_html(data: IntakeData) -> str:
    """The intake as the tab shows it: health, skin, consent."""
    return _health(data) + _skin(data.skin) + _consent(data.consent)
