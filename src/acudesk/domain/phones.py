"""Phone numbers as clients give them: checked and written in the international form, and the
digit strings a person may type to find the client (international and national forms).
"""

from __future__ import annotations

import functools
from typing import Any

from acudesk.domain.i18n import translate
from acudesk.domain.text import digits_only


def normalise_phone(text: str, region: str) -> str:
    """International format (+44 20 7946 0000); raises ValueError with a message."""
    raw = text.strip()
    if len(raw) > 40:
        raise ValueError(translate("clients", "The phone number is too long."))
    international, national_digits = _phone_forms(raw, region)
    remember_national_digits(international, region, national_digits)
    return international


# A pure function of its arguments, memoised: a client list often gives one number on many
# lines (a family, a business), and checking a number costs more than writing its row. A
# refused number raises, which the memo does not keep: its message is in the language of now.
@functools.lru_cache(maxsize=65536)
def _phone_forms(raw: str, region: str) -> tuple[str, str]:
    """(international form, digits of the national form) of a number written ``raw``."""
    phonenumbers = _library()
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        raise ValueError(
            translate(
                "clients",
                "That is not a phone number. Include the country code (+39 ...) for a number "
                "from another country.",
            )
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError(
            translate(
                "clients",
                "That phone number does not exist for its country: check the digits "
                "(and the +country code for a number from abroad).",
            )
        )
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return str(international), digits_only(national)


@functools.cache
def _library() -> Any:
    """The phonenumbers library, keeping the patterns of its metadata compiled: left to the
    ``re`` module's small cache, checking a number compiled some of them again each time
    (a sixth of the time a number takes)."""
    import phonenumbers

    keep_patterns = getattr(phonenumbers, "enable_pattern_cache", None)  # 9.0.43 and later
    if keep_patterns is not None:
        keep_patterns()
    return phonenumbers


# International number -> the digits of its national form, as normalise_phone saw them: the
# search key of a client just checked needs them, and parsing the number a second time to get
# them cost as much as checking it. A memo of a pure function, kept small.
_NATIONAL_DIGITS: dict[tuple[str, str], str] = {}
_NATIONAL_KEPT = 4096


def remember_national_digits(international: str, region: str, digits: str) -> None:
    """Say what the national form of a number is, for the search key worked out next (whoever
    produced the number knows: normalise_phone, or a generator of numbers of one country)."""
    if len(_NATIONAL_DIGITS) >= _NATIONAL_KEPT:
        _NATIONAL_DIGITS.clear()
    _NATIONAL_DIGITS[(international, region)] = digits


def phone_search_digits(phone: str, region: str) -> list[str]:
    """Digit strings a person may type for this number: international and national forms."""
    if not phone:
        return []
    forms = [digits_only(phone)]
    known = _NATIONAL_DIGITS.get((phone, region))  # kept: a row's keys may be asked twice
    if known is not None:
        forms.append(known)
    else:
        try:
            phonenumbers = _library()
            number = phonenumbers.parse(phone, region)
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            forms.append(digits_only(national))
        except Exception:  # a stored number is already normalised; a failure drops a form
            pass
    return list(dict.fromkeys(f for f in forms if f))
