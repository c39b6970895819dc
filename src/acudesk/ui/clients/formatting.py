"""How client values read on screen: dates in the clinic's order, age, a one-line summary."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox

from acudesk.domain.clients import ClientData, ClientInput, age_on
from acudesk.domain.dates import DateOrder
from acudesk.ui.i18n import translate

_PATTERNS = {DateOrder.DAY_FIRST: "%d/%m/%Y", DateOrder.MONTH_FIRST: "%m/%d/%Y"}
_EXAMPLE_BIRTH = date(1985, 3, 24)


def date_text(value: date | None, order: DateOrder) -> str:
    return "" if value is None else value.strftime(_PATTERNS[order])


def date_hint(order: DateOrder) -> str:
    example = date_text(_EXAMPLE_BIRTH, order)
    if order is DateOrder.DAY_FIRST:
        return translate("ClientFormatting", "Day/month/year, e.g. {example}").format(
            example=example
        )
    return translate("ClientFormatting", "Month/day/year, e.g. {example}").format(example=example)


def birth_text(born: date | None, order: DateOrder, today: date) -> str:
    """``24/03/1985 (41)``: what the list shows in its date of birth column."""
    if born is None:
        return ""
    return f"{date_text(born, order)}  ({age_on(born, today)})"


def age_text(born: date | None, today: date) -> str:
    age = age_on(born, today)
    return "" if age is None else translate("ClientFormatting", "%n years old", None, age)


def summary(data: ClientData, order: DateOrder, today: date) -> str:
    """The line under a client's name: age and date of birth, phone, email."""
    parts = []
    if data.date_of_birth is not None:
        parts.append(
            translate("ClientFormatting", "{age} · born {date}").format(
                age=age_text(data.date_of_birth, today),
                date=date_text(data.date_of_birth, order),
            )
        )
    parts += [p for p in (data.phone, data.email) if p]
    return "   ·   ".join(parts) or translate(
        "ClientFormatting", "No date of birth, phone or email on record"
    )


def to_input(data: ClientData, order: DateOrder) -> ClientInput:
    """The stored client as the form shows it (all text), so edits start from what is saved."""
    return ClientInput(
        first_name=data.first_name,
        last_name=data.last_name,
        preferred_name=data.preferred_name,
        date_of_birth=date_text(data.date_of_birth, order),
        gender=data.gender,
        phone=data.phone,
        email=data.email,
        address=data.address,
        emergency_contact=data.emergency_contact,
        physician=data.physician,
        language=data.language,
        referral_source=data.referral_source,
        notes=data.notes,
        reminder_email=data.reminders.email_since is not None,
        reminder_sms=data.reminders.sms_since is not None,
    )


def consent_tip(since: date | None, order: DateOrder) -> tuple[str, str]:
    """A reminder consent box's tip, and its words after the box ("" when not agreed)."""
    if since is None:
        tip = translate(
            "ClientFormatting",
            "Tick when the client agrees to be reminded of appointments this way; the day is kept.",
        )
        return tip, ""
    day = date_text(since, order)
    agreed = translate("ClientFormatting", "agreed on {date}").format(date=day)
    tip = translate("ClientFormatting", "The client agreed to these reminders on {date}.")
    return tip.format(date=day), agreed


def show_consent(check: QCheckBox, checked: bool, since: date | None, order: DateOrder) -> None:
    """A reminder consent box: ticked or not, its own words, then the day the client agreed."""
    tip, agreed = consent_tip(since, order)
    base = check.property("consentWords") or check.text()
    check.setProperty("consentWords", base)
    check.setChecked(checked)
    check.setToolTip(tip)
    check.setText(f"{base}  ·  {agreed}" if agreed else base)
