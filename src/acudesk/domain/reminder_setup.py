"""How a clinic sends its reminders: its own SMTP server, an SMS gateway, and the rules.

The SMTP password is not here: it lives in the operating system's keyring (services).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import time
from typing import Any

from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate
from acudesk.domain.reminder_templates import TemplateError, placeholders_in
from acudesk.domain.reminders import ReminderRules, validate_rules


class Security(enum.StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"
    NONE = "none"

    @property
    def label(self) -> str:
        return SECURITY_LABELS[self]


SECURITY_LABELS = LazyTexts(
    "reminders",
    {
        Security.STARTTLS: QT_TRANSLATE_NOOP("reminders", "STARTTLS (port 587)"),
        Security.TLS: QT_TRANSLATE_NOOP("reminders", "TLS (port 465)"),
        Security.NONE: QT_TRANSLATE_NOOP("reminders", "None (local server only)"),
    },
)


class GatewayKind(enum.StrEnum):
    NONE = "none"
    HTTP = "http"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return GATEWAY_LABELS[self]


GATEWAY_LABELS = LazyTexts(
    "reminders",
    {
        GatewayKind.NONE: QT_TRANSLATE_NOOP("reminders", "No SMS"),
        GatewayKind.HTTP: QT_TRANSLATE_NOOP("reminders", "HTTP gateway (a web address)"),
        GatewayKind.EMAIL: QT_TRANSLATE_NOOP("reminders", "Email to SMS (an address)"),
    },
)

# What an SMS gateway's URL or address may say: the number (as stored, +44 7700...; and its
# digits only, 447700...) and, in a URL, the message. Each is url-encoded in a URL.
GATEWAY_PLACEHOLDERS = ("phone", "phone_digits", "message")


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""
    sender: str = ""  # the From address

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)


@dataclass(frozen=True, slots=True)
class SmsGateway:
    kind: GatewayKind = GatewayKind.NONE
    url_template: str = ""  # HTTP: https://gateway.example/send?to={phone}&text={message}
    address_template: str = ""  # email to SMS: {phone_digits}@sms.example.net


@dataclass(frozen=True, slots=True)
class ReminderSetup:
    rules: ReminderRules = field(default_factory=ReminderRules)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    sms: SmsGateway = field(default_factory=SmsGateway)


def setup_to_json(setup: ReminderSetup) -> dict[str, Any]:
    rules, smtp, sms = setup.rules, setup.smtp, setup.sms
    return {
        "lead_hours": rules.lead_hours,
        "quiet_start": rules.quiet_start.isoformat("minutes"),
        "quiet_end": rules.quiet_end.isoformat("minutes"),
        "settle_minutes": rules.settle_minutes,
        "smtp": {
            "host": smtp.host,
            "port": smtp.port,
            "security": smtp.security.value,
            "user": smtp.user,
            "sender": smtp.sender,
        },
        "sms": {"kind": sms.kind.value, "url": sms.url_template, "address": sms.address_template},
    }


def setup_from_json(raw: dict[str, Any]) -> ReminderSetup:
    smtp, sms = raw.get("smtp", {}), raw.get("sms", {})
    return ReminderSetup(
        ReminderRules(
            int(raw.get("lead_hours", 24)),
            time.fromisoformat(raw.get("quiet_start", "20:00")),
            time.fromisoformat(raw.get("quiet_end", "08:00")),
            int(raw.get("settle_minutes", 10)),
        ),
        SmtpSettings(
            str(smtp.get("host", "")),
            int(smtp.get("port", 587)),
            Security(smtp.get("security", Security.STARTTLS.value)),
            str(smtp.get("user", "")),
            str(smtp.get("sender", "")),
        ),
        SmsGateway(
            GatewayKind(sms.get("kind", GatewayKind.NONE.value)),
            str(sms.get("url", "")),
            str(sms.get("address", "")),
        ),
    )


def _gateway_problem(text: str, needed: tuple[str, ...]) -> str | None:
    try:
        names = placeholders_in(text)
    except TemplateError as error:
        return translate("reminders", "This cannot be used: {problem}.").format(problem=error)
    unknown = [n for n in names if n not in GATEWAY_PLACEHOLDERS]
    if unknown:
        return translate("reminders", "Unknown placeholder {{{name}}}: use {known}.").format(
            name=unknown[0], known=", ".join("{" + p + "}" for p in GATEWAY_PLACEHOLDERS)
        )
    if not any(n in names for n in ("phone", "phone_digits")):
        return translate("reminders", "Put the number in it: {phone} or {phone_digits}.")
    if "message" in needed and "message" not in names:
        return translate("reminders", "Put the message in it: {message}.")
    return None


def validate_setup(setup: ReminderSetup) -> dict[str, str]:
    """Field -> message for everything wrong with a set-up (empty when it can be saved)."""
    errors = validate_rules(setup.rules)
    smtp = setup.smtp
    if smtp.host and (" " in smtp.host.strip() or len(smtp.host) > 253):
        errors["smtp_host"] = translate(
            "reminders", "Type the server's name, e.g. smtp.example.com."
        )
    if not 1 <= smtp.port <= 65535:
        errors["smtp_port"] = translate("reminders", "A port is a number from 1 to 65535.")
    if smtp.host and not smtp.sender:
        errors["smtp_sender"] = translate(
            "reminders", "Type the address reminders come from (the From address)."
        )
    elif smtp.sender and ("@" not in smtp.sender or " " in smtp.sender.strip()):
        errors["smtp_sender"] = translate("reminders", "That is not an email address.")
    sms = setup.sms
    if sms.kind is GatewayKind.HTTP:
        url = sms.url_template.strip()
        problem = _gateway_problem(url, ("message",))
        if not url.startswith(("http://", "https://")):
            problem = translate("reminders", "The address starts with https:// (or http://).")
        if problem:
            errors["sms_url"] = problem
    elif sms.kind is GatewayKind.EMAIL:
        address = sms.address_template.strip()
        problem = _gateway_problem(address, ())
        if "@" not in address:
            problem = translate(
                "reminders", "Type an address such as {phone_digits}@sms.example.net."
            )
        if problem:
            errors["sms_address"] = problem
        elif not smtp.configured:
            errors["sms_address"] = translate(
                "reminders", "Email to SMS sends through the SMTP server: set it up first."
            )
    return errors
