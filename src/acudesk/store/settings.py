"""Clinic settings rows (key/value text): read into domain settings, write changed keys.

Queries and mapping only; nothing here commits.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from acudesk.domain.clients import ClientRules
from acudesk.domain.dates import DateOrder
from acudesk.domain.handouts import (
    HandoutError,
    HandoutTemplate,
    handout_language,
    load_handout_template,
    parse_handout_template,
)
from acudesk.domain.intake import ProcedureKind
from acudesk.domain.screening import ScreeningSettings, Severity
from acudesk.domain.settings import (
    DEFAULT_CONSENT_TEXT,
    PAGE_SIZES,
    ClinicFormats,
    ClinicSettings,
    HandoutSettings,
)
from acudesk.store.models import SettingRecord


def _screening_from_json(text: str | None) -> ScreeningSettings:
    if not text:
        return ScreeningSettings()
    raw: dict[str, Any] = json.loads(text)
    severities = {k: Severity(v) for k, v in raw.get("severities", {}).items()}
    waits = {ProcedureKind(k): int(v) for k, v in raw.get("waiting_days", {}).items()}
    return ScreeningSettings(severities, waits, int(raw.get("review_months", 12)))


def screening_to_json(settings: ScreeningSettings) -> str:
    return json.dumps(
        {
            "severities": {k: v.value for k, v in settings.severities.items()},
            "waiting_days": {k.value: v for k, v in settings.waiting_days.items()},
            "review_months": settings.review_months,
        },
        sort_keys=True,
    )


RULE_KEYS = ("phone_region", "date_order", "consent_text", "screening")


def load_settings(session: Session) -> ClinicSettings:
    rows = {r.key: r for r in session.scalars(select(SettingRecord))}
    values = {key: row.value for key, row in rows.items()}
    stored = {
        key: (rows[key].version, rows[key].value) if key in rows else (0, None) for key in RULE_KEYS
    }
    try:
        order = DateOrder(values.get("date_order", DateOrder.DAY_FIRST.value))
    except ValueError:
        order = DateOrder.DAY_FIRST
    return ClinicSettings(
        phone_region=values.get("phone_region", "GB"),
        date_order=order,
        consent_text=values.get("consent_text") or DEFAULT_CONSENT_TEXT,
        screening=_screening_from_json(values.get("screening")),
        stored=stored,
    )


def client_rules(session: Session, today: date) -> ClientRules:
    """What checking a client's details depends on: the phone region and the date order."""
    settings = load_settings(session)
    return ClientRules(settings.phone_region, settings.date_order, today)


def load_handout_settings(session: Session) -> HandoutSettings:
    """Paper size and logo ("page_size", and "handout_logo" as base64 PNG)."""
    page = session.get(SettingRecord, "page_size")
    logo = session.get(SettingRecord, "handout_logo")
    try:
        png = base64.b64decode(logo.value, validate=True) if logo else b""
    except (binascii.Error, ValueError):
        png = b""  # a damaged value prints no logo rather than no sheet
    size = page.value if page and page.value in PAGE_SIZES else PAGE_SIZES[0]
    return HandoutSettings(page_size=size, logo_png=png)


def template_key(language: str) -> str:
    """The setting that holds the clinic's own handout text in ``language``."""
    return f"handout_template_{language}"


def load_clinic_handout_template(session: Session, language: str) -> HandoutTemplate:
    """The clinic's own handout text for ``language`` when it has one, else acudesk's."""
    lang = handout_language(language)
    own = session.get(SettingRecord, template_key(lang))
    if own is not None:
        try:
            return parse_handout_template(json.loads(own.value))
        except (HandoutError, ValueError):
            pass  # a damaged row prints acudesk's text rather than no sheet
    return load_handout_template(lang)


CLINIC_LANGUAGE = "clinic_language"  # the key: what acudesk speaks before anyone signs in


def load_clinic_language(session: Session) -> str | None:
    record = session.get(SettingRecord, CLINIC_LANGUAGE)
    return record.value if record is not None and record.value else None


def formats_values(formats: ClinicFormats) -> dict[str, str]:
    """The first run's choices as setting rows."""
    return {
        "phone_region": formats.phone_region.upper(),
        "date_order": formats.date_order.value,
        "page_size": formats.page_size,
        CLINIC_LANGUAGE: formats.language,
    }


def put_settings(session: Session, values: dict[str, str]) -> list[str]:
    """Write each key's value; returns the keys whose value changed."""
    changed = []
    for key, value in values.items():
        record = session.get(SettingRecord, key)
        if record is None:
            session.add(SettingRecord(key=key, value=value))
        elif record.value == value:
            continue
        else:
            record.value = value
        changed.append(key)
    return changed


def compare_and_set(
    session: Session, values: dict[str, str], stored: Mapping[str, tuple[int, str | None]]
) -> tuple[list[str], list[str]]:
    """Write the keys of ``values`` the person changed from what they loaded (``stored``;
    every key when nothing was loaded), each only if its row is still the version they
    loaded: one statement, so nobody's save can slip in between a check and the write.
    Returns (keys written, keys someone else saved since); the caller refuses the whole save
    (and rolls back) when the second is not empty."""
    written, moved = [], []
    for key, value in values.items():
        version, text = stored.get(key, (0, None))
        if key in stored and text == value:
            continue
        if version == 0:
            if session.get(SettingRecord, key) is not None:
                moved.append(key)
                continue
            session.add(SettingRecord(key=key, value=value))
            session.flush()  # a row inserted meanwhile: the primary key refuses this one
        else:
            done = session.execute(
                update(SettingRecord)
                .where(SettingRecord.key == key, SettingRecord.version == version)
                .values(value=value, version=version + 1)
                .execution_options(synchronize_session=False)
            )
            if getattr(done, "rowcount", 0) != 1:
                moved.append(key)
                continue
        written.append(key)
    return written, moved


def delete_setting(session: Session, key: str) -> bool:
    """Remove a setting; False when there was none."""
    record = session.get(SettingRecord, key)
    if record is None:
        return False
    session.delete(record)
    return True
