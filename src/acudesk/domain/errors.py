"""Errors the services raise, each with a message a receptionist understands."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime


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
        if at is not None:
            day = "" if today is None or at.date() == today else f" on {at.day} {at:%b %Y}"
            when = f"{day} at {at:%H:%M}"
        what = f" ({', '.join(changed)} changed)" if changed else ""
        return cls(
            f"{by or 'Someone'} saved {subject} on another computer{when}{what} while you had "
            "it open. Your changes are not saved yet and are still here: reload to see "
            "theirs, then apply yours again.",
            by=by,
            at=at,
        )

    @classmethod
    def at_the_same_moment(cls, subject: str) -> ConflictError:
        """Two computers saved the same thing at once and the database kept the other one."""
        return cls(
            f"{subject[:1].upper()}{subject[1:]} was saved on another computer at the same "
            "moment. Your changes are not saved yet and are still here: reload to see "
            "theirs, then try again."
        )


class DatabaseUnavailable(AcudeskError):
    """The database cannot be opened: server unreachable, file corrupt, or read-only."""


class AlreadySetUp(AcudeskError):
    """The first-run setup was attempted on a database that already has a clinic."""


class PossibleDuplicate(AcudeskError):
    """A new client looks like one already registered; ``matches`` lists them (ClientRow)."""

    def __init__(self, message: str, matches: list[object]) -> None:
        super().__init__(message, "first_name")
        self.matches = matches
