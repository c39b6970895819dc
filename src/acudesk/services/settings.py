"""Clinic settings stored as key/value rows: phone region, date order, consent text, screening,
and the aftercare sheets (paper, logo, the clinic's own handout texts)."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.dates import DateOrder
from acudesk.domain.errors import ValidationError
from acudesk.domain.handouts import (
    LANGUAGES as HANDOUT_LANGUAGES,
)
from acudesk.domain.handouts import (
    HandoutError,
    HandoutTemplate,
    advice_problems,
    handout_language,
    handout_template_to_raw,
    load_handout_template,
    parse_handout_template,
)
from acudesk.domain.intake import ProcedureKind
from acudesk.domain.screening import ScreeningSettings, Severity, validate_settings
from acudesk.domain.settings import (
    DEFAULT_CONSENT_TEXT,
    PAGE_SIZES,
    ClinicSettings,
    HandoutSettings,
    validate_handout_settings,
    validate_region,
)
from acudesk.domain.users import Permission, User
from acudesk.services import audit
from acudesk.services.guard import require
from acudesk.services.work import Service
from acudesk.store.models import SettingRecord


def _screening_from_json(text: str | None) -> ScreeningSettings:
    if not text:
        return ScreeningSettings()
    raw: dict[str, Any] = json.loads(text)
    severities = {k: Severity(v) for k, v in raw.get("severities", {}).items()}
    waits = {ProcedureKind(k): int(v) for k, v in raw.get("waiting_days", {}).items()}
    return ScreeningSettings(severities, waits, int(raw.get("review_months", 12)))


def _screening_to_json(settings: ScreeningSettings) -> str:
    return json.dumps(
        {
            "severities": {k: v.value for k, v in settings.severities.items()},
            "waiting_days": {k.value: v for k, v in settings.waiting_days.items()},
            "review_months": settings.review_months,
        },
        sort_keys=True,
    )


def load_settings(session: Session) -> ClinicSettings:
    values = {r.key: r.value for r in session.scalars(select(SettingRecord))}
    try:
        order = DateOrder(values.get("date_order", DateOrder.DAY_FIRST.value))
    except ValueError:
        order = DateOrder.DAY_FIRST
    return ClinicSettings(
        phone_region=values.get("phone_region", "GB"),
        date_order=order,
        consent_text=values.get("consent_text") or DEFAULT_CONSENT_TEXT,
        screening=_screening_from_json(values.get("screening")),
    )


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


def _template_key(language: str) -> str:
    return f"handout_template_{language}"


def load_clinic_handout_template(session: Session, language: str) -> HandoutTemplate:
    """The clinic's own handout text for ``language`` when it has one, else acudesk's."""
    lang = handout_language(language)
    own = session.get(SettingRecord, _template_key(lang))
    if own is not None:
        try:
            return parse_handout_template(json.loads(own.value))
        except (HandoutError, ValueError):
            pass  # a damaged row prints acudesk's text rather than no sheet
    return load_handout_template(lang)


def _check_language(language: str) -> None:
    if language not in HANDOUT_LANGUAGES:
        raise ValidationError({"language": "Handout texts are in English or Italian."})


def _checked_template(language: str, template: HandoutTemplate | dict[str, Any]) -> HandoutTemplate:
    """``template`` parsed and checked as a clinic's text for ``language``, or ValidationError."""
    _check_language(language)
    if isinstance(template, HandoutTemplate):
        errors = advice_problems(template)
        if errors:
            raise ValidationError(errors)
        template = handout_template_to_raw(template)
    try:
        parsed = parse_handout_template(template)
    except HandoutError as error:
        raise ValidationError({"template": f"This handout text cannot be used. {error}"}) from None
    if parsed.language != language:
        raise ValidationError(
            {"template": f"This handout text is for {parsed.language!r}, not {language!r}."}
        )
    return parsed


def _put(session: Session, values: dict[str, str]) -> list[str]:
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


class SettingsService(Service):
    def current(self) -> ClinicSettings:
        with self._db.read_only() as session:
            return load_settings(session)

    def update(self, actor: User, settings: ClinicSettings) -> ClinicSettings:
        require(actor, Permission.MANAGE_CLINIC)
        errors = {f"screening.{k}": v for k, v in validate_settings(settings.screening).items()}
        region_problem = validate_region(settings.phone_region)
        if region_problem:
            errors["phone_region"] = region_problem
        if not settings.consent_text.strip():
            errors["consent_text"] = "The consent text cannot be empty."
        elif len(settings.consent_text) > 20_000:
            errors["consent_text"] = "The consent text is too long (20,000 characters at most)."
        if errors:
            raise ValidationError(errors)
        values = {
            "phone_region": settings.phone_region.upper(),
            "date_order": settings.date_order.value,
            "consent_text": settings.consent_text.strip(),
            "screening": _screening_to_json(settings.screening),
        }
        with self._work(actor) as work:
            session = work.session
            work.changed(Changes.of(settings=_put(session, values)))
            audit.record(session, actor, AuditAction.UPDATE, "settings", "", clock=self._clock)
            return load_settings(session)

    def handouts(self) -> HandoutSettings:
        with self._db.read_only() as session:
            return load_handout_settings(session)

    def update_handouts(self, actor: User, settings: HandoutSettings) -> HandoutSettings:
        """Paper size and logo of the aftercare sheets (administrators)."""
        require(actor, Permission.MANAGE_CLINIC)
        errors = validate_handout_settings(settings)
        if errors:
            raise ValidationError(errors)
        values = {
            "page_size": settings.page_size,
            "handout_logo": base64.b64encode(settings.logo_png).decode("ascii"),
        }
        with self._work(actor) as work:
            session = work.session
            work.changed(Changes.of(settings=_put(session, values)))
            logo = f"logo {len(settings.logo_png):,} bytes" if settings.logo_png else "no logo"
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "settings",
                "handouts",
                f"{settings.page_size}, {logo}",
                clock=self._clock,
            )
            return load_handout_settings(session)

    def handout_template(self, language: str) -> HandoutTemplate:
        """The handout text the sheets use in ``language``: the clinic's own, else acudesk's."""
        with self._db.read_only() as session:
            return load_clinic_handout_template(session, language)

    def update_handout_template(
        self, actor: User, language: str, template: HandoutTemplate | dict[str, Any]
    ) -> HandoutTemplate:
        """Keep the clinic's own handout text for ``language`` (administrators); ``template``
        is a HandoutTemplate or its JSON form, checked as the shipped files are."""
        require(actor, Permission.MANAGE_CLINIC)
        parsed = _checked_template(language, template)
        raw = json.dumps(handout_template_to_raw(parsed), ensure_ascii=False, sort_keys=True)
        with self._work(actor) as work:
            session = work.session
            work.changed(Changes.of(settings=_put(session, {_template_key(language): raw})))
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "settings",
                _template_key(language),
                "the clinic's own handout text",
                clock=self._clock,
            )
            return load_clinic_handout_template(session, language)

    def reset_handout_template(self, actor: User, language: str) -> HandoutTemplate:
        """Drop the clinic's handout text for ``language``: acudesk's text prints again."""
        require(actor, Permission.MANAGE_CLINIC)
        _check_language(language)
        with self._work(actor) as work:
            session = work.session
            own = session.get(SettingRecord, _template_key(language))
            if own is not None:
                session.delete(own)
                work.changed(Changes.of(settings=[own.key]))
            audit.record(
                session,
                actor,
                AuditAction.DELETE,
                "settings",
                _template_key(language),
                "back to acudesk's handout text",
                clock=self._clock,
            )
            return load_handout_template(language)
