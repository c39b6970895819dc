"""Appointment reminders: queue the ones due, send them, the outbox, retries, confirmations.

A send run first queues, in one transaction, every reminder the rules say is due (one row
per appointment and kind: the table's unique key refuses a second, and a run that loses that
race to another workstation reads the outbox again). Each queued message is then sent on its
own, without holding the database while a server answers: it is claimed (queued -> sending,
a versioned write only one workstation can make), sent, and its result written over the
claim. A claim that never got its result (a crash, a lost network) lapses after a few
minutes and shows as failed, "interrupted", for a person to retry: never sent twice by itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.errors import RECORD, ConflictError, NotFound
from acudesk.domain.i18n import translate
from acudesk.domain.reminder_setup import GatewayKind, ReminderSetup
from acudesk.domain.reminder_templates import ReminderFacts, load_template, render
from acudesk.domain.reminders import (
    MessageStatus,
    OutboxMessage,
    ReminderKind,
    SendReport,
    lapsed,
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


@dataclass(frozen=True, slots=True)
class _Claim:
    """A message taken for sending: what goes, and where."""

    setup: ReminderSetup
    kind: ReminderKind
    address: str
    subject: str
    body: str
    ics: bytes | None
    version: int  # the row's version once claimed: the result is written over exactly it


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
        writes and sends nothing and reports what would go, fail and wait."""
        if dry_run:
            return self._dry_run(actor)
        for attempt in (1, 2):
            try:
                with self._work(actor, Permission.BOOK, what=RECORD) as work:
                    setup, _ = queries.load_setup(work.session)
                    self._queue(work, self._due(work.session, setup))
                    ids = queries.queued_ids(work.session)
                break
            except ConflictError:
                # Another workstation queued some of the same reminders at this moment; they
                # are in the outbox now, and reading what is due again leaves them out.
                if attempt == 2:
                    raise
        return self._send(actor, ids)

    def outbox(
        self, actor: User, status: MessageStatus | None = None, limit: int = 500
    ) -> list[OutboxMessage]:
        """The outbox, newest first, all of it or of one status, as seen now (a send that
        was interrupted counts as failed)."""
        now = self._clock()
        with self._read_as(actor, Permission.BOOK) as session:
            found = queries.messages(session, status=status, limit=limit, now=now)
        return [message.as_seen(now) for message in found]

    def retry(self, actor: User, messages: Sequence[OutboxMessage]) -> SendReport:
        """Send failed messages again now (the rules checked again first); a message sent,
        or being sent by a workstation right now, is left as it is."""
        now = self._clock()
        with self._work(actor, Permission.BOOK) as work:
            ids = []
            for loaded in messages:
                record = work.edit(ReminderMessageRecord, loaded.id, loaded.version, what=RECORD)
                status = MessageStatus(record.status)
                if status is MessageStatus.SENT:
                    continue
                if status is MessageStatus.SENDING and not lapsed(status, record.claimed_at, now):
                    continue  # a workstation is sending it right now
                record.status = MessageStatus.QUEUED.value
                record.claimed_at = None
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

    def _dry_run(self, actor: User) -> SendReport:
        """What a run would do now: the messages it would queue and those already queued,
        each judged as the send would judge it."""
        outcome: dict[str, list[OutboxMessage]] = {"sent": [], "failed": [], "waiting": []}
        now = self._clock()
        with self._read_as(actor, Permission.BOOK) as session:
            setup, _ = queries.load_setup(session)
            would = [(_as_message(p, now), p.candidate) for p in self._due(session, setup)]
            queued = queries.messages(session, status=MessageStatus.QUEUED)
            found = queries.candidates(session, appointment_ids=[m.appointment_id for m in queued])
            by_appointment = {c.appointment_id: c for c in found}
            for message, candidate in would + [
                (m, by_appointment[m.appointment_id]) for m in queued
            ]:
                state, refusal = self._verdict(setup, message.kind, candidate)
                if refusal:
                    message = replace(message, status=MessageStatus.FAILED, reason=refusal)
                outcome[state].append(message)
        return SendReport(*(tuple(outcome[k]) for k in ("sent", "failed", "waiting")))

    def _verdict(
        self, setup: ReminderSetup, kind: ReminderKind, candidate: queries.DueCandidate
    ) -> tuple[str, str]:
        """What a queued message's send does now: ("sent", "") goes, ("waiting", "") waits
        for the end of the quiet hours, ("failed", reason) is refused by the rules."""
        local_now = self._clock().replace(tzinfo=candidate.zone)
        address = candidate.email if kind is ReminderKind.EMAIL else candidate.phone
        refusal = why_not(kind, candidate.status, candidate.consent, address)
        if refusal is None and candidate.start <= local_now:
            refusal = translate("reminders", "The appointment has begun.")
        if refusal is not None:
            return "failed", refusal
        if setup.rules.is_quiet(local_now, candidate.zone):
            return "waiting", ""
        return "sent", ""

    def _send(self, actor: User, ids: Sequence[int]) -> SendReport:
        outcome: dict[str, list[OutboxMessage]] = {"sent": [], "failed": [], "waiting": []}
        for message_id in ids:
            done = self._send_one(actor, message_id)
            if done is not None:
                outcome[done[0]].append(done[1])
        return SendReport(*(tuple(outcome[k]) for k in ("sent", "failed", "waiting")))

    def _send_one(self, actor: User, message_id: int) -> tuple[str, OutboxMessage] | None:
        try:
            with self._work(actor, Permission.BOOK) as work:
                claimed = self._claim(work, message_id)
        except (ConflictError, NotFound):
            return None  # another workstation took it at the same moment, or it is gone
        if not isinstance(claimed, _Claim):
            return claimed
        reason = self._deliver(claimed)
        try:
            with self._work(actor, Permission.BOOK) as work:
                record = work.edit(ReminderMessageRecord, message_id, claimed.version, what=RECORD)
                record.status = (MessageStatus.FAILED if reason else MessageStatus.SENT).value
                record.reason = reason
                record.sent_at = None if reason else work.clock()
                record.claimed_at = None
                work.audit(AuditAction.UPDATE, record, f"{record.kind} reminder {record.status}")
                work.changed(Changes.of(reminders=[record.id]))
                return ("failed" if reason else "sent"), self._message(work.session, record.id)
        except (ConflictError, NotFound):
            # The claim lapsed and someone queued the message again meanwhile (their send
            # writes its own result), or the appointment was deleted: nothing left to record.
            return None

    def _claim(self, work: Work, message_id: int) -> _Claim | tuple[str, OutboxMessage] | None:
        """Check a queued message again and take it (sending, until its result is written);
        or say why it stays (quiet hours) or fails (the rules). A second workstation taking
        the same message at the same moment loses at the flush (the row's version)."""
        session = work.session
        record = session.get(ReminderMessageRecord, message_id)
        if record is None or record.status != MessageStatus.QUEUED.value:
            return None  # another workstation took it
        work.watch(ReminderMessageRecord, message_id, what=RECORD)
        setup, _ = queries.load_setup(session)
        [candidate] = queries.candidates(session, appointment_ids=[record.appointment_id])
        kind = ReminderKind(record.kind)
        state, refusal = self._verdict(setup, kind, candidate)
        if state == "waiting":
            return "waiting", self._message(session, record.id)
        ics = None
        if not refusal:
            local_now = self._clock().replace(tzinfo=candidate.zone)
            address = candidate.email if kind is ReminderKind.EMAIL else candidate.phone
            clinic = clinic_record(session)
            facts = _facts(candidate, clinic, load_settings(session).phone_region)
            text = render(load_template(candidate.language), kind, facts)
            record.recipient, record.subject, record.body = address, text.subject, text.body
            if kind is ReminderKind.EMAIL:
                ics = appointment_ics(session, candidate, clinic, local_now)
        record.status = (MessageStatus.FAILED if refusal else MessageStatus.SENDING).value
        record.reason = refusal
        record.claimed_at = None if refusal else work.clock()
        record.attempts += 1
        session.flush()  # the claim: refused here if another workstation made it first
        work.audit(AuditAction.UPDATE, record, f"{kind.value} reminder: {record.status}")
        work.changed(Changes.of(reminders=[record.id]))
        if refusal:
            return "failed", self._message(session, record.id)
        return _Claim(
            setup, kind, record.recipient, record.subject, record.body, ics, record.version
        )

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
        c.start.astimezone(c.zone),  # as the outbox shows it: in the location's zone
        0,
    )
