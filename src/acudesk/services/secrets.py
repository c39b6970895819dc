"""The SMTP password, kept in the operating system's keyring (never in the database).

``keyring`` picks the system's store (Secret Service, macOS Keychain, Windows Credential
Locker); tests hand the services a file keyring in their temporary folder instead.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import translate
from acudesk.domain.reminder_setup import SmtpSettings
from acudesk.services.changes import ChangeBus
from acudesk.services.clock import Clock, system_clock
from acudesk.services.work import Service
from acudesk.store.engine import Database

KEYRING_SERVICE = "acudesk-smtp"


def system_keyring() -> Any:
    import keyring

    return keyring.get_keyring()


def account(smtp: SmtpSettings) -> str:
    """The keyring entry's name: one password per user, server and port."""
    return f"{smtp.user}@{smtp.host}:{smtp.port}"


def read_password(backend: Any, smtp: SmtpSettings) -> str | None:
    from keyring.errors import KeyringError

    if not smtp.user:
        return None
    try:
        password = backend.get_password(KEYRING_SERVICE, account(smtp))
    except KeyringError:
        return None
    return password if isinstance(password, str) else None


def store_password(backend: Any, smtp: SmtpSettings, password: str) -> None:
    """Keep ``password`` for ``smtp``'s user, or forget it when empty; ValidationError when
    the system has no keyring to keep it in."""
    from keyring.errors import KeyringError, PasswordDeleteError

    if not smtp.user or not smtp.host:
        raise ValidationError(
            {"smtp_password": translate("reminders", "Fill in the server and the user first.")}
        )
    try:
        if password:
            backend.set_password(KEYRING_SERVICE, account(smtp), password)
        else:
            with suppress(PasswordDeleteError):
                backend.delete_password(KEYRING_SERVICE, account(smtp))
    except KeyringError as error:
        raise ValidationError(
            {
                "smtp_password": translate(
                    "reminders", "This computer's keyring cannot keep the password ({detail})."
                ).format(detail=error)
            }
        ) from None


class KeyringService(Service):
    """A service that reads the SMTP password: given a keyring, or the system's when first
    needed (tests hand it a file keyring)."""

    def __init__(
        self,
        db: Database,
        clock: Clock = system_clock,
        bus: ChangeBus | None = None,
        *,
        keyring: Any = None,
    ) -> None:
        super().__init__(db, clock, bus)
        self._keyring = keyring

    def _backend(self) -> Any:
        if self._keyring is None:
            self._keyring = system_keyring()
        return self._keyring
