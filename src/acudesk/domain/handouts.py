"""Aftercare handout templates: the advice a client takes home, and the sheet's own words.

A template holds three sections ("What to expect", "Do", "Avoid"), each a list of items with
a timing ("24 hours", "every day"), the line saying when to call the clinic, and every label
the sheet prints, in one language. acudesk ships English and Italian in resources/handouts/;
a clinic's own version goes through ``parse_handout_template`` and the same checks.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from acudesk.domain.i18n import translate
from acudesk.resources import resource

FORMAT = "acudesk-handout/1"
DEFAULT_LANGUAGE = "en"
LANGUAGES = ("en", "it")
SECTION_IDS = ("expect", "do", "avoid")
TEXT_MAX = 300

LABEL_KEYS = (
    "document",  # top right of the letterhead: "Aftercare"
    "title",  # the sheet's title: "Your aftercare"
    "for_client",  # "Prepared for"
    "date",
    "practitioner",
    "treatment",  # "Your treatment today"
    "areas",
    "needles",
    "electro",
    "gua_sha",
    "reactions",
    "yes",
    "no",
    "none",
    "chart",  # caption over the drawings
    "call_heading",  # "Call us"
    "products",  # "Recommended for your skin"
    "products_note",
    "next_appointment",
    "no_next_appointment",
    "footer",
    "page",  # "Page {page} of {pages}"
    "date_format",  # "{weekday} {day} {month} {year}"
    "time_format",  # "{date} at {time}"
    "legend_needle",
    "legend_needles",
    "legend_mark",
    "legend_bruise",
    "legend_bleeding",
    "legend_redness",
    "legend_electro",
)


class HandoutError(ValueError):
    """A handout template is not usable; the message lists every problem found."""


@dataclass(frozen=True, slots=True)
class HandoutItem:
    """One piece of advice: what ("Make-up") and how long or when ("wait 24 hours")."""

    text: str
    timing: str = ""


@dataclass(frozen=True, slots=True)
class HandoutSection:
    id: str  # "expect" | "do" | "avoid"
    title: str
    items: tuple[HandoutItem, ...]


@dataclass(frozen=True, slots=True)
class HandoutTemplate:
    language: str
    sections: tuple[HandoutSection, ...]
    call_clinic: HandoutItem  # when to call: printed apart, with the clinic's phone
    labels: Mapping[str, str]
    months: tuple[str, ...]  # 12 names, January first
    weekdays: tuple[str, ...]  # 7 names, Monday first
    categories: Mapping[str, str]  # product category id -> name in this language

    def section(self, section_id: str) -> HandoutSection:
        return next(s for s in self.sections if s.id == section_id)

    def label(self, key: str) -> str:
        return self.labels[key]

    def category(self, category_id: str, fallback: str) -> str:
        return self.categories.get(category_id, fallback)


def _text(value: object, where: str, problems: list[str], *, required: bool = True) -> str:
    if not isinstance(value, str):
        problems.append(f"{where}: expected text")
        return ""
    value = value.strip()
    if required and not value:
        problems.append(f"{where}: is empty")
    if len(value) > TEXT_MAX:
        problems.append(f"{where}: longer than {TEXT_MAX} characters")
    return value


def _item(raw: object, where: str, problems: list[str]) -> HandoutItem:
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected an object with text and timing")
        return HandoutItem("")
    text = _text(raw.get("text"), f"{where}.text", problems)
    timing = _text(raw.get("timing", ""), f"{where}.timing", problems, required=False)
    return HandoutItem(text, timing)


def _names(raw: object, count: int, where: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(raw, list) or len(raw) != count:
        problems.append(f"{where}: expected a list of {count} names")
        return tuple("" for _ in range(count))
    return tuple(_text(v, f"{where}[{i}]", problems) for i, v in enumerate(raw))


def _sections(raw: object, problems: list[str]) -> tuple[HandoutSection, ...]:
    if not isinstance(raw, list):
        problems.append("sections: expected a list")
        return ()
    sections: list[HandoutSection] = []
    for i, entry in enumerate(raw):
        where = f"sections[{i}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: expected an object")
            continue
        section_id = entry.get("id")
        if section_id not in SECTION_IDS:
            problems.append(f"{where}.id: one of {', '.join(SECTION_IDS)}, not {section_id!r}")
            continue
        items = entry.get("items")
        if not isinstance(items, list) or not items:
            problems.append(f"{where}.items: expected at least one item")
            items = []
        sections.append(
            HandoutSection(
                str(section_id),
                _text(entry.get("title"), f"{where}.title", problems),
                tuple(_item(item, f"{where}.items[{j}]", problems) for j, item in enumerate(items)),
            )
        )
    found = [s.id for s in sections]
    for section_id in SECTION_IDS:
        if found.count(section_id) != 1:
            problems.append(f"sections: needs exactly one {section_id!r} section")
    order = {sid: n for n, sid in enumerate(SECTION_IDS)}
    return tuple(sorted(sections, key=lambda s: order[s.id]))


def _labels(raw: object, problems: list[str]) -> dict[str, str]:
    if not isinstance(raw, dict):
        problems.append("labels: expected an object")
        return {}
    labels: dict[str, str] = {}
    for key in LABEL_KEYS:
        if key not in raw:
            problems.append(f"labels.{key}: missing")
            continue
        labels[key] = _text(raw[key], f"labels.{key}", problems)
    for key, placeholders in (
        ("page", ("{page}", "{pages}")),
        ("date_format", ("{day}", "{month}", "{year}")),
        ("time_format", ("{date}", "{time}")),
    ):
        if key in labels and not all(p in labels[key] for p in placeholders):
            problems.append(f"labels.{key}: must contain {' '.join(placeholders)}")
    return labels


def _categories(raw: object, problems: list[str]) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.append("categories: expected an object")
        return {}
    return {str(k): _text(v, f"categories.{k}", problems) for k, v in raw.items()}


def parse_handout_template(raw: Any) -> HandoutTemplate:
    """A template from its JSON form (shipped, or a clinic's own); HandoutError lists problems."""
    problems: list[str] = []
    if not isinstance(raw, dict):
        raise HandoutError("A handout template is a JSON object.")
    if raw.get("format") != FORMAT:
        problems.append(f"format: expected {FORMAT!r}")
    language = _text(raw.get("language"), "language", problems)
    template = HandoutTemplate(
        language=language,
        sections=_sections(raw.get("sections"), problems),
        call_clinic=_item(raw.get("call_clinic"), "call_clinic", problems),
        labels=_labels(raw.get("labels"), problems),
        months=_names(raw.get("months"), 12, "months", problems),
        weekdays=_names(raw.get("weekdays"), 7, "weekdays", problems),
        categories=_categories(raw.get("categories"), problems),
    )
    if problems:
        listed = "\n".join(f"- {p}" for p in problems)
        raise HandoutError(f"The handout template has problems:\n{listed}")
    return template


def handout_language(language: str) -> str:
    """The handout language for a client's language: English where acudesk has no text."""
    lang = language.strip().lower()[:2]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def _item_to_raw(item: HandoutItem) -> dict[str, str]:
    return {"text": item.text, "timing": item.timing}


def handout_template_to_raw(template: HandoutTemplate) -> dict[str, Any]:
    """The JSON form of a template, as the shipped files hold it (round-trips through parse)."""
    return {
        "format": FORMAT,
        "language": template.language,
        "sections": [
            {"id": s.id, "title": s.title, "items": [_item_to_raw(i) for i in s.items]}
            for s in template.sections
        ],
        "call_clinic": _item_to_raw(template.call_clinic),
        "labels": dict(template.labels),
        "months": list(template.months),
        "weekdays": list(template.weekdays),
        "categories": dict(template.categories),
    }


def _item_problems(items: tuple[HandoutItem, ...]) -> list[str]:
    problems: list[str] = []
    for row, item in enumerate(items, start=1):
        if not item.text.strip():
            problems.append(
                translate(
                    "handouts", "Row {row} has no advice: type it, or remove the row."
                ).format(row=row)
            )
        elif len(item.text.strip()) > TEXT_MAX:
            problems.append(
                translate("handouts", "Row {row} is too long ({limit} characters at most).").format(
                    row=row, limit=TEXT_MAX
                )
            )
        if len(item.timing.strip()) > TEXT_MAX:
            problems.append(
                translate(
                    "handouts", "The timing in row {row} is too long ({limit} characters at most)."
                ).format(row=row, limit=TEXT_MAX)
            )
    return problems


def advice_problems(template: HandoutTemplate) -> dict[str, str]:
    """What is wrong with the advice a clinic typed, by section id ("expect", "do", "avoid")
    and "call_clinic", in the words shown next to each table."""
    errors: dict[str, str] = {}
    for section in template.sections:
        problems = _item_problems(section.items)
        if not section.items:
            problems.append(
                translate("handouts", "Add at least one row: the sheet prints every section.")
            )
        if problems:
            errors[section.id] = " ".join(problems)
    call = template.call_clinic
    if not call.text.strip():
        errors["call_clinic"] = translate(
            "handouts", "Say when to call the clinic: this text cannot be empty."
        )
    elif len(call.text.strip()) > TEXT_MAX or len(call.timing.strip()) > TEXT_MAX:
        errors["call_clinic"] = translate(
            "handouts", "Shorten this text ({limit} characters at most)."
        ).format(limit=TEXT_MAX)
    return errors


@cache
def load_handout_template(language: str) -> HandoutTemplate:
    """The shipped template for ``language``; English for a language acudesk has no text in."""
    lang = handout_language(language)
    path = resource("handouts", f"{lang}.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise HandoutError(f"acudesk cannot read its handout text {path.name}: {error}") from None
    return parse_handout_template(raw)
