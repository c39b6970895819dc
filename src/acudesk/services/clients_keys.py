"""Column values for a client row, keys included: one place, for the service, demo and import."""

from __future__ import annotations

from typing import Any

from acudesk.domain.clients import ClientData, search_key, sort_key
from acudesk.domain.text import digits_only, fold


def client_columns(data: ClientData, region: str) -> dict[str, Any]:
    return {
        "first_name": data.first_name,
        "last_name": data.last_name,
        "preferred_name": data.preferred_name,
        "date_of_birth": data.date_of_birth,
        "gender": data.gender,
        "phone": data.phone,
        "email": data.email,
        "address": data.address,
        "emergency_contact": data.emergency_contact,
        "physician": data.physician,
        "language": data.language,
        "referral_source": data.referral_source,
        "notes": data.notes,
        "name_key": f"{fold(data.first_name)} {fold(data.last_name)}",
        "phone_digits": digits_only(data.phone),
        "email_key": data.email.lower(),
        "sort_key": sort_key(data),
        "search_key": search_key(data, region),
    }
