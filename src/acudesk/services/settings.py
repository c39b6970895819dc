"""Clinic settings stored as key/value rows: phone region, date order, consent text, screening,
and the aftercare sheets (paper, logo, the clinic's own handout texts)."""

from __future__ import annotations

import base64
import json
from typing import Any

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.errors import CLINIC_SETTINGS, ConflictError, ValidationError
from acudesk.domain.handouts import (
    LANGUAGES as HANDOUT_LANGUAGES,
)
from acudesk.domain.handouts import (
    HandoutError,
    HandoutTemplate,
    advice_problems,
    handout_template_to_raw,
    load_handout_template,
    parse_handout_template,
)
from acudesk.domain.i18n import translate
from acudesk.domain.screening import validate_settings
from acudesk.domain.settings import (
    IDLE_LOCK_DEFAULT_MINUTES,
    IDLE_LOCK_KEY,
    ClinicSettings,
    HandoutSettings,
    validate_handout_settings,
    validate_idle_lock_minutes,
    validate_region,
)
from acudesk.domain.text import unstorable_fields
from acudesk.domain.users import Permission, User
from acudesk.services.guard import require
from acudesk.services.work import Service
from acudesk.store.audit import last_change
from acudesk.store.models import SettingRecord
from acudesk.store.settings import (
    compare_and_set,
    delete_setting,
    load_clinic_handout_template,
    load_clinic_language,
    load_handout_settings,
    load_settings,
    put_settings,
    screening_to_json,
    template_key,
)


def _check_language(language: str) -> None:
    if language not in HANDOUT_LANGUAGES:
        raise ValidationError(
            {"language": translate("settings", "Handout texts are in English or Italian.")}
        )


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
        #: {problems} lists what is wrong with the file, in the file's own terms (English).
        unusable = translate("settings", "This handout text cannot be used. {problems}")
        raise ValidationError({"template": unusable.format(problems=error)}) from None
    if parsed.language != language:
        #: {found} and {wanted} are language codes: 'it', 'en'.
        wrong = translate("settings", "This handout text is for {found}, not {wanted}.")
        raise ValidationError(
            {"template": wrong.format(found=repr(parsed.language), wanted=repr(language))}
        )
    return parsed


class SettingsService(Service):
    def current(self) -> ClinicSettings:
        with self._db.read_only() as session:
            return load_settings(session)

    def update(self, actor: User, settings: ClinicSettings) -> ClinicSettings:
        require(actor, Permission.MANAGE_CLINIC)  # before reading the input; again, as now, below
        errors = {f"screening.{k}": v for k, v in validate_settings(settings.screening).items()}
        region_problem = validate_region(settings.phone_region)
        if region_problem:
            errors["phone_region"] = region_problem
        if not settings.consent_text.strip():
            errors["consent_text"] = translate("settings", "The consent text cannot be empty.")
        elif len(settings.consent_text) > 20_000:
            errors["consent_text"] = translate(
                "settings", "The consent text is too long (20,000 characters at most)."
            )
        errors.update(unstorable_fields({"consent_text": settings.consent_text}))
        if errors:
            raise ValidationError(errors)
        values = {
            "phone_region": settings.phone_region.upper(),
            "date_order": settings.date_order.value,
            "consent_text": settings.consent_text.strip(),
            "screening": screening_to_json(settings.screening),
        }
        with self._work(actor, Permission.MANAGE_CLINIC, what=CLINIC_SETTINGS) as work:
            written, moved = compare_and_set(work.session, values, settings.stored)
            if moved:
                last = last_change(work.session, "settings", "")
                raise ConflictError.saved_elsewhere(
                    CLINIC_SETTINGS.words(),
                    by=last.by if last else None,
                    at=last.at if last else None,
                    today=self._clock().date(),
                )
            work.changed(Changes.of(settings=written))
            work.audit(AuditAction.UPDATE, "settings")
            return load_settings(work.session)

    def clinic_language(self) -> str | None:
        """The language chosen at first run: what the sign-in speaks to a clinic's computer
        before anyone signs in (None: never chosen, the computer's own)."""
        with self._db.read_only() as session:
            return load_clinic_language(session)

    def idle_lock_minutes(self) -> int:
        """Minutes without a key or a click before the screens lock (one key of its own)."""
        with self._db.read_only() as session:
            stored = session.get(SettingRecord, IDLE_LOCK_KEY)
            value = stored.value if stored is not None else None
        try:
            minutes = int(value) if value is not None else IDLE_LOCK_DEFAULT_MINUTES
        except ValueError:
            return IDLE_LOCK_DEFAULT_MINUTES
        return minutes if validate_idle_lock_minutes(minutes) is None else IDLE_LOCK_DEFAULT_MINUTES

    def set_idle_lock_minutes(self, actor: User, minutes: int) -> int:
        require(actor, Permission.MANAGE_CLINIC)
        problem = validate_idle_lock_minutes(minutes)
        if problem:
            raise ValidationError({"idle_lock_minutes": problem})
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            changed = put_settings(work.session, {IDLE_LOCK_KEY: str(minutes)})
            work.changed(Changes.of(settings=changed))
            work.audit(AuditAction.UPDATE, "settings", f"{minutes} min", entity_id=IDLE_LOCK_KEY)
            return minutes

    def handouts(self) -> HandoutSettings:
        with self._db.read_only() as session:
            return load_handout_settings(session)

    def update_handouts(self, actor: User, settings: HandoutSettings) -> HandoutSettings:
        """Paper size and logo of the aftercare sheets (administrators)."""
        require(actor, Permission.MANAGE_CLINIC)  # before reading the input; again, as now, below
        errors = validate_handout_settings(settings)
        if errors:
            raise ValidationError(errors)
        values = {
            "page_size": settings.page_size,
            "handout_logo": base64.b64encode(settings.logo_png).decode("ascii"),
        }
        logo = f"logo {len(settings.logo_png):,} bytes" if settings.logo_png else "no logo"
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            work.changed(Changes.of(settings=put_settings(work.session, values)))
            detail = f"{settings.page_size}, {logo}"
            work.audit(AuditAction.UPDATE, "settings", detail, entity_id="handouts")
            return load_handout_settings(work.session)

    def handout_template(self, language: str) -> HandoutTemplate:
        """The handout text the sheets use in ``language``: the clinic's own, else acudesk's."""
        with self._db.read_only() as session:
            return load_clinic_handout_template(session, language)

    def update_handout_template(
        self, actor: User, language: str, template: HandoutTemplate | dict[str, Any]
    ) -> HandoutTemplate:
        """Keep the clinic's own handout text for ``language`` (administrators); ``template``
        is a HandoutTemplate or its JSON form, checked as the shipped files are."""
        require(actor, Permission.MANAGE_CLINIC)  # before reading the input; again, as now, below
        parsed = _checked_template(language, template)
        raw = json.dumps(handout_template_to_raw(parsed), ensure_ascii=False, sort_keys=True)
        key = template_key(language)
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            work.changed(Changes.of(settings=put_settings(work.session, {key: raw})))
            work.audit(
                AuditAction.UPDATE, "settings", "the clinic's own handout text", entity_id=key
            )
            return load_clinic_handout_template(work.session, language)

    def reset_handout_template(self, actor: User, language: str) -> HandoutTemplate:
        """Drop the clinic's handout text for ``language``: acudesk's text prints again."""
        require(actor, Permission.MANAGE_CLINIC)  # before reading the input; again, as now, below
        _check_language(language)
        key = template_key(language)
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            if delete_setting(work.session, key):
                work.changed(Changes.of(settings=[key]))
            work.audit(
                AuditAction.DELETE, "settings", "back to acudesk's handout text", entity_id=key
            )
            return load_handout_template(language)
