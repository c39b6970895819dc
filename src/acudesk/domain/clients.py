"""Clients: what reception types, the rules it must pass, and the keys search runs on."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from acudesk.domain.dates import DateOrder, DateParseError, parse_date
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate
from acudesk.domain.text import digits_only, fold

# Each language named in itself, as people pick their own language from a list.
LANGUAGES = {"en": "English", "it": "Italiano"}
MAX_AGE_YEARS = 120
NAME_MAX = 100
NOTE_MAX = 10_000


@dataclass(frozen=True, slots=True)
class ClientInput:
    """A client as typed on the form or read from a file: text, not yet checked."""

    first_name: str = ""
    last_name: str = ""
    preferred_name: str = ""
    date_of_birth: str = ""
    gender: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    emergency_contact: str = ""
    physician: str = ""
    language: str = "en"
    referral_source: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ClientData:
    """A client that passed the rules: names trimmed, phone and email normalised."""

    first_name: str
    last_name: str
    preferred_name: str = ""
    date_of_birth: date | None = None
    gender: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    emergency_contact: str = ""
    physician: str = ""
    language: str = "en"
    referral_source: str = ""
    notes: str = ""

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.preferred_name)


@dataclass(frozen=True, slots=True)
class Client:
    """A stored client, as screens see it."""

    id: int
    version: int
    data: ClientData
    archived: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return self.data.display_name


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One line of the client list."""

    id: int
    first_name: str
    last_name: str
    preferred_name: str
    date_of_birth: date | None
    phone: str
    email: str
    archived: bool

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.preferred_name)


@dataclass(frozen=True, slots=True)
class ClientRules:
    """Clinic settings the client rules depend on, and the day they are applied on.

    ``today`` has no default: it comes from the services' clock, never the wall clock.
    """

    region: str
    date_order: DateOrder
    today: date


def display_name(first: str, last: str, preferred: str = "") -> str:
    name = " ".join(part for part in (first, last) if part)
    if preferred and preferred != first:
        name += f" ({preferred})"
    return name


def _clean_text(value: str, limit: int) -> str:
    # Control characters (other than line breaks) never belong in a record. A printable
    # string has none (nor any other category "C" character), so it is only trimmed.
    if value.isprintable():
        cleaned = value.strip()
    else:
        cleaned = "".join(
            ch for ch in value if ch in "\n\t" or unicodedata.category(ch)[0] != "C"
        ).strip()
    return cleaned[:limit] if len(cleaned) > limit else cleaned


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


def _check_name(value: str, errors: dict[str, str], key: str) -> str:
    name = " ".join(_clean_text(value, 10 * NAME_MAX).split())
    if len(name) > NAME_MAX:
        errors[key] = _name_problems(key)[0].format(limit=NAME_MAX)
    elif any(map(str.isdigit, name)):
        errors[key] = _name_problems(key)[1]
    return name


def normalise_phone(text: str, region: str) -> str:
    """International format (+44 20 7946 0000); raises ValueError with a message."""
    import phonenumbers

    raw = text.strip()
    if len(raw) > 40:
        raise ValueError(translate("clients", "The phone number is too long."))
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
    remember_national_digits(str(international), region, digits_only(national))
    return str(international)


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


def normalise_email(text: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    raw = text.strip()
    if len(raw) > 254:
        raise ValueError(translate("clients", "The email address is too long."))
    try:
        return str(validate_email(raw, check_deliverability=False).normalized)
    except EmailNotValidError as error:
        # The library's own explanation ({reason}) is in English.
        raise ValueError(
            translate("clients", "That email address is not valid: {reason}").format(reason=error)
        ) from None


def check_birth_date(text: str, rules: ClientRules) -> date:
    try:
        born = parse_date(text, rules.date_order, today=rules.today)
    except DateParseError as error:
        raise ValueError(str(error)) from None
    if born > rules.today:
        raise ValueError(translate("clients", "The date of birth is in the future."))
    if rules.today.year - born.year > MAX_AGE_YEARS:
        raise ValueError(
            translate("clients", "The date of birth is more than {years} years ago.").format(
                years=MAX_AGE_YEARS
            )
        )
    return born


def validate_client(value: ClientInput, rules: ClientRules) -> tuple[ClientData, dict[str, str]]:
    """Return the cleaned client and field -> message for every problem (empty when fine)."""
    errors: dict[str, str] = {}
    first = _check_name(value.first_name, errors, "first_name")
    last = _check_name(value.last_name, errors, "last_name")
    preferred = _check_name(value.preferred_name, errors, "preferred_name")
    if not first and not last:
        errors["first_name"] = translate("clients", "Enter the client's name.")
    born: date | None = None
    if value.date_of_birth.strip():
        try:
            born = check_birth_date(value.date_of_birth, rules)
        except ValueError as error:
            errors["date_of_birth"] = str(error)
    phone = ""
    if value.phone.strip():
        try:
            phone = normalise_phone(value.phone, rules.region)
        except ValueError as error:
            errors["phone"] = str(error)
    email = ""
    if value.email.strip():
        try:
            email = normalise_email(value.email)
        except ValueError as error:
            errors["email"] = str(error)
    language = value.language.strip().lower() or "en"
    if language not in LANGUAGES:
        errors["language"] = translate("clients", "Handouts are available in: {languages}.").format(
            languages=", ".join(LANGUAGES.values())
        )
    data = ClientData(
        first_name=first,
        last_name=last,
        preferred_name=preferred,
        date_of_birth=born,
        gender=_clean_text(value.gender, 40),
        phone=phone,
        email=email,
        address=_clean_text(value.address, 500),
        emergency_contact=_clean_text(value.emergency_contact, 500),
        physician=_clean_text(value.physician, 500),
        language=language,
        referral_source=_clean_text(value.referral_source, 120),
        notes=_clean_text(value.notes, NOTE_MAX),
    )
    return data, errors


def phone_search_digits(phone: str, region: str) -> list[str]:
    """Digit strings a person may type for this number: international and national forms."""
    if not phone:
        return []
    forms = [digits_only(phone)]
    known = _NATIONAL_DIGITS.pop((phone, region), None)
    if known is not None:
        forms.append(known)
    else:
        try:
            import phonenumbers

            number = phonenumbers.parse(phone, region)
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            forms.append(digits_only(national))
        except Exception:  # a stored number is already normalised; a failure drops a form
            pass
    return list(dict.fromkeys(f for f in forms if f))


def search_key(data: ClientData, region: str) -> str:
    """Everything search matches on, folded: names, email, phone digits, date of birth."""
    parts = [fold(data.first_name), fold(data.last_name), fold(data.preferred_name)]
    parts.append(data.email.lower())
    parts.extend(phone_search_digits(data.phone, region))
    if data.date_of_birth:
        parts.append(data.date_of_birth.isoformat())
    return " ".join(p for p in parts if p)


def sort_key(data: ClientData) -> str:
    return f"{fold(data.last_name)}\x1f{fold(data.first_name)}"


def client_keys(data: ClientData, region: str) -> dict[str, str]:
    """The folded keys a client row carries: duplicates (name, phone digits, email), the list's
    order and the search text."""
    return {
        "name_key": f"{fold(data.first_name)} {fold(data.last_name)}",
        "phone_digits": digits_only(data.phone),
        "email_key": data.email.lower(),
        "sort_key": sort_key(data),
        "search_key": search_key(data, region),
    }


def search_terms(query: str, rules: ClientRules) -> list[str]:
    """Split what was typed into terms that each must appear in the search key.

    A date in any accepted format becomes ISO; a phone number (digits with spaces, dashes,
    brackets, +) becomes its digits, however it was formatted.
    """
    text = query.strip()[:200]
    if not text:
        return []
    try:
        return [parse_date(text, rules.date_order, today=rules.today).isoformat()]
    except DateParseError:
        pass
    digits = digits_only(text)
    if len(digits) >= 3 and all(ch.isdigit() or ch in " +-()./" for ch in text):
        return [_phone_term(text, digits)]
    return [t for t in fold(text).split() if t][:8]


def _phone_term(text: str, digits: str) -> str:
    """The digits to look for. "+44 20..." and a whole "0044 20..." are international
    numbers, stored without the prefix; anything else is a fragment matched as typed, so
    "0001" finds the numbers ending 0001 (a leading "00" there is not a prefix)."""
    if text.startswith("+"):
        return digits
    international = (
        digits.startswith("00") and len(digits) >= INTERNATIONAL_MIN_DIGITS and digits[2] != "0"
    )
    return digits[2:] if international else digits


# "00" + a country code + a few digits of the number: shorter is read as a fragment.
INTERNATIONAL_MIN_DIGITS = 7


# Lower case: they are listed inside a sentence ("... saved changes to this client (phone,
# email)").
CLIENT_FIELD_LABELS = LazyTexts(
    "clients",
    {
        "first_name": QT_TRANSLATE_NOOP("clients", "first name"),
        "last_name": QT_TRANSLATE_NOOP("clients", "last name"),
        "preferred_name": QT_TRANSLATE_NOOP("clients", "preferred name"),
        "date_of_birth": QT_TRANSLATE_NOOP("clients", "date of birth"),
        "gender": QT_TRANSLATE_NOOP("clients", "gender"),
        "phone": QT_TRANSLATE_NOOP("clients", "phone"),
        "email": QT_TRANSLATE_NOOP("clients", "email"),
        "address": QT_TRANSLATE_NOOP("clients", "address"),
        "emergency_contact": QT_TRANSLATE_NOOP("clients", "emergency contact"),
        "physician": QT_TRANSLATE_NOOP("clients", "physician"),
        "language": QT_TRANSLATE_NOOP("clients", "handout language"),
        "referral_source": QT_TRANSLATE_NOOP("clients", "how they heard of us"),
        "notes": QT_TRANSLATE_NOOP("clients", "notes"),
    },
)


def changed_fields(before: ClientData, after: ClientData) -> list[str]:
    """Labels of the fields that differ, in form order (in English inside ``in_english()``,
    as the audit log keeps them)."""
    return [
        label
        for name, label in CLIENT_FIELD_LABELS.items()
        if getattr(before, name) != getattr(after, name)
    ]


def age_on(born: date | None, today: date) -> int | None:
    """Whole years of age on ``today`` (None when the date of birth is unknown)."""
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
