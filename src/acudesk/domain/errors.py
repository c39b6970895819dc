"""Errors the services raise, each with a message a receptionist understands.

A message is worded in the language of the screens when the error is raised (through
``acudesk.domain.i18n.translate``); ``Subject`` names what a conflict or a disappearance is
about, as a whole phrase, so that each language can agree its words with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from acudesk.domain.dates import human_date
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, translate


class AcudeskError(Exception):
    """Base of every error meant to be shown to a person.

    ``field`` names the input the message belongs next to, when there is one.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(AcudeskError):
    """Input that a rule refuses; ``errors`` maps each field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        first_field, first_message = next(iter(errors.items()))
        super().__init__(first_message, first_field)
        self.errors = dict(errors)


class PermissionDenied(AcudeskError):
    """The acting user's role does not allow this."""


class AuthenticationFailed(AcudeskError):
    """Wrong username or password, or an inactive account."""


class AccountLocked(AcudeskError):
    """Too many failed sign-ins; the account waits before it accepts another try."""


class NotFound(AcudeskError):
    """The record asked for does not exist (any more)."""


class ConflictError(AcudeskError):
    """Someone else saved the same record first (optimistic locking).

    ``by`` and ``at`` say who saved it and when, when the audit trail knows.
    """

    def __init__(
        self,
        message: str,
        field: str | None = None,
        *,
        by: str | None = None,
        at: datetime | None = None,
    ) -> None:
        super().__init__(message, field)
        self.by = by
        self.at = at

    @classmethod
    def saved_elsewhere(
        cls,
        subject: str,
        *,
        by: str | None = None,
        at: datetime | None = None,
        changed: Sequence[str] = (),
        today: date | None = None,
    ) -> ConflictError:
        """ "Anna saved this client on another computer at 10:42 (phone changed)...".

        ``subject`` names what was saved ("this client"); ``changed`` lists what differs
        from what the person loaded; the day is said when ``at`` is not ``today``.
        """
        when = ""
        if at is not None and (today is None or at.date() == today):
            #: Goes after "on another computer": " at 10:42".
            when = translate("errors", " at {time}").format(time=f"{at:%H:%M}")
        elif at is not None:
            #: Goes after "on another computer": " on 23 Nov 2026 at 10:42".
            when = translate("errors", " on {date} at {time}").format(
                date=human_date(at.date()), time=f"{at:%H:%M}"
            )
        #: Goes after the time: " (phone, notes changed)"; {fields} are the field names.
        what = translate("errors", " ({fields} changed)").format(fields=", ".join(changed))
        #: {who} is a person's name, or "Someone"; {subject} is e.g. "this client".
        message = translate(
            "errors",
            "{who} saved {subject} on another computer{when}{changed} while you had it open. "
            "Your changes are not saved yet and are still here: reload to see theirs, then "
            "apply yours again.",
        ).format(
            who=by or translate("errors", "Someone"),
            subject=subject,
            when=when,
            changed=what if changed else "",
        )
        return cls(message, by=by, at=at)

    @classmethod
    def at_the_same_moment(cls, subject: str) -> ConflictError:
        """Two computers saved the same thing at once and the database kept the other one."""
        #: {subject} is e.g. "this client"; the sentence's first letter is made a capital.
        message = translate(
            "errors",
            "{subject} was saved on another computer at the same moment. Your changes are not "
            "saved yet and are still here: reload to see theirs, then try again.",
        ).format(subject=subject)
        return cls(message[:1].upper() + message[1:])


class DatabaseUnavailable(AcudeskError):
    """The database cannot be opened: server unreachable, file corrupt, or read-only."""


class DatabaseDamaged(DatabaseUnavailable):
    """The SQLite file is damaged or is not a database: a backup can be restored over it."""


class AlreadySetUp(AcudeskError):
    """The first-run setup was attempted on a database that already has a clinic."""


class PossibleDuplicate(AcudeskError):
    """A new client looks like one already registered; ``matches`` lists them (ClientRow)."""

    def __init__(self, message: str, matches: list[object]) -> None:
        super().__init__(message, "first_name")
        self.matches = matches


@dataclass(frozen=True, slots=True)
class Subject:
    """What a save or a look-up is about, as messages name it: ``this`` ("this client") fills
    the conflict messages, ``gone`` ("That client no longer exists.") is the NotFound message.
    Both are English sources, translated when a message is made; ``{name}`` in them is
    filled from ``name``."""

    this: str
    gone: str
    name: str = ""

    def words(self) -> str:
        return translate("errors", self.this).format(name=self.name)

    def not_found(self) -> NotFound:
        return NotFound(translate("errors", self.gone).format(name=self.name))

    def named(self, name: str) -> Subject:
        return Subject(self.this, self.gone, name)


RECORD = Subject(
    QT_TRANSLATE_NOOP("errors", "this record"),
    QT_TRANSLATE_NOOP("errors", "That record no longer exists."),
)
APPOINTMENT = Subject(
    QT_TRANSLATE_NOOP("errors", "this appointment"),
    QT_TRANSLATE_NOOP("errors", "That appointment no longer exists."),
)
CLIENT = Subject(
    QT_TRANSLATE_NOOP("errors", "this client"),
    QT_TRANSLATE_NOOP("errors", "That client no longer exists."),
)
SESSION = Subject(
    QT_TRANSLATE_NOOP("errors", "this session"),
    QT_TRANSLATE_NOOP("errors", "That session no longer exists."),
)
PRODUCT = Subject(
    QT_TRANSLATE_NOOP("errors", "this product"),
    QT_TRANSLATE_NOOP("errors", "That product no longer exists."),
)
PROTOCOL = Subject(
    QT_TRANSLATE_NOOP("errors", "this protocol"),
    QT_TRANSLATE_NOOP("errors", "That protocol no longer exists."),
)
#: {name} is the protocol's name, as typed.
NAMED_PROTOCOL = Subject(
    QT_TRANSLATE_NOOP("errors", "the protocol '{name}'"),
    QT_TRANSLATE_NOOP("errors", "The protocol '{name}' no longer exists."),
)
USER_ACCOUNT = Subject(
    QT_TRANSLATE_NOOP("errors", "this user account"),
    QT_TRANSLATE_NOOP("errors", "That user no longer exists."),
)
CLINIC = Subject(
    QT_TRANSLATE_NOOP("errors", "this clinic"),
    QT_TRANSLATE_NOOP("errors", "This database has no clinic yet."),
)
CLINIC_DETAILS = Subject(
    QT_TRANSLATE_NOOP("errors", "this clinic's details"),
    QT_TRANSLATE_NOOP("errors", "This database has no clinic yet."),
)
CLINIC_SETTINGS = Subject(
    QT_TRANSLATE_NOOP("errors", "these settings"),
    QT_TRANSLATE_NOOP("errors", "This database has no clinic yet."),
)
