"""Clients: what reception types, the rules it must pass, and the keys search runs on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from acudesk.domain.client_text import check_name, clean_text
from acudesk.domain.dates import DateOrder, DateParseError, parse_date
from acudesk.domain.email_plain import plain_address
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate
from acudesk.domain.phones import normalise_phone, phone_search_digits
from acudesk.domain.reminders import NO_CONSENT, ReminderConsent, consent_as_given, consent_problems
from acudesk.domain.text import digits_only, fold

# Each language named in itself, as people pick their own language from a list.
LANGUAGES = {"en": "English", "it": "Italiano"}
MAX_AGE_YEARS = 120
NOTE_MAX = 10_000
# What each free-text field holds (characters); longer text is refused, never cut.
TEXT_LIMITS = {
    "gender": 40,
    "address": 500,
    "emergency_contact": 500,
    "physician": 500,
    "referral_source": 120,
    "notes": NOTE_MAX,
}
# The folded keys' columns (store/models.py ClientRecord).
KEY_LIMITS = {"name_key": 210, "sort_key": 210, "search_key": 700}


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
    reminder_email: bool = False  # agrees to appointment reminders by email
    reminder_sms: bool = False


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
    reminders: ReminderConsent = NO_CONSENT

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


def normalise_email(text: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    raw = text.strip()
    if len(raw) > 254:
        raise ValueError(translate("clients", "The email address is too long."))
    plain = plain_address(raw)
    if plain is not None:
        return plain
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


def validate_client(
    value: ClientInput, rules: ClientRules, consent_before: ReminderConsent = NO_CONSENT
) -> tuple[ClientData, dict[str, str]]:
    """Return the cleaned client and field -> message for every problem (empty when fine);
    a reminder consent kept from ``consent_before`` keeps its day, a new one is dated today."""
    data, errors, _keys = validate_keyed(value, rules, consent_before)
    return data, errors


def _validate(
    value: ClientInput, rules: ClientRules, consent_before: ReminderConsent
) -> tuple[ClientData, dict[str, str]]:
    errors: dict[str, str] = {}
    first = check_name(value.first_name, errors, "first_name")
    last = check_name(value.last_name, errors, "last_name")
    preferred = check_name(value.preferred_name, errors, "preferred_name")
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
    texts = {name: clean_text(getattr(value, name)) for name in TEXT_LIMITS}
    for name, limit in TEXT_LIMITS.items():
        if len(texts[name]) > limit:
            #: Shown next to a field whose text is longer than the field holds.
            errors[name] = translate("clients", "This is too long ({limit} characters at most).")
            errors[name] = errors[name].format(limit=f"{limit:,}")
    errors.update(
        consent_problems(value.reminder_email, value.email, value.reminder_sms, value.phone)
    )
    data = ClientData(
        first_name=first,
        last_name=last,
        preferred_name=preferred,
        date_of_birth=born,
        phone=phone,
        email=email,
        language=language,
        reminders=consent_as_given(
            consent_before, value.reminder_email, value.reminder_sms, rules.today
        ),
        **texts,
    )
    return data, errors


def validate_keyed(
    value: ClientInput, rules: ClientRules, consent_before: ReminderConsent = NO_CONSENT
) -> tuple[ClientData, dict[str, str], dict[str, str] | None]:
    """``validate_client``, and the keys of a client that passed (None otherwise), worked
    out once for both: a file's rows need them all."""
    data, errors = _validate(value, rules, consent_before)
    if errors:
        return data, errors, None
    keys = client_keys(data, rules.region)
    _check_keys_fit(keys, errors)
    return data, errors, None if errors else keys


def _check_keys_fit(keys: dict[str, str], errors: dict[str, str]) -> None:
    """Search keys spell letters out ("ß" is "ss", "ﬃ" is "ffi"): a name within its limit
    can make a key longer than its column, which the form refuses rather than the database."""
    if any(len(keys[k]) > limit for k, limit in KEY_LIMITS.items()):
        errors["last_name"] = translate(
            "clients",
            "This name is too long for the client list once its letters are spelled out "
            "for search (ß as ss, for example): shorten it.",
        )


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
        "reminders": QT_TRANSLATE_NOOP("clients", "reminder consent"),
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
