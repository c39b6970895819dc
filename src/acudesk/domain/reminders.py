"""Appointment reminders: the clinic's rules for when one goes, and the outbox's words.

A reminder goes a set time before the appointment (the lead), never inside the clinic's quiet
hours (a time that falls inside them moves to their end), only to a client who agreed to that
kind of message, never for an appointment already confirmed or cancelled, and once per
appointment and kind. An appointment is left alone for its first minutes after booking
(``settle_minutes``), so a booking corrected straight away sends one message, not two.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from acudesk.domain.appointments import AppointmentStatus
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate


class ReminderKind(enum.StrEnum):
    EMAIL = "email"
    SMS = "sms"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = LazyTexts(
    "reminders",
    {
        ReminderKind.EMAIL: QT_TRANSLATE_NOOP("reminders", "Email"),
        ReminderKind.SMS: QT_TRANSLATE_NOOP("reminders", "SMS"),
    },
)


class MessageStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # claimed by a workstation, its server's answer awaited
    SENT = "sent"
    FAILED = "failed"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = LazyTexts(
    "reminders",
    {
        MessageStatus.QUEUED: QT_TRANSLATE_NOOP("reminders", "Queued"),
        MessageStatus.SENDING: QT_TRANSLATE_NOOP("reminders", "Sending"),
        MessageStatus.SENT: QT_TRANSLATE_NOOP("reminders", "Sent"),
        MessageStatus.FAILED: QT_TRANSLATE_NOOP("reminders", "Failed"),
    },
)


@dataclass(frozen=True, slots=True)
class ReminderConsent:
    """What a client agreed to be reminded by, each with the day they agreed (None: not)."""

    email_since: date | None = None
    sms_since: date | None = None

    def allows(self, kind: ReminderKind) -> bool:
        return (self.email_since if kind is ReminderKind.EMAIL else self.sms_since) is not None


NO_CONSENT = ReminderConsent()


def consent_as_given(
    before: ReminderConsent, email: bool, sms: bool, today: date
) -> ReminderConsent:
    """The consent after a person ticks or clears the boxes: a consent kept keeps its day, a
    new one is dated ``today``, a withdrawn one is gone."""
    return ReminderConsent(
        (before.email_since or today) if email else None,
        (before.sms_since or today) if sms else None,
    )


def consent_problems(email: bool, address: str, sms: bool, phone: str) -> dict[str, str]:
    """What is wrong with a consent as ticked on the client form: a kind with nowhere to go."""
    errors = {}
    if email and not address.strip():
        errors["reminder_email"] = translate(
            "reminders", "Email reminders need the client's email address."
        )
    if sms and not phone.strip():
        errors["reminder_sms"] = translate(
            "reminders", "SMS reminders need the client's phone number."
        )
    return errors


# A message claimed for sending longer ago than this was interrupted (the computer crashed or
# lost the network before the server answered): far beyond the send's own timeouts.
CLAIM_LAPSES = timedelta(minutes=10)


def lapsed(status: MessageStatus, claimed_at: datetime | None, now: datetime) -> bool:
    """A send that began (``claimed_at``) longer ago than CLAIM_LAPSES and never finished."""
    return (
        status is MessageStatus.SENDING
        and claimed_at is not None
        and now - claimed_at >= CLAIM_LAPSES
    )


def interrupted_reason() -> str:
    return translate(
        "reminders",
        "Sending was interrupted before the server answered: it may not have gone. Retry to "
        "send it again.",
    )


LEAD_HOURS_RANGE = (1, 24 * 7)
SETTLE_MINUTES_RANGE = (0, 120)


@dataclass(frozen=True, slots=True)
class ReminderRules:
    """When reminders go (a clinic setting). Quiet hours are read in the location's zone and
    may run over midnight (21:00-08:00); equal start and end means no quiet hours."""

    lead_hours: int = 24
    quiet_start: time = time(20, 0)
    quiet_end: time = time(8, 0)
    settle_minutes: int = 10

    def is_quiet(self, moment: datetime, zone: ZoneInfo) -> bool:
        local = moment.astimezone(zone).time()
        start, end = self.quiet_start, self.quiet_end
        if start == end:
            return False
        if start < end:
            return start <= local < end
        return local >= start or local < end

    def quiet_over(self, moment: datetime, zone: ZoneInfo) -> datetime:
        """``moment`` itself when it is not quiet, else the end of the quiet hours it is in."""
        if not self.is_quiet(moment, zone):
            return moment
        local = moment.astimezone(zone)
        end = datetime.combine(local.date(), self.quiet_end, tzinfo=zone)
        if end <= local:
            end = datetime.combine(local.date() + timedelta(days=1), self.quiet_end, tzinfo=zone)
        return end.astimezone(moment.tzinfo)

    def due_at(self, start: datetime, booked_at: datetime, zone: ZoneInfo) -> datetime | None:
        """When the reminder of an appointment at ``start`` goes: the lead before it, not
        before it settled, out of quiet hours; None when that would be at or after its start."""
        due = max(start - timedelta(hours=self.lead_hours), self.settled_at(booked_at))
        due = self.quiet_over(due, zone)
        return due if due < start else None

    def settled_at(self, booked_at: datetime) -> datetime:
        return booked_at + timedelta(minutes=self.settle_minutes)


def validate_rules(rules: ReminderRules) -> dict[str, str]:
    errors: dict[str, str] = {}
    low, high = LEAD_HOURS_RANGE
    if not low <= rules.lead_hours <= high:
        errors["lead_hours"] = translate(
            "reminders", "Send reminders between {low} and {high} hours before."
        ).format(low=low, high=high)
    low, high = SETTLE_MINUTES_RANGE
    if not low <= rules.settle_minutes <= high:
        errors["settle_minutes"] = translate(
            "reminders", "Wait between {low} and {high} minutes after a booking."
        ).format(low=low, high=high)
    return errors


def why_not(
    kind: ReminderKind,
    status: AppointmentStatus,
    consent: ReminderConsent,
    address: str,
) -> str | None:
    """Why no reminder of ``kind`` goes for this appointment (None: it may go)."""
    if status is AppointmentStatus.CONFIRMED:
        return translate("reminders", "The client has confirmed the appointment.")
    if status is not AppointmentStatus.BOOKED:
        return translate("reminders", "The appointment is {status}.").format(
            status=status.label.lower()
        )
    if not consent.allows(kind):
        return translate("reminders", "The client has not agreed to reminders by {kind}.").format(
            kind=kind.label
        )
    if not address:
        if kind is ReminderKind.EMAIL:
            return translate("reminders", "The client has no email address.")
        return translate("reminders", "The client has no phone number.")
    return None


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    """One reminder in the outbox, as the outbox screen shows it."""

    id: int
    appointment_id: int
    client_id: int
    client_name: str
    kind: ReminderKind
    recipient: str
    subject: str
    body: str
    status: MessageStatus
    reason: str
    attempts: int
    queued_at: datetime
    sent_at: datetime | None
    appointment_start: datetime  # aware, in the location's zone
    version: int
    claimed_at: datetime | None = None  # naive, the clock's time; set while sending

    def as_seen(self, now: datetime) -> OutboxMessage:
        """The message as people see it at ``now``: an interrupted send is a failure."""
        if not lapsed(self.status, self.claimed_at, now):
            return self
        return replace(self, status=MessageStatus.FAILED, reason=interrupted_reason())


@dataclass(frozen=True, slots=True)
class SendReport:
    """What one run of ``reminders send`` did (or, dry, would do)."""

    sent: tuple[OutboxMessage, ...] = ()
    failed: tuple[OutboxMessage, ...] = ()
    waiting: tuple[OutboxMessage, ...] = ()  # queued, held back by quiet hours
    # A dry run's report says what would happen: ``sent`` would go, ``failed`` would be
    # refused (with the reason), ``waiting`` would wait for the end of the quiet hours.
