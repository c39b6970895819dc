"""Appointment reminders: queue the ones due, send them, the outbox, retries, confirmations.

A send run first queues, in one transaction, every reminder the rules say is due (one row
per appointment and kind: the table's unique key refuses a second). Each queued message is
then sent on its own, without holding the database while a server answers: it is claimed (as
failed, "interrupted", so a crash never leaves it to go twice), sent, and its result written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.errors import RECORD
from acudesk.domain.i18n import translate
from acudesk.domain.reminder_setup import GatewayKind, ReminderSetup
from acudesk.domain.reminder_templates import ReminderFacts, load_template, render
from acudesk.domain.reminders import (
    MessageStatus,
    OutboxMessage,
    ReminderKind,
    SendReport,
    why_not,
)
from acudesk.domain.users import Permission, User
from acudesk.services.reminder_ics import appointment_ics
from acudesk.services.reminder_send import SendFailed, email_message, send_email, send_sms
from acudesk.services.secrets import KeyringService, read_password
from acudesk.services.work import Work
from acudesk.store import reminders as queries
from acudesk.store.clinic import clinic_record
from acudesk.store.reminder_models import ReminderMessageRecord
from acudesk.store.settings import load_settings

# The widest gap between the clock's local time and UTC, to find candidates in any zone.
_ZONE_MARGIN = timedelta(hours=15)
INTERRUPTED = "Sending was interrupted before the server answered; nothing is known to have gone."


@dataclass(frozen=True, slots=True)
class _Claim:
    """A message taken for sending: what goes, and where."""

    setup: ReminderSetup
    kind: ReminderKind
    address: str
    subject: str
    body: str
    ics: bytes | None


@dataclass(frozen=True, slots=True)
class Pending:
    """A reminder due and not yet in the outbox: what queueing it writes."""

    candidate: queries.DueCandidate
    kind: ReminderKind
    recipient: str
    subject: str
    body: str


class ReminderService(KeyringService):
    def due(self, actor: User) -> list[Pending]:
        """The reminders the rules say are due now and are not in the outbox yet."""
        with self._read_as(actor, Permission.BOOK) as session:
            setup, _ = queries.load_setup(session)
            return self._due(session, setup)

    def send_due(self, actor: User, *, dry_run: bool = False) -> SendReport:
        """Queue what is due, then send everything queued that may go now. ``dry_run``
        writes and sends nothing: its report's ``waiting`` is what would go."""
        if dry_run:
            with self._read_as(actor, Permission.BOOK) as session:
                setup, _ = queries.load_setup(session)
                would = [_as_message(p, self._clock()) for p in self._due(session, setup)]
                queued = queries.messages(session, status=MessageStatus.QUEUED)
            return SendReport(waiting=tuple(queued + would))
        with self._work(actor, Permission.BOOK, what=RECORD) as work:
            setup, _ = queries.load_setup(work.session)
            self._queue(work, self._due(work.session, setup))
            ids = queries.queued_ids(work.session)
        return self._send(actor, ids)

    def outbox(
        self, actor: User, status: MessageStatus | None = None, limit: int = 500
    ) -> list[OutboxMessage]:
        """The outbox, newest first, all of it or of one status."""
        with self._read_as(actor, Permission.BOOK) as session:
            return queries.messages(session, status=status, limit=limit)

    def retry(self, actor: User, messages: Sequence[OutboxMessage]) -> SendReport:
        """Send failed messages again now (the rules checked again first)."""
        with self._work(actor, Permission.BOOK) as work:
            ids = []
            for loaded in messages:
                record = work.edit(ReminderMessageRecord, loaded.id, loaded.version, what=RECORD)
                if record.status == MessageStatus.SENT.value:
                    continue
                record.status = MessageStatus.QUEUED.value
                work.audit(AuditAction.UPDATE, record, "queued again")
                ids.append(record.id)
            work.changed(Changes.of(reminders=ids))
        return self._send(actor, ids)

    # -- queueing --------------------------------------------------------------------------

    def _due(self, session: Session, setup: ReminderSetup) -> list[Pending]:
        kinds = [ReminderKind.EMAIL] if setup.smtp.configured else []
        if setup.sms.kind is not GatewayKind.NONE:
            kinds.append(ReminderKind.SMS)
        if not kinds:
            return []
        now = self._clock()
        lead = timedelta(hours=setup.rules.lead_hours)
        after = now.replace(tzinfo=UTC) - _ZONE_MARGIN
        found = queries.candidates(session, after, after + lead + 2 * _ZONE_MARGIN)
        taken = queries.kinds_in_outbox(session, [c.appointment_id for c in found])
        clinic = clinic_record(session)
        region = load_settings(session).phone_region
        pending = []
        for candidate in found:
            local_now = now.replace(tzinfo=candidate.zone)
            if candidate.start <= local_now:
                continue
            due = setup.rules.due_at(
                candidate.start, candidate.booked_at.replace(tzinfo=candidate.zone), candidate.zone
            )
            if due is None or due > local_now:
                continue
            for kind in kinds:
                address = candidate.email if kind is ReminderKind.EMAIL else candidate.phone
                if (candidate.appointment_id, kind.value) in taken:
                    continue
                if why_not(kind, candidate.status, candidate.consent, address) is not None:
                    continue
                text = render(
                    load_template(candidate.language), kind, _facts(candidate, clinic, region)
                )
                pending.append(Pending(candidate, kind, address, text.subject, text.body))
        return pending

    def _queue(self, work: Work, pending: Sequence[Pending]) -> None:
        records = []
        for item in pending:
            record = ReminderMessageRecord(
                appointment_id=item.candidate.appointment_id,
                client_id=item.candidate.client_id,
                kind=item.kind.value,
                recipient=item.recipient,
                subject=item.subject,
                body=item.body,
                status=MessageStatus.QUEUED.value,
                reason="",
                attempts=0,
                queued_at=work.clock(),
            )
            work.session.add(record)
            records.append(record)
        work.session.flush()
        for record in records:
            work.audit(AuditAction.CREATE, record, f"{record.kind} reminder queued")
        if records:
            work.changed(Changes.of(reminders=[r.id for r in records]))

    # -- sending ---------------------------------------------------------------------------

    def _send(self, actor: User, ids: Sequence[int]) -> SendReport:
        sent: list[OutboxMessage] = []
        failed: list[OutboxMessage] = []
        waiting: list[OutboxMessage] = []
        for message_id in ids:
            outcome = self._send_one(actor, message_id)
            if outcome is None:
                continue
            state, message = outcome
            {"sent": sent, "failed": failed, "waiting": waiting}[state].append(message)
        return SendReport(tuple(sent), tuple(failed), tuple(waiting))

    def _send_one(self, actor: User, message_id: int) -> tuple[str, OutboxMessage] | None:
        with self._work(actor, Permission.BOOK) as work:
            claimed = self._claim(work, message_id)
            if not isinstance(claimed, _Claim):
                return claimed
        reason = self._deliver(claimed)
        with self._work(actor, Permission.BOOK) as work:
            record = work.session.get(ReminderMessageRecord, message_id)
            assert record is not None
            record.status = (MessageStatus.FAILED if reason else MessageStatus.SENT).value
            record.reason = reason
            record.sent_at = None if reason else work.clock()
            work.audit(AuditAction.UPDATE, record, f"{record.kind} reminder {record.status}")
            work.changed(Changes.of(reminders=[record.id]))
            return ("failed" if reason else "sent"), self._message(work.session, record.id)

    def _claim(self, work: Work, message_id: int) -> _Claim | tuple[str, OutboxMessage] | None:
        """Check a queued message again and take it (marked failed, "interrupted", until its
        result is written); or say why it stays (quiet hours) or fails (the rules)."""
        session = work.session
        record = session.get(ReminderMessageRecord, message_id)
        if record is None or record.status != MessageStatus.QUEUED.value:
            return None  # another workstation took it
        setup, _ = queries.load_setup(session)
        [candidate] = queries.candidates(session, appointment_ids=[record.appointment_id])
        kind = ReminderKind(record.kind)
        local_now = self._clock().replace(tzinfo=candidate.zone)
        address = candidate.email if kind is ReminderKind.EMAIL else candidate.phone
        refusal = why_not(kind, candidate.status, candidate.consent, address)
        if refusal is None and candidate.start <= local_now:
            refusal = translate("reminders", "The appointment has begun.")
        if refusal is None and setup.rules.is_quiet(local_now, candidate.zone):
            return "waiting", self._message(session, record.id)
        ics = None
        if refusal is None:
            clinic = clinic_record(session)
            facts = _facts(candidate, clinic, load_settings(session).phone_region)
            text = render(load_template(candidate.language), kind, facts)
            record.recipient, record.subject, record.body = address, text.subject, text.body
            if kind is ReminderKind.EMAIL:
                ics = appointment_ics(session, candidate, clinic, local_now)
        record.status = MessageStatus.FAILED.value
        record.reason = refusal or INTERRUPTED
        record.attempts += 1
        work.audit(AuditAction.UPDATE, record, f"{kind.value} reminder: sending")
        work.changed(Changes.of(reminders=[record.id]))
        if refusal is not None:
            return "failed", self._message(session, record.id)
        return _Claim(setup, kind, address, record.subject, record.body, ics)

    def _deliver(self, claim: _Claim) -> str:
        """Send one message; "" when it went, else the reason it did not."""
        smtp = claim.setup.smtp
        password = read_password(self._backend(), smtp)
        try:
            if claim.kind is ReminderKind.EMAIL:
                message = email_message(smtp, claim.address, claim.subject, claim.body, claim.ics)
                send_email(smtp, password, message)
            else:
                send_sms(claim.setup.sms, smtp, password, claim.address, claim.body)
        except SendFailed as error:
            return error.message
        return ""

    @staticmethod
    def _message(session: Session, message_id: int) -> OutboxMessage:
        return queries.messages(session, ids=[message_id])[0]


def _facts(candidate: queries.DueCandidate, clinic: Any, region: str) -> ReminderFacts:
    return ReminderFacts(
        client=candidate.client,
        client_full_name=candidate.client_full_name,
        start=candidate.start,
        zone=candidate.zone,
        service=candidate.service,
        practitioner=candidate.practitioner,
        location=candidate.location,
        clinic=clinic.name if clinic is not None else "",
        clinic_phone=clinic.phone if clinic is not None else "",
        region=region,
    )


def _as_message(pending: Pending, now: datetime) -> OutboxMessage:
    """A reminder that would be queued, shown as the outbox would show it (id 0)."""
    c = pending.candidate
    return OutboxMessage(
        0,
        c.appointment_id,
        c.client_id,
        c.client_full_name,
        pending.kind,
        pending.recipient,
        pending.subject,
        pending.body,
        MessageStatus.QUEUED,
        "",
        0,
        now,
        None,
        c.start,
        0,
    )
