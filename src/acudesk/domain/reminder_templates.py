"""Reminder wording per language (resources/reminders/<lang>.json), with placeholders.

A template names its placeholders in braces: ``{client}``, ``{date}``, ``{time}``... Every
message must say when (``{date}`` and ``{time}``); a placeholder acudesk does not know, or a
brace left open, is refused with the template's and placeholder's names, when the file is read.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from acudesk.domain.reminders import ReminderKind
from acudesk.resources import resource

PLACEHOLDERS = (
    "client",  # the name the client is called by (preferred name, else first name)
    "client_full_name",
    "date",
    "time",
    "service",
    "practitioner",
    "location",
    "clinic",
    "clinic_phone",
)
REQUIRED = ("date", "time")
TEMPLATE_LANGUAGES = ("en", "it")
FIELDS = ("email_subject", "email_body", "sms_body")


class TemplateError(ValueError):
    """A reminder template that cannot be used, said in the file's own terms."""


@dataclass(frozen=True, slots=True)
class ReminderTemplate:
    language: str
    email_subject: str
    email_body: str
    sms_body: str
    no_practitioner: str = ""  # what {practitioner} reads when nobody is assigned


@dataclass(frozen=True, slots=True)
class ReminderFacts:
    """What a reminder may say about one appointment."""

    client: str
    client_full_name: str
    start: datetime  # aware
    zone: ZoneInfo
    service: str
    practitioner: str
    location: str
    clinic: str
    clinic_phone: str
    region: str = ""  # the clinic's country: dates and times written as they are there


@dataclass(frozen=True, slots=True)
class RenderedReminder:
    subject: str  # "" for an SMS
    body: str


def placeholders_in(text: str) -> list[str]:
    """The placeholder names ``text`` uses, in order; TemplateError when a brace is unmatched
    or a placeholder is written with a format (``{date:%d}``) or an index (``{client[0]}``)."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as error:
        raise TemplateError(f"a brace is not closed or not opened ({error})") from None
    names = []
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if spec or conversion or not name.isidentifier():
            raise TemplateError(f"write the placeholder as {{name}}, not {{{name}...}}")
        names.append(name)
    return names


def check_text(field: str, text: str) -> None:
    """Refuse ``text`` as the template's ``field`` when a placeholder is unknown or missing."""
    if not isinstance(text, str) or not text.strip():
        raise TemplateError(f"{field}: the text is missing")
    try:
        names = placeholders_in(text)
    except TemplateError as error:
        raise TemplateError(f"{field}: {error}") from None
    unknown = [name for name in names if name not in PLACEHOLDERS]
    if unknown:
        raise TemplateError(
            f"{field}: unknown placeholder {{{unknown[0]}}} "
            f"(known: {', '.join('{' + p + '}' for p in PLACEHOLDERS)})"
        )
    if field != "email_subject":
        missing = [name for name in REQUIRED if name not in names]
        if missing:
            raise TemplateError(f"{field}: the placeholder {{{missing[0]}}} is missing")


def parse_template(raw: Mapping[str, Any]) -> ReminderTemplate:
    """A template from its JSON form, every text checked; TemplateError otherwise."""
    if not isinstance(raw, Mapping):
        raise TemplateError("a reminder template is a JSON object")
    language = raw.get("language")
    if language not in TEMPLATE_LANGUAGES:
        raise TemplateError(f"language: {language!r} is not one of {', '.join(TEMPLATE_LANGUAGES)}")
    for field in FIELDS:
        check_text(field, raw.get(field))  # type: ignore[arg-type]
    nobody = raw.get("no_practitioner", "")
    if not isinstance(nobody, str) or placeholders_in(nobody):
        raise TemplateError("no_practitioner: plain words, without placeholders")
    return ReminderTemplate(
        language, raw["email_subject"], raw["email_body"], raw["sms_body"], nobody
    )


def load_template(language: str) -> ReminderTemplate:
    """acudesk's reminder wording in ``language``; English for a language it has none in."""
    lang = language if language in TEMPLATE_LANGUAGES else "en"
    path = resource("reminders", f"{lang}.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TemplateError(f"acudesk cannot read its reminder text {path.name}: {error}") from None
    try:
        return parse_template(raw)
    except TemplateError as error:
        raise TemplateError(f"{path.name}: {error}") from None


def render(
    template: ReminderTemplate, kind: ReminderKind, facts: ReminderFacts
) -> RenderedReminder:
    """The message of ``kind`` for one appointment, its date and time in the template's
    language and the location's zone."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import format_date, format_time

    locale = template.language
    try:
        if facts.region:
            locale = str(Locale.parse(f"{template.language}_{facts.region.upper()}"))
    except (UnknownLocaleError, ValueError):
        pass
    local = facts.start.astimezone(facts.zone)
    values = {
        "client": facts.client,
        "client_full_name": facts.client_full_name,
        "date": format_date(local.date(), format="full", locale=locale),
        "time": format_time(local.time(), format="short", locale=locale),
        "service": facts.service,
        "practitioner": facts.practitioner or template.no_practitioner,
        "location": facts.location,
        "clinic": facts.clinic,
        "clinic_phone": facts.clinic_phone,
    }
    if kind is ReminderKind.EMAIL:
        subject = template.email_subject.format_map(values)
        return RenderedReminder(" ".join(subject.split()), template.email_body.format_map(values))
    return RenderedReminder("", template.sms_body.format_map(values))
