"""The clinic's own details, printed on handouts and shown in the title bar."""

from __future__ import annotations

from dataclasses import dataclass, field

from acudesk.domain.i18n import translate
from acudesk.domain.text import unstorable_fields


@dataclass(frozen=True, slots=True)
class ClinicDetails:
    name: str
    address: str = ""
    phone: str = ""
    is_demo: bool = False
    # The row's version when loaded: a save is refused if someone saved the details since.
    version: int = field(default=0, compare=False)


def validate_clinic(details: ClinicDetails) -> dict[str, str]:
    errors: dict[str, str] = {}
    name = details.name.strip()
    if not name:
        errors["name"] = translate(
            "clinic", "Enter the clinic's name: it is printed on every handout."
        )
    elif len(name) > 120:
        errors["name"] = translate(
            "clinic", "The clinic name is too long ({limit} characters at most)."
        ).format(limit=120)
    if len(details.address) > 500:
        errors["address"] = translate(
            "clinic", "The address is too long ({limit} characters at most)."
        ).format(limit=500)
    phone = details.phone.strip()
    if phone and not any(ch.isdigit() for ch in phone):
        errors["phone"] = translate("clinic", "The phone number needs digits.")
    elif len(phone) > 40:
        errors["phone"] = translate("clinic", "The phone number is too long.")
    fields = {"name": details.name, "address": details.address, "phone": details.phone}
    errors.update(unstorable_fields(fields))
    return errors
