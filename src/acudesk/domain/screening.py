"""Screening: what the practitioner must know before any needle goes in.

The logic is fixed here; a clinic may change each alert's severity and the waiting periods
(sources disagree on them), through ScreeningSettings.

A condition counts when it is ticked, and also when the medications or allergies typed imply
it (``inference``: "Warfarin 3 mg" implies blood thinners): the alert is the condition's
own, with the same severity and action, and says what it was inferred from. A condition
both ticked and implied raises one alert.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from acudesk.domain.dates import human_date
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.domain.inference import by_condition, infer_conditions, inferred_sentence
from acudesk.domain.intake import (
    CONDITIONS_BY_ID,
    Controlled,
    Intake,
    IntakeData,
    Procedure,
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
    """One alert as screening words it today: ``message`` and ``action`` are already in the
    language of the screens (screening runs each time alerts are shown)."""

    id: str
    severity: Severity
    message: str
    action: str
    blocks_electro: bool = False
    area: str = ""
    inferred: bool = False  # from the medications or allergies typed, not from a tick
    no_intake: bool = False  # there is no intake yet: at the desk a task, not an alarm


@dataclass(frozen=True, slots=True)
class Rule:
    """An alert's default severity and its English words (translated when an alert is made)."""

    severity: Severity
    message: str
    action: str


RULES: dict[str, Rule] = {
    "pregnancy": Rule(
        Severity.BLOCK,
        QT_TRANSLATE_NOOP("screening", "Pregnant or possibly pregnant."),
        QT_TRANSLATE_NOOP(
            "screening", "Defer the cosmetic course. Never needle pregnancy-caution points."
        ),
    ),
    "breastfeeding": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Breastfeeding."),
        QT_TRANSLATE_NOOP(
            "screening", "Many clinics defer the cosmetic course until breastfeeding ends."
        ),
    ),
    "bleeding-disorder": Rule(
        Severity.BLOCK,
        QT_TRANSLATE_NOOP("screening", "Bleeding disorder."),
        QT_TRANSLATE_NOOP("screening", "Needs the physician's clearance before any needling."),
    ),
    "anticoagulants": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Takes blood thinners: bruising is more likely."),
        QT_TRANSLATE_NOOP(
            "screening",
            "Fewer, finer needles; avoid points over vessels; press longer after "
            "removal. Never advise stopping prescribed medication.",
        ),
    ),
    "pacemaker": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Pacemaker or implanted electrical device."),
        QT_TRANSLATE_NOOP(
            "screening", "No electro-stimulation and no micro-current. Manual needling only."
        ),
    ),
    "epilepsy": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Epilepsy."),
        QT_TRANSLATE_NOOP(
            "screening", "Treat lying down; avoid electro-stimulation if not well controlled."
        ),
    ),
    "diabetes": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Diabetes."),
        QT_TRANSLATE_NOOP(
            "screening", "Strict skin preparation; avoid poorly perfused legs and feet."
        ),
    ),
    "hypertension": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "High blood pressure."),
        QT_TRANSLATE_NOOP("screening", "Check it is controlled; defer if not."),
    ),
    "heart-condition": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Heart condition."),
        QT_TRANSLATE_NOOP(
            "screening", "Ask for the physician's advice; no current across the chest."
        ),
    ),
    "cancer": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Cancer, current or under treatment."),
        QT_TRANSLATE_NOOP(
            "screening",
            "Needs the oncologist's clearance; never needle the tumour area or irradiated skin.",
        ),
    ),
    "lymphoedema": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Lymphoedema or lymph nodes removed."),
        QT_TRANSLATE_NOOP("screening", "Do not needle the affected or at-risk limb."),
    ),
    "immunosuppression": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Weakened immune system."),
        QT_TRANSLATE_NOOP("screening", "Strict clean-needle technique; fewer needles."),
    ),
    "skin-infection": Rule(
        Severity.BLOCK,
        QT_TRANSLATE_NOOP("screening", "Skin infection or open wound."),
        QT_TRANSLATE_NOOP(
            "screening", "Do not needle through the affected skin; postpone until healed."
        ),
    ),
    "herpes-outbreak": Rule(
        Severity.BLOCK,
        QT_TRANSLATE_NOOP("screening", "Cold sore or shingles outbreak."),
        QT_TRANSLATE_NOOP("screening", "Postpone facial work until it has healed."),
    ),
    "keloid": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Tends to form keloid or raised scars."),
        QT_TRANSLATE_NOOP("screening", "Avoid keloid-prone sites; test with a few needles first."),
    ),
    "isotretinoin": Rule(
        Severity.CAUTION,
        "Takes isotretinoin, or stopped less than 6 months ago: thin, dry skin that heals slowly.",
        "Ask when the course ends. Gentle technique and fewer facial needles; no gua sha, "
        "microneedling or exfoliation on the face until 6 months after the last dose.",
    ),
    "metal-allergy": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Metal (nickel) allergy."),
        QT_TRANSLATE_NOOP(
            "screening", "Use nickel-free (gold-plated, silver or titanium) needles."
        ),
    ),
    "needle-phobia": Rule(
        Severity.INFO,
        QT_TRANSLATE_NOOP("screening", "Afraid of needles."),
        QT_TRANSLATE_NOOP("screening", "Few needles at first, lying down, in a calm setting."),
    ),
    "fainting": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Has fainted before."),
        QT_TRANSLATE_NOOP("screening", "Treat lying down; make sure the client has eaten."),
    ),
    "migraine": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Severe or frequent migraine."),
        QT_TRANSLATE_NOOP("screening", "Use fewer facial needles, or defer until migraine-free."),
    ),
    "recent-procedure": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "Recent cosmetic procedure."),
        QT_TRANSLATE_NOOP(
            "screening",
            "Do not needle or massage over the treated area until the waiting period has passed.",
        ),
    ),
    "no-consent": Rule(
        Severity.BLOCK,
        QT_TRANSLATE_NOOP("screening", "No signed consent to treatment."),
        QT_TRANSLATE_NOOP(
            "screening", "Take the intake with the client and have them sign before treatment."
        ),
    ),
    "intake-outdated": Rule(
        Severity.CAUTION,
        QT_TRANSLATE_NOOP("screening", "The intake is out of date."),
        QT_TRANSLATE_NOOP("screening", "Review the intake with the client before this session."),
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
            errors[f"severity.{alert_id}"] = translate("screening", "Unknown alert '{id}'.").format(
                id=alert_id
            )
    for kind, days in settings.waiting_days.items():
        if not 0 <= days <= 3650:
            errors[f"wait.{kind.value}"] = translate(
                "screening", "A waiting period is 0 to 3650 days."
            )
    if not 1 <= settings.review_months <= 120:
        errors["review_months"] = translate("screening", "The review period is 1 to 120 months.")
    return errors


def _months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


def _alert(alert_id: str, settings: ScreeningSettings, message: str = "", **extra: object) -> Alert:
    rule = RULES[alert_id]
    return Alert(
        id=alert_id,
        severity=settings.severity(alert_id),
        message=message or translate("screening", rule.message),
        action=translate("screening", rule.action),
        blocks_electro=bool(extra.get("blocks_electro", False)),
        area=str(extra.get("area", "")),
        inferred=bool(extra.get("inferred", False)),
        no_intake=bool(extra.get("no_intake", False)),
    )


def _condition_alert(cid: str, data: IntakeData, settings: ScreeningSettings) -> Alert:
    detail = data.condition_details.get(cid, "").strip()
    # The rule's words without their full stop, for the templates to end the sentence.
    condition_words = translate("screening", RULES[cid].message).rstrip(".")
    condition = CONDITIONS_BY_ID[cid]
    message = ""
    if detail and condition.detail == "controlled":
        if detail == Controlled.UNCONTROLLED:
            template = translate("screening", "{condition} (not controlled).")
        else:
            template = translate("screening", "{condition} (controlled).")
        message = template.format(condition=condition_words)
    elif detail:
        #: {detail} is what the receptionist typed beside the condition (a medicine, an area).
        message = translate("screening", "{condition}: {detail}.").format(
            condition=condition_words, detail=detail
        )
    return _alert(
        cid,
        settings,
        message,
        blocks_electro=cid == "pacemaker",
        area=detail if condition.detail == "area" else "",
    )


def _inferred_alerts(data: IntakeData, settings: ScreeningSettings) -> list[Alert]:
    """The alerts of conditions the lists imply that are not ticked, one per condition."""
    grouped = by_condition(infer_conditions(data.medications, data.allergies))
    return [
        _alert(
            cid,
            settings,
            translate("screening", RULES[cid].message) + " " + inferred_sentence(group),
            blocks_electro=cid == "pacemaker",
            inferred=True,
        )
        for cid, group in grouped.items()
        if cid not in data.conditions and cid in RULES
    ]


def _procedure_message(proc: Procedure, left: int, wait: int) -> str:
    period = translate("screening", "%n day(s)", None, wait)
    if proc.area:
        #: {area} is typed by the receptionist ("left cheek"); {period} is "28 days".
        template = translate(
            "screening",
            "{procedure} on the {area} on {date}: wait %n more day(s) (clinic waits {period}).",
            None,
            left,
        )
    else:
        template = translate(
            "screening",
            "{procedure} on {date}: wait %n more day(s) (clinic waits {period}).",
            None,
            left,
        )
    return template.format(
        procedure=proc.kind.label, area=proc.area, date=human_date(proc.done_on), period=period
    )


def screen(
    intake: Intake | IntakeData | None, settings: ScreeningSettings, today: date
) -> list[Alert]:
    """All alerts for a client whose latest intake is ``intake``, most severe first."""
    data = intake.data if isinstance(intake, Intake) else intake
    if data is None:
        return [
            _alert(
                "no-consent",
                settings,
                translate("screening", "No intake on file, so no signed consent."),
                no_intake=True,
            )
        ]
    alerts = [
        _condition_alert(cid, data, settings) for cid in data.conditions if cid in CONDITIONS_BY_ID
    ]
    alerts += _inferred_alerts(data, settings)
    for proc in data.procedures:
        wait = settings.wait(proc.kind)
        days_since = (today - proc.done_on).days
        if 0 <= days_since < wait:
            message = _procedure_message(proc, wait - days_since, wait)
            alerts.append(_alert("recent-procedure", settings, message, area=proc.area))
    consent = data.consent
    if not consent.treatment:
        missing = translate("screening", "The latest intake lacks consent to treatment.")
        alerts.append(_alert("no-consent", settings, missing))
    elif not consent.is_signed:
        missing = translate("screening", "The latest intake lacks a signature.")
        alerts.append(_alert("no-consent", settings, missing))
    age = _months_between(data.taken_on, today)
    if age >= settings.review_months:
        message = translate(
            "screening", "The latest intake is from {date} (%n month(s) ago).", None, age
        ).format(date=human_date(data.taken_on))
        alerts.append(_alert("intake-outdated", settings, message))
    return sorted(alerts, key=lambda a: a.severity.rank)
