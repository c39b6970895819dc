"""The intake assessment: health history, skin assessment and consent, as one dated record."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from acudesk.domain.text import fold


@dataclass(frozen=True, slots=True)
class Condition:
    id: str
    label: str
    detail: str = ""  # "" (none), "area", "controlled" or "text": what the form asks beside it


# Stable ids: used by the screening rules, the exports and the tests.
CONDITIONS: tuple[Condition, ...] = (
    Condition("pregnancy", "Pregnant or possibly pregnant"),
    Condition("breastfeeding", "Breastfeeding"),
    Condition("bleeding-disorder", "Bleeding disorder (e.g. haemophilia)", "text"),
    Condition("anticoagulants", "Takes blood thinners (anticoagulant / antiplatelet)", "text"),
    Condition("pacemaker", "Pacemaker, ICD or other implanted electrical device", "text"),
    Condition("epilepsy", "Epilepsy", "controlled"),
    Condition("diabetes", "Diabetes", "controlled"),
    Condition("hypertension", "High blood pressure", "controlled"),
    Condition("heart-condition", "Heart condition", "text"),
    Condition("cancer", "Cancer (current, or under treatment)", "text"),
    Condition("lymphoedema", "Lymphoedema or lymph nodes removed (which limb)", "area"),
    Condition("immunosuppression", "Weakened immune system or immunosuppressant drugs", "text"),
    Condition("skin-infection", "Skin infection, wound or inflammation", "area"),
    Condition("herpes-outbreak", "Cold sore or shingles outbreak now", "area"),
    Condition("keloid", "Tendency to keloid or raised scars", "text"),
    Condition("metal-allergy", "Metal (nickel) allergy"),
    Condition("needle-phobia", "Fear of needles or severe anxiety"),
    Condition("fainting", "History of fainting"),
    Condition("migraine", "Severe or frequent migraine", "text"),
)
CONDITION_IDS: tuple[str, ...] = tuple(c.id for c in CONDITIONS)
CONDITIONS_BY_ID = {c.id: c for c in CONDITIONS}


class Controlled(enum.StrEnum):
    CONTROLLED = "controlled"
    UNCONTROLLED = "uncontrolled"


class ProcedureKind(enum.StrEnum):
    BOTULINUM_TOXIN = "botulinum-toxin"
    DERMAL_FILLER = "dermal-filler"
    THREAD_LIFT = "thread-lift"
    FACE_LIFT = "face-lift"
    LASER = "laser"
    CHEMICAL_PEEL = "chemical-peel"
    MICRODERMABRASION = "microdermabrasion"
    MICRONEEDLING = "microneedling"

    @property
    def label(self) -> str:
        return PROCEDURE_LABELS[self]


PROCEDURE_LABELS = {
    ProcedureKind.BOTULINUM_TOXIN: "Botulinum toxin (Botox)",
    ProcedureKind.DERMAL_FILLER: "Dermal filler",
    ProcedureKind.THREAD_LIFT: "Thread lift",
    ProcedureKind.FACE_LIFT: "Face lift",
    ProcedureKind.LASER: "Laser resurfacing",
    ProcedureKind.CHEMICAL_PEEL: "Chemical peel",
    ProcedureKind.MICRODERMABRASION: "Microdermabrasion",
    ProcedureKind.MICRONEEDLING: "Microneedling",
}

SKIN_TYPES = ("normal", "dry", "oily", "combination", "sensitive")

FITZPATRICK = {
    1: "Very pale; always burns, never tans",
    2: "Fair; usually burns, tans with difficulty",
    3: "Medium; sometimes burns mildly, tans gradually",
    4: "Olive or light brown; rarely burns, tans easily",
    5: "Brown; very rarely burns, tans very easily",
    6: "Dark brown to black; never burns",
}
GLOGAU = {
    1: "Mild: no wrinkles, early photo-ageing (20s to mid-30s)",
    2: "Moderate: wrinkles in motion (late 30s to 40s)",
    3: "Advanced: wrinkles at rest, visible discolouration (50s and over)",
    4: "Severe: wrinkles throughout, little normal skin (60s and over)",
}

CONCERNS: tuple[tuple[str, str], ...] = (
    ("fine-lines", "Fine lines and wrinkles"),
    ("forehead-lines", "Forehead lines"),
    ("frown-lines", "Frown lines (11s)"),
    ("crows-feet", "Crow's feet"),
    ("nasolabial-folds", "Nasolabial folds"),
    ("marionette-lines", "Marionette lines"),
    ("lip-lines", "Lines around the mouth"),
    ("neck-lines", "Neck lines"),
    ("sagging", "Sagging / loss of firmness"),
    ("jowls", "Jowls"),
    ("double-chin", "Double chin"),
    ("volume-loss", "Mid-face volume loss"),
    ("hooding", "Brow or eyelid droop"),
    ("eye-bags", "Under-eye bags / puffiness"),
    ("dark-circles", "Dark circles"),
    ("pigmentation", "Pigmentation (melasma, sun spots)"),
    ("uneven-tone", "Uneven tone"),
    ("redness", "Redness / rosacea"),
    ("broken-capillaries", "Broken capillaries"),
    ("acne", "Acne / breakouts"),
    ("acne-scars", "Acne scarring"),
    ("pores", "Enlarged pores"),
    ("dullness", "Dullness / rough texture"),
    ("dryness", "Dryness / dehydration"),
    ("oiliness", "Oiliness"),
    ("sensitivity", "Sensitivity / reactivity"),
    ("cellulite", "Cellulite"),
    ("water-retention", "Water retention"),
)
CONCERN_IDS = tuple(c for c, _ in CONCERNS)


@dataclass(frozen=True, slots=True)
class Procedure:
    kind: ProcedureKind
    done_on: date
    area: str = ""


@dataclass(frozen=True, slots=True)
class SkinAssessment:
    fitzpatrick: int | None = None
    glogau: int | None = None
    skin_type: str = ""
    concerns: tuple[str, ...] = ()
    goals: str = ""


@dataclass(frozen=True, slots=True)
class Consent:
    treatment: bool = False
    photos: bool = False
    signed_on: date | None = None
    signature_png: bytes = b""

    @property
    def is_signed(self) -> bool:
        return bool(self.signature_png) and self.signed_on is not None


@dataclass(frozen=True, slots=True)
class IntakeData:
    """What the intake form holds; the same shape is kept as a draft while typing."""

    taken_on: date
    conditions: tuple[str, ...] = ()
    condition_details: dict[str, str] = field(default_factory=dict)
    medications: tuple[str, ...] = ()
    allergies: tuple[str, ...] = ()
    procedures: tuple[Procedure, ...] = ()
    skin: SkinAssessment = SkinAssessment()
    consent: Consent = Consent()


@dataclass(frozen=True, slots=True)
class Intake:
    """A stored intake: a dated record that is never overwritten; a review makes a new one."""

    id: int
    client_id: int
    version: int
    data: IntakeData
    recorded_by: str
    recorded_at: datetime


def review_of(latest: IntakeData, today: date) -> IntakeData:
    """A review starts from the latest intake, dated today, with the consent cleared: the
    client gives it and signs again, never carried over from an earlier day."""
    return replace(latest, taken_on=today, consent=Consent())


def split_list(text: str) -> tuple[str, ...]:
    """Medications or allergies typed one per line or separated by commas/semicolons."""
    items: list[str] = []
    seen: set[str] = set()
    for line in text.replace(";", "\n").replace(",", "\n").splitlines():
        item = " ".join(line.split())[:200]
        if item and fold(item) not in seen:
            seen.add(fold(item))
            items.append(item)
    return tuple(items[:200])


def validate_intake(data: IntakeData, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    unknown = [c for c in data.conditions if c not in CONDITIONS_BY_ID]
    if unknown:
        errors["conditions"] = f"Unknown condition: {', '.join(unknown)}."
    if data.taken_on > today:
        errors["taken_on"] = "The intake date is in the future."
    for cid, text in data.condition_details.items():
        if len(text) > 1000:
            errors[f"detail.{cid}"] = "This note is too long (1000 characters at most)."
        condition = CONDITIONS_BY_ID.get(cid)
        if condition and condition.detail == "controlled" and text and text not in set(Controlled):
            errors[f"detail.{cid}"] = "Choose controlled or not controlled."
    for i, proc in enumerate(data.procedures):
        if proc.done_on > today:
            errors[f"procedure.{i}"] = "The procedure date is in the future."
        if len(proc.area) > 200:
            errors[f"procedure.{i}"] = "The area is too long (200 characters at most)."
    skin = data.skin
    if skin.fitzpatrick is not None and skin.fitzpatrick not in FITZPATRICK:
        errors["fitzpatrick"] = "Fitzpatrick type is I to VI."
    if skin.glogau is not None and skin.glogau not in GLOGAU:
        errors["glogau"] = "Glogau type is I to IV."
    if skin.skin_type and skin.skin_type not in SKIN_TYPES:
        errors["skin_type"] = "Choose a skin type from the list."
    bad = [c for c in skin.concerns if c not in CONCERN_IDS]
    if bad:
        errors["concerns"] = f"Unknown concern: {', '.join(bad)}."
    if len(skin.goals) > 5000:
        errors["goals"] = "The goals are too long (5000 characters at most)."
    consent = data.consent
    if consent.signed_on and consent.signed_on > today:
        errors["signed_on"] = "The signature date is in the future."
    if consent.signature_png and not consent.signature_png.startswith(b"\x89PNG"):
        errors["signature"] = "The signature is not a picture acudesk can keep."
    if len(consent.signature_png) > 2_000_000:
        errors["signature"] = "The signature picture is too large."
    return errors


def roman(value: int | None) -> str:
    return {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI"}.get(value or 0, "")
