"""Clinic-wide settings that rules depend on, with their defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from acudesk.domain.dates import DateOrder
from acudesk.domain.i18n import translate
from acudesk.domain.screening import ScreeningSettings

# Not translated by the hook: it is what the client reads and signs, and the signed intake
# keeps it word for word; a clinic writes its own, in its own language, in the settings.
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
    # The rows as loaded, key -> (version, stored text; None when there was no row): a save
    # writes only the keys the person changed, each refused if it moved since it was loaded.
    stored: Mapping[str, tuple[int, str | None]] = field(default_factory=dict, compare=False)


PAGE_SIZES = ("A4", "Letter")
LOGO_MAX_BYTES = 1_000_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True, slots=True)
class HandoutSettings:
    """How the clinic's aftercare sheets look: paper size and the logo in the header."""

    page_size: str = "A4"
    logo_png: bytes = b""  # empty: no logo


def validate_handout_settings(settings: HandoutSettings) -> dict[str, str]:
    errors: dict[str, str] = {}
    if settings.page_size not in PAGE_SIZES:
        errors["page_size"] = translate("settings", "Choose A4 or Letter.")
    if settings.logo_png and not settings.logo_png.startswith(PNG_SIGNATURE):
        errors["logo"] = translate(
            "settings", "The logo must be a picture (PNG, JPEG...): choose another file."
        )
    elif len(settings.logo_png) > LOGO_MAX_BYTES:
        errors["logo"] = translate(
            "settings", "The logo file is too large (1 MB at most): choose a smaller picture."
        )
    return errors


# Where a clinic's country writes the month first, and prints on US Letter paper.
MONTH_FIRST_REGIONS = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI", "UM"})
LETTER_REGIONS = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV", "NI", "BZ"}
)
CLINIC_LANGUAGES = ("en", "it")  # the interface languages (domain.users.INTERFACE_LANGUAGES)


@dataclass(frozen=True, slots=True)
class ClinicFormats:
    """What the first run asks besides the clinic's details: the country (phone numbers
    without +code are read as from there), how dates are typed, the paper, the language."""

    phone_region: str = "GB"
    date_order: DateOrder = DateOrder.DAY_FIRST
    page_size: str = "A4"
    language: str = "en"


def suggested_formats(region: str) -> tuple[DateOrder, str]:
    """The date order and paper most clinics in ``region`` use (a suggestion, changeable)."""
    code = region.upper()
    order = DateOrder.MONTH_FIRST if code in MONTH_FIRST_REGIONS else DateOrder.DAY_FIRST
    return order, "Letter" if code in LETTER_REGIONS else "A4"


def validate_formats(formats: ClinicFormats) -> dict[str, str]:
    errors: dict[str, str] = {}
    region_problem = validate_region(formats.phone_region)
    if region_problem:
        errors["phone_region"] = region_problem
    if formats.page_size not in PAGE_SIZES:
        errors["page_size"] = translate("settings", "Choose A4 or Letter.")
    if formats.language not in CLINIC_LANGUAGES:
        errors["language"] = translate(
            "settings", "Choose one of the languages acudesk is translated into."
        )
    return errors


def validate_region(region: str) -> str | None:
    import phonenumbers

    if region.upper() not in phonenumbers.SUPPORTED_REGIONS:
        return translate(
            "settings", "Choose a country from the list (two letters, e.g. GB, IT, US)."
        )
    return None


# The screens lock themselves after this many minutes without a key or a click (a clinic
# setting, "idle_lock_minutes"): health data is not left on an unattended screen.
IDLE_LOCK_KEY = "idle_lock_minutes"
IDLE_LOCK_DEFAULT_MINUTES = 5
IDLE_LOCK_MINUTES_RANGE = (1, 60)


def validate_idle_lock_minutes(minutes: int) -> str | None:
    low, high = IDLE_LOCK_MINUTES_RANGE
    if not low <= minutes <= high:
        return translate(
            "settings", "Choose between {low} and {high} minutes before the screen locks."
        ).format(low=low, high=high)
    return None
