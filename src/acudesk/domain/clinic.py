"""The clinic's own details, printed on handouts and shown in the title bar."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClinicDetails:
    name: str
    address: str = ""
    phone: str = ""
    is_demo: bool = False


def validate_clinic(details: ClinicDetails) -> dict[str, str]:
    errors: dict[str, str] = {}
    name = details.name.strip()
    if not name:
        errors["name"] = "Enter the clinic's name: it is printed on every handout."
    elif len(name) > 120:
        errors["name"] = "The clinic name is too long (120 characters at most)."
    if len(details.address) > 500:
        errors["address"] = "The address is too long (500 characters at most)."
    phone = details.phone.strip()
    if phone and not any(ch.isdigit() for ch in phone):
        errors["phone"] = "The phone number needs digits."
    elif len(phone) > 40:
        errors["phone"] = "The phone number is too long."
    return errors
