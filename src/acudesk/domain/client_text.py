"""A client's free text as typed: control characters dropped, spaces trimmed, names checked
for length and digits. Text is never cut: what is too long is refused where it is checked."""

from __future__ import annotations

import unicodedata

from acudesk.domain.i18n import translate

NAME_MAX = 100


def clean_text(value: str, limit: int = 0) -> str:
    # Control characters (other than line breaks) never belong in a record. A printable
    # string has none (nor any other category "C" character), so it is only trimmed.
    if value.isprintable():
        cleaned = value.strip()
    else:
        cleaned = "".join(
            ch for ch in value if ch in "\n\t" or unicodedata.category(ch)[0] != "C"
        ).strip()
    return cleaned  # never cut: validate_client refuses what is longer than ``limit``


def _name_problems(key: str) -> tuple[str, str]:
    """(too long, has digits) for one name field: whole sentences, so that each language can
    agree its words with the field's name."""
    if key == "first_name":
        return (
            translate("clients", "The first name is too long ({limit} characters at most)."),
            translate("clients", "The first name has digits in it: check it."),
        )
    if key == "last_name":
        return (
            translate("clients", "The last name is too long ({limit} characters at most)."),
            translate("clients", "The last name has digits in it: check it."),
        )
    return (
        translate("clients", "The preferred name is too long ({limit} characters at most)."),
        translate("clients", "The preferred name has digits in it: check it."),
    )


def check_name(value: str, errors: dict[str, str], key: str) -> str:
    name = " ".join(clean_text(value).split())
    if len(name) > NAME_MAX:
        errors[key] = _name_problems(key)[0].format(limit=NAME_MAX)
    elif any(map(str.isdigit, name)):
        errors[key] = _name_problems(key)[1]
    return name
