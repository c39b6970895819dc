"""Clinic-wide settings that rules depend on, with their defaults."""

from __future__ import annotations

from dataclasses import dataclass, field

from acudesk.domain.dates import DateOrder
from acudesk.domain.screening import ScreeningSettings

DEFAULT_CONSENT_TEXT = (
    "I understand that cosmetic acupuncture places fine, sterile, single-use needles in the "
    "skin of the face and, where agreed, the body. Small bruises, redness or a drop of blood "
    "at a needle site can happen and usually fade within hours to a few days. Rarely, a person "
    "feels faint or light-headed. I have told the practitioner about my health, medicines, "
    "allergies and recent cosmetic treatments, and I will tell them if anything changes. I "
    "understand that results vary and are not guaranteed, that I may ask questions at any time, "
    "and that I may stop the treatment whenever I wish."
)


@dataclass(frozen=True, slots=True)
class ClinicSettings:
    phone_region: str = "GB"
    date_order: DateOrder = DateOrder.DAY_FIRST
    consent_text: str = DEFAULT_CONSENT_TEXT
    screening: ScreeningSettings = field(default_factory=ScreeningSettings)


def validate_region(region: str) -> str | None:
    import phonenumbers

    if region.upper() not in phonenumbers.SUPPORTED_REGIONS:
        return "Choose a country from the list (two letters, e.g. GB, IT, US)."
    return None
