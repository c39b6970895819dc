"""The intake assessment: health history, skin assessment and consent, as one dated record."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyPairs, LazyTexts, translate
from acudesk.domain.text import fold


@dataclass(frozen=True, slots=True)
class Condition:
    """A health condition the intake asks about: ``name`` is the English source, ``label``
    what a screen shows, in its language."""

    id: str
    name: str
    detail: str = ""  # "" (none), "area", "controlled" or "text": what the form asks beside it

    @property
    def label(self) -> str:
        return translate("intake", self.name)


# Stable ids: used by the screening rules, the exports and the tests.
CONDITIONS: tuple[Condition, ...] = (
    Condition("pregnancy", QT_TRANSLATE_NOOP("intake", "Pregnant or possibly pregnant")),
    Condition("breastfeeding", QT_TRANSLATE_NOOP("intake", "Breastfeeding")),
    Condition(
        "bleeding-disorder",
        QT_TRANSLATE_NOOP("intake", "Bleeding disorder (e.g. haemophilia)"),
        "text",
    ),
    Condition(
        "anticoagulants",
        QT_TRANSLATE_NOOP("intake", "Takes blood thinners (anticoagulant / antiplatelet)"),
        "text",
    ),
    Condition(
        "pacemaker",
        QT_TRANSLATE_NOOP("intake", "Pacemaker, ICD or other implanted electrical device"),
        "text",
    ),
    Condition("epilepsy", QT_TRANSLATE_NOOP("intake", "Epilepsy"), "controlled"),
    Condition("diabetes", QT_TRANSLATE_NOOP("intake", "Diabetes"), "controlled"),
    Condition("hypertension", QT_TRANSLATE_NOOP("intake", "High blood pressure"), "controlled"),
    Condition(
        "heart-condition",
        QT_TRANSLATE_NOOP("intake", "Heart condition"),
        "text",
    ),
    Condition(
        "cancer",
        QT_TRANSLATE_NOOP("intake", "Cancer (current, or under treatment)"),
        "text",
    ),
    Condition(
        "lymphoedema",
        QT_TRANSLATE_NOOP("intake", "Lymphoedema or lymph nodes removed (which limb)"),
        "area",
    ),
    Condition(
        "immunosuppression",
        QT_TRANSLATE_NOOP("intake", "Weakened immune system or immunosuppressant drugs"),
        "text",
    ),
    Condition(
        "skin-infection",
        QT_TRANSLATE_NOOP("intake", "Skin infection, wound or inflammation"),
        "area",
    ),
    Condition(
        "herpes-outbreak", QT_TRANSLATE_NOOP("intake", "Cold sore or shingles outbreak now"), "area"
    ),
    Condition(
        "keloid",
        QT_TRANSLATE_NOOP("intake", "Tendency to keloid or raised scars"),
        "text",
    ),
    Condition(
        "isotretinoin",
        QT_TRANSLATE_NOOP(
            "intake", "Takes isotretinoin (Roaccutane), or stopped less than 6 months ago"
        ),
        "text",
    ),
    Condition("metal-allergy", QT_TRANSLATE_NOOP("intake", "Metal (nickel) allergy")),
    Condition("needle-phobia", QT_TRANSLATE_NOOP("intake", "Fear of needles or severe anxiety")),
    Condition("fainting", QT_TRANSLATE_NOOP("intake", "History of fainting")),
    Condition(
        "migraine",
        QT_TRANSLATE_NOOP("intake", "Severe or frequent migraine"),
        "text",
    ),
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


PROCEDURE_LABELS = LazyTexts(
    "intake",
    {
        ProcedureKind.BOTULINUM_TOXIN: QT_TRANSLATE_NOOP("intake", "Botulinum toxin (Botox)"),
        ProcedureKind.DERMAL_FILLER: QT_TRANSLATE_NOOP("intake", "Dermal filler"),
        ProcedureKind.THREAD_LIFT: QT_TRANSLATE_NOOP("intake", "Thread lift"),
        ProcedureKind.FACE_LIFT: QT_TRANSLATE_NOOP("intake", "Face lift"),
        ProcedureKind.LASER: QT_TRANSLATE_NOOP("intake", "Laser resurfacing"),
        ProcedureKind.CHEMICAL_PEEL: QT_TRANSLATE_NOOP("intake", "Chemical peel"),
        ProcedureKind.MICRODERMABRASION: QT_TRANSLATE_NOOP("intake", "Microdermabrasion"),
        ProcedureKind.MICRONEEDLING: QT_TRANSLATE_NOOP("intake", "Microneedling"),
    },
)

SKIN_TYPES = ("normal", "dry", "oily", "combination", "sensitive")
SKIN_TYPE_LABELS = LazyTexts(
    "intake",
    {
        "normal": QT_TRANSLATE_NOOP("intake", "Normal"),
        "dry": QT_TRANSLATE_NOOP("intake", "Dry"),
        "oily": QT_TRANSLATE_NOOP("intake", "Oily"),
        "combination": QT_TRANSLATE_NOOP("intake", "Combination"),
        "sensitive": QT_TRANSLATE_NOOP("intake", "Sensitive"),
    },
)

# The scales' definitions, by type number; Roman numerals (``roman``) name the types.
FITZPATRICK = LazyTexts(
    "intake",
    {
        1: QT_TRANSLATE_NOOP("intake", "Very pale; always burns, never tans"),
        2: QT_TRANSLATE_NOOP("intake", "Fair; usually burns, tans with difficulty"),
        3: QT_TRANSLATE_NOOP("intake", "Medium; sometimes burns mildly, tans gradually"),
        4: QT_TRANSLATE_NOOP("intake", "Olive or light brown; rarely burns, tans easily"),
        5: QT_TRANSLATE_NOOP("intake", "Brown; very rarely burns, tans very easily"),
        6: QT_TRANSLATE_NOOP("intake", "Dark brown to black; never burns"),
    },
)
GLOGAU = LazyTexts(
    "intake",
    {
        1: QT_TRANSLATE_NOOP("intake", "Mild: no wrinkles, early photo-ageing (20s to mid-30s)"),
        2: QT_TRANSLATE_NOOP("intake", "Moderate: wrinkles in motion (late 30s to 40s)"),
        3: QT_TRANSLATE_NOOP(
            "intake", "Advanced: wrinkles at rest, visible discolouration (50s and over)"
        ),
        4: QT_TRANSLATE_NOOP(
            "intake", "Severe: wrinkles throughout, little normal skin (60s and over)"
        ),
    },
)

CONCERNS = LazyPairs(
    "intake",
    (
        ("fine-lines", QT_TRANSLATE_NOOP("intake", "Fine lines and wrinkles")),
        ("forehead-lines", QT_TRANSLATE_NOOP("intake", "Forehead lines")),
        ("frown-lines", QT_TRANSLATE_NOOP("intake", "Frown lines (11s)")),
        ("crows-feet", QT_TRANSLATE_NOOP("intake", "Crow's feet")),
        ("nasolabial-folds", QT_TRANSLATE_NOOP("intake", "Nasolabial folds")),
        ("marionette-lines", QT_TRANSLATE_NOOP("intake", "Marionette lines")),
        ("lip-lines", QT_TRANSLATE_NOOP("intake", "Lines around the mouth")),
        ("neck-lines", QT_TRANSLATE_NOOP("intake", "Neck lines")),
        ("sagging", QT_TRANSLATE_NOOP("intake", "Sagging / loss of firmness")),
        ("jowls", QT_TRANSLATE_NOOP("intake", "Jowls")),
        ("double-chin", QT_TRANSLATE_NOOP("intake", "Double chin")),
        ("volume-loss", QT_TRANSLATE_NOOP("intake", "Mid-face volume loss")),
        ("hooding", QT_TRANSLATE_NOOP("intake", "Brow or eyelid droop")),
        ("eye-bags", QT_TRANSLATE_NOOP("intake", "Under-eye bags / puffiness")),
        ("dark-circles", QT_TRANSLATE_NOOP("intake", "Dark circles")),
        ("pigmentation", QT_TRANSLATE_NOOP("intake", "Pigmentation (melasma, sun spots)")),
        ("uneven-tone", QT_TRANSLATE_NOOP("intake", "Uneven tone")),
        ("redness", QT_TRANSLATE_NOOP("intake", "Redness / rosacea")),
        ("broken-capillaries", QT_TRANSLATE_NOOP("intake", "Broken capillaries")),
        ("acne", QT_TRANSLATE_NOOP("intake", "Acne / breakouts")),
        ("acne-scars", QT_TRANSLATE_NOOP("intake", "Acne scarring")),
        ("pores", QT_TRANSLATE_NOOP("intake", "Enlarged pores")),
        ("dullness", QT_TRANSLATE_NOOP("intake", "Dullness / rough texture")),
        ("dryness", QT_TRANSLATE_NOOP("intake", "Dryness / dehydration")),
        ("oiliness", QT_TRANSLATE_NOOP("intake", "Oiliness")),
        ("sensitivity", QT_TRANSLATE_NOOP("intake", "Sensitivity / reactivity")),
        ("cellulite", QT_TRANSLATE_NOOP("intake", "Cellulite")),
        ("water-retention", QT_TRANSLATE_NOOP("intake", "Water retention")),
    ),
)
CONCERN_IDS = CONCERNS.ids()


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


LIST_MAX, ITEM_MAX = 200, 200  # medications or allergies: lines, characters per line


def split_list(text: str) -> tuple[str, ...]:
    """Medications or allergies typed one per line or separated by commas/semicolons."""
    items: list[str] = []
    seen: set[str] = set()
    for line in text.replace(";", "\n").replace(",", "\n").splitlines():
        item = " ".join(line.split())
        if item and fold(item) not in seen:
            seen.add(fold(item))
            items.append(item)
    return tuple(items)  # validate_intake refuses too many or too long, never cuts


def client_allergies(allergies: tuple[str, ...], conditions: tuple[str, ...]) -> tuple[str, ...]:
    """The allergy list as typed, plus "metal" when the intake ticks a metal allergy: what
    products (INCI ingredients) must avoid."""
    if "metal-allergy" in conditions and not any(fold(a) == "metal" for a in allergies):
        return (*allergies, "metal")
    return allergies


def validate_intake(data: IntakeData, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    unknown = [c for c in data.conditions if c not in CONDITIONS_BY_ID]
    if unknown:
        errors["conditions"] = translate("intake", "Unknown condition: {ids}.").format(
            ids=", ".join(unknown)
        )
    for name, items in (("medications", data.medications), ("allergies", data.allergies)):
        if len(items) > LIST_MAX or any(len(item) > ITEM_MAX for item in items):
            errors[name] = translate(
                "intake", "At most {count} lines of {limit} characters each."
            ).format(count=LIST_MAX, limit=ITEM_MAX)
    if data.taken_on > today:
        errors["taken_on"] = translate("intake", "The intake date is in the future.")
    for cid, text in data.condition_details.items():
        if len(text) > 1000:
            errors[f"detail.{cid}"] = translate(
                "intake", "This note is too long ({limit} characters at most)."
            ).format(limit=1000)
        condition = CONDITIONS_BY_ID.get(cid)
        if condition and condition.detail == "controlled" and text and text not in set(Controlled):
            errors[f"detail.{cid}"] = translate("intake", "Choose controlled or not controlled.")
    for i, proc in enumerate(data.procedures):
        if proc.done_on > today:
            errors[f"procedure.{i}"] = translate("intake", "The procedure date is in the future.")
        if len(proc.area) > 200:
            errors[f"procedure.{i}"] = translate(
                "intake", "The area is too long ({limit} characters at most)."
            ).format(limit=200)
    skin = data.skin
    if skin.fitzpatrick is not None and skin.fitzpatrick not in FITZPATRICK:
        errors["fitzpatrick"] = translate("intake", "Fitzpatrick type is I to VI.")
    if skin.glogau is not None and skin.glogau not in GLOGAU:
        errors["glogau"] = translate("intake", "Glogau type is I to IV.")
    if skin.skin_type and skin.skin_type not in SKIN_TYPES:
        errors["skin_type"] = translate("intake", "Choose a skin type from the list.")
    bad = [c for c in skin.concerns if c not in CONCERN_IDS]
    if bad:
        errors["concerns"] = translate("intake", "Unknown concern: {ids}.").format(
            ids=", ".join(bad)
        )
    if len(skin.goals) > 5000:
        errors["goals"] = translate(
            "intake", "The goals are too long ({limit} characters at most)."
        ).format(limit=5000)
    consent = data.consent
    if consent.signed_on and consent.signed_on > today:
        errors["signed_on"] = translate("intake", "The signature date is in the future.")
    if consent.signature_png and not consent.signature_png.startswith(b"\x89PNG"):
        errors["signature"] = translate(
            "intake", "The signature is not a picture acudesk can keep."
        )
    if len(consent.signature_png) > 2_000_000:
        errors["signature"] = translate("intake", "The signature picture is too large.")
    return errors


def roman(value: int | None) -> str:
    return {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI"}.get(value or 0, "")
