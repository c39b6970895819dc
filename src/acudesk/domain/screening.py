"""Screening: what the practitioner must know before any needle goes in.

The logic is fixed here; a clinic may change each alert's severity and the waiting periods
(sources disagree on them), through ScreeningSettings.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from acudesk.domain.dates import human_date
from acudesk.domain.intake import (
    CONDITIONS_BY_ID,
    Controlled,
    Intake,
    IntakeData,
    ProcedureKind,
)


class Severity(enum.StrEnum):
    BLOCK = "block"
    CAUTION = "caution"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"block": 0, "caution": 1, "info": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Alert:
    id: str
    severity: Severity
    message: str
    action: str
    blocks_electro: bool = False
    area: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    severity: Severity
    message: str
    action: str


RULES: dict[str, Rule] = {
    "pregnancy": Rule(
        Severity.BLOCK,
        "Pregnant or possibly pregnant.",
        "Defer the cosmetic course. Never needle pregnancy-caution points.",
    ),
    "breastfeeding": Rule(
        Severity.CAUTION,
        "Breastfeeding.",
        "Many clinics defer the cosmetic course until breastfeeding ends.",
    ),
    "bleeding-disorder": Rule(
        Severity.BLOCK, "Bleeding disorder.", "Needs the physician's clearance before any needling."
    ),
    "anticoagulants": Rule(
        Severity.CAUTION,
        "Takes blood thinners: bruising is more likely.",
        "Fewer, finer needles; avoid points over vessels; press longer after "
        "removal. Never advise stopping prescribed medication.",
    ),
    "pacemaker": Rule(
        Severity.CAUTION,
        "Pacemaker or implanted electrical device.",
        "No electro-stimulation and no micro-current. Manual needling only.",
    ),
    "epilepsy": Rule(
        Severity.CAUTION,
        "Epilepsy.",
        "Treat lying down; avoid electro-stimulation if not well controlled.",
    ),
    "diabetes": Rule(
        Severity.CAUTION,
        "Diabetes.",
        "Strict skin preparation; avoid poorly perfused legs and feet.",
    ),
    "hypertension": Rule(
        Severity.CAUTION, "High blood pressure.", "Check it is controlled; defer if not."
    ),
    "heart-condition": Rule(
        Severity.CAUTION,
        "Heart condition.",
        "Ask for the physician's advice; no current across the chest.",
    ),
    "cancer": Rule(
        Severity.CAUTION,
        "Cancer, current or under treatment.",
        "Needs the oncologist's clearance; never needle the tumour area or irradiated skin.",
    ),
    "lymphoedema": Rule(
        Severity.CAUTION,
        "Lymphoedema or lymph nodes removed.",
        "Do not needle the affected or at-risk limb.",
    ),
    "immunosuppression": Rule(
        Severity.CAUTION, "Weakened immune system.", "Strict clean-needle technique; fewer needles."
    ),
    "skin-infection": Rule(
        Severity.BLOCK,
        "Skin infection or open wound.",
        "Do not needle through the affected skin; postpone until healed.",
    ),
    "herpes-outbreak": Rule(
        Severity.BLOCK,
        "Cold sore or shingles outbreak.",
        "Postpone facial work until it has healed.",
    ),
    "keloid": Rule(
        Severity.CAUTION,
        "Tends to form keloid or raised scars.",
        "Avoid keloid-prone sites; test with a few needles first.",
    ),
    "metal-allergy": Rule(
        Severity.CAUTION,
        "Metal (nickel) allergy.",
        "Use nickel-free (gold-plated, silver or titanium) needles.",
    ),
    "needle-phobia": Rule(
        Severity.INFO, "Afraid of needles.", "Few needles at first, lying down, in a calm setting."
    ),
    "fainting": Rule(
        Severity.CAUTION, "Has fainted before.", "Treat lying down; make sure the client has eaten."
    ),
    "migraine": Rule(
        Severity.CAUTION,
        "Severe or frequent migraine.",
        "Use fewer facial needles, or defer until migraine-free.",
    ),
    "recent-procedure": Rule(
        Severity.CAUTION,
        "Recent cosmetic procedure.",
        "Do not needle or massage over the treated area until the waiting period has passed.",
    ),
    "no-consent": Rule(
        Severity.BLOCK,
        "No signed consent to treatment.",
        "Take the intake with the client and have them sign before treatment.",
    ),
    "intake-outdated": Rule(
        Severity.CAUTION,
        "The intake is out of date.",
        "Review the intake with the client before this session.",
    ),
}

# Days to wait after each kind of procedure before facial acupuncture. Published values vary
# from 2 weeks to several months; these are middle values, changeable per clinic.
DEFAULT_WAITING_DAYS: dict[ProcedureKind, int] = {
    ProcedureKind.BOTULINUM_TOXIN: 28,
    ProcedureKind.DERMAL_FILLER: 28,
    ProcedureKind.THREAD_LIFT: 90,
    ProcedureKind.FACE_LIFT: 180,
    ProcedureKind.LASER: 30,
    ProcedureKind.CHEMICAL_PEEL: 30,
    ProcedureKind.MICRODERMABRASION: 7,
    ProcedureKind.MICRONEEDLING: 14,
}
DEFAULT_REVIEW_MONTHS = 12


@dataclass(frozen=True, slots=True)
class ScreeningSettings:
    severities: dict[str, Severity] = field(default_factory=dict)
    waiting_days: dict[ProcedureKind, int] = field(default_factory=dict)
    review_months: int = DEFAULT_REVIEW_MONTHS

    def severity(self, alert_id: str) -> Severity:
        return self.severities.get(alert_id, RULES[alert_id].severity)

    def wait(self, kind: ProcedureKind) -> int:
        return self.waiting_days.get(kind, DEFAULT_WAITING_DAYS[kind])


def validate_settings(settings: ScreeningSettings) -> dict[str, str]:
    errors: dict[str, str] = {}
    for alert_id in settings.severities:
        if alert_id not in RULES:
            errors[f"severity.{alert_id}"] = f"Unknown alert '{alert_id}'."
    for kind, days in settings.waiting_days.items():
        if not 0 <= days <= 3650:
            errors[f"wait.{kind.value}"] = "A waiting period is 0 to 3650 days."
    if not 1 <= settings.review_months <= 120:
        errors["review_months"] = "The review period is 1 to 120 months."
    return errors


def _months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


def _alert(alert_id: str, settings: ScreeningSettings, message: str = "", **extra: object) -> Alert:
    rule = RULES[alert_id]
    return Alert(
        id=alert_id,
        severity=settings.severity(alert_id),
        message=message or rule.message,
        action=rule.action,
        blocks_electro=bool(extra.get("blocks_electro", False)),
        area=str(extra.get("area", "")),
    )


def _condition_alert(cid: str, data: IntakeData, settings: ScreeningSettings) -> Alert:
    detail = data.condition_details.get(cid, "").strip()
    message = RULES[cid].message
    condition = CONDITIONS_BY_ID[cid]
    if detail and condition.detail == "controlled":
        message = message.rstrip(".") + (
            " (not controlled)." if detail == Controlled.UNCONTROLLED else " (controlled)."
        )
    elif detail:
        message = f"{message.rstrip('.')}: {detail}."
    return _alert(
        cid,
        settings,
        message,
        blocks_electro=cid == "pacemaker",
        area=detail if condition.detail == "area" else "",
    )


def screen(
    intake: Intake | IntakeData | None, settings: ScreeningSettings, today: date
) -> list[Alert]:
    """All alerts for a client whose latest intake is ``intake``, most severe first."""
    data = intake.data if isinstance(intake, Intake) else intake
    if data is None:
        return [_alert("no-consent", settings, "No intake on file, so no signed consent.")]
    alerts = [
        _condition_alert(cid, data, settings) for cid in data.conditions if cid in CONDITIONS_BY_ID
    ]
    for proc in data.procedures:
        wait = settings.wait(proc.kind)
        days_since = (today - proc.done_on).days
        if 0 <= days_since < wait:
            where = f" on the {proc.area}" if proc.area else ""
            left = wait - days_since
            alerts.append(
                _alert(
                    "recent-procedure",
                    settings,
                    f"{proc.kind.label}{where} on {human_date(proc.done_on)}: wait "
                    f"{left} more day{'s' if left != 1 else ''} (clinic waits {wait} days).",
                    area=proc.area,
                )
            )
    consent = data.consent
    if not consent.treatment or not consent.is_signed:
        missing = "consent to treatment" if not consent.treatment else "a signature"
        alerts.append(_alert("no-consent", settings, f"The latest intake lacks {missing}."))
    age = _months_between(data.taken_on, today)
    if age >= settings.review_months:
        alerts.append(
            _alert(
                "intake-outdated",
                settings,
                f"The latest intake is from {human_date(data.taken_on)} ({age} months ago).",
            )
        )
    return sorted(alerts, key=lambda a: a.severity.rank)
