"""Body zones of the point catalogue, and what an intake's "area" text means in zones.

Screening matches an area such as "left cheek" or "forehead lines" to the points whose
zones it names, on the side it names.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass

from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts
from acudesk.domain.text import fold


class Side(enum.StrEnum):
    LEFT = "left"
    RIGHT = "right"
    MIDLINE = "midline"

    @property
    def label(self) -> str:
        """The side in words, lower case as it reads inside a sentence: "left"."""
        return SIDE_LABELS[self]


SIDE_LABELS = LazyTexts(
    "points",
    {
        Side.LEFT: QT_TRANSLATE_NOOP("points", "left"),
        Side.RIGHT: QT_TRANSLATE_NOOP("points", "right"),
        Side.MIDLINE: QT_TRANSLATE_NOOP("points", "midline"),
    },
)


ZONES: Mapping[str, str] = {
    "scalp": "head above the hairline, vertex and back of the head",
    "forehead": "between the hairline and the brows",
    "brow": "the eyebrows and the glabella between them",
    "eye": "eyelids, the orbital rim, under-eye and eye corners",
    "temple": "the temple hollow beside the eye and brow",
    "nose": "the nose and the groove beside its wing",
    "cheek": "cheek and midface, from the eye to the jaw",
    "upper-lip": "between the nose and the upper lip, the philtrum",
    "lips": "the lips themselves",
    "mouth": "around the mouth: corners, marionette lines",
    "chin": "chin, mentolabial groove and under the chin",
    "jaw": "jawline, jaw angle and jowls",
    "ear": "the ear and the skin just around it",
    "neck": "front, sides and back of the neck",
    "shoulder": "top of the shoulder",
    "chest": "front of the chest and the décolleté",
    "abdomen": "belly, navel, lower and upper abdomen",
    "waist": "sides of the waist",
    "back": "upper and middle back",
    "lower-back": "lumbar and sacral back",
    "buttock": "buttocks and gluteal fold",
    "hip": "side of the hip",
    "thigh": "front, back, inner and outer thigh",
    "knee": "knee and back of the knee",
    "leg": "lower leg: shin and calf",
    "ankle": "around the ankle bones",
    "foot": "foot and toes",
    "arm": "upper arm, elbow and forearm",
    "hand": "hand and wrist",
}

_FACE_ZONES = "forehead brow eye temple nose cheek upper-lip lips mouth chin jaw"

# What people write in an intake's "area" field (folded) and the zones it names. Longer
# phrases are tried first, so "lower back" never also counts as "back".
_AREA_TABLE = f"""
face, whole face, full face: {_FACE_ZONES}
scalp, head, crown, vertex: scalp
hairline: scalp forehead
forehead, forehead lines: forehead
glabella, between the brows, between the eyebrows, between brows, frown, frown lines, 11s:
    brow forehead
brow, brows, eyebrow, eyebrows: brow
eye, eyes, under eye, under eyes, under-eye, eyelid, eyelids, periorbital: eye
dark circles, eye bags: eye
tear trough: eye cheek
crow's feet, crows feet: eye temple
temple, temples: temple
nose, nasal: nose
nasolabial, nasolabial fold, nasolabial folds: nose cheek mouth
cheek, cheeks, cheekbone, cheekbones, midface: cheek
upper lip, smoker's lines, smokers lines, barcode lines: upper-lip lips
philtrum: upper-lip
lip, lips: lips mouth upper-lip
lower lip: lips mouth chin
mouth: mouth lips
perioral: mouth lips upper-lip
marionette, marionette lines: mouth chin jaw
chin: chin
double chin, submental: chin neck
jaw, jawline, jaw line, jowl, jowls, mandible: jaw
ear, ears, earlobe, earlobes: ear
neck, throat, nape, back of the neck, back of neck: neck
decollete, decolletage: chest neck
shoulder, shoulders: shoulder
chest, breast, breasts: chest
abdomen, abdominal, tummy, belly, stomach, navel: abdomen
waist, love handles, flank, flanks: waist abdomen
back, upper back: back
lower back, lumbar, sacrum, sacral: lower-back
buttock, buttocks, bottom, glutes, gluteal: buttock
hip, hips: hip
saddlebags: hip thigh
thigh, thighs: thigh
knee, knees: knee
legs: leg thigh knee
leg, lower leg, calf, calves, shin, shins: leg
ankle, ankles: ankle
foot, feet, toe, toes: foot
arm, arms, upper arm, forearm, elbow: arm
wrist: arm hand
hand, hands: hand
"""


def _read_area_table(table: str) -> dict[str, tuple[str, ...]]:
    words: dict[str, tuple[str, ...]] = {}
    for entry in re.sub(r":\n\s+", ": ", table).strip().splitlines():
        phrases, zones = entry.split(":")
        for phrase in phrases.split(","):
            words[phrase.strip()] = tuple(zones.split())
    return words


_AREA_WORDS = _read_area_table(_AREA_TABLE)
_PHRASES = sorted(_AREA_WORDS, key=lambda phrase: (-len(phrase), phrase))


@dataclass(frozen=True)
class AreaMatch:
    zones: frozenset[str]
    side: Side | None


def area_match(text: str) -> AreaMatch:
    """The zones and side an intake area like "left cheek" or "forehead lines" names."""
    plain = fold(text).replace("\u2019", "'")  # a typographic apostrophe: crow’s feet
    folded = " " + re.sub(r"[^\w'\-]+", " ", plain).strip() + " "
    zones: set[str] = set()
    for phrase in _PHRASES:
        needle = f" {phrase} "
        if needle in folded:
            zones.update(_AREA_WORDS[phrase])
            folded = folded.replace(needle, " | ")
    words = set(folded.split())
    says_left = bool(words & {"left", "l", "lt"})
    says_right = bool(words & {"right", "r", "rt"})
    side = None
    if says_left != says_right:
        side = Side.LEFT if says_left else Side.RIGHT
    return AreaMatch(frozenset(zones), side)


def zones_for_area(text: str) -> set[str]:
    return set(area_match(text).zones)
