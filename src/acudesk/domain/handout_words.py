"""The words an aftercare sheet uses for what was done: treated areas and reactions.

The chart speaks in zone ids ("upper-lip") and event kinds ("bruising"); the client reads
"upper lip" or "labbro superiore". English and Italian, like the handout templates; any
other language falls back to English.
"""

from __future__ import annotations

from collections.abc import Iterable

from acudesk.domain.chart import ChartDocument, PlacementKind
from acudesk.domain.treatment import AdverseEvent, AdverseEventKind

_ZONES_IT = {
    "scalp": "cuoio capelluto",
    "forehead": "fronte",
    "brow": "sopracciglia",
    "eye": "contorno occhi",
    "temple": "tempie",
    "nose": "naso",
    "cheek": "guance",
    "upper-lip": "labbro superiore",
    "lips": "labbra",
    "mouth": "contorno bocca",
    "chin": "mento",
    "jaw": "linea della mandibola",
    "ear": "orecchie",
    "neck": "collo",
    "shoulder": "spalle",
    "chest": "décolleté",
    "abdomen": "addome",
    "waist": "fianchi",
    "back": "schiena",
    "lower-back": "zona lombare",
    "buttock": "glutei",
    "hip": "anche",
    "thigh": "cosce",
    "knee": "ginocchia",
    "leg": "gambe",
    "ankle": "caviglie",
    "foot": "piedi",
    "arm": "braccia",
    "hand": "mani",
}
_ZONES_EN = {
    "eye": "around the eyes",
    "brow": "brows",
    "temple": "temples",
    "cheek": "cheeks",
    "mouth": "around the mouth",
    "jaw": "jawline",
    "ear": "ears",
    "shoulder": "shoulders",
    "chest": "décolleté",
    "waist": "waist",
    "buttock": "buttocks",
    "hip": "hips",
    "thigh": "thighs",
    "knee": "knees",
    "leg": "legs",
    "ankle": "ankles",
    "foot": "feet",
    "arm": "arms",
    "hand": "hands",
}

# Reactions a client should know about; needle incidents (stuck, bent...) are the clinic's.
_REACTIONS = {
    "en": {
        AdverseEventKind.BRUISING: "a small bruise",
        AdverseEventKind.BLEEDING: "a drop of blood at a needle site",
        AdverseEventKind.PAIN: "discomfort at a needle site",
        AdverseEventKind.FAINTING: "feeling faint",
        AdverseEventKind.DROWSINESS: "drowsiness",
        AdverseEventKind.NAUSEA: "nausea",
        AdverseEventKind.AGGRAVATION: "a short flare of the symptoms",
        AdverseEventKind.ALLERGY: "a skin reaction",
        AdverseEventKind.INFECTION: "signs of infection",
        "redness": "redness",
    },
    "it": {
        AdverseEventKind.BRUISING: "un piccolo livido",
        AdverseEventKind.BLEEDING: "una goccia di sangue nel punto di un ago",
        AdverseEventKind.PAIN: "fastidio nel punto di un ago",
        AdverseEventKind.FAINTING: "sensazione di svenimento",
        AdverseEventKind.DROWSINESS: "sonnolenza",
        AdverseEventKind.NAUSEA: "nausea",
        AdverseEventKind.AGGRAVATION: "un breve peggioramento dei sintomi",
        AdverseEventKind.ALLERGY: "una reazione della pelle",
        AdverseEventKind.INFECTION: "segni di infezione",
        "redness": "rossore",
    },
}
_PLACEMENT_REACTION: dict[PlacementKind, AdverseEventKind | str] = {
    PlacementKind.BRUISE: AdverseEventKind.BRUISING,
    PlacementKind.BLEEDING: AdverseEventKind.BLEEDING,
    PlacementKind.REDNESS: "redness",
}


def _lang(language: str) -> str:
    return "it" if language == "it" else "en"


def area_words(zones: Iterable[str], language: str) -> tuple[str, ...]:
    """Each zone once, in the order given, as the client would say it."""
    table = _ZONES_IT if _lang(language) == "it" else _ZONES_EN
    words: list[str] = []
    for zone in zones:
        word = table.get(zone, zone.replace("-", " "))
        if word not in words:
            words.append(word)
    return tuple(words)


def reaction_words(
    chart: ChartDocument | None, events: Iterable[AdverseEvent], language: str
) -> tuple[str, ...]:
    """What was noticed on the skin (the chart) or recorded as an event, each once."""
    kinds: list[AdverseEventKind | str] = []
    if chart is not None:
        kinds += [_PLACEMENT_REACTION[p.kind] for p in chart if p.kind.is_reaction]
    kinds += [e.kind for e in events]
    table = _REACTIONS[_lang(language)]
    words: list[str] = []
    for kind in kinds:
        word = table.get(kind)
        if word is not None and word not in words:
            words.append(word)
    return tuple(words)
