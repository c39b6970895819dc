"""Putting a reminder on the wire: the clinic's SMTP server, and the SMS gateways.

No vendor cloud: email goes through the clinic's own server (STARTTLS, TLS or, for a server
on the clinic's network, neither); an SMS goes to an HTTP gateway whose URL the clinic gives
(the number and the text url-encoded into it), or as an email to the gateway's address.
Every failure comes back as ``SendFailed`` with a reason a receptionist can act on.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from email.message import EmailMessage
from email.utils import make_msgid

from acudesk.domain.errors import AcudeskError
from acudesk.domain.i18n import translate
from acudesk.domain.reminder_setup import GatewayKind, Security, SmsGateway, SmtpSettings
from acudesk.domain.text import digits_only

TIMEOUT_SECONDS = 20


class SendFailed(AcudeskError):
    """A message that did not go, and why (kept in the outbox as its reason)."""


def email_message(
    smtp: SmtpSettings, to: str, subject: str, body: str, ics: bytes | None = None
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = smtp.sender
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain=smtp.sender.rpartition("@")[2] or None)
    message.set_content(body)
    if ics is not None:
        message.add_attachment(
            ics, maintype="text", subtype="calendar", filename="appointment.ics", params={}
        )
    return message


def send_email(smtp: SmtpSettings, password: str | None, message: EmailMessage) -> None:
    """Hand ``message`` to the clinic's server; SendFailed with the reason when it will not."""
    if not smtp.configured:
        raise SendFailed(translate("reminders", "Email is not set up: fill in the SMTP server."))
    where = f"{smtp.host}:{smtp.port}"
    try:
        with _connect(smtp) as server:
            if smtp.user:
                server.login(smtp.user, password or "")
            refused = server.send_message(message)
    except smtplib.SMTPAuthenticationError:
        raise SendFailed(
            translate(
                "reminders",
                "The mail server {server} refused the user name or password: check them in "
                "the settings.",
            ).format(server=where)
        ) from None
    except smtplib.SMTPRecipientsRefused as error:
        raise SendFailed(
            translate("reminders", "The mail server refused the address {address}.").format(
                address=", ".join(error.recipients)
            )
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise SendFailed(
            translate(
                "reminders", "The mail server {server} does not offer STARTTLS: choose TLS or none."
            ).format(server=where)
        ) from None
    except smtplib.SMTPException as error:
        raise SendFailed(
            translate("reminders", "The mail server {server} refused the message: {detail}").format(
                server=where, detail=_said(error)
            )
        ) from None
    except (OSError, ssl.SSLError) as error:
        raise SendFailed(
            translate(
                "reminders", "The mail server {server} could not be reached ({detail})."
            ).format(server=where, detail=_said(error))
        ) from None
    if refused:
        raise SendFailed(
            translate("reminders", "The mail server refused the address {address}.").format(
                address=", ".join(refused)
            )
        )


def _connect(smtp: SmtpSettings) -> smtplib.SMTP:
    if smtp.security is Security.TLS:
        return smtplib.SMTP_SSL(
            smtp.host, smtp.port, timeout=TIMEOUT_SECONDS, context=ssl.create_default_context()
        )
    server = smtplib.SMTP(smtp.host, smtp.port, timeout=TIMEOUT_SECONDS)
    try:
        if smtp.security is Security.STARTTLS:
            server.starttls(context=ssl.create_default_context())
    except BaseException:
        server.close()
        raise
    return server


def _said(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        text = error.smtp_error
        said = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        return f"{error.smtp_code} {said}".strip()
    if isinstance(error, socket.timeout):
        return translate("reminders", "no answer in {seconds} seconds").format(
            seconds=TIMEOUT_SECONDS
        )
    return str(error) or type(error).__name__


def gateway_values(phone: str, text: str = "") -> dict[str, str]:
    return {"phone": phone, "phone_digits": digits_only(phone), "message": text}


def sms_address(gateway: SmsGateway, phone: str) -> str:
    """Where an SMS goes: the gateway's URL with the number and text, or its email address."""
    values = gateway_values(phone)
    return gateway.address_template.strip().format_map(values)


def send_sms(
    gateway: SmsGateway, smtp: SmtpSettings, password: str | None, phone: str, text: str
) -> None:
    """Send ``text`` to ``phone`` through the clinic's gateway; SendFailed with the reason."""
    if gateway.kind is GatewayKind.HTTP:
        _send_http(gateway.url_template.strip(), phone, text)
    elif gateway.kind is GatewayKind.EMAIL:
        message = EmailMessage()
        message["From"] = smtp.sender
        message["To"] = sms_address(gateway, phone)
        message["Subject"] = ""
        message.set_content(text)
        send_email(smtp, password, message)
    else:
        raise SendFailed(translate("reminders", "SMS is not set up: choose a gateway."))


def _send_http(template: str, phone: str, text: str) -> None:
    values = {k: urllib.parse.quote(v, safe="") for k, v in gateway_values(phone, text).items()}
    url = template.format_map(values)
    shown = urllib.parse.urlsplit(url)._replace(query="").geturl()  # no number in the reason
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as answer:
            answer.read(4096)
    except urllib.error.HTTPError as error:
        raise SendFailed(
            translate("reminders", "The SMS gateway {gateway} answered {status} {reason}.").format(
                gateway=shown, status=error.code, reason=error.reason
            )
        ) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise SendFailed(
            translate(
                "reminders", "The SMS gateway {gateway} could not be reached ({detail})."
            ).format(gateway=shown, detail=reason)
        ) from None
