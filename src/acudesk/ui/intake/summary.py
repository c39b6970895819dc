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
    SKIN_TYPE_LABELS,
    Controlled,
    IntakeData,
    roman,
)

# Layout only: sizes and spacing; colours come from the application palette.
SUMMARY_CSS = """
h3 { font-size: 11pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }
td { padding: 2px 14px 2px 0; vertical-align: top; }
td.name { font-weight: 600; white-space: nowrap; }
ul { margin-top: 0; margin-bottom: 0; }
"""


def day(value: date | None) -> str:
    """23 Nov 2026: unambiguous whatever the clinic's date order."""
    return "" if value is None else f"{value.day} {value:%b %Y}"


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><td class="name" width="120">{n}</td><td>{v}</td></tr>' for n, v in pairs)
    return f'<table cellspacing="0">{cells}</table>'


def _list(items: tuple[str, ...] | list[str], empty: str) -> str:
    return ", ".join(escape(item) for item in items) if items else f"<i>{empty}</i>"


def _condition(cid: str, details: dict[str, str]) -> str:
    condition = CONDITIONS_BY_ID.get(cid)
    text = escape(condition.label if condition else cid)
    detail = details.get(cid, "")
    if detail:
        if detail in set(Controlled):
            detail = Controlled(detail).label.lower()
        text += f" — {escape(detail)}"
    return f"<li>{text}</li>"


def _scale(value: int | None, definitions: Mapping[int, str]) -> str:
    if value is None:
        return "<i>not assessed</i>"
    return f"<b>{roman(value)}</b> — {escape(definitions.get(value, ''))}"


def _skin_type(skin_type: str) -> str:
    return SKIN_TYPE_LABELS.get(skin_type, skin_type.capitalize())


def summary_html(data: IntakeData) -> str:
    health = (
        "<ul>" + "".join(_condition(c, data.condition_details) for c in data.conditions) + "</ul>"
        if data.conditions
        else "<p><i>No conditions reported.</i></p>"
    )
    procedures = (
        "<br>".join(
            f"{escape(PROCEDURE_LABELS[p.kind])}, {day(p.done_on)}"
            + (f" — {escape(p.area)}" if p.area else "")
            for p in data.procedures
        )
        if data.procedures
        else "<i>None in the last year.</i>"
    )
    skin = data.skin
    concerns = [CONCERNS.text(c) for c in skin.concerns]
    consent = data.consent
    signed = f"Signed on {day(consent.signed_on)}" if consent.is_signed else "<b>Not signed</b>"
    return "".join(
        [
            "<h3>Health</h3>",
            health,
            _rows(
                [
                    ("Medications", _list(data.medications, "none")),
                    ("Allergies", _list(data.allergies, "none known")),
                    ("Procedures", procedures),
                ]
            ),
            "<h3>Skin</h3>",
            _rows(
                [
                    ("Fitzpatrick", _scale(skin.fitzpatrick, FITZPATRICK)),
                    ("Glogau", _scale(skin.glogau, GLOGAU)),
                    ("Skin type", escape(_skin_type(skin.skin_type)) or "<i>not noted</i>"),
                    ("Concerns", _list(concerns, "none noted")),
                    ("Goals", escape(skin.goals).replace("\n", "<br>") or "<i>not noted</i>"),
                ]
            ),
            "<h3>Consent</h3>",
            _rows(
                [
                    ("Treatment", "Given" if consent.treatment else "<b>Not given</b>"),
                    ("Photographs", "Given" if consent.photos else "Not given"),
                    ("Signature", signed),
                ]
            ),
        ]
    )
