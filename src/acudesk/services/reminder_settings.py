"""The reminders' set-up: the SMTP server, its password in the keyring, the SMS gateway, the
rules; and a test message to check them."""

from __future__ import annotations

import json

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.clients import normalise_email
from acudesk.domain.errors import CLINIC_SETTINGS, ConflictError, ValidationError
from acudesk.domain.i18n import translate
from acudesk.domain.reminder_setup import ReminderSetup, setup_to_json, validate_setup
from acudesk.domain.users import Permission, User
from acudesk.services.guard import require
from acudesk.services.reminder_send import SendFailed, email_message, send_email, send_sms
from acudesk.services.secrets import KeyringService, read_password, store_password
from acudesk.store import reminders as queries
from acudesk.store.audit import last_change
from acudesk.store.settings import compare_and_set


class ReminderSettingsService(KeyringService):
    def setup(self) -> tuple[ReminderSetup, int]:
        """The set-up and its row's version (to save against): clinic settings, no password."""
        with self._db.read_only() as session:
            return queries.load_setup(session)

    def has_password(self, setup: ReminderSetup) -> bool:
        """Whether the keyring holds a password for the set-up's server and user."""
        return read_password(self._backend(), setup.smtp) is not None

    def update(self, actor: User, setup: ReminderSetup, loaded_version: int) -> int:
        """Save the set-up (administrators); refused when someone saved it since it was
        loaded. Returns the new version."""
        require(actor, Permission.MANAGE_CLINIC)
        errors = validate_setup(setup)
        if errors:
            raise ValidationError(errors)
        text = json.dumps(setup_to_json(setup), sort_keys=True)
        stored = {queries.SETUP_KEY: (loaded_version, None)}
        with self._work(actor, Permission.MANAGE_CLINIC, what=CLINIC_SETTINGS) as work:
            written, moved = compare_and_set(work.session, {queries.SETUP_KEY: text}, stored)
            if moved:
                last = last_change(work.session, "settings", queries.SETUP_KEY)
                raise ConflictError.saved_elsewhere(
                    CLINIC_SETTINGS.words(),
                    by=last.by if last else None,
                    at=last.at if last else None,
                    today=self._clock().date(),
                )
            work.audit(
                AuditAction.UPDATE, "settings", "reminders set-up", entity_id=queries.SETUP_KEY
            )
            work.changed(Changes.of(settings=written))
            work.session.flush()
            return queries.load_setup(work.session)[1]

    def set_password(self, actor: User, setup: ReminderSetup, password: str) -> None:
        """Keep the SMTP password in the keyring for the set-up's server and user (an empty
        one forgets it). The database never sees it; the audit log says it was set."""
        require(actor, Permission.MANAGE_CLINIC)
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            store_password(self._backend(), setup.smtp, password)
            detail = "SMTP password kept in the keyring" if password else "SMTP password removed"
            work.audit(AuditAction.UPDATE, "settings", detail, entity_id=queries.SETUP_KEY)

    def send_test(
        self, actor: User, setup: ReminderSetup, *, email: str = "", phone: str = ""
    ) -> None:
        """Send a test email to ``email`` and/or a test SMS to ``phone`` with the set-up as
        shown (saved or not); ValidationError naming the field when it does not go."""
        require(actor, Permission.MANAGE_CLINIC)
        errors = validate_setup(setup)
        if errors:
            raise ValidationError(errors)
        if not email.strip() and not phone.strip():
            raise ValidationError(
                {"test_to": translate("reminders", "Type where the test message should go.")}
            )
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            work.audit(AuditAction.EXPORT, "settings", "reminders test message")
        password = read_password(self._backend(), setup.smtp)
        body = translate("reminders", "This is a test message from acudesk: reminders can be sent.")
        try:
            if email.strip():
                try:
                    to = normalise_email(email)
                except ValueError as error:
                    raise ValidationError({"test_to": str(error)}) from None
                subject = translate("reminders", "acudesk test message")
                send_email(setup.smtp, password, email_message(setup.smtp, to, subject, body))
            if phone.strip():
                send_sms(setup.sms, setup.smtp, password, phone.strip(), body)
        except SendFailed as error:
            raise ValidationError({"test_to": error.message}) from None
